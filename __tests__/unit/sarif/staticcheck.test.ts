/**
 * Real producer output: staticcheck (`-f sarif`) on a go.work with two
 * modules, run from the workspace root and from each module, as CI jobs do.
 * The current staticcheck 2026.2 with Go 1.27, and 2024.1 with Go 1.23 for
 * compatibility.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { hashText } from '../../../src/core/sarif/shape/linehash.js'
import { sarifValidators } from '../../../src/core/sarif/read/schema.js'
import type { SarifLog, SarifResult } from '../../../src/core/sarif/types.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'
import { prepare, tempRepo, type TempRepo } from './fixtures.js'

const run = promisify(execFile)

const FILES: Record<string, string> = {
  'go.work': 'go 1.22\n\nuse (\n\t./moda\n\t./modb\n)\n',
  'moda/go.mod': 'module example.com/moda\n\ngo 1.22\n',
  'moda/main.go': [
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"strings"',
    ')',
    '',
    'func main() {',
    '\ts := "ünïcödé"',
    '\tfmt.Println(strings.Title(s))',
    '\tif s == s {',
    '\t\tfmt.Println("same")',
    '\t}',
    '}',
    ''
  ].join('\n'),
  'modb/go.mod': 'module example.com/modb\n\ngo 1.22\n',
  'modb/main.go':
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Errorf("ignored %d", 1)\n}\n'
}

interface Version {
  tool: 'staticcheck-2026.2' | 'staticcheck-2024.1'
  go: '1.27' | '1.23'
  /** driver.version as it writes it. */
  version: RegExp
}

const VERSIONS: Version[] = [
  { tool: 'staticcheck-2026.2', go: '1.27', version: /^2026\.2(\.\d+)?$/ },
  { tool: 'staticcheck-2024.1', go: '1.23', version: /^2024\.1$/ }
]

/** staticcheck exits 1 when it reports something; the SARIF is on stdout either way. */
async function staticcheck(version: Version, cwd: string, args: string[]): Promise<string> {
  const binary = requireTool(version.tool)
  try {
    return (
      await run(binary, ['-f', 'sarif', ...args], {
        cwd,
        env: goEnv(version.go),
        maxBuffer: 64 << 20
      })
    ).stdout
  } catch (error) {
    const failed = error as { stdout?: string; code?: number; stderr?: string }
    if (failed.code === 1 && failed.stdout) return failed.stdout
    throw new Error(`staticcheck failed in ${cwd}: ${failed.stderr}`)
  }
}

function uri(result: SarifResult): string | undefined {
  return result.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

function expectFingerprints(results: SarifResult[]): void {
  for (const result of results) {
    const file = uri(result) as string
    const line = result.locations?.[0]?.physicalLocation?.region?.startLine as number
    expect([file, result.partialFingerprints?.primaryLocationLineHash]).toEqual([
      file,
      hashText(FILES[file])[line - 1]
    ])
  }
}

for (const version of VERSIONS) {
  let repo: TempRepo
  describeIfTool([version.tool, `go${version.go}`])(
    `${version.tool} SARIF with Go ${version.go}`,
    () => {
      beforeAll(async () => {
        repo = tempRepo(FILES)
        // The first run compiles the standard library's export data; the others reuse it.
        writeFileSync(
          path.join(repo.dir, 'root.sarif'),
          await staticcheck(version, repo.dir, ['./moda/...', './modb/...'])
        )
        const [a, b] = await Promise.all([
          staticcheck(version, path.join(repo.dir, 'moda'), ['./...']),
          staticcheck(version, path.join(repo.dir, 'modb'), ['./...'])
        ])
        writeFileSync(path.join(repo.dir, 'moda', 'staticcheck.sarif'), a)
        writeFileSync(path.join(repo.dir, 'modb', 'staticcheck.sarif'), b)
        mkdirSync(path.join(repo.dir, 'reports'))
        copyFileSync(
          path.join(repo.dir, 'moda', 'staticcheck.sarif'),
          path.join(repo.dir, 'reports', 'a.sarif')
        )
        copyFileSync(
          path.join(repo.dir, 'modb', 'staticcheck.sarif'),
          path.join(repo.dir, 'reports', 'b.sarif')
        )
      }, 180_000)
      afterAll(() => repo?.cleanup())

      it('produces the quirks we repair: %SRCROOT% without originalUriBaseIds, no fullDescription', () => {
        const raw = JSON.parse(
          readFileSync(path.join(repo.dir, 'moda', 'staticcheck.sarif'), 'utf8')
        ) as SarifLog
        expect(raw.runs[0].tool.driver).toMatchObject({
          name: 'Staticcheck',
          version: expect.stringMatching(version.version)
        })
        expect(raw.runs[0].originalUriBaseIds).toBeUndefined()
        expect(raw.runs[0].results.length).toBeGreaterThan(0)
        expect(
          raw.runs[0].results.every(
            r => r.locations?.[0].physicalLocation?.artifactLocation?.uriBaseId === '%SRCROOT%'
          )
        ).toBe(true)
        expect(
          raw.runs[0].tool.driver.rules?.some(rule => rule.fullDescription === undefined)
        ).toBe(true)
      })

      it('the workspace-root run: repository paths, fingerprints, valid for upload', async () => {
        const prepared = await prepare(repo, ['root.sarif'])
        const doc = JSON.parse(prepared.uploads[0].json) as SarifLog
        const results = doc.runs[0].results
        expect(new Set(results.map(uri))).toEqual(new Set(['moda/main.go', 'modb/main.go']))
        expect(results.map(r => r.ruleId).sort()).toEqual(['SA1019', 'SA4000', 'SA4017'])
        expectFingerprints(results)
        expect(
          sarifValidators('upload')
            .log(doc)
            .filter(p => p.severity === 'error')
        ).toEqual([])
        expect(prepared.warnings).toEqual([])
      })

      it('per-module runs, wherever their SARIF was written, merge into one run with module paths', async () => {
        for (const inputs of [['moda/staticcheck.sarif', 'modb/staticcheck.sarif'], ['reports']]) {
          const prepared = await prepare(repo, inputs)
          expect(prepared.runs).toHaveLength(1)
          const results = prepared.runs[0].run.results
          expect(results.map(uri).sort()).toEqual(['moda/main.go', 'moda/main.go', 'modb/main.go'])
          expectFingerprints(results)
          expect(prepared.tally.levels.warning + prepared.tally.levels.error).toBe(3)
        }
      })

      it('the same analysis twice (root and per-module) is not counted twice', async () => {
        const prepared = await prepare(repo, ['root.sarif', 'reports'])
        expect(prepared.runs[0].run.results).toHaveLength(3)
        expect(prepared.merged[0].duplicates).toBe(3)
        expect(prepared.tally.levels.warning + prepared.tally.levels.error).toBe(3)
      })
    }
  )
}
