/**
 * The module cache in `module-cache: layered` mode, through the flows with
 * the in-memory cache: which layers are looked up and saved, what a saved
 * layer holds, and how the outcome maps onto hit-kind and miss-reason.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  cacheRunEnvFrom,
  readCacheRunInputs,
  runRestore,
  runSave,
  type CacheClient,
  type RestoreRun,
  type SaveRun
} from '../../../../src/core/cache/flows/index.js'
import { Inputs, inputSourceFromRecord } from '../../../../src/core/inputs.js'
import { collectingLogger } from '../../../../src/core/report.js'
import { goMod, goSum, removeDir, tempDir, writeTree } from '../fixtures.js'
import {
  downloadModule,
  fakeCache,
  fakeClock,
  fakeGoEnv,
  makeWritable,
  type FakeCache
} from './fakes.js'

let root: string
let workspace: string
let home: string
let cache: FakeCache
let clock: ReturnType<typeof fakeClock>
let logger: ReturnType<typeof collectingLogger>

/** 20 modules, so one bump is 5% of a base (under the 10% refresh fraction). */
const BASE_SET: [string, string][] = Array.from({ length: 20 }, (_, index) => [
  `example.com/m${String(index).padStart(2, '0')}`,
  'v1.0.0'
])

function useSet(set: [string, string][]): void {
  writeTree(workspace, { 'go.mod': goMod('example.com/app', '1.22', set), 'go.sum': goSum(set) })
}

beforeEach(() => {
  root = tempDir('cache-layered-flows')
  workspace = path.join(root, 'ws')
  home = path.join(root, 'home')
  useSet(BASE_SET)
  cache = fakeCache()
  clock = fakeClock()
  logger = collectingLogger()
})

afterEach(() => {
  cache.close()
  makeWritable(root)
  removeDir(root)
})

const modCache = () => path.join(home, 'gomod')

/** What `go build` downloads: every version of the set the cache lacks. */
function download(set: [string, string][]): () => void {
  return () => {
    for (const [module, version] of set) downloadModule(modCache(), module, version)
  }
}

async function job(
  set: [string, string][],
  client: CacheClient = cache,
  extra: Record<string, string> = {}
): Promise<{ restore: RestoreRun; save: SaveRun }> {
  useSet(set)
  makeWritable(home)
  rmSync(home, { recursive: true, force: true })
  const inputs = readCacheRunInputs(
    new Inputs(inputSourceFromRecord({ cache: 'mod', ...extra })),
    workspace
  )
  const env = cacheRunEnvFrom(
    {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(root, 'temp'),
      RUNNER_OS: 'Linux',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      PATH: '/usr/bin'
    },
    'linux'
  )
  const restore = await runRestore(inputs, env, {
    client,
    goEnv: fakeGoEnv(home),
    clock,
    logger
  })
  clock.advance(60_000)
  download(set)()
  clock.advance(60_000)
  const save = await runSave(inputs, env, restore.state, { client, clock, logger })
  return { restore, save }
}

function savedKeys(from: number): string[] {
  return cache.calls
    .slice(from)
    .filter(call => call.method === 'save')
    .map(call => call.key)
}

function files(key: string): string[] {
  const entry = cache.entries.find(candidate => candidate.key === key)
  if (!entry) throw new Error(`no entry ${key}`)
  return readdirSync(entry.snapshot, { recursive: true, withFileTypes: true })
    .filter(item => item.isFile())
    .map(item => path.relative(entry.snapshot, path.join(item.parentPath, item.name)))
    .sort()
}

const bumped: [string, string][] = BASE_SET.map(([module, version], index) =>
  index === 3 ? [module, 'v1.1.0'] : [module, version]
)

