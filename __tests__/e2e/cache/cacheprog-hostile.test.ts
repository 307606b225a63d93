/**
 * Hostile and broken remote content in cacheprog mode, through the built
 * bundles, the harness cache service (Twirp + Azurite) and real Go 1.27:
 * an index that gunzips to a huge size, an index entry past its pack's end,
 * an index whose output IDs do not match the objects' bytes, a pack of
 * compression bombs, a truncated pack, and a pack download that stalls. In each case the build succeeds
 * (it compiles what it could not fetch), there is one warning, the local
 * tier holds no partial or wrong file, and no cacheprog process outlives
 * the build.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, createGzip } from 'node:zlib'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { describeIfTool } from '../../helpers/tools.js'
import { CacheServiceClient } from '../../../src/core/cache-transfer/index.js'
import {
  createActionsCacheStore,
  REMOTE_STORE_VERSION,
  type RemoteStore
} from '../../../src/core/remote-store/index.js'
import {
  decodeIndex,
  encodeIndex,
  MAX_INDEX_BYTES,
  PACK_MAGIC,
  packKey,
  sha256Hex
} from '../../../src/core/cacheprog/remote-format.js'
import { makeMachine, makeProject, makeProxy } from './fixtures.js'
import {
  closeCacheJobs,
  goBuild,
  readyMachine,
  mainStep,
  oldCheckout,
  postStep,
  processesMentioning,
  survivors,
  tierProblems
} from '../../helpers/cache-jobs.js'

let root: string
let proxy: string
let service: CacheService
let project: string
let store: RemoteStore
const inputs = { prefix: 'hostile', cache: 'build' }
/** Packages of the checkout: more objects than one, so a build reads several. */
const sources = {
  'lib/a/a.go': 'package a\n\nfunc A() int { return 1 }\n',
  'lib/b/b.go':
    'package b\n\nimport "example.com/app/lib/a"\n\nfunc B() int { return a.A() + 1 }\n',
  'lib/c/c.go': 'package c\n\nfunc C() string { return "c" }\n'
}

function storedKeys(part: '/index/' | '/packs/'): string[] {
  return service
    .entries()
    .filter(entry => entry.finalized && entry.key.includes(part))
    .map(entry => entry.key)
}

/** The newest index (the harness lists entries oldest first) and its bytes. */
async function newestIndex(): Promise<{ key: string; data: Buffer }> {
  const key = storedKeys('/index/').at(-1)!
  return { key, data: await store.read(key) }
}

let serial = 0
/** Stores `data` as the newest index beside `like` (same build key). */
async function putIndex(like: string, data: Buffer): Promise<void> {
  const key = like.replace(/[^/]+$/, `${String(Date.now()).padStart(15, '0')}-hostile${serial++}`)
  await service.putEntry(key, REMOTE_STORE_VERSION, data)
}

/** A valid index whose JSON carries a padding field that makes it `size` bytes once gunzipped. */
async function gzipBombIndex(size: number): Promise<Buffer> {
  const head = Buffer.from(
    '{"format":"go-ci-kit/cacheprog-index","version":1,"createdMs":1,"packs":[],"entries":[],"reads":[],"pad":"'
  )
  const tail = Buffer.from('"}')
  const gzip = createGzip({ level: 9 })
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise(resolve => gzip.on('end', resolve))
  const filler = Buffer.alloc(1024 * 1024, 'a')
  gzip.write(head)
  for (let written = 0; written < size; written += filler.length) {
    if (!gzip.write(filler)) await new Promise(resolve => gzip.once('drain', resolve))
  }
  gzip.end(tail)
  await done
  return Buffer.concat(chunks)
}

interface Outcome {
  /** Warnings of the main step and of the build, together. */
  warnings: string[]
  compiles: number
}

