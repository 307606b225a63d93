/**
 * Name/value facts both formats record about a binary and its modules (CycloneDX properties,
 * SPDX annotations/comments), under our own `go-ci-kit:` namespace.
 */
import type { BinaryEntry, ModuleEntry } from './inventory.js'

export type Fact = [name: string, value: string]

export function binaryFacts(binary: BinaryEntry): Fact[] {
  const facts: Fact[] = [
    ['go-ci-kit:binary:path', binary.path],
    ['go-ci-kit:go:version', binary.goVersionRaw],
    ['go-ci-kit:go:path', binary.packagePath]
  ]
  if (binary.mainModuleSum) facts.push(['go-ci-kit:go:sum', binary.mainModuleSum])
  // Every build setting as recorded (GOOS, GOARCH, CGO_ENABLED, -trimpath, vcs.revision, …).
  for (const { key, value } of binary.settings) facts.push([`go-ci-kit:go:build:${key}`, value])
  return facts
}

export function moduleFacts(module: ModuleEntry): Fact[] {
  const facts: Fact[] = []
  if (module.hash) facts.push(['go-ci-kit:go:sum', module.hash.sum])
  if (module.replaces) {
    facts.push(['go-ci-kit:go:replaces', `${module.replaces.path} ${module.replaces.version}`])
  }
  if (module.localDirectory !== undefined) {
    facts.push(['go-ci-kit:go:replace-directory', module.localDirectory])
  }
  return facts
}
