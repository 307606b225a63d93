/**
 * A store call stopped by its AbortSignal (the caller's deadline or a
 * shutdown) is a RemoteStoreError `timeout`, whichever client noticed it.
 */
import { RemoteStoreError } from './types.js'

/** The `timeout` error for `operation`, naming the signal's reason when it has one. */
export function stoppedError(operation: string, signal: AbortSignal | undefined): RemoteStoreError {
  const reason: unknown = signal?.reason
  const why =
    reason instanceof Error && reason.name === 'TimeoutError'
      ? 'timed out'
      : reason instanceof Error && reason.message
        ? `stopped (${reason.message})`
        : 'stopped'
  return new RemoteStoreError('timeout', `${operation}: ${why}`, { cause: reason })
}

/** Throws the `timeout` error at once when the signal has already fired. */
export function throwIfStopped(operation: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw stoppedError(operation, signal)
}

/** Reads a whole stream into memory, stopping (and destroying it) when the signal fires. */
export async function readAll(
  stream: NodeJS.ReadableStream,
  signal: AbortSignal | undefined
): Promise<Buffer> {
  const chunks: Buffer[] = []
  const destroy = (): void => (stream as unknown as { destroy?: () => void }).destroy?.()
  signal?.addEventListener('abort', destroy, { once: true })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    return Buffer.concat(chunks)
  } finally {
    signal?.removeEventListener('abort', destroy)
  }
}
