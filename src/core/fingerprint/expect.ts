/**
 * `expect` assertions such as `goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23`.
 * Keys: goos, goarch, cgo, go, trimpath, buildmode, experiments, arch-level keys (goamd64=v3 …),
 * and the build settings Go records (vcs.modified=false, -race=true, GOEXPERIMENT=…). An
 * unknown key or a value the key can never have is a usage error, not a silent mismatch.
 */
import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import type { BuildSetting } from '../buildinfo/index.js'
import { KNOWN_GOARCH, KNOWN_GOOS } from '../gomod/index.js'
import { setting } from './analyze.js'
import type { Dimensions } from './types.js'

export type Operator = '=' | '!=' | '>=' | '<=' | '>' | '<'

export interface Assertion {
  key: string
  op: Operator
  value: string
  text: string
}

const PATTERN = /^([A-Za-z0-9_.-]+?)(!=|>=|<=|==|=|>|<)(.*)$/

const BOOLEAN = /^(true|false)$/
const GOOS = new RegExp(`^(${KNOWN_GOOS.join('|')})$`)
const GOARCH = new RegExp(`^(${KNOWN_GOARCH.join('|')})$`)

/** Build settings Go records only when they are on: absent means false on Go 1.18+. */
const FLAG_SETTINGS = ['-asan', '-cover', '-msan', '-race', '-trimpath']

/** Values each key may take (case-insensitive); undefined: any non-empty value. */
const KEYS: Record<string, RegExp | undefined> = {
  goos: GOOS,
  goarch: GOARCH,
  cgo: /^[01]$/,
  cgo_enabled: /^[01]$/,
  go: undefined, // checked by goSemver
  trimpath: BOOLEAN,
  buildmode: /^(exe|pie|c-shared|c-archive|shared|plugin|archive|default)$/,
  experiments: /^[a-z0-9,]+$/,
  goamd64: /^v[1-4]$/,
  goarm: /^[567](,(softfloat|hardfloat))?$/,
  goarm64: /^v(8|9)\.\d(,(lse|crypto))*$/,
  go386: /^(sse2|softfloat)$/,
  gomips: /^(hardfloat|softfloat)$/,
  gomips64: /^(hardfloat|softfloat)$/,
  goppc64: /^power(8|9|10)$/,
  goriscv64: /^rva2[023]u64$/,
  gowasm: undefined,
  '-asan': BOOLEAN,
  '-asmflags': undefined,
  '-buildmode': /^(exe|pie|c-shared|c-archive|shared|plugin|archive|default)$/,
  '-compiler': /^(gc|gccgo)$/,
  '-cover': BOOLEAN,
  '-gccgoflags': undefined,
  '-gcflags': undefined,
  '-ldflags': undefined,
  '-msan': BOOLEAN,
  '-pgo': undefined,
  '-race': BOOLEAN,
  '-tags': undefined,
  '-trimpath': BOOLEAN,
  defaultgodebug: undefined,
  cgo_cflags: undefined,
  cgo_cppflags: undefined,
  cgo_cxxflags: undefined,
  cgo_ldflags: undefined,
  goexperiment: undefined,
  gofips140: undefined,
  vcs: /^(git|hg|svn|bzr|fossil)$/,
  'vcs.revision': /^[0-9a-f]+$/,
  'vcs.time': undefined,
  'vcs.modified': BOOLEAN
}

const FIX = 'write assertions like goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'

/** Levenshtein distance, to suggest the key that was meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

function isKnownKey(key: string): boolean {
  return key.toLowerCase() in KEYS
}

/** Tokens split on spaces and on commas, except commas inside a value (experiments=a,b). */
function tokens(text: string): string[] {
  const out: string[] = []
  for (const word of text.split(/\s+/)) {
    if (word === '' || word.startsWith('#')) continue
    let current: string | undefined
    for (const part of word.split(',').filter(p => p !== '')) {
      const match = PATTERN.exec(part)
      if (current === undefined || (match && isKnownKey(match[1]))) {
        if (current !== undefined) out.push(current)
        current = part
      } else current += `,${part}`
    }
    if (current !== undefined) out.push(current)
  }
  return out
}

