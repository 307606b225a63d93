/**
 * The post step: save each cache whose restore was not exact, after trimming
 * GOCACHE to what this run used and pruning GOMODCACHE to the module set.
 *
 * A run that added nothing saves nothing (save-skipped-nothing-new): a
 * partial restore that already held every module version the build needed
 * would otherwise upload the same archive again under a new key. Nothing here
 * fails the job: a lost save race, a read-only token and a service outage are
 * all reported as save-skipped-* reasons.
 */
import { stat } from 'node:fs/promises'
import {
  CACHE_LABEL,
  discoverComponents,
  finalSummary,
  formatBytes,
  generationKey,
  isKeyOrGeneration,
  inventoryFromEntries,
  inventoryModCache,
  listBuildCacheEntries,
  moduleGoModsNeeded,
  moduleSetNeeded,
  newEntries,
  newModuleVersions,
  pruneModCache,
  removeTrimMarker,
  renderMetrics,
  trimStale,
  writeCacheManifest,
  type CacheKind,
  type KeyComponents,
  type RestoreRecord,
  type SaveRecord
} from '../index.js'
import { getErrorMessage } from '../../errors.js'
import { writeFileAtomic } from '../../io.js'
import type { ActionResult, Annotation, Logger } from '../../report.js'
import { TimeoutError, type CacheClient, type SaveOutcome } from './client.js'
import { readEventPayload } from './event.js'
import type { CacheRunEnv, CacheRunInputs } from './inputs.js'
import type { Clock } from './restore.js'
import {
  buildCacheSaveDecision,
  modCacheSaveDecision,
  staleModuleVersions
} from './save-decisions.js'
import { saveGate, type SaveGate } from './save-policy.js'
import type { RunState } from './state.js'
import { ownBaseKey, saveModLayers, type LayerState } from './mod-layers.js'
import {
  finishCacheProg,
  jobFigures,
  stopBackgroundWork,
  type CacheProgFinish
} from './cacheprog.js'
import type { ProcessProbe } from '../../cacheprog/background.js'
import { readRemoteConfig, type CacheProgRemoteConfig } from './cacheprog-config.js'
import type { RemoteStore } from '../../remote-store/index.js'

export interface SaveDeps {
  client: CacheClient
  clock: Clock
  logger: Logger
  /** Opens the cacheprog remote (the build cache in cacheprog mode). */
  openCacheProgStore?: (config: CacheProgRemoteConfig) => Promise<RemoteStore>
  /** How the cache server and the background prefetch are seen and stopped (tests); default: this system's. */
  processProbe?: ProcessProbe
}

export interface SaveRun {
  result: ActionResult
  saves: SaveRecord[]
}

interface SaveContext {
  inputs: CacheRunInputs
  env: CacheRunEnv
  state: RunState
  deps: SaveDeps
  gate: SaveGate
  unavailable?: string
  breaker: { failedFor?: CacheKind }
}

async function exists(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}

export async function runSave(
  inputs: CacheRunInputs,
  env: CacheRunEnv,
  state: RunState,
  deps: SaveDeps
): Promise<SaveRun> {
  // Nothing may keep writing into the local tier while it is pushed, nor after the job's steps.
  if (state.cacheprog) await stopBackgroundWork(state.cacheprog, deps.logger, deps.processProbe)
  if (state.mode === 'restore-only' || state.mode === 'lookup-only') {
    deps.logger.info(`mode ${state.mode}: nothing is saved`)
    // cacheprog mode still reports what the build read (restore-only jobs use the remote too).
    const figures = state.cacheprog ? jobFigures(state.cacheprog.dir, deps.logger) : undefined
    return {
      result: {
        outputs: {},
        annotations: [],
        ...(figures ? { summary: finalSummary(state.caches, [], state.mode, figures) } : {})
      },
      saves: []
    }
  }
  const payload = await readEventPayload(env.eventPath)
  const context: SaveContext = {
    inputs,
    env,
    state,
    deps,
    gate: saveGate({
      saveIf: inputs.saveIf,
      cacheMode: env.cacheMode,
      eventName: env.eventName,
      payload
    }),
    unavailable: deps.client.unavailableReason(),
    breaker: {}
  }
  const saves: SaveRecord[] = []
  const annotations: Annotation[] = []
  const buildCacheProg = state.cacheprog ? await pushBuildObjects(context) : undefined
  if (buildCacheProg) annotations.push(...buildCacheProg.annotations)
  for (const record of state.caches) {
    const save =
      record.kind === 'build' && buildCacheProg?.save
        ? buildCacheProg.save
        : await saveOne(record, context)
    saves.push(save)
    const label = CACHE_LABEL[save.kind]
    if (save.saved) {
      deps.logger.info(`${label}: saved ${save.key} (${formatBytes(save.savedBytes)})`)
    } else if (save.reason === 'save-skipped-unavailable') {
      deps.logger.info(`${label} not saved [${save.reason}]: ${save.detail}`)
      annotations.push({
        level: 'warning',
        title: `Go ${label} not saved (cache service unavailable)`,
        message: save.detail
      })
    } else {
      deps.logger.info(`${label} not saved [${save.reason}]: ${save.detail}`)
    }
  }
  if (inputs.metricsFile) {
    try {
      await writeFileAtomic(
        inputs.metricsFile,
        renderMetrics(state.caches, saves, buildCacheProg?.figures)
      )
    } catch (error) {
      deps.logger.warning(
        `could not write metrics-file ${inputs.metricsFile}: ${getErrorMessage(error)}`
      )
    }
  }
  return {
    result: {
      outputs: {},
      annotations,
      summary: finalSummary(state.caches, saves, state.mode, buildCacheProg?.figures)
    },
    saves
  }
}

