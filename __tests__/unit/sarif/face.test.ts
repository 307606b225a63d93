/** The sarif area's face: its entry and its CLI command import only core/sarif/index.ts. */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'
import type { SarifLog, SarifResult, SarifRun } from '../../../src/core/sarif/index.js'

const USERS = ['src/actions/sarif-upload/main.ts', 'src/cli/commands/sarif.ts']

it.each(USERS)('%s imports the sarif area only through its index.ts', file => {
  const source = readFileSync(path.join(repoRoot, file), 'utf8')
  const specifiers = [...source.matchAll(/from '([^']*core\/sarif[^']*)'/g)].map(m => m[1])
  expect(specifiers).toEqual(['../../core/sarif/index.js'])
})

it('exports the SARIF log types for other areas to build SARIF on', () => {
  const result: SarifResult = { message: { text: 'x' }, ruleId: 'r' }
  const run: SarifRun = { tool: { driver: { name: 't' } }, results: [result] }
  const log: SarifLog = { version: '2.1.0', runs: [run] }
  expect(log.runs[0].results).toHaveLength(1)
})
