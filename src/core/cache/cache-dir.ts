/**
 * Cache directories as the action names them: `~` is the runner's home, as
 * @actions/cache's globber read it, so keys and paths stay as they were.
 */
import os from 'node:os'
import path from 'node:path'

/** `~/x` → `$HOME/x`, as @actions/cache's globber reads it; other paths are made absolute. */
export function expandHome(file: string, home: string = os.homedir()): string {
  if (file === '~') return home
  if (file.startsWith('~/')) return path.join(home, file.slice(2))
  return path.resolve(file)
}
