/**
 * One GOCACHEPROG process: announce the known commands, then answer each
 * request from the local tier, falling back to the remote tier on a local
 * miss. Requests are answered as they complete (the protocol matches replies
 * by ID), so a slow remote fetch never holds up local hits.
 *
 * It never fails a build: a remote error, a corrupt object or a local read
 * problem is a miss, reported once on stderr. A put that DIR cannot take goes
 * to a private temp dir (cmd/go needs a DiskPath, and fails the build on a put
 * error); only when that fails too is it answered with Err.
 *
 * Hot path: cmd/go waits for each `get` before it goes on (a chain of
 * packages is one round trip after another), so the time between reading a
 * request and writing its reply is build time. While no remote work is
 * pending the requests are read with blocking reads and answered with
 * synchronous calls: no event-loop turn, no promise, no stream per request.
 * The first request that needs the remote tier switches to the asynchronous
 * stream for the rest of the process.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isObjectId, LocalTier } from './local-tier.js'
import { emptyFigures, writeJournal, type CacheProgFigures } from './figures.js'
import {
  encodeResponse,
  KNOWN_COMMANDS,
  RequestReader,
  type CacheProgRequest,
  type CacheProgResponse
} from './protocol.js'
import type { RemoteTier, RemoteTierOptions } from './remote-tier.js'

/** A request stream that can also be read with blocking reads. */
export interface RequestSource {
  /**
   * Reads the next bytes into `buffer`, blocking until some arrive: their
   * count, 0 at the end of the stream, or undefined when this source cannot
   * block (then `stream` reads the rest).
   */
  readSync(buffer: Buffer): number | undefined
  /** The rest of the stream, read asynchronously; called at most once. */
  stream(): AsyncIterable<Buffer | string>
}

export interface ServeOptions {
  dir: string
  /** The requests: chunks as they arrive, or a source that can also be read with blocking reads. */
  input: AsyncIterable<Buffer | string> | RequestSource
  write: (text: string) => void
  /** One line to stderr; the server calls it at most once. */
  warn: (message: string) => void
  remote?: RemoteTierOptions
  /** A remote tier shared with other go commands (the cache server's); instead of `remote`. */
  remoteTier?: RemoteTier
  /** A local tier for `dir` shared with other go commands (the cache server's). */
  localTier?: LocalTier
}

export interface ServeResult {
  figures: CacheProgFigures
  closedByRequest: boolean
}

/** cmd/go writes a put's body in pieces of its bufio.Writer; a pipe holds 64 KiB. */
const READ_CHUNK_BYTES = 64 * 1024

function toRequestSource(
  input: AsyncIterable<Buffer | string> | RequestSource
): Partial<RequestSource> & Pick<RequestSource, 'stream'> {
  return 'stream' in input ? input : { stream: () => input }
}

