/**
 * Splits a byte stream of concatenated JSON objects (govulncheck prints one
 * pretty-printed object after another; it is not JSON Lines) into the text of
 * each object, without holding more than the object in progress.
 *
 * It tracks brace depth and whether it is inside a string (with escapes), at
 * the byte level: `{`, `}`, `"` and `\` are ASCII and never occur inside a
 * UTF-8 multi-byte sequence, so chunk boundaries can fall anywhere.
 * Whether each object is valid JSON is left to JSON.parse.
 */
import { ConfigurationError } from '../errors.js'
import { locateJsonError } from '../json/error.js'

const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a
const SPACE = 0x20
const TAB = 0x09
const CR = 0x0d
const COLON = 0x3a

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

/** A value dropped from an object's text: offsets within the object, and the newlines it held. */
interface Skip {
  start: number
  end: number
  lines: number
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

export class JsonObjectSplitter {
  private readonly parts: Uint8Array[] = []
  private partsBytes = 0
  private depth = 0
  private inString = false
  private escaped = false
  private line = 1
  private objectLine = 0
  private objects = 0
  private bytesSeen = 0
  private readonly maxObjectBytes: number
  private readonly dropKey?: Uint8Array
  /** 1: a string equal to dropKey just closed; 2: and a colon followed. */
  private keyState = 0
  private skipStart = -1
  private skipDepth = 0
  private skipLine = 0
  private readonly skips: Skip[] = []

  constructor(
    private readonly sourceName: string,
    options: SplitterOptions = {}
  ) {
    this.maxObjectBytes = options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES
    if (options.dropKey) this.dropKey = Buffer.from(options.dropKey, 'utf8')
  }

  /** Feeds one chunk; calls `onObject` for every object completed in it. */
  push(chunk: Uint8Array, onObject: (object: SplitObject) => void): void {
    let start = this.depth > 0 ? 0 : -1
    let depth = this.depth
    let inString = this.inString
    let escaped = this.escaped
    let line = this.line
    const length = chunk.length
    const dropKey = this.dropKey
    const keyLength = dropKey ? dropKey.length : -1
    // Where the current string's opening quote is in this chunk (-1: in an earlier chunk).
    let stringStart = -1
    let i = 0
    // A UTF-8 byte-order mark at the very start is allowed (Windows editors add one).
    if (
      this.bytesSeen === 0 &&
      length >= 3 &&
      chunk[0] === 0xef &&
      chunk[1] === 0xbb &&
      chunk[2] === 0xbf
    )
      i = 3
    // The byte after a backslash that ended the previous chunk is escaped.
    if (inString && escaped && i < length) {
      escaped = false
      i++
    }
    // Three tight loops (between objects, in an object, in a string): each
    // looks only for the bytes that can change its state.
    while (i < length) {
      if (inString) {
        for (; i < length; i++) {
          const byte = chunk[i]
          if (byte === QUOTE) {
            inString = false
            if (
              i - stringStart - 1 === keyLength &&
              stringStart >= 0 &&
              this.isDropKey(chunk, stringStart + 1)
            )
              this.keyState = 1
            i++
            break
          }
          if (byte === BACKSLASH) {
            if (i + 1 >= length) {
              escaped = true
              i = length
              break
            }
            i++
          }
        }
        continue
      }
      if (depth === 0) {
        for (; i < length; i++) {
          const byte = chunk[i]
          if (byte === OPEN_BRACE) {
            depth = 1
            start = i
            this.objectLine = line
            this.keyState = 0
            i++
            break
          }
          if (byte === NEWLINE) line++
          else if (byte !== SPACE && byte !== TAB && byte !== CR) {
            this.line = line
            throw this.unexpectedText(chunk, i, line)
          }
        }
        continue
      }
      for (; i < length; i++) {
        const byte = chunk[i]
        if (byte === SPACE) continue
        if (byte === NEWLINE) {
          line++
          continue
        }
        if (byte === QUOTE) {
          inString = true
          stringStart = i
          this.keyState = 0
          i++
          break
        }
        if (this.keyState !== 0) {
          if (byte === TAB || byte === CR) continue
          if (this.keyState === 1 && byte === COLON) {
            this.keyState = 2
            continue
          }
          if (
            this.keyState === 2 &&
            this.skipStart < 0 &&
            (byte === OPEN_BRACE || byte === OPEN_BRACKET)
          ) {
            this.skipStart = this.partsBytes + i - start
            this.skipDepth = depth
            this.skipLine = line
          }
          this.keyState = 0
        }
        if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          depth--
          if (depth === this.skipDepth && this.skipStart >= 0) {
            this.skips.push({
              start: this.skipStart,
              end: this.partsBytes + i + 1 - start,
              lines: line - this.skipLine
            })
            this.skipStart = -1
          }
          if (depth === 0) {
            const text = this.take(chunk.subarray(start, i + 1))
            start = -1
            this.objects++
            onObject({ text, line: this.objectLine })
            i++
            break
          }
        }
      }
    }
    this.depth = depth
    this.inString = inString
    this.escaped = escaped
    this.line = line
    this.bytesSeen += length
    if (depth > 0 && start >= 0) {
      const rest = chunk.subarray(start)
      this.partsBytes += rest.length
      if (this.partsBytes > this.maxObjectBytes) {
        throw new StreamFormatError(
          `${this.sourceName}:${this.objectLine}: a JSON object starting here is larger than ${Math.round(this.maxObjectBytes / 1048576)} MiB; the stream is probably corrupt (an unclosed string or brace)`,
          {
            line: this.objectLine,
            fix: 'check the file is the unmodified output of `govulncheck -json`'
          }
        )
      }
      // The chunk may be reused by the reader, so keep a copy of the partial object.
      this.parts.push(Uint8Array.prototype.slice.call(rest))
    }
  }

  /** Call at the end of the stream; throws if it stopped inside an object. */
  end(): { objects: number; lines: number } {
    if (this.depth > 0) {
      throw new StreamFormatError(
        `${this.sourceName}:${this.objectLine}: the stream ends inside the JSON object that starts on this line (truncated output)`,
        {
          line: this.objectLine,
          fix: 'govulncheck was probably interrupted or its output cut short; run it again and keep its complete stdout'
        }
      )
    }
    return { objects: this.objects, lines: this.line }
  }

  private isDropKey(chunk: Uint8Array, from: number): boolean {
    const key = this.dropKey!
    for (let k = 0; k < key.length; k++) if (chunk[from + k] !== key[k]) return false
    return true
  }

  private take(tail: Uint8Array): string {
    let whole: Buffer
    if (this.parts.length === 0) {
      whole = Buffer.from(tail.buffer, tail.byteOffset, tail.length)
    } else {
      this.parts.push(tail)
      whole = Buffer.concat(this.parts, this.partsBytes + tail.length)
      this.parts.length = 0
      this.partsBytes = 0
    }
    if (this.skips.length === 0) return whole.toString('utf8')
    // Dropped values become `null` plus their newlines, so later lines keep their numbers.
    const pieces: Buffer[] = []
    let from = 0
    for (const skip of this.skips) {
      pieces.push(whole.subarray(from, skip.start), Buffer.from(`null${'\n'.repeat(skip.lines)}`))
      from = skip.end
    }
    pieces.push(whole.subarray(from))
    this.skips.length = 0
    return Buffer.concat(pieces).toString('utf8')
  }

  private unexpectedText(chunk: Uint8Array, index: number, line: number): StreamFormatError {
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
