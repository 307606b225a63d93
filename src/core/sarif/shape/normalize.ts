/**
 * Repairs what Go producers get wrong so code scanning takes the file and puts
 * alerts where they belong (reference: docs sarif.md §5):
 *
 * - every URI relative to the repository root, `uriBaseId` gone (paths.ts);
 * - `artifactLocation.index` materialized into a URI, or dropped when it points
 *   nowhere (golangci-lint writes `index: 0` without any `artifacts`);
 * - `rules` built for results that name a rule nobody described
 *   (golangci-lint has none), and every rule given the descriptions and help
 *   GitHub requires (staticcheck has no fullDescription);
 * - duplicate tags (govulncheck aliases) and stacks removed;
 * - 0 lines and columns raised to 1 (staticcheck position-less diagnostics);
 * - null arrays removed, null `results` made `[]` (govulncheck < 1.1.4);
 * - level spellings such as `high` mapped onto SARIF levels;
 * - results without any usable location (gosec's empty URIs, govulncheck's
 *   binary mode) set aside: GitHub would reject the whole file for them.
 */
import path from 'node:path'
import { baseIdName, FileLookup, RunPathResolver, type PathOptions } from './paths.js'
import {
  effectiveLevel,
  isSuppressed,
  parseSecuritySeverity,
  resultSecuritySeverity,
  toLevel
} from '../result-severity.js'
import { countResult, emptyTally, mergeTally, type RuleTally, type Tally } from '../tally.js'
import {
  isRecord,
  type Artifact,
  type ArtifactLocation,
  type Location,
  type Message,
  type PhysicalLocation,
  type PropertyBag,
  type ReportingDescriptor,
  type SarifResult,
  type SarifRun,
  type SarifSource,
  type ToolComponent
} from '../types.js'
import { matchesFormat } from '../read/schema.js'
import { fileUri } from './uris.js'

export interface NormalizeOptions extends PathOptions {
  /** Applied to runs that have no `automationDetails.id`, as `<category>/`. */
  category?: string
  lookup: FileLookup
}

/** What normalization changed or could not place, counted so it can be reported once. */
export interface NormalizeNotes {
  outside: Map<string, number>
  otherSchemes: Map<string, number>
  unresolvedBases: Map<string, number>
  emptyUris: number
  /** Artifacts whose location could not be placed (kept without it). */
  unplacedArtifacts: number
  danglingIndexes: number
  droppedLocations: number
  unlocatedResults: number
  rulesBuilt: Map<string, number>
  duplicateTags: number
  duplicateStacks: number
  clampedRegions: number
  levelsMapped: Map<string, number>
  messagesFilled: number
  missingFiles: Map<string, number>
  /** Relative paths several directories have, with those directories; left unresolved. */
  ambiguous: Map<string, { dirs: string[]; count: number }>
  /** Regions with no start (`region: {}`) removed. */
  emptyRegions: number
}

