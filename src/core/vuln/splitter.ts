/**
 * Splits a byte stream of concatenated JSON objects (govulncheck prints one
 * pretty-printed object after another; it is not JSON Lines) into the text of
 * each object, without holding more than the object in progress.
 *
 * The shared byte scanner (core/json/scanner.ts) follows strings and nesting,
 * so chunk boundaries can fall anywhere; this cuts out each top-level object,
 * drops the bulky values nobody reads and names the line of anything that is
 * not an object. Whether each object is valid JSON is left to JSON.parse.
 */
import { ConfigurationError } from '../errors.js'
import { ByteCapture } from '../json/capture.js'
import { locateJsonError } from '../json/error.js'
import {
  JsonByteScanner,
  OBJECT,
  type ContainerKind,
  type JsonTokenHandler
} from '../json/scanner.js'

/** A single object larger than this means the stream is corrupt (an unclosed string or brace). */
export const DEFAULT_MAX_OBJECT_BYTES = 64 * 1024 * 1024

export interface SplitObject {
  text: string
  /** 1-based line where the object starts. */
  line: number
}

/** A stream that is not a sequence of JSON objects; names the file and line. */
export class StreamFormatError extends ConfigurationError {
  readonly line?: number
  constructor(message: string, options: { fix?: string; line?: number }) {
    super(message, { fix: options.fix })
    this.name = 'StreamFormatError'
    this.line = options.line
  }
}

export interface SplitterOptions {
  /** A single object larger than this is an error (default 64 MiB). */
  maxObjectBytes?: number
  /**
   * Object or array values of keys with this name are replaced by `null`
   * before the text is handed on, so bulky data nobody reads is never
   * decoded or parsed. Newlines are kept, so line numbers stay exact.
   */
  dropKey?: string
}

export class JsonObjectSplitter implements JsonTokenHandler {
  private readonly scanner = new JsonByteScanner(this)
  /**
   * The object in progress: the pieces done (copies, with dropped values
   * already `null`) and the piece being captured. The reader may reuse its
   * chunks, so the capture copies what it holds at a chunk's end.
   */
  private readonly pieces: Uint8Array[] = []
  private piecesBytes = 0
  private readonly piece = new ByteCapture(true)
  private inObject = false
  /** The stream offset of the object's `{`, to bound its size (dropped values count). */
  private objectStart = 0
  private chunk: Uint8Array = new Uint8Array(0)
  private onObject: (object: SplitObject) => void = () => {}
  private objectLine = 0
  private objects = 0
  private readonly maxObjectBytes: number
  private readonly dropKey?: Uint8Array
  /** 1: a key equal to dropKey just closed; 2: and its colon followed. */
  private keyState = 0
  /** While a value is dropped: its depth (0: none) and the line it starts on. */
  private dropDepth = 0
  private dropLine = 0

  constructor(
    private readonly sourceName: string,
    options: SplitterOptions = {}
  ) {
    this.maxObjectBytes = options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES
    if (options.dropKey) this.dropKey = Buffer.from(options.dropKey, 'utf8')
  }

  /** Feeds one chunk; calls `onObject` for every object completed in it. */
  push(chunk: Uint8Array, onObject: (object: SplitObject) => void): void {
    this.chunk = chunk
    this.onObject = onObject
    this.scanner.push(chunk)
    if (!this.inObject) return
    this.piece.chunkDone(chunk)
    if (this.scanner.chunkOffset - this.objectStart > this.maxObjectBytes) {
      throw new StreamFormatError(
        `${this.sourceName}:${this.objectLine}: a JSON object starting here is larger than ${Math.round(this.maxObjectBytes / 1048576)} MiB; the stream is probably corrupt (an unclosed string or brace)`,
        {
          line: this.objectLine,
          fix: 'check the file is the unmodified output of `govulncheck -json`'
        }
      )
    }
  }

  /** Call at the end of the stream; throws if it stopped inside an object. */
  end(): { objects: number; lines: number } {
    if (!this.scanner.atRest) {
      throw new StreamFormatError(
        `${this.sourceName}:${this.objectLine}: the stream ends inside the JSON object that starts on this line (truncated output)`,
        {
          line: this.objectLine,
          fix: 'govulncheck was probably interrupted or its output cut short; run it again and keep its complete stdout'
        }
      )
    }
    return { objects: this.objects, lines: this.scanner.line }
  }

