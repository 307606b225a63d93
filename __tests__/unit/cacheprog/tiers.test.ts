/**
 * The directory store, the server in-process (local and remote tiers, a
 * throwing store) and the push (dedup, nothing-new, concurrent writers).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { brotliCompressSync } from 'node:zlib'
import os from 'node:os'
import path from 'node:path'
import {
  encodeResponse,
  LocalTier,
  prefetchReads,
  pushNewObjects,
  readJobFigures,
  serveCacheProg
} from '../../../src/core/cacheprog/index.js'
import { restoreRemoteIndex } from '../../../src/core/cacheprog/remote-tier.js'
import {
  encodeIndex,
  MAX_INDEX_BYTES,
  PACK_MAGIC,
  packKey
} from '../../../src/core/cacheprog/remote-format.js'
import { LAST_USED_REFRESH_MS } from '../../../src/core/cacheprog/push.js'
import { DirectoryStore } from '../../../src/core/remote-store/index.js'
import { RemoteStoreError, type RemoteStore } from '../../../src/core/remote-store/index.js'

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-cacheprog-unit-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const b64hex = (hex: string) => Buffer.from(hex, 'hex').toString('base64')
const action = (n: number) => createHash('sha256').update(`action ${n}`).digest('hex')
/** `size` incompressible bytes, the same for the same seed. */
function noise(seed: number, size: number): Buffer {
  const blocks: Buffer[] = []
  for (let at = 0; at * 32 < size; at++) {
    blocks.push(createHash('sha256').update(`${seed}:${at}`).digest())
  }
  return Buffer.concat(blocks).subarray(0, size)
}

function file(name: string, text: string): string {
  const at = path.join(root, name)
  writeFileSync(at, text)
  return at
}

describe('DirectoryStore', () => {
  it('is write-once and looks keys up exactly, then newest by prefix', async () => {
    const store = new DirectoryStore(path.join(root, 'store'))
    expect(await store.write('i/main/1', file('a', 'one'))).toBe(true)
    expect(await store.write('i/main/1', file('b', 'other'))).toBe(false)
    expect((await store.read('i/main/1')).toString()).toBe('one')
    expect(await store.write('i/main/2', file('c', 'two'))).toBe(true)
    expect(await store.write('i/feature/1', file('d', 'three'))).toBe(true)
    const past = new Date(Date.now() - 60_000)
    utimesSync(path.join(root, 'store', 'i', 'main', '2'), past, past)
    expect(await store.lookup('i/main/1', ['i/'])).toBe('i/main/1')
    expect(await store.lookup('i/x/', ['i/x/', 'i/main/'])).toBe('i/main/1')
    expect(await store.lookup('i/x/', ['i/x/', 'i/'])).toBe('i/feature/1')
    expect(await store.lookup('i/x/', ['i/nothing'])).toBeUndefined()
  })

  it('reads ranges and calls a short read corrupt; a missing key is not-found', async () => {
    const store = new DirectoryStore(path.join(root, 'store'))
    await store.write('p/1', file('p', '0123456789'))
    const parts = await store.readRanges('p/1', [
      { offset: 2, length: 3 },
      { offset: 0, length: 1 }
    ])
    expect(parts.map(part => part.toString())).toEqual(['234', '0'])
    await expect(store.readRanges('p/1', [{ offset: 8, length: 5 }])).rejects.toMatchObject({
      kind: 'corrupt'
    })
    await expect(store.read('p/2')).rejects.toMatchObject({ kind: 'not-found' })
    await expect(store.read('p/1', undefined, 9)).rejects.toMatchObject({ kind: 'too-large' })
    expect((await store.read('p/1', undefined, 10)).toString()).toBe('0123456789')
    await expect(store.read('../escape')).rejects.toMatchObject({ kind: 'denied' })
  })
})

/** Drives serveCacheProg with requests framed as cmd/go frames them. */
async function serve(dir: string, lines: string[], remote?: () => Promise<RemoteStore>, key = 'k') {
  const out: string[] = []
  const warnings: string[] = []
  const result = await serveCacheProg({
    dir,
    input: (async function* () {
      yield Buffer.from(lines.join(''))
    })(),
    write: text => out.push(text),
    warn: message => warnings.push(message),
    remote: remote && { openStore: remote, key, restorePrefixes: [] }
  })
  const responses = out
    .join('')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Record<string, unknown>)
  return { responses, warnings, result }
}

