import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs'
import path from 'node:path'
import {
  cacheRunEnvFrom,
  readCacheRunInputs,
  runRestore,
  runSave,
  type CacheLister,
  type CacheRunEnv,
  type RestoreRun,
  type SaveRun
} from '../../../../src/core/cache/flows/index.js'
import { isKeyOrGeneration, type GoEnvReader } from '../../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { Inputs, inputSourceFromRecord } from '../../../../src/core/inputs.js'
import { collectingLogger } from '../../../../src/core/report.js'
import { goMod, goSum, removeDir, tempDir, writeTree } from '../fixtures.js'
import {
  downloadModule,
  entryName,
  fakeCache,
  fakeClock,
  fakeGoEnv,
  makeWritable,
  useBuildEntries,
  type FakeCache
} from './fakes.js'

let root: string
let workspace: string
let home: string
let cache: FakeCache
let clock: ReturnType<typeof fakeClock>
let logger: ReturnType<typeof collectingLogger>

beforeEach(() => {
  root = tempDir('cache-action-flows')
  workspace = path.join(root, 'ws')
  home = path.join(root, 'home')
  writeTree(workspace, {
    'go.mod': goMod('example.com/app', '1.22', [
      ['example.com/a', 'v1.0.0'],
      ['example.com/Big', 'v2.0.0']
    ]),
    'go.sum': goSum([
      ['example.com/a', 'v1.0.0'],
      ['example.com/Big', 'v2.0.0']
    ])
  })
  cache = fakeCache()
  clock = fakeClock()
  logger = collectingLogger()
})

afterEach(() => {
  cache.close()
  makeWritable(root)
  removeDir(root)
})

