/**
 * `go-ci-kit sarif …` through the built CLI (dist/cli/index.js): the bad
 * inputs the issue lists, a 200 MB file in bounded memory, and our own
 * govulncheck-gate SARIF normalized end to end.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { hashText } from '../../../src/core/sarif/shape/linehash.js'
import { sarifValidators } from '../../../src/core/sarif/read/schema.js'
import type { SarifLog } from '../../../src/core/sarif/types.js'
import { rateLimitResponse, startGitHubServer } from '../../harness/github-server.js'
import { oasisProblems } from '../../unit/sarif/oasis.js'
import { cli } from './cli-helper.js'
import {
  golangciRun,
  govulncheckRun,
  location,
  sarifLog,
  tempRepo,
  WORKSPACE_FILES,
  type TempRepo
} from '../../unit/sarif/fixtures.js'

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo()
})
afterAll(() => repo.cleanup())

describe('go-ci-kit sarif normalize', () => {
  it('writes normalized, fingerprinted SARIF and reports in JSON', async () => {
    repo.write('lint.sarif', sarifLog([golangciRun()]))
    const result = await cli(
      [
        'sarif',
        'normalize',
        'lint.sarif',
        '--out',
        'out/lint.sarif',
        '--category',
        'lint',
        '--json'
      ],
      repo.dir
    )
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({
      results: { error: 1, warning: 1, note: 0, none: 0 },
      uploads: [{ runs: 1, results: 2 }],
      fingerprints: { computed: 2 },
      written: [path.join(repo.dir, 'out', 'lint.sarif')],
      gate: { failOn: 'none' }
    })
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'lint.sarif'), 'utf8')
    ) as SarifLog
    expect(doc.runs[0].automationDetails).toEqual({ id: 'lint/' })
    expect(doc.runs[0].results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      hashText(WORKSPACE_FILES['moda/main.go'])[5]
    )
    expect(
      sarifValidators('upload')
        .log(doc)
        .filter(p => p.severity === 'error')
    ).toEqual([])
    expect(oasisProblems(doc)).toEqual([])
  })

  it.each([
    [
      'invalid JSON',
      'invalid.sarif',
      '{"version": "2.1.0", "runs": [}',
      /^go-ci-kit: bad\/invalid\.sarif:1:31: invalid JSON: Unexpected token '}'/m
    ],
    [
      'SARIF 2.0',
      'v2.sarif',
      JSON.stringify({ version: '2.0.0', runs: [] }),
      /bad\/v2\.sarif: \/version: SARIF version "2\.0\.0" is not supported/
    ],
    [
      'SARIF 1.0',
      'v1.sarif',
      JSON.stringify({ version: '1.0.0', runLogs: [] }),
      /v1\.sarif: \/version: SARIF version "1\.0\.0" is not supported/
    ],
    ['an empty file', 'empty.sarif', '', /empty\.sarif: the SARIF file is empty/],
    [
      'a schema error',
      'schema.sarif',
      JSON.stringify(sarifLog([{ tool: { driver: { name: 'x' } }, results: [{ locations: [] }] }])),
      /schema\.sarif: not valid SARIF for code scanning: \/runs\/0\/results\/0\/message: is required but missing/
    ]
  ])(
    '%s: exit 2, a message naming the file and place, nothing written',
    async (_name, file, content, pattern) => {
      repo.write(`bad/${file}`, content)
      const out = path.join(repo.dir, 'bad-out', `${file}.out`)
      const result = await cli(['sarif', 'normalize', `bad/${file}`, '--out', out], repo.dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(pattern)
      expect(result.stderr).toContain('Fix:')
      expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([])
    }
  )

  it('a URI outside the repository is kept, with a warning', async () => {
    repo.write(
      'outside.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'tool' } },
          results: [
            {
              ruleId: 'R',
              message: { text: 'm' },
              locations: [location('file:///opt/vendor/lib.go', 3)]
            }
          ]
        }
      ])
    )
    const result = await cli(
      ['sarif', 'normalize', 'outside.sarif', '--out', 'out/outside.sarif'],
      repo.dir
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'warning: 1 location(s) point outside the repository (/opt/vendor/lib.go); kept as absolute file URIs'
    )
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'outside.sarif'), 'utf8')
    ) as SarifLog
    expect(doc.runs[0].results[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe(
      'file:///opt/vendor/lib.go'
    )
  })

  it('a missing source file: no fingerprint, with a warning', async () => {
    repo.write(
      'missing.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'tool' } },
          results: [
            { ruleId: 'R', message: { text: 'm' }, locations: [location('moda/deleted.go', 3)] }
          ]
        }
      ])
    )
    const result = await cli(
      ['sarif', 'normalize', 'missing.sarif', '--out', 'out/missing.sarif'],
      repo.dir
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'warning: 1 result(s) point at files missing from the checkout (moda/deleted.go): no fingerprint was computed for them'
    )
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'missing.sarif'), 'utf8')
    ) as SarifLog
    expect(doc.runs[0].results[0].partialFingerprints).toBeUndefined()
  })

  it('a 200 MB file is streamed in bounded memory: the 25,000 most severe results are kept and the cut is reported', async () => {
    const file = path.join(repo.dir, 'huge.sarif')
    const fd = openSync(file, 'w')
    const head = JSON.stringify(
      sarifLog([
        { tool: { driver: { name: 'bulk', rules: [{ id: 'B1' }, { id: 'B2' }] } }, results: [] }
      ])
    )
    writeSync(fd, head.slice(0, head.lastIndexOf('[]') + 1))
    const padding = 'x'.repeat(300)
    let written = 0
    let count = 0
    const batch: string[] = []
    while (written < 200 * 1024 * 1024) {
      const level = count % 20 === 0 ? 'error' : 'note'
      const text = `${count ? ',' : ''}{"ruleId":"B${(count % 2) + 1}","level":"${level}","message":{"text":"finding ${count} ${padding}"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"moda/main.go"},"region":{"startLine":${(count % 10) + 1}}}}]}`
      batch.push(text)
      written += text.length
      count++
      if (batch.length === 2000) writeSync(fd, batch.splice(0).join(''))
    }
    writeSync(fd, `${batch.join('')}${head.slice(head.lastIndexOf('[]') + 1)}`)
    closeSync(fd)
    const errors = Math.ceil(count / 20)

    // 400 MB of heap could not hold 200 MB of JSON parsed whole.
    const result = await cli(
      ['sarif', 'normalize', 'huge.sarif', '--out', 'out/huge.sarif', '--json'],
      repo.dir,
      {
        NODE_OPTIONS: '--max-old-space-size=400'
      }
    )
    expect(result.stderr).toMatch(/huge\.sarif is 2\d\d MiB: reading it as a stream/)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.results).toEqual({ error: errors, warning: 0, note: count - errors, none: 0 })
    expect(report.cuts).toEqual([
      `bulk in huge.sarif: ${count - 25_000} least severe results removed (limit 25000)`
    ])
    expect(report.runs[0].results).toBe(25_000)
    expect(report.warnings).toEqual([`GitHub limit: ${report.cuts[0]}`])
    expect(result.stderr).toContain('keeping the 25000 most severe results of each run')
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'huge.sarif'), 'utf8')
    ) as SarifLog
    expect(doc.runs[0].results.filter(r => r.level === 'error')).toHaveLength(errors)
  }, 120_000)
})

describe('go-ci-kit sarif annotate', () => {
  it('prints workflow commands, at most 10 per level, and gates with --fail-on', async () => {
    const results = Array.from({ length: 14 }, (_, i) => ({
      ruleId: 'R',
      level: 'error',
      message: { text: `bad, really: ${i}` },
      locations: [location('moda/main.go', (i % 9) + 1, 2)]
    }))
    repo.write('many.sarif', sarifLog([{ tool: { driver: { name: 'tool' } }, results }]))
    const result = await cli(['sarif', 'annotate', 'many.sarif', '--fail-on', 'error'], repo.dir)
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(10)
    expect(lines[0]).toMatch(
      /^::error file=moda\/main\.go,line=1,endLine=1,col=2,title=tool R::bad, really: 0$/
    )
    expect(result.stderr).toContain('4 more finding(s) not printed (--max-per-level 10)')
    expect(result.stderr).toContain(
      'go-ci-kit: SARIF results at fail-on level error or above: 14 errors'
    )
    const all = await cli(['sarif', 'annotate', 'many.sarif', '--max-per-level', '0'], repo.dir)
    expect(all.code).toBe(0)
    expect(all.stdout.trim().split('\n')).toHaveLength(14)
  })

  it('usage errors exit 2', async () => {
    expect((await cli(['sarif', 'normalize', 'many.sarif'], repo.dir)).stderr).toContain(
      '--out is required'
    )
    expect((await cli(['sarif', 'frobnicate'], repo.dir)).code).toBe(2)
    expect(
      (await cli(['sarif', 'annotate', 'many.sarif', '--fail-on', 'maybe'], repo.dir)).stderr
    ).toContain('fail-on has invalid value "maybe"')
    expect((await cli(['sarif', 'upload', 'many.sarif'], repo.dir)).stderr).toContain(
      'sarif upload needs a token'
    )
    const help = await cli(['sarif', '--help'], repo.dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes:')
  })
})

describe('go-ci-kit sarif upload', () => {
  it('uploads with the token from the environment and waits for processing', async () => {
    const server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 202,
        body: { id: 'cli-1', url: 'https://api.github.com/x' }
      },
      'code-scanning/get-sarif': {
        status: 200,
        body: { processing_status: 'complete', analyses_url: null, errors: [] }
      }
    })
    try {
      repo.write('upload.sarif', sarifLog([golangciRun()]))
      const sha = 'd6cd1e2bd19e03a81132a23b2025920577f84e37'
      const result = await cli(
        [
          'sarif',
          'upload',
          'upload.sarif',
          '--repo',
          'acme/widgets',
          '--sha',
          sha,
          '--ref',
          'refs/heads/main',
          '--wait',
          '--category',
          'lint'
        ],
        repo.dir,
        { GITHUB_TOKEN: 'ghs_cli', GITHUB_API_URL: server.url, GO_CI_KIT_SARIF_POLL_MS: '10' }
      )
      expect([result.code, result.stderr]).toEqual([0, expect.any(String)])
      expect(result.stdout).toBe('cli-1\n')
      expect(server.violations).toEqual([])
      expect(server.requests.map(r => r.operationId)).toEqual([
        'code-scanning/upload-sarif',
        'code-scanning/get-sarif'
      ])
      expect(server.requests[0].body).toMatchObject({
        commit_sha: sha,
        ref: 'refs/heads/main',
        tool_name: 'golangci-lint'
      })
    } finally {
      await server.close()
    }
  })
})

describe('go-ci-kit sarif upload failures', () => {
  it.each([
    [
      '401',
      {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
      },
      /^go-ci-kit: code scanning refused the upload \(401: Bad credentials\)\. Fix: the token was not accepted/
    ],
    [
      '403 (no code scanning: the CLI does not fall back as the action does)',
      {
        status: 403,
        body: {
          message: 'Code Security must be enabled for this repository to use code scanning.',
          documentation_url: 'https://docs.github.com/rest'
        }
      },
      /^go-ci-kit: code scanning refused the upload \(403: Code Security must be enabled for this repository to use code scanning\.\)\. Fix: grant `permissions: security-events: write`; private repositories need GitHub Code Security \(Advanced Security\)$/
    ],
    [
      'a rate limit past --upload-timeout',
      rateLimitResponse('secondary', 600),
      /^go-ci-kit: code scanning upload was rate limited \(429: You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\.\)\. Fix: GitHub asked to wait 10 min, longer than is left of --upload-timeout 1m/
    ]
  ])('%s: one line with the fix, exit 2', async (_name, response, pattern) => {
    const server = await startGitHubServer({ 'code-scanning/upload-sarif': response })
    try {
      repo.write('refused.sarif', sarifLog([golangciRun()]))
      const result = await cli(
        [
          'sarif',
          'upload',
          'refused.sarif',
          '--repo',
          'acme/widgets',
          '--sha',
          'd6cd1e2bd19e03a81132a23b2025920577f84e37',
          '--ref',
          'refs/heads/main',
          '--upload-timeout',
          '1m'
        ],
        repo.dir,
        { GITHUB_TOKEN: 'ghs_cli', GITHUB_API_URL: server.url, GO_CI_KIT_RETRY_BASE_MS: '5' }
      )
      expect(result.code).toBe(2)
      const errors = result.stderr.split('\n').filter(line => line.startsWith('go-ci-kit:'))
      expect(errors).toEqual([expect.stringMatching(pattern)])
      expect(result.stderr).not.toContain('    at ')
    } finally {
      await server.close()
    }
  })
})

describe('govulncheck SARIF', () => {
  it('normalizes our own govulncheck-gate SARIF (module paths, %GOMODCACHE% code-flow steps)', async () => {
    const stream = [
      {
        config: {
          protocol_version: 'v1.0.0',
          scanner_name: 'govulncheck',
          scanner_version: 'v1.1.4',
          db: 'https://vuln.go.dev',
          db_last_modified: '2024-01-01T00:00:00Z',
          go_version: 'go1.22.12',
          scan_level: 'symbol',
          scan_mode: 'source'
        }
      },
      {
        osv: {
          schema_version: '1.3.1',
          id: 'GO-2022-1059',
          modified: '2024-01-01T00:00:00Z',
          published: '2022-10-11T00:00:00Z',
          aliases: ['CVE-2022-32149', 'GHSA-69ch-w2m2-3vjp'],
          summary:
            'Denial of service via crafted Accept-Language header in golang.org/x/text/language',
          details: 'An attacker may cause a denial of service.',
          affected: [
            {
              package: { name: 'golang.org/x/text', ecosystem: 'Go' },
              ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.3.8' }] }],
              ecosystem_specific: {
                imports: [{ path: 'golang.org/x/text/language', symbols: ['Parse'] }]
              }
            }
          ],
          database_specific: { url: 'https://pkg.go.dev/vuln/GO-2022-1059' }
        }
      },
      {
        finding: {
          osv: 'GO-2022-1059',
          fixed_version: 'v0.3.8',
          trace: [{ module: 'golang.org/x/text', version: 'v0.3.7' }]
        }
      },
      {
        finding: {
          osv: 'GO-2022-1059',
          fixed_version: 'v0.3.8',
          trace: [
            {
              module: 'golang.org/x/text',
              version: 'v0.3.7',
              package: 'golang.org/x/text/language',
              function: 'Parse',
              position: { filename: 'language/parse.go', offset: 100, line: 20, column: 6 }
            },
            {
              module: 'example.com/moda',
              package: 'example.com/moda',
              function: 'main',
              position: { filename: 'main.go', offset: 60, line: 9, column: 6 }
            }
          ]
        }
      }
    ]
    repo.write('vuln.json', stream.map(message => JSON.stringify(message, null, 2)).join('\n'))
    repo.write('.git/HEAD', 'ref: refs/heads/main\n')
    const vuln = await cli(
      [
        'vuln',
        '--input',
        path.join(repo.dir, 'vuln.json'),
        '--sarif',
        path.join(repo.dir, 'moda', 'vuln.sarif'),
        '--offline',
        '-C',
        'moda',
        '--root',
        repo.dir,
        '--fail-on',
        'none'
      ],
      repo.dir
    )
    expect([vuln.code, vuln.stderr]).toEqual([0, expect.any(String)])
    const raw = readFileSync(path.join(repo.dir, 'moda', 'vuln.sarif'), 'utf8')

    const result = await cli(
      ['sarif', 'normalize', 'moda/vuln.sarif', '--out', 'out/vuln.sarif', '--json'],
      repo.dir,
      {
        GOMODCACHE: '/home/runner/go/pkg/mod'
      }
    )
    expect(result.code).toBe(0)
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'vuln.sarif'), 'utf8')
    ) as SarifLog
    expect(
      sarifValidators('upload')
        .log(doc)
        .filter(p => p.severity === 'error')
    ).toEqual([])
    expect(oasisProblems(doc)).toEqual([])
    expect(JSON.stringify(doc)).not.toContain('uriBaseId')
    const [first] = doc.runs[0].results
    expect(first.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('moda/main.go')
    expect(first.partialFingerprints?.primaryLocationLineHash).toBe(
      hashText(WORKSPACE_FILES['moda/main.go'])[8]
    )
    if (raw.includes('%GOMODCACHE%')) {
      expect(JSON.stringify(doc)).toContain(
        'file:///home/runner/go/pkg/mod/golang.org/x/text@v0.3.7/language/parse.go'
      )
      expect(result.stderr).toContain('point outside the repository')
    }
  })

  it('normalizes govulncheck’s own quirks (go.mod line 1 of the module, duplicate stacks and tags)', async () => {
    repo.write('govulncheck.sarif', sarifLog([govulncheckRun()]))
    const result = await cli(
      ['sarif', 'normalize', 'govulncheck.sarif', '--out', 'out/govulncheck.sarif', '--json'],
      repo.dir
    )
    expect(result.code).toBe(0)
    const doc = JSON.parse(
      readFileSync(path.join(repo.dir, 'out', 'govulncheck.sarif'), 'utf8')
    ) as SarifLog
    expect(doc.runs[0].results[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe(
      'moda/go.mod'
    )
    expect(doc.runs[0].results[0].stacks).toHaveLength(1)
  })
})
