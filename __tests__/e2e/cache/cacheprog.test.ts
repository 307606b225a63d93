/**
 * The cache action's build cache in cacheprog mode, end to end: the built
 * bundles through the runner harness, the harness cache service (Twirp +
 * Azurite as the blob store), and real Go. The main step exports GOCACHEPROG through
 * GITHUB_ENV; the test runs `go build` with it as a later step would (with
 * neither the action's inputs nor its runtime token), and the post step
 * pushes the new objects.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { startS3Server } from '../../harness/s3-server.js'
import { describeIfTool } from '../../helpers/tools.js'
import {
  cacheMainStep,
  cachePostStep,
  closeCacheJobs,
  goBuild,
  mainStep as cacheprogMainStep,
  metricsOf,
  oldCheckout as datedCheckout,
  postStep,
  processesMentioning,
  sample,
  survivors
} from '../../helpers/cache-jobs.js'
import { makeMachine, makeProject, makeProxy, type Machine } from './fixtures.js'

let root: string
let proxy: string
let service: CacheService
let project: string

/** A fresh checkout of the project at the same path for every job of a workflow, dated in the past. */
const oldCheckout = (name: string, edits: Record<string, string> = {}): string =>
  datedCheckout(root, project, name, edits)

const mainStep = (machine: Machine, workspace: string, inputs: Record<string, string>) =>
  cacheprogMainStep(service, machine, workspace, inputs)

/** `go build -x ./...` as a later step runs it (see goBuild); it must succeed. */
async function build(
  machine: Machine,
  workspace: string,
  exported: Record<string, string>
): Promise<{ compiles: number; stderr: string }> {
  const built = await goBuild(machine, workspace, exported)
  expect([built.code, built.stderr]).toEqual([0, expect.any(String)])
  return built
}

/** A whole job on a fresh machine (main step, build, post step) that seeds the remote. */
async function wholeJob(workspace: string, inputs: Record<string, string>): Promise<void> {
  const machine = makeMachine(root, '1.27', proxy)
  const main = await mainStep(machine, workspace, inputs)
  await build(machine, workspace, main.exportedEnv)
  await postStep(main)
}

function packsAndIndexes(): string[] {
  return service
    .entries()
    .filter(entry => entry.finalized && entry.key.includes('/index/'))
    .map(entry => entry.key)
}

