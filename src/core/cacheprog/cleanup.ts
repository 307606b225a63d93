/**
 * A bounded cleanup of a store that never evicts by itself (S3, a shared
 * directory). The Actions
 * cache service needs none: it evicts least-recently-used entries once a
 * repository passes its quota.
 *
 * Run by a push that compacted (it just wrote a new pack set):
 *
 * - indexes: under each key the KEEP_INDEXES newest stay; older ones go once
 *   they are older than the grace period. A key whose newest index is older
 *   than ABANDONED_KEY_MS (a dependency set no job builds any more) loses
 *   all of its indexes.
 * - packs: a pack that no remaining index references goes once it is older
 *   than the grace period (by LastModified).
 *
 * Also run on its own by `go-ci-kit cacheprog clean` (a bucket whose jobs
 * never compact, cleaned from a laptop or a scheduled job); `dryRun` then
 * deletes nothing and lists what would go.
 *
 * The grace period is what makes it safe beside concurrent writers: a writer
 * uploads its pack before its index, so a pack no index names yet is new and
 * stays; and a writer only references old packs through the newest index of
 * a key, which is always kept. If any remaining index cannot be read, no pack
 * is deleted.
 */
import type { ListedKey, RemoteStore } from '../remote-store/index.js'
import { FORMAT_ROOT } from './remote-format.js'
import { readIndex } from './remote-tier.js'

export const CLEANUP_GRACE_MS = 7 * 24 * 3600 * 1000
export const KEEP_INDEXES = 4
export const ABANDONED_KEY_MS = 30 * 24 * 3600 * 1000

export interface CleanupOptions {
  nowMs?: number
  graceMs?: number
  keepIndexes?: number
  signal?: AbortSignal
  /** Delete nothing; the counts and `planned` say what a real run would delete. */
  dryRun?: boolean
}

export interface CleanupResult {
  indexesDeleted: number
  packsDeleted: number
  /** Why nothing (or only indexes) was deleted, when so. */
  skipped?: string
  /** With dryRun: the keys a real run would delete. */
  planned?: { indexes: string[]; packs: string[] }
}

function newestFirst(a: ListedKey, b: ListedKey): number {
  return b.modifiedMs - a.modifiedMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)
}

/** The indexes to delete: beyond the newest `keep` of each key and past the grace period. */
export function expiredIndexes(
  indexes: readonly ListedKey[],
  nowMs: number,
  graceMs: number,
  keep: number
): ListedKey[] {
  const byKey = new Map<string, ListedKey[]>()
  for (const index of indexes) {
    const lineage = index.key.slice(0, index.key.lastIndexOf('/') + 1)
    byKey.set(lineage, [...(byKey.get(lineage) ?? []), index])
  }
  const expired: ListedKey[] = []
  for (const lineage of byKey.values()) {
    lineage.sort(newestFirst)
    const abandoned = nowMs - lineage[0]!.modifiedMs > ABANDONED_KEY_MS
    lineage.forEach((index, position) => {
      if ((abandoned || position >= keep) && nowMs - index.modifiedMs > graceMs) {
        expired.push(index)
      }
    })
  }
  return expired
}

export async function cleanUpStore(
  store: RemoteStore,
  options: CleanupOptions = {}
): Promise<CleanupResult> {
  if (!store.list || !store.delete) {
    return {
      indexesDeleted: 0,
      packsDeleted: 0,
      skipped: `a ${store.kind} store is not cleaned up by go-ci-kit`
    }
  }
  const nowMs = options.nowMs ?? Date.now()
  const graceMs = options.graceMs ?? CLEANUP_GRACE_MS
  const { signal } = options
  const indexes = await store.list(`${FORMAT_ROOT}/index/`, signal)
  const expired = expiredIndexes(indexes, nowMs, graceMs, options.keepIndexes ?? KEEP_INDEXES)
  const expiredKeys = new Set(expired.map(index => index.key))

  const remove = async (keys: string[]): Promise<void> => {
    if (keys.length > 0 && !options.dryRun) await store.delete!(keys, signal)
  }
  const done = (packKeys: string[], skipped?: string): CleanupResult => ({
    indexesDeleted: expired.length,
    packsDeleted: packKeys.length,
    ...(skipped !== undefined ? { skipped } : {}),
    ...(options.dryRun ? { planned: { indexes: [...expiredKeys], packs: packKeys } } : {})
  })

  const referenced = new Set<string>()
  for (const index of indexes) {
    if (expiredKeys.has(index.key)) continue
    try {
      for (const pack of (await readIndex(store, index.key, signal)).index.packs) {
        referenced.add(pack.key)
      }
    } catch (error) {
      // Deleted meanwhile (another cleanup): it references nothing any more.
      if ((error as { kind?: string }).kind === 'not-found') continue
      await remove([...expiredKeys])
      return done(
        [],
        `index ${index.key} could not be read (${(error as Error).message}), so no pack was deleted`
      )
    }
  }
  const packs = await store.list(`${FORMAT_ROOT}/packs/`, signal)
  const unreferenced = packs
    .filter(pack => !referenced.has(pack.key) && nowMs - pack.modifiedMs > graceMs)
    .map(pack => pack.key)
  // Indexes first: a reader never finds an index whose packs are gone because of this.
  await remove([...expiredKeys])
  await remove(unreferenced)
  return done(unreferenced)
}
