/**
 * Environment lock: the Go toolchain and settings a build ran with, so a
 * later build can check it runs in the same environment (`env verify`).
 *
 * The module-set digest is the cache core's own (src/core/cache: every go.sum of the
 * modules under the directory, or of the go.work's modules; vendor/, testdata/ and
 * dot/underscore directories skipped; sorted unique `module@version[/go.mod]` entries),
 * so a lock and a cache key agree on what "the same dependencies" means.
 */
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { discoverComponents } from '../cache/index.js'
import { ConfigurationError } from '../errors.js'
import { sha256File } from '../hash.js'
import {
  ARCH_LEVEL_VARIABLE,
  ARCH_LEVEL_VARIABLES,
  GoEnvFailure,
  readGoEnv
} from '../gomod/index.js'

export const LOCK_TYPE = 'https://go-ci-kit.dev/env-lock/v1'

/** Field order is the order drift is reported in. */
export const LOCK_FIELDS = [
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'archLevel',
  'CGO_ENABLED',
  'GOPROXY',
  'GOSUMDB',
  'GOFLAGS',
  'GOTOOLCHAIN',
  'goBinarySha256',
  'compileSha256',
  'moduleSetDigest'
] as const

export type LockField = (typeof LOCK_FIELDS)[number]
export type EnvLock = { _type: typeof LOCK_TYPE } & Record<LockField, string>

/** The `go` on PATH (or $GO), resolved through symlinks. */
async function findGo(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const names = process.platform === 'win32' ? ['go.exe'] : ['go']
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        return await realpath(path.join(dir, name))
      } catch {
        // not here
      }
    }
  }
  return undefined
}

export interface SnapshotOptions {
  dir: string
  env?: NodeJS.ProcessEnv
}

export async function snapshotEnvironment(options: SnapshotOptions): Promise<EnvLock> {
  const env = options.env ?? process.env
  const go = await findGo(env)
  if (!go) {
    throw new ConfigurationError('go was not found on PATH', {
      fix: 'install Go (actions/setup-go) before taking or verifying an environment lock'
    })
  }
  const keys = ['GOVERSION', 'GOOS', 'GOARCH', 'CGO_ENABLED', 'GOPROXY', 'GOSUMDB', 'GOFLAGS']
  const extra = ['GOTOOLCHAIN', 'GOTOOLDIR', 'GOWORK', 'GOROOT', ...ARCH_LEVEL_VARIABLES]
  let goEnv: Record<string, string>
  try {
    goEnv = (await readGoEnv({ go, dir: options.dir, env, variables: [...keys, ...extra] })).values
  } catch (error) {
    if (!(error instanceof GoEnvFailure)) throw error
    // Before, a failing `go env` surfaced as a stack trace; it is the user's setup.
    throw new ConfigurationError(
      `go env -json failed in ${options.dir}: ${error.stderr || error.message}`,
      { fix: 'run `go env -json` there by hand and fix what it reports' }
    )
  }
  const levelKey = ARCH_LEVEL_VARIABLE[goEnv.GOARCH]
  const exe = process.platform === 'win32' ? '.exe' : ''
  let moduleSetDigest = '(no Go module)'
  try {
    const components = await discoverComponents({
      dir: options.dir,
      repoRoot: options.dir,
      os: process.platform,
      // The go.work the go command uses, as the cache action keys it.
      gowork: goEnv.GOWORK,
      goroot: goEnv.GOROOT
    })
    moduleSetDigest = components.moduleSetDigest
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
  }
  return {
    _type: LOCK_TYPE,
    GOVERSION: goEnv.GOVERSION,
    GOOS: goEnv.GOOS,
    GOARCH: goEnv.GOARCH,
    archLevel: levelKey ? `${levelKey}=${goEnv[levelKey] ?? ''}` : '',
    CGO_ENABLED: goEnv.CGO_ENABLED,
    GOPROXY: goEnv.GOPROXY,
    GOSUMDB: goEnv.GOSUMDB,
    GOFLAGS: goEnv.GOFLAGS,
    GOTOOLCHAIN: goEnv.GOTOOLCHAIN,
    goBinarySha256: await sha256File(go),
    compileSha256: await sha256File(path.join(goEnv.GOTOOLDIR, `compile${exe}`)),
    moduleSetDigest
  }
}

export function parseLock(text: string, file: string): EnvLock {
  let data: Record<string, unknown>
  try {
    data = JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`${file}: not JSON: ${(error as Error).message}`, {
      fix: 'write the lock with `go-ci-kit env snapshot --out FILE`'
    })
  }
  if (data._type !== LOCK_TYPE) {
    throw new ConfigurationError(`${file}: /_type: not an environment lock`, {
      fix: `expected "_type": "${LOCK_TYPE}"; write it with \`go-ci-kit env snapshot\``
    })
  }
  for (const field of LOCK_FIELDS) {
    if (typeof data[field] !== 'string') {
      throw new ConfigurationError(`${file}: /${field}: missing or not a string`, {
        fix: 'take a fresh snapshot with `go-ci-kit env snapshot --out FILE`'
      })
    }
  }
  return data as EnvLock
}

export interface Drift {
  field: LockField
  locked: string
  current: string
}

export function diffLocks(locked: EnvLock, current: EnvLock): Drift[] {
  return LOCK_FIELDS.filter(f => locked[f] !== current[f]).map(field => ({
    field,
    locked: locked[field],
    current: current[field]
  }))
}

export function formatDrift(d: Drift): string {
  return `${d.field}: locked ${JSON.stringify(d.locked)}, now ${JSON.stringify(d.current)}`
}

/** Drift lines against a lock file, or undefined when Go is not installed here. */
export async function verifyLockFile(file: string, dir: string): Promise<string[] | undefined> {
  const locked = parseLock(await readFile(file, 'utf8'), file)
  if (!(await findGo(process.env))) return undefined
  const current = await snapshotEnvironment({ dir })
  return diffLocks(locked, current).map(formatDrift)
}
