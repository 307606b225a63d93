/** Human-readable renderings: CLI text and the job summary table. */
import type { BinaryEntry, FingerprintManifest } from './manifest.js'
import { cell, codeCell } from '../markdown.js'

/**
 * A file name as a log line shows it: JSON-quoted when it holds a control character, so a
 * name with a newline can neither break the line nor start a workflow command.
 */
export function shownName(name: string): string {
  const hasControl = [...name].some(ch => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
  return hasControl ? JSON.stringify(name) : name
}

function target(b: BinaryEntry): string {
  return b.slices
    .map(s => {
      const d = s.dimensions
      const level = d.archLevel ? `/${d.archLevel.value}` : ''
      return `${d.goos}/${d.goarch}${level}`
    })
    .join(' + ')
}

function goVersions(b: BinaryEntry): string {
  return [...new Set(b.slices.map(s => s.goVersionRaw))].join(', ')
}

function cgo(b: BinaryEntry): string {
  return [...new Set(b.slices.map(s => s.dimensions.cgo))].join(', ')
}

function comparisonText(b: BinaryEntry): string {
  if (!b.comparison) return '—'
  if (b.comparison.reproducible) return 'identical'
  return b.comparison.classification
}

export function renderText(manifest: FingerprintManifest): string {
  const lines: string[] = []
  for (const b of manifest.binaries) {
    lines.push(`${b.name}`)
    lines.push(`  sha256 ${b.sha256}  size ${b.size}`)
    for (const s of b.slices) {
      const d = s.dimensions
      const prefix = s.fatArch ? `  [${s.fatArch}] ` : '  '
      lines.push(
        `${prefix}${d.goos}/${d.goarch}${d.archLevel ? ` ${d.archLevel.key}=${d.archLevel.value}` : ''} ${s.goVersionRaw} cgo=${d.cgo}` +
          (d.targetSource === 'file header' ? ' (target from file header)' : '')
      )
      lines.push(
        `${prefix}module ${s.main?.path ?? '(none)'} ${s.main?.version ?? ''}, ${s.deps.length} deps`
      )
      lines.push(`${prefix}build fingerprint ${s.buildFingerprint}`)
      for (const w of s.warnings) lines.push(`${prefix}warning: ${w}`)
    }
    for (const v of b.violations) lines.push(`  VIOLATION: ${v}`)
    const c = b.comparison
    if (c) {
      lines.push(
        `  compare-to ${c.against}: ${c.reproducible ? 'reproducible (identical bytes)' : c.classification}`
      )
      for (const d of c.buildInfoDifferences) lines.push(`    build info: ${d}`)
      for (const s of c.sections) {
        lines.push(
          `    section ${s.section}: ${s.ours ? s.ours.slice(0, 12) : '(absent)'} vs ${s.theirs ? s.theirs.slice(0, 12) : '(absent)'}: ${s.meaning}${s.stampingOnly ? ' [stamping]' : ''}`
        )
      }
    }
  }
  return lines.join('\n') + '\n'
}

export function renderSummary(manifest: FingerprintManifest): string {
  const rows = manifest.binaries.map(b =>
    [
      codeCell(b.name),
      cell(target(b)),
      cell(goVersions(b)),
      cell(cgo(b)),
      codeCell(`${b.sha256.slice(0, 16)}…`),
      String(b.size),
      codeCell(b.slices.map(s => s.buildFingerprint.slice(0, 12)).join(', ')),
      cell(comparisonText(b)),
      b.violations.length === 0 ? '✅' : `❌ ${cell(b.violations.join('; '))}`,
      b.slices.flatMap(s => s.warnings).length.toString()
    ].join(' | ')
  )
  return [
    '### Binary fingerprints',
    '',
    '| binary | target | Go | cgo | sha256 | size | build fingerprint | compare-to | expect | warnings |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(r => `| ${r} |`),
    ''
  ].join('\n')
}
