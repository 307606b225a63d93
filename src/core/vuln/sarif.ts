/**
 * SARIF 2.1.0 written from the gate's report rather than by govulncheck, to
 * fix what code scanning rejects or misplaces in govulncheck's own SARIF:
 * every result has a location in the repository (the call site, or the right
 * go.mod line; binary mode included), call paths are `codeFlows`, stacks and
 * tags are unique, rules carry `security-severity` when the severity is known,
 * and the run has a stable `automationDetails.id`. Ignored vulnerabilities are
 * left out so their alerts close.
 */
import { createHash } from 'node:crypto'
// Values from their own small modules, types from the face: the sarif face would pull
// the schema validators into the gate's bundle.
import { GITHUB_LIMITS } from '../sarif/github-limits.js'
import { SARIF_SCHEMA_URI, SARIF_VERSION } from '../sarif/types.js'
import type {
  Level,
  Location,
  PropertyBag,
  ReportingDescriptor,
  SarifLog,
  SarifRegion,
  SarifResult,
  ToolComponent
} from '../sarif/index.js'
import type { GateReport, VulnerabilityReport } from './gate.js'
import type { ModuleLayout } from './layout.js'
import { callSiteMessage, manifestMessage, vulnerabilityLabel } from './messages.js'
import { locateFrame } from './paths.js'
import type { SeverityInfo } from './advisory-severity.js'
import { symbolName } from './symbols.js'
import type { Frame } from './types.js'

const MAX_FLOWS_PER_RESULT = 20

/** The CVSS band's middle, for advisories with a label but no score, so code scanning ranks them right. */
const BAND_SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' } as const

export interface SarifOptions {
  /** Code scanning category; the run's automationDetails.id is `<category>/`. */
  category: string
  toolVersion?: string
}

/** A rule's `security-severity` property (a CVSS score as text), undefined when the severity is unknown. */
export function securitySeverityProperty(severity: SeverityInfo): string | undefined {
  if (severity.score !== undefined) return severity.score.toFixed(1)
  return severity.label === 'unknown' ? undefined : BAND_SCORE[severity.label]
}

export function buildSarif(
  report: GateReport,
  layout: ModuleLayout,
  options: SarifOptions
): SarifLog {
  const reported = report.vulnerabilities.filter(v => v.status !== 'ignored')
  const rules = reported.map(rule)
  const results = reported.flatMap((v, index) => resultsFor(v, index, layout, report.scan))
  const scanner = report.scan.scannerVersion
  const driver: ToolComponent = {
    name: 'govulncheck',
    informationUri: 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck',
    rules,
    properties: {
      converter: `go-ci-kit govulncheck-gate${options.toolVersion ? ` ${options.toolVersion}` : ''}`,
      scan_mode: report.scan.mode,
      scan_level: report.scan.level,
      ...(report.scan.goVersion ? { go_version: report.scan.goVersion } : {}),
      ...(report.scan.db ? { db: report.scan.db } : {}),
      ...(report.scan.dbLastModified ? { db_last_modified: report.scan.dbLastModified } : {})
    }
  }
  if (scanner) {
    driver.version = scanner
    const semver = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(scanner)?.[1]
    if (semver) driver.semanticVersion = semver
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver },
        automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
        results,
        properties: {
          passed: report.passed,
          counts: report.counts,
          policy: {
            failOn: report.policy.failOn,
            severityThreshold: report.policy.severityThreshold,
            unknownSeverity: report.policy.unknownSeverity
          }
        }
      }
    ]
  }
}

