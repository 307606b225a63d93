/**
 * The module cache in `module-cache: layered` mode (the default): the
 * planner's lookups and saves (../layers) carried out through the cache
 * client. Each layer is one cache entry holding part of
 * GOMODCACHE/cache/download (zips, .mod, .info; no .ziphash, so the go
 * command checks every zip against go.sum when it extracts it), restored
 * base first, then delta, each extraction atomic on its own.
 *
 * Each layer carries `.go-ci-kit/layer-<base|delta>.json` (inside
 * cache/download): its key, the versions it holds and the key components of
 * the run that saved it, so the save can plan and a partial restore can say
 * what changed. A layer that fails to restore (corrupt, refused) is a warning
 * and a miss of that layer only; the go command downloads what it lacks.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { zipEntries, splitEntry } from '../../gomod/index.js'
import { getErrorMessage, isConfigurationError } from '../../errors.js'
import { writeFileAtomic } from '../../io.js'
import type { Logger } from '../../report.js'
import {
  explainRestore,
  formatBytes,
  inventoryModCache,
  parseComponents,
  removeTree,
  type CacheKeyPlan,
  type KeyComponents,
  type RestoreRecord
} from '../index.js'
import {
  LAYER_SUBTREE,
  baseKey,
  baseRoot,
  deltaRoot,
  layerCoverage,
  layerFiles,
  layerSetId,
  planRestore,
  planSave,
  type LayerCheckout,
  type LayerFamily,
  type LayerName,
  type LayerSave,
  type RestoredLayer,
  type SavePlan
} from '../layers/index.js'
import type { CacheClient, ClientFailure } from './client.js'

/** What the main step hands the post step about the layers. */
export interface LayerState {
  family: LayerFamily
  /** The configured GOMODCACHE path plus `/cache/download` (the entries' cache version hashes it). */
  paths: string[]
  base?: RestoredLayer
  delta?: RestoredLayer
}

const LAYER_MANIFEST_DIR = '.go-ci-kit'

function manifestPath(layerDir: string, layer: LayerName): string {
  return path.join(layerDir, LAYER_MANIFEST_DIR, `layer-${layer}.json`)
}

/** The layer family and module set of this run, from the module key's segments and components. */
export function layerCheckoutOf(plan: CacheKeyPlan, components: KeyComponents): LayerCheckout {
  const segment = (name: string) => plan.segments.find(s => s.name === name)?.value
  const keyFiles = segment('key-files')
  return {
    family: {
      prefix: segment('prefix') ?? 'go',
      os: segment('os') ?? '',
      ...(keyFiles ? { keyFiles: keyFiles.slice(1) } : {})
    },
    ...layerModulesOf(components)
  }
}

/** The versions whose zips the set needs, and those it needs only the go.mod of. */
function layerModulesOf(components: KeyComponents): Omit<LayerCheckout, 'family'> {
  return {
    modules: zipEntries(components.moduleSet),
    goMods: components.moduleSet
      .map(splitEntry)
      .filter(entry => entry.goModOnly)
      .map(entry => `${entry.path}@${entry.version}`)
  }
}

/** `<GOMODCACHE as configured>/cache/download`: the paths the layers' cache version hashes. */
export function layerPaths(plan: CacheKeyPlan): string[] {
  return [`${plan.paths[0]!.replace(/[/\\]+$/, '')}/${LAYER_SUBTREE}`]
}

interface LayerManifest extends RestoredLayer {
  components?: KeyComponents
}

