/**
 * What `go-ci-kit key`, `explain` and `cache plan` share: their options and how they run the cache core's key planning (the same
 * flow the action's restore runs) and word its problems. The cache core's
 * face holds no transfer code, so the module-key path starts fast (the
 * replay bench runs it once per commit).
 */
import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import type { Logger } from '../../core/report.js'
import {
  defaultRepoRoot,
  nodeGoEnvReader,
  planCacheKeys,
  type CacheKeyPlan,
  type CacheKind,
  type GoEnvReader,
  type KeyComponents,
  type KeyOptions,
  type KeySettings
} from '../../core/cache/index.js'
import type { GoEnvFailure } from '../../core/gomod/index.js'
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
                       (default: $GITHUB_WORKSPACE when --dir is inside it, else
                       the git checkout holding --dir, else --dir)
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

const RUNNER_OS: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }
const RUNNER_ARCH: Record<string, string> = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }

export function cacheKind(command: string, value: string | undefined): CacheKind {
  if (value === undefined || value === 'mod') return 'mod'
  if (value === 'build') return 'build'
  throw new ConfigurationError(`${command}: --cache must be mod or build, got "${value}"`, {
    fix: `see \`go-ci-kit ${command} --help\``
  })
}

/** Turns parsed flags into the settings the key planning starts from. */
function keySettingsFrom(values: CacheValues, io: CliIO, logger: Logger): KeySettings {
  const dir = path.resolve(io.cwd, values.dir ?? '.')
  const repoRoot = values['repo-root']
    ? path.resolve(io.cwd, values['repo-root'])
    : defaultRepoRoot(dir, io.env.GITHUB_WORKSPACE)
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
    // Used only where `go env` cannot run: the go.work comes from `go env GOWORK`.
    environment: {
      goflags: io.env.GOFLAGS ?? '',
      ...(io.env.GOWORK !== undefined ? { gowork: io.env.GOWORK } : {})
    },
    logger
  }
}

const GO_ENV_TIMEOUT_MS = 60_000

/** The CLI's words for a `go env` that cannot run: the module key needs no toolchain. */
function describeGoEnvFailure(failure: GoEnvFailure): ConfigurationError {
  if (failure.kind === 'missing') {
    return new ConfigurationError('--cache build needs the go command, and it is not on PATH', {
      fix: 'install Go (for example with actions/setup-go) or use --cache mod, which needs no toolchain'
    })
  }
  return new ConfigurationError(`\`go env -json\` failed: ${failure.stderr || failure.message}`, {
    fix: 'run `go env -json` in that directory and fix what it reports'
  })
}

/** The shared `go env` reader, with the CLI's wording and its logger. */
function cliGoEnvReader(io: CliIO, logger: Logger): GoEnvReader {
  return nodeGoEnvReader(io.env, {
    timeoutMs: GO_ENV_TIMEOUT_MS,
    describeFailure: describeGoEnvFailure,
    onCcFailure: (cc, error) =>
      logger.warning(
        `cgo is on but \`${cc} --version\` failed (${error.message}); the C compiler version is left out of the build key`
      ),
    onWorkspaceFallback: reason =>
      logger.debug(`go env GOWORK is not available (${reason}); using $GOWORK`)
  })
}

/**
 * Plans the one cache asked for, as the action's restore does; a problem the
 * action would skip caching for is an error here (exit 2). The build key asks
 * Go for the whole toolchain; the module key only for GOWORK and GOROOT.
 */
export async function planFor(
  kind: CacheKind,
  values: CacheValues,
  io: CliIO,
  logger: Logger
): Promise<{ components: KeyComponents; plan: CacheKeyPlan; options: KeyOptions }> {
  const settings = keySettingsFrom(values, io, logger)
  const planning = await planCacheKeys(settings, [kind], cliGoEnvReader(io, logger), {
    toolchain: 'build-key',
    onGoEnvProblem: problem => {
      throw problem
    }
  })
  if (planning.discoveryProblem) throw planning.discoveryProblem
  const plan = planning.plans.get(kind)
  if (!planning.components || typeof plan !== 'object') {
    throw new Error(`no ${kind} cache plan although nothing failed`)
  }
  return { components: planning.components, plan, options: planning.options }
}