export function emptyNotes(): NormalizeNotes {
  return {
    outside: new Map(),
    otherSchemes: new Map(),
    unresolvedBases: new Map(),
    emptyUris: 0,
    unplacedArtifacts: 0,
    danglingIndexes: 0,
    droppedLocations: 0,
    unlocatedResults: 0,
    rulesBuilt: new Map(),
    duplicateTags: 0,
    duplicateStacks: 0,
    clampedRegions: 0,
    levelsMapped: new Map(),
    messagesFilled: 0,
    missingFiles: new Map(),
    ambiguous: new Map(),
    emptyRegions: 0
  }
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

export interface NormalizedRun {
  run: SarifRun
  /** The SARIF file (as displayed) the run came from. */
  sources: string[]
  tool: string
  /** The category part of automationDetails.id ('' when none). */
  category: string
  /** Results with no usable location: not uploaded, still counted and annotated. */
  unlocated: SarifResult[]
  /** Every unsuppressed result of the run before limits, unlocated ones included. */
  tally: Tally
}

/** `a/b/run-1` → `a/b`; `a/b/` → `a/b`; `run-1` → `` (docs: runAutomationDetails). */
export function categoryOf(id: string | undefined): string {
  if (!id) return ''
  const slash = id.lastIndexOf('/')
  return slash === -1 ? '' : id.slice(0, slash)
}

export function withTrailingSlash(category: string): string {
  return category.endsWith('/') ? category : `${category}/`
}

export function normalizeSource(
  source: SarifSource,
  absoluteFile: string,
  options: NormalizeOptions,
  notes: NormalizeNotes
): NormalizedRun[] {
  return source.log.runs.map((run, index) => {
    const normalized = normalizeRun(run, absoluteFile, source.file, options, notes)
    const dropped = source.droppedTallies?.[index]
    if (dropped) mergeTally(normalized.tally, retagTally(dropped, normalized.tool))
    return normalized
  })
}

/** The streaming reader tallies before it knows the tool's name. */
function retagTally(tally: Tally, tool: string): Tally {
  const rules = new Map<string, RuleTally>()
  for (const entry of tally.rules.values())
    rules.set(`${tool}\u0000${entry.ruleId}`, { ...entry, tool })
  return { ...tally, rules }
}

function normalizeRun(
  run: SarifRun,
  absoluteFile: string,
  display: string,
  options: NormalizeOptions,
  notes: NormalizeNotes
): NormalizedRun {
  stripNulls(run)
  if (!Array.isArray(run.results)) run.results = []
  const driver = run.tool.driver
  if (!Array.isArray(driver.rules)) driver.rules = []
  const tool = driver.name
  for (const component of [driver, ...(run.tool.extensions ?? [])])
    if (isRecord(component)) setAsideMalformed(component, ['informationUri', 'downloadUri'], 'uri')
  for (const invocation of run.invocations ?? [])
    if (isRecord(invocation))
      setAsideMalformed(invocation, ['startTimeUtc', 'endTimeUtc'], 'date-time')
  const resolver = new RunPathResolver(options.lookup, options, run, absoluteFile)
  resolver.prepare()

  const artifactUris = normalizeArtifacts(run, resolver, notes, options)

  const rules = new Map<string, ReportingDescriptor>()
  const uniqueRules: ReportingDescriptor[] = []
  for (const rule of driver.rules) {
    if (!isRecord(rule) || typeof rule.id !== 'string' || rules.has(rule.id)) continue
    normalizeRule(rule, tool, notes)
    rules.set(rule.id, rule)
    uniqueRules.push(rule)
  }
  driver.rules = uniqueRules
  const extensionRules = new Map<string, ReportingDescriptor>()
  for (const extension of run.tool.extensions ?? []) {
    for (const rule of extension.rules ?? []) {
      if (!isRecord(rule) || typeof rule.id !== 'string') continue
      normalizeRule(rule, extension.name, notes)
      if (!extensionRules.has(rule.id)) extensionRules.set(rule.id, rule)
    }
  }

  const tally = emptyTally()
  const located: SarifResult[] = []
  const unlocated: SarifResult[] = []
  const walker = new LocationWalker(resolver, notes, artifactUris, options)
  for (const result of run.results) {
    if (!isRecord(result)) continue
    // Exact duplicates (govulncheck repeats stacks) go before their locations are resolved and counted.
    if (Array.isArray(result.stacks)) result.stacks = unique(result.stacks, notes)
    if (Array.isArray(result.codeFlows)) result.codeFlows = unique(result.codeFlows, notes)
    walker.walk(result)
    normalizeLevel(result, notes)
    const ruleId = ruleIdOf(result, driver)
    result.ruleId = ruleId
    // Assigned, not deleted: `delete` would put every result object in V8's slow
    // dictionary mode; JSON serialization leaves undefined members out anyway.
    result.ruleIndex = undefined
    let rule = rules.get(ruleId) ?? extensionRules.get(ruleId)
    if (!rule) {
      rule = buildRule(ruleId, tool)
      rules.set(ruleId, rule)
      driver.rules.push(rule)
      bump(notes.rulesBuilt, tool)
    }
    fillMessage(result, rule, driver, notes)
    dedupeTags(result.properties, notes)
    normalizeSecuritySeverity(result.properties)
    result.locations = usableLocations(result.locations, notes)
    if (Array.isArray(result.relatedLocations))
      result.relatedLocations = usableLocations(result.relatedLocations, notes)
    if (isSuppressed(result)) tally.suppressed++
    else
      countResult(
        tally,
        tool,
        ruleId,
        effectiveLevel(result, rule),
        resultSecuritySeverity(result, rule),
        rule
      )
    if (result.locations.length === 0) {
      unlocated.push(result)
      notes.unlocatedResults++
    } else located.push(result)
  }
  run.results = located

  delete run.originalUriBaseIds
  if (options.category && !run.automationDetails?.id) {
    run.automationDetails = { ...run.automationDetails, id: withTrailingSlash(options.category) }
  }
  return {
    run,
    sources: [display],
    tool,
    category: categoryOf(run.automationDetails?.id),
    unlocated,
    tally
  }
}

/**
 * Resolves every `run.artifacts[].location` and returns the URIs by the
 * artifacts' original indexes (results' `index` references are materialized
 * into URIs from them). An artifact whose location cannot be placed (a base
 * nobody defined, an empty URI) keeps its other members but loses the
 * location: results that need it are dropped or repaired on their own, and an
 * unusable location must not make the whole file invalid. Artifacts that end up
 * identical are merged, as SARIF requires them unique (parent indexes follow).
 */
function normalizeArtifacts(
  run: SarifRun,
  resolver: RunPathResolver,
  notes: NormalizeNotes,
  options: NormalizeOptions
): (string | undefined)[] {
  const uris: (string | undefined)[] = []
  if (!Array.isArray(run.artifacts)) return uris
  // The artifacts list is an index, not findings: its paths are not counted as locations.
  const scratch = emptyNotes()
  for (const artifact of run.artifacts) {
    const location = isRecord(artifact) ? artifact.location : undefined
    if (!isRecord(location)) {
      uris.push(undefined)
      continue
    }
    if (resolveArtifactLocation(location, resolver, scratch, undefined, options)) {
      uris.push(location.uri)
    } else {
      uris.push(undefined)
      delete (artifact as Artifact).location
      notes.unplacedArtifacts++
    }
  }
  run.artifacts = uniqueArtifacts(run.artifacts)
  return uris
}

/**
 * `artifacts` without repeats (SARIF's uniqueItems), `parentIndex` pointing into
 * the new list; `into` (already unique) comes first when given. Returns the new
 * index of every artifact of `from`.
 */
export function uniqueArtifacts(from: Artifact[], into: Artifact[] = []): Artifact[] {
  const kept: Artifact[] = []
  const keys = new Map<string, number>()
  const add = (artifact: Artifact): number => {
    const key = JSON.stringify(artifact)
    let at = keys.get(key)
    if (at === undefined) {
      at = kept.length
      keys.set(key, at)
      kept.push(artifact)
    }
    return at
  }
  for (const artifact of into) add(artifact)
  // Parent links are compared after they are remapped, so two children of equal parents match.
  const remap: number[] = []
  const pending = from.map(artifact => (isRecord(artifact) ? artifact : {}))
  const order = artifactOrder(pending)
  for (const index of order) {
    const artifact = pending[index]
    const parent = artifact.parentIndex
    if (typeof parent === 'number') {
      const mapped = remap[parent]
      if (mapped === undefined) delete artifact.parentIndex
      else artifact.parentIndex = mapped
    }
    remap[index] = add(artifact)
  }
  return kept
}

/** Parents before their children (a parentIndex may point forward); cycles are cut. */
function artifactOrder(artifacts: Artifact[]): number[] {
  const order: number[] = []
  const state = new Uint8Array(artifacts.length)
  const visit = (index: number) => {
    if (state[index] !== 0) return
    state[index] = 1
    const parent = artifacts[index].parentIndex
    if (typeof parent === 'number' && parent >= 0 && parent < artifacts.length) {
      if (state[parent] === 1) delete artifacts[index].parentIndex
      else visit(parent)
    } else if (parent !== undefined) delete artifacts[index].parentIndex
    state[index] = 2
    order.push(index)
  }
  for (let index = 0; index < artifacts.length; index++) visit(index)
  return order
}

/** Deletes null-valued members and null array elements, except inside property bags. */
export function stripNulls(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      if (value[i] === null) value.splice(i, 1)
      else stripNulls(value[i])
    }
    return
  }
  if (!isRecord(value)) return
  for (const key of Object.keys(value)) {
    const member = value[key]
    if (member === null) {
      if (key !== 'results') delete value[key]
      continue
    }
    if (key === 'properties' && isRecord(member)) {
      if (member.tags === null) delete member.tags
      continue
    }
    // Results are walked one at a time later; skip the big arrays here.
    if (key === 'results') continue
    stripNulls(member)
  }
}

