/**
 * `go-ci-kit cacheprog`: the GOCACHEPROG program (serve), and the push,
 * restore and figures steps around it. The serving path loads only the
 * cacheprog core; a remote store (and its SDK) is imported on the first local
 * miss that needs it.
 */
import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import {
  DEFAULT_REMOTE_TIMEOUT_MS,
  isValidKeyPart,
  prefetchReads,
  pushNewObjects,
  readJobFigures,
  restoreRemoteIndex,
  serveCacheProg
} from '../../core/cacheprog/index.js'
import type { RemoteStore } from '../../core/remote-store/index.js'
import { runAsBackground } from '../../core/cacheprog/background.js'
// Two small modules, not their faces: go starts this command for every `go` invocation, and the
// faces would load the stores and the cache flows each time (cold start, bench cacheprog-hotpath).
import { parseS3Url } from '../../core/remote-store/s3-config.js'
import {
  readRemoteConfig,
  type CacheProgRemoteConfig
} from '../../core/cache/flows/cacheprog-config.js'
import { stdinRequestSource, stdoutWriter } from '../blocking-stdio.js'
import { ExitCode, parseCommandArgs, printJson, type CliIO, type Command } from '../command.js'

const options = {
  dir: { type: 'string' },
  'remote-dir': { type: 'string' },
  s3: { type: 'string' },
  'remote-config': { type: 'string' },
  key: { type: 'string' },
  'restore-key': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  prefetch: { type: 'boolean' },
  'pid-file': { type: 'string' },
  'relay-script': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' }
} as const

const DEFAULT_KEY = 'default'

