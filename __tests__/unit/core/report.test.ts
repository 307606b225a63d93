import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { OUTPUT_LIMIT_BYTES, truncateOutput } from '../../../src/core/report.js'

describe('truncateOutput', () => {
  it('keeps a value that fits', () => {
    expect(truncateOutput('x'.repeat(OUTPUT_LIMIT_BYTES), '[cut]')).toBe(
      'x'.repeat(OUTPUT_LIMIT_BYTES)
    )
  })

  it('cuts a value over the limit and ends it with the marker', () => {
    const cut = truncateOutput('x'.repeat(OUTPUT_LIMIT_BYTES + 1), '[cut]')
    expect(Buffer.byteLength(cut)).toBe(OUTPUT_LIMIT_BYTES)
    expect(cut.endsWith('x[cut]')).toBe(true)
  })

  it('never splits a character and never exceeds the limit', () => {
    const values = fc.string({ unit: 'grapheme', maxLength: 60 })
    fc.assert(
      fc.property(values, fc.integer({ min: 8, max: 40 }), (value, limit) => {
        const cut = truncateOutput(value, '[c]', limit)
        if (Buffer.byteLength(value) <= limit) return expect(cut).toBe(value)
        expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit)
        expect(cut.endsWith('[c]')).toBe(true)
        expect(value.startsWith(cut.slice(0, -3))).toBe(true)
      })
    )
  })
})