describe('layered module cache', () => {
  it('a first run saves a base of cache/download (no .ziphash, no extracted trees) and an empty delta', async () => {
    const first = await job(BASE_SET)
    const outputs = first.restore.result.outputs
    expect(outputs).toMatchObject({ 'mod-hit-kind': 'miss', 'mod-miss-reason': 'first-run' })
    expect(String(outputs['mod-key'])).toMatch(/^go-moddelta-Linux-d([0-9a-f]{16})-b\1$/)
    const [base, delta] = savedKeys(0)
    expect(base).toMatch(/^go-modbase-Linux-d[0-9a-f]{16}$/)
    expect(delta).toBe(outputs['mod-key'])
    const baseFiles = files(base!)
    expect(baseFiles).toContain('example.com/m00/@v/v1.0.0.zip')
    expect(baseFiles).toContain('example.com/m00/@v/v1.0.0.mod')
    expect(baseFiles).toContain('example.com/m00/@v/v1.0.0.info')
    expect(baseFiles).toContain('.go-ci-kit/layer-base.json')
    expect(baseFiles.filter(file => file.endsWith('.ziphash'))).toEqual([])
    expect(baseFiles).toHaveLength(20 * 3 + 1)
    expect(files(delta!)).toEqual(['.go-ci-kit/layer-delta.json'])
    expect(first.save.saves[0]).toMatchObject({ saved: true, key: `${base}, ${delta}` })

    const again = await job(BASE_SET)
    expect(again.restore.result.outputs).toMatchObject({
      'mod-hit-kind': 'exact',
      'mod-miss-reason': '',
      'mod-matched-key': `${base}\n${delta}`
    })
    expect(again.save.saves[0]).toMatchObject({ reason: 'save-skipped-exact-hit' })
    expect(savedKeys(0)).toHaveLength(2)
  })

  it('a bump restores base + delta as partial, names the module, and saves only a delta of the new version', async () => {
    await job(BASE_SET)
    const before = cache.calls.length
    const bump = await job(bumped)
    const outputs = bump.restore.result.outputs
    expect(outputs['mod-hit-kind']).toBe('partial')
    expect(outputs['mod-miss-reason']).toBe('deps-changed')
    expect(String(outputs['mod-miss-detail'])).toContain('v1.0.0 → v1.1.0')
    expect(String(outputs['mod-miss-detail'])).toContain(
      'hold 19 of the 20 module versions the set needs; 1 to download (example.com/m03@v1.1.0)'
    )
    const saved = savedKeys(before)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatch(/^go-moddelta-Linux-d[0-9a-f]{16}-b[0-9a-f]{16}$/)
    expect(files(saved[0]!)).toEqual([
      '.go-ci-kit/layer-delta.json',
      'example.com/m03/@v/v1.1.0.info',
      'example.com/m03/@v/v1.1.0.mod',
      'example.com/m03/@v/v1.1.0.zip'
    ])
    // Pruning: the version the set dropped (m03 v1.0.0, restored with the base) is left out.
    expect(bump.save.saves[0]?.prunedVersions).toBe(1)

    const third = await job(bumped)
    expect(third.restore.result.outputs['mod-hit-kind']).toBe('exact')
    expect(third.save.saves[0]).toMatchObject({ reason: 'save-skipped-exact-hit' })
  })

  it('rebuilds the base once the versions it lacks pass 10% of it', async () => {
    await job(BASE_SET)
    const drifted: [string, string][] = BASE_SET.map(([module, version], index) =>
      index < 3 ? [module, 'v1.2.0'] : [module, version]
    )
    const before = cache.calls.length
    const run = await job(drifted)
    const saved = savedKeys(before)
    expect(saved[0]).toMatch(/^go-modbase-Linux-d/)
    expect(saved[1]).toMatch(/^go-moddelta-Linux-d/)
    expect(files(saved[0]!)).toHaveLength(20 * 3 + 1)
    expect(files(saved[0]!)).not.toContain('example.com/m00/@v/v1.0.0.zip')
    expect(run.save.saves[0]?.detail).toContain('rebuild the base')
  })

  it('a corrupt delta is a warning and a miss of that layer; the base still serves', async () => {
    await job(BASE_SET)
    await job(bumped)
    const corruptDelta: CacheClient = {
      ...cache,
      restore: async (paths, key, restoreKeys, options) =>
        key.includes('-moddelta-') && !options.lookupOnly
          ? { failure: { kind: 'corrupt', message: 'unexpected end of file' } }
          : cache.restore(paths, key, restoreKeys, options)
    }
    const saves = cache.entries.length
    const run = await job(bumped, corruptDelta)
    const outputs = run.restore.result.outputs
    expect(outputs['mod-hit-kind']).toBe('partial')
    expect(String(outputs['mod-miss-reason']).split(',')).toContain('archive-corrupt')
    expect(String(outputs['mod-miss-detail'])).toContain(
      'the delta layer could not be extracted (unexpected end of file)'
    )
    expect(logger.lines.map(line => line.message).join('\n')).toContain(
      'the delta layer could not be extracted'
    )
    expect(run.restore.result.failureMessage).toBeUndefined()
    // The layer file read back names the layer it came from.
    const manifest = JSON.parse(
      readFileSync(
        path.join(modCache(), 'cache', 'download', '.go-ci-kit', 'layer-base.json'),
        'utf8'
      )
    ) as { layer: string }
    expect(manifest.layer).toBe('base')
    // The damaged delta is this set's own and can never be replaced: the save rebuilds the
    // base, so the next run restores a new base and its empty delta instead of the damaged one.
    expect(run.save.saves[0]?.detail).toContain('cannot be replaced: rebuild the base')
    expect(cache.entries.slice(saves).map(entry => entry.key.split('-')[1])).toEqual([
      'modbase',
      'moddelta'
    ])
  })

  it('lookup-only judges from keys alone; save-only saves a base once, then sees it', async () => {
    const saveOnly = await job(BASE_SET, cache, { mode: 'save-only' })
    expect(saveOnly.save.saves[0]).toMatchObject({ saved: true })
    const again = await job(BASE_SET, cache, { mode: 'save-only' })
    expect(again.save.saves[0]).toMatchObject({ reason: 'save-skipped-exact-hit' })
    expect(savedKeys(0)).toHaveLength(2)

    const look = await job(BASE_SET, cache, { mode: 'lookup-only' })
    expect(look.restore.result.outputs['mod-hit-kind']).toBe('exact')
    expect(cache.calls.filter(call => call.method === 'restore').at(-1)?.lookupOnly).toBe(true)
    const bumpLook = await job(bumped, cache, { mode: 'lookup-only' })
    expect(bumpLook.restore.result.outputs['mod-hit-kind']).toBe('partial')
    expect(bumpLook.save.saves).toEqual([])
  })

  it('archive mode keeps one archive per module key', async () => {
    const inputs = readCacheRunInputs(
      new Inputs(inputSourceFromRecord({ cache: 'mod', 'module-cache': 'archive' })),
      workspace
    )
    expect(inputs.moduleCache).toBe('archive')
  })
})
