/**
 * An OpenVEX document (v0.2.0) from the gate's classification, shaped like
 * govulncheck's own `-format openvex` (golang.org/x/vuln internal/openvex):
 * one statement per vulnerability found, `affected` when the finding reaches
 * the scan's level (called at -scan symbol; may be affected at package or
 * module level), otherwise `not_affected` with the justification
 * `vulnerable_code_not_in_execute_path` (imported, not called) or
 * `vulnerable_code_not_present` (required, not imported). Allow-list entries
 * do not change a status: VEX states what the code does, not the policy.
 */
import { createHash } from 'node:crypto'
import type { GateReport, VulnerabilityReport } from './gate.js'

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0'
const IMPACT = "Govulncheck determined that the vulnerable code isn't called"

export interface OpenVexOptions {
  now: Date
  /** Named in `tooling`, e.g. "go-ci-kit govulncheck-gate 0.1.0". */
  tooling: string
}

type Json = Record<string, unknown>

/** Go's url.PathEscape: like encodeURIComponent, but keeps the sub-delimiters a path segment allows. */
function pathEscape(text: string): string {
  return encodeURIComponent(text).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  )
}

function purl(module: string, version: string | undefined): string {
  return `pkg:golang/${pathEscape(module)}${version ? `@${version}` : ''}`
}

function statement(v: VulnerabilityReport): Json {
  // The vulnerable modules of the strongest findings, as govulncheck lists them.
  const subcomponents: { '@id': string }[] = []
  for (const finding of v.record.findings) {
    if (finding.level !== v.reachability) continue
    const id = purl(finding.vulnerable.module, finding.vulnerable.version)
    if (!subcomponents.some(c => c['@id'] === id)) subcomponents.push({ '@id': id })
  }
  const description = v.summary ?? v.details
  const result: Json = {
    vulnerability: {
      '@id': `https://pkg.go.dev/vuln/${v.id}`,
      name: v.id,
      ...(description ? { description } : {}),
      ...(v.aliases.length > 0 ? { aliases: v.aliases } : {})
    },
    products: [{ '@id': 'Unknown Product', subcomponents }]
  }
  if (v.found === 'called' || v.found === 'may-be-affected') {
    result.status = 'affected'
  } else {
    result.status = 'not_affected'
    result.justification =
      v.found === 'imported' ? 'vulnerable_code_not_in_execute_path' : 'vulnerable_code_not_present'
    result.impact_statement = IMPACT
  }
  return result
}

export function buildOpenVex(report: GateReport, options: OpenVexOptions): Json {
  const statements = report.vulnerabilities.map(statement).sort((a, b) => {
    const x = (a.vulnerability as Json)['@id'] as string
    const y = (b.vulnerability as Json)['@id'] as string
    return x < y ? -1 : x > y ? 1 : 0
  })
  const body = {
    '@context': OPENVEX_CONTEXT,
    author: 'Unknown Author',
    version: 1,
    tooling: options.tooling,
    statements
  }
  // A content id, as govulncheck's: the same findings give the same @id at any time.
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': `govulncheck-gate/vex:${digest}`,
    author: body.author,
    timestamp: options.now.toISOString(),
    version: 1,
    tooling: options.tooling,
    statements
  }
}
