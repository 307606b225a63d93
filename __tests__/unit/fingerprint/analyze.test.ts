import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { SliceInfo } from '../../../src/core/buildinfo/index.js'
import { analyzeSlice, reproducibilityWarnings } from '../../../src/core/fingerprint/analyze.js'
import { dimensionsOf } from '../../../src/core/fingerprint/index.js'

function slice(settings: Record<string, string>, overrides: Partial<SliceInfo> = {}): SliceInfo {
  return {
    format: 'elf',
    bits: 64,
    littleEndian: true,
    goos: 'linux',
    goarch: 'amd64',
    offset: 0,
    size: 100,
    sections: [],
    buildInfo: {
      goVersionRaw: 'go1.23.5',
      goVersion: 'go1.23.5',
      experiments: [],
      layout: 'inline',
      path: 'example.com/app',
      main: { path: 'example.com/app', version: '(devel)', sum: '' },
      deps: [{ path: 'example.com/lib', version: 'v1.0.0', sum: 'h1:x=' }],
      settings: Object.entries(settings).map(([key, value]) => ({ key, value }))
    },
    ...overrides
  }
}

const TRIMMED = {
  '-buildmode': 'exe',
  '-compiler': 'gc',
  '-trimpath': 'true',
  CGO_ENABLED: '0',
  GOARCH: 'arm64',
  GOOS: 'linux',
  GOARM64: 'v8.0'
}

describe('dimensions', () => {
  test('from the build settings, with the arch level', () => {
    expect(dimensionsOf(slice(TRIMMED))).toEqual({
      goos: 'linux',
      goarch: 'arm64',
      archLevel: { key: 'GOARM64', value: 'v8.0' },
      goVersion: 'go1.23.5',
      experiments: [],
      cgo: '0',
      targetSource: 'build settings'
    })
  })

  test('without settings: the file header gives the target and cgo is unknown', () => {
    const old = slice({}, { goos: 'windows', goarch: '386' })
    expect(dimensionsOf(old)).toMatchObject({
      goos: 'windows',
      goarch: '386',
      cgo: 'unknown',
      targetSource: 'file header'
    })
    expect(dimensionsOf(old).archLevel).toBeUndefined()
  })

  test('experiments are a dimension of their own', () => {
    const boring = slice(TRIMMED)
    boring.buildInfo.goVersionRaw = 'go1.23.5 X:boringcrypto'
    boring.buildInfo.experiments = ['boringcrypto']
    expect(dimensionsOf(boring)).toMatchObject({
      goVersion: 'go1.23.5',
      experiments: ['boringcrypto']
    })
  })
})

describe('build fingerprint', () => {
  test('vcs.time is excluded; everything else counts', () => {
    const base = { ...TRIMMED, vcs: 'git', 'vcs.revision': 'abc', 'vcs.modified': 'false' }
    const a = analyzeSlice(slice({ ...base, 'vcs.time': '2024-01-01T00:00:00Z' }))
    const b = analyzeSlice(slice({ ...base, 'vcs.time': '2025-06-30T12:00:00Z' }))
    expect(a.buildFingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(b.buildFingerprint).toBe(a.buildFingerprint)
    const c = analyzeSlice(slice({ ...base, 'vcs.revision': 'def' }))
    expect(c.buildFingerprint).not.toBe(a.buildFingerprint)
  })

  test('does not depend on the order settings were recorded in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.entries(TRIMMED), { minLength: 7 }), entries => {
        expect(analyzeSlice(slice(Object.fromEntries(entries))).buildFingerprint).toBe(
          analyzeSlice(slice(TRIMMED)).buildFingerprint
        )
      })
    )
  })

  test('a different dependency version changes it', () => {
    const other = slice(TRIMMED)
    other.buildInfo.deps = [{ path: 'example.com/lib', version: 'v1.0.1', sum: 'h1:y=' }]
    expect(analyzeSlice(other).buildFingerprint).not.toBe(
      analyzeSlice(slice(TRIMMED)).buildFingerprint
    )
  })
})

describe('reproducibility warnings', () => {
  test('a trimmed, unstamped cgo-free build has none', () => {
    const s = slice(TRIMMED)
    expect(reproducibilityWarnings(s, dimensionsOf(s))).toEqual([])
  })

  test('each risk is named', () => {
    const s = slice({
      ...TRIMMED,
      '-trimpath': 'false',
      '-ldflags': '-X main.version=1.2 -X "main.name=a b"',
      CGO_ENABLED: '1',
      vcs: 'git',
      'vcs.revision': '0123456789abcdef',
      'vcs.modified': 'true'
    })
    const warnings = reproducibilityWarnings(s, dimensionsOf(s)).join('\n')
    expect(warnings).toMatch(/built without -trimpath/)
    expect(warnings).toMatch(/vcs\.modified=true/)
    expect(warnings).toMatch(/cgo is on/)
    expect(warnings).toMatch(/-buildvcs stamping: git revision 0123456789abcdef/)
    expect(warnings).toMatch(/-ldflags -X sets main\.version=1\.2, main\.name=a b/)
  })

  test('pre-1.18 binaries: flags cannot be checked', () => {
    const s = slice({})
    expect(reproducibilityWarnings(s, dimensionsOf(s))).toEqual([
      'no build settings recorded (pre-Go 1.18 binary): flags cannot be checked'
    ])
  })
})
