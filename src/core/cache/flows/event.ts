/**
 * The workflow event as the cache flows read it: the payload file, and the
 * refs whose caches this run may restore (its own, the default branch and a
 * pull request's base), which tell a miss from another branch's scope.
 */
import { readFile } from 'node:fs/promises'

/** Reads the event payload; a missing or unreadable file is an empty payload. */
export async function readEventPayload(eventPath: string | undefined): Promise<unknown> {
  if (!eventPath) return {}
  try {
    return JSON.parse(await readFile(eventPath, 'utf8'))
  } catch {
    return {}
  }
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
