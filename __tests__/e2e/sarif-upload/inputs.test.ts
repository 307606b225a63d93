/**
 * Input nobody on the project wrote, through the built CLI: the SARIF SDK's
 * sample logs that used to crash normalize, files in the encodings Windows
 * writes, and a file the step cannot read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SarifLog } from '../../../src/core/sarif/types.js'
import { golangciRun, sarifLog, tempRepo, type TempRepo } from '../../unit/sarif/fixtures.js'
import { oasisProblems, SARIF_SDK_FIXTURES } from '../../unit/sarif/oasis.js'
import { cli } from './cli-helper.js'

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo()
})
afterAll(() => repo.cleanup())

function written(file: string): SarifLog {
  return JSON.parse(readFileSync(path.join(repo.dir, file), 'utf8')) as SarifLog
}

describe('the SARIF SDK sample logs that crashed normalize (exit 70)', () => {
  it.each([
    // run.artifacts[].location with a uriBaseId nobody defines
    'Test.FunctionalTests.Sarif/TestData/Multitool/BaselineOption/Inputs/TEST1001.Baseline.sarif',
    'Test.FunctionalTests.Sarif/TestData/Multitool/ValidateCommand/ExpectedOutputs/SARIF1001.RuleIdentifiersMustBeValid_Invalid.sarif',
    'Test.FunctionalTests.Sarif/v2/ConverterTestData/SemmleQL/Simple.csv.sarif',
    'Test.UnitTests.Sarif/TestData/GitHubIngestionVisitor/Inputs/WithArtifacts.sarif',
    // an empty artifact uri
    'Test.UnitTests.Sarif.Converters/TestData/ClangTidyConverter/ExpectedOutputs/ValidResults.sarif'
  ])('%s: accepted, valid SARIF out', async sample => {
    const input = path.join(SARIF_SDK_FIXTURES, sample)
    expect(existsSync(input)).toBe(true)
    const result = await cli(
      ['sarif', 'normalize', input, '--out', 'out/sdk.sarif', '--checkout', '.'],
      repo.dir
    )
    expect([result.code, result.stderr]).toEqual([0, expect.not.stringContaining('this is a bug')])
    expect(oasisProblems(written('out/sdk.sarif'))).toEqual([])
  })
})

describe('encodings', () => {
  const text = JSON.stringify(sarifLog([golangciRun(['moda/main.go', 'modb/main.go'])]))
  it.each([
    ['UTF-16LE with a BOM (Windows PowerShell 5 `>`)', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['UTF-16BE with a BOM', Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
    ['UTF-16LE without a BOM', Buffer.from(text, 'utf16le')],
    ['UTF-8 with a BOM', Buffer.from(`\ufeff${text}`, 'utf8')]
  ])('%s is read', async (_name, bytes) => {
    writeFileSync(path.join(repo.dir, 'encoded.sarif'), bytes)
    const result = await cli(
      ['sarif', 'normalize', 'encoded.sarif', '--out', 'out/encoded.sarif'],
      repo.dir
    )
    expect([result.code, result.stderr]).toEqual([0, expect.stringContaining('Wrote')])
    const doc = written('out/encoded.sarif')
    expect(
      doc.runs[0].results.map(r => r.locations?.[0].physicalLocation?.artifactLocation?.uri)
    ).toEqual(['moda/main.go', 'modb/main.go'])
    expect(oasisProblems(doc)).toEqual([])
  })

  it('UTF-32 is named, with the fix', async () => {
    const utf32 = Buffer.alloc((text.length + 1) * 4)
    utf32.writeUInt32LE(0xfeff, 0)
    for (let i = 0; i < text.length; i++) utf32.writeUInt32LE(text.charCodeAt(i), (i + 1) * 4)
    writeFileSync(path.join(repo.dir, 'utf32.sarif'), utf32)
    const result = await cli(
      ['sarif', 'normalize', 'utf32.sarif', '--out', 'out/u.sarif'],
      repo.dir
    )
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^go-ci-kit: utf32\.sarif: the SARIF file is UTF-32LE\. Fix: write the SARIF file as UTF-8/
      )
    ])
  })
})

describe('a file the step cannot read', () => {
  it('is one line naming it, exit 2 as the README says', async () => {
    // Root reads anything: run the CLI as nobody then (CI runners are not root).
    const asRoot = process.getuid?.() === 0
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-sarif-unreadable-'))
    try {
      chmodSync(dir, 0o777)
      writeFileSync(path.join(dir, 'locked.sarif'), text())
      chmodSync(path.join(dir, 'locked.sarif'), 0o000)
      const result = await cli(
        ['sarif', 'normalize', 'locked.sarif', '--out', 'out.sarif'],
        dir,
        {},
        asRoot ? { uid: 65534, gid: 65534 } : {}
      )
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^go-ci-kit: locked\.sarif: cannot read the SARIF file \(permission denied\)\. Fix: make it readable/
        )
      ])
      expect(existsSync(path.join(dir, 'out.sarif'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

function text(): string {
  return JSON.stringify(sarifLog([golangciRun(['main.go', 'main.go'])]))
}
