import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { collectingLogger } from '../../../src/core/report.js'
import { parseAllowList } from '../../../src/core/vuln/allowlist.js'
import { buildAnnotations } from '../../../src/core/vuln/annotations.js'
import { buildGateReport, type GateReport } from '../../../src/core/vuln/gate.js'
import { layoutFromModules, type ModuleLayout } from '../../../src/core/vuln/layout.js'
import type { GatePolicy } from '../../../src/core/vuln/vulnerability-verdict.js'
import { boundedOutput, vulnerabilitiesOutput } from '../../../src/core/vuln/outputs.js'
import { buildSarif } from '../../../src/core/vuln/sarif.js'
import { GITHUB_LIMITS, sarifValidators } from '../../../src/core/sarif/index.js'
import { oasisProblems } from '../sarif/oasis.js'
import { SeverityResolver, type AdvisoryFetcher } from '../../../src/core/vuln/advisory-severity.js'
import { parseGovulncheckStream } from '../../../src/core/vuln/stream.js'
import { buildVulnJobSummary } from '../../../src/core/vuln/summary.js'
import {
  APP_GO_MOD,
  WORKSPACE,
  appLayout,
  chunked,
  stream,
  v104BinaryStream,
  v104SourceStream,
  v11SourceStream
} from './fixtures.js'
import { codeScanningProblems, type SarifLog } from './sarif-rules.js'

const advisories: AdvisoryFetcher = {
  async fetchAdvisory(id) {
    if (id === 'GHSA-aaaa-bbbb-cccc')
      return { severity: 'high', cvss_severities: { cvss_v3: { score: 8.1 } } }
    if (id === 'GHSA-dddd-eeee-ffff')
      return { severity: 'low', cvss_severities: { cvss_v3: null, cvss_v4: null } }
    return undefined
  }
}

async function gate(
  text: string,
  policy: Partial<GatePolicy> = {},
  layout: ModuleLayout = appLayout(),
  options: { binary?: { file: string; mainModule?: string }; fetcher?: AdvisoryFetcher | null } = {}
): Promise<{ report: GateReport; logger: ReturnType<typeof collectingLogger> }> {
  const logger = collectingLogger()
  const scan = await parseGovulncheckStream(chunked(text, 4096), {
    sourceName: 'vuln.json',
    logger
  })
  const report = await buildGateReport({
    scan,
    layout,
    policy: {
      failOn: 'called',
      severityThreshold: 'low',
      unknownSeverity: 'fail',
      now: new Date('2026-01-01T00:00:00Z'),
      ...policy
    },
    severity: new SeverityResolver({
      fetcher: options.fetcher === null ? undefined : (options.fetcher ?? advisories),
      logger
    }),
    binary: options.binary,
    logger
  })
  return { report, logger }
}

