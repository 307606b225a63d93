/**
 * What the cache action records of each restore and save: the main step keeps
 * its RestoreRecords in the run state for the post step, and both steps turn
 * them into outputs, annotations, summaries (report.ts) and metrics (metrics.ts).
 */
import type { CacheKind, HitKind, MissReason } from './types.js'

/** The reasons the action reports: the core's, plus three only the action can see. */
export type ActionReason =
  | MissReason
  /** The archive downloaded but could not be extracted; treated as a miss. */
  | 'archive-corrupt'
  /** The key could not be computed (an unparsable go.work, no Go for the build key). */
  | 'key-unavailable'
  /** This cache is not used (vendor mode for the module cache, GOCACHE=off). */
  | 'not-needed'

export interface RestoreRecord {
  kind: CacheKind
  needed: boolean
  /** '' when the key could not be computed. */
  key: string
  restoreKeys: string[]
  /** Exactly as given to the cache client. */
  paths: string[]
  /** The cache directory, absolute. */
  dir: string
  matchedKey?: string
  hitKind: HitKind
  reasons: ActionReason[]
  detail: string
  restoredBytes?: number
  seconds: number
  /** What the cache held after the restore: GOCACHE entry files, or GOMODCACHE versions in module-set notation. */
  baseline?: string[]
  /** Recent GOCACHE entries were dated back to this time (ms); dated at or before it at save means unused by this run. */
  untouchedBefore?: number
  /** GOCACHE entries last used before this time (ms) are trimmed at save (gocache.ts: RETENTION_MS). */
  staleBefore?: number
  /** The service failed for this cache (unreachable, timed out, denied). */
  serviceFailed?: boolean
}

export interface SaveRecord {
  kind: CacheKind
  key: string
  saved: boolean
  /** Why nothing was saved (a save-skipped-* reason, or the restore's key-unavailable). */
  reason?: ActionReason
  detail: string
  savedBytes?: number
  seconds: number
  /** GOCACHE entries removed before the save because this run did not use them. */
  trimmedEntries?: number
  /** GOMODCACHE versions removed before the save because the module set no longer needs them. */
  prunedVersions?: number
}
