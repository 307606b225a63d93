/**
 * Every action that takes a GitHub token masks it (`::add-mask::`) as soon as
 * the input is read, before anything could print it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeStep, runStep, type StepResult } from '../../harness/runner.js'

const TOKEN = 'ghs_crossCuttingTestToken0123456789'

let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'gck-mask-'))
  writeFileSync(path.join(workspace, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
})

/** The mask must come before the token could appear on any other line. */
function expectMaskedFirst(result: StepResult): void {
  expect([result.masks, describeStep(result)]).toEqual([
    expect.arrayContaining([TOKEN]),
    expect.any(String)
  ])
  const lines = result.stdout.split('\n')
  const firstMask = lines.indexOf(`::add-mask::${TOKEN}`)
  const firstUse = lines.findIndex(line => line.includes(TOKEN) && !line.startsWith('::add-mask::'))
  expect(firstMask).toBeGreaterThanOrEqual(0)
  if (firstUse >= 0) expect(firstMask).toBeLessThan(firstUse)
}

describe('github-token masking', () => {
  it('cache action (github-token)', async () => {
    const result = await runStep({
      entry: 'dist/cache-restore/index.js',
      inputs: { cache: 'mod', 'github-token': TOKEN },
      workspace
    })
    expectMaskedFirst(result)
  })

  it('cache-key-builder (github-token)', async () => {
    const result = await runStep({
      entry: 'dist/cache-key-builder-restore/index.js',
      inputs: { cache: 'mod', 'github-token': TOKEN },
      workspace
    })
    expectMaskedFirst(result)
  })

  it('govulncheck-gate (github-token)', async () => {
    const stream = path.join(workspace, 'empty.json')
    writeFileSync(stream, '')
    const result = await runStep({
      entry: 'dist/govulncheck-gate/index.js',
      inputs: { 'input-file': stream, 'github-token': TOKEN, 'severity-lookup': 'false' },
      workspace
    })
    expectMaskedFirst(result)
  })

  it('sarif-upload (token)', async () => {
    const result = await runStep({
      entry: 'dist/sarif-upload/index.js',
      inputs: { 'sarif-file': path.join(workspace, 'missing.sarif'), token: TOKEN },
      workspace
    })
    expectMaskedFirst(result)
  })
})