function truncate(text: string, max = GITHUB_LIMITS.maxDescriptionLength): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function rule(v: VulnerabilityReport): ReportingDescriptor {
  const summary = v.summary ?? v.details?.split('\n')[0] ?? v.id
  const details = v.details ?? summary
  const fixLine = v.fixed ? `Fixed in ${v.fix}.` : 'No fixed version yet.'
  const upgrade = v.upgrades.length > 0 ? `\n\nUpgrade:\n${v.upgrades.join('\n')}` : ''
  const tags = [...new Set(['security', 'vulnerability', ...v.aliases])].slice(
    0,
    GITHUB_LIMITS.maxTagsPerRule
  )
  const properties: PropertyBag = { tags, precision: v.found === 'called' ? 'high' : 'medium' }
  const score = securitySeverityProperty(v.severity)
  if (score !== undefined) properties['security-severity'] = score
  return {
    id: v.id,
    shortDescription: { text: truncate(`${v.id}: ${summary}`) },
    fullDescription: { text: truncate(details) },
    help: {
      text: `${details}\n\n${fixLine}${upgrade}\n\nMore: ${v.url}`,
      markdown: `**${vulnerabilityLabel(v)}**\n\n${details}\n\n${fixLine}${upgrade ? `\n\n\`\`\`sh\n${v.upgrades.join('\n')}\n\`\`\`` : ''}\n\n[${v.id}](${v.url})`
    },
    helpUri: v.url,
    defaultConfiguration: { level: resultLevel(v) },
    properties
  }
}

function resultLevel(v: VulnerabilityReport): Level {
  if (v.status === 'blocking') return 'error'
  return v.found === 'called' || v.found === 'may-be-affected' ? 'warning' : 'note'
}

function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}

function resultProperties(v: VulnerabilityReport): PropertyBag {
  return {
    found: v.found,
    status: v.status,
    module: v.module,
    ...(v.version ? { version: v.version } : {}),
    ...(v.fixed ? { fixed: v.fixed } : {}),
    severity: v.severity.label
  }
}

function resultsFor(
  v: VulnerabilityReport,
  ruleIndex: number,
  layout: ModuleLayout,
  scan: GateReport['scan']
): SarifResult[] {
  const level = resultLevel(v)
  if (v.callSites.length > 0) {
    return v.callSites.map(site => {
      const flows = uniqueTraces(
        site.findings.slice(0, MAX_FLOWS_PER_RESULT * 2).map(f => f.trace())
      ).slice(0, MAX_FLOWS_PER_RESULT)
      return {
        ruleId: v.id,
        ruleIndex,
        level,
        message: { text: `${callSiteMessage(v, site)}.` },
        locations: [physical(site.path, site.line, site.column)],
        codeFlows: flows.map(trace => ({
          message: { text: trace.map(symbolName).reverse().join(' → ') },
          threadFlows: [
            {
              locations: [...trace]
                .reverse()
                .map(frame => ({ location: frameLocation(frame, layout) }))
            }
          ]
        })),
        stacks: flows.map(trace => ({
          message: { text: `${symbolName(trace[trace.length - 1])} → ${symbolName(trace[0])}` },
          frames: trace.map(frame => ({
            location: frameLocation(frame, layout),
            module: frame.version ? `${frame.module}@${frame.version}` : frame.module
          }))
        })),
        partialFingerprints: {
          'govulncheckGate/v1': fingerprint([v.id, 'call', site.caller, site.callee])
        },
        properties: resultProperties(v)
      }
    })
  }
  return v.manifestSites.map(site => ({
    ruleId: v.id,
    ruleIndex,
    level,
    message: { text: `${manifestMessage(v, site, scan.mode === 'binary', scan.level)}.` },
    locations: [physical(site.path, site.line)],
    partialFingerprints: {
      'govulncheckGate/v1': fingerprint([v.id, site.kind, site.module, site.path])
    },
    properties: { ...resultProperties(v), location: site.kind }
  }))
}

function physical(uri: string, line: number, column?: number): Location {
  const region: SarifRegion = { startLine: Math.max(1, line) }
  if (column !== undefined && column > 0) region.startColumn = column
  return { physicalLocation: { artifactLocation: { uri: encodeUri(uri) }, region } }
}

/** A path as a URI reference: keep `/` and `@`, escape what a URI cannot hold (spaces, `#`, `%`). */
export function encodeUri(relative: string): string {
  return relative
    .split('/')
    .map(segment => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/')
}

function frameLocation(frame: Frame, layout: ModuleLayout): Location {
  const message = {
    text: `${symbolName(frame)}${frame.version ? ` (${frame.module}@${frame.version})` : ''}`
  }
  const location = locateFrame(frame, layout)
  if (!location || location.kind === 'outside') return { message }
  const region: SarifRegion = { startLine: location.line }
  if (location.column) region.startColumn = location.column
  if (location.kind === 'repo') {
    return {
      physicalLocation: { artifactLocation: { uri: encodeUri(location.path) }, region },
      message
    }
  }
  // Outside the repository: govulncheck's own base ids, which code scanning accepts in flows.
  const uriBaseId = location.kind === 'stdlib' ? '%GOROOT%' : '%GOMODCACHE%'
  return {
    physicalLocation: { artifactLocation: { uri: encodeUri(location.uri), uriBaseId }, region },
    message
  }
}

function uniqueTraces(traces: Frame[][]): Frame[][] {
  const seen = new Set<string>()
  return traces.filter(trace => {
    const key = JSON.stringify(trace)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
