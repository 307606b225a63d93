// The cache action's flows in cacheprog mode, with a directory as the remote
// store: what the main step exports and leaves the post step, how a remote
// outage and S3 credentials are handled, and when archive mode is kept.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  cacheRunEnvFrom,
  readCacheRunInputs,
  runRestore,
  runSave,
  type CacheProgHost,
  type CacheProgRemoteConfig
} from '../../../../src/core/cache/flows/index.js'
import type { ProcessProbe } from '../../../../src/core/cacheprog/background.js'
import { createDirectoryStore, type RemoteStore } from '../../../../src/core/remote-store/index.js'
import { Inputs, inputSourceFromRecord } from '../../../../src/core/inputs.js'
import { collectingLogger } from '../../../../src/core/report.js'
import { goMod, goSum, removeDir, tempDir, writeTree } from '../fixtures.js'
import { fakeCache, fakeClock, fakeGoEnv, makeWritable, type FakeCache } from './fakes.js'

let root: string
let workspace: string
let home: string
let remote: string
let cache: FakeCache
let logger: ReturnType<typeof collectingLogger>

beforeEach(() => {
  root = tempDir('cache-cacheprog-flow')
  workspace = path.join(root, 'ws')
  home = path.join(root, 'home')
  remote = path.join(root, 'remote')
  writeTree(workspace, {
    'go.mod': goMod('example.com/app', '1.22', [['example.com/a', 'v1.0.0']]),
    'go.sum': goSum([['example.com/a', 'v1.0.0']])
  })
  cache = fakeCache()
  logger = collectingLogger()
})

afterEach(() => {
  cache.close()
  makeWritable(root)
  removeDir(root)
})

interface Host extends CacheProgHost {
  started: string[][]
  exported: Record<string, string>
  masked: string[]
  opened: CacheProgRemoteConfig[]
}

function host(
  options: {
    env?: NodeJS.ProcessEnv
    cliPath?: string
    failStore?: boolean
    /** A relay shell, and whether the started server writes its relay script. */
    server?: 'starts' | 'never-starts'
  } = {}
): Host {
  const exported: Record<string, string> = {}
  const masked: string[] = []
  const opened: CacheProgRemoteConfig[] = []
  const started: string[][] = []
  return {
    started,
    startDetached: (command, args) => {
      started.push([command, ...args])
      const relay = args[args.indexOf('--relay-script') + 1]
      if (args[2] === 'server' && options.server === 'starts') writeFileSync(relay!, '#!bash\n')
      return 4242
    },
    ...(options.server ? { relayShell: '/usr/bin/bash' } : {}),
    exported,
    masked,
    opened,
    nodePath: '/usr/bin/node',
    cliPath: 'cliPath' in options ? options.cliPath : '/opt/go ci kit/dist/cli/index.js',
    env: options.env ?? {
      ACTIONS_RESULTS_URL: 'http://results/',
      ACTIONS_RUNTIME_TOKEN: 'tok-123'
    },
    exportVariable: (name, value) => void (exported[name] = value),
    setSecret: value => void masked.push(value),
    openStore: async (config): Promise<RemoteStore> => {
      opened.push(config)
      if (options.failStore) throw new Error('connect ECONNREFUSED (injected)')
      return createDirectoryStore(remote)
    }
  }
}

function env(extra: NodeJS.ProcessEnv = {}) {
  return cacheRunEnvFrom(
    {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(root, 'temp'),
      RUNNER_OS: 'Linux',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      ...extra
    },
    'linux'
  )
}

async function restore(
  cacheprog: Host,
  inputs: Record<string, string> = {},
  go = 'go1.27.0',
  jobEnv: NodeJS.ProcessEnv = {}
) {
  return runRestore(
    readCacheRunInputs(new Inputs(inputSourceFromRecord(inputs)), workspace),
    env(jobEnv),
    {
      client: cache,
      goEnv: fakeGoEnv(home, { GOVERSION: go }),
      clock: fakeClock(),
      logger,
      cacheprog
    }
  )
}