function put(id: number, actionId: string, body: Buffer): string {
  const header = {
    ID: id,
    Command: 'put',
    ActionID: b64hex(actionId),
    OutputID: b64hex(sha(body)),
    BodySize: body.length
  }
  return JSON.stringify(header) + '\n\n' + `"${body.toString('base64')}"\n`
}

const get = (id: number, actionId: string) =>
  JSON.stringify({ ID: id, Command: 'get', ActionID: b64hex(actionId) }) + '\n\n'
const close = (id: number) => JSON.stringify({ ID: id, Command: 'close' }) + '\n\n'

describe('serveCacheProg', () => {
  it('announces its commands, stores puts and answers gets with DiskPath', async () => {
    const dir = path.join(root, 'local')
    const body = Buffer.from('package archive bytes')
    const { responses, warnings } = await serve(dir, [
      get(1, action(1)),
      put(2, action(1), body),
      get(3, action(1)),
      close(4)
    ])
    expect(warnings).toEqual([])
    expect(responses[0]).toEqual({ ID: 0, KnownCommands: ['get', 'put', 'close'] })
    expect(responses[1]).toEqual({ ID: 1, Miss: true })
    const hit = responses.find(r => r.ID === 3)!
    expect(hit.OutputID).toBe(b64hex(sha(body)))
    expect(hit.Size).toBe(body.length)
    expect(path.isAbsolute(hit.DiskPath as string)).toBe(true)
    expect(responses.at(-1)).toEqual({ ID: 4 })
    expect(readJobFigures(dir)).toMatchObject({
      objectsRequested: 2,
      hitLocal: 1,
      missed: 1,
      bytesRead: body.length
    })
  })

  it('a store that throws is a miss and one warning, however many gets', async () => {
    const dir = path.join(root, 'local')
    const throwing = async (): Promise<RemoteStore> => ({
      kind: 'broken',
      lookup: () => Promise.reject(new RemoteStoreError('unavailable', 'HTTP 503')),
      read: () => Promise.reject(new Error('no')),
      readRanges: () => Promise.reject(new Error('no')),
      write: () => Promise.reject(new Error('no'))
    })
    const { responses, warnings } = await serve(
      dir,
      [get(1, action(1)), get(2, action(2)), close(3)],
      throwing
    )
    expect(responses.filter(r => r.Miss).map(r => r.ID)).toEqual([1, 2])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/unavailable: HTTP 503.*cache miss/)
  })

  it('fetches a pushed object from the remote into an empty local tier', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const first = path.join(root, 'job1')
    const body = Buffer.from('object body')
    new LocalTier(first).put(action(1), sha(body), body)
    const pushed = await pushNewObjects({ dir: first, store, key: 'k', restorePrefixes: [] })
    expect(pushed.objectsUploaded).toBe(1)

    const second = path.join(root, 'job2')
    const { responses, warnings } = await serve(
      second,
      [get(1, action(1)), close(2)],
      async () => store
    )
    expect(warnings).toEqual([])
    expect(responses[1]).toMatchObject({ ID: 1, OutputID: b64hex(sha(body)), Size: body.length })
    expect(readJobFigures(second)).toMatchObject({
      hitRemote: 1,
      bytesDownloaded: body.length,
      bytesRead: body.length,
      packsFetched: 1
    })
    expect(encodeResponse({ id: 1 })).toBe('{"ID":1}\n')
  })
})

