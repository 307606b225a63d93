/**
 * `go-ci-kit cacheprog` as GOCACHEPROG under real Go 1.27 and 1.26, through the
 * built CLI (dist/cli), with a directory remote store: build twice, change one
 * package, a second job with an empty local tier, two legs pushing at once,
 * and faults in the remote tier (corrupt, truncated and missing packs, an
 * unreadable pack), which must all end in a successful build and one warning.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeIfTool, goEnv, type GoVersion } from '../../helpers/tools.js'
import { repoRoot } from '../../harness/runner.js'
import { ageSources, writeLibraryModule as writeModule } from '../../helpers/go-module.js'
import { startS3Server, type S3Server } from '../../harness/s3-server.js'
import { FORMAT_ROOT } from '../../../src/core/cacheprog/remote-format.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
let root: string

interface Figures {
  objectsRequested: number
  hitLocal: number
  hitRemote: number
  missed: number
  objectsStored: number
  bytesDownloaded: number
  bytesUploaded: number
  packsFetched: number
  objectsUploaded: number
  objectsPrefetched: number
  remoteErrors: number
}

interface PushResult {
  indexKey?: string
  packKey?: string
  objectsUploaded: number
  bytesUploaded: number
  entries: number
}

interface Job {
  dir: string
  gocache: string
  remote?: string
  key?: string
  restoreKeys?: string[]
}

function remoteArgs(job: Job): string[] {
  if (!job.remote) return []
  return [
    '--remote-dir',
    job.remote,
    '--key',
    job.key ?? 'k',
    ...(job.restoreKeys ?? []).flatMap(prefix => ['--restore-key', prefix])
  ]
}

function newJob(name: string, extra: Partial<Job> = {}): Job {
  return {
    dir: path.join(root, name, 'cacheprog'),
    gocache: path.join(root, name, 'gocache'),
    ...extra
  }
}

/** `go build -x ./...`: the number of compile invocations and the stderr without -x lines. */
function goBuild(version: GoVersion, module: string, job: Job) {
  const program = [process.execPath, cli, 'cacheprog', '--dir', job.dir, ...remoteArgs(job)]
  const result = spawnSync('go', ['build', '-x', './...'], {
    cwd: module,
    encoding: 'utf8',
    env: goEnv(version, { GOCACHE: job.gocache, GOCACHEPROG: program.join(' ') })
  })
  const compiles = (result.stderr.match(/\/compile -o /g) ?? []).length
  const warnings = result.stderr.split('\n').filter(line => line.startsWith('go-ci-kit'))
  return { code: result.status, compiles, warnings, stderr: result.stderr }
}

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function figures(job: Job): Figures {
  return JSON.parse(runCli(['cacheprog', 'figures', '--dir', job.dir, '--json']).stdout) as Figures
}

function push(job: Job): PushResult {
  const result = runCli(['cacheprog', 'push', '--dir', job.dir, ...remoteArgs(job), '--json'])
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as PushResult
}

function pushAsync(job: Job): Promise<PushResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      cli,
      'cacheprog',
      'push',
      '--dir',
      job.dir,
      ...remoteArgs(job),
      '--json'
    ])
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => {
      try {
        resolve(JSON.parse(stdout) as PushResult)
      } catch (error) {
        reject(error as Error)
      }
    })
  })
}