/** One job on a fresh machine: main step, build (`around` it: a change to its env, an undo), post step. */
async function job(
  name: string,
  around: {
    inputs?: Record<string, string>
    before?: (env: Record<string, string>) => void
    after?: () => void
  } = {}
) {
  const machine = readyMachine(root, proxy, project)
  const workspace = oldCheckout(root, project, 'hostile', sources)
  const main = await mainStep(service, machine, workspace, { ...inputs, ...around.inputs })
  const exported = { ...main.exportedEnv }
  around.before?.(exported)
  const build = await goBuild(machine, workspace, exported).finally(around.after)
  expect([name, build.code, build.stderr.slice(-2000)]).toEqual([name, 0, expect.any(String)])
  const dir = main.outputs['build-path']!
  expect([name, tierProblems(dir)]).toEqual([name, []])
  const post = await postStep(main)
  // The problem was reported where it was met: the post step adds no warning of its own.
  expect([name, post.warnings.map(warning => warning.message)]).toEqual([name, []])
  // The job's cache server runs until the post step by design; nothing outlives that.
  expect([name, await survivors(dir)]).toEqual([name, []])
  const outcome: Outcome = {
    warnings: [...main.warnings.map(warning => warning.message), ...build.warnings],
    compiles: build.compiles
  }
  return { main, build, post, outcome }
}

