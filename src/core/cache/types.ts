/**
 * The contract between the cache core (discovery, digests, keys, manifests,
 * explanations) and the cache action (restore, save, trim, prune, reporting).
 * Everything here is plain data so it can be saved as state or JSON.
 */

export type CacheKind = 'mod' | 'build'

/** A file that went into a key: repo-relative POSIX path and its sha256 (hex). */
export interface FileDigest {
  path: string
  sha256: string
}

/** The values of `go env -json` that make build output differ. Absent fields were not reported. */
export interface ToolchainIdentity {
  GOVERSION: string
  GOOS: string
  GOARCH: string
  /** GOAMD64 / GOARM / GOARM64 / GO386 / GOMIPS / GOPPC64 … whichever applies to GOARCH, as `NAME=value`. */
  archLevel?: string
  CGO_ENABLED: string
  /** Compiler path and its `--version` first line, only when cgo is on. */
  CC?: string
  CCVersion?: string
  GOFLAGS: string
  GOEXPERIMENT: string
  GOTOOLCHAIN: string
  GOPROXY: string
  GONOPROXY: string
  GOPRIVATE: string
  GONOSUMDB: string
  GOSUMDB: string
  GOINSECURE: string
  /** Where the caches live (not part of keys; the action needs them). */
  GOMODCACHE: string
  GOCACHE: string
}

export interface GoWorkSummary {
  file: FileDigest
  go?: string
  toolchain?: string
  uses: string[]
}

export interface VendorSummary {
  /** vendor/modules.txt of each module that has one. */
  modulesTxt: FileDigest[]
  /** True when the go command would build in vendor mode (so GOMODCACHE is not needed). */
  vendorMode: boolean
  /** Why vendor mode was or was not detected, for the outputs. */
  reason: string
}

/** A requirement of a go.mod, as `go get` writes it. */
export interface GoModRequire {
  path: string
  version: string
  /** Marked `// indirect`. */
  indirect?: true
}

/**
 * What a go.mod says, as far as builds and explanations care. The build key
 * hashes `sha256`, not the file: comments, `// indirect` markers and the
 * toolchain line (the toolchain it selects is GOVERSION) change no build.
 */
export interface GoModSummary {
  /** The same path as in `goMods`. */
  path: string
  /** Digest of every directive except `toolchain`, without comments. */
  sha256: string
  /** Digest of the require, replace and exclude directives only (the dependencies). */
  deps: string
  module?: string
  go?: string
  godebug: string[]
  requires: GoModRequire[]
}

/** Every input of every key, as discovered. Saved with each cache as its manifest. */
export interface KeyComponents {
  schema: 1
  /** Repo-relative directory the keys were computed for. */
  workDir: string
  goWork?: GoWorkSummary
  goMods: FileDigest[]
  /** What each go.mod says (absent in manifests written before go-ci-kit read it). */
  goModContents?: GoModSummary[]
  /** Every go.sum plus go.work.sum. */
  goSums: FileDigest[]
  vendor?: VendorSummary
  /** Sorted, de-duplicated `module@version` and `module@version/go.mod` entries. */
  moduleSet: string[]
  moduleSetDigest: string
  toolchain?: ToolchainIdentity
  pathHash?: string
  /** The matrix with keys sorted, and its digest. */
  matrix?: Record<string, unknown>
  matrixDigest?: string
  keyFiles: FileDigest[]
}

/** One cache to restore and save. */
export interface CacheKeyPlan {
  kind: CacheKind
  key: string
  /** Most similar first. */
  restoreKeys: string[]
  /** Paths exactly as given to the cache client (the cache version hashes them). */
  paths: string[]
  /** False for the module cache in vendor mode: nothing to restore or save. */
  needed: boolean
  notNeededReason?: string
  /** The key's segments in documented order, for the docs and the summary. */
  segments: { name: string; value: string }[]
}

/** Stored inside each saved cache at `<cache dir>/.go-ci-kit/manifest-<kind>.json`. */
export interface CacheManifest {
  schema: 1
  kind: CacheKind
  key: string
  components: KeyComponents
  createdAt: string
}

export type HitKind = 'exact' | 'partial' | 'miss'

export type MissReason =
  | 'deps-changed'
  | 'go-mod-changed'
  | 'go-work-changed'
  | 'vendor-changed'
  | 'toolchain-changed'
  | 'env-changed'
  | 'path-changed'
  | 'matrix-changed'
  | 'key-files-changed'
  | 'first-run'
  | 'cache-unavailable'
  | 'manifest-missing'
  | 'evicted'
  | 'other-branch-scope'
  | 'version-mismatch'
  | 'save-skipped-exact-hit'
  | 'save-skipped-read-only'
  | 'save-skipped-fork'
  | 'save-skipped-condition'
  | 'save-skipped-reserved'
  | 'save-skipped-unavailable'
  | 'save-skipped-not-needed'
  | 'save-skipped-nothing-new'

export interface ModuleChanges {
  added: string[]
  removed: string[]
  changed: { path: string; from: string; to: string }[]
}

export interface SettingChange {
  name: string
  from: string
  to: string
}

export interface Explanation {
  hitKind: HitKind
  reasons: MissReason[]
  /** One human sentence, e.g. "golang.org/x/net v0.25.0 → v0.26.0 and 2 more in ./api/go.sum; Go 1.23.4 → 1.23.5". */
  detail: string
  modules: ModuleChanges
  settings: SettingChange[]
  files: { added: string[]; removed: string[]; changed: string[] }
}
