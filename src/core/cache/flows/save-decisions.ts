/**
 * Whether the post step saves each cache, once the save gate
 * (save-policy.ts) let it save at all.
 */
import { splitEntry } from '../../gomod/index.js'
import { isAlwaysKeptModule, type HitKind } from '../index.js'
/** What the post step does with one cache, once the gate above let it save at all. */
export interface SaveDecision {
  save: boolean
  /**
   * Save under a new generation of the key (`keys.ts` generationKey): the
   * restore was exact, so the key itself already exists and cannot change.
   */
  newGeneration?: boolean
  /** Why, for the log and the summary (the skip detail when `save` is false). */
  detail: string
}

/**
 * Module versions the cache holds that the module set no longer needs: a zip
 * whose version is not needed as a zip, a go.mod needed by neither. These are
 * what a prune removes. Toolchain downloads (`golang.org/toolchain`) never
 * count: they are not in go.sum and a prune keeps them.
 */
export function staleModuleVersions(
  current: { zips: ReadonlySet<string>; mods: ReadonlySet<string> },
  needed: { zips: ReadonlySet<string>; mods: ReadonlySet<string> }
): string[] {
  const kept = (id: string) => isAlwaysKeptModule(splitEntry(id).path)
  const stale: string[] = []
  for (const id of current.zips) if (!needed.zips.has(id) && !kept(id)) stale.push(id)
  for (const id of current.mods) {
    if (!needed.zips.has(id) && !needed.mods.has(id) && !kept(id)) stale.push(`${id}/go.mod`)
  }
  return stale.sort()
}

/**
 * The module cache. A save needs new content: versions this run downloaded,
 * or versions the module set dropped (a `go mod tidy` that shrank go.sum).
 * Without the second rule a shrinking go.sum was "nothing new": the new key
 * was never saved, every later run restored the old entry as
 * partial/deps-changed, and the dropped versions were never pruned.
 */
export function modCacheSaveDecision(input: {
  hitKind: HitKind
  /** Needed versions present now and not after the restore. */
  added: number
  /** Versions the restored cache holds that the module set no longer needs. */
  stale: number
}): SaveDecision {
  if (input.added > 0) {
    return { save: true, detail: `${input.added} new module ${plural(input.added, 'version')}` }
  }
  if (input.stale > 0 && input.hitKind === 'partial') {
    return {
      save: true,
      detail: `the module set dropped ${input.stale} ${plural(input.stale, 'version')}: saved without them under the new key`
    }
  }
  return {
    save: false,
    detail:
      input.hitKind === 'partial'
        ? 'this run downloaded no module version the restored cache lacked; the next run restores the same entry'
        : 'this run downloaded no module versions'
  }
}

/**
 * Archive mode: the build key has no source component, so on a run of
 * commits that change no dependency every run is an exact hit and, entries
 * never changing, the saved GOCACHE stays at the first commit's state while
 * each run recompiles more. An exact hit therefore saves a new generation of
 * its key when the run wrote new entries amounting to at least
 * ADVANCE_FRACTION of what it restored (and ADVANCE_MIN_ENTRIES): the upload
 * of the whole archive is paid once per that much drift, not on every exact
 * hit. A run that compiled a few packages saves nothing.
 */
export const ADVANCE_FRACTION = 0.1
export const ADVANCE_MIN_ENTRIES = 50

export function buildCacheSaveDecision(input: {
  hitKind: HitKind
  /** GOCACHE entry files after the restore. */
  restoredEntries: number
  /** Entry files the run wrote that the restore did not bring. */
  newEntries: number
}): SaveDecision {
  const { hitKind, restoredEntries, newEntries } = input
  if (hitKind !== 'exact') {
    return newEntries > 0
      ? {
          save: true,
          detail: `${newEntries} new GOCACHE ${plural(newEntries, 'entry', 'entries')}`
        }
      : { save: false, detail: 'the build wrote no new GOCACHE entries' }
  }
  const threshold = Math.max(ADVANCE_MIN_ENTRIES, Math.ceil(restoredEntries * ADVANCE_FRACTION))
  if (newEntries >= threshold) {
    return {
      save: true,
      newGeneration: true,
      detail: `the build wrote ${newEntries} new GOCACHE entries, at least ${threshold} (${ADVANCE_FRACTION * 100}% of the ${restoredEntries} restored): saved as a new generation of the key`
    }
  }
  return {
    save: false,
    detail: `the restore was an exact hit and the build wrote ${newEntries} new GOCACHE ${plural(newEntries, 'entry', 'entries')}, under the ${threshold} that start a new generation`
  }
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many
}
