/**
 * Turns govulncheck messages into per-vulnerability records: keeps the config
 * and SBOM, a trimmed copy of each OSV entry, and every distinct finding
 * classified by its first frame. Memory stays proportional to the distinct
 * findings, not to the stream: traces are stored packed (see trace.ts), which
 * also makes duplicates easy to recognise, and bulky OSV fields are dropped.
 */
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'
import { StreamFormatError } from './splitter.js'
import { findingDigest, packFrames, PackedFinding, StringTable, TraceArena } from './trace.js'
import {
  reachabilityRank,
  type Frame,
  type GovulncheckConfig,
  type GovulncheckSbom,
  type OsvSummary,
  type Reachability,
  type ScanLevel,
  type ScanMode,
  type ScanResult,
  type VulnRecord
} from './types.js'

const SCAN_LEVELS = new Set<ScanLevel>(['module', 'package', 'symbol'])
/** The protocol versions whose every message kind and field the gate knows. */
const KNOWN_PROTOCOLS = new Set(['v1.0.0'])
/** OSV text beyond this is never shown (SARIF caps descriptions at 1024 characters). */
const MAX_DETAILS = 4000
/** The govulncheck releases the gate was tested with, named when it meets something new. */
export const TESTED_GOVULNCHECK = 'v1.0.4 to v1.9.0'

/**
 * Every field of protocol v1.0.0 (golang.org/x/vuln internal/govulncheck),
 * per message kind. OSV entries follow the OSV schema and are read
 * defensively instead. Anything else fails closed: a later govulncheck that
 * renames or adds a part must never turn into a silent pass.
 */
const KNOWN_FIELDS: Record<string, ReadonlySet<string>> = {
  config: new Set([
    'protocol_version',
    'scanner_name',
    'scanner_version',
    'db',
    'db_last_modified',
    'go_version',
    'scan_level',
    'scan_mode'
  ]),
  progress: new Set(['message', 'time']),
  SBOM: new Set(['go_version', 'modules', 'roots']),
  finding: new Set(['osv', 'fixed_version', 'trace']),
  frame: new Set(['module', 'version', 'package', 'function', 'receiver', 'position']),
  position: new Set(['filename', 'offset', 'line', 'column']),
  module: new Set(['path', 'version'])
}
const KNOWN_KINDS = new Set(['config', 'progress', 'SBOM', 'osv', 'finding'])

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a top-level object that is no govulncheck message probably is, for the error. */
function guessFormat(keys: string[]): string | undefined {
  if (keys.includes('@context') || keys.includes('statements')) return 'an OpenVEX document'
  if (keys.includes('runs') || keys.includes('$schema')) return 'SARIF'
  if (keys.includes('schema_version') && keys.includes('affected')) return 'a bare OSV entry'
  return undefined
}

export function classifyFinding(trace: Pick<Frame, 'function' | 'package'>[]): Reachability {
  const first = trace[0]
  if (first?.function) return 'called'
  if (first?.package) return 'imported'
  return 'required'
}

export class ScanCollector {
  private config?: GovulncheckConfig
  /** The config being read, so an error in it can still name the version. */
  private announced?: JsonObject
  private configLine = 0
  private sbom?: GovulncheckSbom
  private readonly osvs = new Map<string, OsvSummary>()
  private readonly vulns = new Map<string, VulnRecord>()
  private readonly seen = new Set<string>()
  private readonly store = { arena: new TraceArena(), table: new StringTable() }
  private readonly warnings: string[] = []
  private objects = 0
  /** Messages after the config: progress, SBOM, OSV entries and findings. */
  private evidence = 0
  private findingMessages = 0
  private positionlessCalls = 0
  private positionedCalls = 0
  private noPackagesMatched?: string

  constructor(
    private readonly sourceName: string,
    private readonly logger: Logger
  ) {}

