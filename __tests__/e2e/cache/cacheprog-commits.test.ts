/**
 * The cache action in cacheprog mode over a run of source-only commits, and
 * with the job's own GOCACHEPROG, through the built bundles, the harness
 * cache service (Twirp + Azurite) and real Go 1.27.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { repoRoot } from '../../harness/runner.js'
import { describeIfTool } from '../../helpers/tools.js'
import { makeMachine, makeProject, makeProxy } from './fixtures.js'
import {
  closeCacheJobs,
  goBuild,
  mainStep,
  metricsOf,
  oldCheckout,
  postStep,
  readyMachine,
  sample,
  type Edits
} from '../../helpers/cache-jobs.js'

let root: string
let proxy: string
let service: CacheService
let project: string

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-cacheprog-commits-'))
  proxy = makeProxy(root)
  service = await startCacheService({ blob: 'azurite' })
  project = makeProject(root, 'base', makeMachine(root, '1.27', proxy), { alphaVersion: 'v1.0.0' })
}, 60_000)

afterAll(() => closeCacheJobs(service, root))

/** Commit A: four packages, b imports a and d imports c. */
const commitA: Edits = {
  'lib/a/a.go': 'package a\n\nfunc A() int { return 1 }\n',
  'lib/b/b.go':
    'package b\n\nimport "example.com/app/lib/a"\n\nfunc B() int { return a.A() + 1 }\n',
  'lib/c/c.go': 'package c\n\nfunc C() string { return "c" }\n',
  'lib/d/d.go':
    'package d\n\nimport "example.com/app/lib/c"\n\nfunc D() string { return c.C() + "d" }\n'
}
/** Commit B: a's source changes. */
const commitB: Edits = { ...commitA, 'lib/a/a.go': 'package a\n\nfunc A() int { return 2 }\n' }
/** Commit C: then c's. */
const commitC: Edits = { ...commitB, 'lib/c/c.go': 'package c\n\nfunc C() string { return "C" }\n' }

describeIfTool(['go1.27'])('cacheprog mode over source-only commits (bundles)', () => {
  /** One job on a fresh runner: main step, go build, post step; the compiles and what it uploaded. */
  async function job(commit: Edits) {
    const machine = readyMachine(root, proxy, project)
    const workspace = oldCheckout(root, project, 'commits', commit)
    const callsBefore = service.calls.length
    const main = await mainStep(service, machine, workspace, { prefix: 'commits', cache: 'build' })
    const build = await goBuild(machine, workspace, main.exportedEnv)
    expect([build.code, build.warnings]).toEqual([0, []])
    const post = await postStep(main)
    expect(post.warnings).toEqual([])
    const metrics = metricsOf(post)
    return {
      hitKind: main.outputs['build-hit-kind'],
      compiles: build.compiles,
      uploaded: sample(metrics, 'go_ci_kit_build_cache_objects{result="uploaded"}'),
      // Entries the job asked the service to store (packs and indexes), counted on its side.
      stored: service.calls.slice(callsBefore).filter(call => call.method === 'CreateCacheEntry')
        .length
    }
  }

  it('each of three commits in a row leaves the remote holding its new objects', async () => {
    const first = await job(commitA)
    expect(first.hitKind).toBe('miss')
    expect(first.compiles).toBeGreaterThan(4)
    expect(first.uploaded).toBeGreaterThan(0)

    // B on a fresh runner: only a and b (which imports a) compile; A's objects came from the remote.
    const second = await job(commitB)
    expect(second).toMatchObject({ hitKind: 'exact', compiles: 2 })
    expect(second.uploaded).toBeGreaterThan(0)

    // C: only c and d; B's new objects (a and b) are in the remote too.
    const third = await job(commitC)
    expect(third).toMatchObject({ hitKind: 'exact', compiles: 2 })
    expect(third.uploaded).toBeGreaterThan(0)

    // C again on a fresh runner: everything comes from the remote, nothing is uploaded
    // (no pack, and no index either).
    expect(await job(commitC)).toEqual({ hitKind: 'exact', compiles: 0, uploaded: 0, stored: 0 })
    // And B is still whole in it (its objects were not lost by C's push).
    expect(await job(commitB)).toEqual({ hitKind: 'exact', compiles: 0, uploaded: 0, stored: 0 })
  }, 300_000)
})

describeIfTool(['go1.27'])("the job's own GOCACHEPROG (bundles)", () => {
  it('is kept: no build cache, one log line, the outputs say so, and the build uses it', async () => {
    const machine = makeMachine(root, '1.27', proxy)
    const ownDir = path.join(root, 'own-cacheprog')
    const own = `${process.execPath} ${path.join(repoRoot, 'dist', 'cli', 'index.js')} cacheprog --dir ${ownDir}`
    const workspace = oldCheckout(root, project, 'own', commitA)
    const main = await mainStep(
      service,
      machine,
      workspace,
      { prefix: 'own' },
      { GOCACHEPROG: own }
    )
    expect(main.outputs['build-cache']).toBe('off')
    expect(main.outputs['build-miss-reason']).toBe('not-needed')
    expect(main.outputs['build-miss-detail']).toMatch(
      /^GOCACHEPROG is already set by the job \(node …\)/
    )
    expect(main.exportedEnv.GOCACHEPROG).toBeUndefined()
    expect(
      main.stdout.split('\n').filter(line => line.includes('GOCACHEPROG is already set'))
    ).toHaveLength(1)
    expect(main.warnings).toEqual([])

    const build = await goBuild(machine, workspace, { GOCACHEPROG: own })
    expect([build.code, build.warnings]).toEqual([0, []])
    expect(
      existsSync(path.join(ownDir, 'o')) && readdirSync(path.join(ownDir, 'o')).length
    ).toBeGreaterThan(0)
    const post = await postStep(main)
    expect(post.warnings).toEqual([])
    // Nothing of the build cache was saved: neither an archive nor an index.
    expect(
      service.entries().filter(entry => /^own-build|^cacheprog-v\d+\/index\/own-/.test(entry.key))
    ).toEqual([])
  }, 120_000)
})
