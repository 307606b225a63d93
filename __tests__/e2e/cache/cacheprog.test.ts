/**
 * The cache action's build cache in cacheprog mode, end to end: the built
 * bundles through the runner harness, the harness cache service (Twirp +
 * Azurite as the blob store), and real Go. The main step exports GOCACHEPROG through
 * GITHUB_ENV; the test runs `go build` with it as a later step would (with
 * neither the action's inputs nor its runtime token), and the post step
 * pushes the new objects.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { startS3Server } from '../../harness/s3-server.js'
import { describeStep, runPostStep, runStep, type StepResult } from '../../harness/runner.js'
import { describeIfTool } from '../../helpers/tools.js'
import {
  checkout,
  makeMachine,
  makeProject,
  makeProxy,
  makeWritable,
  type Machine
} from './fixtures.js'

const RESTORE = 'dist/cache-restore/index.js'
const SAVE = 'dist/cache-save/index.js'

let root: string
let proxy: string
let service: CacheService
let project: string

/**
 * A fresh checkout at the same path for every job of a workflow, as on
 * hosted runners (the package directory is part of a compile's action ID
 * without -trimpath), whose files are an hour old: cmd/go does not trust
 * the package index of just-written files, which would make a second job's
 * build differ from the first for no reason of the cache's.
 */
function oldCheckout(name: string): string {
  rmSync(path.join(root, 'workspaces', name), { recursive: true, force: true })
  const workspace = checkout(project, root, name)
  const past = new Date(Date.now() - 3600_000)
  for (const entry of readdirSync(workspace, { recursive: true }) as string[]) {
    utimesSync(path.join(workspace, entry), past, past)
  }
  utimesSync(workspace, past, past)
  return workspace
}

async function mainStep(
  machine: Machine,
  workspace: string,
  inputs: Record<string, string>
): Promise<StepResult> {
  const main = await runStep({
    entry: RESTORE,
    workspace,
    inputs: { 'metrics-file': 'cache-metrics.txt', ...inputs },
    env: { ...machine.env, ...service.env }
  })
  expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
  expect(main.errors).toEqual([])
  return main
}

/**
 * `go build -x ./...` as a later step runs it: the machine's env plus what
 * GITHUB_ENV exported, without the action's runtime env. Returns the
 * number of compiles and go's stderr. Asynchronous: the harness cache
 * service answers from this process, so a blocking spawn would starve it.
 */
async function build(
  machine: Machine,
  workspace: string,
  exported: Record<string, string>
): Promise<{ compiles: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...machine.env, ...exported }
  delete env.GOROOT
  for (const name of Object.keys(env)) {
    if (name.startsWith('ACTIONS_') || name.startsWith('INPUT_')) delete env[name]
  }
  const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn('go', ['build', '-x', './...'], { cwd: workspace, env })
      const chunks: Buffer[] = []
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
      child.on('error', reject)
      child.on('close', code => resolve({ status: code, stderr: Buffer.concat(chunks).toString() }))
    }
  )
  expect([status, stderr]).toEqual([0, expect.any(String)])
  return { compiles: (stderr.match(/\/compile -o /g) ?? []).length, stderr }
}

async function postStep(main: StepResult): Promise<StepResult> {
  const post = await runPostStep(main, SAVE)
  expect([post.exitCode, describeStep(post)]).toEqual([0, expect.any(String)])
  expect(post.errors).toEqual([])
  return post
}

function metricsOf(step: StepResult): string {
  return readFileSync(path.join(step.workspace, 'cache-metrics.txt'), 'utf8')
}

function sample(metrics: string, name: string): number {
  const line = metrics.split('\n').find(candidate => candidate.startsWith(name + ' '))
  if (!line) throw new Error(`no ${name} in\n${metrics}`)
  return Number(line.slice(name.length + 1))
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

  afterAll(async () => {
    await service?.close()
    if (root) {
      makeWritable(root)
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('job 1 builds and pushes; job 2 on a fresh machine compiles nothing and uploads nothing', async () => {
    const inputs = { prefix: 'cp' }
    const first = makeMachine(root, '1.27', proxy)
    const workspace = oldCheckout('cp-first')
    const main = await mainStep(first, workspace, inputs)
    expect(main.outputs['build-cache']).toBe('cacheprog')
    expect(main.outputs['build-hit-kind']).toBe('miss')
    expect(main.outputs['build-miss-reason']).toBe('first-run')
    const command = main.exportedEnv.GOCACHEPROG
    expect(command).toContain(' cacheprog --dir ')
    expect(command).toContain('--remote-config ')
    // The runtime token stays out of GITHUB_ENV; the remote config holding it is private.
    const token = service.env.ACTIONS_RUNTIME_TOKEN!
    expect(readFileSync(path.join(main.runnerDir, 'env'), 'utf8')).not.toContain(token)
    const configFile = /--remote-config (\S+)/.exec(command)![1]!
    expect(statSync(configFile).mode & 0o777).toBe(0o600)

    const firstBuild = await build(first, workspace, main.exportedEnv)
    expect(firstBuild.compiles).toBeGreaterThan(0)
    const post = await postStep(main)
    expect(post.warnings).toEqual([])
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
    const first = makeMachine(root, '1.27', proxy)
    const workspace = oldCheckout('cppre')
    const main = await mainStep(first, workspace, inputs)
    await build(first, workspace, main.exportedEnv)
    await postStep(main)

    // The index records what a run read (its hits): job 2 reads job 1's objects and compiles
    // one new package, so its push writes an index whose reads job 3 prefetches.
    const withExtra = (): string => {
      const dir = oldCheckout('cppre')
      mkdirSync(path.join(dir, 'extra'))
      writeFileSync(path.join(dir, 'extra', 'extra.go'), 'package extra\n\nconst X = 1\n')
      const past = new Date(Date.now() - 3600_000)
      for (const file of ['extra/extra.go', 'extra', '.'])
        utimesSync(path.join(dir, file), past, past)
      return dir
    }
    const reader = makeMachine(root, '1.27', proxy)
    const readerWorkspace = withExtra()
    const readerMain = await mainStep(reader, readerWorkspace, inputs)
    await build(reader, readerWorkspace, readerMain.exportedEnv)
    await postStep(readerMain)

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
    const first = makeMachine(root, '1.27', proxy)
    const workspace = oldCheckout('cpfault-first')
    const main = await mainStep(first, workspace, inputs)
    await build(first, workspace, main.exportedEnv)
    await postStep(main)

    const second = makeMachine(root, '1.27', proxy)
    const again = oldCheckout('cpfault-first')
    const main2 = await mainStep(second, again, inputs)
    expect(main2.outputs['build-hit-kind']).toBe('exact')
    service.setFault('500')
    try {
      const faulted = await build(second, again, main2.exportedEnv)
      expect(faulted.compiles).toBeGreaterThan(0)
      expect(faulted.stderr).toMatch(/go-ci-kit cacheprog: remote cache: .*treated as a cache miss/)
      const post2 = await runPostStep(main2, SAVE)
      expect([post2.exitCode, describeStep(post2)]).toEqual([0, expect.any(String)])
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
        const main = await runStep({
          entry: RESTORE,
          workspace,
          inputs: {
            prefix: 'cps3',
            cache: 'build',
            'build-cache-s3': url,
            'metrics-file': 'm.txt'
          },
          // The AWS variables reach the action's step only, as with a step-level `env:`.
          env: { ...machine.env, ...service.env, ...s3.env }
        })
        expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
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
