import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { gunzipSync } from 'node:zlib'
import { describeCut } from '../../../src/core/sarif/shape/limits.js'
import { categoryOf } from '../../../src/core/sarif/shape/normalize.js'
import { sarifValidators } from '../../../src/core/sarif/read/schema.js'
import type { SarifLog, SarifResult, SarifRun } from '../../../src/core/sarif/types.js'
import {
  golangciRun,
  location,
  prepare,
  sarifLog,
  staticcheckRun,
  tempRepo,
  type TempRepo
} from './fixtures.js'

let repo: TempRepo
beforeAll(() => {
  repo = tempRepo()
})
afterAll(() => repo.cleanup())

function documents(prepared: Awaited<ReturnType<typeof prepare>>): SarifLog[] {
  return prepared.uploads.map(
    upload => JSON.parse(gunzipSync(upload.gzip).toString('utf8')) as SarifLog
  )
}

function manyResults(
  count: number,
  level: (i: number) => string,
  extra: (i: number) => Record<string, unknown> = () => ({})
) {
  return Array.from({ length: count }, (_, i) => ({
    ruleId: `R${i % 3}`,
    level: level(i),
    message: { text: `finding ${i} ${'padding '.repeat(8)}` },
    locations: [location('moda/main.go', (i % 9) + 1)],
    ...extra(i)
  }))
}

describe('GitHub limits', () => {
  it('keeps the most severe results of a run over the limit, in file order, and says so', async () => {
    const levels = ['note', 'warning', 'error']
    repo.write(
      'many.sarif',
      sarifLog([
        {
          tool: {
            driver: {
              name: 'lint',
              rules: [
                { id: 'R0' },
                { id: 'R1', properties: { 'security-severity': '9.8' } },
                { id: 'R2' }
              ]
            }
          },
          results: manyResults(30, i => levels[i % 3])
        }
      ])
    )
    const prepared = await prepare(repo, ['many.sarif'], { limits: { maxResultsPerRun: 12 } })
    const kept = prepared.runs[0].run.results
    expect(kept).toHaveLength(12)
    const number = (result: SarifResult) => Number((result.message.text ?? '').split(' ')[1])
    // All 10 errors, then the two earliest warnings (rule R1, security-severity 9.8).
    expect(kept.filter(r => r.level === 'error')).toHaveLength(10)
    expect(kept.filter(r => r.level === 'warning').map(number)).toEqual([1, 4])
    // In file order.
    expect(kept.map(number)).toEqual([...kept.map(number)].sort((a, b) => a - b))
    expect(prepared.cuts.map(describeCut)).toEqual([
      'lint: 18 least severe results removed (limit 12)'
    ])
    expect(prepared.warnings).toContain(
      'GitHub limit: lint: 18 least severe results removed (limit 12)'
    )
    // The tally (and so the gate and the outputs) still counts everything.
    expect(prepared.tally.levels).toEqual({ error: 10, warning: 10, note: 10, none: 0 })
  })

  it('cuts locations, thread-flow locations and tags per result and rule', async () => {
    const flow = (n: number, name: string) => ({
      message: { text: name },
      threadFlows: [
        {
          locations: Array.from({ length: n }, (_, i) => ({
            location: location('moda/main.go', (i % 9) + 1)
          }))
        }
      ]
    })
    repo.write(
      'big-results.sarif',
      sarifLog([
        {
          tool: {
            driver: {
              name: 'lint',
              rules: [
                {
                  id: 'R0',
                  name: 'n'.repeat(300),
                  shortDescription: { text: 's'.repeat(2000) },
                  properties: { tags: Array.from({ length: 30 }, (_, i) => `tag${i}`) }
                }
              ]
            }
          },
          results: [
            {
              ruleId: 'R0',
              message: { text: 'many' },
              locations: Array.from({ length: 15 }, (_, i) => location('moda/main.go', i + 1)),
              codeFlows: [flow(6, 'first'), flow(6, 'second')],
              properties: { tags: ['a', 'b', 'c', 'd', 'e'] }
            }
          ]
        }
      ])
    )
    const prepared = await prepare(repo, ['big-results.sarif'], {
      limits: { maxLocationsPerResult: 10, maxThreadFlowLocationsPerResult: 8, maxTagsPerRule: 3 }
    })
    const [result] = prepared.runs[0].run.results
    expect(result.locations).toHaveLength(10)
    expect(result.codeFlows?.map(f => f.threadFlows[0].locations.length)).toEqual([6, 2])
    expect(result.properties?.tags).toEqual(['a', 'b', 'c'])
    const rule = prepared.runs[0].run.tool.driver.rules?.[0]
    expect(rule?.properties?.tags).toHaveLength(3)
    expect(rule?.name).toHaveLength(255)
    expect(rule?.shortDescription?.text).toHaveLength(1024)
    expect(prepared.cuts.map(describeCut)).toEqual([
      'lint: 5 locations removed in 1 item (limit 10)',
      'lint: 4 thread-flow locations removed in 1 item (limit 8)',
      'lint: 29 tags removed (limit 3)',
      'lint: 1997 characters of rule names (max 255) and descriptions removed (limit 1024)'
    ])
    for (const doc of documents(prepared)) {
      expect(
        sarifValidators('upload')
          .log(doc)
          .filter(p => p.severity === 'error')
      ).toEqual([])
    }
  })
})

