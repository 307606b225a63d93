/**
 * The toolchain identity for the build cache key, read from one `go env -json`
 * call (the action and the CLI run it; this module only parses the output).
 */
import { ConfigurationError } from '../errors.js'
import { ARCH_LEVEL_VARIABLE, ARCH_LEVEL_VARIABLES } from '../gomod/index.js'
import type { ToolchainIdentity } from './types.js'
const STRING_FIELDS = [
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
  'GOCACHE'
] as const

/**
 * The variables the keys need, asked for by name: a bare `go env -json` also
 * computes the cgo flags, which takes ~0.2 s and writes into an empty GOCACHE
 * before the restore; named variables cost a few milliseconds. Names an older
 * Go does not know come back empty.
 */
export const GO_ENV_VARIABLES: readonly string[] = [
  'GOVERSION',
  'GOOS',
  'GOARCH',
  ...ARCH_LEVEL_VARIABLES,
  'CGO_ENABLED',
  'CC',
  ...STRING_FIELDS,
  // Not part of the identity: which go.work discovery reads, and where its search stops.
  'GOWORK',
  'GOROOT'
]

/**
 * Parses `go env -json`. `ccVersion` is the output of `$CC --version` (only its
 * first line is kept) and is recorded only when cgo is on.
 */
export function parseToolchainIdentity(goEnvJson: string, ccVersion?: string): ToolchainIdentity {
  let env: unknown
  try {
    env = JSON.parse(goEnvJson)
  } catch (error) {
    throw new ConfigurationError(
      `go env -json: the output is not JSON (${(error as Error).message})`,
      {
        fix: 'check that `go env -json` runs cleanly in this directory (a broken go.env or GOFLAGS shows up here)'
      }
    )
  }
  if (env === null || typeof env !== 'object' || Array.isArray(env)) {
    throw new ConfigurationError('go env -json: expected a JSON object', {
      fix: 'run `go env -json` by hand and check its output'
    })
  }
  const values = env as Record<string, unknown>
  const text = (name: string): string => {
    const value = values[name]
    return typeof value === 'string' ? value.trim() : ''
  }
  for (const required of ['GOVERSION', 'GOOS', 'GOARCH']) {
    if (!text(required)) {
      throw new ConfigurationError(`go env -json: ${required} is missing`, {
        fix: 'use Go 1.16 or newer (GOVERSION is reported from Go 1.16)'
      })
    }
  }
  const identity: ToolchainIdentity = {
    GOVERSION: text('GOVERSION'),
    GOOS: text('GOOS'),
    GOARCH: text('GOARCH'),
    CGO_ENABLED: text('CGO_ENABLED') || '0',
    GOFLAGS: '',
    GOEXPERIMENT: '',
    GOTOOLCHAIN: '',
    GOPROXY: '',
    GONOPROXY: '',
    GOPRIVATE: '',
    GONOSUMDB: '',
    GOSUMDB: '',
    GOINSECURE: '',
    GOMODCACHE: '',
    GOCACHE: ''
  }
  for (const field of STRING_FIELDS) identity[field] = text(field)
  const levelVariable = ARCH_LEVEL_VARIABLE[identity.GOARCH]
  if (levelVariable && text(levelVariable))
    identity.archLevel = `${levelVariable}=${text(levelVariable)}`
  if (identity.CGO_ENABLED === '1') {
    identity.CC = text('CC') || 'gcc'
    const firstLine = ccVersion?.split('\n').find(line => line.trim() !== '')
    if (firstLine) identity.CCVersion = firstLine.trim()
  }
  return identity
}

/**
 * The fields that make build output differ, in a fixed order (for digests and
 * diffs). Left out because no GOCACHE entry depends on them (they stay in the
 * manifest for reference):
 * - GOPROXY, GONOPROXY, GOPRIVATE, GONOSUMDB, GOSUMDB, GOINSECURE: they say
 *   where modules come from and whether the checksum database is asked, but
 *   every zip is checked against go.sum, so the bytes the compiler reads are
 *   the same whatever the proxy (or the go command refuses them);
 * - GOTOOLCHAIN: the toolchain it selects is GOVERSION, which is keyed.
 * GOFLAGS is keyed without the flags that change no output (buildGoflags).
 */
export const BUILD_IDENTITY_FIELDS = [
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'archLevel',
  'CGO_ENABLED',
  'CC',
  'CCVersion',
  'GOFLAGS',
  'GOEXPERIMENT'
] as const satisfies readonly (keyof ToolchainIdentity)[]

/**
 * GOFLAGS flags that change no GOCACHE entry: -modcacherw (module cache
 * permissions), -x and -v (printing), -p (parallelism), -work (keeps the work
 * directory), -json (output format), and -mod (readonly or mod resolve the
 * same versions; vendor mode, which does change paths, is keyed on its own).
 */
const OUTPUT_NEUTRAL_GOFLAGS = new Set(['modcacherw', 'x', 'v', 'p', 'work', 'json', 'mod'])

/** GOFLAGS as the build key sees it: without the output-neutral flags, in the given order. */
export function buildGoflags(goflags: string): string {
  return goflags
    .split(/\s+/)
    .filter(flag => {
      const name = /^--?([^=]+)/.exec(flag)?.[1]
      return flag !== '' && !(name !== undefined && OUTPUT_NEUTRAL_GOFLAGS.has(name))
    })
    .join(' ')
}

/** A build identity field as the build key sees it (GOFLAGS filtered, absent as ''). */
export function buildIdentityValue(
  toolchain: ToolchainIdentity | undefined,
  field: (typeof BUILD_IDENTITY_FIELDS)[number]
): string {
  const value = toolchain?.[field] ?? ''
  return field === 'GOFLAGS' ? buildGoflags(value) : value
}

/** The compiler itself: a change here makes every GOCACHE entry useless. */
export const COMPILER_FIELDS: ReadonlySet<string> = new Set([
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'archLevel',
  'CC',
  'CCVersion'
])
