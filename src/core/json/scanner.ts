/**
 * A streaming JSON byte scanner: it follows strings (with escapes), nesting and
 * lines over UTF-8 bytes fed in chunks, and reports the structural tokens to a
 * handler, so a reader can cut values out of a stream too big to parse whole.
 * It does not check the grammar (numbers, literals, commas in the right places):
 * whatever it cuts out is handed to JSON.parse, which does.
 *
 * Chunk boundaries may fall anywhere, also inside a multi-byte UTF-8 sequence:
 * every byte it looks at (`{}[]":,\` and newline) is ASCII, and UTF-8 never
 * uses ASCII bytes inside a multi-byte sequence. A UTF-8 byte order mark at the
 * very start is skipped (Windows editors add one); UTF-16 is not decoded, so
 * its bytes reach the handler as text outside any value.
 */

export const OBJECT = 1
export const ARRAY = 2
export type ContainerKind = typeof OBJECT | typeof ARRAY

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COLON = 0x3a
const COMMA = 0x2c
const NEWLINE = 0x0a
const SPACE = 0x20
const TAB = 0x09
const CR = 0x0d
const BOM = [0xef, 0xbb, 0xbf]
/** 1 for the bytes that end a scalar run inside a container: `{}[],:`. */
const STRUCTURAL = new Uint8Array(256)
for (const byte of [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, COMMA, COLON])
  STRUCTURAL[byte] = 1

/**
 * What a reader hears. Indexes are into the chunk being scanned; `depth` counts
 * open containers, 1 being a top-level value's own object or array.
 */
export interface JsonTokenHandler {
  /** `{` or `[` at `index`; `depth` is the new container's. */
  open(index: number, depth: number, kind: ContainerKind): void
  /** `}` or `]` at `index`; `depth` is the closing container's. */
  close(index: number, depth: number, kind: ContainerKind): void
  /** `,` at `index` directly inside the container at `depth`. */
  comma(index: number, depth: number): void
  /** `:` at `index` directly inside the object at `depth`. */
  colon(index: number, depth: number): void
  /**
   * An object key closed: its raw bytes (escapes not decoded, no quotes) are
   * `bytes[start..end)`; a key cut by a chunk boundary arrives whole.
   */
  key(bytes: Uint8Array, start: number, end: number, depth: number): void
  /** A byte outside any value that is neither white space nor `{` or `[` (the scan goes on). */
  text(index: number): void
}

export class JsonByteScanner {
  /** 1-based line of the scan position (newlines outside strings; current in open, close, key and text). */
  line = 1
  /**
   * Tokens deeper than this are not reported: the opening and closing of
   * containers at a greater depth, and what lies directly inside them. A
   * reader sets it to skip what it does not look at (the handler may change
   * it in a call; it applies from the next token on).
   */
  reportDepth = Infinity
  /** Stream offset of the current chunk's first byte (bytes fed before it). */
  chunkOffset = 0
  /** Bytes of byte order mark skipped at the start (0 or 3). */
  bomBytes = 0
  private depthNow = 0
  private inString = false
  private escaped = false
  /** Whether the string being scanned is a key, and the part of it in earlier chunks. */
  private stringIsKey = false
  private keyCarry: Uint8Array | undefined
  private kinds: Uint8Array = new Uint8Array(64)
  /** Whether the next string is an object key (after `{` or an object's `,`). */
  private expectKey = false
  private started = false

  constructor(private readonly handler: JsonTokenHandler) {}

  /** Open containers at the scan position. */
  get depth(): number {
    return this.depthNow
  }

  /** The kind of the container at `depth` (1-based), while it is open. */
  kindAt(depth: number): ContainerKind | 0 {
    return depth >= 1 && depth <= this.depthNow ? (this.kinds[depth] as ContainerKind) : 0
  }

  /** Whether the stream so far ends between values (not inside a string or a container). */
  get atRest(): boolean {
    return this.depthNow === 0 && !this.inString
  }

  /** Scans one chunk, calling the handler for each token in it. */
  push(chunk: Uint8Array): void {
    let i = this.started ? 0 : this.skipBom(chunk)
    // What a chunk boundary cut is finished here, out of the hot loop: a rare
    // path inside it would make V8 throw its optimized code away once a chunk.
    if (this.inString) i = this.finishString(chunk, i)
    if (!this.inString) {
      const stringStart = this.scan(chunk, i)
      if (this.inString && this.stringIsKey) this.carryKey(chunk.subarray(stringStart + 1))
    }
    this.chunkOffset += chunk.length
  }

