/**
 * The main step: compute both keys, restore each cache, explain every restore
 * that was not exact, and prepare the post step (the GOCACHE back-dating for
 * the trim, and what each cache held after the restore).
 *
 * Caches are restored one after the other, module cache first, so each
 * outcome is reported on its own. When the service fails for the first
 * cache, the second is not tried: an outage costs one timeout, not two.
 */
import { readdir, stat } from 'node:fs/promises'
import {
  CACHE_LABEL,
  dateRestoredEntries,
  classifyListedMiss,
  expandHome,
  explainRestore,
  inventoryEntries,
  inventoryModCache,
  listBuildCacheEntries,
  planCacheKeys,
  probeKeys,
  readCacheManifest,
  removeTree,
  renderMetrics,
  restoreAnnotations,
  restoreOutputs,
  restoreSummary,
  segmentDifference,
  type CacheKeyPlan,
  type CacheKind,
  type GoEnvReader,
  type KeyComponents,
  type KeySettings,
  type RestoreRecord
} from '../index.js'
import { ConfigurationError, getErrorMessage } from '../../errors.js'
import { writeFileAtomic } from '../../io.js'
import type { ActionResult, Annotation, Logger } from '../../report.js'
import {
  TimeoutError,
  type CacheClient,
  type ClientFailure,
  type RestoreOutcome
} from './client.js'
import { readableRefs, readEventPayload } from './event.js'
import type { CacheRunEnv, CacheRunInputs } from './inputs.js'
import type { CacheLister } from '../lister.js'
import { layerCheckoutOf, layerPaths, restoreModLayers, type LayerState } from './mod-layers.js'
import type { RunState } from './state.js'
import {
  cacheprogUnusableReason,
  chooseBuildCacheMode,
  startCacheProg,
  usersGoCacheProg,
  usersGoCacheProgDetail,
  type BuildCacheMode,
  type CacheProgHost,
  type CacheProgRun
} from './cacheprog.js'

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface RestoreDeps {
  client: CacheClient
  goEnv: GoEnvReader
  clock: Clock
  logger: Logger
  /** Present when a github-token was given: lists the repository's caches to explain misses. */
  lister?: CacheLister
  /** The runtime's side of cacheprog mode; without it the build cache uses archive mode. */
  cacheprog?: CacheProgHost
}

export interface RestoreRun {
  result: ActionResult
  state: RunState
}

interface Breaker {
  failedFor?: CacheKind
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}

/** Names in `dir` other than our manifest directory; empty when it does not exist. */
async function contentsOf(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter(name => name !== '.go-ci-kit')
  } catch {
    return []
  }
}

function describeFailure(failure: ClientFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return `the cache service did not answer (${failure.message})`
    case 'denied':
      return `this job's token may not read the cache (${failure.message})`
    default:
      return `the cache service is unavailable (${failure.message})`
  }
}

function failureOf(error: unknown): ClientFailure {
  if (error instanceof TimeoutError) return { kind: 'timeout', message: error.message }
  return { kind: 'unavailable', message: getErrorMessage(error) }
}