describe('serveCacheProg with blocking reads', () => {
  /** A RequestSource over `text`: blocking reads of `piece` bytes, then the stream for the rest. */
  function source(text: string, piece: number) {
    const bytes = Buffer.from(text)
    let at = 0
    const opened: number[] = []
    return {
      opened,
      readSync(buffer: Buffer) {
        const count = bytes.copy(buffer, 0, at, Math.min(at + piece, bytes.length))
        at += count
        return count
      },
      stream() {
        opened.push(at)
        const rest = bytes.subarray(at)
        at = bytes.length
        return (async function* () {
          yield rest
        })()
      }
    }
  }

  const run = async (dir: string, input: ReturnType<typeof source>, remote?: RemoteStore) => {
    const out: string[] = []
    await serveCacheProg({
      dir,
      input,
      write: text => out.push(text),
      warn: () => {},
      remote: remote && { openStore: async () => remote, key: 'k', restorePrefixes: [] }
    })
    return out
      .join('')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as Record<string, unknown>)
  }

  it('answers a local-only session with blocking reads alone, the stream never opened', async () => {
    const dir = path.join(root, 'local')
    const body = Buffer.from('x'.repeat(5000))
    const input = source(
      put(1, action(1), body) + get(2, action(1)) + get(3, action(2)) + close(4),
      7
    )
    const responses = await run(dir, input)
    expect(input.opened).toEqual([])
    expect(responses.map(r => r.ID)).toEqual([0, 1, 2, 3, 4])
    expect(responses[2]).toMatchObject({ OutputID: b64hex(sha(body)), Size: body.length })
    expect(responses[3]).toEqual({ ID: 3, Miss: true })
  })

  it('switches to the stream for good once a request waits on the remote tier', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const first = path.join(root, 'job1')
    const body = Buffer.from('remote body')
    new LocalTier(first).put(action(1), sha(body), body)
    await pushNewObjects({ dir: first, store, key: 'k', restorePrefixes: [] })

    const second = path.join(root, 'job2')
    const requests = get(1, action(1))
    const input = source(requests + get(2, action(1)) + close(3), requests.length)
    const responses = await run(second, input, store)
    expect(input.opened).toEqual([requests.length])
    const byId = new Map(responses.map(r => [r.ID, r]))
    expect(byId.get(1)).toMatchObject({ OutputID: b64hex(sha(body)) })
    expect(byId.get(2)).toMatchObject({ OutputID: b64hex(sha(body)) })
    expect(byId.get(3)).toEqual({ ID: 3 })
  })
})

