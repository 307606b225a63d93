/**
 * What `go-ci-kit key` and `go-ci-kit explain` share: their options, the
 * stderr logger, and the one `go env -json` call the build key needs.
 * Only the cache core's discovery and key modules are imported, so the
 * module-key path starts fast (the replay bench runs it once per commit).
 */
import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import type { Logger } from '../../core/report.js'
import { discoverComponents } from '../../core/cache/discover.js'
import { planBuildKey, planModKey } from '../../core/cache/keys.js'
import type { KeyOptions } from '../../core/cache/options.js'
import { GO_ENV_VARIABLES, parseToolchainIdentity } from '../../core/cache/toolchain.js'
import {
  GoEnvFailure,
  readCcVersion,
  readGoEnv,
  readGoWorkSetting
} from '../../core/gomod/index.js'
import type {
  CacheKeyPlan,
  CacheKind,
  KeyComponents,
  ToolchainIdentity
} from '../../core/cache/types.js'
import type { CliIO } from '../command.js'

export const cacheOptions = {
  dir: { type: 'string' },
  cache: { type: 'string' },
  prefix: { type: 'string' },
  matrix: { type: 'string' },
  'key-files': { type: 'string', multiple: true },
  'path-hash': { type: 'string' },
  os: { type: 'string' },
  arch: { type: 'string' },
  'repo-root': { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' }
} as const

export const cacheOptionsHelp = `  --dir DIR            working directory to key (default: the current directory)
  --cache mod|build    which cache (default: mod). mod needs no Go toolchain;
                       build runs \`go env -json\` (and \`$CC --version\` when cgo is on)
  --prefix P           first key segment (default: go); no commas
  --matrix JSON        the job's matrix, e.g. '\${{ toJSON(matrix) }}' (build key only)
  --key-files GLOBS    extra files for both keys: globs relative to --dir, one per
                       line or repeated flag (! excludes)
  --path-hash VALUE    opt-in PATH digest for the build key (a raw value is hashed)
  --os OS              RUNNER_OS (default: $RUNNER_OS, else from this machine)
  --arch ARCH          RUNNER_ARCH (default: $RUNNER_ARCH, else from this machine)
  --repo-root DIR      root for the repo-relative paths in components
                       (default: $GITHUB_WORKSPACE when --dir is inside it, else --dir)
  --json               print one JSON document on stdout
  --verbose            debug lines on stderr`

type CacheValues = {
  dir?: string
  cache?: string
  prefix?: string
  matrix?: string
  'key-files'?: string[]
  'path-hash'?: string
  os?: string
  arch?: string
  'repo-root'?: string
  json?: boolean
  verbose?: boolean
}

export function stderrLogger(io: CliIO, verbose: boolean): Logger {
  return {
    info: message => io.stderr(`go-ci-kit: ${message}\n`),
    warning: message => io.stderr(`go-ci-kit: warning: ${message}\n`),
    debug: message => {
      if (verbose) io.stderr(`go-ci-kit: debug: ${message}\n`)
    }
  }
}

const RUNNER_OS: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }
const RUNNER_ARCH: Record<string, string> = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }

export function cacheKind(command: string, value: string | undefined): CacheKind {
  if (value === undefined || value === 'mod') return 'mod'
  if (value === 'build') return 'build'
  throw new ConfigurationError(`${command}: --cache must be mod or build, got "${value}"`, {
    fix: `see \`go-ci-kit ${command} --help\``
  })
}

