import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildFingerprintManifest,
  formatChecksums,
  FINGERPRINT_MANIFEST_TYPE,
  parseFingerprintManifest,
  type BinaryEntry
} from '../../../src/core/fingerprint/index.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

function entry(name: string, sha256: string, violations: string[] = []): BinaryEntry {
  return { name, sha256, size: 3, slices: [], sections: [], violations }
}

describe('manifest', () => {
  test('in-toto v1 subjects, one per binary, and the violations named by binary', () => {
    const manifest = buildFingerprintManifest([
      entry('dist/a', A),
      entry('dist/b', B, ['goos=linux: …'])
    ])
    expect(manifest._type).toBe(FINGERPRINT_MANIFEST_TYPE)
    expect(manifest.subject).toEqual([
      { name: 'dist/a', digest: { sha256: A } },
      { name: 'dist/b', digest: { sha256: B } }
    ])
    expect(manifest.violations).toEqual(['dist/b: goos=linux: …'])
    expect(manifest.reproducible).toBeUndefined()
  })

  test('reproducible only when every compared binary is identical', () => {
    const same = { ...entry('a', A), comparison: comparison(true) }
    const differs = { ...entry('b', B), comparison: comparison(false) }
    expect(buildFingerprintManifest([same]).reproducible).toBe(true)
    expect(buildFingerprintManifest([same, differs]).reproducible).toBe(false)
  })

  test('checksums are sha256sum text: lowercase hex, two spaces, LF', () => {
    expect(formatChecksums([entry('dist/a', A), entry('b c', B)])).toBe(`${A}  dist/a\n${B}  b c\n`)
  })

  test('a name with a backslash, newline or CR is escaped as GNU sha256sum escapes it', () => {
    expect(formatChecksums([entry('dir\\a', A), entry('b\nc', B), entry('d\re', A)])).toBe(
      `\\${A}  dir\\\\a\n\\${B}  b\\nc\n\\${A}  d\\re\n`
    )
  })

  test('sha256sum -c reads back every name, and a name cannot forge a line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-sums-'))
    try {
      const names = ['plain', 'back\\slash', 'new\nline', `${B}  forged`, 'cr\rname', 'both\\\n']
      const entries = names.map((name, i) => {
        const bytes = Buffer.from(`file ${i}`)
        writeFileSync(path.join(dir, name), bytes)
        return entry(name, createHash('sha256').update(bytes).digest('hex'))
      })
      const sums = formatChecksums(entries)
      expect(sums.split('\n')).toHaveLength(names.length + 1)
      writeFileSync(path.join(dir, 'SHA256SUMS'), sums)
      const checked = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], {
        cwd: dir,
        encoding: 'utf8'
      })
      expect(checked.trim().split('\n')).toHaveLength(names.length)
      expect(checked).not.toMatch(/FAILED/)
      // And sha256sum's own output for those files is exactly what we wrote.
      expect(execFileSync('sha256sum', ['--', ...names], { cwd: dir, encoding: 'utf8' })).toBe(sums)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a manifest round-trips through JSON', () => {
    const manifest = buildFingerprintManifest([entry('dist/a', A)])
    expect(parseFingerprintManifest(JSON.stringify(manifest), 'm.json')).toEqual(manifest)
  })

  test.each([
    ['{', /^m\.json: not JSON/],
    ['[]', /^m\.json: \/_type: not a binary-fingerprint manifest/],
    [`{"_type":"${FINGERPRINT_MANIFEST_TYPE}"}`, /^m\.json: \/binaries: missing or not an array/],
    [
      `{"_type":"${FINGERPRINT_MANIFEST_TYPE}","binaries":[{"name":"a","sha256":"XYZ","size":1}]}`,
      /^m\.json: \/binaries\/0\/sha256: not a lowercase hex sha256/
    ],
    [
      `{"_type":"${FINGERPRINT_MANIFEST_TYPE}","binaries":[{"name":"a","sha256":"${A}","size":1,"slices":[],"sections":[{"name":"x"}]}]}`,
      /^m\.json: \/binaries\/0\/sections\/0: needs name, offset, size and sha256/
    ]
  ])('a bad manifest %s is a configuration error naming the field', (text, message) => {
    expect(() => parseFingerprintManifest(text, 'm.json')).toThrow(message)
  })
})

function comparison(reproducible: boolean) {
  return {
    against: 'old',
    reproducible,
    classification: reproducible ? ('identical' as const) : ('code or data differs' as const),
    sections: [],
    buildInfoDifferences: []
  }
}