function runEnv(extra: Record<string, string> = {}): CacheRunEnv {
  return cacheRunEnvFrom(
    {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(root, 'temp'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REF: 'refs/heads/main',
      PATH: '/usr/bin',
      ...extra
    },
    'linux'
  )
}

/** The archive-mode module cache unless a test asks for `module-cache: layered`. */
function inputsOf(values: Record<string, string> = {}) {
  return readCacheRunInputs(
    new Inputs(inputSourceFromRecord({ 'module-cache': 'archive', ...values })),
    workspace
  )
}

const modCache = () => path.join(home, 'gomod')
const goCache = () => path.join(home, 'gocache')

interface Job {
  inputs?: Record<string, string>
  goEnv?: GoEnvReader
  env?: Record<string, string>
  /** What the build does between restore and save. */
  build?: () => void
  /** Keep the runner's disk from the previous job (self-hosted). */
  keepHome?: boolean
  lister?: CacheLister
}

async function job(options: Job = {}): Promise<{ restore: RestoreRun; save: SaveRun }> {
  if (!options.keepHome) {
    makeWritable(home)
    rmSync(home, { recursive: true, force: true })
  }
  const inputs = inputsOf(options.inputs)
  const env = runEnv(options.env)
  const restore = await runRestore(inputs, env, {
    client: cache,
    goEnv: options.goEnv ?? fakeGoEnv(home),
    clock,
    logger,
    lister: options.lister
  })
  clock.advance(60_000)
  options.build?.()
  clock.advance(60_000)
  const save = await runSave(inputs, env, restore.state, { client: cache, clock, logger })
  return { restore, save }
}

function buildV1(): void {
  downloadModule(modCache(), 'example.com/a', 'v1.0.0')
  downloadModule(modCache(), 'example.com/!big', 'v2.0.0')
  useBuildEntries(goCache(), [entryName('app'), entryName('a1'), entryName('a1', 'd')], clock.now())
}

function outputs(run: { restore: RestoreRun }) {
  return run.restore.result.outputs
}

function saveReasons(run: { save: SaveRun }) {
  return Object.fromEntries(
    run.save.saves.map(save => [save.kind, save.saved ? 'saved' : save.reason])
  )
}

/** The newest entry saved under `key` or one of its generations (build caches save `<key>-g<id>`). */
function snapshotOf(key: string): string {
  const entry = cache.entries.findLast(candidate => isKeyOrGeneration(key, candidate.key))
  if (!entry) throw new Error(`no entry ${key}`)
  return entry.snapshot
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('first run, rerun, dependency bump', () => {
  it('misses, saves both caches with manifests, then hits exactly and saves nothing', async () => {
    const first = await job({ build: buildV1 })
    expect(outputs(first)).toMatchObject({
      'cache-hit': false,
      'hit-kind': 'miss',
      'mod-hit-kind': 'miss',
      'mod-miss-reason': 'first-run',
      'build-hit-kind': 'miss',
      'build-miss-reason': 'first-run',
      'mod-needed': true
    })
    expect(saveReasons(first)).toEqual({ mod: 'saved', build: 'saved' })
    const modKey = String(outputs(first)['mod-key'])
    const buildKey = String(outputs(first)['build-key'])
    expect(modKey).toMatch(/^go-mod-Linux-d[0-9a-f]{16}$/)
    expect(buildKey).toMatch(
      /^go-build-Linux-X64-go1\.22\.12-linux-amd64-t[0-9a-f]{16}-d[0-9a-f]{16}$/
    )
    expect(outputs(first).key).toBe(`${modKey}\n${buildKey}`)
    expect(files(snapshotOf(modKey))).toContain('.go-ci-kit/manifest-mod.json')
    expect(files(snapshotOf(buildKey))).toContain('.go-ci-kit/manifest-build.json')
    expect(files(snapshotOf(buildKey))).not.toContain('trim.txt')
    expect(first.restore.result.annotations.map(a => [a.level, a.title])).toEqual([
      ['notice', 'Go module cache: miss (first-run)'],
      ['notice', 'Go build cache: miss (first-run)']
    ])

    const rerun = await job({ build: buildV1 })
    expect(outputs(rerun)).toMatchObject({
      'cache-hit': true,
      'hit-kind': 'exact',
      'miss-reason': '',
      'mod-matched-key': modKey
    })
    expect(String(outputs(rerun)['build-matched-key'])).toMatch(
      new RegExp(`^${buildKey}-g[0-9a-z]+$`)
    )
    expect(rerun.restore.result.annotations).toEqual([])
    expect(saveReasons(rerun)).toEqual({
      mod: 'save-skipped-exact-hit',
      build: 'save-skipped-exact-hit'
    })
    expect(cache.calls.filter(call => call.method === 'save')).toHaveLength(2)
  })

  it('a go.sum bump restores partially, names the module, prunes and trims before saving', async () => {
    const oldBuildEntries = [entryName('app'), entryName('a1'), entryName('a1', 'd')]
    await job({
      build: () => {
        buildV1()
        // A compile this run's cached test result stood for: the bump job skips it too.
        useBuildEntries(goCache(), [entryName('tested')], clock.now())
        // a1's entries were last used six days ago, beyond the five-day retention.
        const sixDaysAgo = (clock.now() - 6 * 86_400_000) / 1000
        for (const name of oldBuildEntries.slice(1)) {
          utimesSync(path.join(goCache(), name.slice(0, 2), name), sixDaysAgo, sixDaysAgo)
        }
      }
    })
    writeTree(workspace, {
      'go.sum': goSum([
        ['example.com/a', 'v1.1.0'],
        ['example.com/Big', 'v2.0.0']
      ])
    })
    const bump = await job({
      build: () => {
        downloadModule(modCache(), 'example.com/a', 'v1.1.0')
        // The app package is rebuilt against a v1.1.0; its own entry is reused.
        useBuildEntries(
          goCache(),
          [entryName('app'), entryName('a11'), entryName('a11', 'd')],
          clock.now()
        )
      }
    })
    expect(outputs(bump)).toMatchObject({
      'hit-kind': 'partial',
      'mod-hit-kind': 'partial',
      'mod-miss-reason': 'deps-changed',
      'build-hit-kind': 'partial'
    })
    expect(String(outputs(bump)['mod-miss-detail'])).toContain('example.com/a v1.0.0 → v1.1.0')
    expect(String(outputs(bump)['mod-miss-detail'])).toContain('./go.sum')
    expect(String(outputs(bump)['build-miss-reason'])).toContain('deps-changed')
    const notice = bump.restore.result.annotations.find(a => a.title?.startsWith('Go module cache'))
    expect(notice).toMatchObject({
      level: 'notice',
      title: 'Go module cache: partial (deps-changed)'
    })
    expect(notice?.message).toContain('example.com/a v1.0.0 → v1.1.0')

    expect(saveReasons(bump)).toEqual({ mod: 'saved', build: 'saved' })
    const modSave = bump.save.saves.find(save => save.kind === 'mod')
    expect(modSave?.prunedVersions).toBe(1)
    const modFiles = files(snapshotOf(String(outputs(bump)['mod-key'])))
    expect(modFiles).toContain('cache/download/example.com/a/@v/v1.1.0.zip')
    expect(modFiles).toContain('cache/download/example.com/!big/@v/v2.0.0.zip')
    expect(modFiles).toContain('example.com/!big@v2.0.0/sub/x.go')
    expect(modFiles.filter(file => file.includes('v1.0.0'))).toEqual([])

    const buildSave = bump.save.saves.find(save => save.kind === 'build')
    expect(buildSave?.trimmedEntries).toBe(2)
    const buildFiles = files(snapshotOf(String(outputs(bump)['build-key'])))
    const names = buildFiles.map(file => path.basename(file))
    // Skipped by this run but used within the retention window: kept for the next change.
    expect(names).toEqual(
      expect.arrayContaining([entryName('app'), entryName('a11'), entryName('tested')])
    )
    expect(names).not.toContain(oldBuildEntries[1])
    expect(names).not.toContain(oldBuildEntries[2])
    expect(names).not.toContain('trim.txt')
  })

  it('a partial restore whose module set shrank saves the pruned cache under the new key', async () => {
    writeTree(workspace, {
      'go.sum': goSum([
        ['example.com/a', 'v1.0.0'],
        ['example.com/Big', 'v2.0.0'],
        ['example.com/c', 'v0.1.0']
      ])
    })
    await job({
      build: () => {
        buildV1()
        downloadModule(modCache(), 'example.com/c', 'v0.1.0')
      }
    })
    // c is dropped: the restored cache is a superset of what is needed.
    writeTree(workspace, {
      'go.sum': goSum([
        ['example.com/a', 'v1.0.0'],
        ['example.com/Big', 'v2.0.0']
      ])
    })
    const subset = await job({
      build: () => useBuildEntries(goCache(), [entryName('app')], clock.now())
    })
    expect(outputs(subset)['mod-hit-kind']).toBe('partial')
    // A module set that shrank is saved, pruned, under its new key (it was "nothing new" before,
    // and every later run stayed partial/deps-changed).
    expect(saveReasons(subset)).toEqual({
      mod: 'saved',
      build: 'save-skipped-nothing-new'
    })
    expect(subset.save.saves[0].prunedVersions).toBe(1)
  })
})

describe('source-only commits (archive mode)', () => {
  it('an exact hit that wrote enough new entries saves a generation, and the next job restores it', async () => {
    await job({ build: buildV1 })
    const fewNew = await job({
      build: () => {
        buildV1()
        useBuildEntries(goCache(), [entryName('one-package')], clock.now())
      }
    })
    expect(outputs(fewNew)['build-hit-kind']).toBe('exact')
    expect(saveReasons(fewNew).build).toBe('save-skipped-exact-hit')

    const manyNew = Array.from({ length: 60 }, (_, index) => entryName(`source-${index}`))
    const advanced = await job({
      build: () => {
        buildV1()
        useBuildEntries(goCache(), manyNew, clock.now())
      }
    })
    expect(outputs(advanced)['build-hit-kind']).toBe('exact')
    expect(saveReasons(advanced)).toEqual({ mod: 'save-skipped-exact-hit', build: 'saved' })
    const generation = advanced.save.saves.find(save => save.kind === 'build')?.key ?? ''
    const buildKey = String(outputs(advanced)['build-key'])
    expect(generation).toMatch(new RegExp(`^${buildKey}-g[0-9a-z]+$`))

    const next = await job({ build: buildV1 })
    expect(outputs(next)).toMatchObject({
      'build-hit-kind': 'exact',
      'build-matched-key': generation
    })
    for (const name of manyNew) {
      expect(existsSync(path.join(goCache(), name.slice(0, 2), name))).toBe(true)
    }
  })
})

describe('a build that adds to go.sum', () => {
  it('keeps the module versions the job added to go.sum (GOFLAGS=-mod=mod) when pruning', async () => {
    const run = await job({
      build: () => {
        buildV1()
        downloadModule(modCache(), 'example.com/c', 'v0.1.0')
        writeTree(workspace, {
          'go.sum': goSum([
            ['example.com/a', 'v1.0.0'],
            ['example.com/Big', 'v2.0.0'],
            ['example.com/c', 'v0.1.0']
          ])
        })
      }
    })
    expect(saveReasons(run).mod).toBe('saved')
    expect(run.save.saves[0].prunedVersions).toBe(0)
    expect(files(snapshotOf(String(outputs(run)['mod-key'])))).toContain(
      'cache/download/example.com/c/@v/v0.1.0.zip'
    )
  })
})

describe('the go.work the go command uses', () => {
  it('the save re-reads go.sum through `go env GOWORK`, not $GOWORK, before pruning', async () => {
    // Before: the post step searched for go.work with $GOWORK (unset here), so it
    // missed the go.work `go env` named, and pruned what the build added to ../lib/go.sum.
    const altWork = path.join(root, 'alt.work')
    writeTree(root, {
      'alt.work': 'go 1.22\n\nuse (\n\t./ws\n\t./lib\n)\n',
      'lib/go.mod': goMod('example.com/lib', '1.22', [['example.com/d', 'v0.2.0']]),
      'lib/go.sum': goSum([['example.com/d', 'v0.2.0']])
    })
    const run = await job({
      goEnv: fakeGoEnv(home, { GOWORK: altWork }),
      build: () => {
        buildV1()
        downloadModule(modCache(), 'example.com/d', 'v0.2.0')
        downloadModule(modCache(), 'example.com/e', 'v0.3.0')
        writeTree(root, {
          'lib/go.sum': goSum([
            ['example.com/d', 'v0.2.0'],
            ['example.com/e', 'v0.3.0']
          ])
        })
      }
    })
    const components = JSON.parse(String(outputs(run).components)) as {
      goWork?: { file: { path: string } }
    }
    expect(components.goWork?.file.path).toBe('../alt.work')
    expect(saveReasons(run).mod).toBe('saved')
    expect(run.save.saves[0].prunedVersions).toBe(0)
    expect(files(snapshotOf(String(outputs(run)['mod-key'])))).toContain(
      'cache/download/example.com/e/@v/v0.3.0.zip'
    )
  })
})

describe('toolchains and matrix legs', () => {
  it('a new Go version misses the build cache and says toolchain-changed from a lookup', async () => {
    await job({ build: buildV1 })
    const before = cache.calls.length
    const upgraded = await job({
      goEnv: fakeGoEnv(home, { GOVERSION: 'go1.23.5' }),
      build: buildV1
    })
    expect(outputs(upgraded)).toMatchObject({
      'mod-hit-kind': 'exact',
      'build-hit-kind': 'miss',
      'build-miss-reason': 'toolchain-changed'
    })
    expect(String(outputs(upgraded)['build-miss-detail'])).toMatch(
      /^Go 1\.23\.5 → 1\.22\.12|^Go 1\.22\.12 → 1\.23\.5/
    )
    expect(String(outputs(upgraded)['build-miss-detail'])).toContain('go1.22.12')
    const probe = cache.calls.slice(before).filter(call => call.lookupOnly)
    expect(probe).toHaveLength(1)
    expect(probe[0].restoreKeys?.at(-1)).toBe('go-build-Linux-')
    expect(saveReasons(upgraded).build).toBe('saved')
  })

  it('matrix legs with another GOARCH get their own build keys and never race', async () => {
    const amd64 = await job({ inputs: { matrix: '{"goarch":"amd64"}' }, build: buildV1 })
    const arm64 = await job({
      inputs: { matrix: '{"goarch":"arm64"}' },
      goEnv: fakeGoEnv(home, { GOARCH: 'arm64', GOAMD64: '', GOARM64: 'v8.0' }),
      build: buildV1
    })
    expect(outputs(arm64)['build-key']).not.toBe(outputs(amd64)['build-key'])
    expect(outputs(arm64)['build-key']).toContain('-linux-arm64-')
    expect(outputs(arm64)['mod-hit-kind']).toBe('exact')
    expect(outputs(arm64)['build-miss-reason']).toBe('toolchain-changed')
    expect(outputs(arm64)['build-miss-detail']).toContain('GOARCH amd64 → arm64')
    expect(saveReasons(arm64).build).toBe('saved')
  })

  it('a lost save race is a note, not a warning', async () => {
    cache.loseNextSave = true
    const leg = await job({ inputs: { cache: 'build' }, build: buildV1 })
    expect(saveReasons(leg)).toEqual({ build: 'save-skipped-reserved' })
    expect(leg.save.result.annotations).toEqual([])
    expect(leg.save.result.failureMessage).toBeUndefined()
    expect(leg.save.result.summary).toContain('skipped: save-skipped-reserved')
  })
})

describe('modules that are not needed', () => {
  it('vendor mode marks the module cache not needed and neither restores nor saves it', async () => {
    writeTree(workspace, {
      'go.mod': goMod('example.com/app', '1.22', [['example.com/a', 'v1.0.0']]),
      'go.sum': goSum([['example.com/a', 'v1.0.0']]),
      'vendor/modules.txt': '# example.com/a v1.0.0\n## explicit\nexample.com/a\n'
    })
    const vendored = await job({
      build: () => useBuildEntries(goCache(), [entryName('v')], clock.now())
    })
    expect(outputs(vendored)).toMatchObject({
      'mod-needed': false,
      'mod-hit-kind': 'miss',
      'mod-miss-reason': 'not-needed',
      'build-needed': true,
      'hit-kind': 'miss',
      'miss-reason': 'first-run'
    })
    expect(String(outputs(vendored)['mod-miss-detail'])).toContain('vendor')
    expect(cache.calls.filter(call => call.key.startsWith('go-mod'))).toEqual([])
    expect(saveReasons(vendored)).toEqual({ mod: 'save-skipped-not-needed', build: 'saved' })
  })
})

describe('the cache service failing', () => {
  it('an outage is cache-unavailable for the first cache and not tried for the second', async () => {
    cache.fault = { kind: 'unavailable', message: 'Unable to make request: ECONNREFUSED' }
    const down = await job({ build: buildV1 })
    expect(outputs(down)).toMatchObject({
      'mod-miss-reason': 'cache-unavailable',
      'build-miss-reason': 'cache-unavailable'
    })
    expect(String(outputs(down)['build-miss-detail'])).toContain('not tried')
    expect(down.restore.result.annotations.map(a => a.level)).toEqual(['warning', 'warning'])
    expect(down.restore.result.failureMessage).toBeUndefined()
    expect(saveReasons(down)).toEqual({
      mod: 'save-skipped-unavailable',
      build: 'save-skipped-unavailable'
    })
    // One restore and one save attempt in all: the breaker stops the rest.
    expect(cache.calls.map(call => call.method)).toEqual(['restore', 'save'])
    expect(down.save.result.failureMessage).toBeUndefined()
  })

  it('a corrupt archive is a warning and a miss, and an empty GOMODCACHE is cleaned up', async () => {
    await job({ build: buildV1 })
    cache.fault = { kind: 'corrupt', message: 'tar failed with exit code 2' }
    const damaged = await job({ inputs: { cache: 'mod', mode: 'restore-only' } })
    expect(outputs(damaged)).toMatchObject({
      'mod-hit-kind': 'miss',
      'mod-miss-reason': 'archive-corrupt'
    })
    expect(damaged.restore.result.annotations[0].level).toBe('warning')
    expect(existsSync(modCache())).toBe(false)
  })

  it('a service that is not configured is cache-unavailable', async () => {
    cache.unavailable = 'the Actions cache service is not configured for this job'
    const run = await job({ build: buildV1 })
    expect(outputs(run)['miss-reason']).toBe('cache-unavailable')
    expect(saveReasons(run)).toEqual({
      mod: 'save-skipped-unavailable',
      build: 'save-skipped-unavailable'
    })
    expect(cache.calls).toEqual([])
  })
})

describe('save gates', () => {
  it('save-if false, a read-only cache mode and a fork PR each skip the save with their reason', async () => {
    expect(saveReasons(await job({ inputs: { 'save-if': 'false' }, build: buildV1 }))).toEqual({
      mod: 'save-skipped-condition',
      build: 'save-skipped-condition'
    })
    expect(saveReasons(await job({ env: { ACTIONS_CACHE_MODE: 'read' }, build: buildV1 }))).toEqual(
      { mod: 'save-skipped-read-only', build: 'save-skipped-read-only' }
    )

    const eventPath = path.join(root, 'event.json')
    writeTree(root, {
      'event.json': JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'mallory/widgets' } },
          base: { repo: { full_name: 'acme/widgets' } }
        }
      })
    })
    const fork = await job({
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
      build: buildV1
    })
    expect(saveReasons(fork)).toEqual({ mod: 'save-skipped-fork', build: 'save-skipped-fork' })
    expect(fork.save.saves[0].detail).toContain('mallory/widgets')
    expect(cache.calls.filter(call => call.method === 'save')).toEqual([])
  })
})

