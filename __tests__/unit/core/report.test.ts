import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  ANNOTATIONS_PER_LEVEL,
  capPerLevel,
  OUTPUT_LIMIT_BYTES,
  truncateOutput,
  type AnnotationLevel
} from '../../../src/core/report.js'

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

describe('capPerLevel', () => {
  const levels = fc.constantFrom<AnnotationLevel>('error', 'warning', 'notice')

  it('is 10, what a runner shows per level and step', () => {
    expect(ANNOTATIONS_PER_LEVEL).toBe(10)
  })

  it('keeps the first N of each level in order and returns the rest', () => {
    const items = ['e1', 'w1', 'e2', 'e3', 'n1', 'w2'].map(id => ({
      id,
      level: ({ e: 'error', w: 'warning', n: 'notice' } as const)[id[0] as 'e' | 'w' | 'n']
    }))
    const { kept, dropped } = capPerLevel(items, item => item.level, 1)
    expect(kept.map(item => item.id)).toEqual(['e1', 'w1', 'n1'])
    expect(dropped.map(item => item.id)).toEqual(['e2', 'e3', 'w2'])
  })

  it('keeps everything when the cap is 0', () => {
    expect(capPerLevel(['error', 'error'] as AnnotationLevel[], l => l, 0).kept).toHaveLength(2)
  })

  it('loses nothing and never keeps more than the cap of a level', () => {
    fc.assert(
      fc.property(
        fc.array(levels, { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (items, cap) => {
          const { kept, dropped } = capPerLevel(items, l => l, cap)
          expect(kept.length + dropped.length).toBe(items.length)
          for (const level of ['error', 'warning', 'notice'] as const) {
            const total = items.filter(l => l === level).length
            expect(kept.filter(l => l === level)).toHaveLength(Math.min(cap, total))
          }
        }
      )
    )
  })
})
