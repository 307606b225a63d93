/**
 * File-system helpers for discovery: a go.mod walk that skips what the go
 * command skips, and tolerant reads (a missing file is normal, an unreadable
 * one or a symlink loop is a warning naming the path, never a crash).
 */
import type { Dirent } from 'node:fs'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'

/** Directory names the go command ignores for `./...`, plus node_modules. */
export function isSkippedDir(name: string): boolean {
  return (
    name === 'vendor' ||
    name === 'testdata' ||
    name === 'node_modules' ||
    name.startsWith('.') ||
    name.startsWith('_')
  )
}

/**
 * Directories under `root` (itself included) that hold a go.mod, sorted.
 * Symlinked directories are not followed, as in the go command's `./...`,
 * so symlink loops cannot trap the walk.
 */
export async function findModuleDirs(root: string, logger: Logger): Promise<string[]> {
  const found: string[] = []
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      if (dir === root) {
        throw new ConfigurationError(
          `cannot list the working directory ${dir}: ${describeError(error)}`,
          {
            fix: 'check its permissions'
          }
        )
      }
      logger.warning(`cannot list ${dir}: ${describeError(error)}; it is left out of the key`)
      return
    }
    const children: Promise<void>[] = []
    for (const entry of entries) {
      if (entry.name === 'go.mod' && (entry.isFile() || entry.isSymbolicLink())) found.push(dir)
      else if (entry.isDirectory() && !isSkippedDir(entry.name)) {
        children.push(visit(path.join(dir, entry.name)))
      } else if (entry.isSymbolicLink() && !isSkippedDir(entry.name)) {
        logger.debug(`not following the symbolic link ${path.join(dir, entry.name)}`)
      }
    }
    await Promise.all(children)
  }
  await visit(root)
  return found.sort(comparePaths)
}

/** Sorts by path segments so `a/b` comes before `a-b` (stable on every platform). */
export function comparePaths(a: string, b: string): number {
  const x = a.split(/[\\/]/)
  const y = b.split(/[\\/]/)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
  }
  return x.length - y.length
}

/**
 * Reads a file as UTF-8 text. A missing file gives `undefined` silently;
 * anything else that stops the read (permissions, a symlink loop, a directory
 * in the way) gives `undefined` and a warning naming the path.
 */
export async function readTextTolerant(
  file: string,
  shownAs: string,
  logger: Logger
): Promise<string | undefined> {
  const bytes = await readBytesTolerant(file, shownAs, logger)
  return bytes === undefined ? undefined : bytes.toString('utf8')
}

export async function readBytesTolerant(
  file: string,
  shownAs: string,
  logger: Logger
): Promise<Buffer | undefined> {
  try {
    return await readFile(file)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      // A dangling symlink is worth a warning; a file that is simply absent is not.
      if (await isDanglingLink(file))
        logger.warning(
          `cannot read ${shownAs}: it is a broken symbolic link; it is left out of the key`
        )
      return undefined
    }
    logger.warning(`cannot read ${shownAs}: ${describeError(error)}; it is left out of the key`)
    return undefined
  }
}

async function isDanglingLink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink()
  } catch {
    return false
  }
}

export async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

export function describeError(error: unknown): string {
  const code = errorCode(error)
  const explanations: Record<string, string> = {
    ELOOP: 'symbolic link loop',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a parent is not a directory',
    ENOENT: 'no such file or directory'
  }
  if (code && explanations[code]) return `${explanations[code]} (${code})`
  return error instanceof Error ? error.message : String(error)
}

/** Repo-relative POSIX path for manifests and messages ('.' for the root itself). */
export function repoRelative(repoRoot: string, file: string): string {
  const relative = path.relative(repoRoot, file)
  return relative === '' ? '.' : relative.split(path.sep).join('/')
}
