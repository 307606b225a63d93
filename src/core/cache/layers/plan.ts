/**
 * The layered module cache planner: pure functions from typed inputs (the
 * checkout's module set, what the restore found) to lookups and saves. See
 * index.ts for how the layers work; this file only decides.
 */
import { ConfigurationError } from '../../errors.js'
import { moduleSetDigest } from '../../gomod/index.js'
import {
  baseKey,
  baseRoot,
  deltaKey,
  deltaRoot,
  parseLayerKey,
  setId,
  type LayerFamily,
  type LayerName
} from './keys.js'

/**
 * Rebuild the base when the versions it lacks pass this fraction of its size,
 * or the versions it holds that the set no longer needs pass this fraction of
 * the set (a shrinking go.sum, a removed module: the base must not keep
 * restoring what nothing uses).
 *
 * Chosen by measurement: bench/cache-layers.mjs replays 300 commits of
 * opentelemetry-go-contrib (200 of them change dependencies) through this
 * planner (`--refresh-fraction F` sweeps it). Uploaded module zips against the
 * actions/cache recipe, by fraction: 0.02 → 0.115×, 0.04 → 0.078×,
 * 0.06 → 0.066×, 0.08 → 0.058×, 0.10 → 0.053×, 0.12 → 0.051×, 0.14 → 0.063×,
 * 0.20 → 0.073×, 0.30 → 0.108×. Below the flat bottom the base is rebuilt (a
 * full upload) too often; above it every delta re-uploads a growing set of
 * versions the base lacks, and the stale versions restored with the base grow
 * (at 0.14 the last commit restores 1.12× what it needs, over the 1.1× target).
 * 0.10 is the low edge of the bottom: within 4% of its best uploads, while a
 * run restores on average 1.03× (at most 1.14×) what it needs.
 */
export const DEFAULT_REFRESH_FRACTION = 0.1

/**
 * The GOMODCACHE subtree a layer holds, and the files of each module version
 * in it (`<escaped path>/@v/<version>.zip|.mod|.info`). Extracted trees,
 * `.ziphash`, `.lock`, `.partial`, `*.tmp` and `sumdb/` are left out on
 * purpose: with a `.zip` and no `.ziphash`, the go command re-hashes the zip
 * and checks it against go.sum before it extracts it (modfetch's downloadZip
 * → hashZip → checkModSum in Go 1.27), and it checks every `.mod` it reads
 * against go.sum too. A restored extracted tree with its `.ziphash` is trusted
 * as it is, and without the `.ziphash` the go command refuses it.
 *
 * Measured with bench/modcache-forms.py on containerd (150 vendored modules
 * served from a GOPROXY=file:// folder, 129 zips used by `go build ./...`),
 * Go 1.27.4 offline, warm GOCACHE, medians of 5 on a loaded 2-core machine:
 *
 *   form                      files  on disk   tar.zst   untar   go build
 *   extracted + cache/dl       5466  51.7 MB   16.9 MB   4.4 s   10.6 s
 *   cache/download (no hash)    387  10.8 MB    9.7 MB   0.6 s   21.4 s
 *
 * One .go file changed in one module: the extracted form builds it without a
 * word (exit 0); the download form stops with "checksum mismatch … SECURITY
 * ERROR" (exit 1). So layers hold the download form: 0.58× the bytes to
 * transfer and store, and every restored module verified by the go command,
 * for about 7 s more per job here (re-hashing and extracting 129 zips, work a
 * runner without a cache does too).
 */
export const LAYER_SUBTREE = 'cache/download'
export const LAYER_FILE_KINDS = ['zip', 'mod', 'info'] as const

/** The module set of the checkout, as the go.work/go.sum reader found it. */
export interface LayerCheckout {
  family: LayerFamily
  /** `module@version` whose zips the build needs. */
  modules: readonly string[]
  /**
   * `module@version` whose go.mod the module graph needs (go.sum's `/go.mod`
   * lines). A version also listed in `modules` needs nothing more: its zip's
   * entry brings its .mod. The rest ride along in saves as .mod/.info only.
   */
  goMods?: readonly string[]
}

export interface LayerLookup {
  layer: LayerName
  key: string
  /** Prefixes, most similar first (@actions/cache restore keys). */
  restoreKeys: string[]
  /** Where the layer goes, relative to GOMODCACHE. */
  subtree: string
}

/** One layer the restore brought back: the key it matched and what its manifest lists. */
export interface RestoredLayer {
  key: string
  modules: readonly string[]
  goMods?: readonly string[]
}

export interface SaveInput {
  checkout: LayerCheckout
  restored: { base?: RestoredLayer; delta?: RestoredLayer }
  /**
   * What is on disk after the run (restored plus downloaded). A layer only
   * lists versions it can hold; default: every version the checkout needs.
   */
  available?: { modules: readonly string[]; goMods?: readonly string[] }
  /** Default DEFAULT_REFRESH_FRACTION. */
  refreshFraction?: number
}

