/**
 * Every input of the cache action, read once into one typed object. Both the
 * main step and the post step call this: the runner evaluates `with:` again
 * for the post step, so `save-if` there sees the job's state at its end.
 */
import { ConfigurationError } from '../../errors.js'
import { parseS3Url } from '../../remote-store/index.js'
import type { Inputs } from '../../inputs.js'
import type { CacheKind } from '../index.js'
import { BUILD_CACHE_MODES, type BuildCacheMode } from './cacheprog.js'

export const CACHE_MODES = ['restore-save', 'restore-only', 'save-only', 'lookup-only'] as const
export type CacheMode = (typeof CACHE_MODES)[number]

/** How the module cache is stored: layered (base + delta entries, docs/cache.md) or one archive per key. */
export const MODULE_CACHE_MODES = ['layered', 'archive'] as const
export type ModuleCacheMode = (typeof MODULE_CACHE_MODES)[number]

export const CACHE_KINDS: readonly CacheKind[] = ['mod', 'build']

/** Ten minutes: long enough for a multi-GB archive, short enough that a hung service cannot hold a job for hours. */
export const DEFAULT_TIMEOUT_MS = 10 * 60_000

export interface CacheRunInputs {
  /** Absolute; where the go command runs. */
  workingDirectory: string
  /** Which caches to restore and save, module cache first. */
  caches: CacheKind[]
  prefix: string
  /** Globs relative to workingDirectory. */
  keyFiles: string[]
  /** Parsed `matrix` JSON; undefined when not given. */
  matrix?: unknown
  pathHash: boolean
  /** Post step only: save when true (default), skip with save-skipped-condition when false. */
  saveIf: boolean
  mode: CacheMode
  trimBuildCache: boolean
  pruneModuleCache: boolean
  /** `layered` (default): a base and a delta entry of cache/download; `archive`: one archive per key. */
  moduleCache: ModuleCacheMode
  /** Absolute path of the OpenMetrics file, or undefined. */
  metricsFile?: string
  githubToken?: string
  failOnCacheMiss: boolean
  /** Per restore or save call. */
  timeoutMs: number
  /** build-cache; undefined: cacheprog when the job's Go is 1.24 or later, else archive. */
  buildCache?: BuildCacheMode
  /** build-cache-s3: s3://bucket/prefix, the cacheprog remote tier instead of the Actions cache. */
  buildCacheS3?: string
  /** build-cache-prefetch: fetch, in the background, what the previous run read. */
  buildCachePrefetch: boolean
  /** build-cache-server: serve the job's go commands from one cache server (Linux). */
  buildCacheServer: boolean
}

/** The runner's environment the action needs, read once by the entry. */
export interface CacheRunEnv {
  workspace: string
  runnerTemp: string
  /** RUNNER_OS, e.g. Linux. */
  runnerOs: string
  /** RUNNER_ARCH, e.g. X64. */
  runnerArch?: string
  eventName: string
  eventPath?: string
  /** owner/name */
  repository: string
  ref: string
  /** GITHUB_BASE_REF (pull requests). */
  baseRef?: string
  apiUrl: string
  /** ACTIONS_CACHE_MODE, lower-cased ('' when unset). */
  cacheMode: string
  /** PATH, for the opt-in path-hash. */
  path: string
  /** GOFLAGS and GOWORK from the environment, used when `go env` is unavailable. */
  goflags: string
  gowork: string
  /** GOMODCACHE, or the first GOPATH entry's pkg/mod, for when `go env` cannot run. */
  goModCache?: string
  /** process.platform, for the cache version (Windows adds a marker). */
  platform: string
  /** GOCACHEPROG as the job set it ('' when unset): a user's own cache program wins. */
  goCacheProg?: string
}

