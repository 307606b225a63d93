/**
 * The audit's gates: each platform's Go binaries target that platform, the expected platforms
 * are all there, `expect` assertions hold, waste stays under the thresholds.
 *
 * Platforms are compared the way containerd's matcher compares them (Normalize and
 * normalizeArch in github.com/containerd/platforms, platforms.go and database.go, as vendored
 * by containerd): aliases become GOARCH names (x86_64 → amd64, aarch64 → arm64, i386 → 386,
 * armhf → arm/v7, armel → arm/v6), arm64 `8`/`v8`/`v8.0` and amd64 `v1` are the same as no
 * variant, arm64 `9`/`9.0`/`v9.0` is `v9`, and arm without a variant means v7.
 *
 * Variants follow the OCI image spec, image-index.md, `manifests[].platform.variant`
 * (https://github.com/opencontainers/image-spec/blob/v1.1.0/image-index.md): the values it
 * lists are arm `v6`, `v7`, `v8` and arm64 `v8`; others are implementation-defined, such as
 * the amd64 microarchitecture levels `v2`/`v3`/`v4` (x86-64-v2 …) that BuildKit and
 * containerd use. A variant is the
 * platform's minimum CPU, so a Go binary fits when the level it was built for (GOARM,
 * GOARM64, GOAMD64) is not above it: a GOARM=6 binary runs on an arm/v7 entry, a GOARM=7 one
 * cannot run on arm/v6. GOARM64 v8.x fits the plain arm64 (v8) entry.
 */
import { ConfigurationError } from '../../errors.js'
import { checkExpectations, type Assertion, type ExpectSubject } from '../../fingerprint/index.js'
import { KNOWN_GOARCH, KNOWN_GOOS } from '../../gomod/index.js'
import { platformLabel, type Platform } from '../image.js'
import type {
  GoBinaryFacts,
  ImageAudit,
  PlatformAudit,
  Violation,
  WasteThresholds
} from './types.js'

/** containerd's normalizeArch: GOARCH names, and the variant each architecture implies. */
function normalizeArch(architecture: string, variant: string): [string, string] {
  const arch = architecture.toLowerCase()
  const v = variant.toLowerCase()
  switch (arch) {
    case 'i386':
      return ['386', '']
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v]
    case 'aarch64':
    case 'arm64':
      if (v === '8' || v === 'v8' || v === 'v8.0') return ['arm64', '']
      if (v === '9' || v === '9.0' || v === 'v9.0') return ['arm64', 'v9']
      return ['arm64', v]
    case 'armhf':
      return ['arm', 'v7']
    case 'armel':
      return ['arm', 'v6']
    case 'arm':
      if (v === '' || v === '7') return ['arm', 'v7']
      if (v === '5' || v === '6' || v === '8') return ['arm', `v${v}`]
      return ['arm', v]
  }
  return [arch, v]
}

/** The platform as containerd's matcher compares it. */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase()
  const [architecture, variant] = normalizeArch(platform.architecture, platform.variant ?? '')
  return variant ? { os, architecture, variant } : { os, architecture }
}

export function samePlatform(a: Platform, b: Platform): boolean {
  const x = normalizePlatform(a)
  const y = normalizePlatform(b)
  return x.os === y.os && x.architecture === y.architecture && x.variant === y.variant
}

const PLATFORM_FIX = 'write os/arch or os/arch/variant, e.g. linux/amd64,linux/arm64,linux/arm/v7'

/** Variants the OCI spec (arm, arm64) and containerd/BuildKit (amd64 levels) give meaning to. */
const VARIANT: Record<string, RegExp> = {
  arm: /^v[5-8]$/,
  arm64: /^v(8|9)(\.\d)?$/,
  amd64: /^v[1-4]$/
}