  /** Adds one parsed top-level object; `line` is where it starts, for error messages. */
  add(message: unknown, line: number): void {
    this.objects++
    if (!isObject(message)) {
      throw new StreamFormatError(
        `${this.sourceName}:${line}: expected a JSON object with one of config, progress, SBOM, osv or finding`,
        { line, fix: 'pass the output of `govulncheck -json`' }
      )
    }
    const keys = Object.keys(message)
    const kinds = keys.filter(key => KNOWN_KINDS.has(key))
    if (kinds.length === 0 && this.objects === 1) {
      const format = guessFormat(keys)
      throw new StreamFormatError(
        `${this.sourceName}: no govulncheck messages found (${format ? `this looks like ${format}` : `keys seen: ${keys.join(', ') || 'none'}`})`,
        {
          fix: 'pass the output of `govulncheck -json` (SARIF, OpenVEX and text output are not accepted)'
        }
      )
    }
    const unknown = keys.filter(key => !KNOWN_KINDS.has(key))
    if (unknown.length > 0) throw this.unknownPart(line, `a message of kind "${unknown[0]}"`)
    if (kinds.length > 1) {
      throw this.unknownPart(line, `a message with ${kinds.length} kinds (${kinds.join(', ')})`)
    }
    const kind = kinds[0]
    const value = message[kind]
    if (kind === 'config' && isObject(value)) this.announced ??= value
    if (kind === 'osv') {
      if (!isObject(value)) throw this.unknownPart(line, 'an "osv" message that is not an object')
    } else {
      this.checkFields(value, kind, `a ${kind} message`, line)
    }
    if (kind !== 'config') {
      if (!this.config) throw this.missingConfig(line)
      this.evidence++
    }
    if (kind === 'config') this.addConfig(value as JsonObject, line)
    else if (kind === 'progress') this.addProgress(value as JsonObject)
    else if (kind === 'SBOM') this.addSbom(value as JsonObject, line)
    else if (kind === 'osv') this.addOsv(value as JsonObject, line)
    else this.addFinding(value as JsonObject, line)
  }

  finish(modeHint?: ScanMode): ScanResult {
    if (!this.config) throw this.missingConfig(1)
    if (this.evidence === 0) {
      // What a failed run leaves: govulncheck writes the config, then fails with exit 1.
      throw new StreamFormatError(
        `${this.sourceName}: the stream is incomplete: govulncheck wrote its config and then nothing (no progress, SBOM or finding), which is what a failed run leaves behind (a build error, or no package matched)`,
        {
          fix: 'run govulncheck again and check its exit code and stderr (with `set -o pipefail` when you pipe it); only the stdout of a run that exited 0 can be gated'
        }
      )
    }
    if (this.noPackagesMatched && this.findingMessages === 0) {
      // govulncheck exits 0 here; passing the gate would report "0 vulnerabilities" for a scan of nothing.
      throw new ConfigurationError(`govulncheck scanned nothing: "${this.noPackagesMatched}"`, {
        fix: 'check the package patterns and working directory (in a go.work without a root go.mod, name each module, e.g. ./api/... ./svc/...)'
      })
    }
    for (const record of this.vulns.values()) {
      record.osv = this.osvs.get(record.id)
      record.findings.sort((a, b) => reachabilityRank(b.level) - reachabilityRank(a.level))
    }
    return {
      config: this.config,
      sbom: this.sbom,
      scanMode: this.scanMode(modeHint),
      scanLevel: this.scanLevel(),
      vulns: this.vulns,
      osvCount: this.osvs.size,
      findingMessages: this.findingMessages,
      warnings: [...this.warnings]
    }
  }

  /** "govulncheck v1.9.0 (protocol v1.0.0)", or what is known of it. */
  private describeScanner(): string {
    const config = (this.config ?? this.announced) as GovulncheckConfig | undefined
    if (!config) return 'a govulncheck stream without a config message'
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
    const name = text(config.scanner_name) ?? 'govulncheck'
    const version = text(config.scanner_version) ? ` ${config.scanner_version}` : ''
    const protocol = text(config.protocol_version) ? ` (protocol ${config.protocol_version})` : ''
    return `${name}${version}${protocol}`
  }

  /** Fail closed on anything protocol v1.0.0 does not define. */
  private unknownPart(line: number, part: string): StreamFormatError {
    return new StreamFormatError(
      `${this.sourceName}:${line}: ${this.describeScanner()} wrote ${part}, which the gate does not know; it fails closed rather than guess what it means`,
      {
        line,
        fix: `use a govulncheck release the gate is tested with (${TESTED_GOVULNCHECK}; set govulncheck-version), or update go-ci-kit`
      }
    )
  }

  private missingConfig(line: number): StreamFormatError {
    return new StreamFormatError(
      `${this.sourceName}:${line}: the stream does not start with govulncheck's config message, so its scan level and version are unknown`,
      { line, fix: 'pass the complete, unmodified stdout of `govulncheck -json`' }
    )
  }

