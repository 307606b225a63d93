/**
 * GitHub's documented SARIF limits (docs: sarif-limits), enforced before
 * upload so nothing is rejected server-side; every cut is reported. The upload
 * size and run count are handled by splitting (split.ts), not cutting.
 */
import type { NormalizedRun } from './normalize.js'
import {
  effectiveLevel,
  isSuppressed,
  resultSecuritySeverity,
  severityScore
} from '../result-severity.js'
import { isRecord, type PropertyBag, type ReportingDescriptor, type SarifResult } from '../types.js'
import { GITHUB_LIMITS, type Limits } from '../github-limits.js'

export { GITHUB_LIMITS, type Limits }

/** One thing a limit removed, for the log and the summary. */
export interface Cut {
  /** e.g. "results", "locations", "thread-flow locations", "tags". */
  what: string
  /** e.g. "golangci-lint (category lint)". */
  where: string
  limit: number
  removed: number
  /** How many objects were affected (results whose locations were cut, …). */
  affected?: number
}

export function describeCut(cut: Cut): string {
  const affected =
    cut.affected !== undefined ? ` in ${cut.affected} item${cut.affected === 1 ? '' : 's'}` : ''
  return `${cut.where}: ${cut.removed} ${cut.what} removed${affected} (limit ${cut.limit})`
}

export function runLabel(run: NormalizedRun): string {
  return run.category ? `${run.tool} (category ${run.category})` : run.tool
}

export function applyLimits(run: NormalizedRun, limits: Limits): Cut[] {
  const cuts: Cut[] = []
  const where = runLabel(run)
  const driver = run.run.tool.driver
  const rules = new Map<string, ReportingDescriptor>()
  for (const rule of driver.rules ?? []) rules.set(rule.id, rule)
  for (const extension of run.run.tool.extensions ?? [])
    for (const rule of extension.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule)

  const results = run.run.results
  if (results.length > limits.maxResultsPerRun) {
    run.run.results = mostSevere(results, limits.maxResultsPerRun, rules)
    cuts.push({
      what: 'least severe results',
      where,
      limit: limits.maxResultsPerRun,
      removed: results.length - limits.maxResultsPerRun
    })
  }

  let locationsRemoved = 0
  let locationsAffected = 0
  let flowsRemoved = 0
  let flowsAffected = 0
  let resultTagsRemoved = 0
  for (const result of run.run.results) {
    const locations = result.locations ?? []
    if (locations.length > limits.maxLocationsPerResult) {
      locationsRemoved += locations.length - limits.maxLocationsPerResult
      locationsAffected++
      result.locations = locations.slice(0, limits.maxLocationsPerResult)
    }
    const removed = capThreadFlows(result, limits.maxThreadFlowLocationsPerResult)
    if (removed > 0) {
      flowsRemoved += removed
      flowsAffected++
    }
    resultTagsRemoved += capTags(result.properties, limits.maxTagsPerRule)
  }
  if (locationsRemoved > 0)
    cuts.push({
      what: 'locations',
      where,
      limit: limits.maxLocationsPerResult,
      removed: locationsRemoved,
      affected: locationsAffected
    })
  if (flowsRemoved > 0)
    cuts.push({
      what: 'thread-flow locations',
      where,
      limit: limits.maxThreadFlowLocationsPerResult,
      removed: flowsRemoved,
      affected: flowsAffected
    })

  if ((driver.rules?.length ?? 0) > limits.maxRulesPerRun) {
    const used = new Set(run.run.results.map(result => result.ruleId))
    const all = driver.rules ?? []
    const kept = [
      ...all.filter(rule => used.has(rule.id)),
      ...all.filter(rule => !used.has(rule.id))
    ].slice(0, limits.maxRulesPerRun)
    cuts.push({
      what: 'unused rules',
      where,
      limit: limits.maxRulesPerRun,
      removed: all.length - kept.length
    })
    driver.rules = kept
  }
  const extensions = run.run.tool.extensions
  if (extensions && extensions.length > limits.maxExtensionsPerRun) {
    cuts.push({
      what: 'tool extensions',
      where,
      limit: limits.maxExtensionsPerRun,
      removed: extensions.length - limits.maxExtensionsPerRun
    })
    run.run.tool.extensions = extensions.slice(0, limits.maxExtensionsPerRun)
  }

  let tagsRemoved = resultTagsRemoved
  let textsShortened = 0
  for (const component of [driver, ...(run.run.tool.extensions ?? [])]) {
    for (const rule of component.rules ?? []) {
      tagsRemoved += capTags(rule.properties, limits.maxTagsPerRule)
      textsShortened += shortenRuleTexts(rule, limits)
    }
  }
  if (tagsRemoved > 0)
    cuts.push({ what: 'tags', where, limit: limits.maxTagsPerRule, removed: tagsRemoved })
  if (textsShortened > 0)
    cuts.push({
      what: `characters of rule names (max ${limits.maxRuleNameLength}) and descriptions`,
      where,
      limit: limits.maxDescriptionLength,
      removed: textsShortened
    })
  return cuts
}

/** Result indices, most severe first (suppressed last), ties in file order. */
export function severityRanking(
  results: SarifResult[],
  rules: Map<string, ReportingDescriptor>
): number[] {
  const scores = results.map(result => {
    if (isSuppressed(result)) return -1
    const rule = result.ruleId === undefined ? undefined : rules.get(result.ruleId)
    return severityScore(effectiveLevel(result, rule), resultSecuritySeverity(result, rule))
  })
  const order = results.map((_, index) => index)
  return order.sort((a, b) => scores[b] - scores[a] || a - b)
}

/** The `count` most severe results, in their original order. */
export function mostSevere(
  results: SarifResult[],
  count: number,
  rules: Map<string, ReportingDescriptor>
): SarifResult[] {
  return severityRanking(results, rules)
    .slice(0, count)
    .sort((a, b) => a - b)
    .map(index => results[index])
}

/** Keeps the first `max` thread-flow locations of a result, dropping flows left empty. */
function capThreadFlows(result: SarifResult, max: number): number {
  if (!Array.isArray(result.codeFlows)) return 0
  let budget = max
  let removed = 0
  for (const codeFlow of result.codeFlows) {
    for (const threadFlow of codeFlow.threadFlows ?? []) {
      const locations = threadFlow.locations ?? []
      if (locations.length > budget) {
        removed += locations.length - budget
        threadFlow.locations = locations.slice(0, budget)
      }
      budget -= threadFlow.locations.length
    }
    codeFlow.threadFlows = (codeFlow.threadFlows ?? []).filter(flow => flow.locations.length > 0)
  }
  if (removed > 0) result.codeFlows = result.codeFlows.filter(flow => flow.threadFlows.length > 0)
  return removed
}

function capTags(properties: PropertyBag | undefined, max: number): number {
  if (!isRecord(properties) || !Array.isArray(properties.tags) || properties.tags.length <= max)
    return 0
  const removed = properties.tags.length - max
  properties.tags = properties.tags.slice(0, max)
  return removed
}

function shortenRuleTexts(rule: ReportingDescriptor, limits: Limits): number {
  let removed = 0
  const shorten = (text: string, max: number): string => {
    if (text.length <= max) return text
    removed += text.length - max
    return `${text.slice(0, max - 1)}…`
  }
  if (typeof rule.name === 'string') rule.name = shorten(rule.name, limits.maxRuleNameLength)
  for (const key of ['shortDescription', 'fullDescription'] as const) {
    const description = rule[key]
    if (isRecord(description) && typeof description.text === 'string')
      description.text = shorten(description.text, limits.maxDescriptionLength)
  }
  return removed
}
