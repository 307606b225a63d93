/**
 * The build cache in cacheprog mode (Go 1.24+, `build-cache: cacheprog`).
 *
 * Main step: the local tier is RUNNER_TEMP/go-ci-kit/gocacheprog (fresh per
 * job, removed by the runner afterwards; nothing is extracted into GOCACHE).
 * The newest remote index over the build key ladder is looked up once
 * (Actions cache service, or an S3 bucket with `build-cache-s3`) and kept in
 * the local tier, and GOCACHEPROG is exported through GITHUB_ENV so every
 * later go command of the job runs `go-ci-kit cacheprog`, which fetches only
 * the objects the build reads. How to reach the remote travels in a private
 * file (cacheprog-config.ts), never in the environment of later steps.
 *
 * Post step: one pack of the objects this job created that no remote pack
 * holds, plus a new index (pushNewObjects), then the per-job figures. Any
 * problem is a warning: a cache never fails the job.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  DEFAULT_REMOTE_TIMEOUT_MS,
  cacheprogSupported,
  emptyFigures,
  readJobFigures,
  type CacheProgFigures
} from '../../cacheprog/index.js'
import { secretsToMask, type RemoteStore } from '../../remote-store/index.js'
import { ConfigurationError, getErrorMessage } from '../../errors.js'
import type { Annotation, Logger } from '../../report.js'
import {
  explainRestore,
  segmentDifference,
  type CacheKeyPlan,
  type KeyComponents,
  type RestoreRecord,
  type SaveRecord
} from '../index.js'
import type { BackgroundProcess, ProcessProbe } from '../../cacheprog/background.js'
import { awsEnvOf, type CacheProgRemoteConfig } from './cacheprog-config.js'

export const BUILD_CACHE_MODES = ['cacheprog', 'archive'] as const
export type BuildCacheMode = (typeof BUILD_CACHE_MODES)[number]

/** What the main step leaves the post step (in the run state). */
export interface CacheProgRun {
  /** The local tier, absolute. */
  dir: string
  /** The remote's private config file; undefined when the job runs with the local tier only. */
  configFile?: string
  key: string
  restorePrefixes: string[]
  remote: 'actions-cache' | 's3' | 'none'
  /** The index the ladder found (the remote key), if any. */
  indexKey?: string
  /** The GOCACHEPROG value exported. */
  command: string
  /** The newest index, refused as unreadable (already reported by the main step). */
  refusedIndex?: string
  /** The background prefetch, which the post step stops before it pushes. */
  prefetch?: BackgroundProcess
  /** The job's cache server (GOCACHEPROG is its relay), which the post step stops before it pushes. */
  server?: BackgroundProcess
}

/** What the action's entry supplies: the runtime's side of cacheprog mode. */
export interface CacheProgHost {
  /** process.execPath */
  nodePath: string
  /** Absolute path of dist/cli/index.js; undefined when it cannot be found. */
  cliPath?: string
  /** The step's environment (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, AWS_*). */
  env: NodeJS.ProcessEnv
  exportVariable(name: string, value: string): void
  setSecret(value: string): void
  /** Opens the remote store (the Actions cache service from the env, or S3). */
  openStore(config: CacheProgRemoteConfig): Promise<RemoteStore>
  /**
   * Starts a program that outlives the step (the background prefetch) and
   * returns its pid (undefined: it could not start); absent: no prefetch.
   */
  startDetached?(command: string, args: string[]): number | undefined
  /**
   * bash, where go commands can attach to a cache server through /proc (Linux);
   * undefined: every go command starts the per-command program.
   */
  relayShell?: string
}

export interface ModeChoice {
  mode: BuildCacheMode
  /** Set when the requested mode could not be used. */
  notice?: string
}

/**
 * cacheprog when the job's Go supports GOCACHEPROG (1.24+) and nothing asks
 * for archives; an explicit cacheprog with an older Go falls back with a notice.
 */
export function chooseBuildCacheMode(
  requested: BuildCacheMode | undefined,
  goVersion: string | undefined
): ModeChoice {
  if (requested === 'archive') return { mode: 'archive' }
  if (goVersion !== undefined && cacheprogSupported(goVersion)) return { mode: 'cacheprog' }
  if (requested === 'cacheprog') {
    return {
      mode: 'archive',
      notice: `build-cache: cacheprog needs Go 1.24 or later (GOCACHEPROG); this job's Go is ${goVersion ?? 'unknown'}, so the build cache uses archive mode`
    }
  }
  return { mode: 'archive' }
}

