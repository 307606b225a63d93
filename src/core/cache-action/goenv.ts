/**
 * The Go toolchain's identity, from one `go env -json` (plus `$CC --version`
 * when cgo is on). Behind an interface so the flows can be tested without Go.
 */
import { execFile } from 'node:child_process'
import { ConfigurationError } from '../errors.js'
import { parseToolchainIdentity, type ToolchainIdentity } from '../cache/index.js'

export interface GoEnvironment {
  identity: ToolchainIdentity
  /** `go env GOWORK`: the go.work in use, `off`, or '' (none). */
  gowork: string
}

export interface GoEnvReader {
  /** Throws a ConfigurationError when Go is missing or `go env` fails. */
  read(dir: string): Promise<GoEnvironment>
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { ...options, maxBuffer: 16 * 1024 * 1024, timeout: 120_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stdout, stderr }))
        else resolve({ stdout, stderr })
      }
    )
  })
}

/**
 * The variables the keys need, asked for by name: a bare `go env -json` also
 * computes the cgo flags, which takes ~0.2 s and writes into an empty GOCACHE
 * before the restore; named variables cost a few milliseconds. Names an older
 * Go does not know come back empty.
 */
export const GO_ENV_VARIABLES = [
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'GOAMD64',
  'GO386',
  'GOARM',
  'GOARM64',
  'GOMIPS',
  'GOMIPS64',
  'GOPPC64',
  'GORISCV64',
  'GOWASM',
  'CGO_ENABLED',
  'CC',
  'GOFLAGS',
  'GOEXPERIMENT',
  'GOTOOLCHAIN',
  'GOPROXY',
  'GONOPROXY',
  'GOPRIVATE',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOMODCACHE',
  'GOCACHE',
  'GOWORK'
]

export function nodeGoEnvReader(env: NodeJS.ProcessEnv = process.env): GoEnvReader {
  return {
    async read(dir) {
      let stdout: string
      try {
        ;({ stdout } = await run('go', ['env', '-json', ...GO_ENV_VARIABLES], { cwd: dir, env }))
      } catch (error) {
        const failure = error as NodeJS.ErrnoException & { stderr?: string }
        if (failure.code === 'ENOENT') {
          throw new ConfigurationError('go is not on PATH, so `go env -json` cannot run', {
            fix: 'install Go before this step (for example with actions/setup-go and cache: false)'
          })
        }
        const stderr = (failure.stderr ?? '').trim().split('\n').slice(-3).join(' ')
        throw new ConfigurationError(
          `go env -json failed in ${dir}: ${stderr || failure.message}`,
          {
            fix: 'run `go env -json` there by hand; a broken go.env, GOFLAGS or GOTOOLCHAIN shows up'
          }
        )
      }
      let raw: Record<string, unknown> = {}
      try {
        raw = JSON.parse(stdout) as Record<string, unknown>
      } catch {
        // parseToolchainIdentity reports it
      }
      let ccVersion: string | undefined
      if (raw.CGO_ENABLED === '1' && typeof raw.CC === 'string' && raw.CC.trim()) {
        const [compiler] = raw.CC.trim().split(/\s+/)
        try {
          ccVersion = (await run(compiler, ['--version'], { cwd: dir, env })).stdout
        } catch {
          // cgo without a working compiler: the build will say so; the key just lacks the version
        }
      }
      return {
        identity: parseToolchainIdentity(stdout, ccVersion),
        gowork: typeof raw.GOWORK === 'string' ? raw.GOWORK : ''
      }
    }
  }
}
