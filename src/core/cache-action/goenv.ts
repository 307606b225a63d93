/**
 * The Go toolchain's identity, from one `go env -json` (plus `$CC --version`
 * when cgo is on). Behind an interface so the flows can be tested without Go.
 */
import { ConfigurationError } from '../errors.js'
import { GO_ENV_VARIABLES, parseToolchainIdentity, type ToolchainIdentity } from '../cache/index.js'
import { GoEnvFailure, readCcVersion, readGoEnv } from '../gomod/index.js'

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
}

export { GO_ENV_VARIABLES }

export function nodeGoEnvReader(env: NodeJS.ProcessEnv = process.env): GoEnvReader {
  return {
    async read(dir) {
      let stdout: string
      let values: Record<string, string> = {}
      try {
        ;({ json: stdout, values } = await readGoEnv({ dir, env, variables: GO_ENV_VARIABLES }))
      } catch (error) {
        if (!(error instanceof GoEnvFailure)) throw error
        if (error.kind === 'missing') {
          throw new ConfigurationError('go is not on PATH, so `go env -json` cannot run', {
            fix: 'install Go before this step (for example with actions/setup-go and cache: false)'
          })
        }
        if (error.kind === 'invalid') {
          // Ran, but printed no JSON object: parseToolchainIdentity words that.
          stdout = error.output
        } else {
          const stderr = error.stderr.split('\n').slice(-3).join(' ')
          throw new ConfigurationError(
            `go env -json failed in ${dir}: ${stderr || error.message}`,
            {
              fix: 'run `go env -json` there by hand; a broken go.env, GOFLAGS or GOTOOLCHAIN shows up'
            }
          )
        }
      }
      let ccVersion: string | undefined
      if (values.CGO_ENABLED === '1' && values.CC.trim()) {
        try {
          ccVersion = await readCcVersion(values.CC, { dir, env })
        } catch {
          // cgo without a working compiler: the build will say so; the key just lacks the version
        }
      }
      return {
        identity: parseToolchainIdentity(stdout, ccVersion),
        gowork: values.GOWORK ?? '',
        goroot: values.GOROOT ?? ''
      }
    }
  }
}