describe('modes', () => {
  it('restore-only restores and never saves; lookup-only downloads nothing', async () => {
    await job({ build: buildV1 })
    const restoreOnly = await job({ inputs: { mode: 'restore-only' } })
    expect(outputs(restoreOnly)['hit-kind']).toBe('exact')
    expect(existsSync(path.join(modCache(), 'cache'))).toBe(true)
    expect(restoreOnly.save.saves).toEqual([])

    const lookup = await job({ inputs: { mode: 'lookup-only' } })
    expect(outputs(lookup)).toMatchObject({ 'hit-kind': 'exact', 'cache-hit': true })
    expect(existsSync(modCache())).toBe(false)
    expect(lookup.save.saves).toEqual([])
    expect(lookup.restore.result.summary).toContain('exact (lookup)')
  })

  it('lookup-only explains a partial match from the keys alone', async () => {
    await job({ build: buildV1 })
    writeTree(workspace, { 'go.sum': goSum([['example.com/a', 'v1.1.0']]) })
    const lookup = await job({ inputs: { mode: 'lookup-only', cache: 'mod' } })
    expect(outputs(lookup)).toMatchObject({
      'mod-hit-kind': 'partial',
      'mod-miss-reason': 'deps-changed'
    })
    expect(String(outputs(lookup)['mod-miss-detail'])).toContain(
      'a restore would use go-mod-Linux-'
    )
  })

  it('save-only restores nothing and saves once; a second save-only sees the entry and skips', async () => {
    const first = await job({ inputs: { mode: 'save-only' }, build: buildV1 })
    expect(cache.calls.filter(call => call.method === 'restore' && !call.lookupOnly)).toEqual([])
    expect(saveReasons(first)).toEqual({ mod: 'saved', build: 'saved' })
    expect(first.restore.result.annotations).toEqual([])
    const again = await job({ inputs: { mode: 'save-only' }, build: buildV1 })
    expect(saveReasons(again)).toEqual({
      mod: 'save-skipped-exact-hit',
      build: 'save-skipped-exact-hit'
    })
  })

  it('fail-on-cache-miss fails the main step when a needed cache was not restored', async () => {
    const run = await job({ inputs: { 'fail-on-cache-miss': 'true' } })
    expect(run.restore.result.failureMessage).toMatch(
      /^fail-on-cache-miss: nothing was restored for the module cache/
    )
  })
})

