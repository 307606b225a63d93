/**
 * Why another entry's key differs from ours, read from the keys alone. Used
 * when no manifest is at hand: after a lookup-only restore, for an entry
 * saved without a manifest, and for the build cache's miss probe (a lookup of
 * the newest build entry for another toolchain, which a restore never takes).
 */
import type { CacheKeyPlan, MissReason } from './types.js'

export interface SegmentDifference {
  reason: MissReason
  /** The segment's name (from the plan) and both values. */
  segment: string
  from: string
  to: string
  detail: string
}

const REASON_BY_SEGMENT: Record<string, MissReason> = {
  os: 'toolchain-changed',
  arch: 'toolchain-changed',
  go: 'toolchain-changed',
  goos: 'toolchain-changed',
  goarch: 'toolchain-changed',
  toolchain: 'env-changed',
  matrix: 'matrix-changed',
  path: 'path-changed',
  modules: 'deps-changed',
  dependencies: 'deps-changed',
  'key-files': 'key-files-changed'
}

function describe(segment: string, from: string, to: string): string {
  switch (segment) {
    case 'go':
      return `Go ${from.replace(/^go/, '')} → ${to.replace(/^go/, '')}`
    case 'goos':
      return `GOOS ${from} → ${to}`
    case 'goarch':
      return `GOARCH ${from} → ${to}`
    case 'os':
      return `runner OS ${from} → ${to}`
    case 'arch':
      return `runner arch ${from} → ${to}`
    case 'toolchain':
      return `go env settings (CGO_ENABLED, GOFLAGS, GOEXPERIMENT, CC…) differ: ${from} → ${to}`
    case 'matrix':
      return `matrix ${from} → ${to}`
    case 'path':
      return `PATH ${from} → ${to}`
    case 'key-files':
      return `key files ${from || '(none)'} → ${to || '(none)'}`
    default:
      return `dependencies ${from} → ${to}`
  }
}

/** The first segment where `otherKey` departs from the plan's key, or undefined when it is the same key. */
export function segmentDifference(
  plan: Pick<CacheKeyPlan, 'key' | 'segments'>,
  otherKey: string
): SegmentDifference | undefined {
  if (otherKey === plan.key) return undefined
  const values = plan.segments.map(segment => segment.value)
  let common = 0
  for (let count = values.length; count > 0; count--) {
    const prefix = values.slice(0, count).join('-')
    if (otherKey === prefix || otherKey.startsWith(prefix + '-')) {
      common = count
      break
    }
  }
  const rest = otherKey.slice(values.slice(0, common).join('-').length).replace(/^-/, '')
  const theirs = rest === '' ? [] : rest.split('-')
  if (common === values.length) {
    // Our key is a prefix of theirs: they carry an extra segment (key files).
    return difference('key-files', theirs.join('-'), '')
  }
  // Only free-text values (a prefix, a devel Go version) may hold `-`; the prefix is always common.
  const segment = plan.segments[common]
  const from = theirs[0] ?? ''
  const optional = optionalSegment(segment, from)
  if (optional && optional !== segment.name) return difference(optional, from, '(none)')
  if (optional) return difference(optional, '(none)', segment.value)
  return difference(segment.name, from, segment.value)
}

/** Digest segments in key order; matrix, PATH and key files are optional. */
const DIGEST_ORDER = ['toolchain', 'matrix', 'path', 'dependencies', 'key-files']
const DIGEST_LETTER: Record<string, string> = {
  t: 'toolchain',
  m: 'matrix',
  p: 'path',
  d: 'dependencies',
  k: 'key-files'
}

/**
 * When one key has an optional digest segment the other lacks, the first
 * differing values are of different kinds (`m…` against `d…`); the earlier
 * kind in key order is the one present on one side only.
 */
function optionalSegment(
  ours: { name: string; value: string },
  theirs: string
): string | undefined {
  const kind = (value: string) => {
    const match = /^([tmpdk])[0-9a-f]{16}$/.exec(value)
    return match ? DIGEST_LETTER[match[1]] : undefined
  }
  const mine = kind(ours.value)
  const other = kind(theirs)
  if (!mine || !other || mine === other) return undefined
  return DIGEST_ORDER.indexOf(mine) < DIGEST_ORDER.indexOf(other) ? mine : other
}

function difference(segment: string, from: string, to: string): SegmentDifference | undefined {
  const reason = REASON_BY_SEGMENT[segment]
  if (!reason) return undefined
  return { reason, segment, from, to, detail: describe(segment, from, to) }
}

/**
 * Restore keys for the build cache's miss probe: the ladder below the one a
 * restore uses (which stops at the toolchain digest), down to
 * `<prefix>-build-<OS>-`, most similar first.
 */
export function probeKeys(plan: Pick<CacheKeyPlan, 'segments' | 'restoreKeys'>): string[] {
  const values = plan.segments.map(segment => segment.value)
  const floor = plan.segments.findIndex(segment => segment.name === 'toolchain')
  if (floor < 0) return []
  const keys: string[] = []
  // keep = number of leading segments; the restore ladder already covers keep > floor.
  for (let keep = floor; keep >= 3; keep--) keys.push(values.slice(0, keep).join('-') + '-')
  return keys.filter(key => !plan.restoreKeys.includes(key)).slice(0, 9)
}
