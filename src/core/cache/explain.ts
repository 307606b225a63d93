/**
 * Why a restore was not exact: the manifest that came back with the restored
 * entry (or nothing) against the current components, reduced to machine
 * reasons, a one-sentence detail and the full module, setting and file diffs.
 */
import { canonicalJson } from '../hash.js'
import { isKeyOrGeneration } from './keys.js'
import { splitEntry } from '../gomod/index.js'
import { COMPILER_FIELDS, BUILD_IDENTITY_FIELDS, buildIdentityValue } from './toolchain.js'
import type {
  CacheKind,
  Explanation,
  FileDigest,
  GoModSummary,
  HitKind,
  KeyComponents,
  MissReason,
  ModuleChanges,
  SettingChange
} from './types.js'

/** Every reason this module can give, in the order they are reported. */
const REASON_ORDER: MissReason[] = [
  'first-run',
  'manifest-missing',
  'deps-changed',
  'go-mod-changed',
  'go-work-changed',
  'vendor-changed',
  'toolchain-changed',
  'env-changed',
  'path-changed',
  'matrix-changed',
  'key-files-changed'
]

export function hitKindOf(hit: { primaryKey: string; matchedKey?: string }): HitKind {
  if (hit.matchedKey === undefined || hit.matchedKey === '') return 'miss'
  // A generation of the key (`<key>-g<id>`) holds the same inputs, further built.
  return isKeyOrGeneration(hit.primaryKey, hit.matchedKey) ? 'exact' : 'partial'
}

export function explainRestore(
  kind: CacheKind,
  current: KeyComponents,
  previous: KeyComponents | undefined,
  hit: { primaryKey: string; matchedKey?: string }
): Explanation {
  const hitKind = hitKindOf(hit)
  const empty = { added: [], removed: [], changed: [] }
  if (!previous) {
    const reasons: MissReason[] =
      hitKind === 'miss' ? ['first-run'] : hitKind === 'partial' ? ['manifest-missing'] : []
    const detail =
      hitKind === 'miss'
        ? `no cache entry matches ${hit.primaryKey} or its restore keys`
        : hitKind === 'partial'
          ? `restored ${hit.matchedKey}, which carries no manifest to compare with`
          : `exact hit on ${hit.primaryKey}`
    return { hitKind, reasons, detail, modules: empty, settings: [], files: { ...empty } }
  }

  const modules = diffModuleSets(previous.moduleSet, current.moduleSet)
  const files = diffFiles(allFiles(previous), allFiles(current))
  const settings: SettingChange[] = []
  const found = new Set<MissReason>()
  const details: Partial<Record<MissReason, string>> = {}

  // Dependencies: the module set for both caches; for the build cache also what each go.mod requires.
  const goModChanges = diffFiles(previous.goMods, current.goMods)
  const goMods = compareGoMods(previous, current, goModChanges)
  if (previous.moduleSetDigest !== current.moduleSetDigest || (kind === 'build' && goMods.deps)) {
    found.add('deps-changed')
    details['deps-changed'] = describeDeps(
      modules,
      diffFiles(previous.goSums, current.goSums),
      goModChanges,
      goMods.requires
    )
  }
  // The rest of go.mod (go line, godebug, module path…) changes what the build compiles, not its modules.
  if (kind === 'build' && goMods.other) {
    found.add('go-mod-changed')
    details['go-mod-changed'] = goMods.other
  }
  const workDetail = describeGoWork(previous, current)
  if (workDetail) {
    found.add('go-work-changed')
    details['go-work-changed'] = workDetail
  }
  const vendorDetail = describeVendor(previous, current, settings)
  if (vendorDetail) {
    found.add('vendor-changed')
    details['vendor-changed'] = vendorDetail
  }
  if (kind === 'build') {
    compareToolchains(previous, current, settings, found, details)
    if ((previous.pathHash ?? '') !== (current.pathHash ?? '')) {
      found.add('path-changed')
      settings.push({ name: 'PATH', from: previous.pathHash ?? '', to: current.pathHash ?? '' })
      details['path-changed'] = 'PATH changed'
    }
    if ((previous.matrixDigest ?? '') !== (current.matrixDigest ?? '')) {
      found.add('matrix-changed')
      details['matrix-changed'] = describeMatrix(previous.matrix, current.matrix, settings)
    }
  }
  const keyFileChanges = diffFiles(previous.keyFiles, current.keyFiles)
  if (countFiles(keyFileChanges) > 0) {
    found.add('key-files-changed')
    details['key-files-changed'] = `key files ${describeFileChanges(keyFileChanges)}`
  }

  if (hitKind === 'exact') {
    return {
      hitKind,
      reasons: [],
      detail: `exact hit on ${hit.primaryKey}`,
      modules,
      settings,
      files
    }
  }
  const reasons = REASON_ORDER.filter(reason => found.has(reason))
  const detail =
    reasons.length > 0
      ? reasons.map(reason => details[reason]).join('; ')
      : hitKind === 'partial'
        ? `restored ${hit.matchedKey}; its manifest matches the current inputs`
        : `no cache entry matches ${hit.primaryKey}; the earlier inputs match the current ones`
  return { hitKind, reasons, detail, modules, settings, files }
}

