import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ByteCapture } from '../../../src/core/json/capture.js'
import {
  ARRAY,
  JsonByteScanner,
  OBJECT,
  type ContainerKind,
  type JsonTokenHandler
} from '../../../src/core/json/scanner.js'

type Token =
  | { type: 'open' | 'close'; at: number; depth: number; kind: ContainerKind; line: number }
  | { type: 'comma' | 'colon'; at: number; depth: number }
  | { type: 'key'; key: string; depth: number; line: number }
  | { type: 'text'; at: number }

/** Records every token with its stream offset, so runs over different chunkings compare equal. */
class Recorder implements JsonTokenHandler {
  readonly tokens: Token[] = []
  readonly scanner = new JsonByteScanner(this)
  open(index: number, depth: number, kind: ContainerKind): void {
    const line = this.scanner.line
    this.tokens.push({ type: 'open', at: this.scanner.chunkOffset + index, depth, kind, line })
  }
  close(index: number, depth: number, kind: ContainerKind): void {
    const line = this.scanner.line
    this.tokens.push({ type: 'close', at: this.scanner.chunkOffset + index, depth, kind, line })
  }
  comma(index: number, depth: number): void {
    this.tokens.push({ type: 'comma', at: this.scanner.chunkOffset + index, depth })
  }
  colon(index: number, depth: number): void {
    this.tokens.push({ type: 'colon', at: this.scanner.chunkOffset + index, depth })
  }
  key(bytes: Uint8Array, start: number, end: number, depth: number): void {
    const raw = Buffer.from(bytes.subarray(start, end)).toString('utf8')
    let key = raw
    try {
      key = JSON.parse(`"${raw}"`) as string
    } catch {
      // Not a JSON string (the UTF-16 test): keep the raw text.
    }
    this.tokens.push({ type: 'key', key, depth, line: this.scanner.line })
  }
  text(index: number): void {
    this.tokens.push({ type: 'text', at: this.scanner.chunkOffset + index })
  }
}

function scan(chunks: Uint8Array[], reportDepth = Infinity): Recorder {
  const recorder = new Recorder()
  recorder.scanner.reportDepth = reportDepth
  // Each chunk is a fresh copy that is overwritten afterwards, as a reader reusing its buffer would.
  for (const chunk of chunks) {
    const copy = Uint8Array.from(chunk)
    recorder.scanner.push(copy)
    copy.fill(0x20)
  }
  return recorder
}

function chunksAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
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

// Strings full of what a naive scanner trips on, multi-byte UTF-8 and escapes included.
const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('{', '}', '"', '\\', '\\"}', '{"a":1}', 'é', '日本', '😀', '\n', '[', ']', ',:')
)
const jsonValue = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 })
  )
})).value
const container = fc.oneof(
  fc.array(jsonValue, { maxLength: 4 }),
  fc.dictionary(tricky, jsonValue, { maxKeys: 5 })
)
const cuts = fc.array(fc.nat(), { maxLength: 12 })

/** Containers and keys in document order, as JSON.stringify writes them. */
function walk(
  value: unknown,
  depth: number,
  out: { value?: unknown; key?: string; depth: number }[]
) {
  if (value === null || typeof value !== 'object') return
  out.push({ value, depth })
  if (Array.isArray(value)) for (const item of value) walk(item, depth + 1, out)
  else
    for (const [key, item] of Object.entries(value)) {
      out.push({ key, depth })
      walk(item, depth + 1, out)
    }
}