function packFiles(remote: string): string[] {
  const dir = path.join(remote, FORMAT_ROOT, 'packs')
  return readdirSync(dir).map(name => path.join(dir, name))
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-cacheprog-'))
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describeIfTool(['go1.27'])('cacheprog with Go 1.27', () => {
  let module: string
  let remote: string
  const version: GoVersion = '1.27'

  beforeAll(() => {
    module = path.join(root, 'm127')
    remote = path.join(root, 'remote127')
    writeModule(module)
  })

  it('builds twice: the second build compiles nothing and its push uploads nothing', () => {
    const job = newJob('job1', { remote })
    const cold = goBuild(version, module, job)
    expect(cold.code).toBe(0)
    expect(cold.compiles).toBeGreaterThanOrEqual(4)
    expect(cold.warnings).toEqual([])
    const first = push(job)
    expect(first.objectsUploaded).toBeGreaterThan(0)
    expect(first.bytesUploaded).toBeGreaterThan(0)

    const warm = goBuild(version, module, job)
    expect(warm.code).toBe(0)
    expect(warm.compiles).toBe(0)
    const again = push(job)
    expect(again.indexKey).toBeUndefined()
    expect(again.objectsUploaded).toBe(0)
    expect(again.bytesUploaded).toBe(0)
    const jobFigures = figures(job)
    expect(jobFigures.hitLocal).toBeGreaterThan(0)
    expect(jobFigures.hitRemote).toBe(0)
    expect(jobFigures.bytesUploaded).toBe(first.bytesUploaded)
  })

  it('a second job with an empty local tier gets its objects from the remote', () => {
    const job = newJob('job2', { remote, key: 'other', restoreKeys: ['k'] })
    const build = goBuild(version, module, job)
    expect(build.code).toBe(0)
    expect(build.compiles).toBe(0)
    expect(build.warnings).toEqual([])
    const jobFigures = figures(job)
    expect(jobFigures.hitRemote).toBeGreaterThan(0)
    expect(jobFigures.hitLocal).toBe(
      jobFigures.objectsRequested - jobFigures.hitRemote - jobFigures.missed
    )
    expect(jobFigures.packsFetched).toBe(1)
    expect(jobFigures.bytesDownloaded).toBeGreaterThan(0)
  })

  /** Go's action IDs include the package directory, so variants are edits in place (as in CI). */
  function withFile<T>(relative: string, text: string, body: () => T): T {
    const file = path.join(module, relative)
    const original = readFileSync(file, 'utf8')
    writeFileSync(file, text)
    ageSources(module)
    try {
      return body()
    } finally {
      writeFileSync(file, original)
      ageSources(module)
    }
  }

  it('changing one package compiles it and its dependents, and pushes about their objects', () => {
    const job = newJob('job3', { remote })
    const build = withFile('a/a.go', 'package a\n\nfunc A() int { return 2 }\n', () =>
      goBuild(version, module, job)
    )
    expect(build.code).toBe(0)
    // a and b (which imports a); c and d come from the remote.
    expect(build.compiles).toBe(2)
    const pushed = push(job)
    expect(pushed.objectsUploaded).toBeGreaterThan(0)
    expect(pushed.objectsUploaded).toBeLessThan(12)
  })

  it('two legs pushing at once share objects and leave a readable index holding both', async () => {
    const legA = newJob('legA', { remote, key: 'matrix', restoreKeys: ['k'] })
    const legB = newJob('legB', { remote, key: 'matrix', restoreKeys: ['k'] })
    const variantB = 'package c\n\nfunc C() string { return "B" }\n'
    expect(goBuild(version, module, legA).code).toBe(0)
    expect(withFile('c/c.go', variantB, () => goBuild(version, module, legB)).code).toBe(0)
    const [a, b] = await Promise.all([pushAsync(legA), pushAsync(legB)])
    // Leg A built only what the remote had: nothing of its own to upload.
    expect(a.objectsUploaded).toBe(0)
    expect(b.objectsUploaded).toBeGreaterThan(0)
    expect(b.objectsUploaded).toBeLessThan(12)

    // A third job restores the newest index and builds both variants from it.
    const third = newJob('third', { remote, key: 'matrix' })
    const builds = [
      goBuild(version, module, third),
      withFile('c/c.go', variantB, () => goBuild(version, module, third))
    ]
    for (const build of builds) {
      expect(build.code).toBe(0)
      expect(build.compiles).toBe(0)
      expect(build.warnings).toEqual([])
    }
  })

  const faults: [string, (remoteCopy: string) => void][] = [
    [
      'a corrupt pack',
      copy => {
        for (const file of packFiles(copy)) {
          const data = readFileSync(file)
          for (let at = 16; at < data.length; at += 97) data[at] ^= 0xff
          rmSync(file)
          writeFileSync(file, data)
        }
      }
    ],
    ['a truncated pack', copy => packFiles(copy).forEach(file => truncateSync(file, 20))],
    ['an index pointing at a missing pack', copy => packFiles(copy).forEach(file => rmSync(file))],
    [
      'a pack the store cannot read',
      copy =>
        packFiles(copy).forEach(file => {
          rmSync(file)
          mkdirSync(file)
        })
    ]
  ]

  it.each(faults)('%s: the build succeeds with one warning', (name, breakIt) => {
    const remoteCopy = path.join(root, `remote-${name.replace(/\W+/g, '-')}`)
    cpSync(remote, remoteCopy, { recursive: true })
    breakIt(remoteCopy)
    const job = newJob(`fault-${name.replace(/\W+/g, '-')}`, { remote: remoteCopy })
    const build = goBuild(version, module, job)
    expect(build.code).toBe(0)
    expect(build.compiles).toBeGreaterThan(0)
    expect(build.warnings).toHaveLength(1)
    expect(build.warnings[0]).toMatch(/^go-ci-kit cacheprog: remote cache: .*cache miss/)
    expect(figures(job).remoteErrors).toBeGreaterThan(0)
  })
})

describeIfTool(['go1.27'])('cacheprog command line', () => {
  it('rejects a malformed --s3 URL in one line', () => {
    for (const url of ['s3:/bucket', 's3://Bad_Bucket/x', 'https://bucket/x', 's3://b/x']) {
      const result = runCli(['cacheprog', '--dir', path.join(root, 'cli'), '--s3', url])
      expect([url, result.code]).toEqual([url, 2])
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/--s3 \S+: (not an s3:\/\/ URL|".*" is not a bucket name)/)
    }
  })

  it('a local dir that cannot be written still gives a successful build and one warning', () => {
    const module = path.join(root, 'm-unwritable')
    writeModule(module)
    const blocker = path.join(root, 'not-a-directory')
    writeFileSync(blocker, '')
    const job = { dir: path.join(blocker, 'cache'), gocache: path.join(root, 'unwritable-gocache') }
    const build = goBuild('1.27', module, job)
    expect(build.code).toBe(0)
    expect(build.warnings).toHaveLength(1)
    expect(build.warnings[0]).toMatch(/cannot store objects in .*not-a-directory/)
  })

  it('restore --prefetch fills an empty local tier with what the previous run read', () => {
    const module = path.join(root, 'm-prefetch')
    writeModule(module)
    const remote = path.join(root, 'remote-prefetch')
    const first = newJob('prefetch1', { remote })
    expect(goBuild('1.27', module, first).code).toBe(0)
    // A second build of the same job reads every object: those reads go in the index.
    expect(goBuild('1.27', module, first).compiles).toBe(0)
    push(first)
    const second = newJob('prefetch2', { remote })
    const restored = runCli([
      'cacheprog',
      'restore',
      '--dir',
      second.dir,
      ...remoteArgs(second),
      '--prefetch',
      '--json'
    ])
    expect(restored.code).toBe(0)
    const summary = JSON.parse(restored.stdout) as {
      hitKind: string
      prefetched: { objects: number }
    }
    expect(summary.hitKind).toBe('exact')
    expect(summary.prefetched.objects).toBeGreaterThan(0)
    const build = goBuild('1.27', module, second)
    expect(build.compiles).toBe(0)
    const jobFigures = figures(second)
    expect(jobFigures.hitRemote).toBe(0)
    expect(jobFigures.objectsPrefetched).toBe(summary.prefetched.objects)
  })
})

