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

const KNOWN_KINDS = new Set(['config', 'progress', 'SBOM', 'osv', 'finding'])
const SCAN_LEVELS = new Set<ScanLevel>(['module', 'package', 'symbol'])
const SCAN_MODES = new Set<ScanMode>(['source', 'binary', 'convert', 'query', 'extract'])
/** OSV text beyond this is never shown (SARIF caps descriptions at 1024 characters). */
const MAX_DETAILS = 4000

export function classifyFinding(trace: Pick<Frame, 'function' | 'package'>[]): Reachability {
  const first = trace[0]
  if (first?.function) return 'called'
  if (first?.package) return 'imported'
  return 'required'
}

export class ScanCollector {
  private config?: GovulncheckConfig
  private sbom?: GovulncheckSbom
  private readonly osvs = new Map<string, OsvSummary>()
  private readonly vulns = new Map<string, VulnRecord>()
  private readonly seen = new Set<string>()
  private readonly store = { arena: new TraceArena(), table: new StringTable() }
  private readonly unknown: Record<string, number> = {}
  private findingMessages = 0
  private recognised = 0
  private positionlessCalls = 0
  private positionedCalls = 0
  private noPackagesMatched?: string

  constructor(
    private readonly sourceName: string,
    private readonly logger: Logger
  ) {}

  /** Adds one parsed top-level object; `line` is where it starts, for error messages. */
  add(message: unknown, line: number): void {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      throw new StreamFormatError(
        `${this.sourceName}:${line}: expected a JSON object with one of config, progress, SBOM, osv or finding`,
        { line, fix: 'pass the output of `govulncheck -json`' }
      )
    }
    const record = message as Record<string, unknown>
    let known = false
    for (const key of Object.keys(record)) {
      if (!KNOWN_KINDS.has(key)) {
        this.unknown[key] = (this.unknown[key] ?? 0) + 1
        continue
      }
      known = true
      const value = record[key]
      if (value === null || value === undefined) continue
      if (key === 'config') this.addConfig(value, line)
      else if (key === 'progress') this.addProgress(value)
      else if (key === 'SBOM') this.sbom ??= value as GovulncheckSbom
      else if (key === 'osv') this.addOsv(value, line)
      else if (key === 'finding') this.addFinding(value, line)
    }
    if (known) this.recognised++
  }

  finish(modeHint?: ScanMode): ScanResult {
    if (this.recognised === 0) {
      const looksLikeSarif = 'runs' in this.unknown || 'version' in this.unknown
      throw new StreamFormatError(
        `${this.sourceName}: no govulncheck messages found (${looksLikeSarif ? 'this looks like SARIF' : `keys seen: ${Object.keys(this.unknown).join(', ') || 'none'}`})`,
        {
          fix: 'pass the output of `govulncheck -json` (the SARIF and text formats are not accepted)'
        }
      )
    }
    if (this.noPackagesMatched && this.findingMessages === 0) {
      // govulncheck exits 0 here; passing the gate would report "0 vulnerabilities" for a scan of nothing.
      throw new ConfigurationError(`govulncheck scanned nothing: "${this.noPackagesMatched}"`, {
        fix: 'check the package patterns and working directory (in a go.work without a root go.mod, name each module, e.g. ./api/... ./svc/...)'
      })
    }
    if (!this.config) {
      this.logger.warning(
        `${this.sourceName}: the stream has no config message, so the scan mode and level are assumed`
      )
    }
    for (const [kind, count] of Object.entries(this.unknown)) {
      this.logger.debug(`${this.sourceName}: skipped ${count} message(s) of unknown kind "${kind}"`)
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
      unknownMessages: { ...this.unknown }
    }
  }

  private addProgress(value: unknown): void {
    const message = (value as { message?: unknown }).message
    if (typeof message === 'string' && /^No packages matching/i.test(message))
      this.noPackagesMatched = message
  }

  private scanMode(modeHint?: ScanMode): ScanMode {
    const declared = this.config?.scan_mode
    if (declared && SCAN_MODES.has(declared as ScanMode)) return declared as ScanMode
    if (modeHint) return modeHint
    // govulncheck v1.0.x has no scan_mode: binary findings are the ones whose
    // symbol traces are a single frame without a position.
    return this.positionlessCalls > 0 && this.positionedCalls === 0 ? 'binary' : 'source'
  }

  private scanLevel(): ScanLevel {
    const declared = this.config?.scan_level
    return declared && SCAN_LEVELS.has(declared as ScanLevel) ? (declared as ScanLevel) : 'symbol'
  }

  private addConfig(value: unknown, line: number): void {
    if (typeof value !== 'object') {
      throw new StreamFormatError(`${this.sourceName}:${line}: "config" is not an object`, { line })
    }
    const config = value as GovulncheckConfig
    if (!this.config) {
      this.config = config
      return
    }
    // Concatenated runs (one per module) are accepted; mixing modes is suspicious.
    if ((config.scan_mode ?? 'source') !== (this.config.scan_mode ?? 'source')) {
      this.logger.warning(
        `${this.sourceName}:${line}: a second config message with scan mode ${config.scan_mode}; findings are merged`
      )
    }
  }

  private addOsv(value: unknown, line: number): void {
    if (typeof value !== 'object' || value === null) return
    const entry = value as Record<string, unknown>
    if (typeof entry.id !== 'string' || entry.id === '') {
      this.logger.warning(`${this.sourceName}:${line}: skipped an OSV entry without an id`)
      return
    }
    this.osvs.set(entry.id, trimOsv(entry as { id: string }))
  }

  private addFinding(value: unknown, line: number): void {
    this.findingMessages++
    const finding = value as { osv?: unknown; fixed_version?: unknown; trace?: unknown }
    if (typeof finding !== 'object' || typeof finding.osv !== 'string' || finding.osv === '') {
      throw new StreamFormatError(`${this.sourceName}:${line}: a finding without an "osv" id`, {
        line,
        fix: 'the stream is corrupt; run govulncheck -json again'
      })
    }
    const rawTrace = Array.isArray(finding.trace) ? finding.trace : []
    const frames = rawTrace.every(isFrameLike) ? rawTrace : rawTrace.filter(isFrameLike)
    if (frames.length === 0) {
      this.logger.warning(
        `${this.sourceName}:${line}: skipped finding ${finding.osv} because its trace names no module`
      )
      return
    }
    const fixedVersion =
      typeof finding.fixed_version === 'string' && finding.fixed_version !== ''
        ? finding.fixed_version
        : undefined
    // The packed trace is canonical, so its digest spots duplicates.
    const packed = packFrames(frames, this.store.table)
    const digest = findingDigest(finding.osv, fixedVersion, packed)
    if (this.seen.has(digest)) return
    this.seen.add(digest)

    const level = classifyFinding(frames as unknown as Frame[])
    const classified = new PackedFinding(
      finding.osv,
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
    let record = this.vulns.get(finding.osv)
    if (!record) {
      record = { id: classified.osv, level, modules: [], findings: [] }
      this.vulns.set(finding.osv, record)
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

function isFrameLike(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { module?: unknown }).module === 'string' &&
    (value as { module: string }).module !== ''
  )
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
