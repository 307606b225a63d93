/**
 * `go-ci-kit cacheprog server` and its relay under real Go 1.27, through the
 * built CLI: go commands attach to one server process (no Node start-up per
 * go command), several at once; a remote problem reaches the go command's
 * stderr through the relay; a stopped server or a refused connection leaves
 * every go command to the per-command program, and the builds still succeed.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describeIfTool, goEnv } from '../../helpers/tools.js'
import { repoRoot } from '../../harness/runner.js'
import { writeLibraryModule } from '../../helpers/go-module.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
let root: string
let module: string

interface Server {
  child: ChildProcess
  relay: string
  dir: string
  stderr: () => string
  exited: Promise<number | null>
}

async function startServer(
  name: string,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = process.env
): Promise<Server> {
  const dir = path.join(root, name, 'cacheprog')
  const relay = path.join(root, name, 'relay.sh')
  mkdirSync(path.dirname(relay), { recursive: true })
  const child = spawn(
    process.execPath,
    [cli, 'cacheprog', 'server', '--dir', dir, '--relay-script', relay, ...extra],
    { env }
  )
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  for (let waited = 0; !existsSync(relay); waited += 20) {
    if (waited > 10_000) throw new Error(`no relay script: ${stderr}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  return { child, relay, dir, stderr: () => stderr, exited }
}

/** `go build -x` (or another go command) with GOCACHEPROG="bash RELAY", asynchronously. */
function goWithRelay(
  server: Server,
  args: string[] = ['build', '-x', './...']
): Promise<{ code: number | null; compiles: number; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn('go', args, {
      cwd: module,
      env: goEnv('1.27', {
        GOCACHE: path.join(path.dirname(server.dir), 'gocache'),
        GOCACHEPROG: `bash ${server.relay}`
      })
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', code =>
      resolve({ code, compiles: (stderr.match(/\/compile -o /g) ?? []).length, stderr })
    )
  })
}

function figures(dir: string): Record<string, number> {
  const result = spawnSync(
    process.execPath,
    [cli, 'cacheprog', 'figures', '--dir', dir, '--json'],
    {
      encoding: 'utf8'
    }
  )
  return JSON.parse(result.stdout) as Record<string, number>
}

/** The TCP port the relay connects to. */
function relayPort(relay: string): number {
  return Number(/\/dev\/tcp\/127\.0\.0\.1\/([0-9]+)/.exec(readFileSync(relay, 'utf8'))![1])
}

/** Nodes started by go for GOCACHEPROG during `run` (the fallback), counted by their journals' pids. */
function journalPids(dir: string): Set<string> {
  const names = existsSync(path.join(dir, 'journal')) ? readdirSync(path.join(dir, 'journal')) : []
  return new Set(names.map(name => name.split('-')[0]!))
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-cacheprog-server-'))
  module = path.join(root, 'module')
  writeLibraryModule(module)
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describeIfTool(['go1.27'])('cacheprog server and relay (Go 1.27)', () => {
  it('serves every go command from one process: build twice, the second compiles nothing; three at once', async () => {
    const server = await startServer('twice')
    try {
      expect(readFileSync(server.relay, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n/)
      const cold = await goWithRelay(server)
      expect([cold.code, cold.stderr.split('\n').filter(l => l.startsWith('go-ci-kit'))]).toEqual([
        0,
        []
      ])
      expect(cold.compiles).toBeGreaterThanOrEqual(3)
      const warm = await goWithRelay(server)
      expect([warm.code, warm.compiles]).toEqual([0, 0])
      const together = await Promise.all([
        goWithRelay(server),
        goWithRelay(server, ['vet', './...']),
        goWithRelay(server, ['list', '-export', './...'])
      ])
      expect(together.map(run => run.code)).toEqual([0, 0, 0])
      // Every go command was served by the server itself: one pid in every journal.
      expect(journalPids(server.dir)).toEqual(new Set([String(server.child.pid)]))
      const seen = figures(server.dir)
      expect(seen.hitLocal).toBeGreaterThan(0)
      expect(seen.objectsStored).toBeGreaterThan(0)
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
    expect(server.stderr()).toBe('')
  }, 120_000)

  it('a remote problem is one warning on the go command stderr, through the relay', async () => {
    // An S3 endpoint that refuses connections: the index cannot be read.
    const server = await startServer('warn', ['--s3', 's3://bucket/prefix', '--timeout', '5'], {
      ...process.env,
      AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test-secret',
      AWS_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1'
    })
    try {
      const built = await goWithRelay(server)
      expect(built.code).toBe(0)
      const warnings = built.stderr.split('\n').filter(line => line.startsWith('go-ci-kit'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain('remote cache')
      expect(warnings[0]).toContain('(treated as a cache miss; the build goes on)')
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
  }, 120_000)

  it('once the server stops, the relay runs the per-command program: same tier, zero compiles', async () => {
    const server = await startServer('stopped')
    const cold = await goWithRelay(server)
    expect(cold.code).toBe(0)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    const warm = await goWithRelay(server)
    expect([warm.code, warm.compiles]).toEqual([0, 0])
    // The fallback is a process of its own, with its own journal.
    expect(journalPids(server.dir).size).toBe(2)
  }, 120_000)

  it('--prefetch fetches what the previous run read before the build asks for it', async () => {
    const remote = path.join(root, 'prefetch-remote')
    const remoteArgs = ['--remote-dir', remote, '--key', 'k']
    const first = await startServer('prefetch-1', remoteArgs)
    // Built twice: the second build's hits are the reads the index records.
    expect((await goWithRelay(first)).code).toBe(0)
    expect((await goWithRelay(first)).code).toBe(0)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    const pushed = spawnSync(
      process.execPath,
      [cli, 'cacheprog', 'push', '--dir', first.dir, ...remoteArgs, '--json'],
      { encoding: 'utf8' }
    )
    expect(JSON.parse(pushed.stdout)).toMatchObject({ objectsUploaded: expect.any(Number) })

    const second = await startServer('prefetch-2', [...remoteArgs, '--prefetch'])
    try {
      for (let waited = 0; !(figures(second.dir).objectsPrefetched > 0); waited += 50) {
        if (waited > 10_000) throw new Error('nothing was prefetched')
        await new Promise(resolve => setTimeout(resolve, 50))
      }
      const built = await goWithRelay(second)
      expect([built.code, built.compiles]).toEqual([0, 0])
      const seen = figures(second.dir)
      expect(seen.hitRemote).toBe(0)
      expect(seen.missed).toBe(0)
      expect(seen.hitLocal).toBe(seen.objectsRequested)
    } finally {
      second.child.kill('SIGTERM')
    }
    expect(await second.exited).toBe(0)
  }, 120_000)

  it('refuses a connection without the token and goes on serving', async () => {
    const server = await startServer('token')
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(relayPort(server.relay), '127.0.0.1')
        let text = ''
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
        socket.on('end', () => resolve(text))
        socket.on('error', reject)
        socket.write(`${process.pid} ${'0'.repeat(48)}\n`)
      })
      expect(answer).toBe('no\n')
      const built = await goWithRelay(server)
      expect(built.code).toBe(0)
      expect(journalPids(server.dir)).toEqual(new Set([String(server.child.pid)]))
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
    expect(server.stderr()).toContain('refused a connection: wrong token')
  }, 120_000)
})
