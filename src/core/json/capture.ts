/**
 * The bytes of one value cut out of a chunked stream: where it starts in one
 * chunk, the whole of the chunks in between, and where it ends in another.
 */
export class ByteCapture {
  private parts: Uint8Array[] = []
  private start = 0
  private before = 0
  active = false
  /** The stream offset the capture began at (as given to begin). */
  streamStart = 0

  /**
   * `copy`: keep a copy of each chunk's part, for readers that reuse their
   * chunk buffers; without it the capture holds views of the chunks.
   */
  constructor(private readonly copy: boolean) {}

  begin(index: number, streamStart = 0): void {
    this.parts = []
    this.start = index
    this.before = 0
    this.streamStart = streamStart
    this.active = true
  }

  /** The chunk is about to be replaced: keep what the capture has of it. */
  chunkDone(chunk: Uint8Array): void {
    if (!this.active) return
    const rest = chunk.subarray(this.start)
    this.parts.push(this.copy ? Uint8Array.prototype.slice.call(rest) : rest)
    this.before += rest.length
    this.start = 0
  }

  /** The captured bytes, up to (not including) `index` of the current chunk. */
  end(chunk: Uint8Array, index: number): Buffer {
    const tail = chunk.subarray(this.start, index)
    this.active = false
    const parts = this.parts
    this.parts = []
    if (parts.length === 0) return Buffer.from(tail.buffer, tail.byteOffset, tail.length)
    parts.push(tail)
    return Buffer.concat(parts, this.before + tail.length)
  }
}