export async function runRestore(
  inputs: CacheRunInputs,
  env: CacheRunEnv,
  deps: RestoreDeps
): Promise<RestoreRun> {
  const { clock, logger } = deps
  const dir = inputs.workingDirectory
  if (!(await isDirectory(dir))) {
    throw new ConfigurationError(`working-directory ${dir} does not exist or is not a directory`, {
      fix: 'point working-directory at the directory you run go commands in (relative to the workspace)'
    })
  }

  const planning = await planCacheKeys(
    keySettings(inputs, env, logger),
    inputs.caches,
    deps.goEnv,
    {
      toolchain: 'always',
      onGoEnvProblem: problem => {
        if (inputs.caches.includes('build')) logger.warning(`build cache: ${problem.userMessage}`)
        else
          logger.info(
            `go env is not available (${problem.userMessage}); the module cache key does not need it`
          )
      }
    }
  )
  const { components, discoveryProblem } = planning

  const payload = inputs.githubToken ? await readEventPayload(env.eventPath) : {}
  const breaker: Breaker = {}
  const layers: { state?: LayerState } = {}
  const records: RestoreRecord[] = []
  const buildCache = buildCacheModeOf(inputs, env, components, deps)
  const cacheprog: { run?: CacheProgRun } = {}
  for (const [kind, plan] of planning.plans) {
    const record =
      typeof plan === 'string'
        ? keyUnavailable(kind, plan)
        : await restoreOne(plan, {
            inputs,
            env,
            deps,
            components: components!,
            breaker,
            payload,
            layers,
            buildCache,
            cacheprog
          })
    records.push(record)
    logRecord(record, inputs.mode, logger)
  }

  const state: RunState = {
    schema: 1,
    mode: inputs.mode,
    createdAt: new Date(clock.now()).toISOString(),
    ...(components ? { components } : {}),
    ...(layers.state ? { modLayers: layers.state } : {}),
    workspace: {
      ...(planning.options.gowork !== undefined ? { gowork: planning.options.gowork } : {}),
      ...(planning.options.goroot !== undefined ? { goroot: planning.options.goroot } : {})
    },
    caches: records,
    ...(cacheprog.run ? { cacheprog: cacheprog.run } : {})
  }
  const annotations: Annotation[] = inputs.mode === 'save-only' ? [] : restoreAnnotations(records)
  if (discoveryProblem) {
    annotations.unshift(problemAnnotation(discoveryProblem.userMessage))
  }
  if (inputs.metricsFile) {
    try {
      await writeFileAtomic(inputs.metricsFile, renderMetrics(records))
    } catch (error) {
      logger.warning(
        `could not write metrics-file ${inputs.metricsFile}: ${getErrorMessage(error)}`
      )
    }
  }
  const missed = records.filter(record => record.needed && record.hitKind === 'miss')
  const failureMessage =
    inputs.failOnCacheMiss && inputs.mode !== 'save-only' && missed.length > 0
      ? `fail-on-cache-miss: nothing was restored for the ${missed
          .map(
            record => `${CACHE_LABEL[record.kind]} (${record.reasons.join(', ')}: ${record.detail})`
          )
          .join('; ')}`
      : undefined
  return {
    result: {
      outputs: {
        ...restoreOutputs(records, components),
        'build-cache': cacheprog.run
          ? 'cacheprog'
          : usersGoCacheProg(env.goCacheProg, env.runnerTemp)
            ? 'off'
            : 'archive'
      },
      annotations,
      summary: restoreSummary(records, inputs.mode),
      ...(failureMessage ? { failureMessage } : {})
    },
    state
  }
}

/** The action's settings for the shared key planning (the CLI builds them from its flags). */
function keySettings(inputs: CacheRunInputs, env: CacheRunEnv, logger: Logger): KeySettings {
  return {
    dir: inputs.workingDirectory,
    repoRoot: env.workspace,
    prefix: inputs.prefix,
    os: env.runnerOs,
    arch: env.runnerArch,
    matrix: inputs.matrix,
    keyFiles: inputs.keyFiles,
    pathHash: inputs.pathHash ? env.path : undefined,
    environment: { goflags: env.goflags, gowork: env.gowork, goModCache: env.goModCache },
    logger
  }
}

/** A warning that points at the file when the message starts with `file:line:`. */
function problemAnnotation(message: string): Annotation {
  const located = /^([^\s:]+):(\d+): /.exec(message)
  return {
    level: 'warning',
    title: 'Go caches skipped: the cache key cannot be computed',
    message,
    ...(located ? { file: located[1], startLine: Number(located[2]) } : {})
  }
}

function keyUnavailable(kind: CacheKind, detail: string): RestoreRecord {
  return {
    kind,
    needed: true,
    key: '',
    restoreKeys: [],
    paths: [],
    dir: '',
    hitKind: 'miss',
    reasons: ['key-unavailable'],
    detail,
    seconds: 0
  }
}

function logRecord(record: RestoreRecord, mode: string, logger: Logger): void {
  const label = CACHE_LABEL[record.kind]
  if (record.key) logger.info(`${label} key: ${record.key}`)
  if (!record.needed || mode === 'save-only') {
    logger.info(`${label}: ${record.detail}`)
    return
  }
  const reasons = record.reasons.length ? ` [${record.reasons.join(', ')}]` : ''
  // Trouble is also a warning annotation (restoreAnnotations); the log line stays plain.
  logger.info(`${label}: ${record.hitKind}${reasons}: ${record.detail}`)
}

