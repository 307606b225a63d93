/**
 * Lines a pull request adds or changes, from `GET /pulls/{n}/files` patches,
 * so annotations on those lines are shown first.
 */
import type { GitHubClient } from '../../github/client.js'
import { paginate } from '../../github/paginate.js'

export type ChangedLines = Map<string, Set<number>>

/** New-file line numbers of the `+` lines of a unified diff patch. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (hunk) {
      next = Number(hunk[1])
      continue
    }
    if (next === 0) continue
    if (line.startsWith('+')) lines.add(next++)
    else if (line.startsWith(' ')) next++
    // '-' lines and "\ No newline at end of file" do not advance the new file.
  }
  return lines
}

interface PullFile {
  filename: string
  status?: string
  patch?: string
}

export async function fetchChangedLines(
  client: GitHubClient,
  owner: string,
  repo: string,
  pullNumber: number
): Promise<ChangedLines> {
  const files = await paginate<PullFile>(
    client,
    '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    {
      pathParams: { owner, repo, pull_number: pullNumber }
    }
  )
  const changed: ChangedLines = new Map()
  for (const file of files) {
    if (file.status === 'removed' || typeof file.filename !== 'string') continue
    // Binary or very large diffs come without a patch: treat the whole file as changed.
    changed.set(file.filename, file.patch ? addedLines(file.patch) : new Set([-1]))
  }
  return changed
}

/** True when any line of [start, end] is added by the PR (or the whole file changed without a patch). */
export function touchesChangedLines(
  changed: ChangedLines | undefined,
  file: string | undefined,
  start: number | undefined,
  end: number | undefined
): boolean {
  if (!changed || file === undefined) return false
  const lines = changed.get(file)
  if (!lines) return false
  if (lines.has(-1)) return true
  const first = start ?? 1
  const last = Math.max(first, end ?? first)
  for (let line = first; line <= last && line < first + 1000; line++)
    if (lines.has(line)) return true
  return false
}