describe('buildGateReport', () => {
  it('sorts by severity, then reachability, and fails on called vulnerabilities', async () => {
    const { report } = await gate(v104SourceStream())
    expect(report.vulnerabilities.map(v => [v.id, v.severity.label, v.found, v.status])).toEqual([
      ['GO-2098-0101', 'high', 'called', 'blocking'],
      ['GO-2098-0104', 'low', 'imported', 'allowed'],
      ['GO-2098-0103', 'unknown', 'called', 'blocking']
    ])
    expect(report.counts).toEqual({
      called: 2,
      imported: 1,
      required: 0,
      mayBeAffected: 0,
      ignored: 0,
      blocking: 2
    })
    expect(report.passed).toBe(false)
    expect(report.failureMessage).toBe(
      '2 vulnerabilities block the gate (fail-on: called, severity-threshold: low): ' +
        'GO-2098-0101 (called, severity high) in acme.test/parser@v1.4.1: fixed in acme.test/parser v1.4.2 (go get acme.test/parser@v1.4.2); ' +
        'GO-2098-0103 (called, severity unknown) in the Go 1.22.12 standard library: fixed in Go 1.22.99 (go get toolchain@go1.22.99)'
    )
  })

  it.each([
    ['called', ['GO-2098-0101', 'GO-2098-0103']],
    ['imported', ['GO-2098-0101', 'GO-2098-0104', 'GO-2098-0103']],
    ['required', ['GO-2098-0101', 'GO-2098-0104', 'GO-2098-0103']],
    ['none', []]
  ] as const)('fail-on %s blocks %j', async (failOn, blocking) => {
    const { report } = await gate(v104SourceStream(), { failOn })
    expect(report.blocking.map(v => v.id)).toEqual(blocking)
    expect(report.passed).toBe(blocking.length === 0)
  })

  it('applies the severity threshold and the unknown-severity policy', async () => {
    const high = await gate(v104SourceStream(), {
      severityThreshold: 'high',
      unknownSeverity: 'pass'
    })
    expect(high.report.blocking.map(v => v.id)).toEqual(['GO-2098-0101'])
    const critical = await gate(v104SourceStream(), {
      severityThreshold: 'critical',
      unknownSeverity: 'fail'
    })
    expect(critical.report.blocking.map(v => v.id)).toEqual(['GO-2098-0103'])
    expect(critical.report.vulnerabilities[0].reason).toBe(
      'called; severity high is below the threshold critical'
    )
  })

  it('ignores allow-listed ids through aliases and un-ignores expired entries, naming them', async () => {
    const allowList = parseAllowList(
      '[[IgnoredVulns]]\nid = "GHSA-aaaa-bbbb-cccc"\nreason = "trusted input only"\n\n[[IgnoredVulns]]\nid = "CVE-2098-0103"\nignoreUntil = 2025-06-30\nreason = "waiting for Go 1.22.99"\n\n[[IgnoredVulns]]\nid = "GO-2000-0001"\n',
      'osv-scanner.toml'
    )
    const { report, logger } = await gate(v104SourceStream(), { allowList })
    expect(report.vulnerabilities.map(v => [v.id, v.status])).toEqual([
      ['GO-2098-0101', 'ignored'],
      ['GO-2098-0104', 'allowed'],
      ['GO-2098-0103', 'blocking']
    ])
    expect(report.counts).toEqual({
      called: 1,
      imported: 1,
      required: 0,
      mayBeAffected: 0,
      ignored: 1,
      blocking: 1
    })
    expect(report.vulnerabilities[0].reason).toBe(
      'ignored by osv-scanner.toml:1 [[IgnoredVulns]] id = "GHSA-aaaa-bbbb-cccc" (trusted input only)'
    )
    expect(report.vulnerabilities[2].reason).toMatch(
      /the allow-list entry at osv-scanner\.toml:5 expired on 2025-06-30/
    )
    expect(logger.lines).toContainEqual({
      level: 'warning',
      message:
        'osv-scanner.toml:5 [[IgnoredVulns]] id = "CVE-2098-0103" until 2025-06-30 (waiting for Go 1.22.99) expired on 2025-06-30; GO-2098-0103 is no longer ignored'
    })
    expect(report.unusedIgnores.map(e => e.id)).toEqual(['GO-2000-0001'])
    const summary = buildVulnJobSummary(report)
    expect(summary).toContain(
      'osv-scanner.toml:5 [[IgnoredVulns]] id = "CVE-2098-0103" until 2025-06-30 (waiting for Go 1.22.99) expired on 2025-06-30, so GO-2098-0103 is no longer ignored.'
    )
    expect(summary).toContain('GO-2000-0001" matched nothing in this scan')
  })

  it('places call sites in the user code and imported findings on the go.mod require line', async () => {
    const { report } = await gate(v104SourceStream())
    const [parser, imponly, stdlib] = report.vulnerabilities
    expect(parser.callSites.map(s => [s.path, s.line, s.column, s.caller, s.callee])).toEqual([
      ['app/report/report.go', 6, 21, 'report.Summarize', 'parser.Parse']
    ])
    expect(imponly.callSites).toEqual([])
    expect(imponly.manifestSites).toEqual([
      { path: 'app/go.mod', line: 6, kind: 'require', module: 'acme.test/imponly' }
    ])
    expect(stdlib.callSites.map(s => [s.path, s.line, s.caller, s.callee])).toEqual([
      ['app/main.go', 11, 'app.main', 'url.Parse']
    ])
    expect(stdlib.manifestSites).toEqual([
      { path: 'app/go.mod', line: 3, kind: 'go', module: 'stdlib' }
    ])
    expect(stdlib.fix).toBe('Go 1.22.99')
  })

  it('handles module-relative positions from v1.1+', async () => {
    const { report } = await gate(v11SourceStream())
    expect(
      report.vulnerabilities[0].callSites.map(s => [s.path, s.line, s.caller, s.callee])
    ).toEqual([['app/report/report.go', 6, 'report.Summarize', 'parser.Parser.Parse']])
  })

  it('points binary findings at the go.mod the binary was built from', async () => {
    const layout = layoutFromModules(WORKSPACE, path.join(WORKSPACE, 'svc'), [
      {
        path: 'acme.test/svc',
        dir: path.join(WORKSPACE, 'svc'),
        goModText: 'module acme.test/svc\n\ngo 1.22\n\nrequire acme.test/parser v1.4.1\n'
      },
      { path: 'acme.test/app', dir: path.join(WORKSPACE, 'app'), goModText: APP_GO_MOD }
    ])
    const { report } = await gate(v104BinaryStream(), {}, layout, {
      binary: { file: '/tmp/bin/app', mainModule: 'acme.test/app' }
    })
    expect(report.scan.mode).toBe('binary')
    const [parser, stdlib] = report.vulnerabilities
    expect(parser.manifestSites).toEqual([
      { path: 'app/go.mod', line: 7, kind: 'require', module: 'acme.test/parser' }
    ])
    expect(stdlib.manifestSites).toEqual([
      { path: 'app/go.mod', line: 3, kind: 'go', module: 'stdlib' }
    ])
    const { annotations } = buildAnnotations(report)
    expect(annotations.map(a => [a.file, a.startLine, a.message])).toEqual([
      [
        'app/go.mod',
        7,
        'acme.test/parser v1.4.1 is linked into the binary with the vulnerable `parser.Parse`; affected by GO-2098-0101 (GHSA-aaaa-bbbb-cccc); fixed in acme.test/parser v1.4.2'
      ],
      [
        'app/go.mod',
        3,
        'The Go 1.22.12 standard library (net/url) is linked into the binary with the vulnerable `url.Parse`; affected by GO-2098-0103; fixed in Go 1.22.99'
      ]
    ])
  })

  it('falls back to the binary, then to go.mod in the working directory, when no go.mod is known', async () => {
    const bare = layoutFromModules(WORKSPACE, path.join(WORKSPACE, 'cmd'), [])
    const inRepo = await gate(v104BinaryStream(), {}, bare, {
      binary: { file: `${WORKSPACE}/bin/server` }
    })
    expect(inRepo.report.vulnerabilities[0].manifestSites).toEqual([
      { path: 'bin/server', line: 1, kind: 'binary', module: 'acme.test/parser' }
    ])
    const outside = await gate(v104BinaryStream(), {}, bare, { binary: { file: '/tmp/server' } })
    expect(outside.report.vulnerabilities[0].manifestSites).toEqual([
      { path: 'cmd/go.mod', line: 1, kind: 'fallback', module: 'acme.test/parser' }
    ])
  })
})

