/**
 * Remote blob stores for the build cache: one interface, one conformance
 * suite, several backends (Actions cache service, S3-compatible buckets).
 * The backends load their SDKs (@azure/storage-blob, @aws-sdk/client-s3) on
 * first use, so importing this face costs neither.
 */
export {
  RemoteStoreError,
  type ByteRange,
  type ListedKey,
  type RemoteStore,
  type RemoteStoreErrorKind
} from './types.js'
export {
  createActionsCacheStore,
  REMOTE_STORE_FORMAT,
  REMOTE_STORE_VERSION,
  type ActionsCacheStoreOptions
} from './actions-cache.js'
export { createS3Store, MAX_SINGLE_PUT_BYTES, type S3StoreOptions } from './s3.js'
export {
  DEFAULT_S3_REGION,
  parseS3Url,
  s3ClientSettings,
  secretsToMask,
  type S3ClientSettings,
  type S3Location
} from './s3-config.js'
export { coalesceRanges, DEFAULT_COALESCE_GAP, type RangeRequest } from './ranges.js'
export { createDirectoryStore, DirectoryStore } from './directory.js'