describe('JsonByteScanner', () => {
  it('reports the same tokens however the stream is cut, also inside UTF-8 sequences', () => {
    fc.assert(
      fc.property(
        fc.array(container, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        cuts,
        (values, pretty, at) => {
          const text = values.map(v => JSON.stringify(v, null, pretty ? 2 : undefined)).join('\n')
          const bytes = Buffer.from(text, 'utf8')
          expect(scan(chunksAt(bytes, at)).tokens).toEqual(scan([bytes]).tokens)
        }
      ),
      { numRuns: 400 }
    )
  })

  it('finds every container and key JSON.parse finds, and cuts out exactly each container', () => {
    fc.assert(
      fc.property(container, fc.boolean(), cuts, (value, pretty, at) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined)
        const bytes = Buffer.from(text, 'utf8')
        const { tokens, scanner } = scan(chunksAt(bytes, at))
        const expected: { value?: unknown; key?: string; depth: number }[] = []
        walk(JSON.parse(text), 1, expected)
        const opens: { at: number; index: number }[] = []
        const found: { value?: unknown; key?: string; depth: number }[] = []
        for (const token of tokens) {
          if (token.type === 'text') throw new Error(`text at ${token.at}`)
          if (token.type === 'key') found.push({ key: token.key, depth: token.depth })
          if (token.type === 'open') {
            found.push({ depth: token.depth })
            opens.push({ at: token.at, index: found.length - 1 })
            expect(bytes[token.at]).toBe(token.kind === OBJECT ? 0x7b : 0x5b)
            // The line is the one the byte is on.
            expect(token.line).toBe(bytes.subarray(0, token.at).toString().split('\n').length)
          }
          if (token.type === 'close') {
            const open = opens.pop() as { at: number; index: number }
            const cut = bytes.subarray(open.at, token.at + 1).toString('utf8')
            found[open.index].value = JSON.parse(cut)
          }
        }
        expect(found).toEqual(expected)
        expect(scanner.atRest).toBe(true)
        expect(scanner.depth).toBe(0)
      }),
      { numRuns: 300 }
    )
  })

  it('reports nothing deeper than reportDepth, and the same for the rest', () => {
    fc.assert(
      fc.property(container, fc.integer({ min: 0, max: 4 }), cuts, (value, depth, at) => {
        const bytes = Buffer.from(JSON.stringify(value, null, 1), 'utf8')
        const all = scan([bytes]).tokens
        const shallow = all.filter(t => t.type === 'text' || t.depth <= depth)
        expect(scan(chunksAt(bytes, at), depth).tokens).toEqual(shallow)
      }),
      { numRuns: 200 }
    )
  })

  it('applies a reportDepth a handler sets from the next token on', () => {
    const seen: string[] = []
    const handler: JsonTokenHandler = {
      open: (_i, depth) => {
        seen.push(`open ${depth}`)
        if (depth === 2) scanner.reportDepth = 2
      },
      close: (_i, depth) => {
        seen.push(`close ${depth}`)
        if (depth === 2) scanner.reportDepth = Infinity
      },
      comma: (_i, depth) => seen.push(`comma ${depth}`),
      colon: (_i, depth) => seen.push(`colon ${depth}`),
      key: (_b, _s, _e, depth) => seen.push(`key ${depth}`),
      text: () => seen.push('text')
    }
    const scanner = new JsonByteScanner(handler)
    scanner.push(Buffer.from('{"a":{"b":[1,{"c":2}],"d":3},"e":[4]}'))
    expect(seen).toEqual([
      'open 1',
      'key 1',
      'colon 1',
      'open 2',
      'key 2',
      'colon 2',
      'comma 2',
      'key 2',
      'colon 2',
      'close 2',
      'comma 1',
      'key 1',
      'colon 1',
      'open 2',
      'close 2',
      'close 1'
    ])
  })

  it('tells keys from string values, also after nested containers', () => {
    const text = '{"a":{"b":["c",{"d":"e"}],"f":"g"},"h":["i"]}'
    const keys = scan([Buffer.from(text)]).tokens.filter(t => t.type === 'key')
    expect(keys.map(t => t.type === 'key' && `${t.key}@${t.depth}`)).toEqual([
      'a@1',
      'b@2',
      'd@4',
      'f@2',
      'h@1'
    ])
  })

  it('hands on a key a chunk boundary cut, whole, even from a reused buffer', () => {
    const bytes = Buffer.from('{"ecosystem_\\"spécific\\\\": 1}', 'utf8')
    for (let a = 1; a < bytes.length; a++)
      for (let b = a; b < bytes.length; b++) {
        const keys = scan(chunksAt(bytes, [a, b])).tokens.filter(t => t.type === 'key')
        expect(keys).toEqual([{ type: 'key', key: 'ecosystem_"spécific\\', depth: 1, line: 1 }])
      }
  })

  it('skips a UTF-8 byte order mark at the start, wherever the chunks are cut', () => {
    const bytes = Buffer.from('\ufeff{"a":[1]}', 'utf8')
    for (const at of [[], [1], [2], [1, 2], [3], [4]]) {
      const recorder = scan(chunksAt(bytes, at))
      expect(recorder.scanner.bomBytes).toBe(3)
      expect(recorder.tokens.filter(t => t.type === 'text')).toEqual([])
      expect(recorder.tokens[0]).toEqual({ type: 'open', at: 3, depth: 1, kind: OBJECT, line: 1 })
    }
  })

  it('does not decode UTF-16: its bytes are text outside any value, as before', () => {
    const utf16 = Buffer.from('\ufeff{"a":1}', 'utf16le')
    expect(scan([utf16]).tokens[0]).toEqual({ type: 'text', at: 0 })
    const noBom = Buffer.from('["a"]', 'utf16le')
    const tokens = scan([noBom]).tokens
    expect(tokens[0]).toMatchObject({ type: 'open', kind: ARRAY })
    // The NUL after the closing bracket is text; those inside the array are JSON.parse's to refuse.
    expect(tokens.at(-1)).toEqual({ type: 'text', at: noBom.length - 1 })
    expect(() => JSON.parse(noBom.toString('utf8'))).toThrow()
  })

  it('reports text between top-level values and the start of a broken byte order mark', () => {
    expect(scan([Buffer.from('{}\nnope{}')]).tokens.filter(t => t.type === 'text')).toHaveLength(4)
    expect(scan([Buffer.from([0xef, 0xbb]), Buffer.from('{}')]).tokens[0]).toEqual({
      type: 'text',
      at: 2
    })
  })

  it('is not at rest inside a string or a container', () => {
    const scanner = scan([Buffer.from('{"a":"b')]).scanner
    expect(scanner.atRest).toBe(false)
    expect(scanner.depth).toBe(1)
    expect(scanner.kindAt(1)).toBe(OBJECT)
    expect(scan([Buffer.from('"abc')]).scanner.atRest).toBe(false)
  })

  it('follows nesting deeper than its first stack', () => {
    const text = '['.repeat(300) + ']'.repeat(300)
    const { tokens, scanner } = scan(chunksAt(Buffer.from(text), [64, 65, 200]))
    expect(tokens.filter(t => t.type === 'open')).toHaveLength(300)
    expect(scanner.atRest).toBe(true)
  })
})

describe('ByteCapture', () => {
  it('returns the bytes between begin and end across chunks, copied or viewed', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        cuts,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (bytes, at, a, b, copy) => {
          const from = a % bytes.length
          const to = from + (b % (bytes.length - from + 1))
          const capture = new ByteCapture(copy)
          let offset = 0
          let result: Buffer | undefined
          for (const chunk of chunksAt(bytes, at)) {
            const own = Uint8Array.from(chunk)
            const end = offset + own.length
            if (!capture.active && result === undefined && from >= offset && from <= end)
              capture.begin(from - offset, from)
            if (capture.active && to >= offset && to <= end) {
              result = capture.end(own, to - offset)
              break
            }
            capture.chunkDone(own)
            if (copy) own.fill(0)
            offset = end
          }
          expect(result && [...result]).toEqual([...bytes.subarray(from, to)])
        }
      )
    )
  })
})