describe('annotations', () => {
  it('annotate the call site with the caller, the callee, the aliases and the fix', async () => {
    const { report } = await gate(v104SourceStream())
    const { annotations, dropped } = buildAnnotations(report)
    expect(dropped).toBe(0)
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'GO-2098-0101 [high]: Summary of GO-2098-0101',
        file: 'app/report/report.go',
        startLine: 6,
        endLine: 6,
        startColumn: 21,
        message:
          '`report.Summarize` calls `parser.Parse`, affected by GO-2098-0101 (CVE-2098-0101, GHSA-aaaa-bbbb-cccc); fixed in acme.test/parser v1.4.2'
      },
      {
        level: 'notice',
        title: 'GO-2098-0104 [low]: Summary of GO-2098-0104',
        file: 'app/go.mod',
        startLine: 6,
        endLine: 6,
        message:
          'acme.test/imponly v0.3.0 is imported, but its vulnerable code is not called; affected by GO-2098-0104 (GHSA-dddd-eeee-ffff); fixed in acme.test/imponly v0.3.1'
      },
      {
        level: 'error',
        title: 'GO-2098-0103: Summary of GO-2098-0103',
        file: 'app/main.go',
        startLine: 11,
        endLine: 11,
        startColumn: 19,
        message:
          '`app.main` calls `url.Parse`, affected by GO-2098-0103 (CVE-2098-0103); fixed in Go 1.22.99'
      }
    ])
    // Never on the standard library or the module cache.
    expect(annotations.every(a => a.file?.startsWith('app/'))).toBe(true)
  })

  it('keep to GitHub’s 10 per level and count the rest', async () => {
    const messages: unknown[] = [{ config: { scan_level: 'symbol', scan_mode: 'source' } }]
    for (let i = 0; i < 25; i++) {
      messages.push({
        finding: {
          osv: `GO-2099-${String(i).padStart(4, '0')}`,
          trace: [
            {
              module: 'acme.test/parser',
              version: 'v1.4.1',
              package: 'acme.test/parser',
              function: `F${i}`
            },
            {
              module: 'acme.test/app',
              package: 'acme.test/app',
              function: 'main',
              position: { filename: 'main.go', line: i + 1, column: 2 }
            }
          ]
        }
      })
    }
    const { report } = await gate(stream(messages), {}, appLayout(), { fetcher: null })
    const { annotations, dropped } = buildAnnotations(report)
    expect(annotations).toHaveLength(10)
    expect(dropped).toBe(15)
    expect(buildVulnJobSummary(report, { droppedAnnotations: dropped })).toContain(
      '15 annotations were not shown'
    )
  })
})

