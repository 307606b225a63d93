/**
 * Where in the repository a vulnerability is reported: the user's call site
 * for called findings, otherwise the line of the right go.mod (`require` for
 * a module, `toolchain`/`go` for the standard library).
 */
import path from 'node:path'
import { type MainModule, type ModuleLayout } from './layout.js'
import { isMainModuleFrame, isStdlibFrame, locateFrame } from './paths.js'
import { symbolName } from './symbols.js'
import type { ClassifiedFinding, VulnRecord } from './types.js'
import { insideRelative } from '../gomod/index.js'

export interface CallSite {
  path: string
  line: number
  column?: number
  /** The user's function, e.g. `report.Summarize`. */
  caller: string
  /** What it calls on the way to the vulnerable symbol, e.g. `parser.Parse`. */
  callee: string
  /** The vulnerable symbol itself. */
  vulnerable: string
  /** Every distinct finding whose trace goes through this call site. */
  findings: ClassifiedFinding[]
}

export type ManifestKind =
  'require' | 'replace' | 'toolchain' | 'go' | 'module' | 'binary' | 'fallback'

export interface ManifestSite {
  path: string
  line: number
  kind: ManifestKind
  /** The vulnerable module this site is about. */
  module: string
  /** For a `replace` site: what the vulnerable module replaces, and in which file kind. */
  replaces?: { oldPath: string; oldVersion?: string; goWork: boolean }
}

export function callSites(record: VulnRecord, layout: ModuleLayout): CallSite[] {
  const sites = new Map<string, CallSite>()
  for (const finding of record.findings) {
    if (finding.level !== 'called') continue
    const index = finding.findFrame(
      (module, version) => isMainModuleFrame({ module, version }, layout),
      1
    )
    if (index < 1) continue
    const frame = finding.frameAt(index)!
    const location = locateFrame(frame, layout)
    if (location?.kind !== 'repo') continue
    const caller = symbolName(frame)
    const callee = symbolName(finding.frameAt(index - 1)!)
    const key = `${location.path}:${location.line}:${location.column ?? 0}:${caller}:${callee}`
    let entry = sites.get(key)
    if (!entry) {
      entry = {
        path: location.path,
        line: location.line,
        column: location.column,
        caller,
        callee,
        vulnerable: symbolName(finding.vulnerable),
        findings: []
      }
      sites.set(key, entry)
    }
    entry.findings.push(finding)
  }
  return [...sites.values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
  )
}

export interface BinaryTarget {
  /** Absolute path of the scanned binary. */
  file: string
  /** Main module from its build info, when readable. */
  mainModule?: string
}

/**
 * go.mod lines for a vulnerability. In binary mode only the go.mod of the
 * module the binary was built from is used when it can be identified. When no
 * go.mod is known at all, the documented fallback is the binary itself (if it
 * lies in the workspace) or `go.mod` in the working directory, line 1.
 */
export function manifestSites(
  record: VulnRecord,
  layout: ModuleLayout,
  binary?: BinaryTarget
): ManifestSite[] {
  let candidates = layout.modules.filter(m => m.goModPath !== undefined)
  if (binary?.mainModule) {
    const own = candidates.filter(m => m.path === binary.mainModule)
    if (own.length > 0) candidates = own
  }
  const sites = new Map<string, ManifestSite>()
  const add = (site: ManifestSite) => sites.set(`${site.path}:${site.line}`, site)
  for (const { path: modulePath, version } of record.modules) {
    if (isStdlibFrame({ module: modulePath })) {
      for (const site of goVersionSites(layout, candidates, modulePath)) add(site)
      continue
    }
    // govulncheck names a replaced module by its replacement: the fix goes on the replace line.
    const replaced = replaceSites(layout, candidates, modulePath, version)
    if (replaced.length > 0) {
      for (const site of replaced) add(site)
      continue
    }
    const requiring = candidates.filter(m => m.goMod.requires.some(r => r.path === modulePath))
    for (const module of requiring) {
      const line = module.goMod.requires.find(r => r.path === modulePath)!.line
      add({ path: module.goModPath!, line, kind: 'require', module: modulePath })
    }
    if (requiring.length === 0 && candidates.length > 0) {
      const module = candidates[0]
      add({
        path: module.goModPath!,
        line: module.goMod.moduleLine ?? 1,
        kind: 'module',
        module: modulePath
      })
    }
  }
  if (sites.size === 0) {
    const module = record.modules[0]?.path ?? ''
    add(fallbackSite(layout, binary, module))
  }
  return [...sites.values()]
}

