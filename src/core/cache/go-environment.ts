/**
 * The Go toolchain as the cache keys need it: its identity from one
 * `go env -json` with the variables named (plus `$CC --version` when cgo is
 * on), and GOWORK and GOROOT as the go command sees them. Behind an interface
 * so the flows can be tested without Go. The action and the CLI use the same
 * reader; only the wording of a failure differs (`describeFailure`).
 */
import { ConfigurationError } from '../errors.js'
import { GO_ENV_VARIABLES, parseToolchainIdentity } from './toolchain.js'
import type { ToolchainIdentity } from './types.js'
import {
  GoEnvFailure,
  readCcVersion,
  readGoEnv,
  readGoWorkSetting,
  type GoWorkSetting
} from '../gomod/index.js'

export interface GoEnvironment {
  identity: ToolchainIdentity
  /** `go env GOWORK`: the go.work in use, `off`, or '' (none). */
  gowork: string
  /** `go env GOROOT`: the go.work search never crosses into it. */
  goroot?: string
}

export interface GoEnvReader {
  /** Throws a ConfigurationError when Go is missing or `go env` fails. */
  read(dir: string): Promise<GoEnvironment>
  /**
   * Only GOWORK and GOROOT, for a key that needs no toolchain: `go env` when a
   * go command runs in `dir`, else the process environment. Never throws.
   * Readers without it give the module key no workspace setting from Go.
   */
  readWorkspace?(dir: string): Promise<GoWorkSetting>
}

export interface GoEnvReaderOptions {
  timeoutMs?: number
  /** Words a `go env` that is missing or failed; the default is the action's wording. */
  describeFailure?: (failure: GoEnvFailure, dir: string) => ConfigurationError
  /** Told when cgo is on but `$CC --version` fails; the identity then lacks the version. */
  onCcFailure?: (cc: string, error: Error) => void
  /** Told when `go env GOWORK` cannot run and the process environment is used. */
  onWorkspaceFallback?: (reason: string) => void
}

/** The action's words for a `go env` that cannot run. */
export function describeGoEnvFailure(failure: GoEnvFailure, dir: string): ConfigurationError {
  if (failure.kind === 'missing') {
    return new ConfigurationError('go is not on PATH, so `go env -json` cannot run', {
      fix: 'install Go before this step (for example with actions/setup-go and cache: false)'
    })
  }
  const stderr = failure.stderr.split('\n').slice(-3).join(' ')
  return new ConfigurationError(`go env -json failed in ${dir}: ${stderr || failure.message}`, {
    fix: 'run `go env -json` there by hand; a broken go.env, GOFLAGS or GOTOOLCHAIN shows up'
  })
}

export function nodeGoEnvReader(
  env: NodeJS.ProcessEnv = process.env,
  options: GoEnvReaderOptions = {}
): GoEnvReader {
  const describeFailure = options.describeFailure ?? describeGoEnvFailure
  const timeout = options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}
  return {
    async read(dir) {
      let stdout: string
      let values: Record<string, string> = {}
      try {
        ;({ json: stdout, values } = await readGoEnv({
          dir,
          env,
          variables: GO_ENV_VARIABLES,
          ...timeout
        }))
      } catch (error) {
        if (!(error instanceof GoEnvFailure)) throw error
        // Ran, but printed no JSON object: parseToolchainIdentity words that.
        if (error.kind !== 'invalid') throw describeFailure(error, dir)
        stdout = error.output
      }
      let ccVersion: string | undefined
      if (values.CGO_ENABLED === '1' && values.CC.trim()) {
        try {
          ccVersion = await readCcVersion(values.CC, { dir, env, ...timeout })
        } catch (error) {
          // cgo without a working compiler: the build will say so; the key just lacks the version
          options.onCcFailure?.(values.CC, error as Error)
        }
      }
      return {
        identity: parseToolchainIdentity(stdout, ccVersion),
        gowork: values.GOWORK ?? '',
        goroot: values.GOROOT ?? ''
      }
    },
    readWorkspace(dir) {
      return readGoWorkSetting(dir, env, options.onWorkspaceFallback)
    }
  }
}