interface RestoreContext {
  inputs: CacheRunInputs
  env: CacheRunEnv
  deps: RestoreDeps
  components: KeyComponents
  breaker: Breaker
  payload: unknown
  /** Set by the module cache in layered mode: what the post step plans its save from. */
  layers: { state?: LayerState }
  buildCache: BuildCacheMode
  /** Set by the build cache's restore in cacheprog mode. */
  cacheprog: { run?: CacheProgRun }
}

/** build-cache: the input, the job's Go version and whether the runtime can run cacheprog. */
function buildCacheModeOf(
  inputs: CacheRunInputs,
  env: CacheRunEnv,
  components: KeyComponents | undefined,
  deps: RestoreDeps
): BuildCacheMode {
  if (!deps.cacheprog || !inputs.caches.includes('build')) return 'archive'
  if (usersGoCacheProg(env.goCacheProg, env.runnerTemp)) return 'archive'
  const choice = chooseBuildCacheMode(inputs.buildCache, components?.toolchain?.GOVERSION)
  if (choice.notice) deps.logger.info(choice.notice)
  if (choice.mode !== 'cacheprog') return choice.mode
  const unusable = cacheprogUnusableReason(deps.cacheprog, env.runnerTemp)
  if (unusable) {
    deps.logger.warning(`build cache: ${unusable}; it uses archive mode`)
    return 'archive'
  }
  return 'cacheprog'
}

async function restoreOne(plan: CacheKeyPlan, context: RestoreContext): Promise<RestoreRecord> {
  const { inputs, env, deps, breaker } = context
  const started = deps.clock.now()
  const cacheDir = expandHome(plan.paths[0])
  const record: RestoreRecord = {
    kind: plan.kind,
    needed: plan.needed,
    key: plan.key,
    restoreKeys: plan.restoreKeys,
    paths: plan.paths,
    dir: cacheDir,
    hitKind: 'miss',
    reasons: [],
    detail: '',
    seconds: 0
  }
  const finish = () => {
    record.seconds = (deps.clock.now() - started) / 1000
    return record
  }
  const usersProgram =
    plan.kind === 'build' ? usersGoCacheProg(env.goCacheProg, env.runnerTemp) : undefined
  if (plan.kind === 'build' && (context.components.toolchain?.GOCACHE === 'off' || usersProgram)) {
    record.needed = false
  }
  if (!record.needed) {
    record.reasons = ['not-needed']
    record.detail = usersProgram
      ? usersGoCacheProgDetail(usersProgram)
      : (plan.notNeededReason ?? 'GOCACHE=off: the go command does not use a build cache')
    return finish()
  }
  if (plan.kind === 'build' && context.buildCache === 'cacheprog' && deps.cacheprog) {
    context.cacheprog.run = await startCacheProg({
      plan,
      record,
      components: context.components,
      runnerTemp: env.runnerTemp,
      ...(inputs.buildCacheS3 ? { s3Url: inputs.buildCacheS3 } : {}),
      serviceUnavailable:
        deps.client.unavailableReason() ??
        (breaker.failedFor
          ? `not tried: the cache service failed for the ${CACHE_LABEL[breaker.failedFor]}`
          : undefined),
      readsAllowed:
        inputs.mode !== 'save-only' && env.cacheMode !== 'none' && env.cacheMode !== 'write-only',
      lookupOnly: inputs.mode === 'lookup-only',
      prefetch: inputs.buildCachePrefetch,
      server: inputs.buildCacheServer,
      host: deps.cacheprog,
      logger: deps.logger
    })
    return finish()
  }
  const layered = plan.kind === 'mod' && inputs.moduleCache === 'layered'
  if (inputs.mode === 'save-only') {
    record.detail = 'mode save-only: not restored; the post step saves it'
    if (layered) {
      context.layers.state = {
        family: layerCheckoutOf(plan, context.components).family,
        paths: layerPaths(plan)
      }
      return finish()
    }
    record.baseline = await baselineOf(plan.kind, cacheDir)
    return finish()
  }

  const lookupOnly = inputs.mode === 'lookup-only'
  const unavailable =
    deps.client.unavailableReason() ??
    (env.cacheMode === 'none' || env.cacheMode === 'write-only'
      ? `ACTIONS_CACHE_MODE=${env.cacheMode} does not permit reads`
      : undefined)
  if (breaker.failedFor || unavailable) {
    record.reasons = ['cache-unavailable']
    record.detail =
      unavailable ??
      `not tried: the cache service failed for the ${CACHE_LABEL[breaker.failedFor!]}`
    record.serviceFailed = true
    await prepareSave(record, inputs, deps)
    return finish()
  }

  if (layered) {
    await restoreLayered(plan, record, context, lookupOnly)
    return finish()
  }

  const contents = lookupOnly ? [] : await contentsOf(cacheDir)
  if (plan.kind === 'mod' && contents.length > 0) {
    deps.logger.warning(
      `GOMODCACHE (${cacheDir}) already has content before the restore; extracting over read-only module files fails. ` +
        'If actions/setup-go runs before this step, set its `cache: false`.'
    )
  }

  let outcome: RestoreOutcome
  try {
    outcome = await deps.client.restore(plan.paths, plan.key, plan.restoreKeys, {
      lookupOnly,
      timeoutMs: inputs.timeoutMs
    })
  } catch (error) {
    outcome = { failure: failureOf(error) }
  }

  if (outcome.failure) {
    if (outcome.failure.kind === 'corrupt') {
      // Half an archive leaves truncated files behind. The go command checks
      // GOCACHE entries' sizes (a damaged entry is a miss), but a truncated
      // module zip fails checksum verification and a half-extracted module
      // breaks the build, so GOMODCACHE is removed again when it was empty.
      if (plan.kind === 'mod' && !lookupOnly && contents.length === 0) await removeTree(cacheDir)
      record.reasons = ['archive-corrupt']
      record.detail = `the restored archive could not be extracted, so the cache is treated as a miss (${outcome.failure.message})`
      if (plan.kind === 'mod' && contents.length > 0) {
        record.detail += `; ${cacheDir} held files before the restore and was left as it is (run \`go clean -modcache\` if the build reports checksum errors)`
      }
    } else {
      breaker.failedFor = plan.kind
      record.reasons = ['cache-unavailable']
      record.serviceFailed = true
      record.detail = `${describeFailure(outcome.failure)}; the build runs without this cache`
    }
    await prepareSave(record, inputs, deps)
    return finish()
  }

  record.matchedKey = outcome.matchedKey
  record.restoredBytes = outcome.archiveBytes
  await explain(record, plan, context, lookupOnly)
  await prepareSave(record, inputs, deps)
  return finish()
}

