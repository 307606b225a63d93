/** The manifest (in-toto v1 subjects plus our per-binary fields) and sha256sum checksums. */
import { ConfigurationError } from '../errors.js'
import type { Comparison } from './compare.js'
import type { FileFingerprint } from './types.js'

export const MANIFEST_TYPE = 'https://go-ci-kit.dev/binary-fingerprint/v1'

export interface BinaryEntry extends FileFingerprint {
  violations: string[]
  comparison?: Comparison
}

export interface Manifest {
  _type: typeof MANIFEST_TYPE
  subject: { name: string; digest: { sha256: string } }[]
  binaries: BinaryEntry[]
  reproducible?: boolean
  violations: string[]
}

export function buildManifest(binaries: BinaryEntry[]): Manifest {
  const compared = binaries.filter(b => b.comparison)
  return {
    _type: MANIFEST_TYPE,
    subject: binaries.map(b => ({ name: b.name, digest: { sha256: b.sha256 } })),
    binaries,
    ...(compared.length > 0
      ? { reproducible: compared.every(b => b.comparison?.reproducible) }
      : {}),
    violations: binaries.flatMap(b => b.violations.map(v => `${b.name}: ${v}`))
  }
}

/** `sha256sum` format: "<hex>  <name>\n" per file (two spaces: text mode). */
export function formatChecksums(binaries: { name: string; sha256: string }[]): string {
  return binaries.map(b => `${b.sha256}  ${b.name}\n`).join('')
}

export function parseManifest(text: string, file: string): Manifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${file}: not JSON: ${(error as Error).message}`, {
      fix: 'pass a manifest written by binary-fingerprint, a binary or a directory'
    })
  }
  const manifest = data as Partial<Manifest>
  if (manifest._type !== MANIFEST_TYPE || !Array.isArray(manifest.binaries)) {
    throw new ConfigurationError(`${file}: /_type: not a binary-fingerprint manifest`, {
      fix: `expected "_type": "${MANIFEST_TYPE}" and a "binaries" array`
    })
  }
  return manifest as Manifest
}
