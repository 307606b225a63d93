/** The audit for people: the job summary's markdown and the CLI's text. */
import { cell, codeCell } from '../../markdown.js'
import { formatBytes } from '../../units.js'
import type { AuditFlowResult, AuditViolation } from './flow.js'
import { platformLabel } from '../image.js'
import type { GoBinaryFacts, ImageAudit, PlatformAudit, WasteFinding } from './types.js'

/** 1234567 → "1.2 MB": decimal units, as dive and registries show image sizes. */
export function sizeText(bytes: number): string {
  return formatBytes(bytes, 'decimal')
}

export function percentText(efficiency: number): string {
  return `${(efficiency * 100).toFixed(1)} %`
}

function lineRef(result: AuditFlowResult, line: number | undefined): string {
  return line === undefined || result.dockerfile === undefined ? '' : `${result.dockerfile}:${line}`
}

function targetOf(binary: GoBinaryFacts): string {
  const level = binary.archLevel ? ` ${binary.archLevel.key}=${binary.archLevel.value}` : ''
  return `${binary.goos}/${binary.goarch}${level}`
}

function violationWhere(v: AuditViolation): string {
  return [v.image, v.platform, v.path].filter(part => part !== undefined).join(' ')
}

function headline(result: AuditFlowResult, icons: boolean): string {
  const failing = result.violations.filter(v => v.fails).length
  const reported = result.violations.length - failing
  const platforms = result.images.reduce((n, image) => n + image.platforms.length, 0)
  const icon = (mark: string) => (icons ? `${mark} ` : '')
  const verdict =
    failing > 0
      ? `${icon('❌')}${failing} failing violation(s)${reported > 0 ? `, ${reported} reported` : ''}`
      : reported > 0
        ? `${icon('⚠️')}${reported} violation(s) reported (not in fail-on)`
        : `${icon('✅')}no violation`
  return `${verdict} · ${result.images.length} image(s), ${platforms} platform(s) · wasted ${sizeText(result.wastedBytes)} · lowest efficiency ${percentText(result.efficiency)} · ${result.goBinaries.length} Go binaries`
}

function layerTable(result: AuditFlowResult, audit: PlatformAudit): string[] {
  const rows = audit.layers.map(layer =>
    [
      String(layer.index + 1),
      sizeText(layer.size),
      sizeText(layer.fileBytes),
      `+${layer.added} ~${layer.changed} −${layer.deleted}`,
      layer.wastedBytes > 0 ? sizeText(layer.wastedBytes) : '—',
      codeCell(layer.createdBy ?? '', { max: 100 }) || '—',
      cell(lineRef(result, layer.dockerfileLine)) || '—'
    ].join(' | ')
  )
  return [
    '| layer | stored | files | +added ~changed −deleted | wasted | created by | Dockerfile |',
    '|---:|---:|---:|---|---:|---|---|',
    ...rows.map(row => `| ${row} |`)
  ]
}

function binaryTable(audit: PlatformAudit): string[] {
  if (audit.goBinaries.length === 0) return ['No Go binary in this platform.']
  return [
    '| path | Go | GOOS/GOARCH | cgo | trimpath | main module | revision |',
    '|---|---|---|---|---|---|---|',
    ...audit.goBinaries.map(
      b =>
        `| ${[
          codeCell(b.path),
          cell(b.goVersion),
          cell(targetOf(b)),
          cell(b.cgo),
          b.trimpath ? 'yes' : 'no',
          codeCell(`${b.mainModule}${b.mainVersion ? `@${b.mainVersion}` : ''}`) || '—',
          codeCell(b.vcsRevision?.slice(0, 12) ?? '') || '—'
        ].join(' | ')} |`
    )
  ]
}

/** The first few sample paths, and how many more the finding has. */
function pathsText(finding: WasteFinding): string {
  const shown = finding.paths.slice(0, 3)
  const more = finding.pathCount - shown.length
  return `${codeCell(shown.join(', '), { max: 80 })}${more > 0 ? ` (+${more} more)` : ''}`
}

function findingTable(result: AuditFlowResult, findings: WasteFinding[]): string[] {
  if (findings.length === 0) return []
  return [
    '',
    '| waste | layer | bytes | paths | fix | Dockerfile |',
    '|---|---:|---:|---|---|---|',
    ...findings.map(
      f =>
        `| ${[
          cell(f.kind),
          String(f.layer + 1),
          sizeText(f.bytes),
          pathsText(f),
          cell(f.fix),
          cell(lineRef(result, f.dockerfileLine)) || '—'
        ].join(' | ')} |`
    )
  ]
}

