/**
 * What GitHub code scanning requires of an uploaded SARIF file (docs
 * "SARIF support for code scanning", and the upload errors codeql-action
 * classifies), as a list of problems; empty means acceptable. Shared by the
 * unit and e2e tests of govulncheck-gate.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

type Json = Record<string, unknown>

const LEVELS = new Set(['none', 'note', 'warning', 'error'])

function text(value: unknown): string | undefined {
  const t = (value as { text?: unknown } | undefined)?.text
  return typeof t === 'string' ? t : undefined
}

function checkUri(
  uri: unknown,
  where: string,
  problems: string[],
  workspace?: string,
  baseId?: unknown
): void {
  if (typeof uri !== 'string' || uri === '') {
    problems.push(`${where}: artifactLocation.uri is missing or empty`)
    return
  }
  if (/\s|\\/.test(uri)) problems.push(`${where}: uri "${uri}" is not a URI reference`)
  if (baseId !== undefined) return
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.startsWith('..')) {
    problems.push(`${where}: uri "${uri}" is not relative to the repository`)
  } else if (workspace && !existsSync(path.join(workspace, decodeURIComponent(uri)))) {
    problems.push(`${where}: uri "${uri}" does not exist in the repository`)
  }
}

function checkRegion(region: unknown, where: string, problems: string[]): void {
  const r = region as { startLine?: unknown; startColumn?: unknown } | undefined
  if (!r || typeof r.startLine !== 'number' || r.startLine < 1)
    problems.push(`${where}: region.startLine must be ≥ 1`)
  if (r?.startColumn !== undefined && (typeof r.startColumn !== 'number' || r.startColumn < 1))
    problems.push(`${where}: region.startColumn must be ≥ 1`)
}

/** Problems GitHub would reject or mis-handle. `workspace` also checks that result files exist. */
export function codeScanningProblems(sarif: unknown, workspace?: string): string[] {
  const problems: string[] = []
  const log = sarif as Json
  if (typeof log.$schema !== 'string' || !log.$schema) problems.push('$schema is missing')
  if (log.version !== '2.1.0') problems.push('version must be 2.1.0')
  const runs = log.runs as Json[] | undefined
  if (!Array.isArray(runs) || runs.length === 0)
    return [...problems, 'runs must be a non-empty array']
  const categories = new Set<string>()
  runs.forEach((run, r) => {
    const driver = (run.tool as Json | undefined)?.driver as Json | undefined
    if (typeof driver?.name !== 'string' || !driver.name)
      problems.push(`runs[${r}].tool.driver.name is required`)
    if (
      driver?.semanticVersion !== undefined &&
      !/^\d+\.\d+\.\d+/.test(String(driver.semanticVersion))
    )
      problems.push(`runs[${r}]: semanticVersion is not SemVer`)
    const id = (run.automationDetails as Json | undefined)?.id
    if (typeof id !== 'string' || !id) problems.push(`runs[${r}].automationDetails.id is missing`)
    else if (categories.has(id)) problems.push(`runs[${r}]: duplicate category ${id}`)
    else categories.add(id)
    const rules = (driver?.rules ?? []) as Json[]
    if (!Array.isArray(rules)) problems.push(`runs[${r}].tool.driver.rules must be an array`)
    const ruleIds = new Set<string>()
    rules.forEach((rule, i) => {
      const where = `runs[${r}].rules[${i}]`
      if (typeof rule.id !== 'string' || !rule.id) problems.push(`${where}.id is required`)
      else if (ruleIds.has(rule.id)) problems.push(`${where}: duplicate rule id ${rule.id}`)
      else ruleIds.add(rule.id)
      for (const field of ['shortDescription', 'fullDescription', 'help']) {
        const value = text(rule[field])
        if (!value) problems.push(`${where}.${field}.text is required`)
        else if (field !== 'help' && value.length > 1024)
          problems.push(`${where}.${field}.text is over 1024 characters`)
      }
      if (typeof rule.name === 'string' && rule.name.length > 255)
        problems.push(`${where}.name is over 255 characters`)
      const properties = (rule.properties ?? {}) as Json
      const tags = properties.tags as unknown[] | undefined
      if (tags !== undefined) {
        if (!Array.isArray(tags) || tags.some(t => typeof t !== 'string'))
          problems.push(`${where}.properties.tags must be strings`)
        else if (new Set(tags).size !== tags.length)
          problems.push(`${where}.properties.tags has duplicates`)
      }
      const score = properties['security-severity']
      if (score !== undefined) {
        const number = typeof score === 'string' ? Number(score) : NaN
        if (!Number.isFinite(number) || number < 0 || number > 10)
          problems.push(
            `${where}: security-severity "${String(score)}" is not a number from 0.0 to 10.0`
          )
      }
    })
    const results = run.results as Json[] | undefined
    if (!Array.isArray(results)) {
      problems.push(`runs[${r}].results must be present (an empty array when clean)`)
      return
    }
    if (results.length > 25000) problems.push(`runs[${r}]: more than 25,000 results`)
    results.forEach((result, i) => {
      const where = `runs[${r}].results[${i}]`
      if (typeof result.ruleId !== 'string' || !ruleIds.has(result.ruleId))
        problems.push(`${where}.ruleId does not name a rule`)
      if (result.ruleIndex !== undefined && rules[result.ruleIndex as number]?.id !== result.ruleId)
        problems.push(`${where}.ruleIndex does not point at its rule`)
      if (result.level !== undefined && !LEVELS.has(String(result.level)))
        problems.push(`${where}.level is invalid`)
      if (!text(result.message)) problems.push(`${where}.message.text is required`)
      const locations = result.locations as Json[] | undefined
      if (!Array.isArray(locations) || locations.length === 0) {
        problems.push(
          `${where}.locations must have a location (code scanning rejects results without one)`
        )
      } else {
        const physical = locations[0].physicalLocation as Json | undefined
        const artifact = physical?.artifactLocation as Json | undefined
        if (!physical) problems.push(`${where}.locations[0].physicalLocation is required`)
        else {
          checkUri(artifact?.uri, `${where}.locations[0]`, problems, workspace, artifact?.uriBaseId)
          checkRegion(physical.region, `${where}.locations[0]`, problems)
        }
      }
      for (const [f, flow] of ((result.codeFlows ?? []) as Json[]).entries()) {
        for (const [t, thread] of ((flow.threadFlows ?? []) as Json[]).entries()) {
          const steps = thread.locations as Json[] | undefined
          if (!Array.isArray(steps) || steps.length === 0)
            problems.push(`${where}.codeFlows[${f}].threadFlows[${t}] has no locations`)
          for (const [s, step] of (steps ?? []).entries()) {
            const physical = (step.location as Json | undefined)?.physicalLocation as
              Json | undefined
            if (!physical) continue
            const artifact = physical.artifactLocation as Json | undefined
            checkUri(
              artifact?.uri,
              `${where}.codeFlows[${f}].threadFlows[${t}].locations[${s}]`,
              problems,
              workspace,
              artifact?.uriBaseId
            )
            checkRegion(
              physical.region,
              `${where}.codeFlows[${f}].threadFlows[${t}].locations[${s}]`,
              problems
            )
          }
        }
      }
      const stacks = (result.stacks ?? []) as unknown[]
      if (new Set(stacks.map(s => JSON.stringify(s))).size !== stacks.length)
        problems.push(`${where}.stacks has duplicates`)
    })
  })
  return problems
}

/** The parts of a SARIF log the tests read. */
export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string }
    region: { startLine: number; startColumn?: number }
  }
  message?: { text: string }
}

export interface SarifResult {
  ruleId: string
  level: string
  message: { text: string }
  locations: SarifLocation[]
  codeFlows?: { threadFlows: { locations: { location: SarifLocation }[] }[] }[]
  stacks?: unknown[]
}

export interface SarifLog {
  runs: {
    automationDetails: { id: string }
    tool: {
      driver: {
        name: string
        rules: { id: string; properties: { tags: string[]; 'security-severity'?: string } }[]
        properties: Record<string, unknown>
      }
    }
    results: SarifResult[]
  }[]
}
