/**
 * The one way to ask the go command for its settings: `go env -json` with the
 * variables asked for by name. A bare `go env -json` also computes the cgo
 * flags, which takes ~0.2 s and writes into an empty GOCACHE; named variables
 * cost a few milliseconds. Names an older Go does not know come back empty.
 *
 * Failures come back as a GoEnvFailure (Go missing, or `go env` failed, with
 * its stderr) so each caller words its own message and fix.
 */
import { execFile, execFileSync } from 'node:child_process'

export interface GoEnvRequest {
  /** Directory to run in: GOWORK and go.env lookups depend on it. */
  dir: string
  env: NodeJS.ProcessEnv
  /** The variables wanted, by name. */
  variables: readonly string[]
  /** The go binary (default `go` from PATH). */
  go?: string
  timeoutMs?: number
}

export interface GoEnv {
  /** The raw JSON text, for parsers that want it (parseToolchainIdentity). */
  json: string
  /** Each asked-for variable as a string ('' when unset or unknown to this Go). */
  values: Record<string, string>
}

export class GoEnvFailure extends Error {
  constructor(
    message: string,
    /** `missing`: no go command to run; `failed`: it ran and failed; `invalid`: no JSON object. */
    readonly kind: 'missing' | 'failed' | 'invalid',
    readonly stderr: string,
    /** What it printed (for `invalid`). */
    readonly output = ''
  ) {
    super(message)
    this.name = 'GoEnvFailure'
  }
}

const DEFAULT_TIMEOUT_MS = 120_000

/** How every go (and C compiler) call here runs: in `dir`, with `env`, bounded in time and output. */
function runOptions(dir: string, env: NodeJS.ProcessEnv, timeoutMs: number | undefined) {
  return {
    cwd: dir,
    env,
    encoding: 'utf8' as const,
    maxBuffer: 16 * 1024 * 1024,
    timeout: timeoutMs ?? DEFAULT_TIMEOUT_MS
  }
}

/** The one `go env -json <variables>` command line, for both readers. */
function goEnvCommand(request: GoEnvRequest) {
  return {
    go: request.go ?? 'go',
    args: ['env', '-json', ...request.variables],
    options: runOptions(request.dir, request.env, request.timeoutMs)
  }
}

export async function readGoEnv(request: GoEnvRequest): Promise<GoEnv> {
  const { go, args, options } = goEnvCommand(request)
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(go, args, options, (error, out, err) =>
      error ? reject(toFailure(error, err)) : resolve(out)
    )
  })
  return parseGoEnv(stdout, request.variables)
}

/** The same, synchronously, for callers that are synchronous (SARIF base directories). */
export function readGoEnvSync(request: GoEnvRequest): GoEnv {
  const { go, args, options } = goEnvCommand(request)
  let stdout: string
  try {
    stdout = execFileSync(go, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw toFailure(error, String((error as { stderr?: unknown }).stderr ?? ''))
  }
  return parseGoEnv(stdout, request.variables)
}

function parseGoEnv(json: string, variables: readonly string[]): GoEnv {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (error) {
    throw new GoEnvFailure(
      `go env -json: the output is not JSON (${(error as Error).message})`,
      'invalid',
      '',
      json
    )
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new GoEnvFailure('go env -json: expected a JSON object', 'invalid', '', json)
  }
  const object = raw as Record<string, unknown>
  const values: Record<string, string> = {}
  for (const name of variables) {
    const value = object[name]
    values[name] = typeof value === 'string' ? value : ''
  }
  return { json, values }
}

function toFailure(error: unknown, stderr: string): GoEnvFailure {
  const failure = error as NodeJS.ErrnoException
  if (failure.code === 'ENOENT') return new GoEnvFailure(failure.message, 'missing', '')
  return new GoEnvFailure(failure.message, 'failed', stderr.trim())
}

/**
 * `$CC --version` as the go command would run the compiler: CC's own words
 * first (`ccache gcc` asks gcc, not ccache), stdout or else stderr. Throws when
 * the compiler cannot run.
 */
export async function readCcVersion(
  cc: string,
  options: { dir: string; env: NodeJS.ProcessEnv; timeoutMs?: number }
): Promise<string> {
  const [compiler, ...args] = cc.trim().split(/\s+/)
  return new Promise((resolve, reject) => {
    execFile(
      compiler,
      [...args, '--version'],
      runOptions(options.dir, options.env, options.timeoutMs),
      (error, stdout, stderr) => (error ? reject(error) : resolve(stdout || stderr))
    )
  })
}
