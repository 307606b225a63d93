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
import type { MissReason } from '../index.js'

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
