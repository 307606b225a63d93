import path from 'node:path'
import { ConfigurationError, getErrorMessage } from '../../core/errors.js'
import {
  callSiteMessage,
  DEFAULT_GOVULNCHECK_VERSION,
  FAIL_ON_VALUES,
  goRelease,
  isGovulncheckFailure,
  manifestMessage,
  runVulnGate,
  SEVERITY_THRESHOLDS,
  UNKNOWN_SEVERITY_VALUES,
  vulnerabilitiesOutput,
  type FailOnReachability,
  type GovulncheckRequest,
  type ScanLevel,
  type SeverityThreshold,
  type UnknownSeverityPolicy,
  type VulnerabilityReport
} from '../../core/vuln/index.js'
import {
  ExitCode,
  parseCommandArgs,
  printJson,
  stderrLogger,
  type CliIO,
  type Command
} from '../command.js'

const help = `Usage: go-ci-kit vuln [options] --input FILE
       go-ci-kit vuln [options] [-- GOVULNCHECK_ARGS...]

Gate on govulncheck's findings: read a saved \`govulncheck -json\` stream
(--input), or run govulncheck with the arguments after \`--\` (default
\`-json ./...\`; -json is added when missing). Findings are classified as
called, imported or required, checked against the policy and the allow-list,
and reported as text, JSON and SARIF.

Options:
  --input FILE               a saved \`govulncheck -json\` stream (not text or SARIF)
  -C, --dir DIR              where the code is and govulncheck runs (default: current directory)
  --root DIR                 repository root for reported paths (default: the git root above DIR)
  --fail-on LEVEL            called | imported | required | none (default: called)
  --severity-threshold SEV   low | medium | high | critical (default: low); needs advisory lookups
  --unknown-severity POLICY  fail | pass: whether a vulnerability of unknown severity can block (default: fail)
  --ignore-file FILE         osv-scanner.toml allow-list ([[IgnoredVulns]] id / ignoreUntil / reason);
                             default: osv-scanner.toml in DIR when it exists
  --sarif OUT                write SARIF 2.1.0 for code scanning to OUT
  --vex OUT                  write an OpenVEX document (as govulncheck -format openvex) to OUT
  --sarif-category CAT       automationDetails.id category (default: govulncheck-gate/<mode>/<dir>)
  --json-file OUT            keep the govulncheck stream at OUT when the command runs govulncheck
  --offline                  no GitHub Advisory lookups: every severity is unknown
  --govulncheck-version V    installed with \`go install\` when govulncheck is not on PATH (default: ${DEFAULT_GOVULNCHECK_VERSION})
  --json                     print one JSON document on stdout (logs go to stderr)
  -h, --help                 show this help

Severities come from the GitHub Advisory Database (GET /advisories/{ghsa_id})
at GITHUB_API_URL (default https://api.github.com), with GITHUB_TOKEN or
GH_TOKEN when set. If it cannot be reached the run warns and severities are
unknown.

Exit codes:
  0  the gate passed
  1  the gate failed: vulnerabilities block (listed with their fixes)
  2  usage or configuration error (bad option, bad ignore file, unreadable or malformed --input)
  3  govulncheck failed (build errors, Go version mismatch, install failure, malformed output)

Examples:
  govulncheck -json ./... > vuln.json && go-ci-kit vuln --input vuln.json --sarif vuln.sarif
  go-ci-kit vuln --fail-on imported -- -tags integration ./...
  go-ci-kit vuln -- -mode binary ./bin/server
`

const options = {
  input: { type: 'string' },
  dir: { type: 'string', short: 'C' },
  root: { type: 'string' },
  'fail-on': { type: 'string' },
  'severity-threshold': { type: 'string' },
  'unknown-severity': { type: 'string' },
  'ignore-file': { type: 'string' },
  sarif: { type: 'string' },
  vex: { type: 'string' },
  'sarif-category': { type: 'string' },
  'json-file': { type: 'string' },
  offline: { type: 'boolean' },
  'govulncheck-version': { type: 'string' },
  json: { type: 'boolean' }
} as const

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback
  const match = allowed.find(a => a === value.toLowerCase())
  if (!match) {
    throw new ConfigurationError(
      `vuln: --${name} must be one of ${allowed.join(', ')}, got "${value}"`
    )
  }
  return match
}

function textReport(
  vulns: VulnerabilityReport[],
  binaryMode: boolean,
  scanLevel: ScanLevel
): string {
  const lines: string[] = []
  for (const v of vulns) {
    const severity =
      v.severity.score !== undefined ? `${v.severity.label} ${v.severity.score}` : v.severity.label
    const where = v.stdlib
      ? `Go standard library${v.version ? ` ${goRelease(v.version)}` : ''}`
      : `${v.module}${v.version ? `@${v.version}` : ''}`
    lines.push(
      `${v.status.toUpperCase().padEnd(8)} ${v.id}  ${v.found}  severity ${severity}  ${where}`
    )
    if (v.summary) lines.push(`         ${v.summary}`)
    for (const site of v.callSites.slice(0, 5))
      lines.push(`         ${site.path}:${site.line}: ${callSiteMessage(v, site)}`)
    if (v.callSites.length === 0)
      for (const site of v.manifestSites.slice(0, 5))
        lines.push(
          `         ${site.path}:${site.line}: ${manifestMessage(v, site, binaryMode, scanLevel)}`
        )
    lines.push(`         ${v.status === 'ignored' ? v.reason : `fix: ${v.upgrades[0] ?? v.fix}`}`)
  }
  return lines.join('\n')
}

