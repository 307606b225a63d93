/**
 * The SARIF path against what today's tools write: staticcheck 2026.2
 * (`-f sarif`) and govulncheck 1.9 (`-format sarif`) run on the project's
 * examples (examples/workspace, its vendored legacy/ module builds offline;
 * the file:// vulnerability database in examples/vulndb), with Go 1.27, then
 * `go-ci-kit sarif normalize` through the built CLI.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { hashText } from '../../../src/core/sarif/shape/linehash.js'
import type { SarifLog, SarifResult } from '../../../src/core/sarif/types.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'
import { repoRoot } from '../../harness/runner.js'
import { tempDir } from '../../unit/sarif/fixtures.js'
import { oasisProblems } from '../../unit/sarif/oasis.js'
import { cli } from './cli-helper.js'

const run = promisify(execFile)
/** A finding for staticcheck in the example's own module: comparing a value with itself. */
const BUGGY = 'package main\n\nfunc same(s string) bool {\n\treturn s == s\n}\n'

let checkout: string
let raw: { staticcheck: string; govulncheck: string }

/** Tools exit non-zero when they report; the SARIF is on stdout either way. */
async function tool(binary: string, args: string[], cwd: string): Promise<string> {
  const env = goEnv('1.27', { GOWORK: 'off', GOFLAGS: '-mod=vendor' })
  try {
    return (await run(binary, args, { cwd, env, maxBuffer: 64 << 20 })).stdout
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    if (failed.stdout?.startsWith('{')) return failed.stdout
    throw new Error(`${path.basename(binary)} failed: ${failed.stderr}`)
  }
}

function uriOf(result: SarifResult): string | undefined {
  return result.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

async function normalize(input: string, out: string) {
  const result = await cli(['sarif', 'normalize', input, '--out', out, '--json'], checkout)
  expect([result.code, result.stderr]).toEqual([0, expect.any(String)])
  const doc = JSON.parse(readFileSync(path.join(checkout, out), 'utf8')) as SarifLog
  expect(oasisProblems(doc)).toEqual([])
  return { doc, report: JSON.parse(result.stdout) as { warnings: string[] }, stderr: result.stderr }
}

describeIfTool(['go1.27', 'staticcheck-2026.2', 'govulncheck-1.9'])(
  'staticcheck 2026.2 and govulncheck 1.9 SARIF of the examples',
  () => {
    beforeAll(async () => {
      checkout = tempDir('gck-sarif-tools-')
      cpSync(path.join(repoRoot, 'examples', 'workspace'), checkout, { recursive: true })
      writeFileSync(path.join(checkout, 'legacy', 'same.go'), BUGGY)
      const legacy = path.join(checkout, 'legacy')
      const db = pathToFileURL(path.join(repoRoot, 'examples', 'vulndb')).href
      raw = {
        staticcheck: await tool(
          requireTool('staticcheck-2026.2'),
          ['-f', 'sarif', './...'],
          legacy
        ),
        govulncheck: await tool(
          requireTool('govulncheck-1.9'),
          ['-db', db, '-format', 'sarif', './...'],
          legacy
        )
      }
      mkdirSync(path.join(checkout, 'reports'), { recursive: true })
      writeFileSync(path.join(checkout, 'reports', 'staticcheck.sarif'), raw.staticcheck)
      writeFileSync(path.join(checkout, 'legacy', 'govulncheck.sarif'), raw.govulncheck)
      writeFileSync(path.join(checkout, 'reports', 'govulncheck.sarif'), raw.govulncheck)
    }, 300_000)
    afterAll(() => rmSync(checkout, { recursive: true, force: true }))

    it('staticcheck: %SRCROOT% paths resolved by its working directory, fingerprinted', async () => {
      expect(raw.staticcheck).toContain('%SRCROOT%')
      const { doc, report } = await normalize('reports/staticcheck.sarif', 'out/staticcheck.sarif')
      const results = doc.runs[0].results
      expect(results.map(r => [r.ruleId, uriOf(r)])).toContainEqual(['SA4000', 'legacy/same.go'])
      const finding = results.find(r => r.ruleId === 'SA4000') as SarifResult
      expect(finding.partialFingerprints?.primaryLocationLineHash).toBe(hashText(BUGGY)[3])
      expect(report.warnings).toEqual([])
    })

    it('govulncheck next to the module it scanned: go.mod of that module', async () => {
      const { doc } = await normalize('legacy/govulncheck.sarif', 'out/govulncheck.sarif')
      const [result] = doc.runs[0].results
      expect([result.ruleId, uriOf(result)]).toEqual(['GO-2099-0102', 'legacy/go.mod'])
      expect(result.partialFingerprints?.primaryLocationLineHash).toBe(
        hashText(readFileSync(path.join(checkout, 'legacy', 'go.mod'), 'utf8'))[0]
      )
    })

    it('govulncheck saved elsewhere: go.mod is ambiguous among the modules, warned, not guessed', async () => {
      const { doc, report } = await normalize('reports/govulncheck.sarif', 'out/gv-root.sarif')
      expect(uriOf(doc.runs[0].results[0])).toBe('go.mod')
      expect(report.warnings).toEqual([
        expect.stringMatching(
          /^1 location\(s\) name a file that several directories have, and nothing in the SARIF says which \(go\.mod: api\/ or cmd\/server\/ or legacy\/ or libs\/logx\/\)/
        )
      ])
    })
  }
)
