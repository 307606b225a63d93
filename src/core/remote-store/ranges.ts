/**
 * Range reads shared by the stores: near ranges are merged into one request
 * (a round trip costs more than a few KiB of unwanted bytes), then each asked
 * range is cut out of its request's bytes, in the order asked.
 */
import type { ByteRange } from './types.js'

/** Ranges closer than this are fetched in one request: 64 KiB. */
export const DEFAULT_COALESCE_GAP = 64 * 1024

/** One request: bytes [offset, offset + length) serving the asked ranges `members` (indexes). */
export interface RangeRequest {
  offset: number
  length: number
  members: number[]
}

/** A range a caller can ask for: whole non-negative numbers. */
export function checkRanges(ranges: readonly ByteRange[]): void {
  for (const range of ranges) {
    if (
      !Number.isSafeInteger(range.offset) ||
      !Number.isSafeInteger(range.length) ||
      range.offset < 0 ||
      range.length < 0
    ) {
      throw new RangeError(`bad byte range ${JSON.stringify(range)}`)
    }
  }
}

/**
 * Groups `ranges` into requests: sorted by offset, a range joins the previous
 * request when it starts at most `gap` bytes after that request's end
 * (overlapping and duplicate ranges always join). Empty ranges need no bytes
 * and belong to no request.
 */
export function coalesceRanges(
  ranges: readonly ByteRange[],
  gap: number = DEFAULT_COALESCE_GAP
): RangeRequest[] {
  checkRanges(ranges)
  const order = ranges
    .map((range, index) => ({ range, index }))
    .filter(({ range }) => range.length > 0)
    .sort((a, b) => a.range.offset - b.range.offset || a.index - b.index)
  const requests: RangeRequest[] = []
  for (const { range, index } of order) {
    const last = requests[requests.length - 1]
    const end = range.offset + range.length
    if (last && range.offset <= last.offset + last.length + gap) {
      last.length = Math.max(last.length, end - last.offset)
      last.members.push(index)
    } else {
      requests.push({ offset: range.offset, length: range.length, members: [index] })
    }
  }
  return requests
}

/**
 * The asked ranges, in the order asked, cut from the bytes each request
 * returned (`bodies[i]` answers `requests[i]`, already checked complete).
 */
export function sliceRanges(
  ranges: readonly ByteRange[],
  requests: readonly RangeRequest[],
  bodies: readonly Buffer[]
): Buffer[] {
  const result: Buffer[] = ranges.map(() => Buffer.alloc(0))
  requests.forEach((request, i) => {
    const body = bodies[i]!
    for (const member of request.members) {
      const range = ranges[member]!
      const start = range.offset - request.offset
      result[member] = body.subarray(start, start + range.length)
    }
  })
  return result
}

/** Runs `work` on every item with at most `limit` at once; results in item order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index]!, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
