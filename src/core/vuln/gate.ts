/**
 * Applies the policy to a parsed scan: severity lookups, allow-list, fail-on,
 * and where each vulnerability shows up in the repository. The result feeds
 * the annotations, the job summary, SARIF, the outputs and the CLI's JSON.
 */
import type { Logger } from '../report.js'
import { describeEntry, formatDate, type IgnoreEntry } from './allowlist.js'
import type { ModuleLayout } from './layout.js'
import { isStdlibFrame } from './paths.js'
import { evidenceAt, judge, type GatePolicy, type VerdictStatus } from './vulnerability-verdict.js'
import { isPlaceholderVersion, type ScannerIdentity } from './scanner.js'
import { severityRank, type SeverityInfo, type SeverityResolver } from './advisory-severity.js'
import {
  callSites,
  manifestSites,
  replaceCommand,
  type BinaryTarget,
  type CallSite,
  type ManifestSite
} from './sites.js'
import { fixDescription, goRelease, upgradeCommand } from './symbols.js'
import {
  reachabilityRank,
  type Evidence,
  type Reachability,
  type ScanLevel,
  type ScanMode,
  type ScanResult,
  type VulnRecord
} from './types.js'

export interface VulnerabilityReport {
  id: string
  aliases: string[]
  summary?: string
  details?: string
  url: string
  /**
   * What the scan shows: called, imported or required, or may-be-affected for a
   * finding at the level of a -scan package / -scan module scan.
   */
  found: Evidence
  /** The strongest evidence in govulncheck's traces (what `found` is based on). */
  reachability: Reachability
  /** The evidence level compared with fail-on (raised at -scan package/module). */
  gateLevel: Reachability
  /** The vulnerable module with the strongest evidence, its version and fix. */
  module: string
  version?: string
  fixed?: string
  modules: { path: string; version?: string; fixedVersion?: string }[]
  stdlib: boolean
  severity: SeverityInfo
  status: VerdictStatus
  reason: string
  ignoredBy?: IgnoreEntry
  expiredEntry?: IgnoreEntry
  /** "acme.test/parser v1.4.2" or "Go 1.22.5". */
  fix: string
  /** `go get …` lines, one per vulnerable module with a fix. */
  upgrades: string[]
  callSites: CallSite[]
  manifestSites: ManifestSite[]
  record: VulnRecord
}

export interface GateReport {
  passed: boolean
  vulnerabilities: VulnerabilityReport[]
  blocking: VulnerabilityReport[]
  counts: {
    called: number
    imported: number
    required: number
    mayBeAffected: number
    ignored: number
    blocking: number
  }
  scan: {
    mode: ScanMode
    level: ScanLevel
    /** For people: "govulncheck v1.9.0", with a note when the version came from elsewhere. */
    scanner?: string
    /** The version alone, when known (never govulncheck's v0.0.0 placeholder with a better one at hand). */
    scannerVersion?: string
    goVersion?: string
    db?: string
    dbLastModified?: string
    osvEntries: number
    findingMessages: number
    /** govulncheck's own warnings, e.g. about an old Go binary. */
    warnings: string[]
  }
  policy: Omit<GatePolicy, 'allowList'> & { allowListFile?: string }
  /** Set when severity lookups stopped (offline, rate limited). */
  severityUnavailable?: string
  severityLookups: boolean
  /** Allow-list entries that matched nothing in this scan. */
  unusedIgnores: IgnoreEntry[]
  failureMessage?: string
}

export interface GateInput {
  scan: ScanResult
  layout: ModuleLayout
  policy: GatePolicy
  severity: SeverityResolver
  binary?: BinaryTarget
  /** What the gate found out about the govulncheck binary when the stream says v0.0.0. */
  scanner?: ScannerIdentity
  logger: Logger
}

