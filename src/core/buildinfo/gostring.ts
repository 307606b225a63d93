/**
 * Go strings are bytes, not UTF-8. To print build info byte for byte as `go version -m` does,
 * bytes that are not valid UTF-8 are carried in a JS string as the lone surrogates
 * U+DC80–U+DCFF (one per byte, like Python's "surrogateescape"): valid UTF-8 can never
 * produce them, so encoding back gives exactly the original bytes.
 */

const ESCAPE_BASE = 0xdc00

/** Length of the valid UTF-8 sequence at `at` (Go's utf8.DecodeRune rules), or 0. */
function validSequence(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at]
  if (b0 < 0x80) return 1
  const cont = (i: number, lo = 0x80, hi = 0xbf) =>
    at + i < bytes.length && bytes[at + i] >= lo && bytes[at + i] <= hi
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0–BF (no overlong forms); ED needs 80–9F (no surrogates).
    const lo = b0 === 0xe0 ? 0xa0 : 0x80
    const hi = b0 === 0xed ? 0x9f : 0xbf
    return cont(1, lo, hi) && cont(2) ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80
    const hi = b0 === 0xf4 ? 0x8f : 0xbf
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** Bytes to a JS string; every byte that is not part of valid UTF-8 becomes U+DC80+byte-0x80. */
export function decodeGoString(bytes: Uint8Array): string {
  let out = ''
  let runStart = 0
  const decoder = new TextDecoder('utf-8')
  for (let i = 0; i < bytes.length;) {
    const length = validSequence(bytes, i)
    if (length > 0) {
      i += length
      continue
    }
    out += decoder.decode(bytes.subarray(runStart, i)) + String.fromCharCode(ESCAPE_BASE + bytes[i])
    i++
    runStart = i
  }
  return out + decoder.decode(bytes.subarray(runStart))
}

/** The byte an escaped character stands for, or undefined for an ordinary character. */
export function escapedByte(codePoint: number): number | undefined {
  return codePoint >= 0xdc80 && codePoint <= 0xdcff ? codePoint - ESCAPE_BASE : undefined
}

/** The original bytes of a string made by decodeGoString. */
export function encodeGoString(text: string): Buffer {
  // With the u flag a surrogate pair is one code point: only lone escapes match.
  if (!/[\udc80-\udcff]/u.test(text)) return Buffer.from(text, 'utf8')
  const parts: Buffer[] = []
  let run = ''
  for (const ch of text) {
    const byte = escapedByte(ch.codePointAt(0) as number)
    if (byte === undefined) {
      run += ch
      continue
    }
    parts.push(Buffer.from(run, 'utf8'), Buffer.of(byte))
    run = ''
  }
  parts.push(Buffer.from(run, 'utf8'))
  return Buffer.concat(parts)
}