export interface LayerSave {
  layer: LayerName
  key: string
  /** Versions whose zip, .mod and .info the entry holds. */
  modules: string[]
  /** Versions whose .mod and .info only the entry holds. */
  goMods: string[]
  subtree: string
  fileKinds: readonly string[]
  reason: string
}

export type SaveDecision = 'first-base' | 'rebase' | 'delta' | 'none'

export interface SavePlan {
  decision: SaveDecision
  saves: LayerSave[]
  /** Needed versions that neither restored layer held (the run downloaded them). */
  missing: string[]
  /** Versions the restored base lacks over its size (Infinity without a base). */
  deltaFraction: number
  /** Versions the restored base holds that the set does not need, over the set's size. */
  staleFraction: number
  refreshFraction: number
  /** One sentence for logs and the job summary. */
  explanation: string
}

interface Checkout {
  family: LayerFamily
  modules: string[]
  /** goMods whose zip is not needed. */
  graphOnly: string[]
  set: string
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort()
}

function normalize(checkout: LayerCheckout): Checkout {
  const modules = sortedUnique(checkout.modules)
  const goMods = sortedUnique(checkout.goMods ?? [])
  // The same digest as the archive key's `d…` segment: the module set's entries, sorted.
  const entries = [...modules, ...goMods.map(entry => `${entry}/go.mod`)].sort()
  const zips = new Set(modules)
  const graphOnly = goMods.filter(entry => !zips.has(entry))
  return { family: checkout.family, modules, graphOnly, set: setId(moduleSetDigest(entries)) }
}

/** The layer identity of a checkout's module set (the `d…` digits of its keys). */
export function layerSetId(checkout: LayerCheckout): string {
  return normalize(checkout).set
}

/**
 * Restore both layers: the base built from this exact set if there is one,
 * else the newest base; the delta on a base built from this set (empty), else
 * the newest delta for this set, else the newest delta of any set (it holds
 * what recent sets added, so a dependency bump downloads only its new versions).
 */
export function planRestore(checkout: LayerCheckout): LayerLookup[] {
  const { family, set } = normalize(checkout)
  return [
    {
      layer: 'base',
      key: baseKey(family, set),
      restoreKeys: [baseRoot(family)],
      subtree: LAYER_SUBTREE
    },
    {
      layer: 'delta',
      key: deltaKey(family, set, set),
      restoreKeys: [`${deltaRoot(family)}d${set}-`, deltaRoot(family)],
      subtree: LAYER_SUBTREE
    }
  ]
}

function checkFraction(value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`the base refresh fraction must be a number ≥ 0, got ${value}`, {
      fix: `use a fraction such as ${DEFAULT_REFRESH_FRACTION} (rebuild the base when the delta passes 10% of it)`
    })
  }
  return value
}

/**
 * What to save after the run. Never re-uploads a version the restored base
 * holds, except when it rebuilds the base, and never saves under a key it
 * restored exactly (cache entries are immutable).
 */
