/**
 * Where the gate's govulncheck stream comes from, as the user asked for it
 * (a saved file, the action's typed settings, or govulncheck's own arguments
 * as the CLI passes them), resolved to one StreamSource: the arguments, the
 * directory govulncheck runs in and the binary it scans.
 */
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { buildGovulncheckArgs, normaliseDb, type RunMode, type ScanFlag } from './govulncheck.js'
import { defaultPatterns, rebasePattern, scanDirectory } from './layout.js'
import type { ScanMode } from './types.js'

export type GovulncheckRequest =
  /**
   * A saved `govulncheck -json` stream. With mode binary and exactly one
   * package (the binary), its build info still finds the right go.mod.
   */
  | { kind: 'saved'; file: string; mode?: RunMode; packages?: string[] }
  /** Run govulncheck from typed settings (the action's inputs). */
  | {
      kind: 'settings'
      mode: RunMode
      scan: ScanFlag
      /** Package patterns relative to the working directory, or the binary in binary mode. */
      packages: string[]
      tags: string[]
      test: boolean
      /** A database URL or local path (relative to the working directory). */
      db?: string
      govulncheckVersion: string
    }
  /** Run govulncheck with its own command-line arguments (the CLI's after `--`). */
  | { kind: 'arguments'; args: string[]; govulncheckVersion: string }

export type StreamSource =
  /** A saved `govulncheck -json` stream. */
  | { kind: 'file'; file: string; mode?: ScanMode; binary?: string }
  /** Run govulncheck with these arguments (`-json` included) in the working directory. */
  | {
      kind: 'run'
      args: string[]
      mode: ScanMode
      /** Absolute path of the scanned binary in binary mode. */
      binary?: string
      /** Where govulncheck runs, when not the working directory (see scanDirectory). */
      cwd?: string
      govulncheckVersion: string
      forceInstall?: boolean
    }

export interface ResolvedSource {
  source: StreamSource
  /** The working directory, moved by a `-C` among govulncheck's arguments. */
  workingDirectory: string
}

export function resolveStreamSource(
  request: GovulncheckRequest,
  workingDirectory: string
): ResolvedSource {
  if (request.kind === 'saved') {
    const binary =
      request.mode === 'binary' && request.packages?.length === 1
        ? path.resolve(workingDirectory, request.packages[0])
        : undefined
    return {
      source: {
        kind: 'file',
        file: request.file,
        mode: request.mode === 'binary' ? 'binary' : undefined,
        binary
      },
      workingDirectory
    }
  }
  return request.kind === 'settings'
    ? { source: sourceFromSettings(request, workingDirectory), workingDirectory }
    : sourceFromArguments(request, workingDirectory)
}

function sourceFromSettings(
  request: Extract<GovulncheckRequest, { kind: 'settings' }>,
  workingDirectory: string
): StreamSource {
  const { mode } = request
  if (mode === 'binary' && request.packages.length === 0) {
    throw new ConfigurationError('mode: binary needs the binary to scan', {
      fix: 'set packages to the path of the built binary'
    })
  }
  const cwd = mode === 'source' ? scanDirectory(workingDirectory) : workingDirectory
  const packages =
    mode === 'binary'
      ? request.packages.map(p => path.resolve(workingDirectory, p))
      : (request.packages.length > 0 ? request.packages : defaultPatterns(workingDirectory)).map(
          p => rebasePattern(p, workingDirectory, cwd)
        )
  return {
    kind: 'run',
    args: buildGovulncheckArgs({
      mode,
      scan: request.scan,
      packages,
      tags: request.tags,
      test: request.test,
      db: normaliseDb(request.db, workingDirectory)
    }),
    mode,
    binary: mode === 'binary' ? packages[0] : undefined,
    cwd,
    govulncheckVersion: request.govulncheckVersion
  }
}

function sourceFromArguments(
  request: Extract<GovulncheckRequest, { kind: 'arguments' }>,
  startDirectory: string
): ResolvedSource {
  let args = govulncheckArgs(request.args, startDirectory)
  // govulncheck applies -C itself, from where it is started.
  let cwd = startDirectory
  const chdir = flagValue(args, 'C')
  const workingDirectory = chdir ? path.resolve(startDirectory, chdir) : startDirectory
  const mode = flagValue(args, 'mode') === 'binary' ? 'binary' : 'source'
  if (mode === 'source' && !chdir && scanDirectory(workingDirectory) !== workingDirectory) {
    // A go.work directory that is not a module: govulncheck runs in a used module.
    cwd = scanDirectory(workingDirectory)
    args = args.map((arg, i) =>
      arg.startsWith('-') || isFlagValue(args, i) ? arg : rebasePattern(arg, workingDirectory, cwd)
    )
  }
  return {
    source: {
      kind: 'run',
      args,
      mode,
      binary: mode === 'binary' ? path.resolve(workingDirectory, args[args.length - 1]) : undefined,
      cwd,
      govulncheckVersion: request.govulncheckVersion
    },
    workingDirectory
  }
}

/** Reads `-flag value` / `-flag=value` from govulncheck's own arguments. */
function flagValue(args: string[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i].replace(/^--/, '-')
    if (arg === `-${flag}`) return args[i + 1]
    if (arg.startsWith(`-${flag}=`)) return arg.slice(flag.length + 2)
  }
  return undefined
}

/** govulncheck's arguments with `-json` added when missing and the default patterns when none is given. */
export function govulncheckArgs(raw: string[], dir: string): string[] {
  const format = flagValue(raw, 'format')
  if (format !== undefined && format !== 'json') {
    throw new ConfigurationError(
      `vuln: govulncheck must print JSON, but -format ${format} was given`,
      {
        fix: 'drop -format (the gate adds -json)'
      }
    )
  }
  const args = raw.some(a => a === '-json' || a === '--json' || format !== undefined)
    ? [...raw]
    : ['-json', ...raw]
  const hasTarget = args.some((arg, i) => !arg.startsWith('-') && !isFlagValue(args, i))
  return hasTarget || flagValue(args, 'scan') === 'module'
    ? args
    : [...args, ...defaultPatterns(path.resolve(dir, flagValue(args, 'C') ?? '.'))]
}

const VALUE_FLAGS = new Set(['C', 'db', 'mode', 'scan', 'tags', 'format', 'show'])

function isFlagValue(args: string[], index: number): boolean {
  const previous = args[index - 1]
  if (!previous || !previous.startsWith('-') || previous.includes('=')) return false
  return VALUE_FLAGS.has(previous.replace(/^-+/, ''))
}
