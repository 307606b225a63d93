/**
 * The cache action's flows (restore in the main step, save in the post step),
 * written against injected interfaces (CacheClient, GoEnvReader, Clock,
 * CacheLister) so they run in unit tests without the runner or the cache
 * service. The entries in src/actions/cache/ supply the transfer
 * (src/core/cache-transfer) and `go env`. What the flows share with the CLI
 * (key planning, trimming, pruning, reporting) is in the cache core's face,
 * ../index.ts.
 */
export * from './inputs.js'
export * from './client.js'
export * from './state.js'
export { createCacheLister, gitHubCacheLister, type CacheLister } from '../lister.js'
export {
  runRestore,
  systemClock,
  type Clock,
  type RestoreDeps,
  type RestoreRun
} from './restore.js'
export { runSave, type SaveDeps, type SaveRun } from './save.js'
export { saveGate, forkOf, type SaveGate } from './save-policy.js'
export { readableRefs, readEventPayload } from './event.js'
export {
  BUILD_CACHE_MODES,
  chooseBuildCacheMode,
  cliBesideStep,
  goCacheProgCommand,
  quoteGoCacheProgField,
  type BuildCacheMode,
  type CacheProgHost,
  type CacheProgRun
} from './cacheprog.js'
export { openCacheProgStore } from './cacheprog-store.js'
export type { CacheProgRemoteConfig } from './cacheprog-config.js'
