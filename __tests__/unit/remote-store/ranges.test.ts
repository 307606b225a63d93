/**
 * Range coalescing shared by the stores: every asked range is served by
 * exactly one request that covers it, requests never overlap and are further
 * apart than the gap, and the slices come back in the order asked.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { coalesceRanges } from '../../../src/core/remote-store/index.js'
import { mapLimited, sliceRanges } from '../../../src/core/remote-store/ranges.js'

const range = fc.record({
  offset: fc.integer({ min: 0, max: 5000 }),
  length: fc.integer({ min: 0, max: 600 })
})

describe('coalesceRanges', () => {
  it('merges ranges closer than the gap, keeps far ones apart', () => {
    expect(
      coalesceRanges(
        [
          { offset: 1000, length: 10 },
          { offset: 0, length: 10 },
          { offset: 15, length: 5 },
          { offset: 5000, length: 1 }
        ],
        100
      )
    ).toEqual([
      { offset: 0, length: 20, members: [1, 2] },
      { offset: 1000, length: 10, members: [0] },
      { offset: 5000, length: 1, members: [3] }
    ])
  })

  it('needs no request for empty ranges', () => {
    expect(coalesceRanges([{ offset: 10, length: 0 }])).toEqual([])
  })

  it('refuses negative or fractional ranges', () => {
    expect(() => coalesceRanges([{ offset: -1, length: 2 }])).toThrow(RangeError)
    expect(() => coalesceRanges([{ offset: 0, length: 1.5 }])).toThrow(RangeError)
  })

  it('serves every range from one covering request, with requests apart by more than the gap', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 30 }),
        fc.integer({ min: 0, max: 300 }),
        (ranges, gap) => {
          const requests = coalesceRanges(ranges, gap)
          const served = requests.flatMap(request => request.members).sort((a, b) => a - b)
          expect(served).toEqual(ranges.flatMap((r, i) => (r.length > 0 ? [i] : [])))
          for (const request of requests) {
            for (const member of request.members) {
              const asked = ranges[member]!
              expect(asked.offset).toBeGreaterThanOrEqual(request.offset)
              expect(asked.offset + asked.length).toBeLessThanOrEqual(
                request.offset + request.length
              )
            }
          }
          for (let i = 1; i < requests.length; i++) {
            const previous = requests[i - 1]!
            expect(requests[i]!.offset).toBeGreaterThan(previous.offset + previous.length + gap)
          }
        }
      )
    )
  })

  it('slices give back exactly the asked bytes in the asked order', () => {
    const blob = Buffer.from(Array.from({ length: 6000 }, (_, i) => i % 251))
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 30 }),
        fc.integer({ min: 0, max: 300 }),
        (ranges, gap) => {
          const requests = coalesceRanges(ranges, gap)
          const bodies = requests.map(r => blob.subarray(r.offset, r.offset + r.length))
          const slices = sliceRanges(ranges, requests, bodies)
          expect(slices.map(s => s.toString('hex'))).toEqual(
            ranges.map(r => blob.subarray(r.offset, r.offset + r.length).toString('hex'))
          )
        }
      )
    )
  })
})

describe('mapLimited', () => {
  it('keeps at most `limit` calls in flight and returns results in order', async () => {
    let running = 0
    let most = 0
    const results = await mapLimited([5, 1, 4, 2, 3], 2, async value => {
      most = Math.max(most, ++running)
      await new Promise(resolve => setImmediate(resolve))
      running--
      return value * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30])
    expect(most).toBe(2)
  })

  it('stops starting work after a failure', async () => {
    const started: number[] = []
    await expect(
      mapLimited([1, 2, 3, 4], 1, async value => {
        started.push(value)
        if (value === 2) throw new Error('boom')
        return value
      })
    ).rejects.toThrow('boom')
    expect(started).toEqual([1, 2])
  })
})