export async function serveCacheProg(options: ServeOptions): Promise<ServeResult> {
  const local = options.localTier ?? new LocalTier(options.dir)
  // Loaded only with a remote tier: it brings zlib and crypto, which a local-only go command never needs.
  const remote: RemoteTier | undefined =
    options.remoteTier ??
    (options.remote
      ? new (await import('./remote-tier.js')).RemoteTier(options.dir, local, options.remote)
      : undefined)
  const figures = emptyFigures()
  const reads: string[] = []
  const packs = new Set<string>()
  let warned = false
  const warn = (message: string) => {
    if (warned) return
    warned = true
    options.warn(`go-ci-kit cacheprog: ${message} (treated as a cache miss; the build goes on)`)
  }
  // Replies made while a chunk is handled go out in one write (one syscall, one pipe wake-up).
  let batch: string[] | undefined
  const reply = (response: CacheProgResponse) => {
    const line = encodeResponse(response)
    if (batch) batch.push(line)
    else options.write(line)
  }
  const inFlight = new Set<Promise<void>>()
  let fallback: LocalTier | undefined

  const hit = (
    id: number,
    entry: { outputId: string; size: number; timeMs: number; diskPath: string }
  ) =>
    reply({
      id,
      outputId: entry.outputId,
      size: entry.size,
      timeMs: entry.timeMs,
      diskPath: entry.diskPath
    })

  const remoteGet = async (id: number, actionId: string) => {
    const result = await remote!.get(actionId)
    if (result.kind === 'hit') {
      figures.hitRemote++
      figures.bytesDownloaded += result.bytes
      figures.bytesRead += result.entry.size
      packs.add(result.pack)
      reads.push(actionId)
      hit(id, result.entry)
      return
    }
    if (result.kind === 'failed') {
      figures.remoteErrors++
      warn(`remote cache: ${result.reason}`)
    }
    figures.missed++
    reply({ id, miss: true })
  }

  const handle = (request: CacheProgRequest): Promise<void> | undefined => {
    const { id, command, actionId } = request
    if (request.error !== undefined) {
      warn(`unreadable request: ${request.error}`)
      if (id >= 0) reply({ id, err: request.error })
      return undefined
    }
    if (command === 'get') {
      figures.objectsRequested++
      if (!isObjectId(actionId)) {
        figures.missed++
        reply({ id, miss: true })
        return undefined
      }
      const entry = local.get(actionId) ?? fallback?.get(actionId)
      if (entry) {
        figures.hitLocal++
        figures.bytesRead += entry.size
        reads.push(actionId)
        hit(id, entry)
        return undefined
      }
      if (!remote) {
        figures.missed++
        reply({ id, miss: true })
        return undefined
      }
      return remoteGet(id, actionId)
    }
    if (command === 'put') {
      const { outputId, body } = request
      if (!isObjectId(actionId) || !isObjectId(outputId) || body === undefined) {
        reply({ id, err: 'put needs a 32-byte ActionID and OutputID' })
        return undefined
      }
      try {
        const diskPath = local.put(actionId, outputId, body)
        figures.objectsStored++
        reply({ id, diskPath })
      } catch (error) {
        // cmd/go fails the build on a put error, so keep the object in a
        // private temp dir for this go command instead (removed at close).
        warn(`cannot store objects in ${options.dir}: ${(error as Error).message}`)
        try {
          fallback ??= new LocalTier(mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-cacheprog-')))
          reply({ id, diskPath: fallback.put(actionId, outputId, body) })
        } catch (fallbackError) {
          reply({ id, err: `cannot store the object: ${(fallbackError as Error).message}` })
        }
      }
      return undefined
    }
    if (command === 'close') return undefined
    reply({ id, err: `unknown command ${JSON.stringify(command)}` })
    return undefined
  }

  const flush = () => {
    if (batch && batch.length > 0) options.write(batch.join(''))
    batch = undefined
  }

  reply({ id: 0, knownCommands: KNOWN_COMMANDS })
  const reader = new RequestReader()
  let closeId: number | undefined
  /** Handles one chunk's requests and replies to them in one write; true once `close` came. */
  const take = (chunk: Buffer): boolean => {
    batch = []
    try {
      for (const request of reader.push(chunk)) {
        if (request.command === 'close' && request.error === undefined) {
          closeId = request.id
          return true
        }
        const pending = handle(request)
        if (pending) {
          const tracked: Promise<void> = pending
            .catch(error => {
              warn(`internal error: ${(error as Error).message}`)
              reply({ id: request.id, miss: true })
            })
            .finally(() => inFlight.delete(tracked))
          inFlight.add(tracked)
        }
      }
      return false
    } finally {
      flush()
    }
  }

  const source = toRequestSource(options.input)
  let ended = false
  if (source.readSync) {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES)
    while (inFlight.size === 0) {
      const count = source.readSync(buffer)
      if (count === undefined) break
      if (count === 0) {
        ended = true
        break
      }
      if (take(buffer.subarray(0, count))) break
    }
  }
  if (closeId === undefined && !ended) {
    for await (const chunk of source.stream()) {
      if (take(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) break
    }
  }
  await Promise.all(inFlight)
  figures.packsFetched = packs.size
  try {
    writeJournal(options.dir, { version: 1, figures, reads, packs: [...packs] })
  } catch (error) {
    warn(`cannot write the job journal: ${(error as Error).message}`)
  }
  if (fallback) rmSync(fallback.dir, { recursive: true, force: true })
  if (closeId !== undefined) reply({ id: closeId })
  return { figures, closedByRequest: closeId !== undefined }
}
