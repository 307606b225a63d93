/**
 * Workflow annotations on the user's own code: the call site for called
 * vulnerabilities, the go.mod line otherwise. Never on the standard library or
 * the module cache. GitHub shows at most 10 annotations of each level per
 * step, so blocking ones go first and the rest are counted.
 */
import { capPerLevel, type Annotation, type AnnotationLevel } from '../report.js'
import type { GateReport, VulnerabilityReport } from './gate.js'
import { callSiteMessage, manifestMessage } from './messages.js'

function annotationLevel(v: VulnerabilityReport): AnnotationLevel {
  if (v.status === 'blocking') return 'error'
  return v.found === 'called' || v.found === 'may-be-affected' ? 'warning' : 'notice'
}

function title(v: VulnerabilityReport): string {
  const severity = v.severity.label === 'unknown' ? '' : ` [${v.severity.label}]`
  const text = `${v.id}${severity}: ${v.summary ?? 'vulnerability'}`
  return text.length > 255 ? `${text.slice(0, 254)}…` : text
}

export function buildAnnotations(report: GateReport): {
  annotations: Annotation[]
  dropped: number
} {
  const candidates: Annotation[] = []
  for (const v of report.vulnerabilities) {
    if (v.status === 'ignored') continue
    const level = annotationLevel(v)
    // Called: at each call site in the user's code; otherwise at the go.mod line.
    const places =
      v.callSites.length > 0
        ? v.callSites.map(site => ({
            site,
            column: site.column,
            message: callSiteMessage(v, site)
          }))
        : v.manifestSites.map(site => ({
            site,
            column: undefined,
            message: manifestMessage(v, site, report.scan.mode === 'binary', report.scan.level)
          }))
    for (const { site, column, message } of places) {
      candidates.push({
        level,
        title: title(v),
        file: site.path,
        startLine: site.line,
        endLine: site.line,
        ...(column !== undefined ? { startColumn: column } : {}),
        message
      })
    }
  }
  const { kept, dropped } = capPerLevel(candidates, annotation => annotation.level)
  return { annotations: kept, dropped: dropped.length }
}
