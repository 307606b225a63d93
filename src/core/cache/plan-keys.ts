/**
 * From a run's settings to its cache keys: ask Go once, discover the
 * components, plan each cache. The action's restore and the CLI's `key`,
 * `explain` and `cache plan` run this one flow; they differ only in where the
 * settings come from (inputs and the runner's environment, or flags) and in
 * how they print.
 *
 * The go.work is the one the go command uses: `go env GOWORK` (which also sees
 * a GOWORK set with `go env -w`, and a go.work in a parent directory), and
 * `$GOWORK` only when no go command can run.
 */
import path from 'node:path'
import { findCheckoutRoot } from '../checkout.js'
import { isConfigurationError, type ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'
import { discoverComponents } from './discover.js'
import type { GoEnvironment, GoEnvReader } from './go-environment.js'
import { planBuildKey, planModKey } from './keys.js'
import type { KeyOptions } from './options.js'
import type { CacheKeyPlan, CacheKind, KeyComponents } from './types.js'

/** What a key is made of before Go is asked: the action's inputs, or the CLI's flags. */
export interface KeySettings {
  /** Absolute working directory (where the go command runs). */
  dir: string
  /** Absolute repository root, for repo-relative paths in the components. */
  repoRoot: string
  prefix?: string
  /** RUNNER_OS, e.g. `Linux`. */
  os: string
  /** RUNNER_ARCH, e.g. `X64` (build key only). */
  arch?: string
  matrix?: unknown
  /** Globs relative to `dir`. */
  keyFiles?: string[]
  /** PATH or its digest, when the path-hash opt-in is on. */
  pathHash?: string
  /** The process environment's settings, used where `go env` cannot answer. */
  environment: {
    goflags: string
    gowork?: string
    /** GOMODCACHE (or GOPATH's pkg/mod), for the module cache path without Go. */
    goModCache?: string
  }
  logger?: Logger
}

/**
 * When to ask Go for the whole toolchain: `always` (the action: the module
 * cache's path is GOMODCACHE, and both caches share one call), or only for the
 * build key (the CLI: a module key then asks Go for GOWORK and GOROOT alone).
 */
export type ToolchainNeed = 'always' | 'build-key'

export interface KeyPlanning {
  /** The options the components and plans were made with. */
  options: KeyOptions
  goEnvironment?: GoEnvironment
  /** Why the toolchain could not be read, when it was asked for and failed. */
  goEnvProblem?: ConfigurationError
  components?: KeyComponents
  /** Why the components could not be discovered (a file the key is made of is bad). */
  discoveryProblem?: ConfigurationError
  /** Per cache asked for, in order: its plan, or why its key cannot be computed. */
  plans: Map<CacheKind, CacheKeyPlan | string>
}

/** The KeyOptions for these settings and what Go said (nothing when it could not run). */
export function keyOptionsFor(
  settings: KeySettings,
  go: { environment?: GoEnvironment; gowork?: string; goroot?: string } = {}
): KeyOptions {
  const gowork = go.environment?.gowork ?? go.gowork ?? settings.environment.gowork
  const goroot = go.environment?.goroot || go.goroot
  return {
    dir: settings.dir,
    repoRoot: settings.repoRoot,
    prefix: settings.prefix,
    os: settings.os,
    arch: settings.arch,
    toolchain: go.environment?.identity,
    pathHash: settings.pathHash,
    matrix: settings.matrix,
    keyFiles: settings.keyFiles,
    logger: settings.logger,
    goflags: settings.environment.goflags,
    ...(gowork !== undefined ? { gowork } : {}),
    ...(goroot ? { goroot } : {}),
    ...(!go.environment && settings.environment.goModCache
      ? { modCachePath: settings.environment.goModCache }
      : {})
  }
}

/**
 * Plans the keys of `kinds`. Problems come back as values, so the action can
 * skip caching and the CLI can exit 2: a `go env` that fails leaves the build
 * key unavailable, a bad go.work or go.sum leaves both unavailable.
 */
export async function planCacheKeys(
  settings: KeySettings,
  kinds: readonly CacheKind[],
  goEnv: GoEnvReader,
  how: {
    toolchain: ToolchainNeed
    /** Told at once when `go env` fails, before discovery logs anything. */
    onGoEnvProblem?: (problem: ConfigurationError) => void
  }
): Promise<KeyPlanning> {
  let goEnvironment: GoEnvironment | undefined
  let goEnvProblem: ConfigurationError | undefined
  let workspace: { gowork?: string; goroot?: string } = {}
  if (how.toolchain === 'always' || kinds.includes('build')) {
    try {
      goEnvironment = await goEnv.read(settings.dir)
    } catch (error) {
      if (!isConfigurationError(error)) throw error
      goEnvProblem = error
      how.onGoEnvProblem?.(error)
    }
  } else if (goEnv.readWorkspace) {
    workspace = await goEnv.readWorkspace(settings.dir)
  }
  const options = keyOptionsFor(settings, { environment: goEnvironment, ...workspace })

  let components: KeyComponents | undefined
  let discoveryProblem: ConfigurationError | undefined
  try {
    components = await discoverComponents(options)
  } catch (error) {
    // A file the key is made of cannot be read or parsed: the go command will report it too.
    if (!isConfigurationError(error)) throw error
    discoveryProblem = error
  }

  const plans = new Map<CacheKind, CacheKeyPlan | string>()
  for (const kind of kinds) {
    if (!components) {
      plans.set(kind, `the key cannot be computed: ${discoveryProblem?.userMessage}`)
    } else if (kind === 'mod') {
      plans.set(kind, planModKey(components, options))
    } else if (!goEnvironment) {
      plans.set(kind, `the build cache key needs the Go toolchain: ${goEnvProblem?.userMessage}`)
    } else {
      plans.set(kind, planBuildKey(components, options))
    }
  }
  return {
    options,
    ...(goEnvironment ? { goEnvironment } : {}),
    ...(goEnvProblem ? { goEnvProblem } : {}),
    ...(components ? { components } : {}),
    ...(discoveryProblem ? { discoveryProblem } : {}),
    plans
  }
}

/**
 * The repository root for a key computed outside the action: GITHUB_WORKSPACE
 * when `dir` is inside it, else the enclosing checkout (the nearest directory
 * holding `.git`, as the action's workspace is), else `dir`. Paths in the
 * components are relative to it, so a run from a subdirectory gets the key
 * the action computes for the same working directory.
 */
export function defaultRepoRoot(dir: string, workspace: string | undefined): string {
  if (workspace) {
    const root = path.resolve(workspace)
    const relative = path.relative(root, dir)
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return root
  }
  return findCheckoutRoot(dir) ?? dir
}
