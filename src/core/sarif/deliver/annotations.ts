/**
 * Results as things a person reads: findings with a file and line, turned into
 * workflow-command annotations or check-run annotations.
 *
 * Workflow commands are shown only 10 per level (error/warning/notice) per
 * step and 50 per job; the rest is silently dropped by the runner. So the
 * findings are ranked (on lines the PR changed first, then by severity) and
 * only what will be shown is emitted; everything else goes to the summary.
 */
import {
  ANNOTATIONS_PER_LEVEL,
  capPerLevel,
  type Annotation,
  type AnnotationLevel
} from '../../report.js'
import { touchesChangedLines, type ChangedLines } from './changed-lines.js'
import type { NormalizedRun } from '../shape/normalize.js'
import {
  effectiveLevel,
  isSuppressed,
  resultSecuritySeverity,
  severityScore
} from '../result-severity.js'
import type { Level, ReportingDescriptor, SarifResult } from '../types.js'
import { repoPathOfUri } from '../shape/uris.js'

export interface SarifFinding {
  tool: string
  ruleId: string
  ruleName?: string
  helpUri?: string
  level: Level
  securitySeverity?: number
  score: number
  message: string
  /** Repository-relative path; absent for results with no usable location. */
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
  onChangedLine: boolean
}

/** Unsuppressed findings of the runs (uploaded and unlocated), most important first. */
export function collectFindings(runs: NormalizedRun[], changed?: ChangedLines): SarifFinding[] {
  const findings: SarifFinding[] = []
  for (const normalized of runs) {
    const rules = new Map<string, ReportingDescriptor>()
    for (const rule of normalized.run.tool.driver.rules ?? []) rules.set(rule.id, rule)
    for (const extension of normalized.run.tool.extensions ?? [])
      for (const rule of extension.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule)
    for (const result of [...normalized.run.results, ...normalized.unlocated]) {
      if (isSuppressed(result)) continue
      findings.push(toFinding(normalized.tool, result, rules.get(result.ruleId ?? ''), changed))
    }
  }
  return findings.sort(compareFindings)
}

function toFinding(
  tool: string,
  result: SarifResult,
  rule: ReportingDescriptor | undefined,
  changed: ChangedLines | undefined
): SarifFinding {
  const level = effectiveLevel(result, rule)
  const security = resultSecuritySeverity(result, rule)
  const physical = result.locations?.[0]?.physicalLocation
  const uri = physical?.artifactLocation?.uri
  const file = typeof uri === 'string' ? repoPathOfUri(uri) : undefined
  const region = file === undefined ? undefined : physical?.region
  const startLine = region?.startLine
  const endLine = region?.endLine ?? startLine
  return {
    tool,
    ruleId: result.ruleId ?? 'unspecified',
    ruleName: rule?.name,
    helpUri: rule?.helpUri,
    level,
    securitySeverity: security,
    score: severityScore(level, security),
    message: plainMessage(result.message?.text ?? ''),
    file,
    startLine,
    endLine,
    startColumn: region?.startColumn,
    endColumn: region?.endColumn,
    onChangedLine: touchesChangedLines(changed, file, startLine, endLine)
  }
}

/** staticcheck appends related information as `[text](1)` links into relatedLocations. */
export function plainMessage(text: string): string {
  return text.replace(/\[([^\]]*)\]\(\d+\)/g, '$1').trim()
}

export function compareFindings(a: SarifFinding, b: SarifFinding): number {
  return (
    Number(b.onChangedLine) - Number(a.onChangedLine) ||
    b.score - a.score ||
    (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') ||
    (a.startLine ?? 0) - (b.startLine ?? 0)
  )
}

export function annotationLevel(level: Level): AnnotationLevel {
  return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice'
}

export function findingTitle(finding: SarifFinding): string {
  const name = finding.ruleName && finding.ruleName !== finding.ruleId ? ` ${finding.ruleName}` : ''
  const severity =
    finding.securitySeverity !== undefined
      ? ` (security-severity ${finding.securitySeverity.toFixed(1)})`
      : ''
  return `${finding.tool} ${finding.ruleId}${name}${severity}`.slice(0, 255)
}

export function toAnnotation(finding: SarifFinding): Annotation {
  const annotation: Annotation = {
    level: annotationLevel(finding.level),
    title: findingTitle(finding),
    message: finding.message || finding.ruleId
  }
  if (finding.file !== undefined) {
    annotation.file = finding.file
    if (finding.startLine !== undefined) {
      annotation.startLine = finding.startLine
      annotation.endLine = finding.endLine ?? finding.startLine
      if (annotation.endLine === annotation.startLine && finding.startColumn !== undefined) {
        annotation.startColumn = finding.startColumn
        if (finding.endColumn !== undefined && finding.endColumn > finding.startColumn)
          annotation.endColumn = finding.endColumn
      }
    }
  }
  return annotation
}

/**
 * Splits ranked findings into those emitted as workflow commands (at most
 * `perLevel` of each annotation level, so none is silently dropped) and the rest.
 */
export function selectForCommands(
  findings: SarifFinding[],
  perLevel = ANNOTATIONS_PER_LEVEL
): { shown: SarifFinding[]; rest: SarifFinding[] } {
  const { kept, dropped } = capPerLevel(
    findings,
    finding => annotationLevel(finding.level),
    perLevel
  )
  return { shown: kept, rest: dropped }
}

/** Check-run annotation: `failure|warning|notice`, line range required, columns only on one line. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
}

const MAX_MESSAGE_BYTES = 60 * 1024

export function toCheckAnnotation(finding: SarifFinding): CheckAnnotation | undefined {
  if (finding.file === undefined) return undefined
  const start = finding.startLine ?? 1
  const end = Math.max(start, finding.endLine ?? start)
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line: start,
    end_line: end,
    annotation_level:
      finding.level === 'error' ? 'failure' : finding.level === 'warning' ? 'warning' : 'notice',
    message: truncateBytes(finding.message || finding.ruleId, MAX_MESSAGE_BYTES),
    title: findingTitle(finding)
  }
  if (start === end && finding.startColumn !== undefined) {
    annotation.start_column = finding.startColumn
    annotation.end_column = Math.max(finding.startColumn, finding.endColumn ?? finding.startColumn)
  }
  return annotation
}

function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text
  let cut = text.slice(0, max)
  while (Buffer.byteLength(cut) > max - 3) cut = cut.slice(0, -64)
  return `${cut}…`
}