  /** Checks that `value` is an object whose fields are all known for `schema`. */
  private checkFields(value: unknown, schema: string, where: string, line: number): JsonObject {
    if (!isObject(value)) throw this.unknownPart(line, `${where} that is not an object`)
    const known = KNOWN_FIELDS[schema]
    for (const field of Object.keys(value)) {
      if (!known.has(field)) throw this.unknownPart(line, `${where} with the field "${field}"`)
    }
    return value
  }

  private checkString(value: unknown, where: string, line: number): void {
    if (value !== undefined && typeof value !== 'string')
      throw this.unknownPart(line, `${where} that is not a string`)
  }

  private addProgress(value: JsonObject): void {
    const message = value.message
    if (typeof message !== 'string') return
    if (/^No packages matching/i.test(message)) this.noPackagesMatched = message
    // govulncheck reports what limits a scan as progress messages (e.g. an old Go binary).
    const warning = /^warning:\s*([\s\S]*)$/i.exec(message.trim())?.[1]?.trim()
    if (warning && !this.warnings.includes(warning)) {
      this.warnings.push(warning)
      this.logger.warning(`govulncheck: ${warning}`)
    }
  }

  private scanMode(modeHint?: ScanMode): ScanMode {
    const declared = this.config?.scan_mode
    if (declared) return declared as ScanMode
    if (modeHint) return modeHint
    // govulncheck v1.0.x has no scan_mode: binary findings are the ones whose
    // symbol traces are a single frame without a position.
    return this.positionlessCalls > 0 && this.positionedCalls === 0 ? 'binary' : 'source'
  }

  private scanLevel(): ScanLevel {
    return (this.config?.scan_level as ScanLevel | undefined) ?? 'symbol'
  }

  private addConfig(config: JsonObject, line: number): void {
    for (const field of KNOWN_FIELDS.config)
      this.checkString(config[field], `config.${field}`, line)
    const previous = this.config
    if (!previous) {
      this.config = config as GovulncheckConfig
      this.configLine = line
    }
    const protocol = config.protocol_version as string | undefined
    if (protocol !== undefined && !KNOWN_PROTOCOLS.has(protocol)) {
      throw this.unknownPart(line, `protocol version ${protocol}`)
    }
    const level = config.scan_level as string | undefined
    if (level !== undefined && !SCAN_LEVELS.has(level as ScanLevel)) {
      throw this.unknownPart(line, `the scan level "${level}"`)
    }
    const mode = config.scan_mode as string | undefined
    if (mode === 'query') {
      throw new StreamFormatError(
        `${this.sourceName}:${line}: this is a \`govulncheck -mode query\` stream: it lists the OSV entries for module@version queries and has no findings about your code, so there is nothing to gate`,
        { line, fix: 'gate a source or binary scan: `govulncheck -json ./...` or `-mode binary`' }
      )
    }
    if (mode !== undefined && mode !== 'source' && mode !== 'binary') {
      throw this.unknownPart(line, `the scan mode "${mode}"`)
    }
    if (previous) {
      // Concatenated runs (one per module) are accepted when they scanned the same way.
      if ((level ?? 'symbol') !== (previous.scan_level ?? 'symbol')) {
        throw new StreamFormatError(
          `${this.sourceName}:${line}: a second config message with scan level ${level ?? 'symbol'}, but the first (line ${this.configLine}) says ${previous.scan_level ?? 'symbol'}`,
          { line, fix: 'gate each scan level separately' }
        )
      }
      if ((mode ?? 'source') !== (previous.scan_mode ?? 'source')) {
        this.logger.warning(
          `${this.sourceName}:${line}: a second config message with scan mode ${mode}; findings are merged`
        )
      }
    }
  }

  private addSbom(value: JsonObject, line: number): void {
    this.checkString(value.go_version, 'SBOM.go_version', line)
    if (value.modules !== undefined) {
      if (!Array.isArray(value.modules))
        throw this.unknownPart(line, 'SBOM.modules that is not a list')
      for (const module of value.modules) {
        const checked = this.checkFields(module, 'module', 'an SBOM module', line)
        this.checkString(checked.path, 'SBOM module path', line)
        this.checkString(checked.version, 'SBOM module version', line)
      }
    }
    if (value.roots !== undefined && !Array.isArray(value.roots))
      throw this.unknownPart(line, 'SBOM.roots that is not a list')
    this.sbom ??= value as GovulncheckSbom
  }