describe('pushNewObjects', () => {
  it('uploads nothing when the remote holds everything, and dedups by content across keys', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const job = path.join(root, 'job')
    const shared = Buffer.from('shared object')
    new LocalTier(job).put(action(1), sha(shared), shared)
    expect(
      (await pushNewObjects({ dir: job, store, key: 'main', restorePrefixes: [] })).objectsUploaded
    ).toBe(1)
    const again = await pushNewObjects({ dir: job, store, key: 'main', restorePrefixes: [] })
    expect(again).toMatchObject({ objectsUploaded: 0, bytesUploaded: 0 })
    expect(again.indexKey).toBeUndefined()

    // Another branch (another key, no ladder) stored the same bytes under another action ID.
    const other = path.join(root, 'other')
    new LocalTier(other).put(action(2), sha(shared), shared)
    const branch = await pushNewObjects({ dir: other, store, key: 'feature', restorePrefixes: [] })
    expect(branch.objectsUploaded).toBe(0)
    expect(branch.indexKey).toBeDefined()
    expect(readJobFigures(job).objectsUploaded).toBe(1)
  })

  it('a job that adds nothing writes no index, even after a restore prefix, until its reads need a last-use refresh', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const first = path.join(root, 'first')
    const body = Buffer.from('an object that the next job reads '.repeat(20))
    new LocalTier(first).put(action(1), sha(body), body)
    const seeded = await pushNewObjects({ dir: first, store, key: 'main', restorePrefixes: [] })
    expect(seeded.objectsUploaded).toBe(1)

    // The next job reads the object from the remote and compiles nothing.
    const reader = path.join(root, 'reader')
    const { responses } = await serve(
      reader,
      [get(1, action(1)), close(2)],
      async () => store,
      'main'
    )
    expect(responses.filter(r => r.Miss)).toEqual([])
    // It also stored a known object under a new action ID (as cmd/go's package index does
    // on every fresh checkout): not worth an index by itself.
    new LocalTier(reader).put(action(9), sha(body), body)
    const push = (nowMs?: number) =>
      pushNewObjects({ dir: reader, store, key: 'main-2', restorePrefixes: ['main'], nowMs })
    // Its key differs (the ladder found the index by a restore prefix): still nothing to write.
    const idle = await push()
    expect(idle).toMatchObject({ objectsUploaded: 0, bytesUploaded: 0 })
    expect(idle.indexKey).toBeUndefined()
    // A day later the read entry's recorded last use is stale: one refresh, with no pack.
    const refresh = await push(Date.now() + LAST_USED_REFRESH_MS + 60_000)
    expect(refresh.indexKey).toBeDefined()
    expect(refresh).toMatchObject({ objectsUploaded: 0, packKey: undefined, entries: 2 })
    expect(refresh.bytesUploaded).toBeGreaterThan(0)
  })

  it("an object only another key's index holds is recorded in this key's index (no upload), so the next job does not compile it again", async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const own = Buffer.from('this leg compiled it earlier')
    const shared = Buffer.from('both legs compile this package')
    const legB = path.join(root, 'leg-b-1')
    new LocalTier(legB).put(action(1), sha(own), own)
    expect(
      (await pushNewObjects({ dir: legB, store, key: 'leg-b', restorePrefixes: [] })).indexKey
    ).toBeDefined()
    // Leg A compiles the shared package first and pushes it under its own key.
    const legA = path.join(root, 'leg-a')
    new LocalTier(legA).put(action(2), sha(shared), shared)
    expect(
      (await pushNewObjects({ dir: legA, store, key: 'leg-a', restorePrefixes: [] }))
        .objectsUploaded
    ).toBe(1)
    // Leg B's next job compiles the same package (same bytes, its own action ID).
    const legB2 = path.join(root, 'leg-b-2')
    new LocalTier(legB2).put(action(1), sha(own), own)
    new LocalTier(legB2).put(action(3), sha(shared), shared)
    const pushed = await pushNewObjects({ dir: legB2, store, key: 'leg-b', restorePrefixes: [] })
    expect(pushed).toMatchObject({ objectsUploaded: 0, packKey: undefined, entries: 2 })
    expect(pushed.indexKey).toBeDefined()
    // Leg B's next job finds it through its own key.
    const { responses } = await serve(
      path.join(root, 'leg-b-3'),
      [get(1, action(3)), close(2)],
      async () => store,
      'leg-b'
    )
    expect(responses.filter(r => r.Miss)).toEqual([])
  })

  it('stores compressible objects compressed and reads them back whole', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const job = path.join(root, 'job')
    const text = Buffer.from('go object file text, very repetitive\n'.repeat(4000))
    const random = noise(7, 5000)
    new LocalTier(job).put(action(1), sha(text), text)
    new LocalTier(job).put(action(2), sha(random), random)
    const pushed = await pushNewObjects({ dir: job, store, key: 'k', restorePrefixes: [] })
    // The pack holds the compressed text and the random bytes raw.
    expect(pushed.bytesUploaded).toBeLessThan(text.length / 10 + random.length + 2000)
    const reader = path.join(root, 'reader')
    const { responses, warnings } = await serve(
      reader,
      [get(1, action(1)), get(2, action(2)), close(3)],
      async () => store
    )
    expect(warnings).toEqual([])
    expect(responses.filter(r => r.Miss)).toEqual([])
    expect(readFileSync(new LocalTier(reader).get(action(1))!.diskPath)).toEqual(text)
    expect(readFileSync(new LocalTier(reader).get(action(2))!.diskPath)).toEqual(random)
  })

  it('compacts: a mostly dead pack has its live objects moved into the new pack', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    // Incompressible bodies, so the pack holds the megabytes the compaction rule counts.
    const mib = (seed: number) => noise(seed, 1024 * 1024)
    const first = path.join(root, 'first')
    ;[1, 2, 3].forEach(n => new LocalTier(first).put(action(n), sha(mib(n)), mib(n)))
    const old = await pushNewObjects({ dir: first, store, key: 'k', restorePrefixes: [] })
    // A later job rebuilt two of the three actions with other output: 2 MiB of the old pack die.
    const second = path.join(root, 'second')
    ;[1, 2].forEach(n => new LocalTier(second).put(action(n), sha(mib(n + 10)), mib(n + 10)))
    const compacting = await pushNewObjects({ dir: second, store, key: 'k', restorePrefixes: [] })
    expect(compacting.compacted).toEqual([old.packKey])
    // Two new objects plus the one moved out of the old pack.
    expect(compacting.objectsUploaded).toBe(3)

    const reader = path.join(root, 'reader')
    const gets = [1, 2, 3].map(n => get(n, action(n)))
    const { responses, warnings } = await serve(reader, [...gets, close(4)], async () => store)
    expect(warnings).toEqual([])
    expect(responses.filter(r => r.Miss)).toEqual([])
    expect(responses.find(r => r.ID === 1)?.OutputID).toBe(b64hex(sha(mib(11))))
    expect(readJobFigures(reader).packsFetched).toBe(1)
  })

  it('two writers at once end with an index that holds both', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const legs = [1, 2].map(n => {
      const dir = path.join(root, `leg${n}`)
      const body = Buffer.from(`leg ${n}`)
      new LocalTier(dir).put(action(n), sha(body), body)
      return dir
    })
    await Promise.all(
      legs.map(dir => pushNewObjects({ dir, store, key: 'm', restorePrefixes: [] }))
    )
    const reader = path.join(root, 'reader')
    const { responses } = await serve(
      reader,
      [get(1, action(1)), get(2, action(2)), close(3)],
      async () => store,
      'm'
    )
    expect(responses.filter(r => r.Miss)).toEqual([])
  })
})

