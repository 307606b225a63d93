import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolveSarifPaths } from '../../../src/core/sarif/read/files.js'
import {
  golangciRun,
  govulncheckRun,
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

async function failure(file: string, content: string | object): Promise<string> {
  repo.write(file, content)
  try {
    await prepare(repo, [file])
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error(`${file} was accepted`)
}

describe('bad input', () => {
  it('invalid JSON names file, line and column', async () => {
    const message = await failure(
      'bad/invalid.sarif',
      '{\n  "version": "2.1.0",\n  "runs": [\n    {"tool": }\n  ]\n}\n'
    )
    expect(message).toMatch(
      /^bad\/invalid\.sarif:4:14: invalid JSON: Unexpected token '}'\. Fix: make sure the analysis finished writing the file/
    )
  })

  it('a cut-off file says where it ends', async () => {
    expect(
      await failure(
        'bad/cut.sarif',
        '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":['
      )
    ).toMatch(/^bad\/cut\.sarif:1:71: invalid JSON: Unexpected end of JSON input/)
  })

  it.each([
    ['2.0.0', '2.0.0'],
    ['1.0.0', '1.0.0']
  ])('SARIF %s is refused with a version error', async (_name, version) => {
    const message = await failure(`bad/v${version}.sarif`, {
      version,
      runs: [{ tool: { name: 'old' }, results: [] }]
    })
    expect(message).toContain(
      `/version: SARIF version "${version}" is not supported; code scanning accepts only 2.1.0`
    )
    expect(message).toContain('sarif transform --sarif-output-version Current')
  })

  it('an empty file (or only whitespace) is an error, not an empty upload', async () => {
    expect(await failure('bad/empty.sarif', '')).toMatch(
      /^bad\/empty\.sarif: the SARIF file is empty/
    )
    expect(await failure('bad/blank.sarif', '\n\n  \n')).toMatch(
      /^bad\/blank\.sarif: the SARIF file is empty/
    )
  })

  it('schema problems are listed by JSON pointer', async () => {
    const message = await failure(
      'bad/schema.sarif',
      sarifLog([
        { tool: { driver: {} }, results: [{ message: { text: 'x' }, locations: 'nowhere' }] },
        { results: [] },
        {
          tool: {
            driver: { name: 'x', rules: [{ id: 'R', properties: { 'security-severity': 'high' } }] }
          },
          results: [{ ruleId: 'R', locations: [] }]
        }
      ])
    )
    expect(message).toContain('bad/schema.sarif: not valid SARIF for code scanning:')
    expect(message).toContain('/runs/0/tool/driver/name: is required but missing')
    expect(message).toContain('/runs/0/results/0/locations: must be array')
    expect(message).toContain('/runs/1/tool: is required but missing')
    expect(message).toContain(
      '/runs/2/tool/driver/rules/0/properties/security-severity: must be a number from 0.0 to 10.0 written as a string'
    )
    expect(message).toContain('/runs/2/results/0/message: is required but missing')
    expect(message).not.toContain('must be null')
  })

  it('a malformed helpUri is a warning, as in codeql-action', async () => {
    const run = staticcheckRun(`${repo.dir}/moda`)
    ;(run.tool.driver.rules[0] as Record<string, unknown>).helpUri = 'not a uri'
    repo.write('warn.sarif', sarifLog([run]))
    const prepared = await prepare(repo, ['warn.sarif'])
    expect(prepared.log.lines).toContainEqual({
      level: 'warning',
      message: 'warn.sarif: /runs/0/tool/driver/rules/0/helpUri: is not a valid uri (kept as it is)'
    })
    // Kept in the rule's property bag: as helpUri it would make the output invalid SARIF.
    const [rule] = JSON.parse(prepared.uploads[0].json).runs[0].tool.driver.rules
    expect(rule.helpUri).toBeUndefined()
    expect(rule.properties.helpUri).toBe('not a uri')
  })

  it('accepts a UTF-8 byte order mark', async () => {
    repo.write(
      'bom.sarif',
      `\ufeff${JSON.stringify(sarifLog([golangciRun(['moda/main.go', 'moda/main.go'])]))}`
    )
    expect((await prepare(repo, ['bom.sarif'])).runs).toHaveLength(1)
  })

  it('a missing checkout directory is a clear error', async () => {
    repo.write('ok.sarif', sarifLog([golangciRun()]))
    await expect(prepare(repo, ['ok.sarif'], { checkoutDir: 'nope' })).rejects.toThrow(
      /checkout directory nope does not exist/
    )
  })
})

describe('finding SARIF files', () => {
  it('takes files, directories and globs, and complains when one finds nothing', async () => {
    repo.write('reports/a.sarif', sarifLog([]))
    repo.write('reports/sub/b.sarif.json', sarifLog([]))
    repo.write('reports/notes.txt', 'x')
    const found = await resolveSarifPaths(
      ['reports', 'reports/sub/*.json', 'reports/a.sarif'],
      repo.dir
    )
    expect(found.map(file => file.slice(repo.dir.length + 1)).sort()).toEqual([
      'reports/a.sarif',
      'reports/sub/b.sarif.json'
    ])
    await expect(resolveSarifPaths(['nothing/*.sarif'], repo.dir)).rejects.toThrow(
      'no SARIF file matches nothing/*.sarif'
    )
    await expect(resolveSarifPaths(['moda'], repo.dir)).rejects.toThrow(
      'directory moda holds no *.sarif file'
    )
    await expect(resolveSarifPaths([], repo.dir)).rejects.toThrow('no SARIF file given')
  })
})

describe('the streaming reader (files too big to parse whole)', () => {
  function bigLog(results: number) {
    const run = govulncheckRun()
    const template = {
      ruleId: 'R1',
      message: { text: 'a "quoted" [bracket] {brace}, comma \\ back\u00e9' },
      locations: [location('moda/main.go', 5)]
    }
    const levels = ['note', 'warning', 'error', 'none']
    return sarifLog([
      run,
      {
        tool: {
          driver: { name: 'lint', rules: [{ id: 'R1', defaultConfiguration: { level: 'note' } }] }
        },
        results: Array.from({ length: results }, (_, i) => ({
          ...template,
          ...(i % 5 === 4 ? {} : { level: levels[i % 4] }),
          properties: { n: i }
        }))
      }
    ])
  }

  it('gives the same result as parsing whole', async () => {
    repo.write('big.sarif', JSON.stringify(bigLog(300), null, 1))
    const whole = await prepare(repo, ['big.sarif'])
    const streamed = await prepare(repo, ['big.sarif'], { streamThresholdBytes: 1 })
    expect(streamed.uploads.map(u => u.json)).toEqual(whole.uploads.map(u => u.json))
    expect(streamed.tally).toEqual(whole.tally)
    expect(streamed.log.lines.some(line => /reading it as a stream/.test(line.message))).toBe(true)
  })

  it('keeps the most severe results of each run and still counts the rest', async () => {
    repo.write('big.sarif', JSON.stringify(bigLog(1000)))
    const limits = { maxResultsPerRun: 100 }
    const whole = await prepare(repo, ['big.sarif'], { limits })
    const streamed = await prepare(repo, ['big.sarif'], { limits, streamThresholdBytes: 1 })
    const run = streamed.runs.find(r => r.tool === 'lint')
    expect(run?.run.results).toHaveLength(100)
    expect(run?.run.results.every(result => result.level === 'error')).toBe(true)
    expect(streamed.uploads.map(u => u.json)).toEqual(whole.uploads.map(u => u.json))
    // 800 with a level (200 each), 200 falling back to the rule's default (note), 1 govulncheck error.
    expect(streamed.tally.levels).toEqual({ error: 201, warning: 200, note: 400, none: 200 })
    expect(streamed.tally).toEqual(whole.tally)
  })

  it('reports syntax errors with line and column of the file', async () => {
    const text = JSON.stringify(bigLog(20), null, 1).replace('"n": 7\n', '"n": 7,\n')
    expect(text).toContain('"n": 7,')
    repo.write('broken.sarif', text)
    const whole = await failure('broken.sarif', text)
    let streamed = ''
    try {
      await prepare(repo, ['broken.sarif'], { streamThresholdBytes: 1 })
    } catch (error) {
      streamed = (error as { userMessage: string }).userMessage
    }
    expect(streamed.replace(/: invalid JSON: .*$/, '')).toBe(
      whole.replace(/: invalid JSON: .*$/, '')
    )
  })

  it('stops at a wrong version without reading everything', async () => {
    repo.write('old-big.sarif', {
      version: '2.0.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [] }]
    })
    await expect(prepare(repo, ['old-big.sarif'], { streamThresholdBytes: 1 })).rejects.toThrow(
      /SARIF version "2.0.0" is not supported/
    )
  })

  it('refuses to hold more than its memory budget, saying so', async () => {
    repo.write('big.sarif', JSON.stringify(bigLog(1000)))
    await expect(
      prepare(repo, ['big.sarif'], { streamThresholdBytes: 1, maxRetainedBytes: 50_000 })
    ).rejects.toThrow(/more than 0 MiB of SARIF would have to be held in memory/)
  })
})
