/**
 * `expect` assertions such as `goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23`.
 * Keys: goos, goarch, cgo, go, trimpath, buildmode, arch-level keys (goamd64=v3 …),
 * and any build setting by its exact name (vcs.modified=false, -race=true).
 */
import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import { setting } from './analyze.js'
import type { SliceFingerprint } from './types.js'

export type Operator = '=' | '!=' | '>=' | '<=' | '>' | '<'

export interface Assertion {
  key: string
  op: Operator
  value: string
  text: string
}

const PATTERN = /^([A-Za-z0-9_.-]+?)(!=|>=|<=|==|=|>|<)(.*)$/

export function parseExpect(text: string): Assertion[] {
  const tokens = text.split(/[\s,]+/).filter(t => t !== '' && !t.startsWith('#'))
  return tokens.map(token => {
    const match = PATTERN.exec(token)
    if (!match || match[3] === '') {
      throw new ConfigurationError(`expect: cannot parse "${token}"`, {
        fix: 'write assertions like goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
      })
    }
    const op = (match[2] === '==' ? '=' : match[2]) as Operator
    const key = match[1]
    if (op !== '=' && op !== '!=' && key.toLowerCase() !== 'go') {
      throw new ConfigurationError(`expect: "${token}": only go supports ${op}`, {
        fix: 'use = or != for everything except the Go version'
      })
    }
    if (key.toLowerCase() === 'go' && !goSemver(match[3])) {
      throw new ConfigurationError(`expect: "${token}": "${match[3]}" is not a Go version`, {
        fix: 'write it like go>=1.23 or go=1.23.5'
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

function actualValue(slice: SliceFingerprint, key: string): string | undefined {
  const d = slice.dimensions
  switch (key.toLowerCase()) {
    case 'goos':
      return d.goos
    case 'goarch':
      return d.goarch
    case 'cgo':
    case 'cgo_enabled':
      return d.cgo
    case 'trimpath':
      return setting(slice.settings, '-trimpath') ?? 'false'
    case 'buildmode':
      return setting(slice.settings, '-buildmode')
    case 'go':
      return d.goVersion
  }
  if (d.archLevel && key.toUpperCase() === d.archLevel.key) return d.archLevel.value
  return setting(slice.settings, key) ?? setting(slice.settings, key.toUpperCase())
}

/** Every violated assertion, worded for a person. */
export function checkExpectations(slice: SliceFingerprint, assertions: Assertion[]): string[] {
  const violations: string[] = []
  for (const a of assertions) {
    const actual = actualValue(slice, a.key)
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
    const matches = actual !== undefined && actual.toLowerCase() === a.value.toLowerCase()
    if (a.op === '=' ? !matches : matches) {
      violations.push(`${a.text}: ${a.key} is ${actual ?? 'not recorded'}`)
    }
  }
  return violations
}
