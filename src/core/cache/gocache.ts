/**
 * Trimming GOCACHE in archive mode.
 *
 * The go command refreshes an entry's mtime when it uses it, but only when
 * the mtime is more than an hour old (cmd/go/internal/cache: mtimeInterval),
 * and its own trim deletes entries unused for five days (trimLimit), at most
 * once a day (trimInterval). The archive carries every entry's mtime, so along
 * a line of saved runs an entry's mtime is the last time any of them used it.
 *
 * A run does not read every entry the next run needs: a cached test result
 * or link stands for compiles whose outputs it never opens, and a later change
 * needs them again. So the trim does not delete what this run left untouched;
 * it deletes what no run used within the retention window, as Go does on a
 * developer machine. At restore, entries dated within BACKDATE_MS of now are
 * dated back to it, so any use by this run refreshes them; older ones keep
 * the archive's date.
 *
 * trim.txt records Go's last trim. Restored from a cache it is always recent,
 * which stops Go from ever trimming (the cache then grows without bound), so
 * it is removed before saving: Go writes a fresh one after its next trim.
 */
import { readdir, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'

/** How far back recent restored entries are dated: twice Go's refresh interval, so any use refreshes them. */
export const BACKDATE_MS = 2 * 60 * 60_000

/**
 * Entries no saved run used for this long are trimmed: Go's own trimLimit
 * (5 days) plus its mtimeInterval (an hour), the cutoff Go applies itself.
 * The archive therefore holds what the last five days of saved runs used,
 * and no more: the bound setup-go lacks (its restored trim.txt stops Go's trim).
 */
export const RETENTION_MS = 5 * 24 * 60 * 60_000 + 60 * 60_000

const ENTRY_DIR = /^[0-9a-f]{2}$/

/** Runs `work` over `items` with at most `limit` in flight. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

async function listDir(dir: string): Promise<{ name: string; isFile: boolean; isDir: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.map(entry => ({
      name: entry.name,
      isFile: entry.isFile(),
      isDir: entry.isDirectory()
    }))
  } catch {
    return []
  }
}

/** Every entry file (`xx/<hash>-a`, `xx/<hash>-d`), relative to the cache dir, sorted. */
export async function listBuildCacheEntries(cacheDir: string): Promise<string[]> {
  const top = (await listDir(cacheDir)).filter(entry => entry.isDir && ENTRY_DIR.test(entry.name))
  const lists = await Promise.all(
    top.map(async sub =>
      (await listDir(path.join(cacheDir, sub.name)))
        .filter(entry => entry.isFile)
        .map(entry => `${sub.name}/${entry.name}`)
    )
  )
  return lists.flat().sort()
}

export interface RestoredDates {
  /** Restored entries dated at or before this time (ms) at save were not used by this run. */
  untouchedBefore: number
  /** Restored entries last used before this time (ms) are trimmed at save. */
  staleBefore: number
  /** How many entries were dated back to `untouchedBefore`. */
  backdated: number
}

/**
 * The trim cutoff: RETENTION_MS before now, the cutoff Go's own trim uses. (Go
 * trims too, at most once a day, since trim.txt is not saved; a later cutoff of
 * ours could not keep what Go's trim deletes.)
 */
export function staleCutoff(now: number): number {
  return now - RETENTION_MS
}

/**
 * Prepares restored entries for the trim: dates back to now − BACKDATE_MS the
 * entries newer than that (so a use by this run refreshes them) and keeps the
 * archive's date on the others. Returns the cutoffs the save uses.
 */
export async function dateRestoredEntries(
  cacheDir: string,
  entries: readonly string[],
  now: number
): Promise<RestoredDates> {
  const untouchedBefore = now - BACKDATE_MS
  const seconds = untouchedBefore / 1000
  let backdated = 0
  await forEachLimited(entries, 64, async entry => {
    const file = path.join(cacheDir, entry)
    try {
      const { mtimeMs } = await stat(file)
      if (mtimeMs > untouchedBefore) {
        await utimes(file, seconds, seconds)
        backdated++
      }
    } catch {
      // removed meanwhile: nothing to date
    }
  })
  return { untouchedBefore, staleBefore: staleCutoff(now), backdated }
}

export interface TrimResult {
  /** Entries deleted: no saved run used them since `staleBefore`. */
  removed: number
  removedBytes: number
  /** Restored entries this run used (refreshed since the restore). */
  used: number
  /** Restored entries this run did not use but a run within the retention window did: kept. */
  keptUnused: number
}

/** What the trim does with a restored entry, from its mtime at save. */
export function trimVerdict(
  mtimeMs: number,
  dates: Pick<RestoredDates, 'untouchedBefore' | 'staleBefore'>
): 'used' | 'kept' | 'stale' {
  // One second of slack for file systems that store whole seconds.
  if (mtimeMs > dates.untouchedBefore + 1000) return 'used'
  return mtimeMs < dates.staleBefore ? 'stale' : 'kept'
}

/**
 * Deletes the entries of `restored` that no saved run used since
 * `dates.staleBefore`, and trim.txt. Entries this run wrote are never
 * candidates; entries this run skipped (a cached test result or link stood
 * for them) stay as long as a run within the retention window used them.
 */
export async function trimStale(
  cacheDir: string,
  restored: readonly string[],
  dates: Pick<RestoredDates, 'untouchedBefore' | 'staleBefore'>
): Promise<TrimResult> {
  const result: TrimResult = { removed: 0, removedBytes: 0, used: 0, keptUnused: 0 }
  await forEachLimited(restored, 64, async entry => {
    const file = path.join(cacheDir, entry)
    try {
      const info = await stat(file)
      const verdict = trimVerdict(info.mtimeMs, dates)
      if (verdict === 'stale') {
        await rm(file, { force: true })
        result.removed++
        result.removedBytes += info.size
      } else if (verdict === 'used') result.used++
      else result.keptUnused++
    } catch {
      // already gone
    }
  })
  await removeTrimMarker(cacheDir)
  return result
}

/** Removes GOCACHE/trim.txt so a restored cache never suppresses Go's own trim. */
export async function removeTrimMarker(cacheDir: string): Promise<void> {
  await rm(path.join(cacheDir, 'trim.txt'), { force: true })
}

/** Entries present now that were not there after the restore. */
export function newEntries(current: readonly string[], baseline: readonly string[]): string[] {
  const before = new Set(baseline)
  return current.filter(entry => !before.has(entry))
}