interface VersionGroup {
  zips: string[]
  goModOnly: string[]
}

function groupByModule(entries: readonly string[]): Map<string, VersionGroup> {
  const zips = new Map<string, Set<string>>()
  const goMods = new Map<string, Set<string>>()
  for (const entry of entries) {
    const { path, version, goModOnly } = splitEntry(entry)
    const target = goModOnly ? goMods : zips
    let versions = target.get(path)
    if (!versions) target.set(path, (versions = new Set()))
    versions.add(version)
  }
  const groups = new Map<string, VersionGroup>()
  for (const path of new Set([...zips.keys(), ...goMods.keys()])) {
    const zipVersions = zips.get(path) ?? new Set<string>()
    groups.set(path, {
      zips: [...zipVersions].sort(compareModuleVersions),
      goModOnly: [...(goMods.get(path) ?? [])]
        .filter(v => !zipVersions.has(v))
        .sort(compareModuleVersions)
    })
  }
  return groups
}

function fullLabels(group: VersionGroup): string[] {
  return [...group.zips, ...group.goModOnly.map(version => `${version}/go.mod`)]
}

function shortLabel(group: VersionGroup): string {
  return group.zips.length > 0 ? group.zips.join(', ') : fullLabels(group).join(', ')
}

/**
 * Every module path whose version set differs, as added, removed or changed.
 * A changed module whose highest zip version moved reads as that move (the
 * version the build selects); otherwise `from` and `to` list the versions.
 */
export function diffModuleSets(
  previous: readonly string[],
  current: readonly string[]
): ModuleChanges {
  const before = groupByModule(previous)
  const after = groupByModule(current)
  const changes: ModuleChanges = { added: [], removed: [], changed: [] }
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort()
  for (const path of paths) {
    const from = before.get(path)
    const to = after.get(path)
    if (!from && to) changes.added.push(...fullLabels(to).map(label => `${path}@${label}`))
    else if (from && !to) changes.removed.push(...fullLabels(from).map(label => `${path}@${label}`))
    else if (from && to) {
      const fromFull = fullLabels(from).join(', ')
      const toFull = fullLabels(to).join(', ')
      if (fromFull === toFull) continue
      // go.sum keeps the old version's lines after `go get`: v1.2.0 → v1.2.0, v1.2.1 is a bump to v1.2.1.
      const fromSelected = from.zips.at(-1)
      const toSelected = to.zips.at(-1)
      if (fromSelected && toSelected && fromSelected !== toSelected) {
        changes.changed.push({ path, from: fromSelected, to: toSelected })
        continue
      }
      const fromShort = shortLabel(from)
      const toShort = shortLabel(to)
      changes.changed.push(
        fromShort !== toShort
          ? { path, from: fromShort, to: toShort }
          : { path, from: fromFull, to: toFull }
      )
    }
  }
  return changes
}