/** `go mod edit -replace=old@v=new@fixed` (or `go work edit`) that moves a replacement to its fix. */
export function replaceCommand(
  site: ManifestSite,
  fixedVersion: string | undefined
): string | undefined {
  if (!fixedVersion || !site.replaces) return undefined
  const { oldPath, oldVersion, goWork } = site.replaces
  return `go ${goWork ? 'work' : 'mod'} edit -replace=${oldPath}${oldVersion ? `@${oldVersion}` : ''}=${site.module}@${fixedVersion}`
}

/**
 * The replace directives whose target is this module (at this version, when
 * known): go.work's, which win over every go.mod's, else the go.mod ones.
 */
export function replaceSites(
  layout: ModuleLayout,
  candidates: MainModule[],
  modulePath: string,
  version: string | undefined
): ManifestSite[] {
  const matches = (r: { newPath: string; newVersion?: string }) =>
    r.newPath === modulePath && (version === undefined || r.newVersion === version)
  const site = (
    file: string,
    r: { oldPath: string; oldVersion?: string; line: number },
    goWork: boolean
  ): ManifestSite => ({
    path: file,
    line: r.line,
    kind: 'replace',
    module: modulePath,
    replaces: { oldPath: r.oldPath, oldVersion: r.oldVersion, goWork }
  })
  const inWork = layout.goWork?.replaces.filter(matches) ?? []
  if (layout.goWorkPath !== undefined && inWork.length > 0)
    return inWork.map(r => site(layout.goWorkPath!, r, true))
  return candidates.flatMap(module =>
    module.goMod.replaces.filter(matches).map(r => site(module.goModPath!, r, false))
  )
}

function goVersionSites(
  layout: ModuleLayout,
  candidates: MainModule[],
  modulePath: string
): ManifestSite[] {
  // In a workspace the go.work's go line decides the toolchain for every module.
  const goWorkGoLine = layout.goWork?.goLine
  if (layout.goWorkPath !== undefined && goWorkGoLine !== undefined && candidates.length > 1) {
    return [{ path: layout.goWorkPath, line: goWorkGoLine, kind: 'go', module: modulePath }]
  }
  return candidates.map(module => {
    const { toolchainLine, goLine } = module.goMod
    if (toolchainLine !== undefined)
      return {
        path: module.goModPath!,
        line: toolchainLine,
        kind: 'toolchain' as const,
        module: modulePath
      }
    if (goLine !== undefined)
      return { path: module.goModPath!, line: goLine, kind: 'go' as const, module: modulePath }
    return {
      path: module.goModPath!,
      line: module.goMod.moduleLine ?? 1,
      kind: 'module' as const,
      module: modulePath
    }
  })
}

function fallbackSite(
  layout: ModuleLayout,
  binary: BinaryTarget | undefined,
  module: string
): ManifestSite {
  if (binary) {
    const inRepo = insideRelative(layout.workspace, path.resolve(binary.file))
    if (inRepo) return { path: inRepo, line: 1, kind: 'binary', module }
  }
  const goMod = insideRelative(layout.workspace, path.join(layout.workingDirectory, 'go.mod'))
  return { path: goMod || 'go.mod', line: 1, kind: 'fallback', module }
}
