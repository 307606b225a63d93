/** Go's strconv.Quote and Unquote, as far as build settings need them. */
import { decodeGoString, encodeGoString, escapedByte } from './gostring.js'

function isPrintable(cp: number): boolean {
  // Close to strconv.IsPrint: control characters, surrogates and a few format characters are not.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false
  if (cp === 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) return false
  return /\P{C}/u.test(String.fromCodePoint(cp)) || cp === 0x20
}

export function goQuote(text: string): string {
  let out = '"'
  for (const byte of text) {
    const cp = byte.codePointAt(0) as number
    // A byte that is not UTF-8 (see gostring.ts): Go writes \xNN.
    const raw = escapedByte(cp)
    if (raw !== undefined) {
      out += `\\x${raw.toString(16).padStart(2, '0')}`
      continue
    }
    if (byte === '"' || byte === '\\') out += '\\' + byte
    else if (isPrintable(cp)) out += byte
    else if (cp === 7) out += '\\a'
    else if (cp === 8) out += '\\b'
    else if (cp === 12) out += '\\f'
    else if (cp === 10) out += '\\n'
    else if (cp === 13) out += '\\r'
    else if (cp === 9) out += '\\t'
    else if (cp === 11) out += '\\v'
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`
    else out += `\\U${cp.toString(16).padStart(8, '0')}`
  }
  return out + '"'
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"'
}

/** Unquotes a Go "…" or `…` literal; undefined when it is not one. */
export function goUnquote(literal: string): string | undefined {
  if (literal.length < 2) return undefined
  const quote = literal[0]
  if (literal[literal.length - 1] !== quote) return undefined
  const body = literal.slice(1, -1)
  if (quote === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '')
  if (quote !== '"') return undefined
  const bytes: number[] = []
  for (let i = 0; i < body.length;) {
    const ch = body[i]
    if (ch === '"' || ch === '\n') return undefined
    if (ch !== '\\') {
      const cp = body.codePointAt(i) as number
      const s = String.fromCodePoint(cp)
      bytes.push(...encodeGoString(s))
      i += s.length
      continue
    }
    const next = body[i + 1]
    if (next === undefined) return undefined
    if (SIMPLE_ESCAPES[next] !== undefined) {
      bytes.push(SIMPLE_ESCAPES[next].charCodeAt(0))
      i += 2
    } else if (next === 'x') {
      const hex = body.slice(i + 2, i + 4)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined
      bytes.push(parseInt(hex, 16))
      i += 4
    } else if (/[0-7]/.test(next)) {
      const oct = body.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined
      bytes.push(parseInt(oct, 8))
      i += 4
    } else if (next === 'u' || next === 'U') {
      const width = next === 'u' ? 4 : 8
      const hex = body.slice(i + 2, i + 2 + width)
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined
      const cp = parseInt(hex, 16)
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'))
      i += 2 + width
    } else return undefined
  }
  return decodeGoString(Buffer.from(bytes))
}

/** The quoted-literal prefix of `text` (Go's strconv.QuotedPrefix), or undefined. */
export function goQuotedPrefix(text: string): string | undefined {
  const quote = text[0]
  if (quote !== '"' && quote !== '`') return undefined
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++
      continue
    }
    if (text[i] === quote) {
      const literal = text.slice(0, i + 1)
      return goUnquote(literal) === undefined ? undefined : literal
    }
  }
  return undefined
}
