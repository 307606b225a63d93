/**
 * Repository-relative paths, `/`-separated on every platform. Two contracts,
 * two names, because callers need both:
 * - `relativeOrDotDot` always answers: `.` for the root itself and `../x` for a
 *   file outside it (cache manifests and messages name every file they read);
 * - `insideRelative` answers only for files inside the root (`''` for the root
 *   itself) and undefined outside it (annotation and SARIF locations, which
 *   GitHub can only place inside the repository).
 * `pathForMessages` builds on the second for what a message names.
 */
import path from 'node:path'

/** `file` relative to `root`: `.` for the root itself, `../…` when outside it. */
export function relativeOrDotDot(root: string, file: string): string {
  const relative = path.relative(root, file)
  return relative === '' ? '.' : relative.split(path.sep).join('/')
}

/** `file` relative to `root` (`''` for the root itself), or undefined when it lies outside. */
export function insideRelative(root: string, file: string): string | undefined {
  const relative = path.relative(root, file)
  if (relative === '') return ''
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return undefined
  return relative.split(path.sep).join('/')
}

/** A path as the user sees it in a message: relative to `root` when inside it, else as given. */
export function pathForMessages(root: string, file: string): string {
  return insideRelative(root, path.resolve(file)) || file
}
