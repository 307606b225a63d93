/** What the binary-fingerprint action reports of a flow's result: outputs, annotations, summary. */
import type { ActionResult, Annotation } from '../report.js'
import type { FingerprintFlowResult } from './flow.js'
import type { FingerprintManifest } from './manifest.js'
import { renderSummary } from './render.js'

/** The `fingerprints` output: per binary, the fields a workflow branches on. */
function fingerprintsOutput(manifest: FingerprintManifest): string {
  return JSON.stringify(
    manifest.binaries.map(b => ({
      name: b.name,
      sha256: b.sha256,
      size: b.size,
      slices: b.slices.map(s => ({
        ...(s.fatArch ? { fatArch: s.fatArch } : {}),
        ...s.dimensions,
        buildFingerprint: s.buildFingerprint,
        warnings: s.warnings
      })),
      violations: b.violations,
      ...(b.comparison ? { reproducible: b.comparison.reproducible } : {})
    }))
  )
}

function annotationsOf(result: FingerprintFlowResult): Annotation[] {
  const { manifest, skipped } = result
  const annotations: Annotation[] = []
  if (skipped.length > 0) {
    annotations.push({
      level: 'notice',
      title: 'binary-fingerprint: skipped non-Go files',
      message: skipped.map(s => `${s.name}: ${s.reason}`).join('\n')
    })
  }
  for (const b of manifest.binaries) {
    const warnings = [...new Set(b.slices.flatMap(s => s.warnings))]
    if (warnings.length > 0) {
      annotations.push({
        level: 'notice',
        title: `reproducibility: ${b.name}`,
        message: warnings.join('\n')
      })
    }
  }
  for (const v of manifest.violations) {
    annotations.push({ level: 'error', title: 'binary-fingerprint', message: v })
  }
  return annotations
}

export function fingerprintActionResult(
  result: FingerprintFlowResult,
  options: { manifestFile: string; checksumsFile: string; failOnViolation: boolean }
): ActionResult {
  const { manifest, skipped } = result
  const violations = manifest.violations
  return {
    outputs: {
      'manifest-file': options.manifestFile,
      'checksums-file': options.checksumsFile,
      fingerprints: fingerprintsOutput(manifest),
      reproducible: manifest.reproducible === undefined ? '' : String(manifest.reproducible),
      violations: JSON.stringify(violations),
      'skipped-count': skipped.length,
      'sbom-file': result.sbomFile ?? ''
    },
    annotations: annotationsOf(result),
    summary: renderSummary(manifest),
    failureMessage:
      options.failOnViolation && violations.length > 0
        ? `${violations.length} violation(s): ${violations.join('; ')}`
        : undefined
  }
}
