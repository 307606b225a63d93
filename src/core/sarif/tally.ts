/**
 * Counts of unsuppressed SARIF results by level, tool and rule, taken before
 * any limit cuts: what the summary, the outputs and the `fail-on` gate read.
 */
import type { Level, ReportingDescriptor } from './types.js'

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