/** Orders Go module versions (semver with a leading v); unparsable ones sort as text. */
export function compareModuleVersions(a: string, b: string): number {
  const parse = (version: string) =>
    /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version)
  const x = parse(a)
  const y = parse(b)
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0
  for (let i = 1; i <= 3; i++) {
    const difference = Number(x[i]) - Number(y[i])
    if (difference !== 0) return difference
  }
  if (x[4] === y[4]) return a < b ? -1 : a > b ? 1 : 0
  if (x[4] === undefined) return 1
  if (y[4] === undefined) return -1
  return comparePrerelease(x[4], y[4])
}

function comparePrerelease(a: string, b: string): number {
  const xs = a.split('.')
  const ys = b.split('.')
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    if (xs[i] === undefined) return -1
    if (ys[i] === undefined) return 1
    const xNum = /^\d+$/.test(xs[i])
    const yNum = /^\d+$/.test(ys[i])
    if (xNum && yNum && Number(xs[i]) !== Number(ys[i])) return Number(xs[i]) - Number(ys[i])
    if (xNum !== yNum) return xNum ? -1 : 1
    if (xs[i] !== ys[i]) return xs[i] < ys[i] ? -1 : 1
  }
  return 0
}

function allFiles(components: KeyComponents): FileDigest[] {
  return [
    ...(components.goWork ? [components.goWork.file] : []),
    ...components.goMods,
    ...components.goSums,
    ...(components.vendor?.modulesTxt ?? []),
    ...components.keyFiles
  ]
}

type FileChanges = { added: string[]; removed: string[]; changed: string[] }

function diffFiles(previous: readonly FileDigest[], current: readonly FileDigest[]): FileChanges {
  const before = new Map(previous.map(file => [file.path, file.sha256]))
  const after = new Map(current.map(file => [file.path, file.sha256]))
  const changes: FileChanges = { added: [], removed: [], changed: [] }
  for (const [path, sha] of after) {
    if (!before.has(path)) changes.added.push(path)
    else if (before.get(path) !== sha) changes.changed.push(path)
  }
  for (const path of before.keys()) if (!after.has(path)) changes.removed.push(path)
  changes.added.sort()
  changes.removed.sort()
  changes.changed.sort()
  return changes
}

function countFiles(changes: FileChanges): number {
  return changes.added.length + changes.removed.length + changes.changed.length
}

function shown(path: string): string {
  return path.startsWith('.') || path.startsWith('/') ? path : `./${path}`
}

function describeFileChanges(changes: FileChanges): string {
  const parts: string[] = []
  const list = (paths: string[]) =>
    paths.length <= 2
      ? paths.map(shown).join(', ')
      : `${shown(paths[0])} and ${paths.length - 1} more`
  if (changes.changed.length) parts.push(`changed: ${list(changes.changed)}`)
  if (changes.added.length) parts.push(`added: ${list(changes.added)}`)
  if (changes.removed.length) parts.push(`removed: ${list(changes.removed)}`)
  return parts.join(', ')
}

/** A requirement that changed between two versions of the same go.mod. */
interface RequireChange {
  path: string
  from?: string
  to?: string
  indirect: boolean
}

interface GoModComparison {
  /** The dependencies changed: a require, replace or exclude, or a go.mod added or removed. */
  deps: boolean
  requires: RequireChange[]
  /** What else changed (go line, godebug, module path), for go-mod-changed. */
  other?: string
}

/**
 * Compares what the go.mod files say. Manifests written before go-ci-kit read
 * go.mod contents only have file digests: then any edit counts as a
 * dependency change, as it did when they were written.
 */
