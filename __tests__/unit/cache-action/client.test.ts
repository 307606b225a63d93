import { describe, expect, it } from '@jest/globals'
import {
  archiveBytesFromLog,
  cacheVersion,
  classifyRestoreLog,
  classifySaveLog,
  isReplacedClientLine,
  TimeoutError,
  withTimeout
} from '../../../src/core/cache-action/index.js'

// Lines as @actions/cache 6.3 prints them (captured from runs against the harness's cache service).
const KEY = 'go-build-Linux-X64-go1.22.12-linux-amd64-t1-d2'
const RESERVE_INFO = `Failed to save: Unable to reserve cache with key ${KEY}, another job may be creating this cache.`

describe('classifyRestoreLog', () => {
  it('is undefined for a plain miss', () => {
    expect(classifyRestoreLog(['::debug::Cache not found for version abc of keys: a, b'])).toBe(
      undefined
    )
  })

  it('an unreachable service is unavailable, without the self-hosted advice', () => {
    const failure = classifyRestoreLog([
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED%0AIf you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints'
    ])
    expect(failure).toEqual({
      kind: 'unavailable',
      message: 'Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED'
    })
  })

  it('5xx after retries (logged as an error) and 429 are unavailable', () => {
    expect(
      classifyRestoreLog([
        '::error::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable'
      ])?.kind
    ).toBe('unavailable')
    expect(
      classifyRestoreLog([
        '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests'
      ])?.kind
    ).toBe('unavailable')
  })

  it('a tar failure or a short download is a corrupt archive', () => {
    expect(
      classifyRestoreLog([
        `::warning::Failed to restore: "/usr/bin/tar" failed with error: The process '/usr/bin/tar' failed with exit code 2`
      ])?.kind
    ).toBe('corrupt')
    expect(
      classifyRestoreLog([
        '::warning::Failed to restore: Incomplete download. Expected file size: 100, actual file size: 50'
      ])?.kind
    ).toBe('corrupt')
  })

  it('a read denial is denied', () => {
    expect(
      classifyRestoreLog([
        '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (403) Forbidden: cache read denied: no readable scopes'
      ])?.kind
    ).toBe('denied')
  })
})

describe('classifySaveLog', () => {
  it('a 409 behind "another job may be creating this cache" is the save race', () => {
    expect(
      classifySaveLog([
        '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key and version already exists',
        RESERVE_INFO
      ])
    ).toEqual({ kind: 'reserved', message: RESERVE_INFO.replace('Failed to save: ', '') })
  })

  it('a 403 behind the same words is a denied write, quoting the HTTP answer', () => {
    expect(
      classifySaveLog([
        '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (403) Forbidden: cache write denied: read-only token',
        RESERVE_INFO
      ])
    ).toEqual({
      kind: 'denied',
      message: 'Failed request: (403) Forbidden: cache write denied: read-only token'
    })
    expect(
      classifySaveLog([
        `::warning::Failed to save: Unable to reserve cache with key ${KEY}. More details: cache write denied: budget exhausted`
      ]).kind
    ).toBe('denied')
  })

  it('an unreachable or overloaded service is unavailable', () => {
    expect(
      classifySaveLog([
        '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Unable to make request: ECONNREFUSED%0AIf you are using self-hosted runners…',
        RESERVE_INFO
      ])
    ).toEqual({ kind: 'unavailable', message: 'Unable to make request: ECONNREFUSED' })
    expect(
      classifySaveLog(['::error::Failed to save: Failed request: (502) Bad Gateway']).kind
    ).toBe('unavailable')
  })

  it('a reservation failure with no detail counts as the race, like @actions/cache says', () => {
    expect(classifySaveLog([RESERVE_INFO]).kind).toBe('reserved')
  })
})

describe('log helpers', () => {
  it('reads archive sizes from restore and save logs', () => {
    expect(archiveBytesFromLog(['Cache Size: ~20 MB (20999175 B)'])).toBe(20999175)
    expect(archiveBytesFromLog(['::debug::File Size: 8680'])).toBe(8680)
    expect(archiveBytesFromLog(['Cache restored successfully'])).toBe(undefined)
  })

  it('replaces only the failure lines the action reports itself', () => {
    expect(isReplacedClientLine('::warning::Failed to restore: x')).toBe(true)
    expect(isReplacedClientLine('::error::Failed to save: x')).toBe(true)
    expect(isReplacedClientLine(RESERVE_INFO)).toBe(true)
    expect(isReplacedClientLine('::warning::Cache reservation failed: x')).toBe(true)
    expect(isReplacedClientLine('Cache restored successfully')).toBe(false)
    expect(isReplacedClientLine('::debug::Failed to reserve cache: x')).toBe(false)
    expect(isReplacedClientLine('::warning::something else')).toBe(false)
  })

  it('computes the cache version as @actions/cache does', () => {
    // Checked by hand in the cache-service reference: data|zstd-without-long|1.0.
    expect(cacheVersion(['data'], 'zstd-without-long', 'linux')).toMatch(/^3ad75f/)
    expect(cacheVersion(['data'], 'zstd-without-long', 'win32')).not.toBe(
      cacheVersion(['data'], 'zstd-without-long', 'linux')
    )
    expect(cacheVersion(['./data'], 'gzip', 'linux')).not.toBe(
      cacheVersion(['data'], 'gzip', 'linux')
    )
  })

  it('withTimeout rejects with a TimeoutError and leaves fast promises alone', async () => {
    await expect(withTimeout(Promise.resolve(3), 1000)).resolves.toBe(3)
    await expect(withTimeout(new Promise(() => {}), 20)).rejects.toBeInstanceOf(TimeoutError)
    await expect(withTimeout(new Promise(() => {}), 20)).rejects.toThrow('timed out after 20 ms')
  })
})