export function planSave(input: SaveInput): SavePlan {
  const refreshFraction = checkFraction(input.refreshFraction ?? DEFAULT_REFRESH_FRACTION)
  const checkout = normalize(input.checkout)
  const { family, set } = checkout
  const availableModules = input.available && new Set(input.available.modules)
  // Unknown .mod availability (the replay protocol says nothing of it): assume on disk.
  const availableGoMods = input.available?.goMods && new Set(input.available.goMods)
  const onDisk = (entry: string) => !availableModules || availableModules.has(entry)
  const goModOnDisk = (entry: string) =>
    !availableGoMods || availableGoMods.has(entry) || availableModules?.has(entry) === true

  const restoredBase = input.restored.base
  const restoredDelta = input.restored.delta
  const baseRef = restoredBase && parseLayerKey(family, restoredBase.key)
  const baseSet = baseRef?.layer === 'base' ? baseRef.set : undefined
  const baseModules = new Set(baseSet ? restoredBase?.modules : [])
  const baseGoMods = new Set(baseSet ? restoredBase?.goMods : [])
  const deltaModules = new Set(restoredDelta?.modules ?? [])

  const lacking = checkout.modules.filter(entry => !baseModules.has(entry))
  const lackingGoMods = checkout.graphOnly.filter(
    entry => !baseGoMods.has(entry) && !baseModules.has(entry)
  )
  const missing = lacking.filter(entry => !deltaModules.has(entry))
  const needed = new Set(checkout.modules)
  let stale = 0
  for (const entry of baseModules) if (!needed.has(entry)) stale++
  const staleFraction = needed.size === 0 ? (stale === 0 ? 0 : Infinity) : stale / needed.size
  const deltaFraction =
    baseSet === undefined
      ? Infinity
      : baseModules.size === 0
        ? lacking.length === 0
          ? 0
          : Infinity
        : lacking.length / baseModules.size

  const plan = (decision: SaveDecision, saves: LayerSave[], explanation: string): SavePlan => ({
    decision,
    saves,
    missing,
    deltaFraction,
    staleFraction,
    refreshFraction,
    explanation
  })
  const save = (
    layer: LayerName,
    key: string,
    modules: string[],
    goMods: string[],
    reason: string
  ) =>
    ({
      layer,
      key,
      modules: modules.filter(onDisk),
      goMods: goMods.filter(goModOnDisk),
      subtree: LAYER_SUBTREE,
      fileKinds: LAYER_FILE_KINDS,
      reason
    }) satisfies LayerSave
  const newBase = (reason: string): LayerSave[] => [
    save('base', baseKey(family, set), checkout.modules, checkout.graphOnly, reason),
    // An empty delta on the new base: later runs then restore it rather than
    // a delta of the old base through the ladder's last prefix.
    save('delta', deltaKey(family, set, set), [], [], 'the new base holds the whole set')
  ]

  const ownBaseKey = baseKey(family, set)
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`

  if (baseSet === undefined) {
    const why = restoredBase
      ? `the restored entry ${restoredBase.key} is not a base of this cache`
      : 'no base was restored'
    return plan('first-base', newBase(why), `${why}: save the whole set as a new base`)
  }
  const ownDeltaKey = deltaKey(family, set, baseSet)
  const deltaIsExact = restoredDelta?.key === ownDeltaKey
  if (ownBaseKey !== restoredBase?.key) {
    if (deltaFraction > refreshFraction) {
      const why = `the base lacks ${lacking.length} of ${checkout.modules.length} versions, ${percent(deltaFraction)} of its ${baseModules.size} (over ${percent(refreshFraction)})`
      return plan('rebase', newBase(why), `${why}: rebuild the base from this set`)
    }
    if (staleFraction > refreshFraction) {
      const why = `the base holds ${stale} versions this set does not need, ${percent(staleFraction)} of its ${checkout.modules.length} (over ${percent(refreshFraction)})`
      return plan('rebase', newBase(why), `${why}: rebuild the base from this set`)
    }
    if (deltaIsExact && missing.length > 0) {
      // The delta for this set and base exists but lacks versions, and entries
      // cannot be replaced: only a new base gets this set out of downloading them.
      const why = `the delta ${restoredDelta?.key} lacks ${missing.length} needed versions and cannot be replaced`
      return plan('rebase', newBase(why), `${why}: rebuild the base from this set`)
    }
  }
  if (lacking.length === 0) {
    // The base covers the set; an empty delta keeps later restores from bringing a stale one.
    if ((restoredDelta?.modules.length ?? 0) > 0 && !deltaIsExact) {
      return plan(
        'delta',
        [save('delta', ownDeltaKey, [], [], 'the base holds the whole set')],
        'the base holds every needed version: save an empty delta'
      )
    }
    return plan('none', [], 'the base holds every needed version: nothing to save')
  }
  const deltaRef = restoredDelta && parseLayerKey(family, restoredDelta.key)
  const deltaBase = deltaRef?.layer === 'delta' ? deltaRef.base : undefined
  if (missing.length === 0 && deltaBase === baseSet) {
    return plan(
      'none',
      [],
      `base and delta hold every needed version (the base lacks ${lacking.length}, ${percent(deltaFraction)}): nothing to save`
    )
  }
  if (deltaIsExact) {
    // Only reachable when the base itself was built from this set but saved
    // incomplete: neither key can be replaced, so the run keeps downloading.
    return plan(
      'none',
      [],
      `the base and delta of this set exist but lack ${missing.length} versions; cache entries cannot be replaced`
    )
  }
  const why =
    missing.length > 0
      ? `the run downloaded ${missing.length} versions; the base lacks ${lacking.length} (${percent(deltaFraction)})`
      : `the restored delta ${restoredDelta?.key ?? ''} sits on another base; the base lacks ${lacking.length} (${percent(deltaFraction)})`
  return plan(
    'delta',
    [save('delta', ownDeltaKey, lacking, lackingGoMods, why)],
    `${why}: save a delta`
  )
}

/** Go's case-encoding for module paths and versions in the module cache (`!` + lower case). */
function escapeCase(text: string): string {
  return text.replace(/[A-Z]/g, letter => `!${letter.toLowerCase()}`)
}

/**
 * The files a saved layer holds, relative to GOMODCACHE, for the transfer to
 * pack: `.zip`, `.mod` and `.info` of each module version, `.mod` and `.info`
 * of each go.mod-only version.
 */
export function layerFiles(save: Pick<LayerSave, 'modules' | 'goMods'>): string[] {
  const files: string[] = []
  const add = (entry: string, kinds: readonly string[]) => {
    const at = entry.lastIndexOf('@')
    const stem = `${LAYER_SUBTREE}/${escapeCase(entry.slice(0, at))}/@v/${escapeCase(entry.slice(at + 1))}`
    for (const kind of kinds) files.push(`${stem}.${kind}`)
  }
  for (const entry of save.modules) add(entry, LAYER_FILE_KINDS)
  for (const entry of save.goMods) add(entry, ['mod', 'info'])
  return files
}
