/**
 * Archive-mode GOCACHE trim against real Go 1.27 through the built bundles.
 * A job whose `go test ./...` is fully cached reads none of the compile
 * outputs behind its cached test results, and the next job may still need
 * them. The trim must keep them, so a one-line change compiles exactly what
 * a machine that kept its GOCACHE throughout compiles; only entries unused
 * for longer than the retention window go.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import type { StepResult } from '../../harness/runner.js'
import { cacheMainStep, cachePostStep, closeCacheJobs } from '../../helpers/cache-jobs.js'
import { describeIfTool } from '../../helpers/tools.js'
import { buildCacheEntries, go, makeMachine, makeProxy, type Machine } from './fixtures.js'

const DAY_MS = 86_400_000
/** An entry file no build reads, last used well past the retention window. */
const STALE_ENTRY = `ff/${'f'.repeat(64)}-d`

let root: string
let proxy: string
let service: CacheService

/**
 * example.com/app: leaves a and c, b imports both, d imports example.com/alpha;
 * each has a test. Changing a recompiles a and b, and b's compile reads c's export data.
 */
function writeProject(dir: string, alphaVersion: string, aValue: number): void {
  rmSync(dir, { recursive: true, force: true })
  const test = (pkg: string, call: string) =>
    `package ${pkg}\n\nimport "testing"\n\nfunc TestIt(t *testing.T) { _ = ${call} }\n`
  const files: Record<string, string> = {
    'go.mod': `module example.com/app\n\ngo 1.22\n\nrequire example.com/alpha ${alphaVersion}\n`,
    'a/a.go': `package a\n\nfunc Value() int { return ${aValue} }\n`,
    'a/a_test.go': test('a', 'Value()'),
    'c/c.go': 'package c\n\nfunc Twice(n int) int { return 2 * n }\n',
    'c/c_test.go': test('c', 'Twice(2)'),
    'b/b.go':
      'package b\n\nimport (\n\t"example.com/app/a"\n\t"example.com/app/c"\n)\n\nfunc Sum() int { return c.Twice(a.Value()) }\n',
    'b/b_test.go': test('b', 'Sum()'),
    'd/d.go': 'package d\n\nimport "example.com/alpha"\n\nconst Name = alpha.Name\n',
    'd/d_test.go': test('d', 'Name')
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
}

/** Runs `go test -x ./...`; returns the package (`-p`) of every compile it ran, sorted. */
function goTestCompiles(machine: Machine, dir: string): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, ...machine.env }
  delete env.GOROOT
  const run = spawnSync('go', ['test', '-x', './...'], { cwd: dir, env, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`go test failed:\n${run.stdout}\n${run.stderr}`)
  return run.stderr
    .split('\n')
    .filter(line => /\/compile\s/.test(line) && / -p \S+/.test(line))
    .map(line => / -p (\S+)/.exec(line)![1]!)
    .sort()
}

/** A CI job on a fresh machine: restore, `go test ./...`, save. */
async function runJob(
  machine: Machine,
  workspace: string,
  hooks: { afterRestore?: () => void; beforeSave?: () => void } = {}
): Promise<{ main: StepResult; post: StepResult; compiles: string[] }> {
  // The archive-mode trim: Go 1.24+ would default to cacheprog mode.
  const inputs = { prefix: 'trim', 'build-cache': 'archive' }
  const main = await cacheMainStep(service, machine, workspace, inputs, {}, { errors: false })
  hooks.afterRestore?.()
  const compiles = goTestCompiles(machine, workspace)
  hooks.beforeSave?.()
  const post = await cachePostStep(main, { errors: false })
  return { main, post, compiles }
}

describeIfTool(['go1.27'])('GOCACHE trim (bundles, real Go 1.27)', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-trim-e2e-'))
    proxy = makeProxy(root)
    service = await startCacheService({ blob: 'builtin' })
  })

  afterAll(() => closeCacheJobs(service, root))

  it('keeps what a fully cached `go test` skipped: a one-line change then compiles as on a warm machine', async () => {
    // One checkout path for every job, as GITHUB_WORKSPACE is: Go's action IDs include it.
    const workspace = path.join(root, 'workspace')
    const steps = [
      { alpha: 'v1.0.0', aValue: 1 }, // A: first run
      { alpha: 'v1.1.0', aValue: 1 }, // B: alpha bumped; a, b and c fully cached
      { alpha: 'v1.1.0', aValue: 2 } // C: a one-line change in a
    ]

    // The floor: one machine that keeps its GOCACHE across the three jobs.
    const warm = makeMachine(root, '1.27', proxy)
    const floor: string[][] = []
    for (const step of steps) {
      writeProject(workspace, step.alpha, step.aValue)
      go(warm, workspace, ['mod', 'tidy'])
      floor.push(goTestCompiles(warm, workspace))
    }
    expect(floor[1]).toEqual(['example.com/alpha', 'example.com/app/d', 'main'])
    // a and b (and their test mains) compile; c does not, but b's compile reads c's export data.
    expect(floor[2]).toContain('example.com/app/a')
    expect(floor[2]).toContain('example.com/app/b')
    expect(floor[2]).not.toContain('example.com/app/c')

    // Job A: a miss; everything compiles. An entry last used 8 days ago rides along in its save.
    const jobA = makeMachine(root, '1.27', proxy)
    writeProject(workspace, steps[0]!.alpha, steps[0]!.aValue)
    go(jobA, workspace, ['mod', 'tidy'])
    const a = await runJob(jobA, workspace, {
      beforeSave: () => {
        const stale = path.join(jobA.buildCache, STALE_ENTRY)
        mkdirSync(path.dirname(stale), { recursive: true })
        writeFileSync(stale, 'stale')
        const eightDaysAgo = (Date.now() - 8 * DAY_MS) / 1000
        utimesSync(stale, eightDaysAgo, eightDaysAgo)
      }
    })
    expect(a.main.outputs['build-hit-kind']).toBe('miss')

    // Job B: a partial hit; only d compiles; the trim keeps a's, b's and c's compiles and drops the stale entry.
    const jobB = makeMachine(root, '1.27', proxy)
    writeProject(workspace, steps[1]!.alpha, steps[1]!.aValue)
    go(jobB, workspace, ['mod', 'tidy'])
    let restored: Map<string, number> = new Map()
    const b = await runJob(jobB, workspace, {
      afterRestore: () => {
        restored = buildCacheEntries(jobB.buildCache)
      }
    })
    expect(b.main.outputs['build-hit-kind']).toBe('partial')
    expect(b.compiles).toEqual(floor[1])
    // The archive kept the stale entry's date, so its age is seen (by Go's own trim or ours).
    expect(restored.get(STALE_ENTRY)).toBeLessThan(Date.now() - 7 * DAY_MS)
    expect(existsSync(path.join(jobB.buildCache, STALE_ENTRY))).toBe(false)
    // Everything else restored is kept, though the cached tests never opened most of it.
    const kept = buildCacheEntries(jobB.buildCache)
    const dropped = [...restored.keys()].filter(entry => !kept.has(entry))
    expect(dropped).toEqual([STALE_ENTRY])

    // Job C: an exact hit on B's save; a one-line change in a compiles what the warm machine did.
    const jobC = makeMachine(root, '1.27', proxy)
    writeProject(workspace, steps[2]!.alpha, steps[2]!.aValue)
    go(jobC, workspace, ['mod', 'tidy'])
    const c = await runJob(jobC, workspace)
    expect(c.main.outputs['build-hit-kind']).toBe('exact')
    expect(c.compiles).toEqual(floor[2])
  }, 900_000)
})
