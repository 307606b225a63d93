/**
 * Finding, installing and running govulncheck. Processes go through an
 * injected ProcessRunner so the logic can be tested without spawning; the
 * real runner (node:child_process) is at the bottom. govulncheck's JSON mode
 * exits 0 whether or not it finds anything, and 1 (after printing the config
 * message) when it cannot load the code: a non-zero exit is always a failure
 * with its stderr shown, never "0 vulnerabilities".
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { findExecutable } from '../executables.js'
import { writeThroughTemp } from '../io.js'
import type { Logger } from '../report.js'

export interface ProcessResult {
  /** null when the process could not be started or was killed by a signal. */
  exitCode: number | null
  signal?: string
  stderr: string
  /** Set when the process could not be started (e.g. ENOENT). */
  spawnError?: string
}

export interface ProcessOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** When set, stdout is streamed into this file; otherwise it is discarded. */
  stdoutFile?: string
}

export interface ProcessRunner {
  run(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult>
}

/** govulncheck (or `go install`) failed: the CLI exits 3, the action fails the step with stderr. */
export class ToolFailure extends ConfigurationError {
  readonly exitCode: number | null
  readonly stderr: string

  constructor(message: string, details: { exitCode: number | null; stderr: string; fix?: string }) {
    super(message, { fix: details.fix })
    this.name = 'ToolFailure'
    this.exitCode = details.exitCode
    this.stderr = details.stderr
  }
}

export const GOVULNCHECK_MODULE = 'golang.org/x/vuln/cmd/govulncheck'
/**
 * Installed when govulncheck is not on PATH. v1.9.0 (the Debian govulncheck
 * 1.9.0 the tests run) needs Go 1.26+ to build and reads Go 1.26 and 1.27
 * code; v1.1.4, the previous default, panics under Go 1.27
 * ("unexpected expr: *ast.KeyValueExpr" in its x/tools SSA builder).
 */
export const DEFAULT_GOVULNCHECK_VERSION = 'v1.9.0'

export type RunMode = 'source' | 'binary'
export type ScanFlag = 'symbol' | 'package' | 'module'

export interface GovulncheckArgs {
  mode: RunMode
  scan: ScanFlag
  tags: string[]
  test: boolean
  db?: string
  /** Package patterns, or the binary path in binary mode. */
  packages: string[]
}

/** Flags for `govulncheck -json`, leaving defaults out so older releases accept them. */
export function buildGovulncheckArgs(options: GovulncheckArgs): string[] {
  if (options.mode === 'binary' && (options.test || options.tags.length > 0)) {
    throw new ConfigurationError('binary mode does not take tags or test', {
      fix: 'remove the tags and test inputs, or use mode: source'
    })
  }
  if (options.mode === 'binary' && options.packages.length !== 1) {
    throw new ConfigurationError(
      `binary mode scans exactly one binary, but packages has ${options.packages.length} entries`,
      { fix: 'set packages to the path of the built binary' }
    )
  }
  // govulncheck refuses patterns at module level; it scans the module in the working directory.
  const packages = options.scan === 'module' && options.mode === 'source' ? [] : options.packages
  const args = ['-json']
  if (options.mode !== 'source') args.push('-mode', options.mode)
  if (options.scan !== 'symbol') args.push('-scan', options.scan)
  if (options.db) args.push('-db', options.db)
  if (options.tags.length > 0) args.push('-tags', options.tags.join(','))
  if (options.test) args.push('-test')
  return [...args, ...packages]
}

/** Normalises a -db value: local paths become absolute file:// URLs, which govulncheck requires. */
export function normaliseDb(db: string | undefined, baseDir: string): string | undefined {
  if (!db) return undefined
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
    if (db.startsWith('file://') && !db.startsWith('file:///')) {
      return `file://${path.resolve(baseDir, db.slice('file://'.length))}`
    }
    return db
  }
  return `file://${path.resolve(baseDir, db)}`
}

