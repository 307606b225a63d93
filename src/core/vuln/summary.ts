/**
 * The job summary: a verdict line, a table sorted by severity and
 * reachability, the `go get` lines that fix what was found, and notes about
 * expired allow-list entries and unknown severities. Kept well under GitHub's
 * 1 MiB step-summary limit by capping the rows.
 */
import { describeEntry, formatDate } from './allowlist.js'
import { scanLimit } from './vulnerability-verdict.js'
import type { GateReport, VulnerabilityReport } from './gate.js'
import { goRelease } from './symbols.js'
import { cell, codeCell } from '../markdown.js'
import { ANNOTATIONS_PER_LEVEL } from '../report.js'

export const MAX_SUMMARY_ROWS = 300

const STATUS_TEXT = {
  blocking: '❌ blocking',
  allowed: '⚠️ allowed',
  ignored: '🔕 ignored'
} as const

function severityCell(v: VulnerabilityReport): string {
  if (v.severity.label === 'unknown') return 'unknown'
  return v.severity.score !== undefined
    ? `${v.severity.label} (${v.severity.score.toFixed(1)})`
    : v.severity.label
}

function moduleCell(v: VulnerabilityReport): string {
  return v.modules
    .map(m =>
      m.path === 'stdlib' || m.path === 'toolchain'
        ? `Go standard library${m.version ? ` ${goRelease(m.version)}` : ''}`
        : `${codeCell(m.path)}${m.version ? ` ${m.version}` : ''}`
    )
    .join('<br>')
}

function fixedCell(v: VulnerabilityReport): string {
  if (!v.fixed) return 'no fix yet'
  return v.stdlib ? `Go ${goRelease(v.fixed)}` : v.fixed
}

export function buildVulnJobSummary(
  report: GateReport,
  options: { droppedAnnotations?: number } = {}
): string {
  const lines: string[] = []
  const total = report.vulnerabilities.length
  const verdict = report.passed
    ? `✅ govulncheck-gate passed`
    : `❌ govulncheck-gate failed: ${report.counts.blocking} blocking ${report.counts.blocking === 1 ? 'vulnerability' : 'vulnerabilities'}`
  lines.push(`### ${verdict}`, '')
  const scan = report.scan
  const facts = [
    scan.scanner,
    `${scan.mode} mode`,
    `${scan.level} level`,
    scan.goVersion ? `Go ${goRelease(scan.goVersion)}` : undefined,
    scan.db
      ? `database ${scan.db}${scan.dbLastModified ? ` (modified ${scan.dbLastModified})` : ''}`
      : undefined
  ].filter(Boolean)
  lines.push(`Scanned with ${facts.join(', ')}.`, '')
  if (scan.warnings.length > 0) {
    lines.push(
      '> [!WARNING]',
      ...scan.warnings.map(warning => `> govulncheck: ${cell(warning)}`),
      ''
    )
  }
  const policy = report.policy
  lines.push(
    `Policy: fail on \`${policy.failOn}\`, severity ≥ \`${policy.severityThreshold}\`, unknown severity \`${policy.unknownSeverity}\`${policy.allowListFile ? `, allow-list \`${policy.allowListFile}\`` : ''}.`,
    ''
  )
  if (total === 0) {
    lines.push('No vulnerabilities found.', '')
    return lines.join('\n')
  }
  const { called, imported, required, mayBeAffected, ignored } = report.counts
  const found =
    scan.level === 'symbol'
      ? `${called} called, ${imported} imported only, ${required} required only`
      : `${mayBeAffected} may be affected (${scanLimit(scan.level)}), ${scan.level === 'package' ? `${required} required only` : ''}`.replace(
          /, $/,
          ''
        )
  lines.push(
    `Found ${total} ${total === 1 ? 'vulnerability' : 'vulnerabilities'}: ${found}, ${ignored} ignored.`,
    ''
  )
  lines.push(
    '| Severity | Vulnerability | Found | Module | Fixed in | Status |',
    '|---|---|---|---|---|---|'
  )
  for (const v of report.vulnerabilities.slice(0, MAX_SUMMARY_ROWS)) {
    const aliases = v.aliases.length > 0 ? `<br>${cell(v.aliases.join(', '))}` : ''
    const summary = v.summary ? `<br>${cell(v.summary)}` : ''
    lines.push(
      `| ${severityCell(v)} | [${v.id}](${v.url})${aliases}${summary} | ${v.found.replace(/-/g, ' ')} | ${moduleCell(v)} | ${fixedCell(v)} | ${STATUS_TEXT[v.status]} |`
    )
  }
  if (total > MAX_SUMMARY_ROWS) {
    lines.push(
      '',
      `…and ${total - MAX_SUMMARY_ROWS} more; the full list is in the \`vulnerabilities\` output and the SARIF file.`
    )
  }
  lines.push('')

  const upgrades = [
    ...new Set(report.vulnerabilities.filter(v => v.status !== 'ignored').flatMap(v => v.upgrades))
  ]
  const moduleUpgrades = upgrades.filter(line => !line.startsWith('go get toolchain@'))
  const goUpgrades = upgrades.filter(line => line.startsWith('go get toolchain@'))
  if (upgrades.length > 0) {
    lines.push('#### Upgrade', '', '```sh', ...moduleUpgrades)
    if (goUpgrades.length > 0) {
      // Several stdlib fixes: the newest Go covers them all.
      const newest = goUpgrades.sort(compareToolchains).at(-1)!
      lines.push(
        `# standard library: build with Go ${newest.replace('go get toolchain@go', '')} or later (setup-go go-version), or pin it:`,
        newest
      )
    }
    lines.push('```', '')
  }

  const notes: string[] = []
  for (const v of report.vulnerabilities) {
    if (v.expiredEntry) {
      notes.push(
        `- ${describeEntry(v.expiredEntry)} expired on ${formatDate(v.expiredEntry.ignoreUntil!)}, so ${v.id} is no longer ignored.`
      )
    }
    if (v.ignoredBy) notes.push(`- ${v.id} is ${v.reason}.`)
  }
  for (const entry of report.unusedIgnores)
    notes.push(`- ${describeEntry(entry)} matched nothing in this scan.`)
  for (const v of report.vulnerabilities.filter(x => x.stdlib && x.status !== 'ignored')) {
    notes.push(
      `- ${v.id} is in the Go standard library${v.version ? ` (Go ${goRelease(v.version)})` : ''}: ${v.fixed ? `fixed in Go ${goRelease(v.fixed)}` : 'no Go release fixes it yet'}.`
    )
  }
  if (report.severityUnavailable) {
    notes.push(`- Severities are unknown: ${report.severityUnavailable}.`)
  } else if (!report.severityLookups) {
    notes.push('- Severity lookups were off, so every severity is unknown.')
  }
  if (options.droppedAnnotations) {
    notes.push(
      `- ${options.droppedAnnotations} annotations were not shown (GitHub displays ${ANNOTATIONS_PER_LEVEL} per level per step).`
    )
  }
  if (notes.length > 0) lines.push('#### Notes', '', ...notes.slice(0, MAX_SUMMARY_ROWS), '')
  return lines.join('\n')
}

function compareToolchains(a: string, b: string): number {
  const parts = (line: string) => line.replace('go get toolchain@go', '').split('.').map(Number)
  const x = parts(a)
  const y = parts(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}