describeIfTool(['go1.26'])('cacheprog with Go 1.26', () => {
  it('builds twice with the local tier: the second build compiles nothing', () => {
    const module = path.join(root, 'm126')
    writeModule(module)
    const job = newJob('go126')
    const cold = goBuild('1.26', module, job)
    expect(cold.code).toBe(0)
    expect(cold.compiles).toBeGreaterThanOrEqual(4)
    const warm = goBuild('1.26', module, job)
    expect(warm.code).toBe(0)
    expect(warm.compiles).toBe(0)
    expect(warm.warnings).toEqual([])
    expect(figures(job).hitLocal).toBeGreaterThan(0)
  })
})

/** Runs a child without blocking the event loop: the local S3 server answers from this process. */
function runAsync(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv }
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

describeIfTool(['go1.27'])('cacheprog with an S3 remote tier (local S3 server)', () => {
  let server: S3Server

  beforeAll(async () => {
    server = await startS3Server()
  })

  afterAll(async () => {
    await server?.close()
  })

  it('a second job with an empty local tier builds with zero compiles from the bucket', async () => {
    const module = path.join(root, 'm-s3')
    writeModule(module)
    const url = `s3://${server.bucket}/go-cache`
    const env = { ...process.env, ...server.env }
    const build = async (job: Job) => {
      const program = [process.execPath, cli, 'cacheprog', '--dir', job.dir, '--s3', url]
      const result = await runAsync('go', ['build', '-x', './...'], {
        cwd: module,
        env: goEnv('1.27', { ...server.env, GOCACHE: job.gocache, GOCACHEPROG: program.join(' ') })
      })
      const warnings = result.stderr.split('\n').filter(line => line.startsWith('go-ci-kit'))
      return {
        code: result.code,
        compiles: (result.stderr.match(/\/compile -o /g) ?? []).length,
        warnings
      }
    }

    const first = newJob('s3-first')
    const cold = await build(first)
    expect(cold).toMatchObject({ code: 0, warnings: [] })
    expect(cold.compiles).toBeGreaterThan(0)
    const pushed = await runAsync(
      process.execPath,
      [cli, 'cacheprog', 'push', '--dir', first.dir, '--s3', url, '--json'],
      { env }
    )
    expect([pushed.code, pushed.stderr]).toEqual([0, ''])
    expect((JSON.parse(pushed.stdout) as PushResult).objectsUploaded).toBeGreaterThan(0)
    expect(server.requests.some(request => request.method === 'PUT')).toBe(true)

    const second = newJob('s3-second')
    const warm = await build(second)
    expect(warm).toEqual({ code: 0, compiles: 0, warnings: [] })
    expect(figures(second).hitRemote).toBeGreaterThan(0)
  })
})
