/**
 * go.sum `h1:` hashes. `h1:` + base64 of a SHA-256 over the module's dirhash summary (one
 * "sha256 name" line per file), so it names a SHA-256 digest, but of that summary, not of the
 * module zip. SBOM formats have no "h1" algorithm: like cyclonedx-gomod we write the digest as
 * SHA-256 hex, and keep the original `h1:` text beside it (a property / comment) so it can be
 * matched against go.sum and the checksum database.
 */

export interface GoSumHash {
  /** The text as recorded, e.g. `h1:abc…=`. */
  sum: string
  sha256Hex: string
}

/** The digest of an `h1:` sum, or undefined for an empty, other-scheme or malformed one. */
export function parseGoSumHash(sum: string): GoSumHash | undefined {
  if (!sum.startsWith('h1:')) return undefined
  const base64 = sum.slice(3)
  if (!/^[A-Za-z0-9+/]{43}=$/.test(base64)) return undefined
  const digest = Buffer.from(base64, 'base64')
  if (digest.length !== 32) return undefined
  return { sum, sha256Hex: digest.toString('hex') }
}
