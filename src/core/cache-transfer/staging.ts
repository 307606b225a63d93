/**
 * Atomic restore: an archive is extracted into a staging directory beside
 * each target, and the target is replaced by renames only once everything
 * was written. On any failure the staging directories are removed and the
 * targets are exactly as they were. Content a target already held and the
 * archive lacks is carried over with hard links (tar extraction over a
 * directory keeps such files too); the archive wins where both have a path.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

/** Removes a tree that may hold read-only directories (GOMODCACHE); missing is fine. */
export async function removeTree(dir: string): Promise<void> {
  const unlock = async (at: string): Promise<void> => {
    let entries
    try {
      await fs.chmod(at, 0o700)
      entries = await fs.readdir(at, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.isDirectory()) await unlock(path.join(at, entry.name))
    }
  }
  try {
    await fs.rm(dir, { recursive: true, force: true })
  } catch (error) {
    if (errnoCode(error) !== 'EACCES' && errnoCode(error) !== 'EPERM') throw error
    await unlock(dir)
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** A sibling path of `target` that nothing else uses: `.<name>.go-ci-kit-<purpose>-<random>`. */
function siblingOf(target: string, purpose: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.go-ci-kit-${purpose}-${randomBytes(6).toString('hex')}`
  )
}

/** The directory a target really is (a symlinked cache directory is replaced where it points). */
async function realTarget(target: string): Promise<{ dir: string; exists: boolean }> {
  const absolute = path.resolve(target)
  try {
    const real = await fs.realpath(absolute)
    const stat = await fs.stat(real)
    if (!stat.isDirectory()) {
      throw new Error(`${target} exists and is not a directory; it is left as it is`)
    }
    return { dir: real, exists: true }
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { dir: absolute, exists: false }
    throw error
  }
}

/** Hard-links into `into` whatever `from` holds that `into` lacks (copies when linking fails). */
async function carryOver(from: string, into: string): Promise<void> {
  const entries = await fs.readdir(from, { withFileTypes: true })
  for (const entry of entries) {
    const source = path.join(from, entry.name)
    const target = path.join(into, entry.name)
    let existing
    try {
      existing = await fs.lstat(target)
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error
    }
    if (entry.isDirectory()) {
      if (existing && !existing.isDirectory()) continue
      if (!existing) {
        const stat = await fs.stat(source)
        await fs.mkdir(target, { mode: 0o700 })
        await carryOver(source, target)
        await fs.chmod(target, stat.mode & 0o7777)
      } else {
        // The archive's directory: its mode is applied after this (it may be read-only).
        await carryOver(source, target)
      }
      continue
    }
    if (existing) continue
    if (entry.isSymbolicLink()) {
      await fs.symlink(await fs.readlink(source), target)
    } else if (entry.isFile()) {
      try {
        await fs.link(source, target)
      } catch {
        await fs.copyFile(source, target)
      }
    }
  }
}

export interface StagedRestore<T> {
  value: T
  /** Modes to apply to staged directories before the swap. */
  dirModes: { dir: string; mode: number }[]
}

/**
 * Runs `fill` on fresh staging directories (one per target, beside it), then
 * swaps them in. Returns what `fill` returned. Throws what failed, with every
 * target untouched and no staging directory left behind.
 */
export async function restoreAtomically<T>(
  targets: readonly string[],
  fill: (stagingRoots: string[]) => Promise<StagedRestore<T>>
): Promise<T> {
  const places = await Promise.all(targets.map(realTarget))
  const staging: string[] = []
  try {
    for (const place of places) {
      await fs.mkdir(path.dirname(place.dir), { recursive: true })
      const dir = siblingOf(place.dir, 'staging')
      await fs.mkdir(dir, { mode: 0o700 })
      staging.push(dir)
    }
    const { value, dirModes } = await fill([...staging])
    for (const [index, place] of places.entries()) {
      if (place.exists) await carryOver(place.dir, staging[index]!)
    }
    // Deepest first, so a read-only parent never blocks a child's chmod.
    for (const { dir, mode } of [...dirModes].reverse()) await fs.chmod(dir, mode)
    await swapIn(places, staging)
    return value
  } catch (error) {
    await Promise.all(staging.map(dir => removeTree(dir).catch(() => {})))
    throw error
  }
}

/** Renames every staging directory onto its target; undoes the ones done if one fails. */
async function swapIn(
  places: { dir: string; exists: boolean }[],
  staging: string[]
): Promise<void> {
  const done: { target: string; previous?: string; staged: string }[] = []
  try {
    for (const [index, place] of places.entries()) {
      const staged = staging[index]!
      if (!place.exists) {
        await fs.rename(staged, place.dir)
        done.push({ target: place.dir, staged })
        continue
      }
      const previous = siblingOf(place.dir, 'previous')
      await fs.rename(place.dir, previous)
      try {
        await fs.rename(staged, place.dir)
      } catch (error) {
        await fs.rename(previous, place.dir)
        throw error
      }
      done.push({ target: place.dir, previous, staged })
    }
  } catch (error) {
    for (const swap of done.reverse()) {
      await fs.rename(swap.target, swap.staged).catch(() => {})
      if (swap.previous) await fs.rename(swap.previous, swap.target).catch(() => {})
    }
    throw error
  }
  for (const swap of done) if (swap.previous) await removeTree(swap.previous).catch(() => {})
}
