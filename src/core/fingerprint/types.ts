import type { BuildSetting, Module } from '../buildinfo/index.js'

export type CgoState = '0' | '1' | 'unknown'

/** The four dimensions a release matrix cell is defined by. */
export interface Dimensions {
  goos: string
  goarch: string
  /** e.g. { key: 'GOAMD64', value: 'v1' }; absent when not recorded. */
  archLevel?: { key: string; value: string }
  /** Normalised, e.g. go1.23.5, without experiments. */
  goVersion: string
  experiments: string[]
  cgo: CgoState
  /** Where goos/goarch came from. */
  targetSource: 'build settings' | 'file header'
}

export interface SectionDigest {
  name: string
  offset: number
  size: number
  sha256: string
}

export interface SliceFingerprint {
  /** For universal binaries, the slice's architecture. */
  fatArch?: string
  format: string
  dimensions: Dimensions
  goVersionRaw: string
  path: string
  main?: Module
  deps: Module[]
  settings: BuildSetting[]
  /** sha256 over dimensions, module graph and settings (vcs.time excluded). */
  buildFingerprint: string
  warnings: string[]
}

export interface FileFingerprint {
  /** As given (relative names stay relative, for subjects). */
  name: string
  sha256: string
  size: number
  slices: SliceFingerprint[]
  sections: SectionDigest[]
}
