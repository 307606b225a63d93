import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { JsonObjectSplitter, StreamFormatError } from '../../../src/core/vuln/splitter.js'

function split(
  chunks: Uint8Array[],
  maxObjectBytes?: number,
  dropKey?: string
): { text: string; line: number }[] {
  const splitter = new JsonObjectSplitter('out.json', { maxObjectBytes, dropKey })
  const objects: { text: string; line: number }[] = []
  for (const chunk of chunks) splitter.push(chunk, object => objects.push(object))
  splitter.end()
  return objects
}

function chunksAt(bytes: Buffer, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const chunks: Uint8Array[] = []
  let start = 0
  for (const point of points) {
    chunks.push(bytes.subarray(start, point))
    start = point
  }
  chunks.push(bytes.subarray(start))
  return chunks
}

// Values whose strings are full of the characters a naive splitter trips on.
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('{', '}', '"', '\\', '\\"}', '{"a":1}', 'é', '日本', '😀', '\n', '[', ']')
)
const jsonValue = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 })
  )
})).value
const topLevel = fc.dictionary(tricky, jsonValue, { maxKeys: 5 })

describe('JsonObjectSplitter', () => {
  it('returns the same objects however the stream is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(topLevel, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (objects, pretty, cuts) => {
          const text = objects.map(o => JSON.stringify(o, null, pretty ? 2 : undefined)).join('\n')
          const parsed = split(chunksAt(Buffer.from(text, 'utf8'), cuts)).map(o =>
            JSON.parse(o.text)
          )
          expect(parsed).toEqual(objects)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('drops the values of dropKey (objects and arrays only), keeping line numbers', () => {
    const droppable = fc.oneof(
      fc.dictionary(tricky, jsonValue, { maxKeys: 3 }),
      fc.array(jsonValue, { maxLength: 3 }),
      tricky,
      fc.integer()
    )
    const withDrops = fc.array(
      fc
        .tuple(topLevel, droppable)
        .map(([object, value]) => ({ ...object, inner: { drop: value, keep: 1 } })),
      { minLength: 1, maxLength: 4 }
    )
    const nullDrops = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(nullDrops)
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === 'drop' && v !== null && typeof v === 'object' ? null : nullDrops(v)
          ])
        )
      }
      return value
    }
    fc.assert(
      fc.property(withDrops, fc.array(fc.nat(), { maxLength: 8 }), (objects, cuts) => {
        const text = objects.map(o => JSON.stringify(o, null, 2)).join('\n')
        const bytes = Buffer.from(text, 'utf8')
        const whole = split([bytes], undefined, 'drop')
        expect(whole.map(o => JSON.parse(o.text))).toEqual(objects.map(nullDrops))
        expect(whole.map(o => o.line)).toEqual(split([bytes]).map(o => o.line))
        // A key split across chunks may escape the drop; the result is the same data either way.
        const cut = split(chunksAt(bytes, cuts), undefined, 'drop')
        expect(cut.map(o => nullDrops(JSON.parse(o.text)))).toEqual(objects.map(nullDrops))
      }),
      { numRuns: 200 }
    )
  })

  it('reports the line each object starts on', () => {
    const text = '{\n  "a": "}\\n{"\n}\n{"b": 1}\n\n{\n}\n'
    const objects = split([Buffer.from(text)])
    expect(objects.map(o => o.line)).toEqual([1, 4, 6])
  })

  it('accepts objects with no separator, a byte-order mark and CRLF line ends', () => {
    const objects = split([Buffer.from('\ufeff{"a":1}{"b":2}\r\n{"c":3}')])
    expect(objects.map(o => JSON.parse(o.text))).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }])
  })

  it('names the line of text between objects', () => {
    const text = '{\n  "a": 1\n}\npanic: runtime error: index out of range\n{}\n'
    expect(() => split([Buffer.from(text)])).toThrow(
      'out.json:4: unexpected text between JSON objects: "panic: runtime error: index out of range"'
    )
  })

  it('says the text format is not accepted when the stream does not start with an object', () => {
    let error: unknown
    try {
      split([Buffer.from('Scanning your code and 4 packages...\n')])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StreamFormatError)
    expect((error as StreamFormatError).userMessage).toMatch(
      /out\.json:1: unexpected text before the first JSON object.*Fix: pass the output of `govulncheck -json`/
    )
  })

  it('reports a truncated stream at the line of the unfinished object', () => {
    const text = '{\n  "config": {}\n}\n{\n  "finding": {\n    "osv": "GO-1'
    expect(() => split(chunksAt(Buffer.from(text), [5, 17]))).toThrow(
      'out.json:4: the stream ends inside the JSON object that starts on this line (truncated output)'
    )
  })

  it('gives up on an object larger than the bound instead of buffering forever', () => {
    const big = `{"a":"${'x'.repeat(5000)}`
    expect(() => split(chunksAt(Buffer.from(big), [1000, 2000, 3000]), 2048)).toThrow(
      /larger than .* MiB; the stream is probably corrupt/
    )
  })
})
