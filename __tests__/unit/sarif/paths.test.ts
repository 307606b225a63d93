/**
 * Where a relative path points when several directories have a file of that
 * name, and the repairs of odd URIs (issue 12 §2).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { hashText } from '../../../src/core/sarif/shape/linehash.js'
import type { SarifLog, SarifResult } from '../../../src/core/sarif/types.js'
import {
  location,
  prepare,
  sarifLog,
  tempRepo,
  WORKSPACE_FILES,
  type TempRepo
} from './fixtures.js'

/** A third module whose main.go is longer than moda's and modb's. */
const MODZ_MAIN = `package main\n\nfunc main() {\n${'\tprintln("z")\n'.repeat(16)}}\n`

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo({
    ...WORKSPACE_FILES,
    'modz/go.mod': 'module example.com/modz\n\ngo 1.22\n',
    'modz/main.go': MODZ_MAIN
  })
})
afterAll(() => repo.cleanup())

function result(loc: unknown): SarifResult {
  return { ruleId: 'R', message: { text: 'm' }, locations: [loc as never] }
}

function run(results: SarifResult[], extra: Record<string, unknown> = {}) {
  return { tool: { driver: { name: 'tool' } }, results, ...extra }
}

async function normalized(file: string, content: unknown) {
  repo.write(file, content as object)
  const prepared = await prepare(repo, [file])
  const doc = JSON.parse(prepared.uploads[0].json) as SarifLog
  return { prepared, results: doc.runs[0].results }
}

function uriOf(r: SarifResult) {
  return r.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

describe('an ambiguous relative path', () => {
  it('govulncheck’s go.mod with nothing to tell modules apart: warned, not guessed', async () => {
    const { prepared, results } = await normalized(
      'vuln.sarif',
      sarifLog([run([result(location('go.mod', 1, 1, { uriBaseId: '%SRCROOT%' }))])])
    )
    expect(results.map(uriOf)).toEqual(['go.mod'])
    expect(results[0].partialFingerprints).toBeUndefined()
    expect(prepared.warnings).toEqual([
      expect.stringMatching(
        /^1 location\(s\) name a file that several directories have, and nothing in the SARIF says which \(go\.mod: moda\/ or modb\/ or modz\/\); left relative to the repository root, without a fingerprint\. Fix: /
      )
    ])
  })

  it('a line past the end of a file is a wrong match: main.go:15 is modz’s', async () => {
    const { prepared, results } = await normalized(
      'lines.sarif',
      sarifLog([run([result(location('main.go', 15, 2, { uriBaseId: '%SRCROOT%' }))])])
    )
    expect(results.map(uriOf)).toEqual(['modz/main.go'])
    expect(results[0].partialFingerprints?.primaryLocationLineHash).toBe(hashText(MODZ_MAIN)[14])
    expect(prepared.warnings).toEqual([])
  })

  it('uses the working directory of any invocation, not only the first', async () => {
    const { results } = await normalized(
      'invocations.sarif',
      sarifLog([
        run([result(location('main.go', 1))], {
          invocations: [
            { executionSuccessful: true },
            { executionSuccessful: true, workingDirectory: { uri: `file://${repo.dir}/modb` } }
          ]
        })
      ])
    )
    expect(results.map(uriOf)).toEqual(['modb/main.go'])
  })
})

describe('URI repairs', () => {
  it('a repository-relative URI whose file is missing stays relative to the root', async () => {
    const { prepared, results } = await normalized(
      'reports/deep/missing.sarif',
      sarifLog([run([result(location('moda/gone.go', 3))])])
    )
    expect(results.map(uriOf)).toEqual(['moda/gone.go'])
    expect(prepared.warnings).toEqual([
      expect.stringContaining('point at files missing from the checkout (moda/gone.go)')
    ])
  })

  it('file://moda/main.go (relative, as codeql-action reads it) is resolved and fingerprinted', async () => {
    const { results } = await normalized(
      'relative-file-uri.sarif',
      sarifLog([run([result(location('file://moda/main.go', 6))])])
    )
    expect(results.map(uriOf)).toEqual(['moda/main.go'])
    expect(results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      hashText(WORKSPACE_FILES['moda/main.go'])[5]
    )
  })

  it('a raw Windows path is absolute on the machine that made it, never joined to a directory here', async () => {
    const windows = (extra: Record<string, unknown>) =>
      sarifLog([run([result(location('C:\\src\\repo\\moda\\main.go', 6))], extra)])
    const rerooted = await normalized(
      'reports/win.sarif',
      windows({
        invocations: [
          { executionSuccessful: true, workingDirectory: { uri: 'file:///C:/src/repo/' } }
        ]
      })
    )
    expect(rerooted.results.map(uriOf)).toEqual(['moda/main.go'])
    expect(rerooted.results[0].partialFingerprints?.primaryLocationLineHash).toBe(
      hashText(WORKSPACE_FILES['moda/main.go'])[5]
    )
    const unknown = await normalized('reports/win2.sarif', windows({}))
    expect(unknown.results.map(uriOf)).toEqual(['file:///C:/src/repo/moda/main.go'])
    expect(unknown.prepared.warnings).toEqual([
      expect.stringContaining('1 location(s) point outside the repository')
    ])
  })

  it('region: {} is removed (code scanning needs a start line); the location stays', async () => {
    const loc = { physicalLocation: { artifactLocation: { uri: 'moda/main.go' }, region: {} } }
    const { results } = await normalized('region.sarif', sarifLog([run([result(loc)])]))
    expect(results[0].locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'moda/main.go' }
    })
  })
})