function compareGoMods(
  previous: KeyComponents,
  current: KeyComponents,
  files: FileChanges
): GoModComparison {
  if (!previous.goModContents || !current.goModContents) {
    return { deps: countFiles(files) > 0, requires: [] }
  }
  const before = new Map(previous.goModContents.map(mod => [mod.path, mod]))
  const after = new Map(current.goModContents.map(mod => [mod.path, mod]))
  let deps = [...before.keys()].some(file => !after.has(file))
  const requires: RequireChange[] = []
  const other: string[] = []
  for (const [file, now] of after) {
    const then = before.get(file)
    if (!then) {
      deps = true
      continue
    }
    if (then.sha256 === now.sha256) continue
    if (then.deps !== now.deps) {
      deps = true
      requires.push(...diffRequires(then, now))
    }
    const parts: string[] = []
    if ((then.module ?? '') !== (now.module ?? ''))
      parts.push(`module ${then.module ?? '(none)'} → ${now.module ?? '(none)'}`)
    if ((then.go ?? '') !== (now.go ?? ''))
      parts.push(`go ${then.go ?? '(none)'} → ${now.go ?? '(none)'}`)
    const godebugThen = then.godebug.join(', ')
    const godebugNow = now.godebug.join(', ')
    if (godebugThen !== godebugNow)
      parts.push(`godebug ${godebugThen || '(none)'} → ${godebugNow || '(none)'}`)
    if (parts.length === 0 && then.deps === now.deps)
      parts.push('tool, ignore or retract lines changed')
    if (parts.length > 0) other.push(`${file}: ${parts.join(', ')}`)
  }
  requires.sort(
    (a, b) =>
      Number(a.indirect) - Number(b.indirect) ||
      changeRank(a) - changeRank(b) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
  return { deps, requires, ...(other.length > 0 ? { other: other.join('; ') } : {}) }
}

/** Bumps first, then additions, then removals. */
function changeRank(change: RequireChange): number {
  return change.from && change.to ? 0 : change.to ? 1 : 2
}

function diffRequires(then: GoModSummary, now: GoModSummary): RequireChange[] {
  const before = new Map(then.requires.map(require => [require.path, require]))
  const after = new Map(now.requires.map(require => [require.path, require]))
  const changes: RequireChange[] = []
  for (const [path, require] of after) {
    const old = before.get(path)
    if (!old) changes.push({ path, to: require.version, indirect: require.indirect === true })
    else if (old.version !== require.version)
      changes.push({
        path,
        from: old.version,
        to: require.version,
        indirect: require.indirect === true
      })
  }
  for (const [path, require] of before) {
    if (!after.has(path))
      changes.push({ path, from: require.version, indirect: require.indirect === true })
  }
  return changes
}

function describeRequireChange(change: RequireChange): string {
  if (change.from && change.to) return `${change.path} ${change.from} → ${change.to}`
  return change.to ? `${change.path}@${change.to} added` : `${change.path}@${change.from} removed`
}

/**
 * The first change named is the one go.mod records (what `go get` bumped,
 * direct requirements first), else the first module whose version set moved;
 * then how many more modules changed and which go.sum files.
 */
function describeDeps(
  modules: ModuleChanges,
  sums: FileChanges,
  goMods: FileChanges,
  requires: RequireChange[]
): string {
  const changedPaths = new Set([
    ...modules.changed.map(change => change.path),
    ...[...modules.added, ...modules.removed].map(entry => splitEntry(entry).path),
    ...requires.map(change => change.path)
  ])
  const total = changedPaths.size
  if (total === 0) {
    return countFiles(goMods) > 0
      ? `go.mod ${describeFileChanges(goMods)}`
      : 'the module set changed'
  }
  const first = requires[0]
    ? describeRequireChange(requires[0])
    : modules.changed[0]
      ? `${modules.changed[0].path} ${modules.changed[0].from} → ${modules.changed[0].to}`
      : modules.added[0]
        ? `${modules.added[0]} added`
        : `${modules.removed[0]} removed`
  const more = total > 1 ? ` and ${total - 1} more` : ''
  const touched = [...sums.changed, ...sums.added, ...sums.removed].sort()
  const where =
    touched.length === 0
      ? ''
      : touched.length === 1
        ? ` in ${shown(touched[0])}`
        : ` in ${shown(touched[0])} and ${touched.length - 1} more go.sum files`
  return `${first}${more}${where}`
}

function describeGoWork(previous: KeyComponents, current: KeyComponents): string | undefined {
  const before = previous.goWork
  const after = current.goWork
  if (!before && !after) return undefined
  if (!before) return `${after?.file.path} added (workspace mode)`
  if (!after) return `${before.file.path} removed (no longer workspace mode)`
  if (before.file.sha256 === after.file.sha256) return undefined
  const parts: string[] = []
  const added = after.uses.filter(use => !before.uses.includes(use))
  const removed = before.uses.filter(use => !after.uses.includes(use))
  if (added.length) parts.push(`now uses ${added.map(shown).join(', ')}`)
  if (removed.length) parts.push(`no longer uses ${removed.map(shown).join(', ')}`)
  if ((before.go ?? '') !== (after.go ?? ''))
    parts.push(`go ${before.go ?? '(none)'} → ${after.go ?? '(none)'}`)
  if ((before.toolchain ?? '') !== (after.toolchain ?? '')) {
    parts.push(`toolchain ${before.toolchain ?? '(none)'} → ${after.toolchain ?? '(none)'}`)
  }
  return parts.length ? `${after.file.path}: ${parts.join(', ')}` : `${after.file.path} changed`
}

function describeVendor(
  previous: KeyComponents,
  current: KeyComponents,
  settings: SettingChange[]
) {
  const beforeMode = previous.vendor?.vendorMode ?? false
  const afterMode = current.vendor?.vendorMode ?? false
  const parts: string[] = []
  if (beforeMode !== afterMode) {
    settings.push({ name: 'vendor-mode', from: String(beforeMode), to: String(afterMode) })
    parts.push(`vendor mode ${beforeMode ? 'on' : 'off'} → ${afterMode ? 'on' : 'off'}`)
  }
  const files = diffFiles(previous.vendor?.modulesTxt ?? [], current.vendor?.modulesTxt ?? [])
  if (countFiles(files) > 0) parts.push(`vendor/modules.txt ${describeFileChanges(files)}`)
  return parts.length ? parts.join(', ') : undefined
}

function formatValue(value: string): string {
  return value === '' ? '(unset)' : value
}

function compareToolchains(
  previous: KeyComponents,
  current: KeyComponents,
  settings: SettingChange[],
  found: Set<MissReason>,
  details: Partial<Record<MissReason, string>>
) {
  const toolchainParts: string[] = []
  const envParts: string[] = []
  for (const field of BUILD_IDENTITY_FIELDS) {
    // Compared as keyed (GOFLAGS without output-neutral flags), shown as set.
    if (
      buildIdentityValue(previous.toolchain, field) === buildIdentityValue(current.toolchain, field)
    )
      continue
    const from = previous.toolchain?.[field] ?? ''
    const to = current.toolchain?.[field] ?? ''
    settings.push({ name: field, from, to })
    const compiler = COMPILER_FIELDS.has(field)
    const text =
      field === 'GOVERSION'
        ? `Go ${formatValue(from.replace(/^go/, ''))} → ${formatValue(to.replace(/^go/, ''))}`
        : `${field} ${formatValue(from)} → ${formatValue(to)}`
    ;(compiler ? toolchainParts : envParts).push(text)
  }
  if (toolchainParts.length) {
    found.add('toolchain-changed')
    details['toolchain-changed'] = toolchainParts.join(', ')
  }
  if (envParts.length) {
    found.add('env-changed')
    details['env-changed'] = envParts.join(', ')
  }
}

function describeMatrix(
  previous: Record<string, unknown> | undefined,
  current: Record<string, unknown> | undefined,
  settings: SettingChange[]
): string {
  const before = previous ?? {}
  const after = current ?? {}
  const parts: string[] = []
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const from = name in before ? canonicalJson(before[name]) : ''
    const to = name in after ? canonicalJson(after[name]) : ''
    if (from === to) continue
    settings.push({ name: `matrix.${name}`, from, to })
    parts.push(`${name} ${formatValue(from)} → ${formatValue(to)}`)
  }
  return parts.length ? `matrix ${parts.join(', ')}` : 'matrix changed'
}
