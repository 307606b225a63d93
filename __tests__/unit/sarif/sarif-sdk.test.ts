/**
 * The SARIF SDK's valid sample logs (microsoft/sarif-sdk test data, a subset:
 * see __tests__/fixtures/sarif-sdk/README.md) through the whole pipeline. Each
 * is either accepted, with every upload valid against the OASIS schema, or
 * refused with a one-line reason; nothing may be treated as a bug.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import { collectingLogger } from '../../../src/core/report.js'
import { prepareSarif } from '../../../src/core/sarif/prepare.js'
import { tempDir } from './fixtures.js'
import { oasisProblems, SARIF_SDK_FIXTURES } from './oasis.js'

function sampleLogs(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...sampleLogs(full))
    else if (/\.sarif$/i.test(entry.name)) found.push(full)
  }
  return found.sort()
}

const samples = sampleLogs(SARIF_SDK_FIXTURES)
let checkout: string
beforeAll(() => {
  checkout = tempDir('gck-sarif-sdk-')
})
afterAll(() => rmSync(checkout, { recursive: true, force: true }))

describe('the SARIF SDK sample logs', () => {
  it('are all here', () => {
    expect(samples.length).toBeGreaterThan(400)
  })

  it('are each accepted with OASIS-valid output, or refused in one line', async () => {
    const failures: string[] = []
    let accepted = 0
    for (const file of samples) {
      const name = path.relative(SARIF_SDK_FIXTURES, file)
      try {
        const prepared = await prepareSarif({
          inputs: [file],
          cwd: SARIF_SDK_FIXTURES,
          checkoutDir: checkout,
          logger: collectingLogger()
        })
        for (const upload of prepared.uploads) {
          const problems = oasisProblems(upload.json)
          if (problems.length > 0) failures.push(`${name}: ${problems.slice(0, 3).join('; ')}`)
        }
        accepted++
      } catch (error) {
        if (!(error instanceof ConfigurationError)) {
          failures.push(`${name}: treated as a bug: ${String(error).split('\n')[0]}`)
        } else if (/[\r\n]/.test(error.userMessage)) {
          failures.push(`${name}: refused in more than one line: ${error.userMessage}`)
        }
      }
    }
    expect(failures).toEqual([])
    // Valid logs: refusing is the exception (a log with nothing code scanning can read).
    expect(accepted).toBeGreaterThan(samples.length * 0.9)
  })
})