/** cacheprog mode: one pack of the job's new objects and a new index, then the job's figures. */
async function pushBuildObjects(context: SaveContext): Promise<CacheProgFinish> {
  const { state, deps, inputs } = context
  const run = state.cacheprog!
  const record = state.caches.find(candidate => candidate.kind === 'build')
  const skip = !record?.needed
    ? undefined
    : context.gate.reason
      ? { reason: context.gate.reason, detail: context.gate.detail ?? '' }
      : undefined
  const openStore = deps.openCacheProgStore
  return finishCacheProg(run, {
    push: openStore !== undefined,
    ...(skip ? { skip } : {}),
    timeoutMs: inputs.timeoutMs,
    readConfig: readRemoteConfig,
    openStore: openStore ?? (() => Promise.reject(new Error('no remote store in this runtime'))),
    logger: deps.logger,
    now: () => deps.clock.now()
  })
}

async function saveOne(record: RestoreRecord, context: SaveContext): Promise<SaveRecord> {
  const { deps, inputs, state, env } = context
  const started = deps.clock.now()
  const save: SaveRecord = {
    kind: record.kind,
    key: record.key,
    saved: false,
    detail: '',
    seconds: 0
  }
  const skip = (reason: SaveRecord['reason'], detail: string): SaveRecord => {
    save.reason = reason
    save.detail = detail
    save.seconds = (deps.clock.now() - started) / 1000
    return save
  }
  if (!record.key || !state.components) return skip('key-unavailable', record.detail)
  if (!record.needed) return skip('save-skipped-not-needed', record.detail)
  const layers = record.kind === 'mod' ? state.modLayers : undefined
  // A layered exact hit may still rebuild a stale base (the planner decides).
  if (record.hitKind === 'exact' && record.kind !== 'build' && !layers) {
    return skip(
      'save-skipped-exact-hit',
      'the restore was an exact hit and cache entries never change'
    )
  }
  if (context.gate.reason) return skip(context.gate.reason, context.gate.detail ?? '')
  if (context.unavailable) return skip('save-skipped-unavailable', context.unavailable)
  if (context.breaker.failedFor) {
    return skip(
      'save-skipped-unavailable',
      `not tried: the cache service failed for the ${CACHE_LABEL[context.breaker.failedFor]}`
    )
  }
  if (!(await exists(record.dir))) {
    return skip('save-skipped-nothing-new', `${record.dir} does not exist: nothing to save`)
  }
  if (layers) return saveLayered(record, layers, { save, skip, started }, context)
  if (state.mode === 'save-only') {
    // Not restored, so whether the key exists is unknown: look before packing an archive.
    try {
      const found = await deps.client.restore(record.paths, record.key, [], {
        lookupOnly: true,
        timeoutMs: inputs.timeoutMs
      })
      if (found.matchedKey !== undefined && isKeyOrGeneration(record.key, found.matchedKey)) {
        return skip(
          'save-skipped-exact-hit',
          `${record.key} already exists and cache entries never change`
        )
      }
    } catch (error) {
      deps.logger.debug(`lookup before saving failed: ${getErrorMessage(error)}`)
    }
  }

  const prepared =
    record.kind === 'mod'
      ? await prepareModCache(
          record,
          await neededModules(state.components, state.workspace, inputs, env, deps.logger),
          save,
          inputs,
          deps.logger
        )
      : await prepareBuildCache(record, save, inputs, deps.logger)
  if (prepared) {
    return skip(
      record.hitKind === 'exact' ? 'save-skipped-exact-hit' : 'save-skipped-nothing-new',
      prepared
    )
  }
  // Archive-mode build caches are saved as generations of their key, so an exact hit can advance.
  const saveKey =
    record.kind === 'build' ? generationKey(record.key, deps.clock.now().toString(36)) : record.key
  save.key = saveKey

  await writeCacheManifest(
    record.dir,
    record.kind,
    saveKey,
    state.components,
    new Date(deps.clock.now())
  )
  let outcome: SaveOutcome
  try {
    outcome = await deps.client.save(record.paths, saveKey, { timeoutMs: inputs.timeoutMs })
  } catch (error) {
    outcome = {
      cacheId: -1,
      failure:
        error instanceof TimeoutError
          ? { kind: 'timeout', message: error.message }
          : { kind: 'unavailable', message: getErrorMessage(error) }
    }
  }
  save.savedBytes = outcome.archiveBytes
  if (outcome.cacheId !== -1 && !outcome.failure) {
    save.saved = true
    save.seconds = (deps.clock.now() - started) / 1000
    return save
  }
  const failure = outcome.failure ?? { kind: 'reserved', message: 'the cache was not saved' }
  save.savedBytes = undefined
  switch (failure.kind) {
    case 'reserved':
      return skip(
        'save-skipped-reserved',
        `another job saved ${saveKey} first (a matrix leg or a concurrent run with the same key); its cache serves the next run`
      )
    case 'denied':
      return skip(
        'save-skipped-read-only',
        `this job's token may not write the cache (${failure.message})`
      )
    default:
      context.breaker.failedFor = record.kind
      return skip(
        'save-skipped-unavailable',
        `the cache service ${failure.kind === 'timeout' ? 'did not answer' : 'is unavailable'} (${failure.message}); the next run restores the previous entry`
      )
  }
}

