import { describe, expect, test } from '@jest/globals'
import {
  checkExpectations,
  goSemver,
  ldflagsX,
  parseExpect
} from '../../../src/core/fingerprint/index.js'
import type { SliceFingerprint } from '../../../src/core/fingerprint/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'

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

  test('an unknown key or an impossible value is a configuration error naming expect', () => {
    expect(() => parseExpect('gooss=linux')).toThrow(/^expect: "gooss=linux": unknown key "gooss"$/)
    let error: unknown
    try {
      parseExpect('gooss=linux')
    } catch (e) {
      error = e
    }
    expect((error as ConfigurationError).fix).toMatch(
      /^did you mean goos\? keys: goos goarch cgo go trimpath/
    )
    expect(() => parseExpect('cgo=yes')).toThrow(/^expect: "cgo=yes": "yes" is not a valid cgo/)
    expect(() => parseExpect('goos=linuxx')).toThrow(/"linuxx" is not a valid goos/)
    expect(() => parseExpect('goarch=x86_64')).toThrow(/"x86_64" is not a valid goarch/)
    expect(() => parseExpect('trimpath=1')).toThrow(/"1" is not a valid trimpath/)
    expect(() => parseExpect('vcs.modified=no')).toThrow(/"no" is not a valid vcs\.modified/)
    expect(() => parseExpect('goamd64=v5')).toThrow(/"v5" is not a valid goamd64/)
    expect(() => parseExpect('no_such_setting=1')).toThrow(/unknown key "no_such_setting"/)
  })

  test('commas separate assertions, except inside a value (experiments, -tags)', () => {
    expect(parseExpect('goos=linux,goarch=arm64').map(a => a.text)).toEqual([
      'goos=linux',
      'goarch=arm64'
    ])
    expect(parseExpect('experiments=fieldtrack,nogreenteagc,cgo=0').map(a => a.text)).toEqual([
      'experiments=fieldtrack,nogreenteagc',
      'cgo=0'
    ])
  })

  test('a pre-1.18 binary: everything but target and Go version is unknown, never a pass', () => {
    const old: SliceFingerprint = {
      ...slice,
      dimensions: {
        ...slice.dimensions,
        goVersion: 'go1.16.15',
        cgo: 'unknown',
        targetSource: 'file header'
      },
      goVersionRaw: 'go1.16.15',
      settings: []
    }
    expect(
      checkExpectations(old, parseExpect('trimpath=false trimpath!=true cgo=0 -race=false'))
    ).toEqual([
      'trimpath=false: trimpath is unknown (no build settings recorded: a pre-Go 1.18 binary)',
      'trimpath!=true: trimpath is unknown (no build settings recorded: a pre-Go 1.18 binary)',
      'cgo=0: cgo is unknown (no build settings recorded: a pre-Go 1.18 binary)',
      '-race=false: -race is unknown (no build settings recorded: a pre-Go 1.18 binary)'
    ])
    expect(checkExpectations(old, parseExpect('goos=linux goarch=arm64 go<1.18'))).toEqual([])
  })

  test('on Go 1.18+ a flag Go records only when on is false when absent', () => {
    expect(checkExpectations(slice, parseExpect('-race=false -cover!=true'))).toEqual([])
    expect(checkExpectations(slice, parseExpect('-race=true'))).toEqual([
      '-race=true: -race is false'
    ])
  })

  test('experiments compare as a set; none means no experiment', () => {
    const exp: SliceFingerprint = {
      ...slice,
      dimensions: { ...slice.dimensions, experiments: ['nogreenteagc', 'fieldtrack'] },
      settings: [...slice.settings, { key: 'GOEXPERIMENT', value: 'nogreenteagc,fieldtrack' }]
    }
    expect(
      checkExpectations(
        exp,
        parseExpect('experiments=fieldtrack,nogreenteagc goexperiment=nogreenteagc,fieldtrack')
      )
    ).toEqual([])
    expect(checkExpectations(slice, parseExpect('experiments=none'))).toEqual([])
    expect(checkExpectations(exp, parseExpect('experiments=none'))).toEqual([
      'experiments=none: experiments is nogreenteagc,fieldtrack'
    ])
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
