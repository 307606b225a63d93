/** Dimensions, canonical build fingerprint and reproducibility warnings for one executable. */
import { createHash } from 'node:crypto'
import type { BuildSetting, SliceInfo } from '../buildinfo/index.js'
import { ARCH_LEVEL_VARIABLE } from '../gomod/index.js'
import type { CgoState, Dimensions, SliceFingerprint } from './types.js'

export function setting(settings: BuildSetting[], key: string): string | undefined {
  return settings.find(s => s.key === key)?.value
}

export function dimensionsOf(slice: SliceInfo): Dimensions {
  const s = slice.buildInfo.settings
  const goos = setting(s, 'GOOS')
  const goarch = setting(s, 'GOARCH')
  const fromSettings = goos !== undefined && goarch !== undefined
  const arch = goarch ?? slice.goarch
  const levelKey = ARCH_LEVEL_VARIABLE[arch]
  const levelValue = levelKey ? setting(s, levelKey) : undefined
  const cgoValue = setting(s, 'CGO_ENABLED')
  const cgo: CgoState = cgoValue === '1' ? '1' : cgoValue === '0' ? '0' : 'unknown'
  return {
    goos: goos ?? slice.goos,
    goarch: arch,
    ...(levelKey && levelValue ? { archLevel: { key: levelKey, value: levelValue } } : {}),
    goVersion: slice.buildInfo.goVersion,
    experiments: slice.buildInfo.experiments,
    cgo,
    targetSource: fromSettings ? 'build settings' : 'file header'
  }
}

/** The `-X name=value` assignments in an -ldflags setting. */
export function ldflagsX(ldflags: string | undefined): string[] {
  if (!ldflags) return []
  const words = ldflags.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
  const found: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i].replace(/^["']|["']$/g, '')
    if (word === '-X' || word === '--X') {
      if (words[i + 1]) found.push(words[i + 1].replace(/^["']|["']$/g, ''))
      i++
    } else if (/^--?X=/.test(word)) found.push(word.replace(/^--?X=/, ''))
  }
  return found
}

export function reproducibilityWarnings(slice: SliceInfo, dims: Dimensions): string[] {
  const s = slice.buildInfo.settings
  const warnings: string[] = []
  if (s.length === 0) {
    warnings.push('no build settings recorded (pre-Go 1.18 binary): flags cannot be checked')
    return warnings
  }
  if (setting(s, '-trimpath') !== 'true') {
    warnings.push('built without -trimpath: local file system paths are embedded; add -trimpath')
  }
  if (setting(s, 'vcs.modified') === 'true') {
    warnings.push('vcs.modified=true: built from a working tree with uncommitted changes')
  }
  if (dims.cgo === '1') {
    warnings.push('cgo is on (CGO_ENABLED=1): the C toolchain and libraries become build inputs')
  }
  const revision = setting(s, 'vcs.revision')
  if (setting(s, 'vcs') !== undefined || revision !== undefined) {
    warnings.push(
      `-buildvcs stamping: ${setting(s, 'vcs') ?? 'vcs'} revision ${revision ?? '?'} and commit time are embedded; rebuild from the same commit, or use -buildvcs=false`
    )
  }
  const xs = ldflagsX(setting(s, '-ldflags'))
  if (xs.length > 0) {
    warnings.push(`-ldflags -X sets ${xs.join(', ')}: these values must be identical to reproduce`)
  }
  return warnings
}

/** Canonical JSON (sorted keys) so the digest does not depend on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function buildFingerprint(slice: SliceInfo, dims: Dimensions): string {
  const info = slice.buildInfo
  const settings = info.settings
    .filter(s => s.key !== 'vcs.time')
    .map(s => [s.key, s.value])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const document = {
    v: 1,
    dimensions: { ...dims, targetSource: undefined },
    goVersionRaw: info.goVersionRaw,
    path: info.path,
    main: info.main,
    deps: info.deps,
    settings
  }
  return createHash('sha256').update(canonical(document)).digest('hex')
}

export function analyzeSlice(slice: SliceInfo): SliceFingerprint {
  const dimensions = dimensionsOf(slice)
  return {
    ...(slice.fatArch ? { fatArch: slice.fatArch } : {}),
    format: `${slice.format}${slice.bits}`,
    dimensions,
    goVersionRaw: slice.buildInfo.goVersionRaw,
    path: slice.buildInfo.path,
    main: slice.buildInfo.main,
    deps: slice.buildInfo.deps,
    settings: slice.buildInfo.settings,
    buildFingerprint: buildFingerprint(slice, dimensions),
    warnings: reproducibilityWarnings(slice, dimensions)
  }
}