describe('job summary', () => {
  it('has a sorted table, the upgrade lines and the Go release for the standard library', async () => {
    const { report } = await gate(v104SourceStream())
    const summary = buildVulnJobSummary(report)
    expect(summary).toContain('### ❌ govulncheck-gate failed: 2 blocking vulnerabilities')
    const rows = summary
      .split('\n')
      .filter(line => line.startsWith('| ') && !line.startsWith('| Severity'))
    expect(rows.map(r => r.split(' | ')[0])).toEqual(['| high (8.1)', '| low', '| unknown'])
    expect(rows[0]).toContain(
      '[GO-2098-0101](https://pkg.go.dev/vuln/GO-2098-0101)<br>CVE-2098-0101, GHSA-aaaa-bbbb-cccc'
    )
    expect(rows[0]).toContain('| called | `acme.test/parser` v1.4.1 | v1.4.2 | ❌ blocking |')
    expect(rows[2]).toContain('| called | Go standard library 1.22.12 | Go 1.22.99 | ❌ blocking |')
    expect(summary).toContain(
      '```sh\ngo get acme.test/parser@v1.4.2\ngo get acme.test/imponly@v0.3.1\n# standard library: build with Go 1.22.99 or later'
    )
    expect(summary).toContain(
      '- GO-2098-0103 is in the Go standard library (Go 1.22.12): fixed in Go 1.22.99.'
    )
  })

  it('says so when nothing was found', async () => {
    const { report } = await gate(
      stream([
        { config: { scan_level: 'symbol', go_version: 'go1.22.12' } },
        { progress: { message: 'Scanning your code and 3 packages across 1 dependent module...' } }
      ])
    )
    expect(report.passed).toBe(true)
    expect(buildVulnJobSummary(report)).toContain('No vulnerabilities found.')
  })
})

