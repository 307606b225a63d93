import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { hashText } from '../../../src/core/sarif/shape/linehash.js'
import { sarifValidators } from '../../../src/core/sarif/read/schema.js'
import type { SarifResult, SarifRun } from '../../../src/core/sarif/types.js'
import {
  golangciRun,
  gosecRun,
  govulncheckRun,
  location,
  prepare,
  sarifLog,
  staticcheckRun,
  tempRepo,
  WORKSPACE_FILES,
  type TempRepo
} from './fixtures.js'

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo()
})
afterAll(() => repo.cleanup())

function uploadedRun(prepared: Awaited<ReturnType<typeof prepare>>, index = 0): SarifRun {
  return JSON.parse(prepared.uploads[0].json).runs[index] as SarifRun
}

function uriOf(result: SarifResult): string | undefined {
  return result.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

function lineHash(file: string, line: number): string {
  return hashText(WORKSPACE_FILES[file])[line - 1]
}

function expectUploadable(prepared: Awaited<ReturnType<typeof prepare>>): void {
  for (const upload of prepared.uploads) {
    expect(
      sarifValidators('upload')
        .log(JSON.parse(upload.json))
        .filter(p => p.severity === 'error')
    ).toEqual([])
  }
}

describe('golangci-lint quirks', () => {
  it('v2: resolves paths relative to the config directory, builds rules, drops index 0, maps `high`', async () => {
    repo.write('golangci.sarif', sarifLog([golangciRun()]))
    const prepared = await prepare(repo, ['golangci.sarif'])
    const run = uploadedRun(prepared)
    expect(run.results.map(uriOf)).toEqual(['moda/main.go', 'moda/pkg/run.go'])
    for (const result of run.results) {
      expect(result.locations?.[0].physicalLocation?.artifactLocation).not.toHaveProperty('index')
    }
    expect(run.tool.driver.rules?.map(rule => rule.id)).toEqual(['ineffassign', 'errcheck'])
    for (const rule of run.tool.driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy()
      expect(rule.fullDescription?.text).toBeTruthy()
      expect(rule.help?.text).toBeTruthy()
      expect(rule.helpUri).toMatch(/^https:\/\/golangci-lint\.run\//)
    }
    expect(run.results[1].level).toBe('error')
    expect(run.results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      lineHash('moda/main.go', 6)
    )
    expect(run.results[1].partialFingerprints?.primaryLocationLineHash).toBe(
      lineHash('moda/pkg/run.go', 6)
    )
    expect(prepared.notes.danglingIndexes).toBe(2)
    expect(prepared.notes.levelsMapped.get('high')).toBe(1)
    expect(prepared.warnings).toEqual([])
    expectUploadable(prepared)
  })

  it('v1 in a module directory: bare main.go is the module’s, not the other module’s', async () => {
    repo.write('moda/lint.sarif', sarifLog([golangciRun(['main.go', 'pkg/run.go'])]))
    const run = uploadedRun(await prepare(repo, ['moda/lint.sarif']))
    expect(run.results.map(uriOf)).toEqual(['moda/main.go', 'moda/pkg/run.go'])
  })

  it('keeps an empty run: dropping it would leave old alerts open', async () => {
    repo.write(
      'clean.sarif',
      sarifLog([{ tool: { driver: { name: 'golangci-lint' } }, results: [] }])
    )
    const prepared = await prepare(repo, ['clean.sarif'], { category: 'lint' })
    expect(uploadedRun(prepared)).toMatchObject({ results: [], automationDetails: { id: 'lint/' } })
    expectUploadable(prepared)
  })
})

describe('staticcheck quirks', () => {
  it('resolves %SRCROOT% to the working directory, raises 0 lines/columns, fills fullDescription', async () => {
    repo.write('staticcheck.sarif', sarifLog([staticcheckRun(`${repo.dir}/modb`)]))
    // Same SARIF but run in moda: main.go must land in moda.
    repo.write('staticcheck-a.sarif', sarifLog([staticcheckRun(`${repo.dir}/moda`)]))
    const prepared = await prepare(repo, ['staticcheck-a.sarif'])
    const run = uploadedRun(prepared)
    expect(run.results.map(uriOf)).toEqual(['moda/main.go', 'moda/main.go'])
    expect(JSON.stringify(run)).not.toContain('uriBaseId')
    expect(JSON.stringify(run)).not.toContain('originalUriBaseIds')
    expect(run.results[0].relatedLocations?.[0].physicalLocation?.artifactLocation?.uri).toBe(
      'moda/main.go'
    )
    expect(run.results[1].locations?.[0].physicalLocation?.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1
    })
    const rules = run.tool.driver.rules ?? []
    expect(rules[0].fullDescription?.text).toBe(rules[0].shortDescription?.text)
    expect(rules[1].help?.text).toBeTruthy()
    expect(prepared.notes.clampedRegions).toBe(1)
    expectUploadable(prepared)
  })

  it('re-roots a working directory from another machine (a container) by its module suffix', async () => {
    repo.write('container.sarif', sarifLog([staticcheckRun('/github/workspace/modb')]))
    const run = uploadedRun(await prepare(repo, ['container.sarif']))
    expect(run.results.map(uriOf)).toEqual(['modb/main.go', 'modb/main.go'])
  })
})

describe('gosec quirks', () => {
  it('removes locations with an empty URI; a result left without one is not uploaded but still counted', async () => {
    repo.write('gosec.sarif', sarifLog([gosecRun()]))
    const prepared = await prepare(repo, ['gosec.sarif'])
    const run = uploadedRun(prepared)
    expect(run.results.map(uriOf)).toEqual(['moda/pkg/run.go'])
    expect(run.results[0]).not.toHaveProperty('ruleIndex')
    expect(run.tool.driver.rules?.[0].properties?.tags).toEqual(['security', 'LOW'])
    expect(run.taxonomies).toEqual([{ name: 'CWE', version: '4.4', taxa: [{ id: '703' }] }])
    expect(prepared.runs[0].unlocated).toHaveLength(1)
    expect(prepared.tally.levels.warning).toBe(2)
    expect(prepared.warnings.join('\n')).toMatch(/1 location\(s\) had an empty URI/)
    expect(prepared.warnings.join('\n')).toMatch(
      /1 result\(s\) have no usable location and are not uploaded/
    )
    expectUploadable(prepared)
  })
})

describe('govulncheck quirks', () => {
  it('puts go.mod in the module its stacks point into, dedupes tags and stacks, keeps frames outside the repo as text', async () => {
    repo.write('govulncheck.sarif', sarifLog([govulncheckRun()]))
    const prepared = await prepare(repo, ['govulncheck.sarif'])
    const run = uploadedRun(prepared)
    const [result] = run.results
    expect(uriOf(result)).toBe('moda/go.mod')
    expect(result.partialFingerprints?.primaryLocationLineHash).toBe(lineHash('moda/go.mod', 1))
    expect(result.stacks).toHaveLength(1)
    expect(run.tool.driver.rules?.[0].properties?.tags).toEqual([
      'CVE-2022-32149',
      'GHSA-69ch-w2m2-3vjp'
    ])
    expect(run.tool.driver.rules?.[1].properties).toEqual({})
    expect(run.tool.driver.properties).toEqual({
      protocol_version: 'v1.0.0',
      scan_level: 'symbol',
      nested: null
    })
    const frames = result.stacks?.[0].frames ?? []
    expect(frames.map(frame => frame.location?.physicalLocation?.artifactLocation?.uri)).toEqual([
      'moda/main.go',
      'moda/pkg/run.go',
      undefined,
      undefined
    ])
    expect(frames[3].location?.message?.text).toBe('os.Remove ($GOROOT/src/os/file.go:1)')
    expect(prepared.warnings.join('\n')).toMatch(
      /2 location\(s\) are relative to an undefined base \(%GOMODCACHE%, %GOROOT%\)/
    )
    expectUploadable(prepared)
  })

  it('with GOROOT and GOMODCACHE known, keeps those frames as file URIs outside the repository (warned)', async () => {
    const prepared = await prepare(repo, ['govulncheck.sarif'], {
      baseDirs: { GOROOT: '/usr/lib/go-1.22', GOMODCACHE: '/home/runner/go/pkg/mod' }
    })
    const frames = uploadedRun(prepared).results[0].stacks?.[0].frames ?? []
    expect(frames[3].location?.physicalLocation?.artifactLocation?.uri).toBe(
      'file:///usr/lib/go-1.22/src/os/file.go'
    )
    expect(prepared.warnings.join('\n')).toMatch(/2 location\(s\) point outside the repository/)
  })

  it('before v1.1.4: null results become [] and null tags go away', async () => {
    repo.write('govulncheck-old.sarif', sarifLog([govulncheckRun({ nullResults: true })]))
    const prepared = await prepare(repo, ['govulncheck-old.sarif'])
    const run = uploadedRun(prepared)
    expect(run.results).toEqual([])
    expect(run.tool.driver.rules?.[1].properties).toEqual({})
    expectUploadable(prepared)
  })

  it('binary mode (no locations at all): counted and gated, not uploaded', async () => {
    const run = govulncheckRun()
    const results = run.results as Record<string, unknown>[]
    delete results[0].locations
    repo.write('govulncheck-binary.sarif', sarifLog([run]))
    const prepared = await prepare(repo, ['govulncheck-binary.sarif'])
    expect(uploadedRun(prepared).results).toEqual([])
    expect(prepared.tally.levels.error).toBe(1)
    expect(prepared.runs[0].unlocated).toHaveLength(1)
  })
})

describe('URIs', () => {
  const run = (results: unknown[], extra: Record<string, unknown> = {}) => ({
    tool: { driver: { name: 'tool', rules: [{ id: 'R1', shortDescription: { text: 'r' } }] } },
    results,
    ...extra
  })
  const result = (loc: unknown) => ({ ruleId: 'R1', message: { text: 'm' }, locations: [loc] })

  it('file:// inside the checkout becomes relative; outside is kept with a warning; percent-escapes survive', async () => {
    repo.write('moda/dir with space/x#1.go', 'package x\n')
    repo.write(
      'uris.sarif',
      sarifLog([
        run([
          result(location(`file://${repo.dir}/moda/main.go`, 5)),
          result(location('file:///usr/share/go/src/fmt/print.go', 3)),
          result(location('moda/dir%20with%20space/x%231.go', 1)),
          result(location('https://example.com/x.go', 1))
        ])
      ])
    )
    const prepared = await prepare(repo, ['uris.sarif'])
    const results = uploadedRun(prepared).results
    expect(results.map(uriOf)).toEqual([
      'moda/main.go',
      'file:///usr/share/go/src/fmt/print.go',
      'moda/dir%20with%20space/x%231.go',
      'https://example.com/x.go'
    ])
    expect(results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      lineHash('moda/main.go', 5)
    )
    expect(results[1].partialFingerprints).toBeUndefined()
    expect(results[2].partialFingerprints?.primaryLocationLineHash).toBe(hashText('package x\n')[0])
    expect(prepared.warnings.join('\n')).toMatch(
      /1 location\(s\) point outside the repository \(\/usr\/share\/go\/src\/fmt\/print.go\); kept/
    )
    expectUploadable(prepared)
  })

  it('resolves originalUriBaseIds, also chained ones', async () => {
    repo.write(
      'bases.sarif',
      sarifLog([
        run([result(location('util/strings.go', 3, 1, { uriBaseId: 'MOD' }))], {
          originalUriBaseIds: {
            ROOT: { uri: `file://${repo.dir}/` },
            MOD: { uri: 'modb/', uriBaseId: 'ROOT' }
          }
        })
      ])
    )
    const results = uploadedRun(await prepare(repo, ['bases.sarif'])).results
    expect(uriOf(results[0])).toBe('modb/util/strings.go')
    // A non-ASCII file is hashed over its UTF-16 code units, as codeql-action does.
    expect(results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      lineHash('modb/util/strings.go', 3)
    )
  })

  it('a missing source file or a line past the end: no fingerprint, with a warning', async () => {
    repo.write(
      'missing.sarif',
      sarifLog([run([result(location('moda/gone.go', 3)), result(location('moda/main.go', 999))])])
    )
    const prepared = await prepare(repo, ['missing.sarif'])
    const results = uploadedRun(prepared).results
    expect(results.map(uriOf)).toEqual(['moda/gone.go', 'moda/main.go'])
    expect(results.every(r => r.partialFingerprints === undefined)).toBe(true)
    expect(prepared.warnings).toEqual([
      '1 result(s) point at files missing from the checkout (moda/gone.go): no fingerprint was computed for them',
      '1 result(s) point past the end of their file: no fingerprint was computed for them'
    ])
  })

  it('keeps a fingerprint the producer already computed', async () => {
    const withHash = {
      ...result(location('moda/main.go', 5)),
      partialFingerprints: { primaryLocationLineHash: 'abc:1' }
    }
    repo.write('hashed.sarif', sarifLog([run([withHash])]))
    const results = uploadedRun(await prepare(repo, ['hashed.sarif'])).results
    expect(results[0].partialFingerprints).toEqual({ primaryLocationLineHash: 'abc:1' })
  })

  it('materializes artifact indexes that point somewhere', async () => {
    repo.write(
      'artifacts.sarif',
      sarifLog([
        run(
          [
            result({
              physicalLocation: { artifactLocation: { index: 1 }, region: { startLine: 2 } }
            })
          ],
          {
            artifacts: [
              { location: { uri: 'modb/main.go' } },
              { location: { uri: 'main.go', uriBaseId: 'SRC' } }
            ],
            originalUriBaseIds: { SRC: { uri: `file://${repo.dir}/moda/` } }
          }
        )
      ])
    )
    const run0 = uploadedRun(await prepare(repo, ['artifacts.sarif']))
    expect(uriOf(run0.results[0])).toBe('moda/main.go')
    expect(run0.artifacts).toEqual([
      { location: { uri: 'modb/main.go' } },
      { location: { uri: 'moda/main.go' } }
    ])
  })
})

describe('messages, levels and rules', () => {
  it('fills message text from message strings and markdown, and substitutes arguments', async () => {
    repo.write(
      'messages.sarif',
      sarifLog([
        {
          tool: {
            driver: {
              name: 'tool',
              rules: [
                { id: 'R1', messageStrings: { default: { text: 'value {0} is unused in {1}' } } }
              ],
              globalMessageStrings: { g: { text: 'global {0}' } }
            }
          },
          results: [
            {
              ruleId: 'R1',
              message: { id: 'default', arguments: ['x', 'main'] },
              locations: [location('moda/main.go', 6)]
            },
            {
              ruleId: 'R1',
              message: { id: 'g', arguments: ['y'] },
              locations: [location('moda/main.go', 6)]
            },
            {
              ruleId: 'R1',
              message: { markdown: '**bold**' },
              locations: [location('moda/main.go', 6)]
            },
            {
              ruleIndex: 0,
              message: { text: 'by index' },
              locations: [location('moda/main.go', 6)],
              kind: 'pass'
            }
          ]
        }
      ])
    )
    const prepared = await prepare(repo, ['messages.sarif'])
    const results = uploadedRun(prepared).results
    expect(results.map(r => r.message.text)).toEqual([
      'value x is unused in main',
      'global y',
      '**bold**',
      'by index'
    ])
    expect(results[3].ruleId).toBe('R1')
    // kind "pass" with no level is level none.
    expect(prepared.tally.levels).toEqual({ error: 0, warning: 3, note: 0, none: 1 })
  })

  it('writes a numeric security-severity as the string GitHub wants', async () => {
    repo.write(
      'severity.sarif',
      sarifLog([
        {
          tool: {
            driver: {
              name: 'sec',
              rules: [{ id: 'S1', properties: { 'security-severity': 7.5, tags: ['security'] } }]
            }
          },
          results: [
            { ruleId: 'S1', message: { text: 'm' }, locations: [location('moda/main.go', 1)] }
          ]
        }
      ])
    )
    const prepared = await prepare(repo, ['severity.sarif'])
    expect(uploadedRun(prepared).tool.driver.rules?.[0].properties?.['security-severity']).toBe(
      '7.5'
    )
    expect(prepared.tally.securityScores).toEqual([7.5])
  })

  it('does not count or annotate suppressed results, but uploads them', async () => {
    repo.write(
      'suppressed.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'tool' } },
          results: [
            {
              ruleId: 'R',
              level: 'error',
              message: { text: 'm' },
              locations: [location('moda/main.go', 1)],
              suppressions: [{ kind: 'inSource' }]
            },
            {
              ruleId: 'R',
              level: 'error',
              message: { text: 'm' },
              locations: [location('moda/main.go', 2)],
              suppressions: [{ kind: 'external', status: 'rejected' }]
            }
          ]
        }
      ])
    )
    const prepared = await prepare(repo, ['suppressed.sarif'])
    expect(prepared.tally.levels.error).toBe(1)
    expect(prepared.tally.suppressed).toBe(1)
    expect(uploadedRun(prepared).results).toHaveLength(2)
  })
})
