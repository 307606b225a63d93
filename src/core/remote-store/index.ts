/**
 * Remote blob stores for the build cache: one interface, one conformance
 * suite, several backends (Actions cache service, S3-compatible buckets).
 */
export {
  RemoteStoreError,
  type ByteRange,
  type RemoteStore,
  type RemoteStoreErrorKind
} from './types.js'
