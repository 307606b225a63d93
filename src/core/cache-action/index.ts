/**
 * The cache action's logic (restore, save, trim, prune, reporting), written
 * against injected interfaces (CacheClient, GoEnvReader, Clock, CacheLister)
 * so it runs in unit tests without the runner or the cache service. The
 * entries in src/actions/cache/ supply the transfer (src/core/cache-transfer)
 * and `go env`.
 */
export * from './inputs.js'
export * from './client.js'
export * from './goenv.js'
export * from './listing.js'
export * from './state.js'
export * from './report.js'
export { renderMetrics } from './metrics.js'
export {
  runRestore,
  systemClock,
  type Clock,
  type RestoreDeps,
  type RestoreRun
} from './restore.js'
export { runSave, type SaveDeps, type SaveRun } from './save.js'
export { saveGate, forkOf, readableRefs, readEventPayload } from './policy.js'
export { segmentDifference, probeKeys } from './segments.js'
export {
  BACKDATE_MS,
  listBuildCacheEntries,
  backdateEntries,
  trimUntouched,
  newEntries
} from './gocache.js'
export {
  escapeModulePath,
  unescapeModulePath,
  inventoryModCache,
  pruneModCache,
  newModuleVersions,
  removeTree
} from './modcache.js'
export { expandHome, readCacheManifest, writeCacheManifest } from './manifest-file.js'
