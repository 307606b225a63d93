/**
 * How severe a SARIF result is: its level, its security-severity when the rule
 * is a security rule, whether it is suppressed, and a sort key from both.
 */
import type { Level, ReportingDescriptor, SarifResult } from './types.js'

export const LEVEL_RANK: Record<Level, number> = { none: 0, note: 1, warning: 2, error: 3 }

/**
 * Producer spellings seen in the wild, mapped onto SARIF levels (golangci-lint
 * before v1.60 passed gosec's `high`/`medium`/`low` straight through).
 */
const LEVEL_ALIASES: Record<string, Level> = {
  error: 'error',
  err: 'error',
  critical: 'error',
  high: 'error',
  fatal: 'error',
  failure: 'error',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  moderate: 'warning',
  note: 'note',
  notice: 'note',
  info: 'note',
  information: 'note',
  informational: 'note',
  low: 'note',
  recommendation: 'note',
  none: 'none'
}

export function toLevel(value: unknown): Level | undefined {
  if (typeof value !== 'string') return undefined
  return LEVEL_ALIASES[value.trim().toLowerCase()]
}

/** SARIF §3.27.10: the result's level, else the rule's default, else warning; non-`fail` kinds are `none`. */
export function effectiveLevel(result: SarifResult, rule: ReportingDescriptor | undefined): Level {
  if (result.level !== undefined) return result.level
  if (result.kind !== undefined && result.kind !== 'fail') return 'none'
  return rule?.defaultConfiguration?.level ?? 'warning'
}

/** A security-severity score 0.0–10.0 from a string or number, or undefined. */
export function parseSecuritySeverity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string' || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined
  return Number(value)
}

/** The result's security-severity, else its rule's. */
export function resultSecuritySeverity(
  result: SarifResult,
  rule: ReportingDescriptor | undefined
): number | undefined {
  return (
    parseSecuritySeverity(result.properties?.['security-severity']) ??
    parseSecuritySeverity(rule?.properties?.['security-severity'])
  )
}

export type SecurityBand = 'critical' | 'high' | 'medium' | 'low'

/** GitHub's bands: >9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_BANDS: Record<SecurityBand, number> = {
  critical: 9.0,
  high: 7.0,
  medium: 4.0,
  low: 0.1
}

/** Suppressed in source or by an accepted external suppression: not counted, not annotated. */
export function isSuppressed(result: SarifResult): boolean {
  const suppressions = result.suppressions
  if (!Array.isArray(suppressions) || suppressions.length === 0) return false
  return suppressions.some(s => s.status === undefined || s.status === 'accepted')
}

/**
 * A sort key, larger = more severe: level first, then security-severity.
 * Used to keep the most severe results when a limit cuts, and to order annotations.
 */
export function severityScore(level: Level, security: number | undefined): number {
  return LEVEL_RANK[level] * 100 + (security ?? 0) * 5
}