describe('inputs the key cannot be computed from', () => {
  it('a broken go.work skips caching with a warning at its line, without failing the step', async () => {
    writeTree(workspace, { 'go.work': 'go 1.22\n\nuse (\n\t./missing\n)\n' })
    const broken = await job({ build: buildV1 })
    expect(outputs(broken)).toMatchObject({
      'mod-miss-reason': 'key-unavailable',
      'build-miss-reason': 'key-unavailable',
      'mod-key': ''
    })
    const warning = broken.restore.result.annotations[0]
    expect(warning).toMatchObject({ level: 'warning', file: 'go.work', startLine: 4 })
    expect(broken.restore.result.failureMessage).toBeUndefined()
    expect(saveReasons(broken)).toEqual({ mod: 'key-unavailable', build: 'key-unavailable' })
    expect(cache.calls).toEqual([])
  })

  it('without Go the module cache still works and the build cache is skipped', async () => {
    const noGo: GoEnvReader = {
      read: async () => {
        throw new ConfigurationError('go is not on PATH, so `go env -json` cannot run')
      }
    }
    const run = await job({ goEnv: noGo, env: { HOME: home } })
    expect(outputs(run)).toMatchObject({
      'mod-miss-reason': 'first-run',
      'build-miss-reason': 'key-unavailable'
    })
    expect(String(outputs(run)['build-miss-detail'])).toContain('go is not on PATH')
  })

  it('a missing working directory fails the step: that is a mistake in the workflow', async () => {
    await expect(
      runRestore(inputsOf({ 'working-directory': 'nope' }), runEnv(), {
        client: cache,
        goEnv: fakeGoEnv(home),
        clock,
        logger
      })
    ).rejects.toThrow(/working-directory .*nope does not exist/)
  })
})

