/**
 * The content-addressed build cache: a GOCACHEPROG program (Go 1.24+) with a
 * local disk tier and an optional remote tier of packs and indexes in a
 * RemoteStore, plus the push that saves a job's new objects and the per-job
 * figures the post step reports.
 */
export { cacheprogSupported } from './support.js'
export {
  serveCacheProg,
  type RequestSource,
  type ServeOptions,
  type ServeResult
} from './server.js'
export { readJobFigures, emptyFigures, type CacheProgFigures } from './figures.js'
export type { PrefetchResult, RemoteTierOptions, RestoredIndex } from './remote-tier.js'
export type { PushOptions, PushResult } from './push.js'
export type { RemoteIndex, RemoteEntry } from './remote-format.js'
export { DEFAULT_REMOTE_TIMEOUT_MS, isValidKeyPart } from './limits.js'

/*
 * The remote tier's code (zlib, crypto, the pack and index format) loads on
 * first use, so a go command served from the local tier alone never pays for it.
 */

/** Save: one pack of the objects no remote pack holds, plus a new index (see push.ts). */
export async function pushNewObjects(
  options: import('./push.js').PushOptions
): Promise<import('./push.js').PushResult> {
  return (await import('./push.js')).pushNewObjects(options)
}

/** Restore: the newest index over the key ladder, kept in DIR for the job's go commands. */
export async function restoreRemoteIndex(
  ...args: Parameters<typeof import('./remote-tier.js').restoreRemoteIndex>
): Promise<import('./remote-tier.js').RestoredIndex> {
  return (await import('./remote-tier.js')).restoreRemoteIndex(...args)
}
export {
  encodeResponse,
  parseRequestLine,
  RequestReader,
  type CacheProgRequest,
  type CacheProgResponse
} from './protocol.js'
export { LocalTier } from './local-tier.js'

/** Fetches ahead, in parallel, the objects the previous run read (index.reads) that DIR lacks. */
export async function prefetchReads(
  ...args: Parameters<typeof import('./remote-tier.js').prefetchReads>
): Promise<import('./remote-tier.js').PrefetchResult> {
  return (await import('./remote-tier.js')).prefetchReads(...args)
}
