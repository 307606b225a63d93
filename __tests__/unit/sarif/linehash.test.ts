import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { primaryLocationLineHashes } from '../../../src/core/sarif/shape/partial-fingerprints.js'
import { codeUnits, hashText, LineHashScanner } from '../../../src/core/sarif/shape/linehash.js'

// The published test vectors of codeql-action (src/fingerprints.test.ts, `hash`).
const NEWLINE_VARIANTS_EXPECTED = [
  'e9496ae3ebfced30:1',
  'fb7c023a8b9ccb3f:1',
  'ce8ba1a563dcdaca:1',
  'e20e36e16fcb0cc8:1',
  'b3edc88f2938467e:1',
  'c8e28b0b4002a3a0:1',
  'c129715d7a2bc9a3:1'
]
const VECTORS: [string, string, string[]][] = [
  ['empty file', '', ['c129715d7a2bc9a3:1']],
  [
    'indented lines',
    ' a\nb\n  \t\tc\n d',
    ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']
  ],
  [
    'no final newline',
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    [
      '8b7cf3e952e7aeb2:1',
      'b1ae1287ec4718d9:1',
      'bff680108adb0fcc:1',
      'c6805c5e1288b612:1',
      'b86d3392aea1be30:1',
      'e6ceba753e1a442:1'
    ]
  ],
  ['final LF', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n', NEWLINE_VARIANTS_EXPECTED],
  ['CR line ends', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r', NEWLINE_VARIANTS_EXPECTED],
  [
    'CRLF line ends',
    ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
    NEWLINE_VARIANTS_EXPECTED
  ],
  [
    'mixed line ends',
    ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
    NEWLINE_VARIANTS_EXPECTED
  ],
  [
    'repeated lines',
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1'
    ]
  ]
]

/**
 * A direct transcription of the definition (rolling window, BigInt), to check
 * the fast prefix-polynomial scanner against on arbitrary input.
 */
function referenceHash(text: string): string[] {
  const mask = (1n << 64n) - 1n
  let firstMod = 1n
  for (let i = 0; i < 100; i++) firstMod = (firstMod * 37n) & mask
  const window = new Array<number>(100).fill(0)
  const lineNumbers = new Array<number>(100).fill(-1)
  let hash = 0n
  let index = 0
  let lineNumber = 0
  let lineStart = true
  let prevCR = false
  const counts = new Map<string, number>()
  const out: string[] = []
  const emit = () => {
    const hex = hash.toString(16)
    const count = (counts.get(hex) ?? 0) + 1
    counts.set(hex, count)
    out[lineNumbers[index] - 1] = `${hex}:${count}`
    lineNumbers[index] = -1
  }
  const update = (current: number) => {
    const begin = window[index]
    window[index] = current
    hash = (37n * hash + BigInt(current) - firstMod * BigInt(begin)) & mask
    index = (index + 1) % 100
  }
  const process = (code: number) => {
    let current = code
    if (current === 32 || current === 9 || (prevCR && current === 10)) {
      prevCR = false
      return
    }
    if (current === 13) {
      current = 10
      prevCR = true
    } else prevCR = false
    if (lineNumbers[index] !== -1) emit()
    if (lineStart) {
      lineStart = false
      lineNumber++
      lineNumbers[index] = lineNumber
    }
    if (current === 10) lineStart = true
    update(current)
  }
  for (let i = 0; i < text.length; i++) process(text.charCodeAt(i))
  process(65535)
  for (let i = 0; i < 100; i++) {
    if (lineNumbers[index] !== -1) emit()
    update(0)
  }
  return out
}

describe('primaryLocationLineHash', () => {
  it.each(VECTORS)('reproduces codeql-action test vector: %s', (_name, input, expected) => {
    expect(hashText(input)).toEqual(expected)
    // codeql-action's test also checks one hash per line (CR, LF and CRLF all end lines).
    expect(hashText(input)).toHaveLength(input.split(/\r\n|\r|\n/).length)
  })

  it('matches the plain definition on arbitrary text (fast paths, CR/LF mixes, non-ASCII)', () => {
    const alphabet = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      'a',
      'b',
      '{',
      '}',
      '0',
      'é',
      '€',
      '\u0000',
      'x',
      'y'
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 600 }), chars => {
        const text = chars.join('')
        expect(hashText(text)).toEqual(referenceHash(text))
      }),
      { numRuns: 300 }
    )
  })

  it('gives the same hashes when the input arrives in arbitrary chunks', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 800 }),
        fc.array(fc.nat({ max: 800 }), { maxLength: 6 }),
        (text, cutPoints) => {
          const units = codeUnits(text)
          const cuts = [...new Set(cutPoints.map(cut => Math.min(cut, units.length)))].sort(
            (a, b) => a - b
          )
          const scanner = new LineHashScanner().reset()
          let from = 0
          for (const cut of [...cuts, units.length]) {
            scanner.push(units.subarray(from, cut))
            from = cut
          }
          scanner.finish()
          const lines = Array.from({ length: scanner.lines }, (_, i) => i + 1)
          expect(scanner.lineHashes(lines)).toEqual(referenceHash(text))
        }
      ),
      { numRuns: 200 }
    )
  })

  it('hashes UTF-8 bytes (the file path) like the text, however they are split into reads', () => {
    const alphabet = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      'a',
      '{',
      'x := f(y)',
      '0',
      'é',
      '€',
      '日本',
      '\u0000',
      'z'.repeat(37)
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 400 }),
        fc.array(fc.nat({ max: 3000 }), { maxLength: 5 }),
        (pieces, cutPoints) => {
          const text = pieces.join('')
          const bytes = Buffer.from(text, 'utf8')
          const cuts = [...new Set(cutPoints.map(cut => Math.min(cut, bytes.length)))].sort(
            (a, b) => a - b
          )
          const scanner = new LineHashScanner().reset()
          let from = 0
          for (const cut of [...cuts, bytes.length]) {
            scanner.input().set(bytes.subarray(from, cut))
            scanner.pushBytes(cut - from)
            from = cut
          }
          scanner.finish()
          const lines = Array.from({ length: scanner.lines }, (_, i) => i + 1)
          expect(scanner.lineHashes(lines)).toEqual(referenceHash(text))
        }
      ),
      { numRuns: 300 }
    )
  })

  describe('files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-linehash-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('hashes a file read in chunks, UTF-8 decoded, the same as the text', () => {
      const text = 'package main\n\n// héllo wörld €\nfunc main() {\r\n\tprintln("x")\n}\n'.repeat(
        40000
      )
      const file = path.join(dir, 'big.go')
      writeFileSync(file, text)
      const all = hashText(text)
      const wanted = [1, 2, 3, 777, 123456, all.length - 1, all.length]
      const stats = { bytesRead: 0 }
      const got = primaryLocationLineHashes(file, wanted, stats)
      expect(got).toEqual(wanted.map(line => all[line - 1]))
      expect(stats.bytesRead).toBeGreaterThan(1024 * 1024)
    })

    it('stops reading after the last line it needs', () => {
      const file = path.join(dir, 'long.go')
      writeFileSync(file, 'x := 1\n'.repeat(1_000_000))
      const stats = { bytesRead: 0 }
      const got = primaryLocationLineHashes(file, [5], stats)
      expect(got).toEqual([hashText('x := 1\n'.repeat(200))[4]])
      expect(stats.bytesRead).toBeLessThanOrEqual(1024 * 1024)
    })

    it.each([
      ['ASCII', 'package main\n\nfunc main() {\n\tprintln("x")\n}\n'],
      ['non-ASCII', 'package main\n// héllo wörld €\n\tx := "日本"\n'],
      ['CRLF and lone CR', 'a := 1\r\n\r\nb := 2\rc := 3\r\n'],
      ['empty lines', '\n\n\nx\n\n\n'],
      ['no trailing newline', 'a\n  b\n\tc'],
      ['empty file', ''],
      [
        'very long lines',
        `${'x = y + z; '.repeat(5000)}\n${'\t'.repeat(300)}q\n${'é'.repeat(4000)}`
      ]
    ])('reads %s files to the same hashes as the text', (_name, text) => {
      const file = path.join(dir, 'case.go')
      writeFileSync(file, text)
      const all = referenceHash(text)
      const wanted = Array.from({ length: all.length }, (_, k) => all.length - k)
      expect(primaryLocationLineHashes(file, wanted)).toEqual(wanted.map(line => all[line - 1]))
      expect(hashText(text)).toEqual(all)
    })

    it('counts repeats into the tens of thousands, for every line of a big file', () => {
      const text = 'x\n'.repeat(30000) + Array.from({ length: 3000 }, (_, k) => `v${k}\n`).join('')
      const file = path.join(dir, 'repeats.go')
      writeFileSync(file, text)
      const all = referenceHash(text)
      const wanted = Array.from({ length: all.length }, (_, k) => k + 1)
      expect(primaryLocationLineHashes(file, wanted)).toEqual(all)
      expect(all[29000]).toMatch(/:29001$/)
    })

    it('gives no fingerprint for lines past the end, and answers in the order asked (duplicates too)', () => {
      const file = path.join(dir, 'short.go')
      writeFileSync(file, 'a\nb\n')
      const all = hashText('a\nb\n')
      expect(primaryLocationLineHashes(file, [3, 1, 4, 99, 1, 0])).toEqual([
        all[2],
        all[0],
        undefined,
        undefined,
        all[0],
        undefined
      ])
    })
  })
})
