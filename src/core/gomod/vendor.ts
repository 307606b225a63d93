/**
 * Vendor mode, decided the way the go command does (cmd/go/internal/modload):
 * an explicit -mod in GOFLAGS wins; otherwise a vendor directory next to the
 * main module's go.mod (or, in workspace mode, next to go.work, with a
 * modules.txt marked `## workspace`) turns vendor mode on when the go version
 * is at least 1.14. Go would then fail on an inconsistent vendor/modules.txt
 * ("inconsistent vendoring"); we instead keep the module cache and say why.
 */
import type { GoModFile, Replacement } from './modfile.js'
import { compareGoVersions } from './modfile.js'

export interface ModulesTxt {
  workspace: boolean
  modules: Map<string, { version?: string; explicit: boolean; replacement?: string }>
  /** `# path => target` lines: replacements that apply to every version. */
  wildcardReplacements: Map<string, string>
  anyExplicit: boolean
}

export function parseModulesTxt(text: string): ModulesTxt {
  const result: ModulesTxt = {
    workspace: false,
    modules: new Map(),
    wildcardReplacements: new Map(),
    anyExplicit: false
  }
  let current: { version?: string; explicit: boolean } | undefined
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('## ')) {
      for (const annotation of line.slice(3).split(';')) {
        const word = annotation.trim()
        if (word === 'workspace') result.workspace = true
        if (word === 'explicit' && current) {
          current.explicit = true
          result.anyExplicit = true
        }
      }
      continue
    }
    if (!line.startsWith('# ')) continue
    const fields = line.slice(2).trim().split(/\s+/)
    const arrow = fields.indexOf('=>')
    if (arrow === 1) {
      result.wildcardReplacements.set(fields[0], fields.slice(2).join(' '))
      current = undefined
      continue
    }
    current = {
      version: fields[1],
      explicit: false,
      ...(arrow > 1 ? { replacement: fields.slice(arrow + 1).join(' ') } : {})
    }
    result.modules.set(fields[0], current)
  }
  return result
}

/** -mod from GOFLAGS (`-mod=vendor`, `--mod=mod`, …), the last one winning as flags do. */
export function modFlag(goflags: string): string | undefined {
  return lastGoflag(goflags, 'mod')
}

/** The last -modfile=… in GOFLAGS (the go command takes the last), or undefined. */
export function modfileFlag(goflags: string): string | undefined {
  return lastGoflag(goflags, 'modfile')
}

/** The value of the last `-name=value` (or `--name=value`) in GOFLAGS. */
function lastGoflag(goflags: string, name: string): string | undefined {
  let value: string | undefined
  for (const flag of goflags.split(/\s+/)) {
    const equals = flag.indexOf('=')
    if (equals > 0 && flag.slice(0, equals).replace(/^--?/, '') === name && /^--?[^-]/.test(flag))
      value = flag.slice(equals + 1)
  }
  return value
}

/** The go.sum that goes with a go.mod: `x.mod` → `x.sum`, as for -modfile (anything else gets `.sum` added). */
export function sumFileFor(modFile: string): string {
  return modFile.endsWith('.mod') ? `${modFile.slice(0, -'.mod'.length)}.sum` : `${modFile}.sum`
}

function replacementText(replacement: Replacement): string {
  return replacement.newVersion
    ? `${replacement.newPath} ${replacement.newVersion}`
    : replacement.newPath
}

/** Problems that make the go command report "inconsistent vendoring" for one module. */
export function vendorInconsistencies(mod: GoModFile, txt: ModulesTxt | undefined): string[] {
  const problems: string[] = []
  if (!txt) {
    if (mod.requires.length > 0) problems.push('vendor/modules.txt is missing')
    return problems
  }
  // Before go 1.17, modules.txt had no "## explicit" lines; the go command only checks them if present.
  const checkExplicit = compareGoVersions(mod.go ?? '1.16', '1.17') >= 0 || txt.anyExplicit
  if (checkExplicit) {
    const required = new Set<string>()
    for (const requirement of mod.requires) {
      required.add(requirement.path)
      const meta = txt.modules.get(requirement.path)
      if (!meta || meta.version !== requirement.version) {
        problems.push(
          `go.mod requires ${requirement.path} ${requirement.version} but vendor/modules.txt has ${meta?.version ?? 'no entry'}`
        )
      } else if (!meta.explicit) {
        problems.push(
          `${requirement.path} is required in go.mod but not marked "## explicit" in vendor/modules.txt`
        )
      }
    }
    for (const [modulePath, meta] of txt.modules) {
      if (meta.explicit && !required.has(modulePath)) {
        problems.push(
          `${modulePath} is marked explicit in vendor/modules.txt but not required in go.mod`
        )
      }
    }
  }
  for (const replacement of mod.replaces) {
    const want = replacementText(replacement)
    const meta = txt.modules.get(replacement.oldPath)
    const versionMatches = !replacement.oldVersion || meta?.version === replacement.oldVersion
    const have =
      (replacement.oldVersion ? undefined : txt.wildcardReplacements.get(replacement.oldPath)) ??
      (versionMatches ? meta?.replacement : undefined)
    if (have !== undefined && have !== want) {
      problems.push(
        `go.mod replaces ${replacement.oldPath} with ${want} but vendor/modules.txt says ${have}`
      )
    } else if (have === undefined && checkExplicit) {
      problems.push(
        `go.mod replaces ${replacement.oldPath} but vendor/modules.txt does not record it`
      )
    }
  }
  return problems
}

