/**
 * A RemoteStore in an S3-compatible bucket (AWS S3, R2, GCS interop, MinIO)
 * with the official @aws-sdk/client-s3, loaded by dynamic import on the first
 * call so that nothing else pays for it.
 *
 * - lookup: HeadObject for the key itself, then ListObjectsV2 per prefix; the
 *   newest LastModified wins, equal times (S3 keeps whole seconds) go to the
 *   key that sorts last (newestObject).
 * - readRanges: one ranged GetObject per group of near ranges.
 * - write: HeadObject (present: false), then PutObject with `If-None-Match: *`,
 *   so of two racing writers exactly one succeeds (412 or 409: false). A
 *   server without conditional writes (501 NotImplemented) gets a plain
 *   PutObject instead: the key was absent a moment before, and two writers
 *   racing in that moment may both succeed, the last one's bytes staying.
 *   Keys are content-addressed or unique per job, so both hold the same bytes.
 * - list / delete: ListObjectsV2 and DeleteObject, for the build cache's
 *   cleanup of old packs and indexes (an S3 bucket never evicts by itself).
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { S3Client } from '@aws-sdk/client-s3'
import { coalesceRanges, DEFAULT_COALESCE_GAP, mapLimited, sliceRanges } from './ranges.js'
import {
  newestObject,
  parseS3Url,
  s3ClientSettings,
  s3ErrorKind,
  type ListedObject
} from './s3-config.js'
import { readAll, stoppedError, throwIfStopped } from './stopped.js'
import { RemoteStoreError, tooLarge, type ByteRange, type RemoteStore } from './types.js'

/** S3's limit for one PutObject. */
export const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3

export interface S3StoreOptions {
  /** Ranges this close are fetched in one request (default 64 KiB). */
  coalesceGap?: number
  /** Range requests in flight at once (default 4). */
  concurrency?: number
  /** Attempts per request, the SDK's retry for 5xx, throttling and dropped connections (default 3). */
  maxAttempts?: number
  /**
   * Files up to this size are uploaded from memory, so the SDK can retry
   * them; larger ones are streamed from disk in one attempt (default 64 MiB).
   */
  bufferedPutBytes?: number
}

type Sdk = typeof import('@aws-sdk/client-s3')

interface SdkError {
  name?: string
  code?: string
  $metadata?: { httpStatusCode?: number }
}

function s3Error(operation: string, error: unknown, signal: AbortSignal | undefined): Error {
  if (error instanceof RemoteStoreError) return error
  const failure = error as SdkError
  if (signal?.aborted) return stoppedError(operation, signal)
  const status = failure?.$metadata?.httpStatusCode
  // SDK service errors are named after the S3 error code; a dropped connection has a Node code.
  const code =
    failure?.name && failure.name !== 'Error' && !/^\d+$/.test(failure.name)
      ? failure.name
      : failure?.code
  const detail = [code, status ? `HTTP ${status}` : undefined].filter(Boolean).join(', ')
  // Only the code and status are shown: the SDK's messages can quote request details.
  return new RemoteStoreError(
    s3ErrorKind(code, status),
    `${operation}: ${detail || 'the request failed'}`,
    { cause: error }
  )
}

function statusOf(error: unknown): number | undefined {
  return (error as SdkError)?.$metadata?.httpStatusCode
}

