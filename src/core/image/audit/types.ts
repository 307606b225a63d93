/**
 * The image audit's shared shapes: what one pass over a platform image finds (layers, waste,
 * Go binaries, file digests), the checks' violations, and the clusters across images. The
 * analysis (analyze.ts), the checks (checks.ts, cluster.ts, dockerfile.ts) and the flow
 * (flow.ts) meet here.
 */
import type { BuildInfo } from '../../buildinfo/index.js'
import type { ImageFormat, Platform, SkippedManifest } from '../image.js'

/** One Go executable in a platform image's final file system. */
export interface GoBinaryFacts {
  /** Absolute path in the image, e.g. /usr/local/bin/app. */
  path: string
  size: number
  /** Hex sha256 of the whole file. */
  sha256: string
  /** As the build info records it, e.g. go1.27.1. */
  goVersion: string
  goos: string
  goarch: string
  /** GOARM, GOAMD64, GOARM64 … when the build settings record one. */
  archLevel?: { key: string; value: string }
  cgo: '0' | '1' | 'unknown'
  trimpath: boolean
  /** The main module's path ('' for a `go build file.go` binary). */
  mainModule: string
  mainVersion?: string
  vcsRevision?: string
  /** A `go test -c` binary (its build info path ends in `.test`). */
  isTest: boolean
  /** No ELF interpreter (PT_INTERP): runs without a dynamic loader or libc. */
  isStatic: boolean
  /** The dynamic loader it asks for, e.g. /lib/ld-musl-x86_64.so.1. */
  interpreter?: string
  /** For the SBOM and `expect`. */
  buildInfo: BuildInfo
}

export type WasteKind =
  | 'overwritten' // a later layer replaced the file
  | 'deleted' // a later layer deleted it (whiteout or opaque directory)
  | 'duplicate' // the same content (digest) in another layer too
  | 'known-path' // Go module/build caches, /tmp, apt/apk caches, .git …
  | 'test-binary' // a Go `_test` binary (by its build info)
  | 'unneeded-loader' // a dynamic loader or libc where every executable is a static Go binary

export interface WasteFinding {
  kind: WasteKind
  /** Index (0-based) of the layer that holds the wasted bytes. */
  layer: number
  bytes: number
  /** How many paths; `paths` is a sample (at most 20), sorted. */
  pathCount: number
  paths: string[]
  /** One line: what and why it is waste. */
  message: string
  /** A concrete fix, e.g. "use a cache mount for /root/go/pkg/mod". */
  fix: string
  /** The Dockerfile line that made the layer, when a Dockerfile was given or found. */
  dockerfileLine?: number
}

export interface LayerReport {
  index: number
  digest?: string
  diffId?: string
  /** Stored (compressed) size. */
  size: number
  /** Bytes of regular files in the layer, uncompressed. */
  fileBytes: number
  added: number
  changed: number
  deleted: number
  createdBy?: string
  /** Wasted bytes the findings put in this layer (a byte counts once even if two findings name it). */
  wastedBytes: number
  dockerfileLine?: number
}

/** A regular file of the final file system, for clustering across images. */
export interface FileDigest {
  path: string
  size: number
  /** sha256:… of the content. */
  digest: string
  layer: number
}

/** What one pass over one platform image finds. */
export interface PlatformAudit {
  platform: Platform
  manifestDigest?: string
  configDigest: string
  layers: LayerReport[]
  findings: WasteFinding[]
  /** Sum of every layer's file bytes (uncompressed), as dive counts "total image size". */
  totalBytes: number
  wastedBytes: number
  /** wastedBytes / totalBytes × 100 (0 for an empty image). */
  wastedPercent: number
  /** dive's efficiency: 1 − wasted / total, in [0, 1]. */
  efficiency: number
  goBinaries: GoBinaryFacts[]
  /** Regular files of the final file system of at least 1 byte. */
  files: FileDigest[]
}

/** One image as the user named it (a path or a registry reference), with its platforms. */
export interface ImageAudit {
  /** As given: a path or a reference. */
  source: string
  format: ImageFormat | 'registry'
  isIndex: boolean
  platforms: PlatformAudit[]
  skipped: SkippedManifest[]
}

export type ViolationKind =
  | 'platform-mismatch' // a Go binary's GOOS/GOARCH/variant differs from its platform's
  | 'missing-platform' // an expect-platforms entry the index lacks
  | 'expect' // an `expect` assertion failed for a binary
  | 'no-go-binary' // expect or expect-platforms was given but a platform has no Go binary
  | 'waste-threshold' // lowest-efficiency, highest-wasted-bytes or highest-wasted-percent passed

export interface Violation {
  kind: ViolationKind
  /** The image's source. */
  image: string
  /** os/arch[/variant]. */
  platform?: string
  /** The file in the image. */
  path?: string
  message: string
  dockerfileLine?: number
}

export interface WasteThresholds {
  /** Fail when efficiency (0–1) is below this. */
  lowestEfficiency?: number
  highestWastedBytes?: number
  /** Percent, 0–100. */
  highestWastedPercent?: number
}

/** Layers or files that several images (or platforms) hold, and what sharing them would save. */
export interface Cluster {
  kind: 'layer' | 'file'
  /** diff ID for layers, content digest for files. */
  digest: string
  size: number
  /** Where it appears: "image platform" labels, and the path for files. */
  members: { image: string; platform: string; path?: string; layer: number }[]
  /** Bytes saved if it were stored once: size × (members − 1) (0 for layers already shared). */
  duplicatedBytes: number
}

export interface ClusterReport {
  clusters: Cluster[]
  /** Sum of duplicatedBytes: what a shared base layer would save. */
  duplicatedBytes: number
}