/**
 * A view of `store` for one writer whose index writes wait for `before()`
 * first: how two writers interleave is then fixed, not left to the clock.
 */
function gatedIndexWrites(store: RemoteStore, before: () => Promise<void>): RemoteStore {
  return {
    kind: store.kind,
    lookup: (...args) => store.lookup(...args),
    read: (...args) => store.read(...args),
    readRanges: (...args) => store.readRanges(...args),
    write: async (key, file, signal) => {
      if (key.includes('/index/')) await before()
      return store.write(key, file, signal)
    }
  }
}

describe('concurrent saves', () => {
  it('a writer that saves while another is between its check and its write loses nothing', async () => {
    const shared = new DirectoryStore(path.join(root, 'remote'))
    const job = (name: string, n: number) => {
      const dir = path.join(root, name)
      const body = Buffer.from(`object of ${name}`)
      new LocalTier(dir).put(action(n), sha(body), body)
      return dir
    }
    await pushNewObjects({ dir: job('base', 0), store: shared, key: 'm', restorePrefixes: [] })
    // B reaches its index write first (its checks saw only the base index) and waits
    // there until A has saved completely: A's index is the newest when A looks.
    let bArrived!: () => void
    const bAtWrite = new Promise<void>(resolve => (bArrived = resolve))
    let aSaved!: () => void
    const aDone = new Promise<void>(resolve => (aSaved = resolve))
    let bWaited = false
    const storeA = gatedIndexWrites(shared, () => bAtWrite)
    const storeB = gatedIndexWrites(shared, async () => {
      if (bWaited) return
      bWaited = true
      bArrived()
      await aDone
    })
    const a = pushNewObjects({ dir: job('a', 1), store: storeA, key: 'm', restorePrefixes: [] })
    const b = pushNewObjects({ dir: job('b', 2), store: storeB, key: 'm', restorePrefixes: [] })
    await a
    aSaved()
    await b
    // One more save from a third job, then every object is reachable from the newest index.
    await pushNewObjects({ dir: job('c', 3), store: shared, key: 'm', restorePrefixes: [] })
    const { responses } = await serve(
      path.join(root, 'reader'),
      [0, 1, 2, 3].map(n => get(n + 1, action(n))).concat(close(5)),
      async () => shared,
      'm'
    )
    expect(responses.filter(r => r.Miss)).toEqual([])
  })
})