export function createS3Store(
  url: string,
  env: NodeJS.ProcessEnv,
  options: S3StoreOptions = {}
): RemoteStore {
  const { bucket, prefix } = parseS3Url(url)
  const settings = s3ClientSettings(env)
  const gap = options.coalesceGap ?? DEFAULT_COALESCE_GAP
  const concurrency = options.concurrency ?? 4
  const bufferedPutBytes = options.bufferedPutBytes ?? 64 * 1024 ** 2
  const objectKey = (key: string): string => (prefix ? `${prefix}/${key}` : key)
  const storeKey = (name: string): string => (prefix ? name.slice(prefix.length + 1) : name)

  let loaded: Promise<{ sdk: Sdk; client: S3Client }> | undefined
  const load = (): Promise<{ sdk: Sdk; client: S3Client }> =>
    (loaded ??= import('@aws-sdk/client-s3').then(sdk => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        // A bucket in another region than the default still answers.
        followRegionRedirects: true,
        // Checksums only where S3 requires them: several S3-compatible stores
        // reject the newer default (aws-chunked bodies with trailing checksums).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: options.maxAttempts ?? 3
      })
    })))

  const sendOptions = (signal: AbortSignal | undefined): { abortSignal?: AbortSignal } =>
    signal ? { abortSignal: signal } : {}

  async function exists(key: string, signal: AbortSignal | undefined): Promise<boolean> {
    const { sdk, client } = await load()
    try {
      await client.send(
        new sdk.HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }),
        sendOptions(signal)
      )
      return true
    } catch (error) {
      if (!signal?.aborted && statusOf(error) === 404) return false
      throw error
    }
  }

  async function listed(
    keyPrefix: string,
    signal: AbortSignal | undefined
  ): Promise<ListedObject[]> {
    const { sdk, client } = await load()
    const objects: ListedObject[] = []
    let token: string | undefined
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({
          Bucket: bucket,
          Prefix: objectKey(keyPrefix),
          ...(token ? { ContinuationToken: token } : {})
        }),
        sendOptions(signal)
      )
      for (const object of page.Contents ?? []) {
        if (object.Key !== undefined)
          objects.push({ key: storeKey(object.Key), lastModified: object.LastModified })
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return objects
  }

  async function getObject(
    key: string,
    range: { offset: number; length: number } | undefined,
    operation: string,
    signal: AbortSignal | undefined,
    maxBytes?: number
  ): Promise<Buffer> {
    const { sdk, client } = await load()
    const answer = await client.send(
      new sdk.GetObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        ...(range ? { Range: `bytes=${range.offset}-${range.offset + range.length - 1}` } : {})
      }),
      sendOptions(signal)
    )
    if (!answer.Body) throw new RemoteStoreError('unavailable', `${operation}: no body`)
    if (maxBytes !== undefined && !(answer.ContentLength! <= maxBytes)) {
      ;(answer.Body as { destroy?: () => void }).destroy?.()
      throw tooLarge(operation, answer.ContentLength ?? Infinity, maxBytes)
    }
    let body: Buffer
    try {
      body = await readAll(answer.Body as NodeJS.ReadableStream, signal)
    } catch (error) {
      if (signal?.aborted) throw stoppedError(operation, signal)
      throw new RemoteStoreError('corrupt', `${operation}: the body was cut off`, { cause: error })
    }
    const expected = range ? range.length : answer.ContentLength
    if (expected !== undefined && body.length !== expected) {
      throw new RemoteStoreError(
        'corrupt',
        `${operation}: got ${body.length} of ${expected} bytes (past the object's end, or cut off)`
      )
    }
    return body
  }

  async function put(
    key: string,
    file: string,
    size: number,
    conditional: boolean,
    signal: AbortSignal | undefined
  ): Promise<void> {
    const { sdk, client } = await load()
    const body = size <= bufferedPutBytes ? await readFile(file) : createReadStream(file)
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        Body: body,
        ContentLength: size,
        ...(conditional ? { IfNoneMatch: '*' } : {})
      }),
      sendOptions(signal)
    )
  }

  return {
    kind: 's3',

    async lookup(key, prefixes, signal) {
      const operation = `looking up ${key}`
      try {
        throwIfStopped(operation, signal)
        if (await exists(key, signal)) return key
        for (const keyPrefix of prefixes) {
          const newest = newestObject(await listed(keyPrefix, signal))
          if (newest !== undefined) return newest
        }
        return undefined
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    },

    async read(key, signal, maxBytes) {
      const operation = `reading ${key}`
      try {
        throwIfStopped(operation, signal)
        return await getObject(key, undefined, operation, signal, maxBytes)
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    },

    async readRanges(key: string, ranges: readonly ByteRange[], signal?: AbortSignal) {
      const operation = `reading ranges of ${key}`
      const requests = coalesceRanges(ranges, gap)
      try {
        throwIfStopped(operation, signal)
        const bodies = await mapLimited(requests, concurrency, request =>
          getObject(key, request, operation, signal)
        )
        return sliceRanges(ranges, requests, bodies)
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    },

    async list(keyPrefix, signal) {
      const operation = `listing ${keyPrefix}`
      try {
        throwIfStopped(operation, signal)
        return (await listed(keyPrefix, signal)).map(object => ({
          key: object.key,
          modifiedMs: object.lastModified?.getTime() ?? 0
        }))
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    },

    async delete(keys, signal) {
      const operation = `deleting ${keys.length} objects`
      try {
        throwIfStopped(operation, signal)
        const { sdk, client } = await load()
        // One DeleteObject each: DeleteObjects needs a Content-MD5 that several S3-compatible stores handle differently.
        await mapLimited(keys, concurrency, key =>
          client.send(
            new sdk.DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }),
            sendOptions(signal)
          )
        )
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    },

    async write(key, file, signal) {
      const operation = `writing ${key}`
      try {
        throwIfStopped(operation, signal)
        const { size } = await stat(file)
        if (size > MAX_SINGLE_PUT_BYTES)
          throw new RemoteStoreError(
            'too-large',
            `${operation}: ${size} bytes is more than one PutObject takes (5 GiB)`
          )
        if (await exists(key, signal)) return false
        try {
          await put(key, file, size, true, signal)
        } catch (error) {
          if (signal?.aborted) throw error
          const status = statusOf(error)
          const name = (error as SdkError).name
          // 412: the key exists; 409: another conditional write of it is under way.
          if (status === 412 || status === 409 || name === 'PreconditionFailed') return false
          if (status !== 501 && name !== 'NotImplemented') throw error
          await put(key, file, size, false, signal)
        }
        return true
      } catch (error) {
        throw s3Error(operation, error, signal)
      }
    }
  }
}
