import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  decodeGoString,
  encodeGoString,
  goQuote,
  goUnquote
} from '../../../src/core/buildinfo/index.js'

describe('Go strings that are not UTF-8', () => {
  test('any bytes survive decode → encode unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), bytes => {
        expect(encodeGoString(decodeGoString(bytes))).toEqual(Buffer.from(bytes))
      }),
      { numRuns: 2000 }
    )
  })

  test('characters beyond U+FFFF (surrogate pairs) are not taken for escapes', () => {
    const bytes = Buffer.from([0xf0, 0x90, 0x82, 0x80, 0xff])
    expect(encodeGoString(decodeGoString(bytes))).toEqual(bytes)
    expect(goQuote(decodeGoString(bytes))).toBe('"\u{10080}\\xff"')
  })

  test('valid UTF-8 decodes as Node decodes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), text => {
        expect(decodeGoString(Buffer.from(text, 'utf8'))).toBe(text)
      })
    )
  })

  test('every invalid byte stays one byte, as Go sees it (not U+FFFD)', () => {
    // A lone continuation byte, a truncated sequence, an overlong form and an encoded surrogate.
    const bytes = Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xc3, 0xa9])
    const text = decodeGoString(bytes)
    expect(text.endsWith('é')).toBe(true)
    expect(text.includes('\ufffd')).toBe(false)
    expect(goQuote(text)).toBe('"a\\xff\\xc3b\\xc0\\xaf\\xed\\xa0\\x80é"')
  })

  test('goUnquote of \\xNN gives back the raw byte; goQuote writes \\xNN again', () => {
    const value = goUnquote('"-X main.v=\\xfe\\xc3\\xa9"')
    expect(value).toBeDefined()
    expect(encodeGoString(value as string)).toEqual(Buffer.from('-X main.v=\xfe\xc3\xa9', 'latin1'))
    expect(goQuote(value as string)).toBe('"-X main.v=\\xfeé"')
  })
})
