/** The manifest (in-toto v1 subjects plus our per-binary fields) and sha256sum checksums. */
import { ConfigurationError } from '../errors.js'
import type { Comparison } from './compare.js'
import type { EnvLock } from './envlock.js'
import type { FileFingerprint } from './types.js'

export const FINGERPRINT_MANIFEST_TYPE = 'https://go-ci-kit.dev/binary-fingerprint/v1'

export interface BinaryEntry extends FileFingerprint {
  violations: string[]
  comparison?: Comparison
}

export interface FingerprintManifest {
  _type: typeof FINGERPRINT_MANIFEST_TYPE
  subject: { name: string; digest: { sha256: string } }[]
  binaries: BinaryEntry[]
  reproducible?: boolean
  violations: string[]
  /** Files among the inputs that are not Go binaries, skipped (non-go-files: skip). */
  skipped?: { name: string; reason: string }[]
  /** The lock given as environment-lock, recorded as it was. */
  environmentLock?: EnvLock
}

export function buildFingerprintManifest(binaries: BinaryEntry[]): FingerprintManifest {
  const compared = binaries.filter(b => b.comparison)
  return {
    _type: FINGERPRINT_MANIFEST_TYPE,
    subject: binaries.map(b => ({ name: b.name, digest: { sha256: b.sha256 } })),
    binaries,
    ...(compared.length > 0
      ? { reproducible: compared.every(b => b.comparison?.reproducible) }
      : {}),
    violations: binaries.flatMap(b => b.violations.map(v => `${b.name}: ${v}`))
  }
}

/**
 * `sha256sum` format: "<hex>  <name>\n" per file (two spaces: text mode). A name holding a
 * backslash, newline or carriage return is escaped as GNU sha256sum escapes it (coreutils 9):
 * the line starts with a backslash and those characters become `\\`, `\n` and `\r`, so a name
 * can never break a line or forge another entry, and `sha256sum -c` reads it back.
 */
export function formatChecksums(binaries: { name: string; sha256: string }[]): string {
  return binaries
    .map(b => {
      if (!/[\\\n\r]/.test(b.name)) return `${b.sha256}  ${b.name}\n`
      const escaped = b.name.replace(/[\\\n\r]/g, c =>
        c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'
      )
      return `\\${b.sha256}  ${escaped}\n`
    })
    .join('')
}

/** Parses a binary-fingerprint manifest (compare-to), naming the first field it cannot use. */
export function parseFingerprintManifest(text: string, file: string): FingerprintManifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${file}: not JSON: ${(error as Error).message}`, {
      fix: 'pass a manifest written by binary-fingerprint, a binary or a directory'
    })
  }
  const manifest = data as Partial<FingerprintManifest>
  if (
    manifest === null ||
    typeof manifest !== 'object' ||
    manifest._type !== FINGERPRINT_MANIFEST_TYPE
  ) {
    throw new ConfigurationError(`${file}: /_type: not a binary-fingerprint manifest`, {
      fix: `expected "_type": "${FINGERPRINT_MANIFEST_TYPE}"; write one with the action or \`go-ci-kit fingerprint --json\``
    })
  }
  const problem = manifestProblem(manifest)
  if (problem) {
    throw new ConfigurationError(`${file}: ${problem}`, {
      fix: 'regenerate the manifest with this version of binary-fingerprint'
    })
  }
  return manifest as FingerprintManifest
}

/** The first field compare-to relies on that is missing or mistyped, as "JSON pointer: what". */
function manifestProblem(manifest: Partial<FingerprintManifest>): string | undefined {
  if (!Array.isArray(manifest.binaries)) return '/binaries: missing or not an array'
  for (const [i, b] of (manifest.binaries as unknown[]).entries()) {
    const at = `/binaries/${i}`
    if (b === null || typeof b !== 'object') return `${at}: not an object`
    const entry = b as Record<string, unknown>
    if (typeof entry.name !== 'string') return `${at}/name: missing or not a string`
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      return `${at}/sha256: not a lowercase hex sha256`
    }
    if (typeof entry.size !== 'number') return `${at}/size: missing or not a number`
    if (!Array.isArray(entry.slices)) return `${at}/slices: missing or not an array`
    for (const [j, slice] of (entry.slices as unknown[]).entries()) {
      const s = slice as Record<string, unknown> | null
      if (!s || !Array.isArray(s.settings) || typeof s.goVersionRaw !== 'string') {
        return `${at}/slices/${j}: needs goVersionRaw and settings`
      }
    }
    if (!Array.isArray(entry.sections)) return `${at}/sections: missing or not an array`
    for (const [j, section] of (entry.sections as unknown[]).entries()) {
      const s = section as Record<string, unknown> | null
      if (
        !s ||
        typeof s.name !== 'string' ||
        typeof s.sha256 !== 'string' ||
        typeof s.size !== 'number' ||
        typeof s.offset !== 'number'
      ) {
        return `${at}/sections/${j}: needs name, offset, size and sha256`
      }
    }
  }
  return undefined
}
