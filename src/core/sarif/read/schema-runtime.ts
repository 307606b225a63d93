/**
 * What the precompiled validators (schema-compiled.ts) need at run time, in
 * place of the CommonJS requires ajv's standalone code would make.
 */
export { fullFormats } from 'ajv-formats/dist/formats.js'

/** A string's length in Unicode code points (JSON Schema's maxLength), as ajv counts it. */
export function ucs2length(text: string): number {
  let length = 0
  for (let at = 0; at < text.length; at++) {
    length++
    const unit = text.charCodeAt(at)
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1)
      if ((next & 0xfc00) === 0xdc00) at++
    }
  }
  return length
}