function parsePlatform(entry: string, inputName: string): Platform {
  const fail = (what: string, fix = PLATFORM_FIX): never => {
    throw new ConfigurationError(`${inputName}: "${entry}": ${what}`, { fix })
  }
  const parts = entry.split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some(part => !/^[A-Za-z0-9_.-]+$/.test(part)))
    fail('is not a platform')
  const [rawOs, rawArch, rawVariant = ''] = parts
  const os = rawOs.toLowerCase() === 'macos' ? 'darwin' : rawOs.toLowerCase()
  if (!KNOWN_GOOS.includes(os))
    fail(`unknown operating system "${rawOs}"`, `use a GOOS value: ${KNOWN_GOOS.join(' ')}`)
  const [architecture] = normalizeArch(rawArch, rawVariant)
  if (!KNOWN_GOARCH.includes(architecture))
    fail(`unknown architecture "${rawArch}"`, `use a GOARCH value: ${KNOWN_GOARCH.join(' ')}`)
  // The alias may carry the variant (armhf is arm/v7); an explicit one wins.
  const implied = normalizeArch(rawArch, '')[1]
  let variant = rawVariant.toLowerCase() || (rawArch.toLowerCase() === 'arm' ? '' : implied)
  if (/^\d/.test(variant)) variant = `v${variant}`
  const allowed = VARIANT[architecture]
  if (variant && allowed && !allowed.test(variant))
    fail(
      `"${rawVariant}" is not an ${architecture} variant`,
      `${architecture} variants: ${{ arm: 'v5 v6 v7 v8', arm64: 'v8 v9 (or v8.2 …)', amd64: 'v1 v2 v3 v4' }[architecture]}`
    )
  if (variant && architecture === '386') fail('386 has no variants')
  return variant ? { os, architecture, variant } : { os, architecture }
}

/** `linux/amd64,linux/arm64/v8` → platforms; a malformed entry is a ConfigurationError. */
export function parsePlatformList(text: string, inputName: string): Platform[] {
  const platforms: Platform[] = []
  for (const raw of text.split(/[,\n]/)) {
    const entry = raw.replace(/\s+/g, '')
    if (entry === '') continue
    const platform = parsePlatform(entry, inputName)
    if (!platforms.some(known => samePlatform(known, platform))) platforms.push(platform)
  }
  return platforms
}

/** `v8.2` → [8, 2]; `v9` → [9, undefined]. */
function armLevel(text: string): [number, number | undefined] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?/.exec(text)
  return m ? [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])] : undefined
}

/** Why a binary whose GOOS/GOARCH match cannot run at the platform's variant, if it cannot. */
function levelProblem(platform: Platform, binary: GoBinaryFacts): string | undefined {
  const { architecture, variant = '' } = normalizePlatform(platform)
  const level = binary.archLevel
  const shown = level ? `${level.key}=${level.value}` : undefined
  switch (architecture) {
    case 'arm': {
      const wanted = Number(variant.slice(1))
      if (!level)
        return `GOARM is not recorded (no build settings: a pre-Go 1.18 binary), so it cannot be matched with variant ${variant}`
      const have = Number(/^\d+/.exec(level.value)?.[0])
      if (!Number.isInteger(have)) return `${shown} is not an arm level`
      if (!Number.isInteger(wanted) || !/^v\d$/.test(variant))
        return `variant "${variant}" is not an arm level, so ${shown} cannot be matched with it`
      return have > wanted
        ? `${shown} needs ARMv${have}; an ARMv${wanted} CPU cannot run it`
        : undefined
    }
    case 'arm64': {
      const wanted = armLevel(variant || 'v8')
      if (!wanted || (wanted[0] !== 8 && wanted[0] !== 9))
        return `variant "${variant}" is not an arm64 level`
      const have = armLevel(level?.value ?? 'v8.0')
      if (!have) return `${shown} is not an arm64 level`
      const fits =
        have[0] < wanted[0] ||
        (have[0] === wanted[0] && (wanted[1] === undefined || (have[1] ?? 0) <= wanted[1]))
      return fits
        ? undefined
        : `${shown ?? 'GOARM64=v8.0'} needs ARMv${have[0]}.${have[1] ?? 0}-A; an arm64/${variant || 'v8'} entry promises only ARMv${wanted[0]}${wanted[1] === undefined ? '' : `.${wanted[1]}`}`
    }
    case 'amd64': {
      const wanted = Number((variant || 'v1').slice(1))
      const have = Number((level?.value ?? 'v1').slice(1))
      if (!/^v\d$/.test(level?.value ?? 'v1')) return `${shown} is not an amd64 level`
      if (!/^v\d$/.test(variant || 'v1')) return `variant "${variant}" is not an amd64 level`
      return have > wanted
        ? `${shown} needs x86-64-v${have}; a ${wanted === 1 ? 'baseline x86-64' : `x86-64-v${wanted}`} CPU cannot run it`
        : undefined
    }
  }
  if (!variant) return undefined
  // No standard variants for other architectures: accept only the recorded level itself.
  return level && level.value.toLowerCase() === variant
    ? undefined
    : `variant "${variant}" cannot be matched with ${shown ?? 'a binary that records no level'}`
}

