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

export function upxPacked(): BuildInfoError {
  return new BuildInfoError(
    'upx',
    NOT_GO,
    'packed with UPX; unpack first',
    'run `upx -d FILE` on a copy and fingerprint that'
  )
}