  /**
   * The hot loop: scans from `i` (not inside a string) to the end of the chunk.
   * Returns where the string it ends in starts, if it does.
   */
  private scan(chunk: Uint8Array, i: number): number {
    const handler = this.handler
    const length = chunk.length
    // A local, not the module's binding: the bundle keeps that in a closure, checked on each use.
    const structural = STRUCTURAL
    let kinds = this.kinds
    let reportDepth = this.reportDepth
    // The state lives in locals while the loops run, and in fields between chunks.
    let depth = this.depthNow
    let line = this.line
    let inString = false
    let stringIsKey = false
    let escaped = false
    let expectKey = this.expectKey
    let stringStart = -1
    // Tight loops, one per state (in a string, between values, in a container),
    // each looking only at the bytes that can change its state.
    while (i < length) {
      if (inString) {
        for (; i < length; i++) {
          const byte = chunk[i]
          if (byte === QUOTE) {
            inString = false
            if (stringIsKey) {
              this.line = line
              handler.key(chunk, stringStart + 1, i, depth)
              reportDepth = this.reportDepth
            }
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
          if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) break
          if (byte === NEWLINE) line++
          else if (byte !== SPACE && byte !== TAB && byte !== CR) {
            this.line = line
            handler.text(i)
            if (byte === QUOTE) {
              inString = true
              stringIsKey = false
              stringStart = i
              i++
              break
            }
          }
        }
        if (inString || i >= length) continue
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
          stringIsKey = expectKey && depth <= reportDepth
          expectKey = false
          i++
          break
        }
        // Numbers, literals and other white space: one table look-up each.
        if (structural[byte] === 0) continue
        if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
          depth++
          if (depth >= kinds.length) kinds = this.grow()
          const kind = byte === OPEN_OBJECT ? OBJECT : ARRAY
          kinds[depth] = kind
          expectKey = kind === OBJECT
          this.depthNow = depth
          if (depth <= reportDepth) {
            this.line = line
            handler.open(i, depth, kind)
            reportDepth = this.reportDepth
          }
        } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          expectKey = false
          if (depth <= reportDepth) {
            this.line = line
            handler.close(i, depth, kinds[depth] as ContainerKind)
            reportDepth = this.reportDepth
          }
          depth--
          this.depthNow = depth
          if (depth === 0) {
            i++
            break
          }
        } else if (byte === COMMA) {
          expectKey = kinds[depth] === OBJECT
          if (depth <= reportDepth) {
            handler.comma(i, depth)
            reportDepth = this.reportDepth
          }
        } else if (byte === COLON) {
          if (depth <= reportDepth) {
            handler.colon(i, depth)
            reportDepth = this.reportDepth
          }
        }
      }
    }
    this.inString = inString
    this.stringIsKey = stringIsKey
    this.escaped = escaped
    this.expectKey = expectKey
    this.depthNow = depth
    this.line = line
    return stringStart
  }

  /** Scans the rest of a string an earlier chunk ended in; returns the index after it. */
  private finishString(chunk: Uint8Array, from: number): number {
    let i = from
    if (this.escaped && i < chunk.length) {
      this.escaped = false
      i++
    }
    for (; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte === QUOTE) {
        this.inString = false
        const carry = this.keyCarry
        if (carry !== undefined) {
          this.keyCarry = undefined
          const key = new Uint8Array(carry.length + i)
          key.set(carry)
          key.set(chunk.subarray(0, i), carry.length)
          this.handler.key(key, 0, key.length, this.depthNow)
        }
        return i + 1
      }
      if (byte === BACKSLASH) {
        if (i + 1 >= chunk.length) {
          this.escaped = true
          i++
          break
        }
        i++
      }
    }
    if (this.keyCarry !== undefined) this.carryKey(chunk)
    return chunk.length
  }

  /** Keeps the part of a key a chunk boundary cut (keys are short; the chunk may be reused). */
  private carryKey(part: Uint8Array): void {
    const carry = this.keyCarry ?? new Uint8Array(0)
    const joined = new Uint8Array(carry.length + part.length)
    joined.set(carry)
    joined.set(part, carry.length)
    this.keyCarry = joined
  }

  private skipBom(chunk: Uint8Array): number {
    let i = 0
    while (i < chunk.length && this.bomBytes < BOM.length && chunk[i] === BOM[this.bomBytes]) {
      this.bomBytes++
      i++
    }
    if (this.bomBytes === BOM.length || i < chunk.length) this.started = true
    if (this.started && this.bomBytes > 0 && this.bomBytes < BOM.length) {
      // The start of a byte order mark and then something else: not JSON.
      this.bomBytes = 0
      this.handler.text(i)
    }
    return i
  }

  private grow(): Uint8Array {
    const kinds = new Uint8Array(this.kinds.length * 2)
    kinds.set(this.kinds)
    this.kinds = kinds
    return kinds
  }
}
