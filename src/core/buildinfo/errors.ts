import { ConfigurationError } from '../errors.js'

/** Go's own words, so messages match `go version -m`. */
export const NOT_GO = 'not a Go executable'
export const UNRECOGNIZED = 'unrecognized file format'

export type BuildInfoErrorKind = 'not-go' | 'unrecognized' | 'upx' | 'truncated' | 'unreadable'

/** Why a file's build info could not be read: a property of the input, not a bug. */
export class BuildInfoError extends ConfigurationError {
  constructor(
    readonly kind: BuildInfoErrorKind,
    /** The message `go version -m` would print after "could not read Go build info from F: ". */
    readonly goMessage: string,
    message: string,
    fix?: string
  ) {
    super(message, { fix })
    this.name = 'BuildInfoError'
  }
}

export function notGo(detail?: string): BuildInfoError {
  return new BuildInfoError('not-go', NOT_GO, detail ? `${NOT_GO} (${detail})` : NOT_GO)
}

export function unrecognized(detail?: string): BuildInfoError {
  return new BuildInfoError(
    'unrecognized',
    UNRECOGNIZED,
    detail ? `${UNRECOGNIZED} (${detail})` : UNRECOGNIZED
  )
}

export function truncated(what: string, fileSize: number): BuildInfoError {
  return new BuildInfoError(
    'truncated',
    UNRECOGNIZED,
    `${UNRECOGNIZED} (truncated: ${what} lies beyond the end of the file, which is ${fileSize} bytes)`,
    'the file is incomplete; download or copy it again'
  )
}

/**
 * A build info string that ends before its declared length: Go's reader says "not a Go
 * executable". When the file itself ends there, say it was cut short.
 */
export function cutShort(
  what: string,
  lengths: { got: number; declared: number } | undefined,
  fileEnded: boolean
): BuildInfoError {
  const detail = lengths ? `: ${lengths.got} of its ${lengths.declared} bytes are there` : ''
  if (!fileEnded) return notGo(`${what} is cut short${detail}`)
  // Go's own parsers read the symbol tables at the end of the file first, so for a file cut
  // short go version -m says "unrecognized file format".
  return new BuildInfoError(
    'truncated',
    UNRECOGNIZED,
    `${NOT_GO} (truncated: the file ends inside ${what}${detail})`,
    'the file is incomplete; download or copy it again'
  )
}

export function upxPacked(): BuildInfoError {
  return new BuildInfoError(
    'upx',
    NOT_GO,
    'packed with UPX; unpack first',
    'run `upx -d FILE` on a copy and fingerprint that'
  )
}
