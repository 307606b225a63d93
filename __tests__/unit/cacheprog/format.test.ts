import { describe, expect, it } from '@jest/globals'
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib'
import {
  decodeIndex,
  decodeObject,
  encodeIndex,
  encodeObject,
  storedLength,
  MAX_INDEX_BYTES,
  MAX_PACKS,
  objectProblem,
  planCompaction,
  sha256Hex,
  type RemoteEntry,
  type RemoteIndex,
  indexLookup,
  newIndexKey
} from '../../../src/core/cacheprog/remote-format.js'

const MIB = 1024 * 1024
const hex = (n: number) => n.toString(16).padStart(64, '0')
const pack = (n: number) => `cacheprog-v2/packs/${hex(1000 + n)}`

function entry(n: number, packNo: number, offset: number, size: number): RemoteEntry {
  return {
    actionId: hex(n),
    outputId: hex(n + 500),
    sha256: hex(n + 500),
    pack: pack(packNo),
    offset,
    size,
    lastUsedMs: 1_700_000_000_000
  }
}

function index(packs: [number, number][], entries: RemoteEntry[]): RemoteIndex {
  return {
    createdMs: 1_700_000_000_000,
    packs: packs.map(([n, size]) => ({ key: pack(n), size })),
    entries,
    reads: entries.slice(0, 1).map(e => e.actionId)
  }
}

describe('index format', () => {
  it('round-trips', () => {
    const original = index(
      [
        [1, 100],
        [2, 50]
      ],
      [entry(1, 1, 16, 84), entry(2, 2, 16, 34), entry(3, 1, 16, 84)]
    )
    expect(decodeIndex(encodeIndex(original))).toEqual(original)
  })

  it('leaves out an entry whose pack it does not list', () => {
    const stray = index([[1, 100]], [entry(1, 1, 16, 84), entry(2, 9, 16, 10)])
    expect(decodeIndex(encodeIndex(stray)).entries.map(e => e.actionId)).toEqual([hex(1)])
  })

  it('rejects another version, a foreign document and an entry past its pack', () => {
    const doc = (fields: object) => gzipSync(JSON.stringify(fields))
    expect(() =>
      decodeIndex(doc({ format: 'go-ci-kit/cacheprog-index', version: 1, packs: [], entries: [] }))
    ).toThrow(/version 1 is not 2/)
    expect(() => decodeIndex(doc({ hello: 1 }))).toThrow(/not a cacheprog index/)
    expect(() => decodeIndex(Buffer.from('plain'))).toThrow(/gzipped JSON/)
    const broken = index([[1, 100]], [entry(1, 1, 90, 20)])
    expect(() => decodeIndex(encodeIndex(broken))).toThrow(/entry 0 is malformed/)
  })
})

describe('hostile indexes and objects', () => {
  it('refuses an index that gunzips past MAX_INDEX_BYTES (a gzip bomb) without expanding it all', () => {
    const document = `{"format":"go-ci-kit/cacheprog-index","version":1,"packs":[],"entries":[],"reads":[],"pad":"${'a'.repeat(MAX_INDEX_BYTES)}"}`
    expect(() => decodeIndex(gzipSync(document))).toThrow(/expands past \d+ bytes/)
  })

  it('refuses an object whose size, SHA-256 or output ID do not match its bytes', () => {
    const body = Buffer.from('object body')
    const digest = sha256Hex(body)
    const sound: RemoteEntry = { ...entry(1, 1, 16, body.length), sha256: digest, outputId: digest }
    expect(objectProblem(sound, body)).toBeUndefined()
    expect(objectProblem(sound, body.subarray(1))).toBe('short read')
    expect(objectProblem({ ...sound, sha256: hex(9) }, body)).toMatch(/SHA-256 mismatch/)
    expect(objectProblem({ ...sound, outputId: hex(9) }, body)).toMatch(/output ID/)
  })
})

