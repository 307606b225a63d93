/**
 * The job summary: what was found (by tool and rule, with links), where it
 * went (code scanning, a check run, workflow commands), what limits cut, and
 * the findings that no annotation shows. Kept well under the runner's 1 MiB
 * per step.
 */
import type { SarifFinding } from './annotations.js'
import type { PreparedSarif } from '../prepare.js'
import type { ProcessingResult } from './upload.js'
import { cell as markdownCell, codeCell } from '../../markdown.js'

export interface SarifJobSummaryFacts {
  prepared: PreparedSarif
  serverUrl: string
  repository: string
  sha: string
  upload: {
    state: 'uploaded' | 'skipped' | 'failed'
    reason?: string
    processing: ProcessingResult[]
    ids: string[]
  }
  annotations: { channel: string; reason: string; shown: number; url?: string }
  /** Findings not carried by any annotation. */
  unannotated: SarifFinding[]
  gate: { failOn: string; failure?: string }
}

const MAX_RULE_ROWS = 300
const MAX_FINDING_ROWS = 500
const MAX_SUMMARY_CHARS = 900_000

/** Text for the summary, cut at 300 characters unless told otherwise. */
function cell(text: string, max = 300): string {
  return markdownCell(text, { max })
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export function buildSarifJobSummary(facts: SarifJobSummaryFacts): string {
  const { prepared, serverUrl, repository, sha } = facts
  const repoUrl = `${serverUrl}/${repository}`
  const levels = prepared.tally.levels
  const total = levels.error + levels.warning + levels.note + levels.none
  const lines: string[] = []
  const suppressed = prepared.tally.suppressed ? `, ${prepared.tally.suppressed} suppressed` : ''
  lines.push(
    `## SARIF: ${plural(total, 'result')} (${plural(levels.error, 'error')}, ${plural(levels.warning, 'warning')}, ${plural(levels.note, 'note')}${suppressed})`,
    ''
  )
  const files = prepared.sources.map(source => codeCell(source.file, { max: 120 })).join(', ')
  const runs = prepared.runs.length
  lines.push('| | |', '|---|---|', `| SARIF | ${files} (${plural(runs, 'run')} after merging) |`)
  lines.push(`| Code scanning | ${uploadCell(facts, repoUrl)} |`)
  const annotationTarget = facts.annotations.url
    ? `[${cell(facts.annotations.channel)}](${facts.annotations.url})`
    : cell(facts.annotations.channel)
  lines.push(
    `| Annotations | ${annotationTarget}: ${plural(facts.annotations.shown, 'annotation')} (${cell(facts.annotations.reason)}) |`
  )
  lines.push(
    `| Gate (fail-on ${cell(facts.gate.failOn)}) | ${facts.gate.failure ? `❌ ${cell(facts.gate.failure)}` : '✅ passed'} |`,
    ''
  )

  const rules = [...prepared.tally.rules.values()].sort(
    (a, b) =>
      b.levels.error - a.levels.error ||
      b.levels.warning - a.levels.warning ||
      b.levels.note - a.levels.note ||
      a.tool.localeCompare(b.tool) ||
      a.ruleId.localeCompare(b.ruleId)
  )
  if (rules.length > 0) {
    const uploaded = facts.upload.state === 'uploaded'
    lines.push(
      '### By tool and rule',
      '',
      '| Tool | Rule | Errors | Warnings | Notes | Security severity |',
      '|---|---|---:|---:|---:|---:|'
    )
    for (const rule of rules.slice(0, MAX_RULE_ROWS)) {
      const tool = uploaded
        ? `[${cell(rule.tool)}](${repoUrl}/security/code-scanning?query=${encodeURIComponent(`is:open tool:${rule.tool}`)})`
        : cell(rule.tool)
      const label =
        rule.name && rule.name !== rule.ruleId ? `${rule.ruleId} ${rule.name}` : rule.ruleId
      const ruleCell = rule.helpUri ? `[${cell(label, 120)}](${rule.helpUri})` : cell(label, 120)
      const security =
        rule.maxSecuritySeverity !== undefined ? rule.maxSecuritySeverity.toFixed(1) : ''
      lines.push(
        `| ${tool} | ${ruleCell} | ${rule.levels.error} | ${rule.levels.warning} | ${rule.levels.note + rule.levels.none} | ${security} |`
      )
    }
    if (rules.length > MAX_RULE_ROWS)
      lines.push('', `…and ${rules.length - MAX_RULE_ROWS} more rules.`)
    lines.push('')
  }

  const problems = [...prepared.warnings]
  if (problems.length > 0) {
    lines.push('### Limits and repairs', '')
    for (const problem of problems) lines.push(`- ${cell(problem, 600)}`)
    lines.push('')
  }
  for (const result of facts.upload.processing.filter(p => p.status === 'failed')) {
    lines.push(`### Processing errors for SARIF ${result.id}`, '')
    for (const error of result.errors.length ? result.errors : ['(no details given)'])
      lines.push(`- ${cell(error, 600)}`)
    lines.push('')
  }

  if (facts.unannotated.length > 0) {
    lines.push(
      `### Findings without an annotation (${facts.unannotated.length})`,
      '',
      '| Level | Location | Rule | Message |',
      '|---|---|---|---|'
    )
    for (const finding of facts.unannotated.slice(0, MAX_FINDING_ROWS)) {
      lines.push(
        `| ${finding.level} | ${locationCell(finding, repoUrl, sha)} | ${cell(`${finding.tool} ${finding.ruleId}`, 80)} | ${cell(finding.message)} |`
      )
    }
    if (facts.unannotated.length > MAX_FINDING_ROWS)
      lines.push('', `…and ${facts.unannotated.length - MAX_FINDING_ROWS} more.`)
    lines.push('')
  }
  let text = lines.join('\n')
  if (text.length > MAX_SUMMARY_CHARS)
    text = `${text.slice(0, MAX_SUMMARY_CHARS)}\n\n…(summary cut to stay under the 1 MiB step limit)\n`
  return text
}

function uploadCell(facts: SarifJobSummaryFacts, repoUrl: string): string {
  const upload = facts.upload
  if (upload.state === 'skipped') return `not uploaded (${cell(upload.reason ?? '')})`
  if (upload.state === 'failed') return `❌ upload failed: ${cell(upload.reason ?? '')}`
  const statuses = upload.ids.map(id => {
    const processing = upload.processing.find(p => p.id === id)
    const status = processing
      ? processing.timedOut
        ? 'still processing'
        : processing.status
      : 'not waited for'
    return `\`${id}\` (${status})`
  })
  return `[uploaded](${repoUrl}/security/code-scanning): ${statuses.join(', ')}`
}

function locationCell(finding: SarifFinding, repoUrl: string, sha: string): string {
  if (finding.file === undefined) return '(no location)'
  const line = finding.startLine
  const label = line ? `${finding.file}:${line}` : finding.file
  const anchor = line
    ? `#L${line}${finding.endLine && finding.endLine !== line ? `-L${finding.endLine}` : ''}`
    : ''
  const href = `${repoUrl}/blob/${sha}/${finding.file.split('/').map(encodeURIComponent).join('/')}${anchor}`
  return `[${cell(label, 120)}](${href})`
}
