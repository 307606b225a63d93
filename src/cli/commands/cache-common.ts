/**
 * What `go-ci-kit key` and `go-ci-kit explain` share: their options, the
 * stderr logger, and the one `go env -json` call the build key needs.
 * Only the cache core's discovery and key modules are imported, so the
 * module-key path starts fast (the replay bench runs it once per commit).
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import type { Logger } from '../../core/report.js'
import { discoverComponents } from '../../core/cache/discover.js'
import { planBuildKey, planModKey } from '../../core/cache/keys.js'
import type { KeyOptions } from '../../core/cache/options.js'
import { parseToolchainIdentity } from '../../core/cache/toolchain.js'
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

function run(
  file: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { ...options, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr }))
        else resolve({ stdout, stderr })
      }
    )
  })
}

/** One `go env -json` call (and `$CC --version` when cgo is on). */
export async function readToolchain(
  dir: string,
  io: CliIO,
  logger: Logger
): Promise<ToolchainIdentity> {
  let output: string
  try {
    output = (await run('go', ['env', '-json'], { cwd: dir, env: io.env })).stdout
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') {
      throw new ConfigurationError('--cache build needs the go command, and it is not on PATH', {
        fix: 'install Go (for example with actions/setup-go) or use --cache mod, which needs no toolchain'
      })
    }
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim()
    throw new ConfigurationError(`\`go env -json\` failed: ${stderr || (error as Error).message}`, {
      fix: 'run `go env -json` in that directory and fix what it reports'
    })
  }
  const identity = parseToolchainIdentity(output)
  if (!identity.CC) return identity // CC is only recorded when cgo is on
  const cc = identity.CC.split(/\s+/)
  try {
    const result = await run(cc[0], [...cc.slice(1), '--version'], { cwd: dir, env: io.env })
    return parseToolchainIdentity(output, result.stdout || result.stderr)
  } catch (error) {
    logger.warning(
      `cgo is on but \`${identity.CC} --version\` failed (${(error as Error).message}); the C compiler version is left out of the build key`
    )
    return identity
  }
}

/** Discovers the components and plans the one cache asked for. */
export async function planFor(
  kind: CacheKind,
  options: KeyOptions,
  io: CliIO,
  logger: Logger
): Promise<{ components: KeyComponents; plan: CacheKeyPlan; options: KeyOptions }> {
  const withToolchain =
    kind === 'build'
      ? { ...options, toolchain: await readToolchain(options.dir, io, logger) }
      : options
  const components = await discoverComponents(withToolchain)
  const plan =
    kind === 'build'
      ? planBuildKey(components, withToolchain)
      : planModKey(components, withToolchain)
  return { components, plan, options: withToolchain }
}
