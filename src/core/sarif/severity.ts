/**
 * How severe a result is (its level, and its security-severity when the rule
 * is a security rule), tallies by tool and rule, and the `fail-on` gate.
 */
import { ConfigurationError } from '../errors.js'
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

export function securitySeverity(
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

export interface LevelCounts {
  error: number
  warning: number
  note: number
  none: number
}

export function emptyLevelCounts(): LevelCounts {
  return { error: 0, warning: 0, note: 0, none: 0 }
}

export interface RuleTally {
  tool: string
  ruleId: string
  name?: string
  helpUri?: string
  levels: LevelCounts
  maxSecuritySeverity?: number
}

/** Counts of unsuppressed results, by level, tool and rule; taken before any limit cuts. */
export interface Tally {
  levels: LevelCounts
  suppressed: number
  /** Every unsuppressed result's security-severity, for numeric gates. */
  securityScores: number[]
  rules: Map<string, RuleTally>
}

export function emptyTally(): Tally {
  return { levels: emptyLevelCounts(), suppressed: 0, securityScores: [], rules: new Map() }
}

export function countResult(
  tally: Tally,
  tool: string,
  ruleId: string,
  level: Level,
  security: number | undefined,
  rule?: ReportingDescriptor
): void {
  tally.levels[level]++
  const key = `${tool}\u0000${ruleId}`
  let entry = tally.rules.get(key)
  if (!entry) {
    entry = {
      tool,
      ruleId,
      name: rule?.name,
      helpUri: rule?.helpUri,
      levels: emptyLevelCounts()
    }
    tally.rules.set(key, entry)
  }
  entry.levels[level]++
  if (security !== undefined) {
    tally.securityScores.push(security)
    entry.maxSecuritySeverity = Math.max(entry.maxSecuritySeverity ?? 0, security)
  }
}

/** Takes back one `countResult` (a result found to be a duplicate after counting). */
export function discountResult(
  tally: Tally,
  tool: string,
  ruleId: string,
  level: Level,
  security: number | undefined
): void {
  tally.levels[level]--
  const entry = tally.rules.get(`${tool}\u0000${ruleId}`)
  if (entry) entry.levels[level]--
  if (security !== undefined) {
    const at = tally.securityScores.indexOf(security)
    if (at !== -1) tally.securityScores.splice(at, 1)
  }
}

export function mergeTally(into: Tally, from: Tally): void {
  for (const level of Object.keys(into.levels) as Level[]) into.levels[level] += from.levels[level]
  into.suppressed += from.suppressed
  for (const score of from.securityScores) into.securityScores.push(score)
  for (const [key, entry] of from.rules) {
    const existing = into.rules.get(key)
    if (!existing) {
      into.rules.set(key, { ...entry, levels: { ...entry.levels } })
      continue
    }
    for (const level of Object.keys(existing.levels) as Level[])
      existing.levels[level] += entry.levels[level]
    if (entry.maxSecuritySeverity !== undefined)
      existing.maxSecuritySeverity = Math.max(
        existing.maxSecuritySeverity ?? 0,
        entry.maxSecuritySeverity
      )
  }
}

/** `fail-on`: a level (and everything above it), a security-severity band or score, or never. */
export type FailOn =
  | { kind: 'none' }
  | { kind: 'level'; level: Exclude<Level, 'none'> }
  | { kind: 'security'; minimum: number; label: string }

export const FAIL_ON_HELP =
  'error, warning, note or none (by level), or critical, high, medium, low or a score such as 7.5 (by security-severity)'

export function parseFailOn(text: string): FailOn {
  const value = text.trim().toLowerCase()
  if (value === '' || value === 'none' || value === 'never') return { kind: 'none' }
  if (value === 'error' || value === 'warning' || value === 'note')
    return { kind: 'level', level: value }
  if (value in SECURITY_BANDS) {
    return {
      kind: 'security',
      minimum: SECURITY_BANDS[value as SecurityBand],
      label: `security-severity ${value} or above`
    }
  }
  const score = parseSecuritySeverity(value.replace(/^security-severity\s*>=?\s*/, ''))
  if (score !== undefined && score <= 10) {
    return { kind: 'security', minimum: score, label: `security-severity ≥ ${score}` }
  }
  throw new ConfigurationError(`fail-on has invalid value "${text}"`, {
    fix: `use ${FAIL_ON_HELP}`
  })
}

/** The gate's verdict: a message when it fails, undefined when it passes. */
export function evaluateGate(failOn: FailOn, tally: Tally): string | undefined {
  if (failOn.kind === 'none') return undefined
  if (failOn.kind === 'level') {
    const threshold = LEVEL_RANK[failOn.level]
    const failing = (['error', 'warning', 'note'] as const).filter(
      level => LEVEL_RANK[level] >= threshold && tally.levels[level] > 0
    )
    if (failing.length === 0) return undefined
    const parts = failing.map(
      level => `${tally.levels[level]} ${level}${plural(tally.levels[level])}`
    )
    return `SARIF results at fail-on level ${failOn.level} or above: ${parts.join(', ')}`
  }
  const count = tally.securityScores.filter(score => score >= failOn.minimum).length
  if (count === 0) return undefined
  return `${count} SARIF result${count === 1 ? '' : 's'} with ${failOn.label}`
}

function plural(count: number): string {
  return count === 1 ? '' : 's'
}