describe('compressed objects', () => {
  const text = Buffer.from('TEXT go object: symbols, export data, line tables\n'.repeat(500))
  const stored = (body: Buffer): RemoteEntry => {
    const encoded = encodeObject(body)
    const digest = sha256Hex(body)
    return {
      ...entry(1, 1, 16, body.length),
      sha256: digest,
      outputId: digest,
      ...(encoded.encoding ? { encoding: encoded.encoding, storedSize: encoded.stored.length } : {})
    }
  }

  it('compresses what shrinks, stores the rest raw, and decodes both whole', () => {
    const encoded = encodeObject(text)
    expect(encoded.encoding).toBe('br')
    expect(encoded.stored.length).toBeLessThan(text.length / 10)
    expect(decodeObject(stored(text), encoded.stored)).toEqual({ body: text })
    const tiny = Buffer.from('x')
    expect(encodeObject(tiny)).toEqual({ stored: tiny })
    expect(storedLength(stored(tiny))).toBe(1)
    expect(decodeObject(stored(tiny), tiny)).toEqual({ body: tiny })
  })

  it('round-trips stored sizes and encodings through the index, reads as positions', () => {
    const compressed = { ...stored(text), pack: pack(1) }
    const raw = { ...entry(2, 1, 5000, 10) }
    const original = { ...index([[1, 6000]], [compressed, raw]), reads: [raw.actionId] }
    const data = encodeIndex(original)
    expect(decodeIndex(data)).toEqual(original)
  })

  it('refuses an index whose stored size is not below the raw size, or runs past its pack', () => {
    const doc = (entries: unknown[]) =>
      gzipSync(
        JSON.stringify({
          format: 'go-ci-kit/cacheprog-index',
          version: 2,
          packs: [[pack(1), 100]],
          entries,
          reads: []
        })
      )
    const fields = [hex(1), hex(2), hex(2), 0, 16, 50, 1]
    expect(decodeIndex(doc([[...fields, 20]])).entries[0]).toMatchObject({ storedSize: 20 })
    expect(() => decodeIndex(doc([[...fields, 50]]))).toThrow(/entry 0 is malformed/)
    expect(() => decodeIndex(doc([[hex(1), hex(2), hex(2), 0, 16, 500, 1, 90]]))).toThrow(
      /entry 0 is malformed/
    )
  })

  it('a stream that expands past the recorded size (a bomb) is refused, as is one not brotli', () => {
    const entryOf = (stream: Buffer): RemoteEntry => ({
      ...stored(text),
      storedSize: stream.length,
      encoding: 'br'
    })
    const bomb = brotliCompressSync(Buffer.alloc(16 * MIB))
    expect(decodeObject(entryOf(bomb), bomb).problem).toMatch(
      new RegExp(`expands past its recorded ${text.length} bytes`)
    )
    const deflate = deflateRawSync(Buffer.alloc(16 * MIB))
    expect(decodeObject(entryOf(deflate), deflate).problem).toMatch(/not a brotli stream|expands/)
    // A stream of the right length that decodes to other bytes fails the SHA-256 check.
    const other = brotliCompressSync(Buffer.alloc(text.length, 'y'))
    expect(decodeObject(entryOf(other), other).problem).toMatch(/SHA-256 mismatch/)
    expect(decodeObject(stored(text), undefined).problem).toBe('short read')
  })
})

describe('restore-key ladder', () => {
  it('looks up the exact key first, then each prefix, all under the versioned root', () => {
    expect(indexLookup('go-linux-abc', ['go-linux-', 'go-'])).toEqual({
      key: 'cacheprog-v2/index/go-linux-abc/',
      prefixes: [
        'cacheprog-v2/index/go-linux-abc/',
        'cacheprog-v2/index/go-linux-',
        'cacheprog-v2/index/go-'
      ]
    })
    const key = newIndexKey('go-linux-abc', 1_700_000_000_000, 'r1')
    expect(key.startsWith('cacheprog-v2/index/go-linux-abc/')).toBe(true)
    // Keys sort by time as text, so a store's tie-break by name agrees with mtime.
    expect(newIndexKey('k', 999, 'z') < newIndexKey('k', 1000, 'a')).toBe(true)
  })
})

describe('compaction rule', () => {
  it('leaves a healthy index alone', () => {
    const healthy = index([[1, 116]], [entry(1, 1, 16, 100)])
    expect(planCompaction(healthy).rewrite).toEqual([])
  })

  it('rewrites the mostly dead packs once the dead fraction and bytes pass the threshold', () => {
    // pack 1: 10 bytes of 4 MiB live; pack 2: all live.
    const fragmented = index(
      [
        [1, 4 * MIB],
        [2, 4 * MIB]
      ],
      [entry(1, 1, 16, 10), entry(2, 2, 16, 4 * MIB - 16)]
    )
    const plan = planCompaction(fragmented)
    expect(plan.deadFraction).toBeGreaterThan(0.25)
    expect(plan.rewrite).toEqual([pack(1)])
    // The same shape at a few KiB is not worth a rewrite.
    const small = index(
      [
        [1, 4000],
        [2, 4000]
      ],
      [entry(1, 1, 16, 10), entry(2, 2, 16, 3984)]
    )
    expect(planCompaction(small).rewrite).toEqual([])
  })

  it('counts a stored object shared by two action IDs once, and the pack header as live', () => {
    const shared = index([[1, 216]], [entry(1, 1, 16, 100), entry(2, 1, 16, 100)])
    expect(planCompaction(shared).deadFraction).toBeCloseTo(100 / 216)
  })

  it('merges the smallest packs when there are too many', () => {
    const count = MAX_PACKS + 3
    const many = index(
      Array.from({ length: count }, (_, n) => [n, 16 + 100 + n] as [number, number]),
      Array.from({ length: count }, (_, n) => entry(n, n, 16, 100 + n))
    )
    const plan = planCompaction(many)
    // Leaves room for the new pack: at most MAX_PACKS referenced afterwards.
    expect(count - plan.rewrite.length + 1).toBeLessThanOrEqual(MAX_PACKS)
    expect(plan.rewrite).toContain(pack(0))
    expect(plan.rewrite).not.toContain(pack(count - 1))
  })
})
