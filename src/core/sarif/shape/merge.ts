/**
 * Since July 2025 code scanning rejects a delivery holding several runs of the
 * same tool and category (codeql-action#2000 lineage; changelog 2025-07-21).
 * Typical cause: golangci-lint or staticcheck run once per module of a go.work
 * and uploaded together. Such runs are merged into one: results concatenated,
 * rules and extensions united by id/name, invocations and artifacts appended.
 */
import { effectiveLevel, isSuppressed, resultSecuritySeverity } from '../result-severity.js'
import { discountResult, mergeTally } from '../tally.js'
import { uniqueArtifacts, type NormalizedRun } from './normalize.js'
import type { ReportingDescriptor, SarifRun, ToolComponent } from '../types.js'

export interface MergeNote {
  tool: string
  category: string
  runs: number
  sources: string[]
  /** Driver versions when they differed (the first one is kept). */
  versions?: string[]
  /** Identical results dropped (the same analysis uploaded twice, overlapping globs). */
  duplicates?: number
}

export function mergeKey(run: NormalizedRun): string {
  return `${run.tool}\u0000${run.category}`
}

export function mergeRuns(runs: NormalizedRun[]): { runs: NormalizedRun[]; merged: MergeNote[] } {
  const groups = new Map<string, NormalizedRun[]>()
  for (const run of runs) {
    const key = mergeKey(run)
    const group = groups.get(key)
    if (group) group.push(run)
    else groups.set(key, [run])
  }
  const merged: MergeNote[] = []
  const result: NormalizedRun[] = []
  for (const group of groups.values()) {
    const [target, ...others] = group
    if (others.length > 0) {
      const versions = [...new Set(group.map(run => driverVersion(run.run.tool.driver)))]
      for (const other of others) mergeInto(target, other)
      const duplicates = dropDuplicateResults(target)
      merged.push({
        tool: target.tool,
        category: target.category,
        runs: group.length,
        sources: [...new Set(target.sources)],
        ...(versions.length > 1 ? { versions } : {}),
        ...(duplicates > 0 ? { duplicates } : {})
      })
    }
    result.push(target)
  }
  return { runs: result, merged }
}

/** Removes results identical to an earlier one; the tally counted them once per run, so it is fixed too. */
function dropDuplicateResults(run: NormalizedRun): number {
  const rules = new Map<string, ReportingDescriptor>()
  for (const rule of run.run.tool.driver.rules ?? []) rules.set(rule.id, rule)
  const seen = new Set<string>()
  const kept = run.run.results.filter(result => {
    const key = JSON.stringify(result)
    if (!seen.has(key)) {
      seen.add(key)
      return true
    }
    const rule = rules.get(result.ruleId ?? '')
    if (isSuppressed(result)) run.tally.suppressed--
    else
      discountResult(
        run.tally,
        run.tool,
        result.ruleId ?? 'unspecified',
        effectiveLevel(result, rule),
        resultSecuritySeverity(result, rule)
      )
    return false
  })
  const duplicates = run.run.results.length - kept.length
  run.run.results = kept
  return duplicates
}

function driverVersion(driver: ToolComponent): string {
  return String(driver.semanticVersion ?? driver.version ?? '')
}

function mergeInto(target: NormalizedRun, other: NormalizedRun): void {
  const into = target.run
  const from = other.run
  for (const result of from.results) into.results.push(result)
  unionRules(into.tool.driver, from.tool.driver)
  if (from.tool.extensions?.length) {
    const extensions = (into.tool.extensions ??= [])
    for (const extension of from.tool.extensions) {
      const existing = extensions.find(candidate => candidate.name === extension.name)
      if (existing) unionRules(existing, extension)
      else extensions.push(extension)
    }
  }
  // SARIF wants artifacts unique: the same file listed by two modules' runs is one artifact.
  // Results carry no artifact indexes after normalization (they are made URIs).
  if (Array.isArray(from.artifacts) && from.artifacts.length > 0)
    into.artifacts = uniqueArtifacts(from.artifacts, into.artifacts ?? [])
  appendList(into, from, 'invocations')
  unionByName(into, from, 'taxonomies')
  target.sources.push(...other.sources)
  target.unlocated.push(...other.unlocated)
  mergeTally(target.tally, other.tally)
}

function unionRules(into: ToolComponent, from: ToolComponent): void {
  const rules: ReportingDescriptor[] = (into.rules ??= [])
  const known = new Set(rules.map(rule => rule.id))
  for (const rule of from.rules ?? []) {
    if (known.has(rule.id)) continue
    known.add(rule.id)
    rules.push(rule)
  }
}

function appendList(into: SarifRun, from: SarifRun, key: 'invocations'): void {
  const items = from[key]
  if (!Array.isArray(items) || items.length === 0) return
  const target = (into[key] ??= []) as unknown[]
  for (const item of items) target.push(item)
}

function unionByName(into: SarifRun, from: SarifRun, key: 'taxonomies'): void {
  const items = from[key]
  if (!Array.isArray(items) || items.length === 0) return
  const target = (Array.isArray(into[key]) ? into[key] : (into[key] = [])) as { name?: unknown }[]
  for (const item of items as { name?: unknown }[]) {
    if (!target.some(existing => existing.name === item.name)) target.push(item)
  }
}
