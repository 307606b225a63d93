/**
 * The cache transfer go-ci-kit owns: the Actions cache service v2 (Twirp),
 * the blob data plane, and a tar+gzip archive whose extraction is checked
 * (no absolute or `..` names, no writes through symlinks, no symlink out of
 * the cache directories, capped size and entry count), stoppable by an
 * AbortSignal and atomic (staging directory, then renames). Node and npm
 * libraries only: no @actions/*.
 */
export { ArchiveRefusedError, placeEntry, symlinkStaysInside } from './entry-names.js'
export {
  ArchiveCorruptError,
  extractArchive,
  type ArchiveLimits,
  type ExtractedArchive
} from './extract.js'
export { DEFAULT_GZIP_LEVEL, writeArchive, type PackedArchive } from './pack.js'
export { removeTree, restoreAtomically, type StagedRestore } from './staging.js'
export {
  CacheServiceClient,
  CacheServiceError,
  type CacheServiceErrorKind,
  type CacheServiceOptions,
  type DownloadUrl
} from './twirp.js'
export { BlobTransferError, type BlobErrorKind } from './blob-error.js'
export {
  ARCHIVE_FORMAT,
  archiveVersion,
  defaultLimits,
  restoreEntry,
  saveEntry,
  type RestoredEntry,
  type SavedEntry
} from './transfer.js'
