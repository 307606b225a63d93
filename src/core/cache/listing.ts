/**
 * Telling miss causes apart from the repository's cache list
 * (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>`, which needs
 * `actions: read`). The action makes the call; this only reads the answer.
 */
import { matchAgainst } from './keys.js'
import type { CacheKeyPlan, MissReason } from './types.js'

/** The fields of one `actions_caches` item this needs. */
export interface ListedCache {
  key: string
  ref: string
  version: string
}

/**
 * Why nothing was restored although entries for this key ladder are listed:
 * - `version-mismatch`: a matching key in a readable ref, saved with other
 *   paths or another compression method (the cache version differs);
 * - `other-branch-scope`: matching keys only in refs this run cannot read
 *   (sibling branches, other PRs).
 * Returns undefined when no listed entry matches: the entry was evicted, never
 * saved, or the list is incomplete; the caller keeps `first-run` or uses what
 * else it knows (such as an earlier key recorded elsewhere) to say `evicted`.
 */
export function classifyListedMiss(
  plan: Pick<CacheKeyPlan, 'key' | 'restoreKeys'>,
  listed: readonly ListedCache[],
  scope: { version: string; readableRefs: readonly string[] }
): Extract<MissReason, 'version-mismatch' | 'other-branch-scope'> | undefined {
  const matching = listed.filter(entry => matchAgainst(plan, entry.key) !== 'miss')
  if (matching.length === 0) return undefined
  const readable = matching.filter(entry => scope.readableRefs.includes(entry.ref))
  if (readable.some(entry => entry.version !== scope.version)) return 'version-mismatch'
  if (readable.length === 0) return 'other-branch-scope'
  return undefined
}
