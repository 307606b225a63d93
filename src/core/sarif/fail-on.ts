/**
 * `fail-on` for SARIF results: a level (and everything above it), a
 * security-severity band or score, or never; and the gate that applies it to a
 * tally. (The vulnerability gate's `fail-on` is by reachability: core/vuln.)
 */
import { ConfigurationError } from '../errors.js'
import {
  LEVEL_RANK,
  parseSecuritySeverity,
  SECURITY_BANDS,
  type SecurityBand
} from './result-severity.js'
import type { Tally } from './tally.js'
import type { Level } from './types.js'

/** `fail-on`: a level (and everything above it), a security-severity band or score, or never. */
export type SarifFailOn =
  | { kind: 'none' }
  | { kind: 'level'; level: Exclude<Level, 'none'> }
  | { kind: 'security'; minimum: number; label: string }

export const SARIF_FAIL_ON_HELP =
  'error, warning, note or none (by level), or critical, high, medium, low or a score such as 7.5 (by security-severity)'

export function parseSarifFailOn(text: string): SarifFailOn {
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
    fix: `use ${SARIF_FAIL_ON_HELP}`
  })
}

/** The `fail-on` gate: a message when the results reach it, undefined when they pass. */
export function sarifGateFailure(failOn: SarifFailOn, tally: Tally): string | undefined {
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