/** The module cache in layered mode: base then delta into GOMODCACHE/cache/download. */
async function restoreLayered(
  plan: CacheKeyPlan,
  record: RestoreRecord,
  context: RestoreContext,
  lookupOnly: boolean
): Promise<void> {
  const { deps, inputs } = context
  const { state, failure } = await restoreModLayers(plan, record, {
    client: deps.client,
    logger: deps.logger,
    components: context.components,
    lookupOnly,
    timeoutMs: inputs.timeoutMs
  })
  context.layers.state = state
  if (failure) {
    context.breaker.failedFor = plan.kind
    record.hitKind = 'miss'
    record.reasons = ['cache-unavailable']
    record.serviceFailed = true
    record.detail = `${describeFailure(failure)}; the build runs without this cache`
  }
}

async function explain(
  record: RestoreRecord,
  plan: CacheKeyPlan,
  context: RestoreContext,
  lookupOnly: boolean
): Promise<void> {
  const { deps, components } = context
  const hit = { primaryKey: plan.key, matchedKey: record.matchedKey }
  const previous =
    !lookupOnly && record.matchedKey !== undefined
      ? await readCacheManifest(record.dir, plan.kind, deps.logger)
      : undefined
  const explanation = explainRestore(plan.kind, components, previous?.components, hit)
  record.hitKind = explanation.hitKind
  record.reasons = explanation.reasons
  record.detail = explanation.detail

  if (explanation.hitKind === 'partial' && !previous && record.matchedKey) {
    const difference = segmentDifference(plan, record.matchedKey)
    if (lookupOnly) {
      record.reasons = difference ? [difference.reason] : []
      record.detail = `a restore would use ${record.matchedKey}${difference ? `: ${difference.detail}` : ''}`
    } else if (difference) {
      record.reasons = ['manifest-missing', difference.reason]
      record.detail = `restored ${record.matchedKey}, which carries no manifest; its key differs: ${difference.detail}`
    }
  }
  if (explanation.hitKind === 'miss') await explainMiss(record, plan, context)
}