export const vulnCommand: Command = {
  name: 'vuln',
  summary: 'Run govulncheck (or read its output) and gate on the findings',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const separator = argv.indexOf('--')
    const own = separator >= 0 ? argv.slice(0, separator) : argv
    const passThrough = separator >= 0 ? argv.slice(separator + 1) : undefined
    const { values } = parseCommandArgs('vuln', own, options, false)
    if (values.input && passThrough) {
      throw new ConfigurationError(
        'vuln: --input reads a saved stream, so it cannot be combined with -- govulncheck arguments'
      )
    }
    const failOn: FailOnReachability = choice(
      'fail-on',
      values['fail-on'],
      FAIL_ON_VALUES,
      'called'
    )
    const severityThreshold: SeverityThreshold = choice(
      'severity-threshold',
      values['severity-threshold'],
      SEVERITY_THRESHOLDS,
      'low'
    )
    const unknownSeverity: UnknownSeverityPolicy = choice(
      'unknown-severity',
      values['unknown-severity'],
      UNKNOWN_SEVERITY_VALUES,
      'fail'
    )

    const request: GovulncheckRequest = values.input
      ? { kind: 'saved', file: path.resolve(io.cwd, values.input) }
      : {
          kind: 'arguments',
          args: passThrough ?? [],
          govulncheckVersion: values['govulncheck-version'] ?? DEFAULT_GOVULNCHECK_VERSION
        }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined
    try {
      const result = await runVulnGate({
        root: values.root ? path.resolve(io.cwd, values.root) : undefined,
        workingDirectory: path.resolve(io.cwd, values.dir ?? '.'),
        request,
        env: io.env,
        jsonFile: values['json-file'] ? path.resolve(io.cwd, values['json-file']) : undefined,
        sarifFile: values.sarif ? path.resolve(io.cwd, values.sarif) : undefined,
        vexFile: values.vex ? path.resolve(io.cwd, values.vex) : undefined,
        inputNames: {
          workingDirectory: '--dir (or govulncheck -C)',
          inputFile: '--input',
          sarifFile: '--sarif',
          jsonFile: '--json-file',
          vexFile: '--vex'
        },
        sarifCategory: values['sarif-category'],
        failOn,
        severityThreshold,
        unknownSeverity,
        ignoreFile: values['ignore-file'] ? path.resolve(io.cwd, values['ignore-file']) : undefined,
        advisories: values.offline
          ? undefined
          : { apiUrl: io.env.GITHUB_API_URL, token, component: 'vuln' },
        logger: stderrLogger(io)
      })
      const { report } = result
      if (values.json) {
        printJson(io, {
          passed: report.passed,
          counts: report.counts,
          scan: report.scan,
          policy: {
            failOn,
            severityThreshold,
            unknownSeverity,
            allowListFile: report.policy.allowListFile
          },
          vulnerabilities: vulnerabilitiesOutput(report),
          ...(result.sarifFile ? { sarifFile: result.sarifFile } : {}),
          ...(result.vexFile ? { vexFile: result.vexFile } : {}),
          ...(values.input || values['json-file'] ? { jsonFile: result.jsonFile } : {}),
          ...(report.severityUnavailable
            ? { severityUnavailable: report.severityUnavailable }
            : {}),
          ...(report.failureMessage ? { failureMessage: report.failureMessage } : {})
        })
      } else {
        const text = textReport(
          report.vulnerabilities,
          report.scan.mode === 'binary',
          report.scan.level
        )
        if (text) io.stdout(`${text}\n\n`)
        io.stdout(
          report.passed
            ? `PASS: ${report.vulnerabilities.length} vulnerabilities found, none blocks (fail-on: ${failOn})\n`
            : `FAIL: ${report.failureMessage}\n`
        )
        if (result.sarifFile) io.stdout(`SARIF: ${result.sarifFile}\n`)
        if (result.vexFile) io.stdout(`OpenVEX: ${result.vexFile}\n`)
      }
      return report.passed ? ExitCode.ok : ExitCode.gateFailed
    } catch (error) {
      // govulncheck's own failures are tool failures (3); a bad --input file is the user's (2, via the dispatcher).
      if (!isGovulncheckFailure(error, request)) throw error
      const message = getErrorMessage(error)
      if (values.json) printJson(io, { error: { message, kind: 'tool' } })
      io.stderr(`go-ci-kit: ${message}\n`)
      return ExitCode.toolFailed
    }
  }
}
