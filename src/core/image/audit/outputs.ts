/**
 * What the image-audit action reports of a flow's result (outputs, annotations on Dockerfile
 * lines, the job summary, the failure), and the CLI's `--json` document.
 */
import { capPerLevel, type ActionResult, type Annotation } from '../../report.js'
import type { AuditFlowResult } from './flow.js'
import { platformLabel } from '../image.js'
import { renderSummary, sizeText } from './render.js'

/**
 * Annotations: each waste finding on a Dockerfile line is a warning there; each violation is
 * an error when fail-on names its kind, else a warning, on its Dockerfile line when it has
 * one. The runner shows 10 per level; what is cut is counted in one notice.
 */
export function auditAnnotations(result: AuditFlowResult): { kept: Annotation[]; dropped: number } {
  const candidates: Annotation[] = []
  const at = (line: number | undefined) =>
    line !== undefined && result.dockerfile !== undefined
      ? { file: result.dockerfile, startLine: line, endLine: line }
      : {}
  for (const v of result.violations) {
    candidates.push({
      level: v.fails ? 'error' : 'warning',
      title: `image-audit: ${v.kind}`,
      message: `${[v.image, v.platform, v.path].filter(p => p !== undefined).join(' ')}: ${v.message}`,
      ...at(v.dockerfileLine)
    })
  }
  for (const image of result.images) {
    for (const audit of image.platforms) {
      for (const f of audit.findings) {
        if (f.dockerfileLine === undefined || result.dockerfile === undefined) continue
        candidates.push({
          level: 'warning',
          title: `image-audit: ${f.kind} waste, ${sizeText(f.bytes)}`,
          message: `${image.source} ${platformLabel(audit.platform)}: ${f.message}. Fix: ${f.fix}`,
          ...at(f.dockerfileLine)
        })
      }
    }
  }
  const { kept, dropped } = capPerLevel(candidates, annotation => annotation.level)
  return { kept, dropped: dropped.length }
}

/** The go-binaries output and the CLI's JSON list: no build info, which the SBOM carries. */
function goBinariesJson(result: AuditFlowResult): string {
  return JSON.stringify(result.goBinaries)
}

function violationsJson(result: AuditFlowResult): string {
  return JSON.stringify(result.violations)
}

export function failureMessage(result: AuditFlowResult): string | undefined {
  const failing = result.violations.filter(v => v.fails)
  if (failing.length === 0) return undefined
  const shown = failing.slice(0, 5).map(v => `${v.kind}: ${v.message}`)
  return `${failing.length} failing violation(s): ${shown.join('; ')}${failing.length > 5 ? '; …' : ''}`
}

export function imageAuditActionResult(result: AuditFlowResult): ActionResult {
  const { kept, dropped } = auditAnnotations(result)
  const annotations = [...kept]
  if (dropped > 0) {
    annotations.push({
      level: 'notice',
      title: 'image-audit',
      message: `${dropped} more annotation(s) not shown (the runner shows 10 per level): every finding and violation is in the job summary and the violations output`
    })
  }
  return {
    outputs: {
      'wasted-bytes': result.wastedBytes,
      efficiency: result.efficiency.toFixed(4),
      'go-binaries': goBinariesJson(result),
      'sbom-file': result.sbomFile ?? '',
      violations: violationsJson(result),
      'violation-count': result.violations.length
    },
    annotations,
    summary: renderSummary(result),
    failureMessage: failureMessage(result)
  }
}

/** `go-ci-kit image --json`: one document with everything the flow found. */
export function auditJson(result: AuditFlowResult): unknown {
  return {
    failed: result.failed,
    wastedBytes: result.wastedBytes,
    efficiency: result.efficiency,
    thresholds: result.thresholds,
    dockerfile: result.dockerfile,
    images: result.images.map(image => ({
      source: image.source,
      format: image.format,
      isIndex: image.isIndex,
      skipped: image.skipped,
      platforms: image.platforms.map(({ files: _files, goBinaries, ...audit }) => ({
        ...audit,
        platform: platformLabel(audit.platform),
        goBinaries: goBinaries.map(({ buildInfo: _buildInfo, ...facts }) => facts)
      }))
    })),
    goBinaries: result.goBinaries,
    violations: result.violations,
    clusters: result.clusters,
    sbomFile: result.sbomFile
  }
}