export const cacheprogCommand: Command = {
  name: 'cacheprog',
  summary: 'A GOCACHEPROG build cache for Go 1.24+ (local dir, shared dir or S3 packs)',
  help: `Usage: GOCACHEPROG="go-ci-kit cacheprog --dir DIR [remote options]" go build ./...
       go-ci-kit cacheprog push --dir DIR (--remote-dir RDIR | --s3 URL) [--key KEY] [--json]
       go-ci-kit cacheprog restore --dir DIR (--remote-dir RDIR | --s3 URL) [--key KEY] [--prefetch [--pid-file FILE]] [--json]
       go-ci-kit cacheprog server --dir DIR --relay-script FILE [remote options] [--prefetch] [--pid-file FILE]
       go-ci-kit cacheprog figures --dir DIR [--json]
       go-ci-kit cacheprog clean (--s3 URL | --remote-dir RDIR) [--dry-run] [--json]

With no subcommand it is the GOCACHEPROG program (Go 1.24 and later): it speaks
the go command's JSON protocol on stdin and stdout and keeps every object in
DIR (give an absolute path: the go command starts the program in the package
directory). With a remote tier, a local miss is looked up in the newest index
of the restore-key ladder and only that object's bytes are fetched from its
pack and checked (SHA-256). A remote problem is a cache miss and one warning on
stderr, never a failed build.

push uploads one pack with the objects in DIR that no remote pack holds, and a
new index under KEY (compacting when the documented fragmentation threshold is
passed). restore looks the index up now (the serving program otherwise does it
on its first local miss); with --prefetch it also fetches, in parallel, the
objects the run that wrote the index read (run it in the background while the
build starts). figures prints this DIR's per-job figures: objects
requested, hit locally, hit remotely, missed; bytes downloaded and uploaded;
packs fetched.

server (Linux) serves every go command of a job from one process: it writes
FILE, a bash relay, and runs until SIGTERM or SIGINT. Set
GOCACHEPROG="bash FILE": each go command then attaches to the server in a few
milliseconds instead of starting Node, and the remote index is loaded once.
When the server cannot take a go command (stopped, no /proc), the relay runs
the per-command program with the same options instead.

clean removes what no job needs any more from a remote that never evicts by
itself (an S3 bucket, a shared directory): under each key the 4 newest indexes
stay and older ones go once 7 days old (all of a key whose newest index is 30
days old); a pack no remaining index references goes once 7 days old. A push
that compacts does the same; clean is for a bucket whose jobs never compact,
run from a laptop or a scheduled job. --dry-run lists what would go.

Options:
  --dir DIR            the local tier (required)
  --remote-dir RDIR    a remote tier in a shared directory
  --s3 URL             a remote tier in an S3-compatible bucket: s3://bucket/prefix
                       (credentials from the standard AWS environment variables)
  --remote-config FILE the remote tier the cache action's main step chose (the
                       Actions cache service or S3), from its private file
  --key KEY            the index key (default: ${DEFAULT_KEY})
  --restore-key PREFIX a restore prefix, tried in order after KEY (repeatable)
  --timeout SECONDS    per remote request (default: ${DEFAULT_REMOTE_TIMEOUT_MS / 1000})
  --prefetch           restore, server: fetch what the previous run read, ahead of
                       the build; the whole prefetch stops after 10 times --timeout
  --pid-file FILE      restore, server: run as a background process that the
                       cache action's post step may stop: write the pid to FILE,
                       remove it at exit, and on SIGTERM abort and exit
  --relay-script FILE  server: where to write the relay (GOCACHEPROG="bash FILE")
  --dry-run            clean: delete nothing, list what would be deleted
  --json               print one JSON document (push, restore, figures, clean)

Exit codes:
  0   ok (also when a push or restore could not reach the remote: it warns)
  2   usage or configuration error
  3   clean could not reach or clean the remote
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('cacheprog', argv, options)
    const [sub, ...extra] = positionals
    if (
      extra.length > 0 ||
      (sub !== undefined && !['push', 'restore', 'figures', 'clean', 'server'].includes(sub))
    ) {
      throw new ConfigurationError(`cacheprog: unexpected argument "${extra[0] ?? sub}"`, {
        fix: 'the subcommands are push, restore, figures, clean and server; see `go-ci-kit cacheprog --help`'
      })
    }
    if (sub === 'clean') {
      const remote = remoteOptions(values, io)
      if (!remote || (values.s3 === undefined && values['remote-dir'] === undefined)) {
        throw new ConfigurationError(
          'cacheprog clean: --s3 s3://bucket/prefix or --remote-dir DIR is required',
          {
            fix: 'only a bucket or a shared directory needs it: the Actions cache service evicts by itself'
          }
        )
      }
      return clean(remote, values['dry-run'] ?? false, values.json ?? false, io)
    }
    if (!values.dir) {
      throw new ConfigurationError('cacheprog: --dir DIR is required', {
        fix: 'pass the local cache directory as an absolute path'
      })
    }
    const dir = path.resolve(io.cwd, values.dir)
    const remote = remoteOptions(values, io)
    if (sub === 'figures') {
      const figures = readJobFigures(dir)
      if (values.json) printJson(io, figures)
      else for (const [name, value] of Object.entries(figures)) io.stdout(`${name}: ${value}\n`)
      return ExitCode.ok
    }
    if (sub === 'server') return server(dir, remote, values, io)
    if (sub === 'push' || sub === 'restore') {
      if (!remote) {
        throw new ConfigurationError(`cacheprog ${sub}: a remote tier is required`, {
          fix: 'pass --remote-dir DIR or --s3 s3://bucket/prefix'
        })
      }
      return sub === 'push'
        ? push(dir, remote, values.json ?? false, io)
        : restore(dir, remote, values, io)
    }
    // The protocol stream goes straight to the process's stdout: it is for the
    // go command, byte-exact, and must not pass through the runner-safe writer.
    await serveCacheProg({
      dir,
      input: stdinRequestSource(),
      write: stdoutWriter(),
      warn: message => io.stderr(message + '\n'),
      remote: remote && {
        openStore: remote.openStore,
        key: remote.key,
        restorePrefixes: remote.restorePrefixes,
        timeoutMs: remote.timeoutMs
      }
    })
    return ExitCode.ok
  }
}

/**
 * `server`: the job's cache server (attach-server.ts). The relay's fallback is
 * this CLI's per-command program with the same options, so a go command the
 * server cannot take is served the same way, one Node start-up slower.
 */
async function server(
  dir: string,
  remote: RemoteChoice | undefined,
  values: Values & { 'relay-script'?: string; 'pid-file'?: string; prefetch?: boolean },
  io: CliIO
): Promise<number> {
  if (values['relay-script'] === undefined) {
    throw new ConfigurationError('cacheprog server: --relay-script FILE is required', {
      fix: 'name the file to write; then set GOCACHEPROG="bash FILE"'
    })
  }
  const relay = path.resolve(io.cwd, values['relay-script'])
  const cli = process.argv[1]
  if (!cli) throw new ConfigurationError('cacheprog server: cannot tell where this CLI is')
  const fallback = [process.execPath, path.resolve(cli), 'cacheprog', '--dir', dir]
  for (const name of ['remote-dir', 's3', 'remote-config', 'timeout'] as const) {
    const value = values[name]
    if (value === undefined) continue
    fallback.push(
      `--${name}`,
      name === 's3' || name === 'timeout' ? value : path.resolve(io.cwd, value)
    )
  }
  if (remote) {
    fallback.push('--key', remote.key)
    for (const prefix of remote.restorePrefixes) fallback.push('--restore-key', prefix)
  }
  const stop = new AbortController()
  if (values['pid-file'] !== undefined) {
    runAsBackground(path.resolve(io.cwd, values['pid-file']), stop)
  } else {
    process.once('SIGTERM', () => stop.abort())
  }
  process.once('SIGINT', () => stop.abort())
  // One go command's unexpected error must not take the others down with the process.
  process.on('uncaughtException', error =>
    io.stderr(`go-ci-kit cacheprog server: internal error: ${error.message}\n`)
  )
  const { runCacheServer } = await import('../../core/cacheprog/attach-server.js')
  await runCacheServer({
    dir,
    relayScript: relay,
    fallback,
    signal: stop.signal,
    prefetch: values.prefetch ?? false,
    // As restore --prefetch: the whole prefetch stops after 10 times the request timeout.
    ...(remote && { prefetchDeadlineMs: remote.timeoutMs * 10 }),
    log: message => io.stderr(`go-ci-kit cacheprog server: ${message}\n`),
    ...(remote && {
      remote: {
        openStore: remote.openStore,
        key: remote.key,
        restorePrefixes: remote.restorePrefixes,
        timeoutMs: remote.timeoutMs
      }
    })
  })
  return ExitCode.ok
}

interface RemoteChoice {
  openStore: () => Promise<RemoteStore>
  key: string
  restorePrefixes: string[]
  timeoutMs: number
}

type Values = {
  'remote-dir'?: string
  s3?: string
  'remote-config'?: string
  key?: string
  'restore-key'?: string[]
  timeout?: string
}

function remoteOptions(values: Values, io: CliIO): RemoteChoice | undefined {
  const key = values.key ?? DEFAULT_KEY
  if (!isValidKeyPart(key)) {
    throw new ConfigurationError(`cacheprog: --key ${JSON.stringify(key)} is not a valid key`, {
      fix: 'use letters, digits and . _ + = , @ - (no slashes or spaces)'
    })
  }
  const restorePrefixes = values['restore-key'] ?? []
  for (const prefix of restorePrefixes) {
    if (!isValidKeyPart(prefix, true)) {
      throw new ConfigurationError(
        `cacheprog: --restore-key ${JSON.stringify(prefix)} is not a valid prefix`,
        { fix: 'use letters, digits and . _ + = , @ - (no slashes or spaces)' }
      )
    }
  }
  let timeoutMs = DEFAULT_REMOTE_TIMEOUT_MS
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout)
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new ConfigurationError(
        `cacheprog: --timeout "${values.timeout}" is not a number of seconds`,
        {
          fix: 'pass a positive number, e.g. --timeout 30'
        }
      )
    }
    timeoutMs = seconds * 1000
  }
  const tiers = [values['remote-dir'], values.s3, values['remote-config']]
  if (tiers.filter(tier => tier !== undefined).length > 1) {
    throw new ConfigurationError(
      'cacheprog: --remote-dir, --s3 and --remote-config exclude each other',
      { fix: 'pass one remote tier' }
    )
  }
  if (values['remote-config'] !== undefined) {
    const file = path.resolve(io.cwd, values['remote-config'])
    let config: CacheProgRemoteConfig
    try {
      config = readRemoteConfig(file)
    } catch (error) {
      throw new ConfigurationError(`cacheprog: --remote-config: ${(error as Error).message}`, {
        fix: 'the cache action writes this file in its main step; run go commands in the same job'
      })
    }
    const openStore = async () =>
      (await import('../../core/cache/flows/cacheprog-store.js')).openCacheProgStore(config, io.env)
    return { openStore, key, restorePrefixes, timeoutMs }
  }
  if (values['remote-dir'] !== undefined) {
    const root = path.resolve(io.cwd, values['remote-dir'])
    const openStore = async () =>
      (await import('../../core/remote-store/index.js')).createDirectoryStore(root)
    return { openStore, key, restorePrefixes, timeoutMs }
  }
  if (values.s3 !== undefined) {
    const url = values.s3
    parseS3Url(url) // a typo is one clear line now, not a warning at the first miss
    return { openStore: () => openS3Store(url, io.env), key, restorePrefixes, timeoutMs }
  }
  return undefined
}

/**
 * The S3 store, loaded on first use (the AWS SDK loads on the store's first
 * call). Node 20 makes the SDK print a multi-line support warning to stderr,
 * which would land in the go command's output.
 */
async function openS3Store(url: string, env: NodeJS.ProcessEnv): Promise<RemoteStore> {
  const { createS3Store } = await import('../../core/remote-store/index.js')
  return createS3Store(url, { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env })
}

async function push(dir: string, remote: RemoteChoice, json: boolean, io: CliIO): Promise<number> {
  const warn = (message: string) => io.stderr(`go-ci-kit cacheprog push: warning: ${message}\n`)
  try {
    const result = await pushNewObjects({
      dir,
      store: await remote.openStore(),
      key: remote.key,
      restorePrefixes: remote.restorePrefixes,
      signal: AbortSignal.timeout(remote.timeoutMs * 10),
      warn
    })
    if (json) printJson(io, result)
    else {
      io.stdout(
        result.indexKey === undefined
          ? `nothing new to push (${result.entries} entries in the remote index)\n`
          : `pushed ${result.objectsUploaded} objects (${result.bytesUploaded} bytes) as ${result.indexKey}\n`
      )
    }
  } catch (error) {
    warn(`the push failed, nothing was saved: ${(error as Error).message}`)
    if (json) printJson(io, { error: { message: (error as Error).message, kind: 'remote' } })
  }
  return ExitCode.ok
}

async function restore(
  dir: string,
  remote: RemoteChoice,
  values: { prefetch?: boolean; json?: boolean; 'pid-file'?: string },
  io: CliIO
): Promise<number> {
  const json = values.json ?? false
  // One deadline for the whole restore, so a prefetch left in the background never runs on.
  const deadlineMs = remote.timeoutMs * 10
  const stop = new AbortController()
  if (values['pid-file'] !== undefined) {
    runAsBackground(path.resolve(io.cwd, values['pid-file']), stop)
    // A request that ignores its signal cannot keep the process past the deadline.
    setTimeout(() => process.exit(0), deadlineMs + 1000).unref()
  }
  const deadline = AbortSignal.any([stop.signal, AbortSignal.timeout(deadlineMs)])
  try {
    const store = await remote.openStore()
    const restored = await restoreRemoteIndex(
      dir,
      store,
      remote.key,
      remote.restorePrefixes,
      AbortSignal.any([deadline, AbortSignal.timeout(remote.timeoutMs)])
    )
    const prefetched = values.prefetch
      ? await prefetchReads(dir, store, restored.index, deadline)
      : undefined
    const summary = {
      hitKind: restored.hitKind,
      indexKey: restored.indexKey ?? null,
      entries: restored.index.entries.length,
      packs: restored.index.packs.length,
      ...(prefetched && { prefetched })
    }
    if (json) printJson(io, summary)
    else
      io.stdout(
        `${summary.hitKind}: ${summary.indexKey ?? 'no index'} (${summary.entries} entries)\n`
      )
  } catch (error) {
    io.stderr(`go-ci-kit cacheprog restore: warning: ${(error as Error).message}\n`)
    if (json) printJson(io, { error: { message: (error as Error).message, kind: 'remote' } })
  }
  return ExitCode.ok
}

/**
 * `clean`: the cleanup a compacting push runs (cleanup.ts), on its own. Unlike
 * push and restore it runs outside any build, so a remote it cannot clean is
 * a failure (exit 3), for the scheduled job that runs it to show.
 */
async function clean(
  remote: RemoteChoice,
  dryRun: boolean,
  json: boolean,
  io: CliIO
): Promise<number> {
  const { cleanUpStore } = await import('../../core/cacheprog/cleanup.js')
  let result: Awaited<ReturnType<typeof cleanUpStore>>
  try {
    result = await cleanUpStore(await remote.openStore(), {
      dryRun,
      signal: AbortSignal.timeout(remote.timeoutMs * 10)
    })
  } catch (error) {
    const message = (error as Error).message
    io.stderr(`go-ci-kit cacheprog clean: the remote could not be cleaned: ${message}\n`)
    if (json) printJson(io, { error: { message, kind: 'remote' } })
    return ExitCode.toolFailed
  }
  if (json) {
    printJson(io, { dryRun, ...result })
  } else {
    const verb = dryRun ? 'would delete' : 'deleted'
    io.stdout(`${verb} ${result.indexesDeleted} indexes and ${result.packsDeleted} packs\n`)
    for (const key of [...(result.planned?.indexes ?? []), ...(result.planned?.packs ?? [])]) {
      io.stdout(`  ${key}\n`)
    }
  }
  if (result.skipped) {
    io.stderr(`go-ci-kit cacheprog clean: ${result.skipped}\n`)
    // An index it could not read, or a store it cannot clean: not clean, and said so.
    return ExitCode.toolFailed
  }
  return ExitCode.ok
}
