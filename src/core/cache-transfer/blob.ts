/**
 * The data plane: archives go to and come from Azure Blob storage through the
 * signed URLs the cache service hands out, with @azure/storage-blob (as
 * @actions/cache does). Downloads are streams, checked against the length
 * the store announced, so a short body is an error rather than a short file.
 */
import { BlobClient } from '@azure/storage-blob'
import { PassThrough, type Readable } from 'node:stream'
import { blobPipeline, uploadBlob } from '../remote-store/azure-blob.js'
import { RemoteStoreError } from '../remote-store/types.js'
import { BlobTransferError } from './blob-error.js'

function blobError(action: string, error: unknown, signal: AbortSignal | undefined): Error {
  if (signal?.aborted) return signal.reason instanceof Error ? signal.reason : new Error('aborted')
  const status = (error as { statusCode?: number }).statusCode
  const code = (error as { code?: string }).code
  const message = (error as Error).message?.split('\n')[0] ?? String(error)
  const detail = status ? `HTTP ${status}${code ? ` ${code}` : ''}` : (code ?? message)
  return new BlobTransferError(
    `${action} failed: ${detail}`,
    status === 403 ? 'denied' : 'unavailable',
    status
  )
}

/** Uploads an archive to a signed URL (remote-store's uploadBlob), with this module's errors. */
export async function uploadArchive(
  url: string,
  file: string,
  signal?: AbortSignal
): Promise<void> {
  try {
    await uploadBlob(url, file, 'uploading the archive', signal)
  } catch (error) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted')
    if (!(error instanceof RemoteStoreError)) throw error
    throw new BlobTransferError(error.message, error.kind === 'denied' ? 'denied' : 'unavailable')
  }
}

/** Opens a download; the stream errors with a BlobTransferError when it ends short. */
export async function downloadArchive(
  url: string,
  signal?: AbortSignal
): Promise<{ stream: Readable; size: number | undefined }> {
  let body: NodeJS.ReadableStream | undefined
  let size: number | undefined
  try {
    const response = await new BlobClient(url, blobPipeline()).download(0, undefined, {
      maxRetryRequests: 2,
      ...(signal ? { abortSignal: signal } : {})
    })
    body = response.readableStreamBody
    size = response.contentLength
  } catch (error) {
    throw blobError('downloading the archive', error, signal)
  }
  if (!body) throw new BlobTransferError('the download has no body', 'unavailable')
  let received = 0
  const counted = new PassThrough({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length
      callback(null, chunk)
    },
    flush(callback) {
      if (size !== undefined && received !== size) {
        callback(
          new BlobTransferError(
            `the download ended after ${received} of ${size} bytes`,
            'truncated'
          )
        )
      } else callback()
    }
  })
  body.on('error', error => {
    const cause = blobError('downloading the archive', error, signal)
    counted.destroy(
      cause instanceof BlobTransferError
        ? new BlobTransferError(
            `the download was cut off after ${received} of ${size ?? '?'} bytes (${cause.message})`,
            cause.kind,
            cause.status
          )
        : cause
    )
  })
  // Errors reach whoever reads the stream (a pipeline); once it has stopped
  // reading, a late one (a retry the SDK had started) has nowhere to go.
  counted.on('error', () => {})
  // Stopping the reader stops the download and the SDK's retries with it.
  counted.once('close', () => (body as unknown as { destroy?: () => void }).destroy?.())
  body.pipe(counted)
  return { stream: counted, size }
}