function violation(
  audit: ImageAudit,
  kind: Violation['kind'],
  platform: Platform | undefined,
  message: string,
  path?: string,
  dockerfileLine?: number
): Violation {
  return {
    kind,
    image: audit.source,
    ...(platform ? { platform: platformLabel(platform) } : {}),
    ...(path ? { path } : {}),
    message,
    ...(dockerfileLine !== undefined ? { dockerfileLine } : {})
  }
}

/** The Dockerfile line of the layer that holds each file, when the layers were mapped. */
function dockerfileLinesByPath(entry: PlatformAudit): Map<string, number> {
  const lines = new Map<string, number>()
  for (const file of entry.files) {
    const line = entry.layers[file.layer]?.dockerfileLine
    if (line !== undefined) lines.set(file.path, line)
  }
  return lines
}

/**
 * For each platform (an index entry, or a single image's config os/architecture), every Go
 * binary must target it; with expectPlatforms, each must be there and hold a Go binary.
 */
export function checkPlatforms(
  audit: ImageAudit,
  expectPlatforms: readonly Platform[]
): Violation[] {
  const violations: Violation[] = []
  for (const entry of audit.platforms) {
    const { platform } = entry
    const label = platformLabel(platform)
    if (expectPlatforms.length > 0 && entry.goBinaries.length === 0) {
      violations.push(
        violation(
          audit,
          'no-go-binary',
          platform,
          `${label}: no Go binary found, so its target cannot be checked`
        )
      )
    }
    const want = normalizePlatform(platform)
    const lines = dockerfileLinesByPath(entry)
    for (const binary of entry.goBinaries) {
      const target = `${binary.goos}/${binary.goarch}`
      let problem: string | undefined
      if (!platform.os || !platform.architecture) {
        problem = `${label}: the image declares no os/architecture, so ${binary.path} (${target}) cannot be matched with it`
      } else if (binary.goos !== want.os || binary.goarch !== want.architecture) {
        problem = `${label}: ${binary.path} is a ${target} Go binary (${binary.goVersion})`
      } else {
        const why = levelProblem(platform, binary)
        if (why)
          problem = `${label}: ${binary.path} is a ${target} Go binary (${binary.goVersion}): ${why}`
      }
      if (problem)
        violations.push(
          violation(
            audit,
            'platform-mismatch',
            platform,
            problem,
            binary.path,
            lines.get(binary.path)
          )
        )
    }
  }
  const present = audit.platforms.map(entry => entry.platform)
  for (const expected of expectPlatforms) {
    if (present.some(platform => samePlatform(platform, expected))) continue
    const has = present.length > 0 ? present.map(platformLabel).join(', ') : 'no platform'
    // A manifest the reader could not use may be the one that was expected: say so.
    const unread = audit.skipped.filter(s => s.reason !== 'attestation manifest')
    const skipped =
      unread.length > 0
        ? `; skipped: ${unread.map(s => `${s.digest} (${s.reason})`).join(', ')}`
        : ''
    violations.push(
      violation(
        audit,
        'missing-platform',
        expected,
        `${platformLabel(expected)} is missing from ${audit.source} (it has ${has}${skipped})`
      )
    )
  }
  return violations
}

