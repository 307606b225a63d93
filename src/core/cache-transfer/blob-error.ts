/**
 * The data plane's typed failure, apart from blob.ts so that recognising it
 * does not load @azure/storage-blob (which costs a cold start ~100 ms).
 */
export type BlobErrorKind = 'unavailable' | 'denied' | 'truncated'

export class BlobTransferError extends Error {
  readonly kind: BlobErrorKind
  readonly status: number | undefined
  constructor(message: string, kind: BlobErrorKind, status?: number) {
    super(message)
    this.name = 'BlobTransferError'
    this.kind = kind
    this.status = status
  }
}
