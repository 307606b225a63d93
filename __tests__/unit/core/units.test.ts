import { describe, expect, test } from '@jest/globals'
import { formatBytes } from '../../../src/core/units.js'

describe('formatBytes', () => {
  test('binary (the cache reports): 1024s, KB/MB/GB/TB; undefined is a dash', () => {
    expect(
      [0, 1023, 1024, 1536, 10 * 1024, 5 * 1024 ** 2, 1024 ** 5].map(b => formatBytes(b))
    ).toEqual(['0 B', '1023 B', '1.0 KB', '1.5 KB', '10 KB', '5.0 MB', '1024 TB'])
    expect(formatBytes(undefined)).toBe('—')
  })

  test('decimal (image sizes, as dive and registries show them): 1000s, kB/MB/GB/TB', () => {
    expect([999, 1000, 1_234_567, 12_000_000, 1e9].map(b => formatBytes(b, 'decimal'))).toEqual([
      '999 B',
      '1.0 kB',
      '1.2 MB',
      '12 MB',
      '1.0 GB'
    ])
  })
})
