/**
 * codeql-action's `primaryLocationLineHash` (src/fingerprints.ts), reproduced
 * bit for bit so alerts keep their identity whichever tool uploaded them.
 *
 * The definition: drop every space and tab and any LF right after a CR, turn
 * CR into LF; append one 65535 sentinel and 100 zeros. Over those "kept" UTF-16
 * code units c_0, c_1, … the hash of the line starting at kept position s is
 *   H(s) = Σ_{j=0..99} c_{s+j} · 37^(99-j)   (mod 2^64),
 * written as unsigned hex without padding, plus `:n` where n counts how often
 * that hex value occurred on this or earlier lines. A line starts at position 0
 * and right after every kept LF (so a file ending in a newline has one more line).
 *
 * Speed: instead of a rolling window we keep the prefix value P_t = Σ_{j<t} c_j·37^(t-1-j)
 * and note P at each line start (Ps) and 100 positions later (Pe); then
 * H = Pe − 37^100·Ps. That loop runs in WebAssembly (linehash.wat) for its native
 * 64-bit multiply, four input bytes per dependent multiply; ASCII bytes are hashed
 * where they were read, and the rest of a file is UTF-8 decoded from its first
 * non-ASCII byte on, as codeql-action's utf8 stream does. Counting how often each
 * wanted hash occurred, and writing the hex, happen there too (`fingerprints`).
 */
import { StringDecoder } from 'node:string_decoder'
import { LINEHASH_WASM_BASE64 } from './linehash-wasm.js'

const NONE = 0x7fffffff

// Memory layout shared with linehash.wat.
const PAIRS = 0x000000
const POW64 = 0x040000
const POW32 = 0x040040
const STATE = 0x040080
const HEX = 0x040090
const INPUT = 0x040100
/** Bytes one `pushBytes` may take (the input area holds twice as many as UTF-16). */
export const INPUT_BYTES = 1024 * 1024
const INPUT_UNITS = INPUT_BYTES
const LINES = 0x240100
const RECORD = 16
const PAGE = 65536

// WebAssembly's types live in lib.dom, which this project does not load: what we use of it.
interface WasmMemory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: object }
}

interface Exports {
  memory: WasmMemory
  reset(stopAfterLine: number): void
  push8(bytes: number): number
  push16(units: number): number
  finish(): void
  fingerprints(
    wantedAt: number,
    unique: number,
    tableAt: number,
    bits: number,
    endsAt: number,
    textAt: number
  ): number
}

let compiled: object | undefined

/** Per two input bytes: addend (bits 0-13), kept count (14-15), careful-path flag (16). */
function fillTables(memory: ArrayBuffer): void {
  const pairs = new Uint32Array(memory, PAIRS, 65536)
  const kept = (c: number) => (c === 0x20 || c === 0x09 ? 0 : 1)
  const careful = (c: number) => c === 0x0a || c === 0x0d || c >= 0x80
  for (let pair = 0; pair < 65536; pair++) {
    const first = pair & 0xff // the byte at the lower address
    const second = pair >>> 8
    if (careful(first) || careful(second)) {
      pairs[pair] = 0x10000
      continue
    }
    const addend = first * kept(first) * (kept(second) ? 37 : 1) + second * kept(second)
    pairs[pair] = addend | ((kept(first) + kept(second)) << 14)
  }
  const pow64 = new BigInt64Array(memory, POW64, 5)
  for (let k = 0; k < 5; k++) pow64[k] = 37n ** BigInt(k)
  new Int32Array(memory, POW32, 3).set([1, 37, 37 * 37])
  new Uint8Array(memory, HEX, 16).set(Buffer.from('0123456789abcdef', 'latin1'))
}

/**
 * Resumable scanner over one input at a time: `reset`, then bytes (`input` + `pushBytes`)
 * or code units (`push`), then `finish` and `lineHashes`. Each scanner owns a
 * WebAssembly instance; reuse one for many files.
 */
export class LineHashScanner {
  private readonly wasm: Exports
  private decoder: StringDecoder | undefined
  private stopAfterLine = NONE
  // Views of the module's memory. Reading `memory.buffer` is not free, and the buffer
  // only changes when we grow it, so they are made again only then.
  private buffer!: ArrayBuffer
  private inputBytes!: Uint8Array
  private words!: Int32Array

  constructor() {
    compiled ??= new WebAssembly.Module(Buffer.from(LINEHASH_WASM_BASE64, 'base64'))
    this.wasm = new WebAssembly.Instance(compiled).exports as unknown as Exports
    this.viewMemory()
    fillTables(this.buffer)
    this.reset()
  }

  /**
   * Starts a new input. Lines after `stopAfterLine` are not needed: scanning may stop
   * once they are known.
   */
  reset(stopAfterLine = NONE): this {
    this.decoder = undefined
    this.stopAfterLine = stopAfterLine
    this.wasm.reset(stopAfterLine)
    return this
  }

  /** True once every line up to `stopAfterLine` has its hash; more input is unnecessary. */
  get done(): boolean {
    return this.lines >= this.stopAfterLine
  }

  /** Number of lines whose hash is known (all of them after `finish`). */
  get lines(): number {
    return this.words[(STATE >> 2) + 1]
  }

  /** Lines started so far (their records exist). */
  private get lineCount(): number {
    return this.words[STATE >> 2]
  }

