/**
 * What the gate gives back: the step's outputs, annotations and job summary
 * (an ActionResult), the `vulnerabilities` list the action and the CLI's JSON
 * share, and the report files it writes.
 */
import { ConfigurationError } from '../errors.js'
import { writeFileAtomicSync } from '../io.js'
import type { ActionResult, Logger } from '../report.js'
import { buildAnnotations } from './annotations.js'
import type { GateReport } from './gate.js'
import { buildVulnJobSummary } from './summary.js'
import { goRelease } from './symbols.js'

/** The files a run read or wrote, for the outputs. */
export interface GateFiles {
  jsonFile: string
  sarifFile?: string
  vexFile?: string
}

export function gateActionResult(
  report: GateReport,
  files: GateFiles,
  logger: Logger
): ActionResult {
  const { annotations, dropped } = buildAnnotations(report)
  return {
    outputs: {
      passed: report.passed,
      called: report.counts.called,
      imported: report.counts.imported,
      required: report.counts.required,
      'may-be-affected': report.counts.mayBeAffected,
      ignored: report.counts.ignored,
      vulnerabilities: boundedOutput(vulnerabilitiesOutput(report), logger),
      'sarif-file': files.sarifFile ?? '',
      'vex-file': files.vexFile ?? '',
      'json-file': files.jsonFile
    },
    annotations,
    summary: buildVulnJobSummary(report, { droppedAnnotations: dropped }),
    failureMessage: report.failureMessage
  }
}

/** One entry per vulnerability for the `vulnerabilities` output and the CLI's JSON. */
export interface VulnerabilityOutput {
  id: string
  aliases: string[]
  module: string
  version?: string
  found: string
  fixed: string | null
  /** error: blocks the gate; warning: found, allowed by policy; note: ignored by the allow-list. */
  level: 'error' | 'warning' | 'note'
  status: string
  severity: string
  score?: number
  reason: string
  summary?: string
  url: string
}

export function vulnerabilitiesOutput(report: GateReport): VulnerabilityOutput[] {
  return report.vulnerabilities.map(v => ({
    id: v.id,
    aliases: v.aliases,
    module: v.module,
    ...(v.version ? { version: v.version } : {}),
    found: v.found,
    fixed: v.fixed ? (v.stdlib ? `go${goRelease(v.fixed)}` : v.fixed) : null,
    level: v.status === 'blocking' ? 'error' : v.status === 'allowed' ? 'warning' : 'note',
    status: v.status,
    severity: v.severity.label,
    ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
    reason: v.reason,
    ...(v.summary ? { summary: v.summary } : {}),
    url: v.url
  }))
}

/** GitHub keeps at most 1 MB of outputs per job; leave room for the others. */
const MAX_OUTPUT_CHARS = 900_000

/** The JSON for the `vulnerabilities` output, slimmed and then cut if it would not fit. */
export function boundedOutput(list: VulnerabilityOutput[], logger: Logger): string {
  const full = JSON.stringify(list)
  if (full.length <= MAX_OUTPUT_CHARS) return full
  const slim = list.map(({ id, aliases, module, found, fixed, level, severity }) => ({
    id,
    aliases,
    module,
    found,
    fixed,
    level,
    severity
  }))
  let kept = slim.length
  let text = JSON.stringify(slim)
  while (text.length > MAX_OUTPUT_CHARS && kept > 0) {
    kept = Math.floor(kept * 0.9)
    text = JSON.stringify(slim.slice(0, kept))
  }
  logger.warning(
    `The vulnerabilities output is too large for GitHub: ${kept < slim.length ? `it lists the first ${kept} of ${slim.length}` : 'it has only id, aliases, module, found, fixed, level and severity'}; the SARIF file has everything`
  )
  return text
}

/** Writes a report file through a temp file and a rename, so readers never see half a file. */
export function writeReportFile(file: string, text: string, inputName?: string): void {
  try {
    writeFileAtomicSync(file, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    throw new ConfigurationError(
      `${inputName ? `${inputName}: ` : ''}cannot write ${file}: ${code}`,
      { fix: 'name a file in a directory this job can write' }
    )
  }
}