function platformSection(
  result: AuditFlowResult,
  image: ImageAudit,
  audit: PlatformAudit
): string[] {
  return [
    `### ${codeCell(image.source)} ${cell(platformLabel(audit.platform))}`,
    '',
    `${sizeText(audit.totalBytes)} in layers, wasted ${sizeText(audit.wastedBytes)} (${audit.wastedPercent.toFixed(1)} %), efficiency ${percentText(audit.efficiency)}`,
    '',
    ...layerTable(result, audit),
    ...findingTable(result, audit.findings),
    '',
    ...binaryTable(audit),
    ''
  ]
}

export function renderSummary(result: AuditFlowResult): string {
  const lines = ['## image-audit', '', headline(result, true), '']
  for (const image of result.images) {
    for (const audit of image.platforms) lines.push(...platformSection(result, image, audit))
    for (const skipped of image.skipped) {
      lines.push(
        `Skipped in ${codeCell(image.source)}: ${codeCell(skipped.digest)} ${cell(skipped.reason)}`,
        ''
      )
    }
  }
  if (result.violations.length > 0) {
    lines.push(
      '### Violations',
      '',
      '| | kind | where | what | Dockerfile |',
      '|---|---|---|---|---|'
    )
    for (const v of result.violations) {
      lines.push(
        `| ${v.fails ? '❌' : '⚠️'} | ${cell(v.kind)} | ${codeCell(violationWhere(v))} | ${cell(v.message)} | ${cell(lineRef(result, v.dockerfileLine)) || '—'} |`
      )
    }
    lines.push('')
  }
  const fixes = [
    ...new Set(result.images.flatMap(i => i.platforms.flatMap(p => p.findings.map(f => f.fix))))
  ]
  if (fixes.length > 0) {
    lines.push('### Fixes', '', ...fixes.map(fix => `- ${cell(fix)}`), '')
  }
  const clusters = result.clusters
  if (clusters && clusters.clusters.length > 0) {
    lines.push(
      '### Shared across images',
      '',
      `A shared base would save ${sizeText(clusters.duplicatedBytes)}.`,
      '',
      '| kind | digest | size | in | duplicated |',
      '|---|---|---:|---|---:|'
    )
    for (const c of clusters.clusters.slice(0, 20)) {
      const members = c.members.map(m => `${m.image} ${m.platform}${m.path ? ` ${m.path}` : ''}`)
      lines.push(
        `| ${c.kind} | ${codeCell(c.digest.slice(0, 19))} | ${sizeText(c.size)} | ${cell(members.join('; '), { max: 200 })} | ${sizeText(c.duplicatedBytes)} |`
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

export function renderText(result: AuditFlowResult): string {
  const lines: string[] = []
  for (const image of result.images) {
    lines.push(
      `${image.source}: ${image.format}${image.isIndex ? ' (index)' : ''}, ${image.platforms.length} platform(s)`
    )
    for (const audit of image.platforms) {
      lines.push(
        '',
        `${platformLabel(audit.platform)}: ${sizeText(audit.totalBytes)}, wasted ${sizeText(audit.wastedBytes)} (${audit.wastedPercent.toFixed(1)} %), efficiency ${percentText(audit.efficiency)}`
      )
      for (const layer of audit.layers) {
        const where = lineRef(result, layer.dockerfileLine)
        lines.push(
          `  layer ${layer.index + 1}: ${sizeText(layer.size)} stored, +${layer.added} ~${layer.changed} -${layer.deleted}${layer.wastedBytes > 0 ? `, wasted ${sizeText(layer.wastedBytes)}` : ''}${where ? ` (${where})` : ''}${layer.createdBy ? `  ${layer.createdBy}` : ''}`
        )
      }
      for (const f of audit.findings) {
        const where = lineRef(result, f.dockerfileLine)
        lines.push(
          `  waste ${f.kind} ${sizeText(f.bytes)} in layer ${f.layer + 1}${where ? ` (${where})` : ''}: ${f.message}; fix: ${f.fix}`
        )
      }
      for (const b of audit.goBinaries) {
        lines.push(
          `  go binary ${b.path}: ${b.goVersion} ${targetOf(b)} cgo=${b.cgo} trimpath=${b.trimpath} ${b.mainModule}${b.vcsRevision ? ` ${b.vcsRevision.slice(0, 12)}` : ''}`
        )
      }
    }
    for (const skipped of image.skipped)
      lines.push(`  skipped ${skipped.digest}: ${skipped.reason}`)
  }
  if (result.clusters && result.clusters.duplicatedBytes > 0) {
    lines.push(
      '',
      `shared across images: a shared base would save ${sizeText(result.clusters.duplicatedBytes)}`
    )
  }
  if (result.sbomFile) lines.push('', `SBOM: ${result.sbomFile}`)
  lines.push('', headline(result, false))
  for (const v of result.violations) {
    const where = lineRef(result, v.dockerfileLine)
    lines.push(
      `${v.fails ? 'FAIL' : 'WARN'} ${v.kind}: ${violationWhere(v)}: ${v.message}${where ? ` (${where})` : ''}`
    )
  }
  return lines.join('\n') + '\n'
}