describeIfTool(['go1.23', 'go1.27'])('cache action, build-cache: cacheprog (bundles)', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-cacheprog-e2e-'))
    proxy = makeProxy(root)
    service = await startCacheService({ blob: 'azurite' })
    project = makeProject(root, 'base', makeMachine(root, '1.27', proxy), {
      alphaVersion: 'v1.0.0'
    })
  })

  afterAll(() => closeCacheJobs(service, root))

  it('job 1 builds and pushes; job 2 on a fresh machine compiles nothing and uploads nothing', async () => {
    const inputs = { prefix: 'cp' }
    const first = makeMachine(root, '1.27', proxy)
    const workspace = oldCheckout('cp-first')
    const main = await mainStep(first, workspace, inputs)
    expect(main.outputs['build-cache']).toBe('cacheprog')
    expect(main.outputs['build-hit-kind']).toBe('miss')
    expect(main.outputs['build-miss-reason']).toBe('first-run')
    // On Linux the go commands attach to the job's cache server through a bash relay, whose
    // fallback is the per-command program with the same remote.
    const command = main.exportedEnv.GOCACHEPROG!
    const relay = /^\S*bash (\S+cacheprog-relay-[0-9a-f]+\.sh)$/.exec(command)![1]!
    expect(statSync(relay).mode & 0o777).toBe(0o700)
    const fallback = readFileSync(relay, 'utf8').split('\n').at(-2)!
    expect(fallback).toContain(" 'cacheprog' '--dir' ")
    expect(fallback).toContain("'--remote-config' ")
    // The runtime token stays out of GITHUB_ENV; the remote config holding it is private.
    const token = service.env.ACTIONS_RUNTIME_TOKEN!
    expect(readFileSync(path.join(main.runnerDir, 'env'), 'utf8')).not.toContain(token)
    expect(readFileSync(relay, 'utf8')).not.toContain(token)
    const configFile = /'--remote-config' '([^']+)'/.exec(fallback)![1]!
    expect(statSync(configFile).mode & 0o777).toBe(0o600)
    expect(processesMentioning(relay)).toHaveLength(1)

    const firstBuild = await build(first, workspace, main.exportedEnv)
    expect(firstBuild.compiles).toBeGreaterThan(0)
    const post = await postStep(main)
    expect(post.warnings).toEqual([])
    // The post step stopped the server; nothing of the job keeps running.
    expect(await survivors(relay)).toEqual([])
    expect(post.summary).toContain('#### Build cache (cacheprog)')
    const metrics = metricsOf(post)
    expect(sample(metrics, 'go_ci_kit_build_cache_objects{result="uploaded"}')).toBeGreaterThan(0)
    expect(sample(metrics, 'go_ci_kit_build_cache_bytes{direction="uploaded"}')).toBeGreaterThan(0)
    expect(sample(metrics, 'go_ci_kit_build_cache_objects{result="missed"}')).toBeGreaterThan(0)
    expect(packsAndIndexes()).toHaveLength(1)

    const second = makeMachine(root, '1.27', proxy)
    const again = oldCheckout('cp-first')
    const callsBefore = service.calls.length
    const main2 = await mainStep(second, again, inputs)
    expect(main2.outputs['build-hit-kind']).toBe('exact')
    expect(main2.outputs['build-matched-key']).toContain('/index/')
    expect(main2.runnerDir).not.toBe(main.runnerDir)
    const secondBuild = await build(second, again, main2.exportedEnv)
    expect(secondBuild.stderr).not.toMatch(/\/compile -o /)
    const post2 = await postStep(main2)
    expect(post2.warnings).toEqual([])
    const metrics2 = metricsOf(post2)
    expect(sample(metrics2, 'go_ci_kit_build_cache_objects{result="missed"}')).toBe(0)
    expect(sample(metrics2, 'go_ci_kit_build_cache_objects{result="hit-remote"}')).toBeGreaterThan(
      0
    )
    expect(sample(metrics2, 'go_ci_kit_build_cache_bytes{direction="uploaded"}')).toBe(0)
    expect(sample(metrics2, 'go_ci_kit_build_cache_objects{result="uploaded"}')).toBe(0)
    expect(metrics2).toContain(
      'go_ci_kit_cache_save_total{cache="build",outcome="skipped",reason="save-skipped-nothing-new"} 1'
    )
    expect(packsAndIndexes()).toHaveLength(1)
    // The service side agrees: job 2 asked to store nothing, not even an index.
    const uploads = service.calls
      .slice(callsBefore)
      .filter(call => call.method === 'CreateCacheEntry')
    expect(uploads).toEqual([])
  }, 180_000)

  it('build-cache-prefetch: the background prefetch fills the local tier before the build reads it', async () => {
    const inputs = { prefix: 'cppre' }
    await wholeJob(oldCheckout('cppre'), inputs)

    // The index records what a run read (its hits): job 2 reads job 1's objects and compiles
    // one new package, so its push writes an index whose reads job 3 prefetches.
    const withExtra = (): string =>
      oldCheckout('cppre', { 'extra/extra.go': 'package extra\n\nconst X = 1\n' })
    await wholeJob(withExtra(), inputs)

    const second = makeMachine(root, '1.27', proxy)
    const again = withExtra()
    const main2 = await mainStep(second, again, { ...inputs, 'build-cache-prefetch': 'true' })
    expect(main2.outputs['build-hit-kind']).toBe('exact')
    // Wait for the prefetch's journal (it writes one when it is done), then build.
    const journal = path.join(main2.outputs['build-path']!, 'journal')
    const prefetched = async (): Promise<number> => {
      for (let attempt = 0; attempt < 300; attempt++) {
        for (const name of existsSync(journal) ? readdirSync(journal) : []) {
          const doc = JSON.parse(readFileSync(path.join(journal, name), 'utf8')) as {
            figures?: { objectsPrefetched?: number }
          }
          if ((doc.figures?.objectsPrefetched ?? 0) > 0) return doc.figures!.objectsPrefetched!
        }
        await new Promise(resolve => setTimeout(resolve, 100))
      }
      return 0
    }
    expect(await prefetched()).toBeGreaterThan(0)
    const warm = await build(second, again, main2.exportedEnv)
    expect(warm.stderr).not.toMatch(/\/compile -o /)
    const post2 = await postStep(main2)
    const metrics = metricsOf(post2)
    expect(sample(metrics, 'go_ci_kit_build_cache_objects{result="prefetched"}')).toBeGreaterThan(0)
    expect(sample(metrics, 'go_ci_kit_build_cache_objects{result="hit-local"}')).toBeGreaterThan(0)
  }, 180_000)

  it('a cache service fault during the build: the build succeeds, with a warning', async () => {
    const inputs = { prefix: 'cpfault' }
    await wholeJob(oldCheckout('cpfault-first'), inputs)

    const second = makeMachine(root, '1.27', proxy)
    const again = oldCheckout('cpfault-first')
    const main2 = await mainStep(second, again, inputs)
    expect(main2.outputs['build-hit-kind']).toBe('exact')
    service.setFault('500')
    try {
      const faulted = await build(second, again, main2.exportedEnv)
      expect(faulted.compiles).toBeGreaterThan(0)
      expect(faulted.stderr).toMatch(/go-ci-kit cacheprog: remote cache: .*treated as a cache miss/)
      const post2 = await cachePostStep(main2, { errors: false })
      expect(post2.warnings.map(warning => warning.message).join('\n')).toMatch(
        /build cache not saved|push/i
      )
    } finally {
      service.setFault(null)
    }
  }, 180_000)

  it('a cache service fault in the main step: local tier only, the build succeeds', async () => {
    const machine = makeMachine(root, '1.27', proxy)
    const workspace = oldCheckout('cpfault-main')
    service.setFault('500')
    try {
      const main = await mainStep(machine, workspace, { prefix: 'cpdown', cache: 'build' })
      expect(main.outputs['build-miss-reason']).toBe('cache-unavailable')
      expect(main.warnings.length).toBeGreaterThan(0)
      expect(main.exportedEnv.GOCACHEPROG).not.toContain('--remote-config')
      expect((await build(machine, workspace, main.exportedEnv)).compiles).toBeGreaterThan(0)
    } finally {
      service.setFault(null)
    }
  }, 120_000)

  it('build-cache-s3: AWS credentials only in the action step, masked; job 2 builds from the bucket', async () => {
    const s3 = await startS3Server()
    try {
      const url = `s3://${s3.bucket}/go-cache`
      const jobWith = async (name: string) => {
        const machine = makeMachine(root, '1.27', proxy)
        const workspace = oldCheckout(name)
        // The AWS variables reach the action's step only, as with a step-level `env:`.
        const main = await cacheMainStep(
          service,
          machine,
          workspace,
          { prefix: 'cps3', cache: 'build', 'build-cache-s3': url, 'metrics-file': 'm.txt' },
          s3.env,
          { errors: false }
        )
        expect(main.masks).toContain(s3.env.AWS_SECRET_ACCESS_KEY)
        expect(main.exportedEnv.GOCACHEPROG).not.toContain(s3.env.AWS_SECRET_ACCESS_KEY!)
        const built = await build(machine, workspace, main.exportedEnv)
        const post = await postStep(main)
        return { main, built, post }
      }
      const first = await jobWith('cps3')
      expect(first.main.outputs['build-hit-kind']).toBe('miss')
      expect(first.built.compiles).toBeGreaterThan(0)
      expect(s3.requests.some(request => request.method === 'PUT')).toBe(true)
      const second = await jobWith('cps3')
      expect(second.main.outputs['build-hit-kind']).toBe('exact')
      expect(second.built.stderr).not.toMatch(/\/compile -o /)
      expect(second.post.warnings).toEqual([])
    } finally {
      await s3.close()
    }
  }, 180_000)

  it('Go 1.23 keeps archive mode, also when cacheprog is asked for', async () => {
    const machine = makeMachine(root, '1.23', proxy)
    const workspace = oldCheckout('cp-go123')
    const main = await mainStep(machine, workspace, { prefix: 'cp123', 'build-cache': 'cacheprog' })
    expect(main.outputs['build-cache']).toBe('archive')
    expect(main.exportedEnv.GOCACHEPROG).toBeUndefined()
    expect(main.stdout).toMatch(/needs Go 1\.24 or later/)
  }, 120_000)
})
