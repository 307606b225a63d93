/**
 * `run.artifacts`: locations that cannot be placed (the SARIF SDK's samples
 * are full of them), artifacts that become identical, and runs merged with
 * their artifact lists. Every output also passes the OASIS schema (`prepare`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { SarifLog, SarifResult } from '../../../src/core/sarif/types.js'
import { prepare, sarifLog, tempRepo, type TempRepo } from './fixtures.js'

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo()
})
afterAll(() => repo.cleanup())

function indexedResult(index: number, line: number) {
  return {
    ruleId: 'R1',
    message: { text: `finding at artifact ${index}` },
    locations: [{ physicalLocation: { artifactLocation: { index }, region: { startLine: line } } }]
  }
}

function uris(results: SarifResult[]): (string | undefined)[] {
  return results.map(r => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)
}

describe('run.artifacts', () => {
  it('a location with an unknown uriBaseId or an empty uri, used by no result, is dropped, not a crash', async () => {
    repo.write(
      'sdk.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'sdk' } },
          artifacts: [
            { location: { uri: 'src/a.c', uriBaseId: 'SRCROOT_NOBODY_DEFINED' }, length: 10 },
            { location: { uri: '' }, length: 10 },
            { location: { uri: 'moda/main.go' } }
          ],
          results: [indexedResult(2, 1)]
        }
      ])
    )
    const prepared = await prepare(repo, ['sdk.sarif'])
    const run = (JSON.parse(prepared.uploads[0].json) as SarifLog).runs[0]
    // The two unplaceable ones became equal ({ length: 10 }): one is left.
    expect(run.artifacts).toEqual([{ length: 10 }, { location: { uri: 'moda/main.go' } }])
    expect(uris(run.results)).toEqual(['moda/main.go'])
    expect(prepared.warnings).toEqual([])
    expect(prepared.log.lines.map(l => l.message)).toContainEqual(
      expect.stringMatching(/^Removed the location of 2 run\.artifacts/)
    )
  })

  it('merging runs lists each artifact once and keeps results on their files', async () => {
    const run = (files: string[]) => ({
      tool: { driver: { name: 'lint' } },
      artifacts: files.map(uri => ({ location: { uri } })),
      results: files.map((_, index) => indexedResult(index, 1))
    })
    repo.write('a.sarif', sarifLog([run(['moda/main.go', 'modb/main.go'])]))
    repo.write('b.sarif', sarifLog([run(['modb/main.go', 'moda/pkg/run.go', 'moda/main.go'])]))
    const prepared = await prepare(repo, ['a.sarif', 'b.sarif'])
    const [merged] = (JSON.parse(prepared.uploads[0].json) as SarifLog).runs
    expect(merged.artifacts?.map(a => a.location?.uri)).toEqual([
      'moda/main.go',
      'modb/main.go',
      'moda/pkg/run.go'
    ])
    expect(uris(merged.results)).toEqual([
      'moda/main.go',
      'modb/main.go',
      'modb/main.go',
      'moda/pkg/run.go',
      'moda/main.go'
    ])
  })

  it('parentIndex follows the artifacts it points at when duplicates go', async () => {
    repo.write(
      'parents.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'lint' } },
          artifacts: [
            { location: { uri: 'moda' } },
            { location: { uri: 'moda' } },
            { location: { uri: 'moda/main.go' }, parentIndex: 1 }
          ],
          results: [indexedResult(2, 1)]
        }
      ])
    )
    const prepared = await prepare(repo, ['parents.sarif'])
    const run = (JSON.parse(prepared.uploads[0].json) as SarifLog).runs[0]
    expect(run.artifacts).toEqual([
      { location: { uri: 'moda' } },
      { location: { uri: 'moda/main.go' }, parentIndex: 0 }
    ])
  })
})
