/**
 * The layered module cache (`module-cache: layered`, the default) end to end:
 * the built bundles, the local cache service (Twirp + Azurite-compatible blob
 * store), real Go 1.27 and a file:// GOPROXY of twelve modules. What each
 * save uploaded is read back from the service with the project's transfer.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  CacheServiceClient,
  archiveVersion,
  restoreEntry
} from '../../../src/core/cache-transfer/index.js'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import type { StepResult } from '../../harness/runner.js'
import { cacheMainStep, cachePostStep, closeCacheJobs } from '../../helpers/cache-jobs.js'
import { writeGoProxy, type ProxyModule } from '../../helpers/goproxy.js'
import { describeIfTool } from '../../helpers/tools.js'
import { checkout, go, makeMachine, type Machine } from './fixtures.js'

/** Twelve modules, so one bump is 1/12 of the base (under the 10% refresh fraction). */
const NAMES = Array.from({ length: 12 }, (_, index) => `m${String(index).padStart(2, '0')}`)
const MODULES: ProxyModule[] = NAMES.flatMap(name =>
  ['v1.0.0', 'v1.1.0', 'v1.2.0'].map(version => ({
    path: `example.com/${name}`,
    version,
    files: { [`${name}.go`]: `package ${name}\n\nconst Name = "${name} ${version}"\n` }
  }))
)

let root: string
let proxy: string
let service: CacheService

function makeProject(name: string, machine: Machine, versions: Record<string, string>): string {
  const dir = path.join(root, 'projects', name)
  mkdirSync(dir, { recursive: true })
  const requires = NAMES.map(m => `\texample.com/${m} ${versions[m] ?? 'v1.0.0'}\n`).join('')
  writeFileSync(
    path.join(dir, 'go.mod'),
    `module example.com/app\n\ngo 1.22\n\nrequire (\n${requires})\n`
  )
  const imports = NAMES.map(m => `\t"example.com/${m}"\n`).join('')
  writeFileSync(
    path.join(dir, 'app.go'),
    `package app\n\nimport (\n${imports})\n\nconst Names = ${NAMES.map(m => `${m}.Name`).join(' + ')}\n`
  )
  go(machine, dir, ['mod', 'tidy'])
  return dir
}

const restoreStep = (machine: Machine, workspace: string, inputs: Record<string, string>) =>
  cacheMainStep(service, machine, workspace, { cache: 'mod', ...inputs }, {}, { errors: false })

/** Main step, `go build ./...`, post step; returns the keys the post step saved. */
async function job(
  machine: Machine,
  workspace: string,
  inputs: Record<string, string>,
  buildEnv: Record<string, string> = {}
): Promise<{ main: StepResult; post: StepResult; saved: string[] }> {
  const before = new Set(service.entries().map(entry => entry.key))
  const main = await restoreStep(machine, workspace, inputs)
  go({ ...machine, env: { ...machine.env, ...buildEnv } }, workspace, ['build', './...'])
  const post = await cachePostStep(main, { errors: false })
  const saved = service
    .entries()
    .filter(entry => entry.finalized && !before.has(entry.key))
    .map(entry => entry.key)
  return { main, post, saved }
}

/** The files an entry holds, downloaded and extracted with the project's own transfer. */
async function entryFiles(machine: Machine, key: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(root, 'entry-'))
  const client = new CacheServiceClient({
    resultsUrl: service.env.ACTIONS_RESULTS_URL!,
    token: service.env.ACTIONS_RUNTIME_TOKEN!
  })
  const restored = await restoreEntry(client, {
    paths: [`${machine.modCache}/cache/download`],
    dirs: [path.join(dir, 'out')],
    key,
    restoreKeys: []
  })
  expect(restored.matchedKey).toBe(key)
  return readdirSync(path.join(dir, 'out'), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(path.join(dir, 'out'), path.join(entry.parentPath, entry.name)))
    .sort()
}

const versionFiles = (module: string, version: string) =>
  ['info', 'mod', 'zip'].map(kind => `example.com/${module}/@v/${version}.${kind}`)

