/**
 * What a git checkout tells without running git: where it starts (the nearest
 * directory holding `.git`, a directory or the file a worktree or submodule
 * has) and which commit HEAD is. Callers choose their own fallback when there
 * is none.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** A commit id: SHA-1 (40 hex digits) or SHA-256 (64). */
export const GIT_OBJECT_ID = /^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$/

/** The checkout root at or above `start`, or undefined outside any checkout. */
export function findCheckoutRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

/** HEAD's commit in a checkout, read from .git without running git; undefined if unknown. */
export function readGitHead(checkout: string): string | undefined {
  try {
    let gitDir = path.join(checkout, '.git')
    if (!existsSync(gitDir)) return undefined
    if (statSync(gitDir).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'))
      if (!pointer) return undefined
      gitDir = path.resolve(checkout, pointer[1].trim())
    }
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim()
    if (GIT_OBJECT_ID.test(head)) return head.toLowerCase()
    const symbolic = /^ref:\s*(.+)$/.exec(head)
    if (!symbolic) return undefined
    const refName = symbolic[1].trim()
    for (const dir of [gitDir, commonDir(gitDir)]) {
      const loose = path.join(dir, refName)
      if (existsSync(loose)) return readFileSync(loose, 'utf8').trim().toLowerCase()
      const packed = path.join(dir, 'packed-refs')
      if (existsSync(packed)) {
        for (const line of readFileSync(packed, 'utf8').split('\n')) {
          const [value, name] = line.trim().split(' ')
          if (name === refName && GIT_OBJECT_ID.test(value)) return value.toLowerCase()
        }
      }
    }
  } catch {
    // Best effort: without HEAD we keep GITHUB_REF/GITHUB_SHA.
  }
  return undefined
}

function commonDir(gitDir: string): string {
  const file = path.join(gitDir, 'commondir')
  return existsSync(file) ? path.resolve(gitDir, readFileSync(file, 'utf8').trim()) : gitDir
}