export function cacheRunEnvFrom(env: NodeJS.ProcessEnv, platform = process.platform): CacheRunEnv {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    runnerOs: env.RUNNER_OS || runnerOsFor(platform),
    runnerArch: env.RUNNER_ARCH || undefined,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    repository: env.GITHUB_REPOSITORY ?? '',
    ref: env.GITHUB_REF ?? '',
    baseRef: env.GITHUB_BASE_REF || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    cacheMode: (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase(),
    path: env.PATH ?? '',
    goflags: env.GOFLAGS ?? '',
    gowork: env.GOWORK ?? '',
    goModCache:
      env.GOMODCACHE ||
      (env.GOPATH ? `${env.GOPATH.split(platform === 'win32' ? ';' : ':')[0]}/pkg/mod` : undefined),
    platform,
    goCacheProg: (env.GOCACHEPROG ?? '').trim()
  }
}

function runnerOsFor(platform: string): string {
  if (platform === 'win32') return 'Windows'
  if (platform === 'darwin') return 'macOS'
  return 'Linux'
}

export function readCacheRunInputs(inputs: Inputs, workspace: string): CacheRunInputs {
  const workingDirectory = inputs.path('working-directory', workspace) ?? workspace
  return {
    workingDirectory,
    caches: parseCaches(inputs.list('cache')),
    prefix: inputs.string('prefix', 'go'),
    keyFiles: inputs.lines('key-files'),
    matrix: parseMatrix(inputs.optional('matrix')),
    pathHash: inputs.boolean('path-hash', false),
    saveIf: inputs.boolean('save-if', true),
    mode: inputs.enum('mode', CACHE_MODES, 'restore-save'),
    trimBuildCache: inputs.boolean('trim-build-cache', true),
    pruneModuleCache: inputs.boolean('prune-module-cache', true),
    moduleCache: inputs.enum('module-cache', MODULE_CACHE_MODES, 'layered'),
    metricsFile: inputs.path('metrics-file', workspace),
    githubToken: inputs.secret('github-token'),
    failOnCacheMiss: inputs.boolean('fail-on-cache-miss', false),
    timeoutMs: inputs.duration('timeout', DEFAULT_TIMEOUT_MS),
    buildCachePrefetch: inputs.boolean('build-cache-prefetch', false),
    buildCacheServer: inputs.boolean('build-cache-server', true),
    ...buildCacheInputs(inputs)
  }
}

const CACHE_ALIASES: Record<string, CacheKind> = {
  mod: 'mod',
  module: 'mod',
  gomodcache: 'mod',
  build: 'build',
  gocache: 'build'
}

function parseCaches(values: string[]): CacheKind[] {
  if (values.length === 0) return [...CACHE_KINDS]
  const wanted = new Set<CacheKind>()
  for (const value of values) {
    const kind = CACHE_ALIASES[value.toLowerCase()]
    if (!kind) {
      throw new ConfigurationError(`Input cache has invalid value "${value}"`, {
        fix: 'list mod (GOMODCACHE), build (GOCACHE) or both, e.g. `cache: mod, build`'
      })
    }
    wanted.add(kind)
  }
  return CACHE_KINDS.filter(kind => wanted.has(kind))
}

function parseMatrix(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`Input matrix is not valid JSON (${(error as Error).message})`, {
      fix: 'pass `matrix: ${{ toJSON(matrix) }}`, or a JSON object of your own'
    })
  }
}

function buildCacheInputs(inputs: Inputs): Pick<CacheRunInputs, 'buildCache' | 'buildCacheS3'> {
  const mode = inputs.optional('build-cache')
  const s3 = inputs.optional('build-cache-s3')
  const chosen: Pick<CacheRunInputs, 'buildCache' | 'buildCacheS3'> = {}
  if (mode !== undefined && mode !== 'auto') {
    chosen.buildCache = inputs.enum('build-cache', BUILD_CACHE_MODES, 'cacheprog')
  }
  if (s3 !== undefined) {
    try {
      parseS3Url(s3)
    } catch (error) {
      throw new ConfigurationError(
        `Input build-cache-s3: ${(error as Error).message.replace(/^--s3 /, '')}`,
        {
          fix: 'give s3://bucket/prefix; credentials come from the standard AWS environment variables'
        }
      )
    }
    chosen.buildCacheS3 = s3
  }
  return chosen
}