type Skip = (reason: SaveRecord['reason'], detail: string) => SaveRecord

/** The module cache in layered mode: upload what the planner says (a delta, or a new base). */
async function saveLayered(
  record: RestoreRecord,
  layers: LayerState,
  { save, skip, started }: { save: SaveRecord; skip: Skip; started: number },
  context: SaveContext
): Promise<SaveRecord> {
  const { deps, inputs, state, env } = context
  const components = state.components!
  if (state.mode === 'save-only') {
    // Nothing was restored: a base of this set may exist already, and entries never change.
    const own = ownBaseKey(layers, components)
    try {
      const found = await deps.client.restore(layers.paths, own, [], {
        lookupOnly: true,
        timeoutMs: inputs.timeoutMs
      })
      if (found.matchedKey === own) {
        return skip(
          'save-skipped-exact-hit',
          `${own} already exists and cache entries never change`
        )
      }
    } catch (error) {
      deps.logger.debug(`lookup before saving failed: ${getErrorMessage(error)}`)
    }
  }
  const result = await saveModLayers(record.dir, layers, {
    client: deps.client,
    logger: deps.logger,
    components,
    tempDir: env.runnerTemp,
    timeoutMs: inputs.timeoutMs,
    clock: () => new Date(deps.clock.now())
  })
  save.prunedVersions = result.leftOut
  if (result.leftOut > 0) {
    deps.logger.info(
      `module cache: ${result.leftOut} ${result.leftOut === 1 ? 'version' : 'versions'} on disk the module set does not need ${result.leftOut === 1 ? 'is' : 'are'} left out of the layers`
    )
  }
  if (result.saved.length > 0) {
    save.saved = true
    save.key = result.saved.map(layer => layer.key).join(', ')
    save.savedBytes = result.saved.reduce((sum, layer) => sum + (layer.bytes ?? 0), 0)
    save.detail = result.plan.explanation
  }
  if (result.failure && save.saved) {
    deps.logger.warning(
      `module cache: ${result.failure.key} was not saved (${result.failure.message}); the next run downloads what it lacks`
    )
  } else if (result.failure) {
    if (result.failure.kind === 'denied') {
      return skip(
        'save-skipped-read-only',
        `this job's token may not write the cache (${result.failure.message})`
      )
    }
    context.breaker.failedFor = record.kind
    return skip(
      'save-skipped-unavailable',
      `the cache service ${result.failure.kind === 'timeout' ? 'did not answer' : 'is unavailable'} while saving ${result.failure.key} (${result.failure.message}); the next run restores the previous layers`
    )
  }
  if (save.saved) {
    save.seconds = (deps.clock.now() - started) / 1000
    return save
  }
  if (result.plan.decision === 'none') {
    return skip(
      record.hitKind === 'exact' ? 'save-skipped-exact-hit' : 'save-skipped-nothing-new',
      result.plan.explanation
    )
  }
  return skip(
    'save-skipped-reserved',
    `another job saved ${result.plan.saves.map(layer => layer.key).join(', ')} first; its layers serve the next run`
  )
}

