/**
 * File-system helpers for discovery: a go.mod walk that skips what the go
 * command skips, and tolerant reads (a missing file is normal, an unreadable
 * one or a symlink loop is a warning naming the path, never a crash).
 *
 * Reads are bounded (OPEN_FILES_AT_ONCE) so a 600-module workspace does not
 * run a runner with a low open-file limit out of descriptors, and a read that
 * still fails for a passing reason (EMFILE, ENFILE) is retried. A file that
 * cannot be read for any reason other than a lasting, reported state of the
 * tree fails the key: it is never silently left out of it.
 */
import type { Dirent } from 'node:fs'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'

/** Files and directories discovery keeps open at once (self-hosted runners often allow 1024 in all). */
export const OPEN_FILES_AT_ONCE = 32

/** Waits between attempts when the process or system is out of descriptors. */
const OUT_OF_DESCRIPTORS_RETRY_MS = [10, 50, 100, 250, 500, 1000, 2000]

/** States of the tree that read the same way every run: reported and left out, as documented. */
const LASTING_READ_FAILURES = new Set(['ELOOP', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR'])

let openNow = 0
const waitingForSlot: (() => void)[] = []

/** Runs `task` when fewer than OPEN_FILES_AT_ONCE others hold a descriptor, retrying EMFILE/ENFILE. */
export async function withOpenFile<T>(task: () => Promise<T>): Promise<T> {
  if (openNow >= OPEN_FILES_AT_ONCE)
    await new Promise<void>(resolve => waitingForSlot.push(resolve))
  else openNow++
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await task()
      } catch (error) {
        const code = errorCode(error)
        const outOfDescriptors = code === 'EMFILE' || code === 'ENFILE'
        if (!outOfDescriptors || attempt >= OUT_OF_DESCRIPTORS_RETRY_MS.length) throw error
        await sleep(OUT_OF_DESCRIPTORS_RETRY_MS[attempt])
      }
    }
  } finally {
    // Hand the slot straight to the next waiter, or give it back.
    const next = waitingForSlot.shift()
    if (next) next()
    else openNow--
  }
}

/** A read that failed for a reason that may not hold next run: the key cannot be trusted. */
function unreadableInput(what: string, error: unknown): ConfigurationError {
  const code = errorCode(error)
  return new ConfigurationError(`cannot read ${what}: ${describeError(error)}`, {
    fix:
      code === 'EMFILE' || code === 'ENFILE'
        ? 'raise the open-file limit of the runner (`ulimit -n`); no key is computed rather than one without this file'
        : 'check the file system; no key is computed rather than one without this file'
  })
}

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

/** A module directory and the file that declares it there. */
export interface FoundModule {
  dir: string
  /**
   * `go.mod`, or `vendor.mod` in a directory that has no go.mod: the layout of
   * repositories that keep their requirements out of the module system
   * (docker/cli), built with `-modfile=vendor.mod`, a go.mod symlinked to it,
   * or GOPATH mode over the vendor/ directory `go mod vendor` made from it.
   */
  modFile: 'go.mod' | 'vendor.mod'
}

/**
 * Directories under `root` (itself included) that hold a go.mod (or, without
 * one, a vendor.mod), sorted. Symlinked directories are not followed, as in
 * the go command's `./...`, so symlink loops cannot trap the walk.
 */
export async function findModuleDirs(root: string, logger: Logger): Promise<FoundModule[]> {
  const found: FoundModule[] = []
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await withOpenFile(() => readdir(dir, { withFileTypes: true }))
    } catch (error) {
      if (!LASTING_READ_FAILURES.has(errorCode(error) ?? '') && errorCode(error) !== 'ENOENT') {
        throw unreadableInput(`the directory ${dir}`, error)
      }
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
    const isFileEntry = (entry: Dirent) => entry.isFile() || entry.isSymbolicLink()
    let modFile: FoundModule['modFile'] | undefined
    for (const entry of entries) {
      if (entry.name === 'go.mod' && isFileEntry(entry)) modFile = 'go.mod'
      else if (entry.name === 'vendor.mod' && isFileEntry(entry)) modFile ??= 'vendor.mod'
      else if (entry.isDirectory() && !isSkippedDir(entry.name)) {
        children.push(visit(path.join(dir, entry.name)))
      } else if (entry.isSymbolicLink() && !isSkippedDir(entry.name)) {
        logger.debug(`not following the symbolic link ${path.join(dir, entry.name)}`)
      }
    }
    if (modFile) found.push({ dir, modFile })
    await Promise.all(children)
  }
  await visit(root)
  return found.sort((a, b) => comparePaths(a.dir, b.dir))
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
    return await withOpenFile(() => readFile(file))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      // A dangling symlink is worth a warning; a file that is simply absent is not.
      if (await isDanglingLink(file))
        logger.warning(
          `cannot read ${shownAs}: it is a broken symbolic link; it is left out of the key`
        )
      return undefined
    }
    if (!LASTING_READ_FAILURES.has(errorCode(error) ?? '')) throw unreadableInput(shownAs, error)
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
    ENOENT: 'no such file or directory',
    EMFILE: 'too many open files in this process',
    ENFILE: 'too many open files on the system'
  }
  if (code && explanations[code]) return `${explanations[code]} (${code})`
  return error instanceof Error ? error.message : String(error)
}