/**
 * One pass over a result: nulls removed, regions clamped, every physical
 * location's artifact resolved to a repository path (or the location dropped).
 */
class LocationWalker {
  constructor(
    private readonly resolver: RunPathResolver,
    private readonly notes: NormalizeNotes,
    private readonly artifactUris: (string | undefined)[],
    private readonly options: NormalizeOptions
  ) {}

  walk(node: Record<string, unknown>): void {
    for (const key of Object.keys(node)) {
      const value = node[key]
      if (value === null) {
        delete node[key]
        continue
      }
      if (typeof value !== 'object') continue
      if (key === 'properties') {
        if (isRecord(value) && value.tags === null) delete value.tags
        continue
      }
      if (Array.isArray(value)) {
        const items = value.includes(null)
          ? (node[key] = value.filter(item => item !== null))
          : value
        for (const item of items as unknown[]) if (isRecord(item)) this.walk(item)
        continue
      }
      if (key === 'region' || key === 'contextRegion') {
        clampRegion(value as Record<string, unknown>, this.notes)
        continue
      }
      if (key === 'physicalLocation') {
        // Not walked generically: its artifactLocation must be resolved exactly once.
        const physical = value as PhysicalLocation
        for (const member of Object.keys(physical))
          if (physical[member] === null) delete physical[member]
        for (const key of ['region', 'contextRegion'] as const) {
          const region = physical[key]
          if (region === undefined) continue
          if (isRecord(region) && hasStart(region)) clampRegion(region, this.notes)
          else {
            // `region: {}` says nothing and code scanning needs a start line.
            delete physical[key]
            this.notes.emptyRegions++
          }
        }
        if (!this.placePhysical(node as Location, physical)) delete node.physicalLocation
        continue
      }
      if (key === 'artifactLocation') {
        resolveArtifactLocation(
          value as ArtifactLocation,
          this.resolver,
          this.notes,
          this.artifactUris,
          this.options
        )
        continue
      }
      this.walk(value as Record<string, unknown>)
    }
  }