describe('SARIF', () => {
  it('is valid for code scanning, with call sites, code flows and security-severity', async () => {
    const { report } = await gate(v104SourceStream())
    const sarif = buildSarif(report, appLayout(), {
      category: 'govulncheck-gate/source/app'
    }) as unknown as SarifLog
    expect(codeScanningProblems(sarif)).toEqual([])
    const run = sarif.runs[0]
    expect(run.automationDetails.id).toBe('govulncheck-gate/source/app/')
    expect(
      run.tool.driver.rules.map(r => [r.id, r.properties['security-severity'], r.properties.tags])
    ).toEqual([
      [
        'GO-2098-0101',
        '8.1',
        ['security', 'vulnerability', 'CVE-2098-0101', 'GHSA-aaaa-bbbb-cccc']
      ],
      ['GO-2098-0104', '2.0', ['security', 'vulnerability', 'GHSA-dddd-eeee-ffff']],
      ['GO-2098-0103', undefined, ['security', 'vulnerability', 'CVE-2098-0103']]
    ])
    const [parser, imponly, stdlib] = run.results
    expect(parser.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'app/report/report.go' },
      region: { startLine: 6, startColumn: 21 }
    })
    expect(parser.level).toBe('error')
    expect(
      parser.codeFlows?.[0].threadFlows[0].locations.map(
        l => l.location.physicalLocation.artifactLocation
      )
    ).toEqual([
      { uri: 'app/report/report.go' },
      { uri: 'acme.test/parser@v1.4.1/parser.go', uriBaseId: '%GOMODCACHE%' }
    ])
    expect(imponly).toMatchObject({
      level: 'note',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'app/go.mod' }, region: { startLine: 6 } } }
      ]
    })
    expect(
      stdlib.codeFlows?.[0].threadFlows[0].locations[1].location.physicalLocation.artifactLocation
    ).toEqual({
      uri: 'src/net/url/url.go',
      uriBaseId: '%GOROOT%'
    })
  })

  it('passes the SARIF schemas: the one the sarif area checks producers with, and OASIS 2.1.0', async () => {
    const binaryLayout = layoutFromModules(WORKSPACE, path.join(WORKSPACE, 'app'), [
      { path: 'acme.test/app', dir: path.join(WORKSPACE, 'app'), goModText: APP_GO_MOD }
    ])
    const reports = [
      { report: (await gate(v104SourceStream())).report, layout: appLayout() },
      {
        report: (await gate(v11SourceStream(), {}, appLayout(), { fetcher: null })).report,
        layout: appLayout()
      },
      {
        report: (await gate(v104BinaryStream(), {}, binaryLayout, { binary: { file: '/tmp/app' } }))
          .report,
        layout: binaryLayout
      },
      {
        report: (
          await gate(
            stream([{ config: { scan_level: 'symbol' } }, { progress: { message: 'Scanning...' } }])
          )
        ).report,
        layout: appLayout()
      }
    ]
    for (const { report, layout } of reports) {
      const sarif = buildSarif(report, layout, { category: 'govulncheck-gate/source/app' })
      expect(sarifValidators('input').log(sarif)).toEqual([])
      expect(oasisProblems(JSON.parse(JSON.stringify(sarif)))).toEqual([])
    }
  })

  it('leaves ignored vulnerabilities out and keeps results an array when clean', async () => {
    const allowList = parseAllowList('[[IgnoredVulns]]\nid = "GO-2098-0101"\n', 'f')
    const { report } = await gate(v104SourceStream(), { allowList })
    const sarif = buildSarif(report, appLayout(), { category: 'c' }) as unknown as SarifLog
    expect(sarif.runs[0].results.map(r => r.ruleId)).toEqual(['GO-2098-0104', 'GO-2098-0103'])
    const clean = await gate(
      stream([{ config: { scan_level: 'symbol' } }, { progress: { message: 'Scanning...' } }])
    )
    const empty = buildSarif(clean.report, appLayout(), { category: 'c' }) as unknown as SarifLog
    expect(empty.runs[0].results).toEqual([])
    expect(codeScanningProblems(empty)).toEqual([])
  })

  it('gives every binary-mode result a location', async () => {
    const layout = layoutFromModules(WORKSPACE, path.join(WORKSPACE, 'app'), [
      { path: 'acme.test/app', dir: path.join(WORKSPACE, 'app'), goModText: APP_GO_MOD }
    ])
    const { report } = await gate(v104BinaryStream(), {}, layout, { binary: { file: '/tmp/app' } })
    const sarif = buildSarif(report, layout, {
      category: 'govulncheck-gate/binary/app'
    }) as unknown as SarifLog
    expect(codeScanningProblems(sarif)).toEqual([])
    expect(
      sarif.runs[0].results.map(r => r.locations[0].physicalLocation.region.startLine)
    ).toEqual([7, 3])
  })

  it('has no duplicate stacks or tags even when govulncheck repeats itself', async () => {
    const trace = [
      {
        module: 'acme.test/parser',
        version: 'v1.4.1',
        package: 'acme.test/parser',
        function: 'Parse'
      },
      {
        module: 'acme.test/app',
        package: 'acme.test/app',
        function: 'main',
        position: { filename: 'main.go', line: 3, column: 2 }
      }
    ]
    const text = stream([
      { config: { scan_level: 'symbol', scan_mode: 'source' } },
      { osv: { id: 'GO-1', aliases: ['CVE-1', 'CVE-1', 'GHSA-aaaa-bbbb-cccc'] } },
      { finding: { osv: 'GO-1', trace } },
      { finding: { osv: 'GO-1', trace } }
    ])
    const { report } = await gate(text)
    const sarif = buildSarif(report, appLayout(), { category: 'c' }) as unknown as SarifLog
    expect(sarif.runs[0].results[0].stacks).toHaveLength(1)
    expect(sarif.runs[0].tool.driver.rules[0].properties.tags).toEqual([
      'security',
      'vulnerability',
      'CVE-1',
      'GHSA-aaaa-bbbb-cccc'
    ])
    expect(codeScanningProblems(sarif)).toEqual([])
  })

  it('keeps up to 20 tags per rule, the most code scanning accepts', async () => {
    // GitHub rejects a rule with more than 20 tags and shows 10 of them; the
    // gate used to cut at 10 and drop aliases an upload would have accepted.
    const aliases = Array.from({ length: 25 }, (_, i) => `CVE-2024-${1000 + i}`)
    const text = stream([
      { config: { scan_level: 'module', scan_mode: 'source' } },
      { osv: { id: 'GO-1', aliases } },
      { finding: { osv: 'GO-1', trace: [{ module: 'acme.test/parser', version: 'v1.4.1' }] } }
    ])
    const { report } = await gate(text)
    const sarif = buildSarif(report, appLayout(), { category: 'c' }) as unknown as SarifLog
    const tags = sarif.runs[0].tool.driver.rules[0].properties.tags
    expect(GITHUB_LIMITS.maxTagsPerRule).toBe(20)
    expect(tags).toEqual(['security', 'vulnerability', ...aliases.slice(0, 18)])
    expect(codeScanningProblems(sarif)).toEqual([])
  })
})

