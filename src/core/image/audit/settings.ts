/**
 * The audit's options as the user writes them (action inputs or CLI flags, the same text) and
 * their typed form. Every bad value is one ConfigurationError naming the input (`names`) and
 * the fix, raised before any image is opened.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { parseExpect, type Assertion } from '../../fingerprint/index.js'
import { parseList } from '../../inputs.js'
import type { Platform } from '../image.js'
import { parsePlatformList } from './checks.js'
import type { ViolationKind, WasteThresholds } from './types.js'

/**
 * An image as the user wrote it: a path (relative to the working directory) or a registry
 * reference; flow.ts's openSource tells them apart (`openImageSource`).
 */
export interface ImageSource {
  label: string
}

export interface RawAuditOptions {
  images: readonly string[]
  dockerfile?: string
  expectPlatforms?: string
  expect?: string
  lowestEfficiency?: string
  highestWastedBytes?: string
  highestWastedPercent?: string
  failOn?: string
}

/** How messages name each option: `expect-platforms` in the action, `--expect-platforms` in the CLI. */
export type OptionNames = Record<keyof RawAuditOptions, string>

export const ACTION_OPTION_NAMES: OptionNames = {
  images: 'images',
  dockerfile: 'dockerfile',
  expectPlatforms: 'expect-platforms',
  expect: 'expect',
  lowestEfficiency: 'lowest-efficiency',
  highestWastedBytes: 'highest-wasted-bytes',
  highestWastedPercent: 'highest-wasted-percent',
  failOn: 'fail-on'
}

export const CLI_OPTION_NAMES: OptionNames = {
  images: 'IMAGE',
  dockerfile: '--dockerfile',
  expectPlatforms: '--expect-platforms',
  expect: '--expect',
  lowestEfficiency: '--lowest-efficiency',
  highestWastedBytes: '--highest-wasted-bytes',
  highestWastedPercent: '--highest-wasted-percent',
  failOn: '--fail-on'
}

export const VIOLATION_KINDS: readonly ViolationKind[] = [
  'platform-mismatch',
  'missing-platform',
  'no-go-binary',
  'expect',
  'waste-threshold'
]

/** Every kind fails by default; waste-threshold fires only when a threshold is given. */
export const DEFAULT_FAIL_ON: readonly ViolationKind[] = VIOLATION_KINDS

export interface AuditSettings {
  images: ImageSource[]
  /** Absolute path of the Dockerfile whose lines the findings point at. */
  dockerfile?: string
  /** True when the Dockerfile was found in the working directory rather than named. */
  dockerfileFound: boolean
  expectPlatforms: Platform[]
  assertions: Assertion[]
  thresholds: WasteThresholds
  failOn: ReadonlySet<ViolationKind>
}

/** The Dockerfile looked for when none is named: the build context's, `./Dockerfile`. */
export const DOCKERFILE_NAME = 'Dockerfile'

export function parseAuditOptions(
  raw: RawAuditOptions,
  names: OptionNames,
  cwd: string
): AuditSettings {
  if (raw.images.length === 0) {
    throw new ConfigurationError(`no image given (${names.images})`, {
      fix: 'name an OCI layout directory, an OCI archive, a docker save archive (e.g. image.tar) or a registry reference (e.g. ghcr.io/org/app:1.2)'
    })
  }
  const images = raw.images.map((label): ImageSource => ({ label }))
  const { dockerfile, dockerfileFound } = resolveDockerfile(raw.dockerfile, names, cwd)
  const expectPlatforms = raw.expectPlatforms
    ? parsePlatformList(raw.expectPlatforms, names.expectPlatforms)
    : []
  const assertions = raw.expect ? renamed(names.expect, () => parseExpect(raw.expect ?? '')) : []
  const thresholds: WasteThresholds = {}
  const efficiency = parseNumber(raw.lowestEfficiency, names.lowestEfficiency, 0, 1, '0.9')
  if (efficiency !== undefined) thresholds.lowestEfficiency = efficiency
  const bytes = parseByteSize(raw.highestWastedBytes, names.highestWastedBytes)
  if (bytes !== undefined) thresholds.highestWastedBytes = bytes
  const percent = parseNumber(
    raw.highestWastedPercent?.replace(/%$/, ''),
    names.highestWastedPercent,
    0,
    100,
    '10'
  )
  if (percent !== undefined) thresholds.highestWastedPercent = percent
  return {
    images,
    dockerfile,
    dockerfileFound,
    expectPlatforms,
    assertions,
    thresholds,
    failOn: parseFailOn(raw.failOn, names.failOn)
  }
}

/** parseExpect names its input `expect`; the CLI's is `--expect`. */
function renamed<T>(name: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof ConfigurationError && name !== 'expect') {
      throw new ConfigurationError(error.message.replace(/^expect:/, `${name}:`), {
        fix: error.fix
      })
    }
    throw error
  }
}

function resolveDockerfile(
  given: string | undefined,
  names: OptionNames,
  cwd: string
): { dockerfile?: string; dockerfileFound: boolean } {
  if (given === undefined || given === '') {
    const candidate = path.join(cwd, DOCKERFILE_NAME)
    return existsSync(candidate) && statSync(candidate).isFile()
      ? { dockerfile: candidate, dockerfileFound: true }
      : { dockerfileFound: false }
  }
  const file = path.resolve(cwd, given)
  let isFile = false
  try {
    isFile = statSync(file).isFile()
  } catch {
    throw new ConfigurationError(`${names.dockerfile}: ${given} does not exist`, {
      fix: 'name the Dockerfile the image was built from, relative to the working directory'
    })
  }
  if (!isFile) {
    throw new ConfigurationError(`${names.dockerfile}: ${given} is not a file`, {
      fix: 'name the Dockerfile itself, e.g. build/Dockerfile'
    })
  }
  return { dockerfile: file, dockerfileFound: false }
}

function parseNumber(
  text: string | undefined,
  name: string,
  min: number,
  max: number,
  example: string
): number | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const value = text.trim()
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigurationError(`${name} must be a number from ${min} to ${max}, not "${text}"`, {
      fix: `e.g. ${name} ${example}`
    })
  }
  return Number(value)
}

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** `20MB`, `1.5GiB`, `1048576` → bytes (dive writes its highestWastedBytes like `20MB`). */
export function parseByteSize(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  const unit = match ? BYTE_UNITS[match[2].toLowerCase()] : undefined
  if (!match || unit === undefined) {
    throw new ConfigurationError(`${name} must be a size such as 20MB or 1048576, not "${text}"`, {
      fix: 'write a whole number of bytes or a number with B, KB, MB, GB, KiB, MiB or GiB'
    })
  }
  return Math.floor(Number(match[1]) * unit)
}

/** `platform-mismatch,expect`, `all` or `none`. */
export function parseFailOn(text: string | undefined, name: string): ReadonlySet<ViolationKind> {
  if (text === undefined || text.trim() === '') return new Set(DEFAULT_FAIL_ON)
  const words = parseList(text.replace(/\s+/g, ','))
  if (words.length === 1 && words[0] === 'none') return new Set()
  if (words.length === 1 && words[0] === 'all') return new Set(VIOLATION_KINDS)
  const kinds = new Set<ViolationKind>()
  for (const word of words) {
    const kind = VIOLATION_KINDS.find(known => known === word.toLowerCase())
    if (kind === undefined) {
      throw new ConfigurationError(`${name}: unknown violation kind "${word}"`, {
        fix: `use all, none, or some of ${VIOLATION_KINDS.join(', ')}`
      })
    }
    kinds.add(kind)
  }
  return kinds
}
