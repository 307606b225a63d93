/**
 * Trimming GOCACHE to what this run used.
 *
 * The go command refreshes an entry's mtime when it uses it, but only when
 * the mtime is more than an hour old (cmd/go/internal/cache: mtimeInterval),
 * and its own trim deletes only entries unused for five days, at most once a
 * day (trimInterval, trimLimit). So, after a restore, every entry is dated two
 * hours back; whatever the build reads gets a fresh mtime; before the save,
 * entries still carrying the old date were not used by this run and go.
 *
 * trim.txt records Go's last trim. Restored from a cache it is always recent,
 * which stops Go from ever trimming (the cache then grows without bound), so
 * it is removed before saving: Go writes a fresh one after its next trim.
 */
import { readdir, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'

/** How far back restored entries are dated: twice Go's refresh interval, so any use refreshes them. */
export const BACKDATE_MS = 2 * 60 * 60_000

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

/** Dates every listed entry at `time` (ms since the epoch). Returns how many were dated. */
export async function backdateEntries(
  cacheDir: string,
  entries: readonly string[],
  time: number
): Promise<number> {
  const seconds = time / 1000
  let dated = 0
  await forEachLimited(entries, 64, async entry => {
    try {
      await utimes(path.join(cacheDir, entry), seconds, seconds)
      dated++
    } catch {
      // removed meanwhile: nothing to date
    }
  })
  return dated
}

export interface TrimResult {
  removed: number
  removedBytes: number
  kept: number
}

/**
 * Deletes the entries of `restored` whose mtime is still at or before
 * `untouchedBefore` (they were not used since the restore) and trim.txt.
 */
export async function trimUntouched(
  cacheDir: string,
  restored: readonly string[],
  untouchedBefore: number
): Promise<TrimResult> {
  const result: TrimResult = { removed: 0, removedBytes: 0, kept: 0 }
  await forEachLimited(restored, 64, async entry => {
    const file = path.join(cacheDir, entry)
    try {
      const info = await stat(file)
      // One second of slack for file systems that store whole seconds.
      if (info.mtimeMs <= untouchedBefore + 1000) {
        await rm(file, { force: true })
        result.removed++
        result.removedBytes += info.size
      } else {
        result.kept++
      }
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
