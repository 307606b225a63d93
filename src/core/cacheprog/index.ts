/**
 * The content-addressed build cache: a GOCACHEPROG program (Go 1.24+) with a
 * local disk tier and an optional remote tier of packs and indexes in a
 * RemoteStore, plus the push that saves a job's new objects and the per-job
 * figures the post step reports.
 */
export { cacheprogSupported } from './support.js'
export { serveCacheProg, type ServeOptions, type ServeResult } from './server.js'
export { readJobFigures, emptyFigures, type CacheProgFigures } from './figures.js'
export {
  restoreRemoteIndex,
  DEFAULT_REMOTE_TIMEOUT_MS,
  type RemoteTierOptions,
  type RestoredIndex
} from './remote-tier.js'
export { pushNewObjects, type PushOptions, type PushResult } from './push.js'
export {
  decodeIndex,
  encodeIndex,
  isValidKeyPart,
  planCompaction,
  ENTRY_TTL_MS,
  FORMAT_ROOT,
  MAX_DEAD_FRACTION,
  MAX_PACKS,
  MIN_DEAD_BYTES,
  REWRITE_BELOW_LIVE,
  type RemoteIndex,
  type RemoteEntry
} from './remote-format.js'
export {
  encodeResponse,
  parseRequestLine,
  RequestReader,
  type CacheProgRequest,
  type CacheProgResponse
} from './protocol.js'
export { LocalTier } from './local-tier.js'