describe('reporting', () => {
  it('writes OpenMetrics in main and rewrites it with the saves in post', async () => {
    const metricsFile = path.join(root, 'out', 'metrics.txt')
    let afterMain = ''
    const run = await job({
      inputs: { 'metrics-file': metricsFile },
      build: () => {
        afterMain = readFileSync(metricsFile, 'utf8')
        buildV1()
      }
    })
    expect(afterMain).toContain(
      'go_ci_kit_cache_restore_total{cache="mod",hit_kind="miss",reason="first-run"} 1'
    )
    expect(afterMain).not.toContain('go_ci_kit_cache_save_total')
    const final = readFileSync(metricsFile, 'utf8')
    expect(final).toContain(
      'go_ci_kit_cache_save_total{cache="build",outcome="saved",reason="none"} 1'
    )
    expect(final.endsWith('# EOF\n')).toBe(true)
    expect(run.save.result.summary).toContain(
      '| Cache | Key | Hit | Reason | Restored | Saved | Time |'
    )
    expect(run.restore.result.summary).toContain('### Go caches: restore')
  })

  it('explains a miss from the cache list when a token is given', async () => {
    const lister: CacheLister = {
      list: async () => [
        { key: 'go-mod-Linux-d0000000000000000', ref: 'refs/heads/main', version: 'other-version' }
      ]
    }
    const run = await job({ inputs: { cache: 'mod', 'github-token': 't' }, lister })
    expect(outputs(run)['mod-miss-reason']).toBe('version-mismatch')
    expect(String(outputs(run)['mod-miss-detail'])).toContain('cache version differs')

    const elsewhere: CacheLister = {
      list: async () => [
        { key: 'go-mod-Linux-d0000000000000000', ref: 'refs/heads/feature', version: 'x' }
      ]
    }
    const scoped = await job({ inputs: { cache: 'mod', 'github-token': 't' }, lister: elsewhere })
    expect(outputs(scoped)['mod-miss-reason']).toBe('other-branch-scope')
    expect(String(outputs(scoped)['mod-miss-detail'])).toContain('refs/heads/feature')
  })
})
