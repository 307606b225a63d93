/**
 * The action's CacheClient (transferCacheClient) against the harness cache
 * service with its built-in blob store: round trips, the service's answers
 * as typed failures, and every injected fault ending in a failure kind with
 * the target directory untouched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import tar from 'tar-stream'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { transferCacheClient, type CacheClient } from '../../../src/core/cache/flows/index.js'
import { archiveVersion } from '../../../src/core/cache-transfer/index.js'

let service: CacheService
let root: string
let client: CacheClient
const TIMEOUT = { timeoutMs: 30_000 }

beforeAll(async () => {
  service = await startCacheService({ blob: 'builtin' })
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-transfer-service-'))
})
afterAll(async () => {
  await service?.close()
  rmSync(root, { recursive: true, force: true })
})
beforeEach(() => {
  service.clear()
  client = transferCacheClient(
    { ...service.env, RUNNER_TEMP: path.join(root, 'temp') },
    { backoffMs: 10 }
  )
})

let counter = 0
/** A cache directory with a few files, at a fresh path. */
function cacheDir(files: Record<string, string> = { 'aa/entry-a': 'object', README: 'x' }) {
  const dir = path.join(root, `cache-${++counter}`)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

function untouched(dir: string): () => void {
  const before = existsSync(dir) ? readdirSync(dir, { recursive: true }).sort() : undefined
  return () => {
    const after = existsSync(dir) ? readdirSync(dir, { recursive: true }).sort() : undefined
    expect(after).toEqual(before)
    expect(readdirSync(path.dirname(dir)).filter(name => name.includes('go-ci-kit'))).toEqual([])
  }
}

async function saved(dir: string, key: string): Promise<void> {
  const outcome = await client.save([dir], key, TIMEOUT)
  expect(outcome.failure).toBeUndefined()
  expect(outcome.cacheId).toBeGreaterThan(0)
}

describe('round trip', () => {
  it('saves, then restores exactly, by restore key, and looks up without writing', async () => {
    const dir = cacheDir()
    await saved(dir, 'k-mod-1')
    expect(service.entries()).toEqual([
      expect.objectContaining({ key: 'k-mod-1', version: archiveVersion([dir]), finalized: true })
    ])
    const saves = service.calls.map(call => call.method)
    expect(saves).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload'])

    rmSync(dir, { recursive: true })
    const lookup = await client.restore([dir], 'k-mod-1', [], { lookupOnly: true, ...TIMEOUT })
    expect(lookup).toEqual({ matchedKey: 'k-mod-1' })
    expect(existsSync(dir)).toBe(false)

    const restored = await client.restore([dir], 'k-mod-2', ['k-mod-'], {
      lookupOnly: false,
      ...TIMEOUT
    })
    expect(restored.matchedKey).toBe('k-mod-1')
    expect(restored.archiveBytes).toBeGreaterThan(0)
    expect(readFileSync(path.join(dir, 'aa', 'entry-a'), 'utf8')).toBe('object')
  })

  it('a miss is an empty outcome; a second save of the key is the race', async () => {
    const dir = cacheDir()
    expect(
      await client.restore([dir], 'nothing', ['no-'], { lookupOnly: false, ...TIMEOUT })
    ).toEqual({})
    await saved(dir, 'race')
    const again = await client.save([dir], 'race', TIMEOUT)
    expect(again.cacheId).toBe(-1)
    expect(again.failure?.kind).toBe('reserved')
    expect(again.failure?.message).toMatch(/409/)
  })

  it('an entry saved with another version (another client, other paths) is a miss', async () => {
    const dir = cacheDir()
    await service.putEntry('legacy', 'a'.repeat(64), gzipSync(Buffer.alloc(1024)))
    expect(await client.restore([dir], 'legacy', [], { lookupOnly: false, ...TIMEOUT })).toEqual({})
  })
})

describe('service faults come back typed and leave the target alone', () => {
  const restoreWith = async (
    fault: Parameters<CacheService['setFault']>[0],
    timeoutMs = 30_000
  ) => {
    const dir = cacheDir()
    await saved(dir, 'fault-key')
    // The same path (the version hashes it), holding something else now.
    const target = dir
    rmSync(target, { recursive: true })
    mkdirSync(target)
    writeFileSync(path.join(target, 'mine'), 'mine')
    const check = untouched(target)
    service.setFault(fault)
    const before = service.calls.length
    const outcome = await client.restore([target], 'fault-key', [], {
      lookupOnly: false,
      timeoutMs
    })
    service.setFault(null)
    check()
    return { outcome, calls: service.calls.length - before }
  }

  it('5xx and 500 are retried, then unavailable', async () => {
    for (const fault of ['5xx', '500'] as const) {
      const { outcome, calls } = await restoreWith(fault)
      expect(outcome.failure?.kind).toBe('unavailable')
      expect(outcome.failure?.message).toMatch(/HTTP 50[03]/)
      expect(calls).toBe(3)
    }
  })

  it('429 and a refused connection are unavailable at once', async () => {
    const limited = await restoreWith('429')
    expect(limited.outcome.failure).toEqual({
      kind: 'unavailable',
      message: expect.stringContaining('HTTP 429 resource_exhausted')
    })
    expect(limited.calls).toBe(1)
    const down = await restoreWith('down')
    expect(down.outcome.failure?.kind).toBe('unavailable')
    expect(down.outcome.failure?.message).toMatch(/ECONNREFUSED/)
    expect(down.calls).toBe(0) // the listener is closed: nothing reached it
  })

  it('403 on read is denied; 403 on write is a denied save', async () => {
    expect((await restoreWith('403-read')).outcome.failure?.kind).toBe('denied')
    service.setFault('403-write')
    const save = await client.save([cacheDir()], 'denied', TIMEOUT)
    service.setFault(null)
    expect(save).toEqual({ cacheId: -1, failure: expect.objectContaining({ kind: 'denied' }) })
    expect(readdirSync(path.join(root, 'temp'))).toEqual([]) // the archive is gone too
  })

  it('a service that never answers hits the step timeout', async () => {
    const { outcome } = await restoreWith('timeout', 300)
    expect(outcome.failure).toEqual({ kind: 'timeout', message: 'timed out after 300 ms' })
  })

  it('a truncated, cut-off or failing download is corrupt or unavailable, never half-restored', async () => {
    expect((await restoreWith('corrupt-archive')).outcome.failure?.kind).toBe('corrupt')
    const cut = await restoreWith('truncated-blob')
    expect(cut.outcome.failure).toEqual({
      kind: 'unavailable',
      message: expect.stringMatching(/the download was cut off after \d+ of \d+ bytes/)
    })
    expect((await restoreWith('blob-5xx')).outcome.failure?.kind).toBe('unavailable')
  })

  it('a download that stalls is stopped by the timeout, staging removed', async () => {
    const { outcome } = await restoreWith('slow-blob', 800)
    expect(outcome.failure?.kind).toBe('timeout')
  })
})

describe('a poisoned entry uploaded straight to the service', () => {
  it('is refused, and nothing lands outside or inside the target', async () => {
    const target = path.join(root, 'poisoned', 'gocache')
    mkdirSync(target, { recursive: true })
    writeFileSync(path.join(target, 'mine'), 'mine')
    chmodSync(target, 0o755)
    const check = untouched(target)
    const pack = tar.pack()
    const chunks: Buffer[] = []
    pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
    const ended = new Promise<void>(resolve => pack.on('end', () => resolve()))
    pack.entry({ name: '0', type: 'directory' })
    pack.entry({ name: '0/ok', type: 'file' }, 'fine')
    pack.entry({ name: '0/../escaped', type: 'file' }, 'evil')
    pack.finalize()
    await ended
    await service.putEntry('poison', archiveVersion([target]), gzipSync(Buffer.concat(chunks)))
    const outcome = await client.restore([target], 'poison', [], { lookupOnly: false, ...TIMEOUT })
    expect(outcome.failure?.kind).toBe('corrupt')
    expect(outcome.failure?.message).toMatch(/refused an unsafe archive: .*'\.\.' segment/)
    check()
    expect(existsSync(path.join(root, 'poisoned', 'escaped'))).toBe(false)
  })
})
