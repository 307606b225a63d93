/**
 * The stream reader on real govulncheck output (govulncheck's own test data run
 * through the Debian govulncheck 1.9.0 and 1.0.4 builds; see
 * __tests__/fixtures/vuln/README.md).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { collectingLogger } from '../../../src/core/report.js'
import { buildAnnotations } from '../../../src/core/vuln/annotations.js'
import { buildGateReport } from '../../../src/core/vuln/gate.js'
import { layoutFromModules } from '../../../src/core/vuln/layout.js'
import { buildOpenVex } from '../../../src/core/vuln/openvex.js'
import { SeverityResolver } from '../../../src/core/vuln/advisory-severity.js'
import { buildVulnJobSummary } from '../../../src/core/vuln/summary.js'
import { parseGovulncheckFile } from '../../../src/core/vuln/stream.js'
import { realFixture as fixture } from './fixtures.js'

async function failure(name: string): Promise<string> {
  try {
    await parseGovulncheckFile(fixture(name), { displayName: name })
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error(`expected ${name} to be rejected`)
}

describe('real govulncheck streams', () => {
  it('refuses the stdout of a failed run (config only) as incomplete', async () => {
    expect(readFileSync(fixture('govulncheck-1.9/failed-pattern.stream'), 'utf8')).toMatch(
      /^\{\n {2}"config"/
    )
    expect(await failure('govulncheck-1.9/failed-pattern.stream')).toBe(
      'govulncheck-1.9/failed-pattern.stream: the stream is incomplete: govulncheck wrote its config and then nothing (no progress, SBOM or finding), which is what a failed run leaves behind (a build error, or no package matched). Fix: run govulncheck again and check its exit code and stderr (with `set -o pipefail` when you pipe it); only the stdout of a run that exited 0 can be gated'
    )
  })

  it('refuses a -mode query stream: OSV entries, no findings about the code', async () => {
    expect(await failure('govulncheck-1.9/query.stream')).toMatch(
      /^govulncheck-1\.9\/query\.stream:1: this is a `govulncheck -mode query` stream: .*nothing to gate/
    )
  })

  it('keeps govulncheck’s own warnings (a go1.12 binary: only the standard library is checked)', async () => {
    const logger = collectingLogger()
    const scan = await parseGovulncheckFile(fixture('govulncheck-1.9/binary-old-go.stream'), {
      logger
    })
    expect(scan.warnings).toEqual([
      'binary built with Go version go1.12.10, only standard library vulnerabilities will be checked',
      'failed to extract build system specification GOOS:  GOARCH:'
    ])
    expect(logger.lines.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
      'govulncheck: binary built with Go version go1.12.10, only standard library vulnerabilities will be checked',
      'govulncheck: failed to extract build system specification GOOS:  GOARCH:'
    ])
    expect(scan.scanMode).toBe('binary')
    expect(scan.vulns.get('GO-2022-0969')?.level).toBe('called')
  })

  it('reads govulncheck 1.9 source scans at every level', async () => {
    for (const [name, level] of [
      ['symbol', 'symbol'],
      ['package', 'package'],
      ['module', 'module']
    ] as const) {
      const scan = await parseGovulncheckFile(fixture(`govulncheck-1.9/vendored-${name}.stream`))
      expect(scan.scanLevel).toBe(level)
      expect(scan.config?.scanner_version).toBe('v0.0.0')
      expect([...scan.vulns.keys()].sort()).toEqual(
        ['GO-2020-0015', 'GO-2021-0054', 'GO-2021-0113', 'GO-2021-0265'].sort()
      )
    }
  })
})

describe('the gate on real -scan package / -scan module streams', () => {
  async function gateFile(name: string, layout = vendoredLayout()) {
    const logger = collectingLogger()
    const scan = await parseGovulncheckFile(fixture(name), { displayName: name, logger })
    const report = await buildGateReport({
      scan,
      layout,
      policy: {
        failOn: 'called',
        severityThreshold: 'low',
        unknownSeverity: 'fail',
        now: new Date('2026-12-01T00:00:00Z')
      },
      severity: new SeverityResolver({ logger }),
      logger
    })
    return { report, logger }
  }

  function vendoredLayout() {
    return layoutFromModules('/repo', '/repo', [
      {
        path: 'golang.org/vendored',
        dir: '/repo',
        goModText:
          'module golang.org/vendored\n\ngo 1.18\n\nrequire (\n\tgithub.com/tidwall/gjson v1.6.5\n\tgolang.org/x/text v0.3.0\n)\n'
      }
    ])
  }

  it('fails on govulncheck 1.0.4’s -scan module standard-library finding (govulncheck exits 3)', async () => {
    const layout = layoutFromModules('/repo', '/repo', [
      {
        path: 'golang.org/stdlib',
        dir: '/repo',
        goModText: 'module golang.org/stdlib\n\ngo 1.18\n'
      }
    ])
    const { report } = await gateFile('govulncheck-1.0.4/stdlib-scan-module.stream', layout)
    expect(report.passed).toBe(false)
    expect(report.counts).toMatchObject({ mayBeAffected: 1, called: 0, imported: 0, blocking: 1 })
    const [stdlib] = report.vulnerabilities
    expect([stdlib.id, stdlib.found, stdlib.status]).toEqual([
      'GO-2022-0969',
      'may-be-affected',
      'blocking'
    ])
    const { annotations } = buildAnnotations(report)
    expect(annotations.map(a => [a.file, a.startLine, a.message])).toEqual([
      [
        'go.mod',
        3,
        'The Go 1.18.0 standard library (net/http) is imported and may be affected (-scan module does not check imports or calls); affected by GO-2022-0969 (CVE-2022-27664, GHSA-69cg-p879-7622); fixed in Go 1.18.6'
      ]
    ])
  })

  it('words -scan package findings as govulncheck does, never "not called"', async () => {
    const { report } = await gateFile('govulncheck-1.9/vendored-package.stream')
    expect(report.counts).toMatchObject({ called: 0, imported: 0, required: 1, mayBeAffected: 3 })
    expect(
      Object.fromEntries(report.vulnerabilities.map(v => [v.id, [v.found, v.status]]))
    ).toEqual({
      'GO-2020-0015': ['required', 'allowed'],
      'GO-2021-0054': ['may-be-affected', 'blocking'],
      'GO-2021-0113': ['may-be-affected', 'blocking'],
      'GO-2021-0265': ['may-be-affected', 'blocking']
    })
    expect(report.vulnerabilities.find(v => v.id === 'GO-2021-0113')?.reason).toBe(
      'may be affected: imported, counted as called at -scan package, which does not check calls; severity unknown (unknown-severity: fail)'
    )
    const messages = buildAnnotations(report).annotations.map(a => a.message)
    expect(messages).toContain(
      'golang.org/x/text v0.3.0 is imported and may be affected (-scan package does not check calls); affected by GO-2021-0113 (CVE-2021-38561, GHSA-ppp9-7jff-5vj2); fixed in golang.org/x/text v0.3.7'
    )
    expect(messages.join('\n')).not.toMatch(/not called/)
    const summary = buildVulnJobSummary(report)
    expect(summary).toContain(
      'Found 4 vulnerabilities: 3 may be affected (-scan package does not check calls), 1 required only, 0 ignored.'
    )
    expect(summary).not.toMatch(/imported only|called,/)
  })

  it('counts every -scan module finding as may be affected, never "not imported"', async () => {
    const { report } = await gateFile('govulncheck-1.9/vendored-module.stream')
    expect(report.counts).toMatchObject({ called: 0, imported: 0, required: 0, mayBeAffected: 4 })
    const messages = buildAnnotations(report).annotations.map(a => a.message)
    expect(
      messages.every(m =>
        / is required and may be affected \(-scan module does not check imports or calls\);/.test(m)
      )
    ).toBe(true)
    expect(messages.join('\n')).not.toMatch(/no vulnerable package is imported|not called/)
  })

  it('shows govulncheck’s warnings in the job summary', async () => {
    const { report } = await gateFile('govulncheck-1.9/binary-old-go.stream')
    expect(buildVulnJobSummary(report)).toContain(
      '> [!WARNING]\n> govulncheck: binary built with Go version go1.12.10, only standard library vulnerabilities will be checked\n'
    )
  })
})

describe('OpenVEX', () => {
  it('has the shape and statements of govulncheck 1.9’s own -format openvex on the same module', async () => {
    const logger = collectingLogger()
    const scan = await parseGovulncheckFile(fixture('govulncheck-1.9/vendored-symbol.stream'))
    const report = await buildGateReport({
      scan,
      layout: layoutFromModules('/repo', '/repo', [{ path: 'golang.org/vendored', dir: '/repo' }]),
      policy: {
        failOn: 'called',
        severityThreshold: 'low',
        unknownSeverity: 'fail',
        now: new Date('2026-12-01T00:00:00Z')
      },
      severity: new SeverityResolver({ logger }),
      logger
    })
    const ours = buildOpenVex(report, {
      now: new Date('2026-12-01T00:00:00Z'),
      tooling: 'go-ci-kit govulncheck-gate test'
    })
    const theirs = JSON.parse(
      readFileSync(fixture('govulncheck-1.9/vendored.openvex'), 'utf8')
    ) as Record<string, unknown>
    expect(Object.keys(ours)).toEqual(Object.keys(theirs))
    expect(ours.statements).toEqual(theirs.statements)
    expect(ours).toMatchObject({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      author: 'Unknown Author',
      version: 1,
      timestamp: '2026-12-01T00:00:00.000Z'
    })
    expect(ours['@id']).toMatch(/^govulncheck-gate\/vex:[0-9a-f]{64}$/)
  })
})

describe('a replaced module (upstream source_replace_json)', () => {
  it('points at the replace line and words the fix for the replacement', async () => {
    const logger = collectingLogger()
    const scan = await parseGovulncheckFile(fixture('upstream/source_replace.stream'))
    const layout = layoutFromModules('/repo', '/repo', [
      {
        path: 'golang.org/replace',
        dir: '/repo',
        goModText:
          'module golang.org/replace\n\ngo 1.20\n\nreplace golang.org/x/text v0.9.0 => golang.org/x/text v0.3.0\n\nrequire golang.org/x/text v0.9.0\n'
      }
    ])
    const report = await buildGateReport({
      scan,
      layout,
      policy: {
        failOn: 'called',
        severityThreshold: 'low',
        unknownSeverity: 'fail',
        now: new Date('2026-12-01T00:00:00Z')
      },
      severity: new SeverityResolver({ logger }),
      logger
    })
    const byId = Object.fromEntries(report.vulnerabilities.map(v => [v.id, v]))
    expect(byId['GO-2021-0113'].upgrades).toEqual([
      'go mod edit -replace=golang.org/x/text@v0.9.0=golang.org/x/text@v0.3.7'
    ])
    expect(byId['GO-2021-0113'].fix).toBe(
      'golang.org/x/text v0.3.7 as the replacement for golang.org/x/text (go.mod:5)'
    )
    const annotations = buildAnnotations(report).annotations.map(a => [
      a.file,
      a.startLine,
      a.message
    ])
    expect(annotations).toEqual([
      [
        'main.go',
        11,
        '`replace.main` calls `language.Parse`, affected by GO-2021-0113 (CVE-2021-38561, GHSA-ppp9-7jff-5vj2); fixed in golang.org/x/text v0.3.7 as the replacement for golang.org/x/text (go.mod:5)'
      ],
      [
        'go.mod',
        5,
        'golang.org/x/text v0.3.0 (the replacement for golang.org/x/text v0.9.0) is required, but no vulnerable package is imported; affected by GO-2020-0015 (CVE-2020-14040, GHSA-5rcv-m4m3-hfh7); fixed in golang.org/x/text v0.3.3: point the replace directive at v0.3.3 or later, or drop it'
      ]
    ])
    expect(buildVulnJobSummary(report)).toContain(
      'go mod edit -replace=golang.org/x/text@v0.9.0=golang.org/x/text@v0.3.3'
    )
  })
})