/**
 * The post step with a background process (pid 4242, started with `args`) still running:
 * the order of its SIGTERM and the push.
 */
async function postStepEvents(
  runtime: Host,
  state: Awaited<ReturnType<typeof restore>>['state'],
  args: string[]
): Promise<string[]> {
  const events: string[] = []
  let running = true
  const processProbe: ProcessProbe = {
    commandLine: pid => (pid === 4242 && running ? args.join('\0') : ''),
    alive: pid => pid === 4242 && running,
    readPidFile: () => undefined,
    signal(pid, signal) {
      events.push(`${signal} ${pid}`)
      running = false
    },
    sleep: async () => undefined
  }
  const openStore = async (config: CacheProgRemoteConfig) => {
    events.push('push')
    return runtime.openStore(config)
  }
  await runSave(
    readCacheRunInputs(new Inputs(inputSourceFromRecord({})), workspace),
    env(),
    state,
    { client: cache, clock: fakeClock(), logger, openCacheProgStore: openStore, processProbe }
  )
  return events
}

describe('cacheprog mode in the flows', () => {
  it('exports GOCACHEPROG with a private remote config, and the post step pushes nothing new', async () => {
    const runtime = host()
    const run = await restore(runtime)
    expect(run.result.outputs['build-cache']).toBe('cacheprog')
    expect(run.result.outputs['build-hit-kind']).toBe('miss')
    expect(run.result.outputs['build-miss-reason']).toBe('first-run')
    const command = runtime.exported.GOCACHEPROG!
    expect(
      command.startsWith("/usr/bin/node '/opt/go ci kit/dist/cli/index.js' cacheprog --dir ")
    ).toBe(true)
    expect(Object.values(runtime.exported).join('\n')).not.toContain('tok-123')
    const configFile = /--remote-config (\S+)/.exec(command)![1]!
    expect(statSync(configFile).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({
      kind: 'actions-cache',
      resultsUrl: 'http://results/',
      token: 'tok-123'
    })
    expect(run.state.cacheprog?.dir).toBe(path.join(root, 'temp', 'go-ci-kit', 'gocacheprog'))
    expect(run.result.outputs['build-path']).toBe(run.state.cacheprog?.dir)

    const post = async (state: typeof run.state) =>
      runSave(readCacheRunInputs(new Inputs(inputSourceFromRecord({})), workspace), env(), state, {
        client: cache,
        clock: fakeClock(),
        logger,
        openCacheProgStore: runtime.openStore
      })
    // The first push writes the first index (empty here: the test built nothing).
    const first = await post(run.state)
    expect(first.saves.find(record => record.kind === 'build')?.saved).toBe(true)
    expect(first.result.summary).toContain('#### Build cache (cacheprog)')
    expect(first.result.annotations).toEqual([])

    const again = await restore(runtime)
    expect(again.result.outputs['build-hit-kind']).toBe('exact')
    expect(again.result.outputs['build-matched-key']).toContain('/index/')
    expect(runtime.started).toEqual([])
    const prefetching = await restore(runtime, { 'build-cache-prefetch': 'true' })
    expect(runtime.started).toHaveLength(1)
    const [node, cli, ...args] = runtime.started[0]!
    expect([node, cli]).toEqual(['/usr/bin/node', '/opt/go ci kit/dist/cli/index.js'])
    expect(args.slice(0, 4)).toEqual(['cacheprog', 'restore', '--prefetch', '--pid-file'])
    expect(args).toContain('--dir')
    expect(args).toContain('--remote-config')
    expect(args).toContain(prefetching.state.cacheprog!.key)
    const second = await post(again.state)
    const build = second.saves.find(record => record.kind === 'build')!
    expect([build.saved, build.reason]).toEqual([false, 'save-skipped-nothing-new'])
  })

  it('build-cache-prefetch: the post step stops the background prefetch before it pushes', async () => {
    const runtime = host()
    await runSave(
      readCacheRunInputs(new Inputs(inputSourceFromRecord({})), workspace),
      env(),
      (await restore(runtime)).state,
      { client: cache, clock: fakeClock(), logger, openCacheProgStore: runtime.openStore }
    )
    const run = await restore(runtime, { 'build-cache-prefetch': 'true' })
    const prefetch = run.state.cacheprog!.prefetch!
    expect(prefetch.pid).toBe(4242)
    // The pid file is the start token: unique to this start, named on the child's command line.
    expect(path.dirname(prefetch.pidFile)).toBe(path.join(root, 'temp', 'go-ci-kit'))
    const args = runtime.started[0]!
    expect(args[args.indexOf('--pid-file') + 1]).toBe(prefetch.pidFile)

    expect(await postStepEvents(runtime, run.state, args)).toEqual(['SIGTERM 4242', 'push'])
    expect(logger.lines.map(line => line.message)).toContainEqual(
      expect.stringContaining('background prefetch was still running and was stopped')
    )
  })

  it('build-cache-server: GOCACHEPROG is the relay, the server prefetches, the post step stops it first', async () => {
    const runtime = host({ server: 'starts' })
    await runSave(
      readCacheRunInputs(new Inputs(inputSourceFromRecord({})), workspace),
      env(),
      (await restore(runtime)).state,
      { client: cache, clock: fakeClock(), logger, openCacheProgStore: runtime.openStore }
    )
    runtime.started.length = 0
    const run = await restore(runtime, { 'build-cache-prefetch': 'true' })
    // One background process: the server, which also prefetches.
    expect(runtime.started).toHaveLength(1)
    const args = runtime.started[0]!
    expect(args.slice(0, 4)).toEqual([
      '/usr/bin/node',
      '/opt/go ci kit/dist/cli/index.js',
      'cacheprog',
      'server'
    ])
    expect(args).toContain('--prefetch')
    expect(args).toContain('--remote-config')
    const relay = args[args.indexOf('--relay-script') + 1]!
    expect(path.dirname(relay)).toBe(path.join(root, 'temp', 'go-ci-kit'))
    expect(runtime.exported.GOCACHEPROG).toBe(`/usr/bin/bash ${relay}`)
    const server = run.state.cacheprog!.server!
    expect(server).toEqual({ pid: 4242, pidFile: args[args.indexOf('--pid-file') + 1] })
    expect(run.state.cacheprog!.prefetch).toBeUndefined()

    expect(await postStepEvents(runtime, run.state, args)).toEqual(['SIGTERM 4242', 'push'])
  })

  it('build-cache-server: a server that does not start leaves each go command its own program', async () => {
    const runtime = host({ server: 'never-starts' })
    const run = await restore(runtime)
    expect(runtime.started.map(args => args[3])).toEqual(['server'])
    expect(runtime.exported.GOCACHEPROG).toContain(' cacheprog --dir ')
    expect(run.state.cacheprog!.server).toBeUndefined()
    expect(logger.lines.map(line => line.message)).toContainEqual(
      expect.stringContaining('the cache server did not start within 3 s')
    )
  }, 15_000)

  it('build-cache-server: false, or no relay shell: no server', async () => {
    const off = host({ server: 'starts' })
    await restore(off, { 'build-cache-server': 'false' })
    expect(off.started).toEqual([])
    expect(off.exported.GOCACHEPROG).toContain(' cacheprog --dir ')
    const noShell = host()
    await restore(noShell)
    expect(noShell.started).toEqual([])
  })

  it('restore-only: the remote is read, nothing is pushed, the figures are still reported', async () => {
    const runtime = host()
    const inputs = { mode: 'restore-only' }
    const run = await restore(runtime, inputs)
    expect(runtime.exported.GOCACHEPROG).toContain('--remote-config')
    const save = await runSave(
      readCacheRunInputs(new Inputs(inputSourceFromRecord(inputs)), workspace),
      env(),
      run.state,
      { client: cache, clock: fakeClock(), logger, openCacheProgStore: runtime.openStore }
    )
    expect(save.saves).toEqual([])
    expect(save.result.summary).toContain('#### Build cache (cacheprog)')
  })

  it('a remote that fails in the main step: cache-unavailable, local tier only, a warning', async () => {
    const runtime = host({ failStore: true })
    const run = await restore(runtime)
    expect(run.result.outputs['build-miss-reason']).toBe('cache-unavailable')
    expect(run.result.outputs['build-miss-detail']).toMatch(/ECONNREFUSED.*local tier/)
    expect(runtime.exported.GOCACHEPROG).not.toContain('--remote-config')
    expect(run.result.annotations.some(note => note.level === 'warning')).toBe(true)
  })

  it('build-cache-s3: the AWS secrets are masked and kept out of GITHUB_ENV', async () => {
    const runtime = host({
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret/key',
        AWS_SESSION_TOKEN: 'session-token',
        AWS_REGION: 'eu-west-1'
      }
    })
    await restore(runtime, { 'build-cache-s3': 's3://bucket/ci' })
    expect(runtime.masked.sort()).toEqual(['secret/key', 'session-token'])
    expect(runtime.opened[0]).toMatchObject({ kind: 's3', url: 's3://bucket/ci' })
    expect(runtime.exported.GOCACHEPROG).not.toMatch(/secret|session-token/)
  })

  it('a bad build-cache-s3 is one line naming the input', async () => {
    await expect(restore(host(), { 'build-cache-s3': 'https://bucket' })).rejects.toThrow(
      /^Input build-cache-s3: .*not an s3:\/\/ URL/
    )
  })

  it('keeps archive mode for Go < 1.24, for build-cache: archive and without the CLI', async () => {
    for (const [runtime, inputs, go] of [
      [host(), {}, 'go1.23.4'],
      [host(), { 'build-cache': 'archive' }, 'go1.27.0'],
      [host({ cliPath: undefined }), {}, 'go1.27.0']
    ] as const) {
      const run = await restore(runtime, inputs, go)
      expect(run.result.outputs['build-cache']).toBe('archive')
      expect(runtime.exported).toEqual({})
      expect(run.state.cacheprog).toBeUndefined()
    }
    expect(logger.lines.some(line => line.level === 'warning' && /CLI/.test(line.message))).toBe(
      true
    )
  })

  it("keeps the job's own GOCACHEPROG: no export, no build cache, said in one line and the outputs", async () => {
    const own = '/usr/local/bin/my-cache --token s3cr3t'
    const inputCases: Record<string, string>[] = [
      {},
      { 'build-cache': 'cacheprog' },
      { 'build-cache': 'archive' }
    ]
    for (const inputs of inputCases) {
      const runtime = host()
      logger.lines.length = 0
      const run = await restore(runtime, inputs, 'go1.27.0', { GOCACHEPROG: own })
      expect(runtime.exported).toEqual({})
      expect(run.state.cacheprog).toBeUndefined()
      expect(run.result.outputs['build-cache']).toBe('off')
      expect(run.result.outputs['build-miss-reason']).toBe('not-needed')
      const detail = run.result.outputs['build-miss-detail']!
      expect(detail).toMatch(/^GOCACHEPROG is already set by the job \(my-cache …\)/)
      expect(detail).not.toContain('s3cr3t')
      const said = logger.lines.filter(line => line.message.includes('GOCACHEPROG is already set'))
      expect(said).toHaveLength(1)
      expect(cache.calls.filter(call => /build/.test(JSON.stringify(call)))).toEqual([])
    }
  })

  it('a GOCACHEPROG this action exported earlier in the job is its own: cacheprog mode goes on', async () => {
    const first = host()
    await restore(first)
    const again = host()
    const run = await restore(again, {}, 'go1.27.0', { GOCACHEPROG: first.exported.GOCACHEPROG })
    expect(run.result.outputs['build-cache']).toBe('cacheprog')
    expect(again.exported.GOCACHEPROG).toContain(' cacheprog --dir ')
  })
})