/**
 * One GOCACHEPROG field as cmd/go splits it (cmd/internal/quoted.Split):
 * fields are separated by spaces, tabs or newlines and may be wrapped in
 * single or double quotes, with no escapes inside. A field holding both
 * quote characters cannot be written at all.
 */
export function quoteGoCacheProgField(field: string): string {
  if (/[\n\r]/.test(field) || field === '') {
    throw new ConfigurationError(
      `cannot pass ${JSON.stringify(field)} in GOCACHEPROG: it is empty or holds a line break`,
      { fix: 'use `build-cache: archive`, or install the action in a path without line breaks' }
    )
  }
  if (!/[\s'"]/.test(field)) return field
  if (!field.includes("'")) return `'${field}'`
  if (!field.includes('"')) return `"${field}"`
  throw new ConfigurationError(
    `cannot pass ${JSON.stringify(field)} in GOCACHEPROG: cmd/go cannot split a field holding both ' and "`,
    {
      fix: 'use `build-cache: archive`, or move RUNNER_TEMP or the action to a path without quotes'
    }
  )
}

export function goCacheProgCommand(fields: readonly string[]): string {
  return fields.map(quoteGoCacheProgField).join(' ')
}

/**
 * Why this runtime cannot run cacheprog mode (no CLI beside the bundle, a
 * path GOCACHEPROG cannot carry), or undefined when it can.
 */
export function cacheprogUnusableReason(
  host: Pick<CacheProgHost, 'nodePath' | 'cliPath'>,
  runnerTemp: string
): string | undefined {
  if (!host.cliPath) return 'the go-ci-kit CLI (dist/cli/index.js) is not beside the action'
  try {
    goCacheProgCommand([host.nodePath, host.cliPath, localTierDir(runnerTemp)])
    return undefined
  } catch (error) {
    return getErrorMessage(error)
  }
}

/** The local tier: under RUNNER_TEMP, so every job starts empty and the runner removes it. */
export function localTierDir(runnerTemp: string): string {
  return path.join(runnerTemp, 'go-ci-kit', 'gocacheprog')
}

/**
 * The job's own GOCACHEPROG, when it sets one that is not this action's (a
 * second cache step of the job sees the first one's export: that one is ours).
 * cmd/go then asks that program for every object and leaves GOCACHE nearly
 * empty, so the action neither replaces it nor saves GOCACHE.
 */
export function usersGoCacheProg(
  value: string | undefined,
  runnerTemp: string
): string | undefined {
  if (!value) return undefined
  const ours =
    (value.includes(' cacheprog --dir ') && value.includes(localTierDir(runnerTemp))) ||
    value.includes(path.join(runnerTemp, 'go-ci-kit', 'cacheprog-relay-'))
  return ours ? undefined : value
}

/** The detail for a build cache left to the job's own GOCACHEPROG: its program, never its arguments. */
export function usersGoCacheProgDetail(value: string): string {
  const program = value
    .trim()
    .split(/\s+/)[0]!
    .replace(/^['"]|['"]$/g, '')
  return `GOCACHEPROG is already set by the job (${path.basename(program)} …): the go commands use that cache program, so the action keeps it and neither restores nor saves the build cache`
}

/** cacheprog keys allow [A-Za-z0-9._+=,@-]; build keys may hold `~` (a shortened segment). */
export function cacheprogKeyPart(key: string): string {
  return key.replace(/[^A-Za-z0-9._+=,@-]/g, '_')
}

/** The build key an index key was written under (`…/index/<key>/<time>-<random>`). */
export function buildKeyOfIndex(indexKey: string): string | undefined {
  const match = /\/index\/([^/]+)\//.exec(indexKey)
  return match?.[1]
}

interface StartContext {
  plan: CacheKeyPlan
  record: RestoreRecord
  components: KeyComponents
  runnerTemp: string
  s3Url?: string
  /** Why the Actions cache service cannot be used, if it cannot. */
  serviceUnavailable?: string
  readsAllowed: boolean
  lookupOnly: boolean
  /** Fetch in the background what the run that wrote the index read. */
  prefetch?: boolean
  /** Serve the job's go commands from one cache server (build-cache-server). */
  server?: boolean
  host: CacheProgHost
  logger: Logger
}

/**
 * The main step's build cache in cacheprog mode: fills `record` (hit kind
 * of the index ladder, reasons, detail) and returns what the post step needs.
 */
export async function startCacheProg(context: StartContext): Promise<CacheProgRun | undefined> {
  const { plan, record, host, logger } = context
  if (!host.cliPath) {
    throw new ConfigurationError(
      'build-cache: cacheprog cannot find the go-ci-kit CLI (dist/cli/index.js) beside the action',
      { fix: 'use the released action (its dist/ holds the CLI), or set `build-cache: archive`' }
    )
  }
  const dir = localTierDir(context.runnerTemp)
  const key = cacheprogKeyPart(plan.key)
  const restorePrefixes = plan.restoreKeys.map(cacheprogKeyPart)
  record.dir = dir
  record.detail = `no index matches ${plan.key} or its restore keys`
  record.reasons = ['first-run']

  let config: CacheProgRemoteConfig | undefined
  let refusedIndex: string | undefined
  if (context.s3Url) {
    config = { kind: 's3', url: context.s3Url, env: awsEnvOf(host.env) }
    for (const secret of secretsToMask(config.env)) host.setSecret(secret)
  } else if (context.serviceUnavailable) {
    record.reasons = ['cache-unavailable']
    record.serviceFailed = true
    record.detail = `${context.serviceUnavailable}; the build cache keeps only its local tier`
  } else {
    const resultsUrl = host.env.ACTIONS_RESULTS_URL ?? ''
    const token = host.env.ACTIONS_RUNTIME_TOKEN ?? ''
    config = { kind: 'actions-cache', resultsUrl, token }
  }

  if (config && !context.readsAllowed) {
    record.reasons = []
    record.detail =
      'no index was looked up (save-only, or ACTIONS_CACHE_MODE forbids reads); the post step pushes the new objects'
  } else if (config) {
    try {
      const { restoreRemoteIndex } = await import('../../cacheprog/index.js')
      const store = await host.openStore(config)
      const restored = await restoreRemoteIndex(
        dir,
        store,
        key,
        restorePrefixes,
        AbortSignal.timeout(DEFAULT_REMOTE_TIMEOUT_MS)
      )
      explainIndex(record, plan, context.components, restored.indexKey)
      if (restored.unreadable) {
        refusedIndex = restored.refusedKey
        record.reasons = ['cache-unavailable']
        record.detail = `the newest index is unreadable (${restored.unreadable}); the build compiles what it needs and the post step writes a new index`
      }
      if (restored.indexKey) {
        record.detail += ` (${restored.index.entries.length} objects in ${restored.index.packs.length} packs, fetched as the build reads them)`
      }
    } catch (error) {
      record.hitKind = 'miss'
      record.reasons = ['cache-unavailable']
      record.serviceFailed = true
      record.detail = `the remote build cache is unavailable (${getErrorMessage(error)}); the build cache keeps only its local tier`
      config = undefined
    }
  }
  if (context.lookupOnly) return undefined

  await mkdir(dir, { recursive: true })
  let configFile: string | undefined
  if (config) {
    configFile = path.join(
      context.runnerTemp,
      'go-ci-kit',
      `cacheprog-remote-${randomBytes(6).toString('hex')}.json`
    )
    // 0600 and exclusive: the file holds the runtime token or the AWS credentials.
    await writeFile(configFile, JSON.stringify(config), { mode: 0o600, flag: 'wx' })
  }
  const fields = [host.nodePath, host.cliPath, 'cacheprog', '--dir', dir]
  if (configFile) {
    fields.push('--remote-config', configFile, '--key', key)
    for (const prefix of restorePrefixes) fields.push('--restore-key', prefix)
  }
  // The previous run's reads are worth fetching ahead only when an index was found.
  const prefetchWanted = Boolean(context.prefetch && configFile && record.matchedKey)
  const served = context.server
    ? await startServer(fields, prefetchWanted, context, logger)
    : undefined
  const command = served?.command ?? goCacheProgCommand(fields)
  host.exportVariable('GOCACHEPROG', command)
  let prefetch: BackgroundProcess | undefined
  if (prefetchWanted && !served && host.startDetached) {
    // A path unique to this start: the child's command line names it (see background.ts).
    const pidFile = path.join(
      context.runnerTemp,
      'go-ci-kit',
      `cacheprog-prefetch-${randomBytes(6).toString('hex')}.pid`
    )
    // The same ladder as the program's, so the index it looks up again is the one found now.
    const pid = host.startDetached(host.nodePath, [
      host.cliPath,
      'cacheprog',
      'restore',
      '--prefetch',
      '--pid-file',
      pidFile,
      ...fields.slice(3)
    ])
    if (pid !== undefined) {
      prefetch = { pid, pidFile }
      logger.info('build cache: prefetching, in the background, the objects the previous run read')
    }
  }
  logger.info(
    served
      ? `build cache: cacheprog mode, one cache server for the job's go commands (GOCACHEPROG=${command}; each go command attaches to it instead of starting Node)`
      : `build cache: cacheprog mode, GOCACHEPROG=${command}`
  )
  return {
    dir,
    ...(configFile ? { configFile } : {}),
    key,
    restorePrefixes,
    remote: config?.kind ?? 'none',
    ...(record.matchedKey ? { indexKey: record.matchedKey } : {}),
    ...(refusedIndex ? { refusedIndex } : {}),
    ...(prefetch ? { prefetch } : {}),
    ...(served ? { server: served.server } : {}),
    command
  }
}

/** How long the main step waits for the cache server to listen (a Node start-up, usually). */
export const SERVER_START_TIMEOUT_MS = 3000

/**
 * Starts the job's cache server in the background and returns the relay
 * GOCACHEPROG, or undefined (with a log line) when go commands should start
 * the per-command program instead: not Linux, no bash, or no server in time.
 */
async function startServer(
  fields: readonly string[],
  prefetch: boolean,
  context: StartContext,
  logger: Logger
): Promise<{ command: string; server: BackgroundProcess } | undefined> {
  const { host } = context
  if (!host.relayShell || !host.startDetached || !host.cliPath) return undefined
  const unique = randomBytes(6).toString('hex')
  const tempDir = path.join(context.runnerTemp, 'go-ci-kit')
  const relay = path.join(tempDir, `cacheprog-relay-${unique}.sh`)
  const pidFile = path.join(tempDir, `cacheprog-server-${unique}.pid`)
  let command: string
  try {
    command = goCacheProgCommand([host.relayShell, relay])
  } catch {
    return undefined
  }
  const pid = host.startDetached(host.nodePath, [
    host.cliPath,
    'cacheprog',
    'server',
    '--relay-script',
    relay,
    '--pid-file',
    pidFile,
    ...(prefetch ? ['--prefetch'] : []),
    ...fields.slice(3)
  ])
  if (pid === undefined) return undefined
  const server = { pid, pidFile }
  for (let waited = 0; waited < SERVER_START_TIMEOUT_MS; waited += 10) {
    if (existsSync(relay)) {
      if (prefetch) {
        logger.info('build cache: the cache server prefetches the objects the previous run read')
      }
      return { command, server }
    }
    await sleep(10)
  }
  logger.info(
    `build cache: the cache server did not start within ${SERVER_START_TIMEOUT_MS / 1000} s; each go command starts its own cache program`
  )
  await stopBackgroundWork({ dir: localTierDir(context.runnerTemp), server }, logger)
  return undefined
}

/** hit-kind, miss-reason and miss-detail of the index ladder, with the existing explanations. */
export function explainIndex(
  record: RestoreRecord,
  plan: Pick<CacheKeyPlan, 'key' | 'segments' | 'kind'>,
  components: KeyComponents,
  indexKey: string | undefined
): void {
  const matchedBuildKey = indexKey === undefined ? undefined : buildKeyOfIndex(indexKey)
  const matchedKey =
    matchedBuildKey === undefined
      ? undefined
      : matchedBuildKey === cacheprogKeyPart(plan.key)
        ? plan.key
        : matchedBuildKey
  const explanation = explainRestore(plan.kind, components, undefined, {
    primaryKey: plan.key,
    matchedKey
  })
  record.hitKind = explanation.hitKind
  record.matchedKey = indexKey
  if (explanation.hitKind === 'exact') {
    record.reasons = []
    record.detail = `exact index hit on ${plan.key}`
  } else if (explanation.hitKind === 'partial' && matchedKey) {
    const difference = segmentDifference(plan, matchedKey)
    record.reasons = difference ? [difference.reason] : []
    record.detail = `the newest index is for ${matchedKey}${difference ? `: ${difference.detail}` : ''}; objects the build reads are still served from it`
  } else {
    record.reasons = explanation.reasons
    record.detail = `no index matches ${plan.key} or its restore keys`
  }
}

export interface CacheProgFinish {
  save?: SaveRecord
  figures: CacheProgFigures
  annotations: Annotation[]
}

/**
 * The post step: push the new objects (when `push` says to), then read the
 * job's figures. Never throws.
 */
export async function finishCacheProg(
  run: CacheProgRun,
  options: {
    push: boolean
    skip?: { reason: SaveRecord['reason']; detail: string }
    timeoutMs: number
    readConfig: (file: string) => CacheProgRemoteConfig
    openStore: (config: CacheProgRemoteConfig) => Promise<RemoteStore>
    logger: Logger
    now: () => number
  }
): Promise<CacheProgFinish> {
  const started = options.now()
  const annotations: Annotation[] = []
  const save: SaveRecord = { kind: 'build', key: run.key, saved: false, detail: '', seconds: 0 }
  if (options.skip) {
    save.reason = options.skip.reason
    save.detail = options.skip.detail
  } else if (!run.configFile) {
    save.reason = 'save-skipped-unavailable'
    save.detail = 'the remote build cache was unavailable in the main step; objects stayed local'
  } else if (options.push) {
    try {
      const { pushNewObjects } = await import('../../cacheprog/index.js')
      const store = await options.openStore(options.readConfig(run.configFile))
      const pushed = await pushNewObjects({
        dir: run.dir,
        store,
        key: run.key,
        restorePrefixes: run.restorePrefixes,
        signal: AbortSignal.timeout(options.timeoutMs),
        warn: message => options.logger.warning(`build cache push: ${message}`),
        ...(run.refusedIndex ? { reported: [run.refusedIndex] } : {})
      })
      if (pushed.indexKey === undefined) {
        save.reason = 'save-skipped-nothing-new'
        save.detail = `every object this job used is already in the remote (${pushed.entries} objects in its index)`
      } else {
        save.saved = true
        save.key = pushed.indexKey
        save.savedBytes = pushed.bytesUploaded
        save.detail = `${pushed.objectsUploaded} new objects`
      }
    } catch (error) {
      save.reason = 'save-skipped-unavailable'
      save.detail = `the push of new build objects failed, nothing was saved (${getErrorMessage(error)}); the next run restores the previous index`
      annotations.push({
        level: 'warning',
        title: 'Go build cache not saved (remote unavailable)',
        message: save.detail
      })
    }
  }
  const figures = jobFigures(run.dir, options.logger)
  save.seconds = (options.now() - started) / 1000
  return {
    ...(options.skip || options.push || !run.configFile ? { save } : {}),
    figures,
    annotations
  }
}

/**
 * The post step, before it pushes or reads the figures: stops the cache
 * server and the background prefetch if they still run, and removes what a
 * kill left in the local tier. Never throws.
 */
export async function stopBackgroundWork(
  run: Pick<CacheProgRun, 'dir' | 'prefetch' | 'server'>,
  logger: Logger,
  probe?: ProcessProbe
): Promise<void> {
  const work: [string, BackgroundProcess | undefined][] = [
    ['cache server', run.server],
    ['background prefetch', run.prefetch]
  ]
  for (const [what, background] of work) {
    if (!background) continue
    try {
      const { stopBackground, removeTempFilesOf, systemProbe } =
        await import('../../cacheprog/background.js')
      const outcome = await stopBackground(background, probe ?? systemProbe)
      if (outcome === 'not-running') continue
      const removed = removeTempFilesOf(run.dir, background.pid)
      // The server runs until the post step by design; only a kill is news.
      if (what === 'cache server' && outcome === 'stopped' && removed === 0) continue
      logger.info(
        `build cache: the ${what} was still running and was ${outcome === 'killed' ? 'killed' : 'stopped'}${removed ? ` (${removed} partial files removed)` : ''}`
      )
    } catch (error) {
      logger.warning(`build cache: could not stop the ${what} (${getErrorMessage(error)})`)
    }
  }
}

/** The job's figures from the local tier's journals; a problem is a warning and zeros. */
export function jobFigures(dir: string, logger: Logger): CacheProgFigures {
  try {
    return readJobFigures(dir)
  } catch (error) {
    logger.warning(`build cache: could not read the job's figures (${getErrorMessage(error)})`)
    return emptyFigures()
  }
}

/** The CLI beside the action's bundle: dist/<step>/index.js → dist/cli/index.js. */
export function cliBesideStep(stepScript: string | undefined): string | undefined {
  if (!stepScript) return undefined
  const cli = path.resolve(path.dirname(stepScript), '..', 'cli', 'index.js')
  return existsSync(cli) ? cli : undefined
}
