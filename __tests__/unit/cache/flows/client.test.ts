import { describe, expect, it } from '@jest/globals'
import {
  cacheVersion,
  deadline,
  TimeoutError,
  transferCacheClient,
  transferFailure,
  withTimeout
} from '../../../../src/core/cache/flows/index.js'
import {
  ArchiveCorruptError,
  ArchiveRefusedError,
  archiveVersion,
  BlobTransferError,
  CacheServiceError
} from '../../../../src/core/cache-transfer/index.js'

const serviceError = (
  kind: ConstructorParameters<typeof CacheServiceError>[2]['kind'],
  status?: number
): CacheServiceError =>
  new CacheServiceError('CreateCacheEntry', `HTTP ${status}`, {
    kind,
    ...(status ? { status } : {})
  })

describe('transferFailure: typed transfer errors become the kinds the flows act on', () => {
  it('an unreachable, failing or rate-limited service is unavailable', () => {
    for (const error of [
      serviceError('unavailable'),
      serviceError('unavailable', 503),
      serviceError('rate-limited', 429),
      serviceError('protocol', 400)
    ]) {
      expect(transferFailure(error).kind).toBe('unavailable')
    }
  })

  it('409 already exists is the save race; 403 is a denied read or write', () => {
    expect(transferFailure(serviceError('already-exists', 409))).toEqual({
      kind: 'reserved',
      message: 'CreateCacheEntry: HTTP 409'
    })
    expect(transferFailure(serviceError('denied', 403)).kind).toBe('denied')
  })

  it('a truncated download, a damaged archive or a refused one is corrupt', () => {
    expect(
      transferFailure(new BlobTransferError('ended after 5 of 10 bytes', 'truncated'))
    ).toEqual({ kind: 'corrupt', message: 'ended after 5 of 10 bytes' })
    expect(transferFailure(new ArchiveCorruptError('not gzip')).kind).toBe('corrupt')
    expect(transferFailure(new ArchiveRefusedError('entry "/x" is an absolute path'))).toEqual({
      kind: 'corrupt',
      message: 'refused an unsafe archive: entry "/x" is an absolute path'
    })
    // A blob store error other than a short body is an outage, not a bad archive.
    expect(transferFailure(new BlobTransferError('HTTP 500', 'unavailable', 500)).kind).toBe(
      'unavailable'
    )
  })

  it('the step timeout is a timeout, whichever part it stopped', () => {
    expect(transferFailure(new TimeoutError(1000))).toEqual({
      kind: 'timeout',
      message: 'timed out after 1 s'
    })
    expect(transferFailure(new DOMException('x', 'TimeoutError')).kind).toBe('timeout')
  })

  it('local trouble (a full disk) is unavailable with its message', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC'
    })
    expect(transferFailure(error)).toEqual({ kind: 'unavailable', message: error.message })
  })
})

describe('transferCacheClient configuration', () => {
  it('says why the service cannot be used', () => {
    expect(transferCacheClient({}).unavailableReason()).toMatch(/no ACTIONS_RESULTS_URL/)
    expect(
      transferCacheClient({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }).unavailableReason()
    ).toBe('ACTIONS_RUNTIME_TOKEN is not set')
    expect(
      transferCacheClient({
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
        ACTIONS_RUNTIME_TOKEN: 't',
        GITHUB_SERVER_URL: 'https://github.example.com'
      }).unavailableReason()
    ).toMatch(/GitHub Enterprise Server/)
    expect(
      transferCacheClient({
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
        ACTIONS_RUNTIME_TOKEN: 't',
        GITHUB_SERVER_URL: 'https://github.com'
      }).unavailableReason()
    ).toBe(undefined)
  })

  it('sends a cache version no @actions/cache entry can have', async () => {
    const client = transferCacheClient({})
    const version = await client.cacheVersion!(['~/go/pkg/mod'])
    expect(version).toBe(archiveVersion(['~/go/pkg/mod']))
    for (const method of ['zstd-without-long', 'zstd', 'gzip'])
      expect(version).not.toBe(cacheVersion(['~/go/pkg/mod'], method, 'linux'))
  })
})

describe('timeouts and versions', () => {
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

  it('deadline aborts its signal with a TimeoutError', async () => {
    const { signal, clear } = deadline(20)
    await new Promise(resolve => signal.addEventListener('abort', resolve))
    expect(signal.reason).toBeInstanceOf(TimeoutError)
    clear()
  })
})