export async function buildGateReport(input: GateInput): Promise<GateReport> {
  const { scan, layout, policy, logger } = input
  const records = [...scan.vulns.values()]
  const severities = await input.severity.resolveAll(
    records.map(record => ({ key: record.id, ids: [record.id, ...(record.osv?.aliases ?? [])] }))
  )
  const used = new Set<IgnoreEntry>()
  const vulnerabilities = records.map(record => {
    const aliases = record.osv?.aliases ?? []
    const severity = severities.get(record.id) ?? { label: 'unknown' as const }
    const verdict = judge(
      { ids: [record.id, ...aliases], found: record.level, severity },
      scan.scanLevel,
      policy
    )
    if (verdict.ignoredBy) used.add(verdict.ignoredBy)
    if (verdict.expiredEntry) {
      used.add(verdict.expiredEntry)
      logger.warning(
        `${describeEntry(verdict.expiredEntry)} expired on ${formatDate(verdict.expiredEntry.ignoreUntil!)}; ${record.id} is no longer ignored`
      )
    }
    const primaryPath = record.findings[0]?.vulnerable.module ?? record.modules[0]?.path ?? ''
    const primary = record.modules.find(m => m.path === primaryPath) ?? record.modules[0]
    const stdlib = isStdlibFrame({ module: primary?.path ?? '' })
    const fixed = primary?.fixedVersion ?? stdlibFixFromOsv(record, primary?.version)
    const sites = manifestSites(record, layout, input.binary)
    const replacedBy = (module: string) =>
      sites.find(site => site.kind === 'replace' && site.module === module)
    const primaryReplace = replacedBy(primary?.path ?? '')
    const report: VulnerabilityReport = {
      id: record.id,
      aliases,
      summary: record.osv?.summary,
      details: record.osv?.details,
      url: record.osv?.url ?? `https://pkg.go.dev/vuln/${record.id}`,
      found: evidenceAt(record.level, scan.scanLevel),
      reachability: record.level,
      gateLevel: verdict.gateLevel,
      module: primary?.path ?? '',
      version: primary?.version,
      fixed,
      modules: record.modules,
      stdlib,
      severity,
      status: verdict.status,
      reason: verdict.reason,
      ignoredBy: verdict.ignoredBy,
      expiredEntry: verdict.expiredEntry,
      fix:
        fixDescription(primary?.path ?? '', fixed) +
        (primaryReplace && fixed
          ? ` as the replacement for ${primaryReplace.replaces!.oldPath} (${primaryReplace.path}:${primaryReplace.line})`
          : ''),
      upgrades: record.modules
        .map(m => {
          const fixedVersion = m.fixedVersion ?? (m === primary ? fixed : undefined)
          const replace = replacedBy(m.path)
          return replace
            ? replaceCommand(replace, fixedVersion)
            : upgradeCommand(m.path, fixedVersion)
        })
        .filter((line): line is string => line !== undefined),
      callSites: callSites(record, layout),
      manifestSites: sites,
      record
    }
    return report
  })
  vulnerabilities.sort(compareVulnerabilities)
  const unusedIgnores = (policy.allowList?.entries ?? []).filter(entry => !used.has(entry))
  for (const entry of unusedIgnores) {
    logger.info(`${describeEntry(entry)} matched no finding in this scan`)
  }
  const active = vulnerabilities.filter(v => v.status !== 'ignored')
  const blocking = vulnerabilities.filter(v => v.status === 'blocking')
  const report: GateReport = {
    passed: blocking.length === 0,
    vulnerabilities,
    blocking,
    counts: {
      called: active.filter(v => v.found === 'called').length,
      imported: active.filter(v => v.found === 'imported').length,
      required: active.filter(v => v.found === 'required').length,
      mayBeAffected: active.filter(v => v.found === 'may-be-affected').length,
      ignored: vulnerabilities.length - active.length,
      blocking: blocking.length
    },
    scan: {
      mode: scan.scanMode,
      level: scan.scanLevel,
      ...describeScanner(scan, input.scanner),
      goVersion: scan.config?.go_version ?? scan.sbom?.go_version,
      db: scan.config?.db,
      dbLastModified: scan.config?.db_last_modified,
      osvEntries: scan.osvCount,
      findingMessages: scan.findingMessages,
      warnings: scan.warnings
    },
    policy: {
      failOn: policy.failOn,
      severityThreshold: policy.severityThreshold,
      unknownSeverity: policy.unknownSeverity,
      now: policy.now,
      allowListFile: policy.allowList?.file
    },
    severityUnavailable: input.severity.unavailableReason,
    severityLookups: input.severity.enabled,
    unusedIgnores
  }
  if (!report.passed) report.failureMessage = failureMessage(report)
  return report
}

