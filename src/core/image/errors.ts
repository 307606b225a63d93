import { ConfigurationError } from '../errors.js'

export type ImageErrorKind =
  | 'format'
  | 'missing-blob'
  | 'digest'
  | 'truncated'
  | 'unsafe-path'
  | 'limit'
  | 'unreadable'
  /** A registry refused the credentials (or their absence). */
  | 'auth'
  /** A registry has no such repository, tag or manifest. */
  | 'not-found'

/** Why an image could not be read: a property of the input, never a bug. */
export class ImageError extends ConfigurationError {
  constructor(
    readonly kind: ImageErrorKind,
    message: string,
    fix?: string
  ) {
    super(message, { fix })
    this.name = 'ImageError'
  }
}

export const REEXPORT_FIX =
  'the image is damaged: export it again (docker save, skopeo copy or crane pull)'
