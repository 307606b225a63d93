import type { Logger } from '../report.js'
import type { ToolchainIdentity } from './types.js'

/** What discovery and key planning need to know about the run. */
export interface KeyOptions {
  /** Absolute working directory (where the go command runs). */
  dir: string
  /** Absolute repository root (GITHUB_WORKSPACE), for repo-relative paths in manifests. */
  repoRoot: string
  /** User prefix, first key segment; default `go`. */
  prefix?: string
  /** RUNNER_OS, e.g. `Linux`. */
  os: string
  /** RUNNER_ARCH, e.g. `X64` (build key only). */
  arch?: string
  /** From `go env -json`; the module key needs none, the build key requires it. */
  toolchain?: ToolchainIdentity
  /** Opt-in digest (or raw value) of PATH; goes into the build key. */
  pathHash?: string
  /** Parsed JSON, e.g. from `${{ toJSON(matrix) }}`; goes into the build key. */
  matrix?: unknown
  /** Globs relative to `dir`; their files go into both keys. */
  keyFiles?: string[]
  modCachePath?: string
  buildCachePath?: string
  logger?: Logger
  /**
   * GOFLAGS when no toolchain identity is given (the CLI's `key --cache mod`
   * without Go): only its -mod flag is read, for vendor-mode detection.
   */
  goflags?: string
  /**
   * GOWORK as the go command reads it (`go env GOWORK`, else `$GOWORK`): `off`
   * ignores go.work, an absolute path names the go.work to use, empty or `auto`
   * searches dir and its parents as the go command does (findGoWork in core/gomod).
   */
  gowork?: string
  /** GOROOT when known: the go.work search never crosses into it. */
  goroot?: string
}