describe('vulnerabilities output', () => {
  it('lists id, aliases, module, found, fixed, level and severity', async () => {
    const { report } = await gate(v104SourceStream())
    expect(
      vulnerabilitiesOutput(report).map(
        ({ id, aliases, module, found, fixed, level, severity }) => ({
          id,
          aliases,
          module,
          found,
          fixed,
          level,
          severity
        })
      )
    ).toEqual([
      {
        id: 'GO-2098-0101',
        aliases: ['CVE-2098-0101', 'GHSA-aaaa-bbbb-cccc'],
        module: 'acme.test/parser',
        found: 'called',
        fixed: 'v1.4.2',
        level: 'error',
        severity: 'high'
      },
      {
        id: 'GO-2098-0104',
        aliases: ['GHSA-dddd-eeee-ffff'],
        module: 'acme.test/imponly',
        found: 'imported',
        fixed: 'v0.3.1',
        level: 'warning',
        severity: 'low'
      },
      {
        id: 'GO-2098-0103',
        aliases: ['CVE-2098-0103'],
        module: 'stdlib',
        found: 'called',
        fixed: 'go1.22.99',
        level: 'error',
        severity: 'unknown'
      }
    ])
  })

  it('stays within GitHub’s output size, slimming and then cutting the list', () => {
    const entry = (i: number) => ({
      id: `GO-2099-${i}`,
      aliases: [`CVE-2099-${i}`],
      module: 'example.com/m',
      found: 'called',
      fixed: 'v1.0.1',
      level: 'error' as const,
      status: 'blocking',
      severity: 'high',
      reason: 'x'.repeat(500),
      url: 'https://pkg.go.dev/vuln/GO'
    })
    const logger = collectingLogger()
    const slim = JSON.parse(
      boundedOutput(
        Array.from({ length: 2000 }, (_, i) => entry(i)),
        logger
      )
    )
    expect(slim).toHaveLength(2000)
    expect(Object.keys(slim[0])).toEqual([
      'id',
      'aliases',
      'module',
      'found',
      'fixed',
      'level',
      'severity'
    ])
    const cut = boundedOutput(
      Array.from({ length: 20000 }, (_, i) => entry(i)),
      logger
    )
    expect(cut.length).toBeLessThanOrEqual(900_000)
    expect(logger.lines.filter(l => l.level === 'warning').map(l => l.message)[1]).toMatch(
      /it lists the first \d+ of 20000/
    )
  })
})
