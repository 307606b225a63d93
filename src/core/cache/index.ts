/**
 * The cache core: discover the inputs, build the keys, write and read the
 * manifest, explain a restore, and the pieces the action's flows
 * (./flows/index.ts) and the CLI share: key planning with one `go env`
 * reader, GOCACHE trimming, GOMODCACHE pruning, the records and what is made
 * of them (outputs, summaries, metrics). No @actions/* imports and no stdout.
 */
import { zipEntries, splitEntry } from '../gomod/index.js'
import type { KeyComponents } from './types.js'

export type * from './types.js'
export type { KeyOptions } from './options.js'
export { discoverComponents, normalizeMatrix, normalizePathHash } from './discover.js'
export {
  planKeys,
  planModKey,
  planBuildKey,
  generationKey,
  isKeyOrGeneration,
  matchAgainst,
  sanitizeSegment,
  KEY_MAX_LENGTH,
  SEGMENT_MAX_LENGTH,
  DEFAULT_PREFIX
} from './keys.js'
export { explainRestore, hitKindOf, diffModuleSets, compareModuleVersions } from './explain.js'
export { parseToolchainIdentity, GO_ENV_VARIABLES } from './toolchain.js'
export {
  MANIFEST_DIR,
  manifestFor,
  manifestFileName,
  // Says what it parses: the fingerprint area has a manifest of its own.
  parseCacheManifest,
  parseComponents,
  parseComponentsDocument
} from './manifest.js'
export { readCacheManifest, writeCacheManifest } from './manifest-file.js'
export { expandHome } from './cache-dir.js'
export { classifyListedMiss, type ListedCache } from './listing.js'
export {
  planCacheKeys,
  keyOptionsFor,
  defaultRepoRoot,
  type KeySettings,
  type KeyPlanning,
  type ToolchainNeed
} from './plan-keys.js'
export {
  nodeGoEnvReader,
  describeGoEnvFailure,
  type GoEnvironment,
  type GoEnvReader,
  type GoEnvReaderOptions
} from './go-environment.js'
export { segmentDifference, probeKeys, type SegmentDifference } from './segments.js'
export type { ActionReason, RestoreRecord, SaveRecord } from './records.js'
export {
  CACHE_LABEL,
  isTrouble,
  restoreOutputs,
  restoreAnnotations,
  restoreSummary,
  finalSummary,
  formatBytes,
  formatSeconds
} from './report.js'
export { renderMetrics } from './metrics.js'
export {
  BACKDATE_MS,
  RETENTION_MS,
  forEachLimited,
  listBuildCacheEntries,
  dateRestoredEntries,
  staleCutoff,
  trimVerdict,
  trimStale,
  removeTrimMarker,
  newEntries,
  type RestoredDates,
  type TrimResult
} from './gocache.js'
export {
  escapeModulePath,
  unescapeModulePath,
  inventoryModCache,
  inventoryEntries,
  inventoryFromEntries,
  pruneModCache,
  isAlwaysKeptModule,
  newModuleVersions,
  removeTree,
  type ModCacheInventory
} from './modcache.js'

/** `module@version` entries whose zips the build needs (for pruning GOMODCACHE). */
export function moduleSetNeeded(components: KeyComponents): Set<string> {
  return new Set(zipEntries(components.moduleSet))
}

/**
 * `module@version` entries needed only for their go.mod (the module graph):
 * a prune should keep their `cache/download/<module>/@v/<version>.mod` files.
 */
export function moduleGoModsNeeded(components: KeyComponents): Set<string> {
  const needed = new Set<string>()
  for (const entry of components.moduleSet) {
    const { path, version, goModOnly } = splitEntry(entry)
    if (goModOnly) needed.add(`${path}@${version}`)
  }
  return needed
}
