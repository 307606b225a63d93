/**
 * The Actions cache store's data plane on the signed URLs the service hands
 * out: ranged and whole downloads, and uploads, with @azure/storage-blob.
 * Loaded by dynamic import only, so a job that never touches a blob never
 * pays for the SDK. Every failure is a RemoteStoreError.
 */
import { AnonymousCredential, BlobClient, BlockBlobClient, newPipeline } from '@azure/storage-blob'
import { readAll, stoppedError } from './stopped.js'
import { RemoteStoreError, tooLarge, type RemoteStoreErrorKind } from './types.js'

const MiB = 1024 * 1024

/** The blob pipeline of every cache transfer (this store's and cache-transfer's archives). */
export function blobPipeline(): ReturnType<typeof newPipeline> {
  // The SDK's defaults wait 4 s and more between tries; a cache must not hold a build up.
  return newPipeline(new AnonymousCredential(), {
    retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000 }
  })
}

/** The kind for a blob-store answer: HTTP status and the x-ms-error-code. */
export function blobErrorKind(
  status: number | undefined,
  code: string | undefined
): RemoteStoreErrorKind {
  if (status === 404) return 'not-found'
  if (status === 401 || status === 403) return 'denied'
  if (status === 429 || code === 'ServerBusy') return 'throttled'
  if (status === 416 || code === 'InvalidRange') return 'corrupt'
  if (status === 413 || code === 'RequestBodyTooLarge') return 'too-large'
  return 'unavailable'
}

function blobError(
  operation: string,
  error: unknown,
  signal: AbortSignal | undefined
): RemoteStoreError {
  if (error instanceof RemoteStoreError) return error
  // The SDK also calls a connection dropped mid-body an AbortError: only our signal is a stop.
  if (signal?.aborted) return stoppedError(operation, signal)
  const status = (error as { statusCode?: number }).statusCode
  const code = (error as { code?: string }).code
  // The SDK's message can carry the signed URL: name only the status and code.
  const detail = status
    ? `HTTP ${status}${code ? ` ${code}` : ''}`
    : (code ?? 'the connection failed')
  return new RemoteStoreError(blobErrorKind(status, code), `${operation}: ${detail}`, {
    cause: error
  })
}

/**
 * Bytes [offset, offset + count) of the blob at `url`, or the whole blob when
 * `count` is undefined. Fewer bytes than asked (past the blob's end, or a body
 * cut off) is `corrupt`.
 */
export async function downloadBlob(
  url: string,
  operation: string,
  offset: number,
  count: number | undefined,
  signal: AbortSignal | undefined,
  maxBytes?: number
): Promise<Buffer> {
  let body: Buffer
  let announced: number | undefined
  try {
    const response = await new BlobClient(url, blobPipeline()).download(offset, count, {
      maxRetryRequests: 2,
      ...(signal ? { abortSignal: signal } : {})
    })
    announced = response.contentLength
    if (maxBytes !== undefined && (announced === undefined || announced > maxBytes)) {
      response.readableStreamBody?.destroy?.()
      throw tooLarge(operation, announced ?? Infinity, maxBytes)
    }
    if (!response.readableStreamBody)
      throw new RemoteStoreError('unavailable', `${operation}: no body`)
    body = await readAll(response.readableStreamBody, signal)
  } catch (error) {
    if (signal?.aborted) throw stoppedError(operation, signal)
    const mapped = blobError(operation, error, signal)
    // A body cut off after the headers: the bytes that came are not the blob.
    if (mapped.kind === 'unavailable' && announced !== undefined)
      throw new RemoteStoreError('corrupt', `${operation}: the body was cut off`, { cause: error })
    throw mapped
  }
  const expected = count ?? announced
  if (expected !== undefined && body.length !== expected) {
    throw new RemoteStoreError(
      'corrupt',
      `${operation}: got ${body.length} of ${expected} bytes (past the blob's end, or cut off)`
    )
  }
  return body
}

/**
 * Uploads `file` to a signed URL: one request up to 128 MiB, else 32 MiB
 * blocks, 4 at a time. Shared with cache-transfer's archive uploads.
 */
export async function uploadBlob(
  url: string,
  file: string,
  operation: string,
  signal: AbortSignal | undefined
): Promise<void> {
  try {
    await new BlockBlobClient(url, blobPipeline()).uploadFile(file, {
      blockSize: 32 * MiB,
      concurrency: 4,
      maxSingleShotSize: 128 * MiB,
      ...(signal ? { abortSignal: signal } : {})
    })
  } catch (error) {
    throw blobError(operation, error, signal)
  }
}
