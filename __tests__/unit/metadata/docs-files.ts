// The markdown documents users and contributors read, shared by the metadata tests.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

function markdownIn(dir: string): string[] {
  const full = path.join(repoRoot, dir)
  if (!existsSync(full)) return []
  return readdirSync(full)
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => `${dir}/${name}`)
}

/** README.md, CONTRIBUTING.md, docs/*.md and actions/<name>/README.md (those that exist). */
export function markdownDocs(): string[] {
  const actionReadmes = readdirSync(path.join(repoRoot, 'actions'))
    .sort()
    .map(name => `actions/${name}/README.md`)
  return ['README.md', 'CONTRIBUTING.md', ...markdownIn('docs'), ...actionReadmes].filter(file =>
    existsSync(path.join(repoRoot, file))
  )
}
