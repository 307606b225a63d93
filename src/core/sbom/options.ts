import { GO_CI_KIT_VERSION } from '../version.js'

export interface SbomOptions {
  /**
   * The document's creation time (default: now). Give a fixed time, e.g. from
   * SOURCE_DATE_EPOCH, with `reproducible` for byte-identical output.
   */
  timestamp?: Date
  /**
   * Derive the serial number (CycloneDX) or namespace UUID (SPDX) from the content instead of
   * a random UUID, so equal binaries and timestamp give byte-identical documents.
   */
  reproducible?: boolean
  /** Recorded as the generating tool's version; default this package's version. */
  toolVersion?: string
}

export interface ResolvedOptions {
  timestamp: Date
  reproducible: boolean
  toolVersion: string
}

export function resolveOptions(options: SbomOptions): ResolvedOptions {
  // SPDX records whole seconds; both formats drop the fraction so they agree.
  const millis = (options.timestamp ?? new Date()).getTime()
  return {
    timestamp: new Date(Math.floor(millis / 1000) * 1000),
    reproducible: options.reproducible ?? false,
    toolVersion: options.toolVersion ?? GO_CI_KIT_VERSION
  }
}
