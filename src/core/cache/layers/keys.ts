/**
 * Keys of the layered module cache. Two families per prefix, OS and key-files
 * digest, kept apart from the archive-mode `<prefix>-mod-<OS>-…` keys so that
 * neither mode's restore ladder can pick up the other's entries:
 *
 *   base:  <prefix>-modbase-<OS>-[k<key files>-]d<set>
 *   delta: <prefix>-moddelta-<OS>-[k<key files>-]d<set>-b<base set>
 *
 * `d<set>` is the first 16 hex digits of the digest of the module set the
 * entry was planned for; a base is named by the set it was built from, and a
 * delta names the base it sits on (`b…`, that base's `d…` digits), so a save
 * can tell whether a restored delta belongs to the restored base.
 *
 * The key-files digest sits before the module set (unlike the archive key,
 * where it is last): it partitions the layered cache, so changing a key file
 * starts a fresh base instead of stacking deltas on a base built for other
 * key files.
 *
 * Length: prefix and OS are sanitized and capped at 64 characters each by
 * `sanitizeSegment`, the digests are 17 characters, so a key stays far below
 * 512 characters and holds no comma.
 */
import { sanitizeSegment } from '../keys.js'

const DIGEST_LENGTH = 16
const HEX = /^[0-9a-f]{16}$/

/** What every key of one layered cache shares. */
export interface LayerFamily {
  /** First key segment, e.g. `go`. Sanitized here. */
  prefix: string
  /** RUNNER_OS, e.g. `Linux`. Sanitized here. */
  os: string
  /** Hex digest of the key files, when the user named any. */
  keyFiles?: string
}

export type LayerName = 'base' | 'delta'

/** The fixed start of every base key of the family (the base restore key). */
export function baseRoot(family: LayerFamily): string {
  return root(family, 'modbase')
}

/** The fixed start of every delta key of the family (the last delta restore key). */
export function deltaRoot(family: LayerFamily): string {
  return root(family, 'moddelta')
}

function root(family: LayerFamily, cache: string): string {
  const files = family.keyFiles ? `k${family.keyFiles.slice(0, DIGEST_LENGTH)}-` : ''
  return `${sanitizeSegment(family.prefix)}-${cache}-${sanitizeSegment(family.os)}-${files}`
}

/** The 16 hex digits that name a module set in keys. */
export function setId(moduleSetDigest: string): string {
  return moduleSetDigest.slice(0, DIGEST_LENGTH)
}

export function baseKey(family: LayerFamily, set: string): string {
  return `${baseRoot(family)}d${set}`
}

export function deltaKey(family: LayerFamily, set: string, base: string): string {
  return `${deltaRoot(family)}d${set}-b${base}`
}

/** Reads one of this family's keys back; undefined for any other key. */
export function parseLayerKey(
  family: LayerFamily,
  key: string
): { layer: 'base'; set: string } | { layer: 'delta'; set: string; base: string } | undefined {
  const base = baseRoot(family)
  if (key.startsWith(base)) {
    const rest = key.slice(base.length)
    const set = rest.slice(1)
    return rest.startsWith('d') && HEX.test(set) ? { layer: 'base', set } : undefined
  }
  const delta = deltaRoot(family)
  if (key.startsWith(delta)) {
    const match = /^d([0-9a-f]{16})-b([0-9a-f]{16})$/.exec(key.slice(delta.length))
    return match ? { layer: 'delta', set: match[1], base: match[2] } : undefined
  }
  return undefined
}