  /** Where to put up to INPUT_BYTES bytes (e.g. with readSync) before `pushBytes`. */
  input(): Uint8Array {
    return this.inputBytes
  }

  /** Hashes the first `length` bytes of `input()` (UTF-8); true once no more are needed. */
  pushBytes(length: number): boolean {
    if (this.decoder === undefined) {
      this.reserveLines(length)
      const consumed = this.wasm.push8(length)
      if (consumed === length || this.done) return this.done
      // A byte that is not ASCII: from here on the file is decoded.
      this.decoder = new StringDecoder('utf8')
      return this.pushText(this.decoder.write(this.bytes(consumed, length)))
    }
    return this.pushText(this.decoder.write(this.bytes(0, length)))
  }

  /** Hashes UTF-16 code units (an ASCII byte is its own code unit). */
  push(units: Uint8Array | Uint16Array): boolean {
    for (let from = 0; from < units.length && !this.done; from += INPUT_UNITS) {
      const piece = units.subarray(from, from + INPUT_UNITS)
      this.reserveLines(piece.length)
      new Uint16Array(this.buffer, INPUT, piece.length).set(piece)
      this.wasm.push16(piece.length)
    }
    return this.done
  }

  /** Ends the input: what the decoder held back, the sentinel, the padding zeros. */
  finish(): void {
    const rest = this.decoder?.end()
    if (rest) this.pushText(rest)
    this.reserveLines(1)
    this.wasm.finish()
  }

  private pushText(text: string): boolean {
    return this.push(codeUnits(text))
  }

  /** A Buffer over input bytes [from, to) without copying (the decoder copies). */
  private bytes(from: number, to: number): Buffer {
    return Buffer.from(this.buffer, INPUT + from, to - from)
  }

  /** Grows memory so that a push of `units` more units has a record for every new line. */
  private reserveLines(units: number): void {
    this.reserveBytes(LINES + (this.lineCount + units + 2) * RECORD)
  }

  private reserveBytes(needed: number): void {
    const have = this.buffer.byteLength
    if (needed <= have) return
    this.wasm.memory.grow(Math.ceil((needed - have) / PAGE))
    this.viewMemory()
  }

  private viewMemory(): void {
    this.buffer = this.wasm.memory.buffer
    this.inputBytes = new Uint8Array(this.buffer, INPUT, INPUT_BYTES)
    this.words = new Int32Array(this.buffer)
  }

  /**
   * `hex:occurrence` for each requested line, in the order asked (undefined
   * for lines past the end, as in codeql-action, which never reports them).
   * Occurrences count equal hashes on earlier lines, so every line up to the
   * last requested one is looked at (in WebAssembly, one table probe each). The
   * texts come back as one ASCII run, turned into one string and sliced: far fewer
   * allocations than building each fingerprint.
   */
  lineHashes(requested: ArrayLike<number>): (string | undefined)[] {
    const out = new Array<string | undefined>(requested.length).fill(undefined)
    const emitted = this.lines
    // The wanted lines, sorted and unique, within the file.
    const sorted = Int32Array.from(requested).sort()
    let unique = 0
    for (let k = 0; k < sorted.length; k++) {
      const line = sorted[k]
      if (line < 1 || line > emitted || (unique > 0 && sorted[unique - 1] === line)) continue
      sorted[unique++] = line
    }
    if (unique === 0) return out
    const wanted = sorted.subarray(0, unique)
    // Work areas after the line records: wanted lines, text ends, the table, the texts.
    const bits = Math.max(4, Math.ceil(Math.log2(unique * 2)))
    const wantedAt = LINES + (this.lineCount + 1) * RECORD
    const endsAt = wantedAt + 4 * unique
    const tableAt = endsAt + 4 * unique + 8 // 8-byte aligned, for its 64-bit keys
    const textAt = tableAt + RECORD * 2 ** bits
    this.reserveBytes(textAt + MAX_TEXT * unique)
    const words = this.words
    words.set(wanted, wantedAt / 4)
    const length = this.wasm.fingerprints(wantedAt, unique, tableAt, bits, endsAt, textAt)
    const all = Buffer.from(this.buffer, textAt, length).toString('latin1')
    const texts = new Array<string>(unique)
    let start = 0
    for (let k = 0; k < unique; k++) {
      const end = words[endsAt / 4 + k]
      texts[k] = all.slice(start, end)
      start = end
    }
    for (let k = 0; k < requested.length; k++) {
      const at = binarySearch(wanted, requested[k])
      if (at !== -1) out[k] = texts[at]
    }
    return out
  }
}

/** The longest `hex:count`: 16 hex digits, a colon, a count of up to 10 digits. */
const MAX_TEXT = 27

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const at = sorted[middle]
    if (at === value) return middle
    if (at < value) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** UTF-16 code units of a string, as codeql-action sees them through `charCodeAt`. */
export function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  return units
}

/** Every line's fingerprint, in order: the shape of codeql-action's published test vectors. */
export function hashText(text: string): string[] {
  const scanner = new LineHashScanner()
  scanner.push(codeUnits(text))
  scanner.finish()
  const lines = Array.from({ length: scanner.lines }, (_, k) => k + 1)
  return scanner.lineHashes(lines) as string[]
}