  /** False when the location cannot be placed; its text moves to the location's message. */
  private placePhysical(location: Location, physical: PhysicalLocation): boolean {
    const artifact = physical.artifactLocation
    if (!isRecord(artifact)) return false
    const original = { uri: artifact.uri, uriBaseId: artifact.uriBaseId }
    const line = physical.region?.startLine
    if (
      resolveArtifactLocation(
        artifact,
        this.resolver,
        this.notes,
        this.artifactUris,
        this.options,
        typeof line === 'number' ? line : undefined
      )
    )
      return true
    if (original.uri && original.uriBaseId) {
      // Keep where it was in words: "os.Remove ($GOROOT/src/os/file.go:1)".
      const line = physical.region?.startLine
      const where = `$${baseIdName(original.uriBaseId)}/${original.uri}${line ? `:${line}` : ''}`
      const text = location.message?.text
      location.message = { ...location.message, text: text ? `${text} (${where})` : where }
    }
    return false
  }
}

/** Resolves in place; false when the location has no usable URI. */
function resolveArtifactLocation(
  location: ArtifactLocation,
  resolver: RunPathResolver,
  notes: NormalizeNotes,
  artifactUris: (string | undefined)[] | undefined,
  options: NormalizeOptions,
  line?: number
): boolean {
  if (location.index !== undefined) {
    const fromArtifact =
      artifactUris && typeof location.index === 'number' ? artifactUris[location.index] : undefined
    if (fromArtifact === undefined && artifactUris) notes.danglingIndexes++
    location.index = undefined
    if ((location.uri === undefined || location.uri === '') && fromArtifact !== undefined) {
      // Already normalized when the run's artifacts were.
      location.uri = fromArtifact
      location.uriBaseId = undefined
      return true
    }
  }
  const resolved = resolver.resolve(location, line)
  switch (resolved.kind) {
    case 'repo':
      location.uri = options.lookup.repoUri(resolved.path)
      location.uriBaseId = undefined
      if (resolved.ambiguous) {
        const known = notes.ambiguous.get(resolved.path)
        if (known) known.count++
        else notes.ambiguous.set(resolved.path, { dirs: resolved.ambiguous, count: 1 })
      } else if (!resolved.exists) bump(notes.missingFiles, resolved.path)
      return true
    case 'outside':
      location.uri = fileUri(resolved.absolute)
      location.uriBaseId = undefined
      bump(notes.outside, displayOutside(resolved.absolute, options.checkoutDir))
      return true
    case 'other':
      location.uriBaseId = undefined
      bump(notes.otherSchemes, resolved.uri.split(':')[0])
      return true
    case 'unresolved':
      bump(notes.unresolvedBases, resolved.baseId)
      return false
    case 'empty':
      notes.emptyUris++
      return false
  }
}