async function readLayerManifest(
  layerDir: string,
  layer: LayerName,
  logger: Logger
): Promise<LayerManifest | undefined> {
  const file = manifestPath(layerDir, layer)
  let document: Record<string, unknown>
  try {
    document = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
  const strings = (value: unknown) =>
    Array.isArray(value) && value.every(item => typeof item === 'string')
  if (
    document?.schema !== 1 ||
    document.layer !== layer ||
    typeof document.key !== 'string' ||
    !strings(document.modules) ||
    !strings(document.goMods)
  ) {
    logger.warning(`${file} is not a layer manifest of this version; the layer is treated as empty`)
    return undefined
  }
  let components: KeyComponents | undefined
  try {
    components = parseComponents(JSON.stringify(document.components), file)
  } catch (error) {
    if (!isConfigurationError(error)) throw error
    logger.debug(`layer manifest components unusable: ${error.userMessage}`)
  }
  return {
    key: document.key,
    modules: document.modules as string[],
    goMods: document.goMods as string[],
    ...(components ? { components } : {})
  }
}

export interface LayerRestoreContext {
  client: CacheClient
  logger: Logger
  components: KeyComponents
  lookupOnly: boolean
  timeoutMs: number
}

/**
 * Restores base then delta into GOMODCACHE/cache/download and fills the
 * record (hit kind, reasons, detail, matched keys). Returns the layer state
 * for the post step, or a service failure (the caller stops trying the cache
 * service for this job).
 */
export async function restoreModLayers(
  plan: CacheKeyPlan,
  record: RestoreRecord,
  context: LayerRestoreContext
): Promise<{ state: LayerState; failure?: ClientFailure }> {
  const { client, logger, components, lookupOnly } = context
  const checkout = layerCheckoutOf(plan, components)
  const lookups = planRestore(checkout)
  const paths = layerPaths(plan)
  const layerDir = path.join(record.dir, LAYER_SUBTREE)
  const state: LayerState = { family: checkout.family, paths }
  record.key = lookups.find(lookup => lookup.layer === 'delta')!.key
  record.restoreKeys = lookups.flatMap(lookup => [lookup.key, ...lookup.restoreKeys])
  record.paths = paths

  const matched: string[] = []
  const corrupt: string[] = []
  const manifests: Partial<Record<LayerName, LayerManifest>> = {}
  let bytes: number | undefined
  for (const lookup of lookups) {
    let outcome
    try {
      outcome = await client.restore(paths, lookup.key, lookup.restoreKeys, {
        lookupOnly,
        timeoutMs: context.timeoutMs
      })
    } catch (error) {
      outcome = { failure: { kind: 'unavailable' as const, message: getErrorMessage(error) } }
    }
    if (outcome.failure?.kind === 'corrupt') {
      // This layer is a miss; the other may still serve, and the go command downloads the rest.
      corrupt.push(`the ${lookup.layer} layer could not be extracted (${outcome.failure.message})`)
      // Entries never change, so the save must know which key is damaged: as an empty layer,
      // the planner never reuses it (a damaged delta of this very set makes it rebuild the base).
      const damaged = await lookupKey(client, paths, lookup, context.timeoutMs)
      if (damaged) state[lookup.layer] = { key: damaged, modules: [], goMods: [] }
      continue
    }
    if (outcome.failure) return { state, failure: outcome.failure }
    if (outcome.matchedKey === undefined) continue
    matched.push(outcome.matchedKey)
    if (outcome.archiveBytes !== undefined) bytes = (bytes ?? 0) + outcome.archiveBytes
    if (lookupOnly) continue
    const manifest = (await readLayerManifest(layerDir, lookup.layer, logger)) ?? {
      key: outcome.matchedKey,
      modules: [],
      goMods: []
    }
    // A manifest left by an earlier restore on this runner names another key: not this layer's.
    manifests[lookup.layer] =
      manifest.key === outcome.matchedKey
        ? manifest
        : { key: outcome.matchedKey, modules: [], goMods: [] }
    state[lookup.layer] = {
      key: outcome.matchedKey,
      modules: manifests[lookup.layer]!.modules,
      goMods: manifests[lookup.layer]!.goMods ?? []
    }
  }
  if (matched.length > 0) record.matchedKey = matched.join('\n')
  if (bytes !== undefined) record.restoredBytes = bytes
  describe(record, { checkout, lookups, matched, corrupt, manifests, lookupOnly, components })
  for (const problem of corrupt) logger.warning(`module cache: ${problem}; treated as a miss`)
  return { state }
}

/** The key a lookup matches, without downloading; undefined when the lookup fails. */
async function lookupKey(
  client: CacheClient,
  paths: string[],
  lookup: { key: string; restoreKeys: string[] },
  timeoutMs: number
): Promise<string | undefined> {
  try {
    const found = await client.restore(paths, lookup.key, lookup.restoreKeys, {
      lookupOnly: true,
      timeoutMs
    })
    return found.failure ? undefined : found.matchedKey
  } catch {
    return undefined
  }
}

function describe(
  record: RestoreRecord,
  found: {
    checkout: LayerCheckout
    lookups: ReturnType<typeof planRestore>
    matched: string[]
    corrupt: string[]
    manifests: Partial<Record<LayerName, LayerManifest>>
    lookupOnly: boolean
    components: KeyComponents
  }
): void {
  const { checkout, matched, corrupt, manifests } = found
  const corruptReasons = corrupt.length > 0 ? (['archive-corrupt'] as const) : []
  const trouble = corrupt.length > 0 ? `; ${corrupt.join('; ')}` : ''
  if (matched.length === 0) {
    record.hitKind = 'miss'
    record.reasons = corrupt.length > 0 ? [...corruptReasons] : ['first-run']
    record.detail = `no layer matches ${baseRoot(checkout.family)}… or ${deltaRoot(checkout.family)}…${trouble}`
    return
  }
  if (found.lookupOnly) {
    // Without downloading, only the keys say anything: this set's own delta means nothing to download.
    const own = `${deltaRoot(checkout.family)}d${found.lookups[0]!.key.slice(-16)}-`
    const exact = matched.length === 2 && matched[1]!.startsWith(own)
    record.hitKind = exact ? 'exact' : 'partial'
    record.reasons = exact ? [] : ['deps-changed']
    record.detail = `a restore would use ${matched.join(' and ')}`
    return
  }
  const coverage = layerCoverage(checkout, { base: manifests.base, delta: manifests.delta })
  const held = coverage.needed - coverage.missing.length
  const layers = `${matched.join(' and ')} hold ${held} of the ${coverage.needed} module versions the set needs`
  if (coverage.hitKind === 'exact') {
    record.hitKind = 'exact'
    record.reasons = []
    record.detail = `${layers}${trouble}`
    return
  }
  record.hitKind = 'partial'
  const previous = manifests.delta?.components ?? manifests.base?.components
  const explanation = explainRestore('mod', found.components, previous, {
    primaryKey: record.key,
    matchedKey: matched.at(-1)!
  })
  const reasons = explanation.hitKind === 'partial' ? explanation.reasons : []
  record.reasons = [...corruptReasons, ...reasons]
  if (record.reasons.length === 0) record.reasons = ['deps-changed']
  const shown = coverage.missing.slice(0, 3).join(', ')
  const more = coverage.missing.length > 3 ? `, and ${coverage.missing.length - 3} more` : ''
  record.detail =
    `${reasons.length > 0 ? `${explanation.detail}; ` : ''}${layers}; ` +
    `${coverage.missing.length} to download (${shown}${more})${trouble}`
}

/** The base key built from this run's module set (mode save-only looks it up before saving). */
export function ownBaseKey(state: LayerState, components: KeyComponents): string {
  return baseKey(state.family, layerSetId({ family: state.family, ...layerModulesOf(components) }))
}

export interface LayerSaveContext {
  client: CacheClient
  logger: Logger
  components: KeyComponents
  tempDir: string
  timeoutMs: number
  clock: () => Date
}

export interface LayerSaveResult {
  plan: SavePlan
  saved: { key: string; bytes?: number }[]
  /** Versions on disk the saved layers leave out (the set no longer needs them). */
  leftOut: number
  failure?: ClientFailure & { key: string }
}

/**
 * Plans the save from what came back and what is on disk now, and uploads
 * each planned layer (a new delta, or a new base plus its empty delta). A
 * layer holds only the planner's files, staged with hard links.
 */
export async function saveModLayers(
  modCache: string,
  state: LayerState,
  context: LayerSaveContext
): Promise<LayerSaveResult> {
  const checkout: LayerCheckout = { family: state.family, ...layerModulesOf(context.components) }
  const inventory = await inventoryModCache(modCache)
  const savePlan = planSave({
    checkout,
    restored: {
      ...(state.base ? { base: state.base } : {}),
      ...(state.delta ? { delta: state.delta } : {})
    },
    available: { modules: [...inventory.zips], goMods: [...inventory.mods] }
  })
  context.logger.info(`module cache (layered): ${savePlan.explanation}`)
  const needed = new Set(checkout.modules)
  const leftOut = [...inventory.zips].filter(id => !needed.has(id)).length
  const result: LayerSaveResult = { plan: savePlan, saved: [], leftOut }
  for (const layer of savePlan.saves) {
    const staged = await stageLayer(modCache, layer, context)
    try {
      let outcome
      try {
        outcome = await context.client.save(state.paths, layer.key, {
          timeoutMs: context.timeoutMs,
          dirs: [staged]
        })
      } catch (error) {
        outcome = {
          cacheId: -1,
          failure: { kind: 'unavailable' as const, message: getErrorMessage(error) }
        }
      }
      if (outcome.cacheId !== -1 && !outcome.failure) {
        result.saved.push({
          key: layer.key,
          ...(outcome.archiveBytes !== undefined ? { bytes: outcome.archiveBytes } : {})
        })
        context.logger.info(
          `module cache: saved the ${layer.layer} layer ${layer.key} (${layer.modules.length} versions, ${formatBytes(outcome.archiveBytes)}): ${layer.reason}`
        )
        continue
      }
      const failure = outcome.failure ?? { kind: 'reserved' as const, message: 'not saved' }
      // Another job saved this layer first: its copy serves; try the rest.
      if (failure.kind === 'reserved') {
        context.logger.info(`module cache: another job saved ${layer.key} first`)
        continue
      }
      result.failure = { ...failure, key: layer.key }
      return result
    } finally {
      await removeTree(staged)
    }
  }
  return result
}

/** Hard-links (or copies) the layer's files into a fresh directory under tempDir, with its manifest. */
async function stageLayer(
  modCache: string,
  layer: LayerSave,
  context: LayerSaveContext
): Promise<string> {
  const staged = path.join(
    context.tempDir,
    'go-ci-kit',
    `modlayer-${layer.layer}-${randomBytes(6).toString('hex')}`
  )
  await fs.mkdir(staged, { recursive: true })
  const prefix = `${LAYER_SUBTREE}/`
  for (const file of layerFiles(layer)) {
    const from = path.join(modCache, file)
    const to = path.join(staged, file.slice(prefix.length))
    await fs.mkdir(path.dirname(to), { recursive: true })
    try {
      await fs.link(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue // an .info the proxy did not serve
      await fs.copyFile(from, to)
    }
  }
  await writeFileAtomic(
    manifestPath(staged, layer.layer),
    JSON.stringify({
      schema: 1,
      layer: layer.layer,
      key: layer.key,
      modules: layer.modules,
      goMods: layer.goMods,
      components: context.components,
      createdAt: context.clock().toISOString()
    })
  )
  return staged
}