describe('merging runs of one tool and category', () => {
  it('merges staticcheck runs of two modules into one run with their rules united', async () => {
    repo.write('sc-a.sarif', sarifLog([staticcheckRun(`${repo.dir}/moda`)]))
    const b = staticcheckRun(`${repo.dir}/modb`)
    b.tool.driver.rules.push({
      id: 'ST1000',
      shortDescription: { text: 'package comment' }
    } as (typeof b.tool.driver.rules)[number])
    repo.write('sc-b.sarif', sarifLog([b]))
    const prepared = await prepare(repo, ['sc-a.sarif', 'sc-b.sarif'], { category: 'staticcheck' })
    expect(prepared.runs).toHaveLength(1)
    const [doc] = documents(prepared)
    expect(doc.runs).toHaveLength(1)
    const run = doc.runs[0]
    expect(run.automationDetails).toEqual({ id: 'staticcheck/' })
    expect(run.results.map(r => r.locations?.[0].physicalLocation?.artifactLocation?.uri)).toEqual([
      'moda/main.go',
      'moda/main.go',
      'modb/main.go',
      'modb/main.go'
    ])
    expect(run.tool.driver.rules?.map(rule => rule.id)).toEqual(['SA4006', 'compile', 'ST1000'])
    expect(run.invocations).toHaveLength(2)
    expect(prepared.merged).toEqual([
      {
        tool: 'Staticcheck',
        category: 'staticcheck',
        runs: 2,
        sources: ['sc-a.sarif', 'sc-b.sarif']
      }
    ])
    expect(
      prepared.log.lines.some(l =>
        /^Merged 2 runs of Staticcheck \(category staticcheck\)/.test(l.message)
      )
    ).toBe(true)
  })

  it('keeps runs of different tools or categories apart', async () => {
    const lintA = {
      ...golangciRun(['moda/main.go', 'moda/main.go']),
      automationDetails: { id: 'lint/moda/' }
    }
    const lintB = {
      ...golangciRun(['modb/main.go', 'modb/main.go']),
      automationDetails: { id: 'lint/modb/' }
    }
    repo.write('apart.sarif', sarifLog([lintA, lintB, staticcheckRun(`${repo.dir}/moda`)]))
    const prepared = await prepare(repo, ['apart.sarif'])
    expect(prepared.runs.map(run => `${run.tool}:${run.category}`)).toEqual([
      'golangci-lint:lint/moda',
      'golangci-lint:lint/modb',
      'Staticcheck:'
    ])
    expect(prepared.merged).toEqual([])
  })
})

describe('splitting into uploads', () => {
  it('puts at most 20 runs in an upload', async () => {
    const runs = Array.from({ length: 23 }, (_, i) => ({
      ...golangciRun(['moda/main.go', 'moda/main.go']),
      automationDetails: { id: `lint/${i}/` }
    }))
    repo.write('runs.sarif', sarifLog(runs))
    const prepared = await prepare(repo, ['runs.sarif'])
    expect(prepared.uploads.map(u => u.runs.length)).toEqual([20, 3])
    const categories = documents(prepared).flatMap(doc =>
      doc.runs.map(run => run.automationDetails?.id)
    )
    expect(new Set(categories).size).toBe(23)
  })

  it('splits a run too big for one upload into parts with their own category, most severe first', async () => {
    const levels = ['note', 'warning', 'error']
    repo.write(
      'huge.sarif',
      sarifLog([
        {
          tool: { driver: { name: 'lint' } },
          automationDetails: { id: 'lint/' },
          results: manyResults(
            3000,
            i => levels[i % 3],
            i => ({ properties: { noise: `${i}-${Math.sin(i)}` } })
          )
        }
      ])
    )
    const prepared = await prepare(repo, ['huge.sarif'], { limits: { maxGzipBytes: 40_000 } })
    expect(prepared.uploads.length).toBeGreaterThan(1)
    const docs = documents(prepared)
    const runs: SarifRun[] = docs.flatMap(doc => doc.runs)
    const ids = runs.map(run => run.automationDetails?.id)
    expect(ids[0]).toBe('lint/')
    expect(ids.slice(1)).toEqual(ids.slice(1).map((_, i) => `lint/part-${i + 2}/`))
    expect(new Set(ids.map(id => categoryOf(id))).size).toBe(ids.length)
    expect(runs.reduce((sum, run) => sum + run.results.length, 0)).toBe(3000)
    expect(runs[0].results.every(result => result.level === 'error')).toBe(true)
    for (const upload of prepared.uploads) expect(upload.gzip.length).toBeLessThanOrEqual(40_000)
    for (const doc of docs)
      expect(
        sarifValidators('upload')
          .log(doc)
          .filter(p => p.severity === 'error')
      ).toEqual([])
    expect(prepared.log.lines.some(l => /^Split into \d+ uploads/.test(l.message))).toBe(true)
  })
})