  private addOsv(entry: JsonObject, line: number): void {
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new StreamFormatError(`${this.sourceName}:${line}: an OSV entry without an id`, {
        line,
        fix: 'the stream is corrupt; run govulncheck -json again'
      })
    }
    this.osvs.set(entry.id, trimOsv(entry as { id: string }))
  }

  private checkFrame(frame: unknown, index: number, line: number): JsonObject {
    const where = `a finding frame (trace[${index}])`
    const checked = this.checkFields(frame, 'frame', where, line)
    if (typeof checked.module !== 'string' || checked.module === '') {
      throw this.unknownPart(line, `${where} without "module"`)
    }
    for (const field of ['version', 'package', 'function', 'receiver'])
      this.checkString(checked[field], `${where} "${field}"`, line)
    if (checked.position !== undefined) {
      const position = this.checkFields(checked.position, 'position', `${where} position`, line)
      this.checkString(position.filename, `${where} position filename`, line)
      for (const field of ['offset', 'line', 'column']) {
        if (position[field] !== undefined && typeof position[field] !== 'number')
          throw this.unknownPart(line, `${where} position "${field}" that is not a number`)
      }
    }
    return checked
  }

  private addFinding(finding: JsonObject, line: number): void {
    this.findingMessages++
    if (typeof finding.osv !== 'string' || finding.osv === '') {
      throw new StreamFormatError(`${this.sourceName}:${line}: a finding without an "osv" id`, {
        line,
        fix: 'the stream is corrupt; run govulncheck -json again'
      })
    }
    this.checkString(finding.fixed_version, 'a finding "fixed_version"', line)
    if (!Array.isArray(finding.trace) || finding.trace.length === 0) {
      throw this.unknownPart(line, `finding ${finding.osv} without a trace`)
    }
    const frames = finding.trace.map((frame, index) => this.checkFrame(frame, index, line))
    const osvId = finding.osv
    const fixedVersion =
      typeof finding.fixed_version === 'string' && finding.fixed_version !== ''
        ? finding.fixed_version
        : undefined
    // The packed trace is canonical, so its digest spots duplicates.
    const packed = packFrames(frames, this.store.table)
    const digest = findingDigest(osvId, fixedVersion, packed)
    if (this.seen.has(digest)) return
    this.seen.add(digest)

    const level = classifyFinding(frames as unknown as Frame[])
    const classified = new PackedFinding(
      osvId,
      level,
      fixedVersion,
      frames.length,
      packed,
      this.store
    )
    if (level === 'called') {
      if (frames.length === 1 && !classified.vulnerable.position) this.positionlessCalls++
      else this.positionedCalls++
    }
    let record = this.vulns.get(osvId)
    if (!record) {
      record = { id: classified.osv, level, modules: [], findings: [] }
      this.vulns.set(osvId, record)
    }
    if (reachabilityRank(level) > reachabilityRank(record.level)) record.level = level
    record.findings.push(classified)
    const vulnerable = classified.vulnerable
    let module = record.modules.find(m => m.path === vulnerable.module)
    if (!module) {
      module = { path: vulnerable.module, version: vulnerable.version }
      record.modules.push(module)
    }
    module.version ??= vulnerable.version
    if (fixedVersion && !module.fixedVersion) module.fixedVersion = fixedVersion
  }
}

function trimOsv(entry: { id: string } & Record<string, unknown>): OsvSummary {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
  const aliases = Array.isArray(entry.aliases)
    ? [...new Set(entry.aliases.filter((a): a is string => typeof a === 'string' && a !== ''))]
    : []
  const affected: OsvSummary['affected'] = []
  for (const item of Array.isArray(entry.affected) ? entry.affected : []) {
    const name = (item as { package?: { name?: unknown } })?.package?.name
    if (typeof name !== 'string') continue
    const fixed: string[] = []
    for (const range of (item as { ranges?: unknown }).ranges instanceof Array
      ? (item as { ranges: unknown[] }).ranges
      : []) {
      for (const event of (range as { events?: unknown }).events instanceof Array
        ? (range as { events: unknown[] }).events
        : []) {
        const version = (event as { fixed?: unknown }).fixed
        if (typeof version === 'string') fixed.push(version)
      }
    }
    affected.push({ module: name, fixed })
  }
  const database = (entry.database_specific ?? {}) as Record<string, unknown>
  const details = text(entry.details)
  return {
    id: entry.id,
    aliases,
    summary: text(entry.summary),
    details:
      details && details.length > MAX_DETAILS ? `${details.slice(0, MAX_DETAILS)}…` : details,
    published: text(entry.published),
    modified: text(entry.modified),
    withdrawn: text(entry.withdrawn),
    url: text(database.url),
    reviewStatus: text(database.review_status),
    affected
  }
}