describe('hostile packs', () => {
  it('an object that expands past its recorded size (a compression bomb) is a miss and a warning; nothing is written', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    // Larger than the bomb's stream, so the index itself is well-formed.
    const claimed = Buffer.from('the object the index says this is. '.repeat(100))
    const bomb = brotliCompressSync(Buffer.alloc(64 * 1024 * 1024))
    const packFile = file('pack', '')
    writeFileSync(packFile, Buffer.concat([PACK_MAGIC, bomb]))
    const packName = packKey(sha(readFileSync(packFile)))
    await store.write(packName, packFile)
    const index = encodeIndex({
      createdMs: 1,
      packs: [{ key: packName, size: PACK_MAGIC.length + bomb.length }],
      entries: [
        {
          actionId: action(1),
          outputId: sha(claimed),
          sha256: sha(claimed),
          pack: packName,
          offset: PACK_MAGIC.length,
          size: claimed.length,
          lastUsedMs: 1,
          encoding: 'br',
          storedSize: bomb.length
        }
      ],
      reads: []
    })
    writeFileSync(file('index', ''), index)
    await store.write('cacheprog-v2/index/k/s000000000001', path.join(root, 'index'))
    const reader = path.join(root, 'reader')
    const { responses, warnings } = await serve(
      reader,
      [get(1, action(1)), close(2)],
      async () => store
    )
    expect(responses[1]).toEqual({ ID: 1, Miss: true })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/expands past its recorded \d+ bytes/)
    expect(new LocalTier(reader).get(action(1))).toBeUndefined()
    expect([...new LocalTier(reader).entries()]).toEqual([])
  })
})

describe('index size', () => {
  it('an index stored over MAX_INDEX_BYTES is refused before its body is read', async () => {
    const asked: (number | undefined)[] = []
    const store: RemoteStore = {
      kind: 'fake',
      lookup: async () => 'cacheprog-v2/index/k/s000000000001',
      read: async (_key, _signal, maxBytes) => {
        asked.push(maxBytes)
        throw new RemoteStoreError('too-large', `reading: 5000000000 bytes is over ${maxBytes}`)
      },
      readRanges: () => Promise.reject(new Error('no')),
      write: () => Promise.reject(new Error('no'))
    }
    const restored = await restoreRemoteIndex(path.join(root, 'job'), store, 'k', [])
    expect(asked).toEqual([MAX_INDEX_BYTES])
    expect(restored.hitKind).toBe('none')
    expect(restored.unreadable).toMatch(/stored larger than \d+ bytes/)
  })
})

describe('index turns', () => {
  it('after a newest index that is not a turn (older writers, an unreadable one) the push takes the next free turn', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const save = async (n: number) => {
      const dir = path.join(root, `turn${n}`)
      const body = Buffer.from(`turn ${n}`)
      new LocalTier(dir).put(action(n), sha(body), body)
      const warnings: string[] = []
      const result = await pushNewObjects({
        dir,
        store,
        key: 'k',
        restorePrefixes: [],
        warn: message => warnings.push(message)
      })
      return { result, warnings }
    }
    for (const n of [1, 2, 3]) {
      expect((await save(n)).result.indexKey).toBe(`cacheprog-v2/index/k/s00000000000${n}`)
    }
    // An index under an older writer's name, unreadable, is the newest.
    await store.write('cacheprog-v2/index/k/009999999999999-legacy', file('bad', 'not an index'))
    const next = await save(4)
    expect(next.result.indexKey).toBe('cacheprog-v2/index/k/s000000000004')
    expect(next.result.merged).toBe(false)
    expect(next.warnings.filter(w => /another writer/.test(w))).toEqual([])
  })
})

describe('prefetchReads', () => {
  it('fetches what the previous run read and skips what it did not', async () => {
    const store = new DirectoryStore(path.join(root, 'remote'))
    const first = path.join(root, 'job1')
    const bodies = [1, 2, 3].map(n => Buffer.from(`body ${n}`))
    bodies.forEach((body, n) => new LocalTier(first).put(action(n), sha(body), body))
    // The first job's build read objects 0 and 2.
    await serve(first, [get(1, action(0)), get(2, action(2)), close(3)])
    await pushNewObjects({ dir: first, store, key: 'k', restorePrefixes: [] })

    const second = path.join(root, 'job2')
    const restored = await restoreRemoteIndex(second, store, 'k', [])
    expect(restored.hitKind).toBe('exact')
    const result = await prefetchReads(second, store, restored.index)
    expect(result).toEqual({
      objects: 2,
      bytes: bodies[0].length + bodies[2].length,
      packs: 1,
      failed: 0
    })
    const local = new LocalTier(second)
    expect(local.get(action(0))).toBeDefined()
    expect(local.get(action(1))).toBeUndefined()
    expect(readJobFigures(second)).toMatchObject({ objectsPrefetched: 2, packsFetched: 1 })
  })
})
