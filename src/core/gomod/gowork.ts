/**
 * Which go.work the go command uses, by its own rule (cmd/go/internal/modload
 * FindGoWork and findWorkspaceFile, Go 1.22 to 1.27):
 * - GOWORK=off: none;
 * - GOWORK empty or `auto`: the first go.work in the working directory or a
 *   parent, up to the file-system root, never crossing into GOROOT (the walk
 *   stops when the next parent is GOROOT). It does not stop at a repository root;
 * - anything else must be an absolute path ("go: invalid GOWORK: not an absolute
 *   path"), and the go command fails when that file cannot be read.
 *
 * Pass the value `go env GOWORK` reports when Go is at hand: it also sees a
 * GOWORK set with `go env -w` (the GOENV file), which the process environment
 * does not. `go env GOWORK` reports the file it found (or '' or `off`), and
 * searching again from that answer gives the same file.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { GoEnvFailure, readGoEnv } from './goenv.js'

export interface GoWorkSetting {
  /** GOWORK as the go command sees it: `go env GOWORK`, else `$GOWORK`; undefined means unset. */
  gowork?: string
  /** GOROOT, when known: the upward search never crosses into it. */
  goroot?: string
}

/** The absolute go.work path the go command would use from `dir`, or undefined for none. */
export function findGoWork(dir: string, setting: GoWorkSetting = {}): string | undefined {
  const gowork = setting.gowork?.trim() ?? ''
  if (gowork === 'off') return undefined
  if (gowork === '' || gowork === 'auto') return searchGoWork(path.resolve(dir), setting.goroot)
  if (!path.isAbsolute(gowork)) {
    throw new ConfigurationError(`GOWORK=${gowork} is not an absolute path`, {
      fix: 'set GOWORK to the absolute path of a go.work file, to off, or unset it (the go command refuses a relative GOWORK too)'
    })
  }
  if (!isFile(gowork)) {
    throw new ConfigurationError(`GOWORK names ${gowork}, which does not exist`, {
      fix: 'point GOWORK at an existing go.work, set GOWORK=off, or unset it'
    })
  }
  return gowork
}

function searchGoWork(start: string, goroot: string | undefined): string | undefined {
  const stopAt = goroot ? path.resolve(goroot) : undefined
  for (let dir = start; ;) {
    const candidate = path.join(dir, 'go.work')
    if (isFile(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir || parent === stopAt) return undefined
    dir = parent
  }
}

/** The nearest directory at or above `start` holding a go.mod file (the main module's root). */
export function findModuleRoot(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, 'go.mod'))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}

/**
 * GOWORK and GOROOT as the go command sees them: `go env` (which also reads a
 * GOWORK set with `go env -w`) when a go command runs in `dir`, else the
 * process environment, so callers that need no toolchain still work.
 */
export async function readGoWorkSetting(
  dir: string,
  env: NodeJS.ProcessEnv,
  onFallback?: (reason: string) => void
): Promise<GoWorkSetting> {
  try {
    const { values } = await readGoEnv({ dir, env, variables: ['GOWORK', 'GOROOT'] })
    return { gowork: values.GOWORK, goroot: values.GOROOT }
  } catch (error) {
    if (!(error instanceof GoEnvFailure)) throw error
    onFallback?.(error.message)
    return { gowork: env.GOWORK, goroot: env.GOROOT }
  }
}