interface NeededModules {
  zips: Set<string>
  mods: Set<string>
}

/**
 * The module versions to keep: the module set the key was made of, plus the
 * go.sum files as the job left them. A build with -mod=mod may add lines
 * that were missing when the key was computed; pruning what it just
 * downloaded would only make the next run download it again.
 */
async function neededModules(
  components: KeyComponents,
  workspace: RunState['workspace'],
  inputs: CacheRunInputs,
  env: CacheRunEnv,
  logger: Logger
): Promise<NeededModules> {
  const needed = { zips: moduleSetNeeded(components), mods: moduleGoModsNeeded(components) }
  try {
    const now = await discoverComponents({
      dir: inputs.workingDirectory,
      repoRoot: env.workspace,
      os: env.runnerOs,
      goflags: components.toolchain?.GOFLAGS ?? env.goflags,
      // The go.work the keys were made with (`go env GOWORK`), not $GOWORK, which misses `go env -w`.
      gowork: workspace?.gowork ?? env.gowork,
      ...(workspace?.goroot ? { goroot: workspace.goroot } : {})
    })
    for (const id of moduleSetNeeded(now)) needed.zips.add(id)
    for (const id of moduleGoModsNeeded(now)) needed.mods.add(id)
  } catch (error) {
    logger.debug(`re-reading go.sum after the build failed: ${getErrorMessage(error)}`)
  }
  return needed
}

/** Prunes GOMODCACHE; returns why there is nothing to save, or undefined to go on. */
async function prepareModCache(
  record: RestoreRecord,
  needed: NeededModules,
  save: SaveRecord,
  inputs: CacheRunInputs,
  logger: Logger
): Promise<string | undefined> {
  const current = await inventoryModCache(record.dir)
  const added = newModuleVersions(
    current,
    inventoryFromEntries(record.baseline ?? []),
    inputs.pruneModuleCache ? needed : undefined
  )
  const decision = modCacheSaveDecision({
    hitKind: record.hitKind,
    added: added.length,
    stale: staleModuleVersions(current, needed).length
  })
  if (!decision.save) return decision.detail
  if (added.length === 0) logger.info(`module cache: ${decision.detail}`)
  else
    logger.info(
      `module cache: ${added.length} new module ${added.length === 1 ? 'version' : 'versions'} (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''})`
    )
  if (inputs.pruneModuleCache) {
    const pruned = await pruneModCache(record.dir, { zips: needed.zips, goMods: needed.mods })
    save.prunedVersions = pruned.removedVersions.length + pruned.reducedToGoMod.length
    if (save.prunedVersions > 0) {
      logger.info(
        `module cache: pruned ${save.prunedVersions} ${save.prunedVersions === 1 ? 'version' : 'versions'} the module set no longer needs (${[...pruned.removedVersions, ...pruned.reducedToGoMod].slice(0, 3).join(', ')}${save.prunedVersions > 3 ? ', …' : ''})`
      )
    }
  }
  return undefined
}

/** Trims GOCACHE of what no saved run used within the retention window; returns why there is nothing to save, or undefined. */
async function prepareBuildCache(
  record: RestoreRecord,
  save: SaveRecord,
  inputs: CacheRunInputs,
  logger: Logger
): Promise<string | undefined> {
  const current = await listBuildCacheEntries(record.dir)
  const added = newEntries(current, record.baseline ?? [])
  const decision = buildCacheSaveDecision({
    hitKind: record.hitKind,
    restoredEntries: (record.baseline ?? []).length,
    newEntries: added.length
  })
  if (!decision.save) return decision.detail
  if (
    inputs.trimBuildCache &&
    record.untouchedBefore !== undefined &&
    record.staleBefore !== undefined
  ) {
    const trimmed = await trimStale(record.dir, record.baseline ?? [], {
      untouchedBefore: record.untouchedBefore,
      staleBefore: record.staleBefore
    })
    save.trimmedEntries = trimmed.removed
    logger.info(
      `build cache: trimmed ${trimmed.removed} ${trimmed.removed === 1 ? 'entry' : 'entries'} no saved run used since ${new Date(record.staleBefore).toISOString()}; kept ${trimmed.used} this run used and ${trimmed.keptUnused} an earlier run used since (a cached test result or link may stand for them)`
    )
  } else {
    if (inputs.trimBuildCache) save.trimmedEntries = 0
    await removeTrimMarker(record.dir)
  }
  return undefined
}