function describeScanner(
  scan: ScanResult,
  identity: ScannerIdentity | undefined
): { scanner?: string; scannerVersion?: string } {
  if (!scan.config) return {}
  const name = scan.config.scanner_name || 'govulncheck'
  const reported = scan.config.scanner_version || undefined
  if (!identity) {
    if (reported && isPlaceholderVersion(reported))
      return { scanner: `${name} ${reported} (the build records no version)` }
    return { scanner: reported ? `${name} ${reported}` : name, scannerVersion: reported }
  }
  if (identity.version) {
    return {
      scanner: `${name} ${identity.version} (${identity.note}; the stream says ${reported ?? 'nothing'})`,
      scannerVersion: identity.version
    }
  }
  return { scanner: `${name} ${reported ?? ''} (${identity.note})`.replace('  ', ' ') }
}

/** Severity first (known before unknown), then evidence, then id. */
export function compareVulnerabilities(a: VulnerabilityReport, b: VulnerabilityReport): number {
  return (
    severityRank(b.severity.label) - severityRank(a.severity.label) ||
    (b.severity.score ?? 0) - (a.severity.score ?? 0) ||
    reachabilityRank(b.gateLevel) - reachabilityRank(a.gateLevel) ||
    reachabilityRank(b.reachability) - reachabilityRank(a.reachability) ||
    a.id.localeCompare(b.id)
  )
}

/** The standard library's fix for the Go in use when the finding did not carry one. */
function stdlibFixFromOsv(record: VulnRecord, version: string | undefined): string | undefined {
  const affected = record.osv?.affected.find(a => isStdlibFrame({ module: a.module }))
  if (!affected || affected.fixed.length === 0) return undefined
  const current = version ? goRelease(version).split('.').map(Number) : undefined
  const sorted = affected.fixed.map(v => ({ v, parts: v.split('.').map(Number) }))
  sorted.sort((x, y) => compareParts(x.parts, y.parts))
  const next = current
    ? sorted.find(x => compareParts(x.parts, current) > 0)
    : sorted[sorted.length - 1]
  return next ? `v${next.v}` : undefined
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

const MAX_LISTED = 20

function failureMessage(report: GateReport): string {
  const { blocking } = report
  const listed = blocking.slice(0, MAX_LISTED).map(v => {
    const where = v.stdlib
      ? `the Go ${v.version ? goRelease(v.version) : ''} standard library`.replace('  ', ' ')
      : `${v.module}${v.version ? `@${v.version}` : ''}`
    const fix = v.fixed
      ? `fixed in ${v.fix}${v.upgrades[0] ? ` (${v.upgrades[0]})` : ''}`
      : 'no fix released yet'
    return `${v.id} (${v.found}, severity ${v.severity.label}) in ${where}: ${fix}`
  })
  const more =
    blocking.length > MAX_LISTED
      ? `; and ${blocking.length - MAX_LISTED} more (see the job summary)`
      : ''
  const noun = blocking.length === 1 ? 'vulnerability blocks' : 'vulnerabilities block'
  return `${blocking.length} ${noun} the gate (fail-on: ${report.policy.failOn}, severity-threshold: ${report.policy.severityThreshold}): ${listed.join('; ')}${more}`
}