export interface LocateOptions {
  env: NodeJS.ProcessEnv
  runner: ProcessRunner
  /** Version to install when govulncheck is not on PATH (or always, with `forceInstall`). */
  version: string
  forceInstall?: boolean
  /** Where `go install` puts the binary (GOBIN). */
  installDir: string
  logger: Logger
}

/** govulncheck from PATH, else `go install …@version`; no Go either is a ConfigurationError. */
export async function locateGovulncheck(options: LocateOptions): Promise<string> {
  const onPath = options.forceInstall ? undefined : findExecutable('govulncheck', options.env)
  if (onPath) {
    options.logger.info(`Using govulncheck from PATH: ${onPath}`)
    return onPath
  }
  const go = findExecutable('go', options.env)
  if (!go) {
    throw new ConfigurationError(
      'govulncheck is not on PATH and Go is not installed, so it cannot be installed either',
      {
        fix: 'add actions/setup-go before this step (the gate then runs `go install golang.org/x/vuln/cmd/govulncheck@<govulncheck-version>`), put govulncheck on PATH, or pass input-file'
      }
    )
  }
  const version = /^v?\d/.test(options.version)
    ? `v${options.version.replace(/^v/, '')}`
    : options.version
  mkdirSync(options.installDir, { recursive: true })
  options.logger.info(`Installing govulncheck ${version} with ${go}`)
  const result = await options.runner.run(go, ['install', `${GOVULNCHECK_MODULE}@${version}`], {
    cwd: options.installDir,
    // Outside any module or workspace, and without -mod flags that `go install pkg@version` rejects.
    env: { ...options.env, GOBIN: options.installDir, GOWORK: 'off', GOFLAGS: '' }
  })
  if (result.exitCode !== 0) {
    throw new ToolFailure(
      `go install ${GOVULNCHECK_MODULE}@${version} failed (${describeExit(result)})${stderrBlock(result.stderr)}`,
      {
        exitCode: result.exitCode,
        stderr: result.stderr,
        fix: /requires go >= ?([\w.]+)/.test(result.stderr)
          ? `govulncheck ${version} needs Go ${/requires go >= ?([\w.]+)/.exec(result.stderr)![1]} or later to build: set up that Go (actions/setup-go) or pick an older govulncheck-version`
          : 'check govulncheck-version (newer releases need a newer Go) and that the module proxy is reachable'
      }
    )
  }
  return path.join(
    options.installDir,
    process.platform === 'win32' ? 'govulncheck.exe' : 'govulncheck'
  )
}

export interface RunGovulncheckOptions {
  runner: ProcessRunner
  binary: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** The JSON stream is written here (through a temp file renamed on success). */
  outputFile: string
  logger: Logger
}

export async function runGovulncheck(options: RunGovulncheckOptions): Promise<{ stderr: string }> {
  options.logger.info(`Running ${[options.binary, ...options.args].join(' ')} in ${options.cwd}`)
  // The output file appears only when the scan completed.
  const result = await writeThroughTemp(options.outputFile, async temp => {
    const run = await options.runner.run(options.binary, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdoutFile: temp
    })
    if (run.exitCode !== 0) {
      throw new ToolFailure(
        `govulncheck failed (${describeExit(run)}), so there is no result: the scan did not complete${stderrBlock(run.stderr)}`,
        { exitCode: run.exitCode, stderr: run.stderr, fix: failureHint(run.stderr) }
      )
    }
    return run
  })
  if (result.stderr.trim()) options.logger.debug(`govulncheck stderr:\n${result.stderr.trim()}`)
  return { stderr: result.stderr }
}

function describeExit(result: ProcessResult): string {
  if (result.spawnError) return `could not start: ${result.spawnError}`
  if (result.signal) return `killed by ${result.signal}`
  return `exit code ${result.exitCode}`
}

const HEAD_LINES = 15
const TAIL_LINES = 25
const MAX_LINE = 400

/**
 * The stderr shown in an error: its first and last lines. A Go panic puts the
 * reason on the first line and thousands of goroutine lines after it, while
 * a build error's summary comes last; both ends matter.
 */