function displayOutside(absolute: string, checkout: string): string {
  const relative = path.relative(checkout, absolute)
  return relative.length < absolute.length ? relative : absolute
}

/** A region must start somewhere: a line, or a character or byte offset. */
function hasStart(region: Record<string, unknown>): boolean {
  return (
    typeof region.startLine === 'number' ||
    typeof region.charOffset === 'number' ||
    typeof region.byteOffset === 'number'
  )
}

function clampRegion(region: Record<string, unknown>, notes: NormalizeNotes): void {
  let changed = false
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    const value = region[key]
    if (typeof value !== 'number') continue
    const whole = Number.isFinite(value) ? Math.max(1, Math.trunc(value)) : 1
    if (whole !== value) {
      region[key] = whole
      changed = true
    }
  }
  const { startLine, endLine, startColumn, endColumn } = region as Record<
    string,
    number | undefined
  >
  if (startLine !== undefined && endLine !== undefined && endLine < startLine) {
    region.endLine = startLine
    changed = true
  }
  const sameLine = startLine !== undefined && (region.endLine ?? startLine) === startLine
  if (sameLine && startColumn !== undefined && endColumn !== undefined && endColumn < startColumn) {
    region.endColumn = startColumn
    changed = true
  }
  if (changed) notes.clampedRegions++
}

function normalizeLevel(holder: { level?: unknown }, notes: NormalizeNotes): void {
  if (holder.level === undefined) return
  const level = toLevel(holder.level)
  if (level !== holder.level) bump(notes.levelsMapped, String(holder.level))
  if (level === undefined) delete holder.level
  else holder.level = level
}

function ruleIdOf(result: SarifResult, driver: ToolComponent): string {
  if (typeof result.ruleId === 'string' && result.ruleId !== '') return result.ruleId
  if (typeof result.rule?.id === 'string' && result.rule.id !== '') return result.rule.id
  const indexed =
    typeof result.ruleIndex === 'number' ? driver.rules?.[result.ruleIndex] : undefined
  if (indexed?.id) return indexed.id
  return 'unspecified'
}

const HELP_URLS: Record<string, (id: string) => string> = {
  'golangci-lint': id =>
    `https://golangci-lint.run/usage/linters/#${encodeURIComponent(id.toLowerCase())}`
}

/** A rule for a ruleId nobody described: GitHub needs descriptions and help for every rule. */
export function buildRule(ruleId: string, tool: string): ReportingDescriptor {
  const rule: ReportingDescriptor = {
    id: ruleId,
    name: ruleId,
    shortDescription: { text: ruleId },
    fullDescription: { text: `${ruleId} (reported by ${tool})` },
    help: { text: `${ruleId} is reported by ${tool}; the alert's message has the details.` }
  }
  const helpUri = HELP_URLS[tool.toLowerCase()]?.(ruleId)
  if (helpUri) {
    rule.helpUri = helpUri
    rule.help = {
      text: `${rule.help?.text} See ${helpUri}`,
      markdown: `See [${ruleId}](${helpUri}).`
    }
  }
  return rule
}

function normalizeRule(rule: ReportingDescriptor, tool: string, notes: NormalizeNotes): void {
  stripNulls(rule)
  const text = (message: unknown): string | undefined =>
    isRecord(message) && typeof message.text === 'string' && message.text.trim() !== ''
      ? message.text
      : undefined
  const short =
    text(rule.shortDescription) ?? text(rule.fullDescription) ?? rule.name ?? `${rule.id} (${tool})`
  rule.shortDescription = { ...rule.shortDescription, text: short }
  rule.fullDescription = { ...rule.fullDescription, text: text(rule.fullDescription) ?? short }
  const help =
    text(rule.help) ??
    (isRecord(rule.help) && typeof rule.help.markdown === 'string'
      ? rule.help.markdown
      : undefined) ??
    (rule.helpUri ? `${rule.fullDescription.text} See ${rule.helpUri}` : rule.fullDescription.text)
  rule.help = { ...rule.help, text: help }
  if (rule.defaultConfiguration) normalizeLevel(rule.defaultConfiguration, notes)
  setAsideMalformed(rule, ['helpUri'], 'uri')
  dedupeTags(rule.properties, notes)
  normalizeSecuritySeverity(rule.properties)
}

