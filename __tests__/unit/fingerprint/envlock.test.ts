import { expect, test } from '@jest/globals'
import {
  diffLocks,
  formatDrift,
  LOCK_FIELDS,
  LOCK_TYPE,
  parseLock,
  type EnvLock
} from '../../../src/core/fingerprint/envlock.js'

const lock: EnvLock = {
  _type: LOCK_TYPE,
  GOVERSION: 'go1.23.5',
  GOOS: 'linux',
  GOARCH: 'amd64',
  archLevel: 'GOAMD64=v1',
  CGO_ENABLED: '0',
  GOPROXY: 'https://proxy.golang.org,direct',
  GOSUMDB: 'sum.golang.org',
  GOFLAGS: '',
  GOTOOLCHAIN: 'local',
  goBinarySha256: 'a'.repeat(64),
  compileSha256: 'b'.repeat(64),
  moduleSetDigest: 'c'.repeat(64)
}

test('no drift against itself', () => {
  expect(diffLocks(lock, { ...lock })).toEqual([])
})

test('every drifted field is named, in lock order', () => {
  const now = { ...lock, GOFLAGS: '-mod=mod', GOVERSION: 'go1.22.12', compileSha256: 'd' }
  const drift = diffLocks(lock, now)
  expect(drift.map(d => d.field)).toEqual(['GOVERSION', 'GOFLAGS', 'compileSha256'])
  expect(formatDrift(drift[0])).toBe('GOVERSION: locked "go1.23.5", now "go1.22.12"')
})

test('a lock round-trips; a bad one names the file and the field', () => {
  expect(parseLock(JSON.stringify(lock), 'l.json')).toEqual(lock)
  expect(() => parseLock('nope', 'l.json')).toThrow(/^l\.json: not JSON/)
  expect(() => parseLock('{"_type":"x"}', 'l.json')).toThrow(
    /^l\.json: \/_type: not an environment lock/
  )
  for (const field of LOCK_FIELDS) {
    const partial: Record<string, unknown> = { ...lock }
    delete partial[field]
    expect(() => parseLock(JSON.stringify(partial), 'l.json')).toThrow(
      `l.json: /${field}: missing or not a string`
    )
  }
})
