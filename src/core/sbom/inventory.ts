/**
 * What an SBOM lists, from the Go build info of one or more binaries, before any format: each
 * binary (its main module, file hash, Go version and build settings) and the modules linked into
 * it, after `replace` directives, deduplicated across binaries.
 */
import path from 'node:path'
import type { BinaryInfo, BuildInfo, Module } from '../buildinfo/index.js'
import { DEVEL, goModulePurl } from './purl.js'
import { parseGoSumHash, type GoSumHash } from './gosum.js'

export interface SbomBinary {
  /** The binary's path as the user named it (recorded as the file name). */
  path: string
  /** Hex sha256 of the whole file. */
  sha256: string
  /** The build info of the binary (of the slice to describe, for a universal binary). */
  buildInfo: BuildInfo
}

export interface ModuleEntry {
  /** Unique within the document. */
  ref: string
  kind: 'module' | 'stdlib'
  /** The module path that was built: the replacement's when replaced by another module. */
  name: string
  /** '' when unknown (a local directory replacement). */
  version: string
  purl: string
  hash?: GoSumHash
  /** The module the build info names before a `replace` directive. */
  replaces?: { path: string; version: string }
  /** A `replace` by a local directory: the directory as recorded. */
  localDirectory?: string
}

export interface BinaryEntry {
  ref: string
  path: string
  sha256: string
  /** The main module's path, else the main package's path, else the file's base name. */
  name: string
  /** The main module's version; '' for a work tree build (`(devel)`). */
  version: string
  purl?: string
  /** The main package's import path (the `path` line). */
  packagePath: string
  mainModuleSum?: string
  goVersion: string
  goVersionRaw: string
  settings: { key: string; value: string }[]
  /** Refs of the modules (and stdlib) linked into the binary, in build info order. */
  dependsOn: string[]
}

export interface Inventory {
  binaries: BinaryEntry[]
  /** Every module once, in first-seen order. */
  modules: ModuleEntry[]
}

/**
 * The entries for one file as the reader returns it: the file itself, or for a universal
 * binary one per slice (each has its own build info), named `<path> (<arch>)`.
 */
export function sbomBinariesOf(filePath: string, sha256: string, info: BinaryInfo): SbomBinary[] {
  if (info.slices.length === 1)
    return [{ path: filePath, sha256, buildInfo: info.slices[0].buildInfo }]
  return info.slices.map(slice => ({
    path: `${filePath} (${slice.fatArch ?? `${slice.goos}/${slice.goarch}`})`,
    sha256,
    buildInfo: slice.buildInfo
  }))
}

const isLocalDirectory = (modulePath: string) =>
  modulePath.startsWith('./') ||
  modulePath.startsWith('../') ||
  path.posix.isAbsolute(modulePath) ||
  path.win32.isAbsolute(modulePath)

function moduleEntry(dep: Module): ModuleEntry {
  const replace = dep.replace
  if (replace && isLocalDirectory(replace.path)) {
    // The code is a directory's, not any published version of the module: no version to name.
    const purl = goModulePurl(dep.path)
    return {
      ref: `${purl}#local:${replace.path}`,
      kind: 'module',
      name: dep.path,
      version: '',
      purl,
      replaces: { path: dep.path, version: dep.version },
      localDirectory: replace.path
    }
  }
  const built = replace ?? dep
  const version = built.version === DEVEL ? '' : built.version
  const purl = goModulePurl(built.path, version)
  return {
    ref: purl,
    kind: 'module',
    name: built.path,
    version,
    purl,
    hash: parseGoSumHash(built.sum),
    replaces: replace ? { path: dep.path, version: dep.version } : undefined
  }
}

/** `pkg:golang/stdlib@1.27.4`, as syft and grype name the standard library. */
function stdlibEntry(goVersion: string): ModuleEntry {
  const release = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)$/.exec(goVersion)
  const version = release ? release[1] : ''
  const purl = goModulePurl('stdlib', version)
  return { ref: purl, kind: 'stdlib', name: 'stdlib', version, purl }
}

export function buildInventory(binaries: readonly SbomBinary[]): Inventory {
  const modules = new Map<string, ModuleEntry>()
  const binaryRefs = new Set<string>()
  const add = (entry: ModuleEntry): string => {
    if (!modules.has(entry.ref)) modules.set(entry.ref, entry)
    return entry.ref
  }
  const entries = binaries.map((binary): BinaryEntry => {
    const info = binary.buildInfo
    const main = info.main
    const version = main && main.version !== DEVEL ? main.version : ''
    let ref = `binary:${binary.path}`
    for (let n = 2; binaryRefs.has(ref); n++) ref = `binary:${binary.path}#${n}`
    binaryRefs.add(ref)
    const dependsOn = [
      add(stdlibEntry(info.goVersion)),
      ...info.deps.map(dep => add(moduleEntry(dep)))
    ]
    return {
      ref,
      path: binary.path,
      sha256: binary.sha256,
      name: main?.path || info.path || path.basename(binary.path),
      version,
      purl: main?.path ? goModulePurl(main.path, version) : undefined,
      packagePath: info.path,
      mainModuleSum: main?.sum || undefined,
      goVersion: info.goVersion,
      goVersionRaw: info.goVersionRaw,
      settings: info.settings.map(({ key, value }) => ({ key, value })),
      dependsOn: [...new Set(dependsOn)]
    }
  })
  return { binaries: entries, modules: [...modules.values()] }
}