describeIfTool(['go1.27'])('layered module cache (bundles, local cache service)', () => {
  let projects: { base: string; bump: string; drift: string }

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-layers-e2e-'))
    proxy = writeGoProxy(path.join(root, 'proxy'), MODULES)
    service = await startCacheService({ blob: 'builtin' })
    const setup = makeMachine(root, '1.27', proxy)
    projects = {
      base: makeProject('base', setup, {}),
      bump: makeProject('bump', setup, { m03: 'v1.1.0' }),
      drift: makeProject('drift', setup, { m00: 'v1.2.0', m01: 'v1.2.0', m02: 'v1.2.0' })
    }
  })

  afterAll(() => closeCacheJobs(service, root))

  it('saves a base, then only a delta of the bumped version; base + delta then build with GOPROXY=off', async () => {
    const inputs = { prefix: 'lay' }
    let machine = makeMachine(root, '1.27', proxy)
    const first = await job(machine, checkout(projects.base, root, 'lay-1'), inputs)
    expect(first.main.outputs['mod-hit-kind']).toBe('miss')
    expect(first.main.outputs['mod-miss-reason']).toBe('first-run')
    const base = first.saved.find(key => key.startsWith('lay-modbase-Linux-d'))!
    expect(first.saved.sort()).toEqual([base, first.main.outputs['mod-key']].sort())
    const baseFiles = await entryFiles(machine, base)
    expect(baseFiles).toEqual(
      expect.arrayContaining([...versionFiles('m00', 'v1.0.0'), '.go-ci-kit/layer-base.json'])
    )
    expect(baseFiles).toHaveLength(12 * 3 + 1)
    expect(baseFiles.some(file => file.endsWith('.ziphash'))).toBe(false)

    machine = makeMachine(root, '1.27', proxy)
    const bump = await job(machine, checkout(projects.bump, root, 'lay-2'), inputs)
    expect(bump.main.outputs['mod-hit-kind']).toBe('partial')
    expect(bump.main.outputs['mod-miss-reason']).toContain('deps-changed')
    expect(bump.main.outputs['mod-miss-detail']).toContain('example.com/m03')
    expect(bump.main.outputs['mod-miss-detail']).toContain('1 to download (example.com/m03@v1.1.0)')
    expect(bump.saved).toHaveLength(1)
    expect(bump.saved[0]).toMatch(/^lay-moddelta-Linux-d[0-9a-f]{16}-b[0-9a-f]{16}$/)
    expect(await entryFiles(machine, bump.saved[0]!)).toEqual([
      '.go-ci-kit/layer-delta.json',
      ...versionFiles('m03', 'v1.1.0')
    ])

    // A third job on a fresh machine: base + delta hold everything, so Go downloads nothing.
    machine = makeMachine(root, '1.27', proxy)
    const third = await job(machine, checkout(projects.bump, root, 'lay-3'), inputs, {
      GOPROXY: 'off',
      GOFLAGS: '-mod=mod'
    })
    expect(third.main.outputs['mod-hit-kind']).toBe('exact')
    expect(third.main.outputs['mod-matched-key']).toBe(`${base}\n${bump.saved[0]}`)
    expect(third.saved).toEqual([])
    expect(third.post.summary).toContain('save-skipped-exact-hit')
  })

  it('a corrupt delta is a warning and a miss of that layer; the build still succeeds', async () => {
    const inputs = { prefix: 'bad' }
    let machine = makeMachine(root, '1.27', proxy)
    await job(machine, checkout(projects.base, root, 'bad-1'), inputs)
    machine = makeMachine(root, '1.27', proxy)
    const workspace = checkout(projects.bump, root, 'bad-2')
    const look = await restoreStep(machine, workspace, { ...inputs, mode: 'lookup-only' })
    const set = /-d([0-9a-f]{16})-b/.exec(look.outputs['mod-key']!)![1]
    // A newer delta for this set whose archive is not gzip at all.
    await service.putEntry(
      `bad-moddelta-Linux-d${set}-bffffffffffffffff`,
      archiveVersion([`${machine.modCache}/cache/download`]),
      Buffer.from('not a cache archive')
    )
    const run = await job(machine, workspace, inputs)
    expect(run.main.outputs['mod-hit-kind']).toBe('partial')
    expect(run.main.outputs['mod-miss-reason']!.split(',')).toContain('archive-corrupt')
    expect(run.main.warnings.map(w => w.message).join('\n')).toContain(
      'the delta layer could not be extracted'
    )
    // The go command fetched m03 v1.1.0 itself, and the save holds just that version.
    expect(run.saved).toHaveLength(1)
    expect(await entryFiles(machine, run.saved[0]!)).toEqual([
      '.go-ci-kit/layer-delta.json',
      ...versionFiles('m03', 'v1.1.0')
    ])
  })

  it('rebuilds the base once the versions it lacks pass 10% of it', async () => {
    const inputs = { prefix: 'drift' }
    let machine = makeMachine(root, '1.27', proxy)
    const first = await job(machine, checkout(projects.base, root, 'drift-1'), inputs)
    machine = makeMachine(root, '1.27', proxy)
    const drift = await job(machine, checkout(projects.drift, root, 'drift-2'), inputs)
    const newBase = drift.saved.find(key => key.startsWith('drift-modbase-'))
    expect(newBase).toBeDefined()
    expect(first.saved).not.toContain(newBase)
    expect(drift.post.stdout).toContain('rebuild the base from this set')
    const files = await entryFiles(machine, newBase!)
    expect(files).toEqual(expect.arrayContaining(versionFiles('m00', 'v1.2.0')))
    expect(files).not.toContain('example.com/m00/@v/v1.0.0.zip')
  })
})
