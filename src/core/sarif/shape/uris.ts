/**
 * URI ⇄ path conversions for artifact locations. Code scanning reads
 * `artifactLocation.uri` as a URI reference relative to the repository root,
 * so the normalized form is a POSIX path with reserved characters escaped.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** `scheme:` at the start, but not a Windows drive letter such as `C:`. */
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]+):/

export function uriScheme(uri: string): string | undefined {
  const match = SCHEME.exec(uri)
  return match ? match[1].toLowerCase() : undefined
}

/** Characters a path segment may hold unescaped in a URI (RFC 3986 pchar), plus `/`. */
const UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g

/** A repository-relative POSIX path as a URI reference (`a b/c#.go` → `a%20b/c%23.go`). */
export function encodeRepoPath(relative: string): string {
  const escaped = relative.replace(UNSAFE, ch =>
    Array.from(
      Buffer.from(ch, 'utf8'),
      byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    ).join('')
  )
  // A first segment with a colon would read as a scheme.
  return /^[^/]*:/.test(escaped) ? `./${escaped}` : escaped
}

/** Percent-decoding that keeps the text as it is when it is not valid escaping. */
export function decodeUriPath(uri: string): string {
  if (!uri.includes('%')) return uri
  try {
    return decodeURIComponent(uri)
  } catch {
    return uri
  }
}

/**
 * The repository-relative path a normalized URI stands for, or undefined for
 * absolute `file:` URIs, other schemes and paths that climb out of the root.
 */
export function repoPathOfUri(uri: string): string | undefined {
  if (uri === '' || uriScheme(uri) !== undefined) return undefined
  const decoded = decodeUriPath(uri).replace(/\\/g, '/')
  if (decoded.startsWith('/')) return undefined
  const normalized = path.posix.normalize(decoded)
  if (normalized === '..' || normalized.startsWith('../')) return undefined
  return normalized === '.' ? undefined : normalized
}

/** An absolute path from a `file:` URI, or undefined when it is not one. */
export function filePathOfUri(uri: string): string | undefined {
  if (uriScheme(uri) !== 'file') return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    // `file://relative/path` and other malformed forms: take what follows the scheme.
    const rest = uri.replace(/^file:(\/\/)?/i, '')
    return rest.startsWith('/') ? decodeUriPath(rest) : undefined
  }
}

export function fileUri(absolute: string): string {
  return pathToFileURL(absolute).href
}
