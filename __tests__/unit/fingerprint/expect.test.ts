import { describe, expect, test } from '@jest/globals'
import {
  checkExpectations,
  goSemver,
  ldflagsX,
  parseExpect
} from '../../../src/core/fingerprint/index.js'
import type { SliceFingerprint } from '../../../src/core/fingerprint/index.js'

const slice: SliceFingerprint = {
  format: 'elf64',
  dimensions: {
    goos: 'linux',
    goarch: 'arm64',
    archLevel: { key: 'GOARM64', value: 'v8.0' },
    goVersion: 'go1.23.5',
    experiments: [],
    cgo: '0',
    targetSource: 'build settings'
  },
  goVersionRaw: 'go1.23.5',
  path: 'example.com/app',
  deps: [],
  settings: [
    { key: '-buildmode', value: 'exe' },
    { key: '-trimpath', value: 'true' },
    { key: 'vcs.modified', value: 'false' }
  ],
  buildFingerprint: '',
  warnings: []
}

describe('expect', () => {
  test('a matching cell has no violations', () => {
    const assertions = parseExpect(
      'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23 goarm64=v8.0 vcs.modified=false'
    )
    expect(checkExpectations(slice, assertions)).toEqual([])
  })

  test('every violation is listed', () => {
    const assertions = parseExpect(
      'goos=darwin\ngoarch=amd64, cgo=1 trimpath=false go<1.23 buildmode=pie go=1.22'
    )
    expect(checkExpectations(slice, assertions)).toEqual([
      'goos=darwin: goos is linux',
      'goarch=amd64: goarch is arm64',
      'cgo=1: cgo is 0',
      'trimpath=false: trimpath is true',
      'go<1.23: Go version is go1.23.5',
      'buildmode=pie: buildmode is exe',
      'go=1.22: Go version is go1.23.5'
    ])
  })

  test('go=1.23 matches any 1.23.x; go!=1.23.5 is exact', () => {
    expect(checkExpectations(slice, parseExpect('go=1.23 go!=1.23.4'))).toEqual([])
  })

  test('bad assertions are configuration errors with a fix', () => {
    expect(() => parseExpect('goos')).toThrow(/cannot parse "goos"/)
    expect(() => parseExpect('goos>=linux')).toThrow(/only go supports >=/)
    expect(() => parseExpect('go>=banana')).toThrow(/not a Go version/)
  })

  test('Go versions become semver', () => {
    expect(goSemver('go1.23')).toBe('1.23.0')
    expect(goSemver('go1.21rc2')).toBe('1.21.0-rc2')
    expect(goSemver('devel go1.22-abc')).toBeUndefined()
  })

  test('-X values are found in -ldflags', () => {
    expect(ldflagsX('-s -w -X main.version=1.2 -X "main.name=a b" -X=main.c=d')).toEqual([
      'main.version=1.2',
      'main.name=a b',
      'main.c=d'
    ])
  })
})
