/**
 * When the post step may save at all, whatever the caches hold.
 *
 * - `save-if: false` → save-skipped-condition.
 * - ACTIONS_CACHE_MODE `read` or `none` (the runner's read-only cache token)
 *   → save-skipped-read-only. @actions/cache would skip too, silently.
 * - A pull request from a fork (`pull_request*` events whose head repository
 *   is not the base repository) → save-skipped-fork. Such a run may only write
 *   its PR's own scope, which nobody else can restore, and it runs untrusted
 *   code; for `pull_request_target` a save would even land in the base
 *   branch's scope (cache poisoning).
 */
import { readFile } from 'node:fs/promises'
import type { HitKind, MissReason } from '../cache/index.js'

export interface SaveGate {
  reason?: Extract<
    MissReason,
    'save-skipped-condition' | 'save-skipped-read-only' | 'save-skipped-fork'
  >
  detail?: string
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

interface RepoRef {
  full_name?: unknown
}

/** Reads the event payload; a missing or unreadable file is an empty payload. */
export async function readEventPayload(eventPath: string | undefined): Promise<unknown> {
  if (!eventPath) return {}
  try {
    return JSON.parse(await readFile(eventPath, 'utf8'))
  } catch {
    return {}
  }
}

/** `head owner/name` when the event is a pull request from another repository, else undefined. */
export function forkOf(eventName: string, payload: unknown): string | undefined {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return undefined
  const pr = (
    payload as { pull_request?: { head?: { repo?: RepoRef | null }; base?: { repo?: RepoRef } } }
  )?.pull_request
  if (!pr) return undefined
  const base =
    (typeof pr.base?.repo?.full_name === 'string' ? pr.base.repo.full_name : undefined) ??
    (payload as { repository?: RepoRef }).repository?.full_name
  const head = pr.head?.repo
  // A deleted fork has no head repository left.
  if (head === null) return '(deleted fork)'
  const headName = typeof head?.full_name === 'string' ? head.full_name : undefined
  if (headName === undefined || base === undefined) return undefined
  return headName.toLowerCase() !== String(base).toLowerCase() ? headName : undefined
}

export function saveGate(options: {
  saveIf: boolean
  cacheMode: string
  eventName: string
  payload: unknown
}): SaveGate {
  if (!options.saveIf) {
    return { reason: 'save-skipped-condition', detail: 'save-if is false' }
  }
  if (options.cacheMode === 'read' || options.cacheMode === 'none') {
    return {
      reason: 'save-skipped-read-only',
      detail: `ACTIONS_CACHE_MODE=${options.cacheMode}: this job's cache token may not write`
    }
  }
  const fork = forkOf(options.eventName, options.payload)
  if (fork) {
    return {
      reason: 'save-skipped-fork',
      detail: `${options.eventName} from the fork ${fork}: caches are not saved from forks`
    }
  }
  return {}
}

/** Refs whose caches this run may restore: its own, the default branch and the PR base. */
export function readableRefs(ref: string, baseRef: string | undefined, payload: unknown): string[] {
  const refs = new Set<string>()
  if (ref) refs.add(ref)
  if (baseRef) refs.add(baseRef.startsWith('refs/') ? baseRef : `refs/heads/${baseRef}`)
  const defaultBranch = (payload as { repository?: { default_branch?: unknown } })?.repository
    ?.default_branch
  if (typeof defaultBranch === 'string' && defaultBranch) refs.add(`refs/heads/${defaultBranch}`)
  return [...refs]
}

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
  const kept = (id: string) => id.startsWith('golang.org/toolchain@')
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