export function stderrExcerpt(stderr: string): string {
  const lines = stderr
    .trim()
    .split(/\r?\n/)
    .map(line => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line))
  if (lines.length <= HEAD_LINES + TAIL_LINES) return lines.join('\n')
  const omitted = lines.length - HEAD_LINES - TAIL_LINES
  return [
    ...lines.slice(0, HEAD_LINES),
    `… (${omitted} lines omitted) …`,
    ...lines.slice(-TAIL_LINES)
  ].join('\n')
}

function stderrBlock(stderr: string): string {
  const text = stderrExcerpt(stderr)
  return text ? `:\n${text}\n` : ''
}

/** A fix for the failures people hit most, recognised from govulncheck's stderr. */
export function failureHint(stderr: string): string | undefined {
  if (/^panic: |\ngoroutine \d+ \[/m.test(stderr)) {
    return `govulncheck crashed; old releases panic on newer Go (v1.1.4 under Go 1.27: "unexpected expr: *ast.KeyValueExpr"): set govulncheck-version to ${DEFAULT_GOVULNCHECK_VERSION} or later (it needs Go 1.26+), or report it at https://go.dev/issue/new`
  }
  if (
    /mismatch between the Go version|source-processing packages|requires go >=|go\.mod requires go|newer Go version/i.test(
      stderr
    )
  ) {
    return 'govulncheck and the Go on PATH disagree: govulncheck v1.0.x cannot load Go 1.23+ code; use Go 1.22 with it, or a newer govulncheck-version'
  }
  if (/no go\.mod file|cannot find main module|go\.mod file not found/i.test(stderr)) {
    return 'set working-directory to the directory that holds go.mod (or go.work)'
  }
  if (/creating client|vulnerability database|file URL/i.test(stderr)) {
    return 'check the db input: a local database must be an absolute file:// URL with index/modules.json'
  }
  if (
    /package patterns|loading packages|build constraints|cannot find package|undefined:/i.test(
      stderr
    )
  ) {
    return 'govulncheck needs code that builds: fix the errors above (and set tags if build tags are needed)'
  }
  return undefined
}

const STDERR_HEAD_BYTES = 64 * 1024
const STDERR_TAIL_BYTES = 1024 * 1024

/** The real runner: node:child_process, stdout to a file, stderr kept (both ends, if huge). */
export const nodeProcessRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise(resolve => {
      const out = options.stdoutFile ? createWriteStream(options.stdoutFile) : undefined
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', out ? 'pipe' : 'ignore', 'pipe'],
        windowsHide: true
      })
      // The first 64 KiB (a panic's reason) and the last MiB (a build error's summary).
      const head: Buffer[] = []
      let headBytes = 0
      const tail: Buffer[] = []
      let tailBytes = 0
      let dropped = false
      child.stderr?.on('data', (chunk: Buffer) => {
        if (headBytes < STDERR_HEAD_BYTES) {
          const take = chunk.subarray(0, STDERR_HEAD_BYTES - headBytes)
          head.push(take)
          headBytes += take.length
          chunk = chunk.subarray(take.length)
          if (chunk.length === 0) return
        }
        tail.push(chunk)
        tailBytes += chunk.length
        while (tailBytes > STDERR_TAIL_BYTES && tail.length > 1) {
          tailBytes -= tail.shift()!.length
          dropped = true
        }
      })
      const stderrText = () =>
        Buffer.concat(head).toString('utf8') +
        (dropped ? '\n… (stderr cut here) …\n' : '') +
        Buffer.concat(tail).toString('utf8')
      if (out && child.stdout) child.stdout.pipe(out)
      let settled = false
      const finish = (result: ProcessResult) => {
        if (settled) return
        settled = true
        if (!out || out.closed) resolve(result)
        else {
          out.once('close', () => resolve(result))
          out.end()
        }
      }
      child.on('error', error => {
        // A process that never started (ENOENT, EACCES) emits no reliable 'close'.
        if (child.pid === undefined)
          finish({ exitCode: null, stderr: '', spawnError: error.message })
      })
      child.on('close', (code, signal) =>
        finish({
          exitCode: code,
          signal: signal ?? undefined,
          stderr: stderrText()
        })
      )
    })
  }
}
