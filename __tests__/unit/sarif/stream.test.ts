import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseSarifText } from '../../../src/core/sarif/read/files.js'
import { readSarifStreaming } from '../../../src/core/sarif/read/stream.js'
import { silentLogger } from '../../../src/core/report.js'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-sarif-stream-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

function stream(file: string, size: number, chunkBytes?: number) {
  return readSarifStreaming(file, path.basename(file), {
    size,
    maxResultsPerRun: 1000,
    maxRetainedBytes: 64 * 1024 * 1024,
    logger: silentLogger,
    chunkBytes
  })
}

function failure(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error('accepted')
}

// Message texts full of what a byte scanner trips on, multi-byte UTF-8 included.
const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1 }),
  fc.constantFrom('{', '}', '"', '\\', '\\"}', '[', ']', ',:', 'é', '日本', '😀', '\n')
)
const result = fc.record({
  ruleId: fc.constantFrom('R1', 'R2'),
  level: fc.constantFrom('error', 'warning', 'note', 'none'),
  message: fc.record({ text }),
  properties: fc.dictionary(text, text, { maxKeys: 2 })
})
const run = fc.record({
  tool: fc.record({
    driver: fc.record({
      name: text,
      rules: fc.constant([{ id: 'R1' }, { id: 'R2', name: 'two' }])
    })
  }),
  results: fc.array(result, { maxLength: 6 })
})
const log = fc.record({ version: fc.constant('2.1.0'), runs: fc.array(run, { maxLength: 3 }) })

describe('readSarifStreaming', () => {
  it('reads the same log as JSON.parse, whatever the chunk size (chunks cut UTF-8 sequences)', () => {
    fc.assert(
      fc.property(
        log,
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (value, pretty, chunkBytes) => {
          const content = JSON.stringify(value, null, pretty ? 2 : undefined)
          const size = Buffer.byteLength(content)
          const file = write('prop.sarif', content)
          const whole = parseSarifText('prop.sarif', content, size, silentLogger)
          const streamed = stream(file, size, chunkBytes)
          expect(streamed.log).toEqual(whole.log)
          expect(streamed.resultCounts).toEqual(whole.resultCounts)
        }
      ),
      { numRuns: 150 }
    )
  })

  it('skips a UTF-8 byte order mark, as reading the file whole does', () => {
    const content = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'é' } }] }]
    })
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content)])
    const file = write('bom.sarif', bytes)
    for (const chunkBytes of [1, 2, 4, 1024]) {
      expect(stream(file, bytes.length, chunkBytes).log).toEqual(JSON.parse(content))
    }
  })

  it('names the same line and column of a syntax error whatever the chunk size', () => {
    const content =
      '{"version": "2.1.0",\n "runs": [{"tool": {"driver": {"name": "x"}},\n  "results": [{"message": {"text": "a"}},\n   {"message": {"text": "b"}, }]}]}\n'
    const file = write('broken.sarif', content)
    const messages = [1, 3, 7, 64, 4096].map(chunkBytes =>
      failure(() => stream(file, content.length, chunkBytes))
    )
    expect(new Set(messages).size).toBe(1)
    expect(messages[0]).toMatch(/^broken\.sarif:4:31: invalid JSON: /)
    const cut = write('cut.sarif', content.slice(0, 90))
    expect(failure(() => stream(cut, 90, 16))).toMatch(
      /^cut\.sarif:3:\d+: invalid JSON: unexpected end of file/
    )
  })
})
