/**
 * The checks that keep an archive's entries inside the cache directories.
 * Archive entry names are `<root index>/<path inside that root>` (`0` alone
 * is the root itself); anything else is refused, never repaired.
 */

/** The archive asks for something the extractor will not do: nothing it holds is kept. */
export class ArchiveRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveRefusedError'
  }
}

export interface EntryPlace {
  /** Index into the cache directories the archive was made of. */
  root: number
  /** Path inside that directory, `/`-separated; '' for the directory itself. */
  rel: string
}

function quoted(name: string): string {
  return JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name)
}

/** Where an entry belongs, or an ArchiveRefusedError saying why it may not be written. */
export function placeEntry(name: string, roots: number): EntryPlace {
  const trimmed = name.endsWith('/') ? name.slice(0, -1) : name
  if (trimmed.includes('\0')) throw new ArchiveRefusedError(`entry ${quoted(name)} has a NUL byte`)
  if (trimmed.startsWith('/') || /^[A-Za-z]:/.test(trimmed)) {
    throw new ArchiveRefusedError(`entry ${quoted(name)} is an absolute path`)
  }
  if (trimmed.includes('\\')) {
    throw new ArchiveRefusedError(`entry ${quoted(name)} has a backslash in its path`)
  }
  const segments = trimmed.split('/')
  if (segments.includes('..')) {
    throw new ArchiveRefusedError(`entry ${quoted(name)} has a '..' segment`)
  }
  if (segments.some(segment => segment === '' || segment === '.')) {
    throw new ArchiveRefusedError(`entry ${quoted(name)} is not a plain relative path`)
  }
  const root = /^\d{1,3}$/.test(segments[0]!) ? Number(segments[0]) : NaN
  if (!(root < roots)) {
    throw new ArchiveRefusedError(
      `entry ${quoted(name)} belongs to no cache directory (this archive has ${roots})`
    )
  }
  return { root, rel: segments.slice(1).join('/') }
}

/**
 * Whether a symlink at `linkRel` (inside one cache directory) pointing at
 * `target` resolves inside that directory, following the archive's other
 * symlinks the way the kernel would. A lexical check alone is not enough:
 * with `a -> .`, the link `b -> a/..` looks like `.` but leaves the root.
 */
export function symlinkStaysInside(
  linkRel: string,
  target: string,
  links: ReadonlyMap<string, string>
): boolean {
  if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target) || target.includes('\\'))
    return false
  const stack = linkRel.split('/').slice(0, -1).filter(Boolean)
  const queue = target.split('/')
  let hops = 0
  while (queue.length > 0) {
    const segment = queue.shift()!
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (stack.length === 0) return false
      stack.pop()
      continue
    }
    stack.push(segment)
    const next = links.get(stack.join('/'))
    if (next === undefined) continue
    // The kernel gives up after 40 links; so do we (a loop is refused too).
    if (++hops > 40) return false
    if (next === '' || next.startsWith('/') || next.includes('\\')) return false
    stack.pop()
    queue.unshift(...next.split('/'))
  }
  return true
}