/** A miss says "first-run" until something better is known. */
async function explainMiss(
  record: RestoreRecord,
  plan: CacheKeyPlan,
  context: RestoreContext
): Promise<void> {
  const { deps, inputs, env } = context
  record.detail = `no cache entry matches ${plan.key} or its restore keys`
  if (plan.kind === 'build') {
    // The restore ladder stops at the toolchain digest; look one step further
    // (without downloading) to say which toolchain the newest entry was for.
    const probe = probeKeys(plan)
    if (probe.length > 0) {
      try {
        const found = await deps.client.restore(plan.paths, plan.key, probe, {
          lookupOnly: true,
          timeoutMs: inputs.timeoutMs
        })
        const difference = found.matchedKey ? segmentDifference(plan, found.matchedKey) : undefined
        if (found.matchedKey && difference) {
          record.reasons = [difference.reason]
          record.detail = `${difference.detail}: the newest build cache, ${found.matchedKey}, is for another toolchain and is not restored (its entries would be dead weight)`
          deps.logger.info(
            `(that lookup only names the nearest build cache, ${found.matchedKey}; nothing was downloaded)`
          )
          return
        }
      } catch (error) {
        deps.logger.debug(`build cache probe failed: ${getErrorMessage(error)}`)
      }
    }
  }
  if (!deps.lister) return
  try {
    const floor = plan.restoreKeys.at(-1) ?? plan.key
    const listed = await deps.lister.list(floor)
    const version = deps.client.cacheVersion ? await deps.client.cacheVersion(plan.paths) : ''
    const refs = readableRefs(env.ref, env.baseRef, context.payload)
    const reason = classifyListedMiss(plan, listed, { version, readableRefs: refs })
    if (reason === 'version-mismatch') {
      const entry = listed.find(item => refs.includes(item.ref) && item.version !== version)
      record.reasons = [reason]
      record.detail = `${entry?.key ?? 'an entry'} exists for ${entry?.ref ?? 'a readable ref'} but was saved with other paths or another compression method (its cache version differs); this run caches ${plan.paths.join(', ')}`
    } else if (reason === 'other-branch-scope') {
      const entry = listed[0]
      record.reasons = [reason]
      record.detail = `${entry.key} exists only for ${entry.ref}, which this run (${refs.join(', ')}) cannot read; a run on the default branch saves entries every branch can restore`
    } else if (listed.length === 0) {
      record.detail = `no cache entry under ${floor} is listed for this repository: this is the first run, or the entries were evicted or expired (7 days unused)`
    }
  } catch (error) {
    deps.logger.info(
      `could not list the repository's caches to explain the miss (github-token needs actions: read): ${getErrorMessage(error)}`
    )
  }
}

/** What the post step needs to trim and to tell new content from restored content. */
async function prepareSave(
  record: RestoreRecord,
  inputs: CacheRunInputs,
  deps: RestoreDeps
): Promise<void> {
  if (inputs.mode !== 'restore-save' || !record.needed) return
  // An exact build-cache hit may still save a new generation (save-decisions.ts), so it needs its baseline.
  if (record.hitKind === 'exact' && record.kind !== 'build') return
  if (record.kind === 'build') {
    const entries = await listBuildCacheEntries(record.dir)
    if (inputs.trimBuildCache && entries.length > 0) {
      const dates = await dateRestoredEntries(record.dir, entries, deps.clock.now())
      record.untouchedBefore = dates.untouchedBefore
      record.staleBefore = dates.staleBefore
    }
    record.baseline = entries
  } else {
    record.baseline = await baselineOf('mod', record.dir)
  }
}

async function baselineOf(kind: CacheKind, cacheDir: string): Promise<string[]> {
  return kind === 'build'
    ? listBuildCacheEntries(cacheDir)
    : inventoryEntries(await inventoryModCache(cacheDir))
}