export interface VendorDecision {
  vendorMode: boolean
  reason: string
}

/** Vendor mode for one main module (single-module mode). */
export function decideModuleVendorMode(input: {
  goflags: string
  mod: GoModFile
  vendorDirExists: boolean
  modulesTxt?: ModulesTxt
}): VendorDecision {
  const flag = modFlag(input.goflags)
  if (flag === 'vendor') return { vendorMode: true, reason: `GOFLAGS sets -mod=vendor` }
  if (flag !== undefined) return { vendorMode: false, reason: `GOFLAGS sets -mod=${flag}` }
  if (!input.vendorDirExists) return { vendorMode: false, reason: 'no vendor directory' }
  if (!input.mod.go) {
    return { vendorMode: false, reason: 'go.mod has no go line, so vendor/ is not used' }
  }
  if (compareGoVersions(input.mod.go, '1.14') < 0) {
    return {
      vendorMode: false,
      reason: `go.mod says go ${input.mod.go} (< 1.14), so vendor/ is not used`
    }
  }
  if (input.modulesTxt?.workspace) {
    return {
      vendorMode: false,
      reason: 'vendor/modules.txt was written for a workspace (## workspace)'
    }
  }
  const problems = vendorInconsistencies(input.mod, input.modulesTxt)
  if (problems.length > 0) {
    return {
      vendorMode: false,
      reason: `vendor/modules.txt is inconsistent with go.mod (${problems[0]}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''}); the go command will report "inconsistent vendoring" (run \`go mod vendor\`), so the module cache is kept`
    }
  }
  return {
    vendorMode: true,
    reason: input.modulesTxt
      ? `go.mod says go ${input.mod.go} (>= 1.14) and vendor/modules.txt is consistent`
      : `go.mod says go ${input.mod.go} (>= 1.14), vendor/ exists and there are no requirements to vendor`
  }
}

/** Vendor mode in workspace mode: the workspace-level vendor directory (go work vendor, Go 1.22+). */
export function decideWorkspaceVendorMode(input: {
  goflags: string
  workGo?: string
  vendorDirExists: boolean
  modulesTxt?: ModulesTxt
  mods: GoModFile[]
}): VendorDecision {
  const flag = modFlag(input.goflags)
  if (flag === 'vendor') return { vendorMode: true, reason: 'GOFLAGS sets -mod=vendor' }
  if (flag !== undefined) return { vendorMode: false, reason: `GOFLAGS sets -mod=${flag}` }
  if (!input.vendorDirExists)
    return { vendorMode: false, reason: 'the workspace has no vendor directory next to go.work' }
  if (!input.workGo)
    return { vendorMode: false, reason: 'go.work has no go line, so vendor/ is not used' }
  if (compareGoVersions(input.workGo, '1.14') < 0) {
    return {
      vendorMode: false,
      reason: `go.work says go ${input.workGo} (< 1.14), so vendor/ is not used`
    }
  }
  if (!input.modulesTxt?.workspace) {
    return {
      vendorMode: false,
      reason:
        'vendor/modules.txt next to go.work is not a workspace vendor directory (no "## workspace"; run `go work vendor`)'
    }
  }
  // Every explicit requirement of a workspace module must be vendored (any selected version).
  const missing = input.mods
    .flatMap(mod => mod.requires)
    .filter(requirement => !input.modulesTxt?.modules.has(requirement.path))
    .map(requirement => requirement.path)
  if (missing.length > 0) {
    return {
      vendorMode: false,
      reason: `vendor/modules.txt next to go.work lacks ${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''}; the go command will report "inconsistent vendoring" (run \`go work vendor\`), so the module cache is kept`
    }
  }
  return {
    vendorMode: true,
    reason: `go.work says go ${input.workGo} (>= 1.14) and a workspace vendor directory exists`
  }
}