/**
 * A malformed URL or time (reading warned about it) would make the output
 * invalid SARIF: the value moves, as it is, into the object's property bag.
 */
function setAsideMalformed(
  holder: Record<string, unknown>,
  keys: string[],
  format: 'uri' | 'date-time'
): void {
  for (const key of keys) {
    const value = holder[key]
    if (value === undefined || (typeof value === 'string' && matchesFormat(format, value))) continue
    const properties = isRecord(holder.properties) ? holder.properties : (holder.properties = {})
    properties[key] = value
    delete holder[key]
  }
}

function dedupeTags(properties: PropertyBag | undefined, notes: NormalizeNotes): void {
  if (!isRecord(properties) || !Array.isArray(properties.tags)) return
  const tags = properties.tags.filter((tag): tag is string => typeof tag === 'string')
  const unique = [...new Set(tags)]
  if (unique.length !== properties.tags.length) {
    notes.duplicateTags += properties.tags.length - unique.length
    properties.tags = unique
  }
}

/** GitHub wants a string such as "7.5"; some producers write a number. */
function normalizeSecuritySeverity(properties: PropertyBag | undefined): void {
  if (!isRecord(properties)) return
  const raw: unknown = properties['security-severity']
  if (typeof raw !== 'number') return
  const score = parseSecuritySeverity(raw)
  if (score === undefined) delete properties['security-severity']
  else properties['security-severity'] = score.toFixed(1)
}

function unique<T>(items: T[], notes: NormalizeNotes): T[] {
  const seen = new Set<string>()
  const kept: T[] = []
  for (const item of items) {
    const key = JSON.stringify(item)
    if (seen.has(key)) {
      notes.duplicateStacks++
      continue
    }
    seen.add(key)
    kept.push(item)
  }
  return kept
}

function isUsableLocation(location: Location): boolean {
  return isRecord(location) && typeof location.physicalLocation?.artifactLocation?.uri === 'string'
}

/** Locations code scanning can use: with a physical location that has a URI. */
function usableLocations(locations: Location[] | undefined, notes: NormalizeNotes): Location[] {
  if (!Array.isArray(locations)) return []
  // Usually every location is usable: no new array then.
  if (locations.every(isUsableLocation)) return locations
  const usable = locations.filter(
    location =>
      isRecord(location) && typeof location.physicalLocation?.artifactLocation?.uri === 'string'
  )
  notes.droppedLocations += locations.length - usable.length
  return usable
}

/**
 * GitHub shows `message.text`. Fill it from `markdown`, from a message string
 * (`id` + arguments), or from the rule, and substitute `{n}` placeholders.
 */
function fillMessage(
  result: SarifResult,
  rule: ReportingDescriptor,
  driver: ToolComponent,
  notes: NormalizeNotes
): void {
  const message: Message = isRecord(result.message) ? result.message : {}
  let text =
    typeof message.text === 'string' && message.text.trim() !== '' ? message.text : undefined
  if (text === undefined && typeof message.id === 'string') {
    const strings = [rule.messageStrings, driver.globalMessageStrings]
    for (const table of strings) {
      const entry = isRecord(table) ? table[message.id] : undefined
      if (isRecord(entry) && typeof entry.text === 'string') {
        text = entry.text
        break
      }
    }
  }
  if (text === undefined && typeof message.markdown === 'string') text = message.markdown
  if (text === undefined) text = rule.shortDescription?.text ?? result.ruleId ?? 'finding'
  if (Array.isArray(message.arguments)) {
    const args = message.arguments
    text = text.replace(/\{(\d+)\}/g, (whole, n: string) =>
      args[Number(n)] !== undefined ? String(args[Number(n)]) : whole
    )
  }
  if (text !== message.text) {
    notes.messagesFilled++
    result.message = { ...message, text }
  } else if (message !== result.message) result.message = message
}
