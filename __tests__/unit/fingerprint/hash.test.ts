import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hashFile, OUTSIDE_SECTIONS } from '../../../src/core/fingerprint/index.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-hash-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('without regions: the sha256 and size of the file, and no section table', async () => {
  const file = path.join(dir, 'plain')
  const bytes = Buffer.from('hello, world\n')
  writeFileSync(file, bytes)
  expect(await hashFile(file)).toEqual({ sha256: sha256(bytes), size: bytes.length, sections: [] })
})

test('a file larger than one read chunk hashes like sha256sum', async () => {
  const file = path.join(dir, 'large')
  const bytes = Buffer.alloc(9 * 1024 * 1024 + 7, 0x5a)
  writeFileSync(file, bytes)
  expect((await hashFile(file)).sha256).toBe(sha256(bytes))
})

test('every region gets the digest of its own bytes; the rest goes to the outside digest', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ minLength: 1, maxLength: 4096 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
      async (bytes, picks) => {
        // Non-overlapping regions, as sections of an executable are.
        const cuts = [...new Set(picks.flat().map(n => n % bytes.length))].sort((a, b) => a - b)
        const regions = []
        for (let i = 0; i + 1 < cuts.length; i += 2) {
          regions.push({ name: `s${i}`, offset: cuts[i], size: cuts[i + 1] - cuts[i] })
        }
        const file = path.join(dir, 'prop')
        writeFileSync(file, bytes)
        const digest = await hashFile(file, regions)
        expect(digest.sha256).toBe(sha256(bytes))
        const live = regions.filter(r => r.size > 0)
        let covered = 0
        const outside: number[] = []
        let cursor = 0
        for (const r of live) {
          const section = digest.sections.find(s => s.name === r.name)
          expect(section?.sha256).toBe(sha256(bytes.subarray(r.offset, r.offset + r.size)))
          outside.push(...bytes.subarray(cursor, r.offset))
          cursor = r.offset + r.size
          covered += r.size
        }
        outside.push(...bytes.subarray(cursor))
        if (regions.length > 0) {
          const rest = digest.sections.find(s => s.name === OUTSIDE_SECTIONS)
          expect(rest?.size).toBe(bytes.length - covered)
          expect(rest?.sha256).toBe(sha256(Uint8Array.from(outside)))
        }
      }
    ),
    { numRuns: 50 }
  )
})

test('regions past the end of the file are clipped to it', async () => {
  const file = path.join(dir, 'short')
  writeFileSync(file, Buffer.from('0123456789'))
  const digest = await hashFile(file, [
    { name: 'tail', offset: 8, size: 100 },
    { name: 'gone', offset: 50, size: 4 }
  ])
  expect(digest.sections.map(s => [s.name, s.size])).toEqual([
    ['tail', 2],
    [OUTSIDE_SECTIONS, 8]
  ])
})