describeIfTool(['go1.27'])('cacheprog mode: hostile and broken remote content (bundles)', () => {
  let good: { key: string; data: Buffer }
  let packs: Map<string, Buffer>
  let fullBuild: number

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-cacheprog-hostile-'))
    proxy = makeProxy(root)
    service = await startCacheService({ blob: 'azurite' })
    store = createActionsCacheStore(
      new CacheServiceClient({
        resultsUrl: service.env.ACTIONS_RESULTS_URL,
        token: service.env.ACTIONS_RUNTIME_TOKEN
      })
    )
    project = makeProject(root, 'base', makeMachine(root, '1.27', proxy), {
      alphaVersion: 'v1.0.0'
    })
    const seed = await job('seed')
    fullBuild = seed.build.compiles
    expect(fullBuild).toBeGreaterThan(3)
    good = await newestIndex()
    packs = new Map()
    for (const key of storedKeys('/packs/')) packs.set(key, await store.read(key))
    // A clean job builds from the remote alone.
    expect((await job('clean')).outcome).toEqual({ warnings: [], compiles: 0 })
  }, 240_000)

  afterAll(() => closeCacheJobs(service, root))

  /** Puts the good index and packs back as the newest, for the next case. */
  async function restoreGood(): Promise<void> {
    for (const [key, data] of packs) await service.putEntry(key, REMOTE_STORE_VERSION, data)
    await putIndex(good.key, good.data)
  }

  it('an index that gunzips past the limit is refused: a miss and one warning', async () => {
    await putIndex(good.key, await gzipBombIndex(MAX_INDEX_BYTES + 64 * 1024 * 1024))
    try {
      const { main, outcome } = await job('gzip bomb')
      expect(main.outputs['build-hit-kind']).toBe('miss')
      expect(outcome.compiles).toBe(fullBuild)
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/expands past \d+ bytes/)
    } finally {
      await restoreGood()
    }
  }, 180_000)

  it('index entries past their pack end are misses with one warning', async () => {
    const index = decodeIndex(good.data)
    const grown = index.packs.map(pack => ({ ...pack, size: pack.size * 4 }))
    const sizeOf = new Map(index.packs.map(pack => [pack.key, pack.size]))
    const entries = index.entries.map(entry => ({
      ...entry,
      offset: entry.offset + sizeOf.get(entry.pack)! * 2
    }))
    await putIndex(good.key, encodeIndex({ ...index, packs: grown, entries }))
    try {
      const { outcome } = await job('past the end')
      expect(outcome.compiles).toBe(fullBuild)
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/remote cache: .*treated as a cache miss/)
    } finally {
      await restoreGood()
    }
  }, 180_000)

  it('objects whose bytes do not match their output ID are refused', async () => {
    const index = decodeIndex(good.data)
    // Each entry keeps its pack range and SHA-256 but names the next entry's output.
    const entries = index.entries.map((entry, at) => ({
      ...entry,
      outputId: index.entries[(at + 1) % index.entries.length]!.outputId
    }))
    await putIndex(good.key, encodeIndex({ ...index, entries }))
    try {
      const { outcome } = await job('output ID mismatch')
      expect(outcome.compiles).toBe(fullBuild)
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/do not match its output ID/)
      // The job's push does not carry the poisoned entries on.
      const pushed = decodeIndex((await newestIndex()).data)
      expect(pushed.entries.length).toBeGreaterThan(0)
      expect(pushed.entries.filter(entry => entry.outputId !== entry.sha256)).toEqual([])
    } finally {
      await restoreGood()
    }
  }, 180_000)

  it('a truncated pack: misses and one warning', async () => {
    for (const [key, data] of packs) {
      await service.putEntry(key, REMOTE_STORE_VERSION, data.subarray(0, data.length >> 1))
    }
    try {
      const { outcome } = await job('truncated pack')
      expect(outcome.compiles).toBeGreaterThan(0)
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/remote cache: .*treated as a cache miss/)
    } finally {
      await restoreGood()
    }
  }, 180_000)

  it('a pack whose objects expand past their recorded size (compression bombs) is refused', async () => {
    const index = decodeIndex(good.data)
    // Each object becomes a brotli stream of 64 MiB of zeros: short on the wire, far past its size.
    const bomb = brotliCompressSync(Buffer.alloc(64 * 1024 * 1024))
    const sized = index.entries.filter(entry => entry.size > bomb.length)
    expect(sized.length).toBeGreaterThan(3)
    const pack = Buffer.concat([PACK_MAGIC, ...sized.map(() => bomb)])
    const hostilePack = packKey(sha256Hex(pack))
    await service.putEntry(hostilePack, REMOTE_STORE_VERSION, pack)
    const entries = sized.map((entry, at) => ({
      ...entry,
      pack: hostilePack,
      offset: PACK_MAGIC.length + at * bomb.length,
      encoding: 'br' as const,
      storedSize: bomb.length
    }))
    const packs = [{ key: hostilePack, size: pack.length }]
    await putIndex(good.key, encodeIndex({ ...index, packs, entries }))
    try {
      const { outcome } = await job('compression bombs')
      expect(outcome.compiles).toBe(fullBuild)
      expect(outcome.warnings).toHaveLength(1)
      expect(outcome.warnings[0]).toMatch(/expands past its recorded \d+ bytes/)
    } finally {
      await restoreGood()
    }
  }, 180_000)

  it('a pack download that stalls is stopped by the per-request timeout', async () => {
    const { outcome } = await job('stalled download', {
      // The per-command program, so that its options can be changed.
      inputs: { 'build-cache-server': 'false' },
      before: env => {
        // The action's timeout is 60 s a request; a short one keeps the test quick.
        env.GOCACHEPROG += ' --timeout 2'
        service.setFault('slow-blob')
      },
      after: () => service.setFault(null)
    })
    expect(outcome.compiles).toBe(fullBuild)
    expect(outcome.warnings).toHaveLength(1)
    expect(outcome.warnings[0]).toMatch(/timed out/)
  }, 180_000)

  it('a background prefetch that stalls is stopped by the post step, leaving no partial file', async () => {
    // An index that asks for every object to be prefetched, and pack downloads that stall:
    // the prefetch, started by the main step, can only hang on its first pack read.
    const index = decodeIndex(good.data)
    await putIndex(good.key, encodeIndex({ ...index, reads: index.entries.map(e => e.actionId) }))
    service.setFault('slow-blob', { keys: /\/packs\// })
    try {
      const machine = readyMachine(root, proxy, project)
      const workspace = oldCheckout(root, project, 'hostile', sources)
      const main = await mainStep(service, machine, workspace, {
        ...inputs,
        'build-cache-prefetch': 'true',
        'build-cache-server': 'false'
      })
      const dir = main.outputs['build-path']!
      const prefetch = processesMentioning(`--prefetch`).filter(pid =>
        readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)
      )
      expect(prefetch).toHaveLength(1)
      const exported = { ...main.exportedEnv }
      exported.GOCACHEPROG += ' --timeout 2'
      const build = await goBuild(machine, workspace, exported)
      expect([build.code, build.stderr.slice(-2000)]).toEqual([0, expect.any(String)])
      service.setFault(null)
      // Its pack read still stalls: the prefetch is running when the post step starts.
      expect(processesMentioning(`--prefetch`)).toContain(prefetch[0])
      const post = await postStep(main)
      expect(post.stdout).toMatch(/background prefetch was still running and was (stopped|killed)/)
      expect(processesMentioning('--prefetch')).not.toContain(prefetch[0])
      expect(tierProblems(dir)).toEqual([])
      expect(readdirSync(path.dirname(dir)).filter(name => name.endsWith('.pid'))).toEqual([])
    } finally {
      service.setFault(null)
      await restoreGood()
    }
  }, 180_000)
})