/** Turns parsed flags into KeyOptions; the toolchain is filled in later for the build cache. */
export function keyOptionsFrom(values: CacheValues, io: CliIO, logger: Logger): KeyOptions {
  const dir = path.resolve(io.cwd, values.dir ?? '.')
  const workspace = io.env.GITHUB_WORKSPACE ? path.resolve(io.env.GITHUB_WORKSPACE) : undefined
  const insideWorkspace = workspace !== undefined && !path.relative(workspace, dir).startsWith('..')
  const repoRoot = values['repo-root']
    ? path.resolve(io.cwd, values['repo-root'])
    : insideWorkspace
      ? (workspace as string)
      : dir
  let matrix: unknown
  if (values.matrix !== undefined && values.matrix.trim() !== '') {
    try {
      matrix = JSON.parse(values.matrix)
    } catch (error) {
      throw new ConfigurationError(`--matrix: not valid JSON (${(error as Error).message})`, {
        fix: "pass the matrix as JSON, e.g. --matrix '${{ toJSON(matrix) }}'"
      })
    }
  }
  const keyFiles = (values['key-files'] ?? []).flatMap(value => value.split('\n'))
  return {
    dir,
    repoRoot,
    prefix: values.prefix,
    os: values.os ?? io.env.RUNNER_OS ?? RUNNER_OS[process.platform] ?? process.platform,
    arch: values.arch ?? io.env.RUNNER_ARCH ?? RUNNER_ARCH[process.arch] ?? process.arch,
    ...(matrix !== undefined ? { matrix } : {}),
    ...(keyFiles.length ? { keyFiles } : {}),
    ...(values['path-hash'] ? { pathHash: values['path-hash'] } : {}),
    goflags: io.env.GOFLAGS ?? '',
    ...(io.env.GOWORK !== undefined ? { gowork: io.env.GOWORK } : {}),
    logger
  }
}

const GO_ENV_TIMEOUT_MS = 60_000

/** One `go env -json` call (and `$CC --version` when cgo is on); GOWORK and GOROOT come with it. */
export async function readToolchain(
  dir: string,
  io: CliIO,
  logger: Logger
): Promise<{ identity: ToolchainIdentity; gowork: string; goroot: string }> {
  let output: string
  let values: Record<string, string> = {}
  try {
    ;({ json: output, values } = await readGoEnv({
      dir,
      env: io.env,
      variables: GO_ENV_VARIABLES,
      timeoutMs: GO_ENV_TIMEOUT_MS
    }))
  } catch (error) {
    if (!(error instanceof GoEnvFailure)) throw error
    if (error.kind === 'missing') {
      throw new ConfigurationError('--cache build needs the go command, and it is not on PATH', {
        fix: 'install Go (for example with actions/setup-go) or use --cache mod, which needs no toolchain'
      })
    }
    if (error.kind === 'failed') {
      throw new ConfigurationError(`\`go env -json\` failed: ${error.stderr || error.message}`, {
        fix: 'run `go env -json` in that directory and fix what it reports'
      })
    }
    output = error.output // parseToolchainIdentity words what is wrong with it
  }
  const workspace = { gowork: values.GOWORK ?? '', goroot: values.GOROOT ?? '' }
  const identity = parseToolchainIdentity(output)
  if (!identity.CC) return { identity, ...workspace } // CC is only recorded when cgo is on
  try {
    const version = await readCcVersion(identity.CC, {
      dir,
      env: io.env,
      timeoutMs: GO_ENV_TIMEOUT_MS
    })
    return { identity: parseToolchainIdentity(output, version), ...workspace }
  } catch (error) {
    logger.warning(
      `cgo is on but \`${identity.CC} --version\` failed (${(error as Error).message}); the C compiler version is left out of the build key`
    )
    return { identity, ...workspace }
  }
}

/**
 * GOWORK and GOROOT as the go command sees them (`go env`, which also reads a
 * GOWORK set with `go env -w`), so the go.work search matches the go command's.
 * The module key needs no toolchain: without a working go, $GOWORK is used.
 */
export async function readWorkspaceSetting(
  options: KeyOptions,
  io: CliIO,
  logger: Logger
): Promise<KeyOptions> {
  const setting = await readGoWorkSetting(options.dir, io.env, reason =>
    logger.debug(`go env GOWORK is not available (${reason}); using $GOWORK`)
  )
  return { ...options, ...setting }
}

/** Discovers the components and plans the one cache asked for. */
export async function planFor(
  kind: CacheKind,
  options: KeyOptions,
  io: CliIO,
  logger: Logger
): Promise<{ components: KeyComponents; plan: CacheKeyPlan; options: KeyOptions }> {
  let withToolchain: KeyOptions
  if (kind === 'build') {
    const { identity, gowork, goroot } = await readToolchain(options.dir, io, logger)
    withToolchain = { ...options, toolchain: identity, gowork, goroot }
  } else {
    withToolchain = await readWorkspaceSetting(options, io, logger)
  }
  const components = await discoverComponents(withToolchain)
  const plan =
    kind === 'build'
      ? planBuildKey(components, withToolchain)
      : planModKey(components, withToolchain)
  return { components, plan, options: withToolchain }
}