/** The binary-fingerprint `expect` view of a Go binary found in an image. */
export function expectSubject(binary: GoBinaryFacts): ExpectSubject {
  return {
    dimensions: {
      goos: binary.goos,
      goarch: binary.goarch,
      ...(binary.archLevel ? { archLevel: binary.archLevel } : {}),
      goVersion: binary.goVersion,
      experiments: binary.buildInfo.experiments,
      cgo: binary.cgo
    },
    settings: binary.buildInfo.settings,
    goVersionRaw: binary.buildInfo.goVersionRaw
  }
}

/** `expect` assertions for every Go binary of every platform; a platform without one fails. */
export function checkExpect(audit: ImageAudit, assertions: readonly Assertion[]): Violation[] {
  if (assertions.length === 0) return []
  const violations: Violation[] = []
  for (const entry of audit.platforms) {
    const { platform, goBinaries } = entry
    const label = platformLabel(platform)
    const lines = dockerfileLinesByPath(entry)
    if (goBinaries.length === 0) {
      violations.push(
        violation(
          audit,
          'no-go-binary',
          platform,
          `${label}: no Go binary found, so the expect assertions cannot be checked`
        )
      )
    }
    for (const binary of goBinaries) {
      for (const failed of checkExpectations(expectSubject(binary), assertions)) {
        violations.push(
          violation(
            audit,
            'expect',
            platform,
            `${label}: ${binary.path}: ${failed}`,
            binary.path,
            lines.get(binary.path)
          )
        )
      }
    }
  }
  return violations
}

function checkThresholdValue(name: string, value: number | undefined, max?: number): void {
  if (value === undefined) return
  if (!Number.isFinite(value) || value < 0 || (max !== undefined && value > max)) {
    throw new ConfigurationError(`${name}: ${value} is not a number from 0 to ${max ?? 'any'}`, {
      fix:
        name === 'lowest-efficiency'
          ? 'give efficiency as a fraction, e.g. 0.95 for 95%'
          : `give a number of ${name === 'highest-wasted-percent' ? 'percent, 0–100' : 'bytes'}`
    })
  }
}

const percent = (value: number): string => `${(Math.round(value * 100) / 100).toString()}%`

/** dive's `--ci` rules, per platform: lowest efficiency, highest wasted bytes and percent. */
export function checkWasteThresholds(audit: ImageAudit, thresholds: WasteThresholds): Violation[] {
  const { lowestEfficiency, highestWastedBytes, highestWastedPercent } = thresholds
  checkThresholdValue('lowest-efficiency', lowestEfficiency, 1)
  checkThresholdValue('highest-wasted-bytes', highestWastedBytes)
  checkThresholdValue('highest-wasted-percent', highestWastedPercent, 100)
  const violations: Violation[] = []
  for (const entry of audit.platforms) {
    const label = platformLabel(entry.platform)
    const wasted = `${entry.wastedBytes} of ${entry.totalBytes} bytes wasted`
    const add = (message: string) =>
      violations.push(violation(audit, 'waste-threshold', entry.platform, `${label}: ${message}`))
    if (lowestEfficiency !== undefined && entry.efficiency < lowestEfficiency)
      add(
        `efficiency ${percent(entry.efficiency * 100)} is below the lowest allowed ${percent(lowestEfficiency * 100)} (${wasted})`
      )
    if (highestWastedBytes !== undefined && entry.wastedBytes > highestWastedBytes)
      add(
        `${entry.wastedBytes} wasted bytes is above the highest allowed ${highestWastedBytes} (${percent(entry.wastedPercent)} of ${entry.totalBytes} bytes)`
      )
    if (highestWastedPercent !== undefined && entry.wastedPercent > highestWastedPercent)
      add(
        `${percent(entry.wastedPercent)} wasted is above the highest allowed ${percent(highestWastedPercent)} (${wasted})`
      )
  }
  return violations
}