export function parseExpect(text: string): Assertion[] {
  return tokens(text).map(token => {
    const match = PATTERN.exec(token)
    if (!match || match[3] === '') {
      throw new ConfigurationError(`expect: cannot parse "${token}"`, { fix: FIX })
    }
    const op = (match[2] === '==' ? '=' : match[2]) as Operator
    const key = match[1]
    const lower = key.toLowerCase()
    if (!isKnownKey(key)) {
      const nearest = Object.keys(KEYS)
        .map(known => ({ known, d: distance(lower, known) }))
        .sort((a, b) => a.d - b.d)[0]
      const hint = nearest.d <= 2 ? `did you mean ${nearest.known}? ` : ''
      throw new ConfigurationError(`expect: "${token}": unknown key "${key}"`, {
        fix: `${hint}keys: goos goarch cgo go trimpath buildmode experiments, arch levels (goamd64 goarm64 …) or a build setting Go records (-race vcs.modified goexperiment …)`
      })
    }
    if (op !== '=' && op !== '!=' && lower !== 'go') {
      throw new ConfigurationError(`expect: "${token}": only go supports ${op}`, {
        fix: 'use = or != for everything except the Go version'
      })
    }
    if (lower === 'go' && !goSemver(match[3])) {
      throw new ConfigurationError(`expect: "${token}": "${match[3]}" is not a Go version`, {
        fix: 'write it like go>=1.23 or go=1.23.5'
      })
    }
    const allowed = KEYS[lower]
    if (allowed && !allowed.test(match[3].toLowerCase())) {
      throw new ConfigurationError(`expect: "${token}": "${match[3]}" is not a valid ${key}`, {
        fix: `${key} must match ${allowed.source}`
      })
    }
    return { key, op, value: match[3], text: token }
  })
}

/** go1.23 → 1.23.0, go1.21rc2 → 1.21.0-rc2, 1.22.3 → 1.22.3. */
export function goSemver(version: string): string | undefined {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:rc|beta)\d+)?$/.exec(version.trim())
  if (!m) return undefined
  const base = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`
  return m[4] ? `${base}-${m[4]}` : base
}

/**
 * What the assertions read: a binary-fingerprint slice, or any other view of one Go binary
 * (the image audit builds it from the build info of a binary inside an image).
 */
export interface ExpectSubject {
  dimensions: Omit<Dimensions, 'targetSource'>
  settings: BuildSetting[]
  goVersionRaw: string
}

/** Pre-1.18 binaries record no build settings: everything but target and version is unknown. */
const UNKNOWN = Symbol('unknown')

function actualValue(slice: ExpectSubject, key: string): string | undefined | typeof UNKNOWN {
  const d = slice.dimensions
  const lower = key.toLowerCase()
  if (lower === 'goos') return d.goos
  if (lower === 'goarch') return d.goarch
  if (lower === 'go') return d.goVersion
  const noSettings = slice.settings.length === 0
  if (lower === 'experiments') {
    if (noSettings && !/ X:/.test(slice.goVersionRaw)) return UNKNOWN
    return d.experiments.join(',')
  }
  if (noSettings) return UNKNOWN
  switch (lower) {
    case 'cgo':
    case 'cgo_enabled':
      return d.cgo === 'unknown' ? UNKNOWN : d.cgo
    case 'trimpath':
      return setting(slice.settings, '-trimpath') ?? 'false'
    case 'buildmode':
      return setting(slice.settings, '-buildmode')
  }
  if (d.archLevel && key.toUpperCase() === d.archLevel.key) return d.archLevel.value
  const recorded =
    slice.settings.find(s => s.key === key) ??
    slice.settings.find(s => s.key.toLowerCase() === lower)
  if (recorded) return recorded.value
  if (FLAG_SETTINGS.includes(lower)) return 'false'
  return undefined
}

function sameValue(key: string, actual: string, wanted: string): boolean {
  if (key.toLowerCase() === 'experiments') {
    const set = (text: string) =>
      [...new Set(text.toLowerCase().split(',').filter(Boolean))].sort().join(',')
    return set(actual) === set(wanted.toLowerCase() === 'none' ? '' : wanted)
  }
  return actual.toLowerCase() === wanted.toLowerCase()
}

/** Every violated assertion, worded for a person. Unknown values never pass. */
export function checkExpectations(
  slice: ExpectSubject,
  assertions: readonly Assertion[]
): string[] {
  const violations: string[] = []
  for (const a of assertions) {
    const actual = actualValue(slice, a.key)
    if (actual === UNKNOWN) {
      violations.push(
        `${a.text}: ${a.key} is unknown (no build settings recorded: a pre-Go 1.18 binary)`
      )
      continue
    }
    if (a.key.toLowerCase() === 'go') {
      const have = goSemver(slice.dimensions.goVersion)
      const want = goSemver(a.value) as string
      const ok =
        have !== undefined &&
        (a.op === '='
          ? semver.eq(have, want) ||
            (!/\.\d+\.\d+/.test(a.value) && semver.satisfies(have, `~${want}`))
          : semver.cmp(have, a.op, want))
      if (!ok)
        violations.push(`${a.text}: Go version is ${slice.dimensions.goVersion || 'unknown'}`)
      continue
    }
    const matches = actual !== undefined && sameValue(a.key, actual, a.value)
    if (a.op === '=' ? !matches : matches) {
      const shown = actual === undefined ? 'not recorded' : actual === '' ? '(none)' : actual
      violations.push(`${a.text}: ${a.key} is ${shown}`)
    }
  }
  return violations
}