  open(index: number, depth: number, kind: ContainerKind): void {
    if (depth === 1) {
      if (kind !== OBJECT) throw this.unexpectedText(index)
      this.inObject = true
      this.objectStart = this.scanner.chunkOffset + index
      this.piece.begin(index)
      this.objectLine = this.scanner.line
    } else if (this.keyState === 2 && this.dropDepth === 0) {
      // The value of dropKey: keep what came before it, and nothing of it.
      this.keepPiece(Uint8Array.prototype.slice.call(this.piece.end(this.chunk, index)))
      this.dropDepth = depth
      this.dropLine = this.scanner.line
      // Nothing inside it matters: the scanner need not say what it finds there.
      this.scanner.reportDepth = depth
    }
    this.keyState = 0
  }

  close(index: number, depth: number): void {
    this.keyState = 0
    if (depth === this.dropDepth) {
      // Dropped values become `null` plus their newlines, so later lines keep their numbers.
      this.keepPiece(Buffer.from(`null${'\n'.repeat(this.scanner.line - this.dropLine)}`))
      this.dropDepth = 0
      this.piece.begin(index + 1)
      this.scanner.reportDepth = Infinity
    }
    if (depth === 1) {
      this.inObject = false
      const last = this.piece.end(this.chunk, index + 1)
      let text: string
      if (this.pieces.length === 0) text = last.toString('utf8')
      else {
        this.keepPiece(last)
        text = Buffer.concat(this.pieces, this.piecesBytes).toString('utf8')
        this.pieces.length = 0
        this.piecesBytes = 0
      }
      this.objects++
      this.onObject({ text, line: this.objectLine })
    }
  }

  comma(): void {
    this.keyState = 0
  }

  colon(): void {
    this.keyState = this.keyState === 1 ? 2 : 0
  }

  key(bytes: Uint8Array, start: number, end: number): void {
    this.keyState = this.isDropKey(bytes, start, end) ? 1 : 0
  }

  text(index: number): void {
    throw this.unexpectedText(index)
  }

  private isDropKey(bytes: Uint8Array, start: number, end: number): boolean {
    const key = this.dropKey
    if (key === undefined || end - start !== key.length) return false
    for (let k = 0; k < key.length; k++) if (bytes[start + k] !== key[k]) return false
    return true
  }

  private keepPiece(bytes: Uint8Array): void {
    this.pieces.push(bytes)
    this.piecesBytes += bytes.length
  }

  private unexpectedText(index: number): StreamFormatError {
    const chunk = this.chunk
    const line = this.scanner.line
    const end = Math.min(chunk.length, index + 60)
    let snippet = Buffer.from(chunk.buffer, chunk.byteOffset + index, end - index).toString('utf8')
    snippet = snippet.split('\n')[0].trim()
    const where = this.objects === 0 ? 'before the first JSON object' : 'between JSON objects'
    return new StreamFormatError(
      `${this.sourceName}:${line}: unexpected text ${where}: "${snippet}"`,
      {
        line,
        fix:
          this.objects === 0
            ? 'pass the output of `govulncheck -json` (stdout only; the text or SARIF formats are not accepted)'
            : 'the stream is corrupt or has other output mixed into it; keep govulncheck stdout and stderr apart (do not use 2>&1)'
      }
    )
  }
}

/** Builds the error for an object JSON.parse rejected, pointing at the exact line when it can. */
export function invalidObjectError(
  sourceName: string,
  object: SplitObject,
  error: unknown
): StreamFormatError {
  const at = locateJsonError(object.text, error)
  const line = object.line + at.line - 1
  const detail = at.reason.replace(/^Unexpected /, 'unexpected ')
  return new StreamFormatError(
    `${sourceName}:${line}: invalid JSON in the object that starts on line ${object.line}: ${detail}`,
    {
      line,
      fix: 'the stream is corrupt or has other output mixed into it; run govulncheck -json again'
    }
  )
}
