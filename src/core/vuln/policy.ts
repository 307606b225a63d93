/**
 * The gate's decision for one vulnerability: ignored by the allow-list,
 * allowed by policy, or blocking. Evidence comes first (fail-on), then
 * severity (threshold, and what to do when it is unknown).
 */
import {
  describeEntry,
  formatDate,
  matchAllowList,
  type AllowList,
  type IgnoreEntry
} from './allowlist.js'
import { severityRank, type SeverityInfo, type SeverityThreshold } from './severity.js'
import {
  reachabilityRank,
  SCAN_LEVEL_REACH,
  type Evidence,
  type Reachability,
  type ScanLevel
} from './types.js'

export type FailOn = Reachability | 'none'
export const FAIL_ON_VALUES: readonly FailOn[] = ['called', 'imported', 'required', 'none']
export type UnknownSeverityPolicy = 'fail' | 'pass'
export const UNKNOWN_SEVERITY_VALUES: readonly UnknownSeverityPolicy[] = ['fail', 'pass']

export interface GatePolicy {
  failOn: FailOn
  severityThreshold: SeverityThreshold
  unknownSeverity: UnknownSeverityPolicy
  allowList?: AllowList
  now: Date
}

export type VerdictStatus = 'blocking' | 'allowed' | 'ignored'

export interface Verdict {
  status: VerdictStatus
  /** One sentence saying why. */
  reason: string
  /** The evidence level the gate compared with fail-on (see gateLevel). */
  gateLevel: Reachability
  ignoredBy?: IgnoreEntry
  /** An allow-list entry for this vulnerability that has run out. */
  expiredEntry?: IgnoreEntry
}

/**
 * A scan below symbol level cannot show that code is *not* called: at
 * `-scan package` an imported package may be called, at `-scan module` a
 * required module may be. Findings at (or, as govulncheck 1.0.4 writes for the
 * standard library, above) the scan's own level are therefore gated as if
 * called, as govulncheck's own exit code 3 does.
 */
export function gateLevel(found: Reachability, scanLevel: ScanLevel): Reachability {
  return reachabilityRank(found) >= reachabilityRank(SCAN_LEVEL_REACH[scanLevel]) ? 'called' : found
}

/** The reachability, or may-be-affected for a finding at the level of a package or module scan. */
export function evidenceAt(found: Reachability, scanLevel: ScanLevel): Evidence {
  return scanLevel !== 'symbol' && gateLevel(found, scanLevel) === 'called'
    ? 'may-be-affected'
    : found
}

/** Why the scan level leaves it open, e.g. "-scan package does not check calls". */
export function scanLimit(scanLevel: ScanLevel): string {
  return scanLevel === 'module'
    ? '-scan module does not check imports or calls'
    : '-scan package does not check calls'
}

export function judge(
  vuln: { ids: string[]; found: Reachability; severity: SeverityInfo },
  scanLevel: ScanLevel,
  policy: GatePolicy
): Verdict {
  const level = gateLevel(vuln.found, scanLevel)
  const match = matchAllowList(vuln.ids, policy.allowList, policy.now)
  if (match.status === 'ignored') {
    return {
      status: 'ignored',
      gateLevel: level,
      ignoredBy: match.entry,
      reason: `ignored by ${describeEntry(match.entry)}`
    }
  }
  const expiredEntry = match.status === 'expired' ? match.entry : undefined
  const expiredNote = expiredEntry
    ? ` (the allow-list entry at ${expiredEntry.file}:${expiredEntry.line} expired on ${formatDate(expiredEntry.ignoreUntil!)})`
    : ''
  const levelNote =
    level !== vuln.found
      ? `may be affected: ${vuln.found}, counted as called at -scan ${scanLevel}, which does not check ${scanLevel === 'module' ? 'imports or calls' : 'calls'}`
      : vuln.found
  if (policy.failOn === 'none' || reachabilityRank(level) < reachabilityRank(policy.failOn)) {
    return {
      status: 'allowed',
      gateLevel: level,
      expiredEntry,
      reason:
        policy.failOn === 'none'
          ? `reported only (fail-on: none)${expiredNote}`
          : `${levelNote}, below fail-on: ${policy.failOn}${expiredNote}`
    }
  }
  if (vuln.severity.label === 'unknown') {
    return policy.unknownSeverity === 'fail'
      ? {
          status: 'blocking',
          gateLevel: level,
          expiredEntry,
          reason: `${levelNote}; severity unknown (unknown-severity: fail)${expiredNote}`
        }
      : {
          status: 'allowed',
          gateLevel: level,
          expiredEntry,
          reason: `${levelNote}; severity unknown (unknown-severity: pass)${expiredNote}`
        }
  }
  if (severityRank(vuln.severity.label) < severityRank(policy.severityThreshold)) {
    return {
      status: 'allowed',
      gateLevel: level,
      expiredEntry,
      reason: `${levelNote}; severity ${vuln.severity.label} is below the threshold ${policy.severityThreshold}${expiredNote}`
    }
  }
  return {
    status: 'blocking',
    gateLevel: level,
    expiredEntry,
    reason: `${levelNote}; severity ${vuln.severity.label}${expiredNote}`
  }
}
