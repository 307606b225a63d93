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
 * H = Pe − 37^100·Ps. The per-unit work is one multiply-add on a 64-bit value
 * held as two int32 halves (16-bit limb products stay exact), with a fast path
 * taking two ordinary units (> 32) at once. The 64-bit multiply by 37^100
 * happens once per line, only for lines someone asked about.
 */

const NONE = 0x7fffffff
const BLOCK = 100

// 37^100 mod 2^64 in four 16-bit limbs, low first.
const F_LIMBS = (() => {
  let value = 1n
  for (let i = 0; i < BLOCK; i++) value = (value * 37n) & 0xffff_ffff_ffff_ffffn
  return [0n, 16n, 32n, 48n].map(shift => Number((value >> shift) & 0xffffn))
})()
const [F0, F1, F2, F3] = F_LIMBS
const F_LOW_WORD = (F1 * 65536 + F0) | 0

/** Per UTF-16 code unit: 0 = dropped (space, tab), 1 = kept, 2 = line end (LF, CR: the careful path). */
const LINE_END = 2
const UNIT_CLASS = new Uint8Array(65536).fill(1)
UNIT_CLASS[0x20] = 0
UNIT_CLASS[0x09] = 0
UNIT_CLASS[0x0a] = LINE_END
UNIT_CLASS[0x0d] = LINE_END

/** Resumable scanner: feed code units in chunks with `push`, then call `finish`. */
export class LineHashScanner {
  private lo = 0
  private hi = 0
  private pos = 0
  private prevCR = 0
  private lineCount = 1
  private emitted = 0
  private nextEmit = BLOCK
  private capacity = 0
  private starts = new Int32Array(0)
  private ps = new Int32Array(0)
  private pe = new Int32Array(0)

  private stopAfterLine = NONE

  constructor() {
    this.grow(1024)
  }

  /**
   * Starts a new input, keeping the buffers (one scanner serves every file).
   * Lines after `stopAfterLine` are not needed: scanning may stop once it is known.
   */
  reset(stopAfterLine = NONE): this {
    this.lo = 0
    this.hi = 0
    this.pos = 0
    this.prevCR = 0
    this.lineCount = 1
    this.emitted = 0
    this.nextEmit = BLOCK
    this.stopAfterLine = stopAfterLine
    this.starts[0] = 0
    this.ps[0] = 0
    this.ps[1] = 0
    return this
  }

  /** True once every line up to `stopAfterLine` has its hash; more input is unnecessary. */
  get done(): boolean {
    return this.emitted >= this.stopAfterLine
  }

  /** Number of lines whose hash is known (all of them after `finish`). */
  get lines(): number {
    return this.emitted
  }

  private grow(capacity: number): void {
    const starts = new Int32Array(capacity)
    const ps = new Int32Array(capacity * 2)
    const pe = new Int32Array(capacity * 2)
    starts.set(this.starts)
    ps.set(this.ps)
    pe.set(this.pe)
    this.starts = starts
    this.ps = ps
    this.pe = pe
    this.capacity = capacity
  }

  /** Feeds UTF-16 code units (an ASCII byte is its own code unit). */
  push(units: Uint8Array | Uint16Array): void {
    let lo = this.lo
    let hi = this.hi
    let pos = this.pos
    let prevCR = this.prevCR
    let lineCount = this.lineCount
    let emitted = this.emitted
    let nextEmit = this.nextEmit
    const stopAfter = this.stopAfterLine
    const n = units.length
    let i = 0
    while (i < n) {
      // Fast path: pairs of units that are neither LF nor CR. A space or tab
      // contributes nothing (factor 1, addend 0), so skipping needs no branch;
      // a table lookup classifies each unit (faster than comparisons here).
      // Each pair adds at most 2 kept units, so `pairs` of them cannot reach
      // the next line hash: no emission check inside the loop.
      const pairs = (nextEmit - pos - 1) >> 1
      const end = Math.min(n - 1, i + 2 * pairs)
      while (i < end) {
        const a = units[i]
        const b = units[i + 1]
        const classA = UNIT_CLASS[a]
        const classB = UNIT_CLASS[b]
        if (((classA | classB) & LINE_END) !== 0) break
        // classX is 1 for a kept unit, 0 for a space or tab.
        const factorB = 1 + 36 * classB
        const factor = (1 + 36 * classA) * factorB
        const t0 = (lo & 0xffff) * factor + a * classA * factorB + b * classB
        const t1 = (lo >>> 16) * factor + (t0 >>> 16)
        lo = (t1 << 16) | (t0 & 0xffff)
        hi = (Math.imul(hi, factor) + (t1 >>> 16)) | 0
        pos += classA + classB
        i += 2
        prevCR = 0
      }
      if (i >= n) break
      let c = units[i++]
      if (c <= 32) {
        if (c === 32 || c === 9) {
          prevCR = 0
          continue
        }
        if (c === 10) {
          if (prevCR === 1) {
            prevCR = 0
            continue
          }
        } else if (c === 13) {
          c = 10
          prevCR = 1
        } else prevCR = 0
      } else prevCR = 0
      const t0 = (lo & 0xffff) * 37 + c
      const t1 = (lo >>> 16) * 37 + (t0 >>> 16)
      lo = (t1 << 16) | (t0 & 0xffff)
      hi = (Math.imul(hi, 37) + (t1 >>> 16)) | 0
      pos++
      if (pos === nextEmit) {
        this.pe[2 * emitted] = hi
        this.pe[2 * emitted + 1] = lo
        emitted++
        nextEmit = emitted < lineCount ? this.starts[emitted] + BLOCK : NONE
        if (emitted >= stopAfter) break
      }
      if (c === 10) {
        if (lineCount === this.capacity) this.grow(this.capacity * 2)
        this.starts[lineCount] = pos
        this.ps[2 * lineCount] = hi
        this.ps[2 * lineCount + 1] = lo
        if (emitted === lineCount) nextEmit = pos + BLOCK
        lineCount++
      }
    }
    this.lo = lo
    this.hi = hi
    this.pos = pos
    this.prevCR = prevCR
    this.lineCount = lineCount
    this.emitted = emitted
    this.nextEmit = nextEmit
  }

  /** Ends the input: the sentinel, then zeros until every line has its hash. */
  finish(): void {
    if (this.done) return
    // Not through `push`: feeding it other array types would make its loads polymorphic.
    this.pushOne(0xffff)
    for (let k = 0; k < BLOCK && this.emitted < this.lineCount; k++) this.pushOne(0)
  }

  /** One kept unit that is not LF (the sentinel and the padding zeros). */
  private pushOne(c: number): void {
    const t0 = (this.lo & 0xffff) * 37 + c
    const t1 = (this.lo >>> 16) * 37 + (t0 >>> 16)
    this.lo = (t1 << 16) | (t0 & 0xffff)
    this.hi = (Math.imul(this.hi, 37) + (t1 >>> 16)) | 0
    this.pos++
    if (this.pos === this.nextEmit) {
      const e = this.emitted
      this.pe[2 * e] = this.hi
      this.pe[2 * e + 1] = this.lo
      this.emitted = e + 1
      this.nextEmit = e + 1 < this.lineCount ? this.starts[e + 1] + BLOCK : NONE
    }
  }

  /**
   * The 64-bit hash of a 1-based line as [hi, lo] unsigned halves:
   * Pe − 37^100 · Ps (mod 2^64), multiplied in 16-bit limbs so doubles stay exact.
   */
  rawHash(line: number, out: Float64Array): void {
    const k = line - 1
    const sHi = this.ps[2 * k] >>> 0
    const sLo = this.ps[2 * k + 1] >>> 0
    const s0 = sLo & 0xffff
    const s1 = sLo >>> 16
    const s2 = sHi & 0xffff
    const s3 = sHi >>> 16
    let m = F0 * s0
    const m0 = m % 65536
    m = (m - m0) / 65536 + F0 * s1 + F1 * s0
    const m1 = m % 65536
    m = (m - m1) / 65536 + F0 * s2 + F1 * s1 + F2 * s0
    const m2 = m % 65536
    m = (m - m2) / 65536 + F0 * s3 + F1 * s2 + F2 * s1 + F3 * s0
    const m3 = m % 65536
    let lo = (this.pe[2 * k + 1] >>> 0) - (m1 * 65536 + m0)
    let borrow = 0
    if (lo < 0) {
      lo += 4294967296
      borrow = 1
    }
    out[0] = ((this.pe[2 * k] >>> 0) - (m3 * 65536 + m2) - borrow) >>> 0
    out[1] = lo
  }

  /**
   * The low 32 bits of a line's hash, cheaply: the low word of F·Ps is
   * Math.imul of the low words, so no 64-bit multiply is needed.
   */
  private lowWord(line: number): number {
    const k = line - 1
    return (this.pe[2 * k + 1] - Math.imul(F_LOW_WORD, this.ps[2 * k + 1])) | 0
  }

  /**
   * `hex:occurrence` for each requested line, in the order asked (undefined
   * for lines past the end, as in codeql-action, which never reports them).
   * Occurrences count equal hashes on earlier lines, so every line up to the
   * last requested one is looked at; the low word screens them and only
   * candidates get the full hash.
   */
  fingerprints(requested: ArrayLike<number>): (string | undefined)[] {
    const out = new Array<string | undefined>(requested.length).fill(undefined)
    // The wanted lines, sorted and unique, within the file.
    const sorted = Int32Array.from(requested).sort()
    let unique = 0
    for (let k = 0; k < sorted.length; k++) {
      const line = sorted[k]
      if (line < 1 || line > this.emitted || (unique > 0 && sorted[unique - 1] === line)) continue
      sorted[unique++] = line
    }
    if (unique === 0) return out
    const wanted = sorted.subarray(0, unique)
    const last = wanted[unique - 1]
    // An open-addressing table of the wanted low words: cheaper per line than a Set.
    const size = 1 << Math.max(4, Math.ceil(Math.log2(unique * 4)))
    const mask = size - 1
    const table = new Int32Array(size)
    const used = new Uint8Array(size)
    for (let k = 0; k < unique; k++) {
      const low = this.lowWord(wanted[k])
      let slot = (Math.imul(low, 0x9e3779b1) >>> 0) & mask
      while (used[slot] === 1 && table[slot] !== low) slot = (slot + 1) & mask
      table[slot] = low
      used[slot] = 1
    }
    const texts = new Array<string | undefined>(unique)
    const hash = new Float64Array(2)
    // Counts by low word; a different high word under the same low word (a
    // 1-in-4-billion coincidence) is counted under the full value instead.
    const counts = new Map<number, number>()
    const highs = new Map<number, number>()
    const collided = new Map<string, number>()
    let next = 0
    for (let line = 1; line <= last; line++) {
      const low = this.lowWord(line)
      let slot = (Math.imul(low, 0x9e3779b1) >>> 0) & mask
      while (used[slot] === 1 && table[slot] !== low) slot = (slot + 1) & mask
      if (used[slot] === 0) continue
      this.rawHash(line, hash)
      let count: number
      const high = highs.get(low)
      if (high === undefined || high === hash[0]) {
        highs.set(low, hash[0])
        count = (counts.get(low) ?? 0) + 1
        counts.set(low, count)
      } else {
        const key = `${hash[0]}:${low}`
        count = (collided.get(key) ?? 0) + 1
        collided.set(key, count)
      }
      while (next < unique && wanted[next] < line) next++
      if (wanted[next] === line) texts[next] = `${toHex(hash[0], hash[1])}:${count}`
    }
    for (let k = 0; k < requested.length; k++) {
      const at = binarySearch(wanted, requested[k])
      if (at !== -1) out[k] = texts[at]
    }
    return out
  }
}

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

const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** Unsigned 64-bit [hi, lo] as lowercase hex without leading zeros (Long.toString(16)). */
function toHex(hi: number, lo: number): string {
  const low =
    HEX_BYTE[lo >>> 24] +
    HEX_BYTE[(lo >>> 16) & 255] +
    HEX_BYTE[(lo >>> 8) & 255] +
    HEX_BYTE[lo & 255]
  if (hi === 0) return stripZeros(low)
  const high =
    HEX_BYTE[hi >>> 24] +
    HEX_BYTE[(hi >>> 16) & 255] +
    HEX_BYTE[(hi >>> 8) & 255] +
    HEX_BYTE[hi & 255]
  return stripZeros(high) + low
}

function stripZeros(hex: string): string {
  let i = 0
  while (i < hex.length - 1 && hex.charCodeAt(i) === 48) i++
  return i === 0 ? hex : hex.slice(i)
}

/** UTF-16 code units of a string, as codeql-action sees them through `charCodeAt`. */
export function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  return units
}

/** Every line's fingerprint, in order: the shape of codeql-action's published test vectors. */
export function hashText(text: string): string[] {
  const scanner = new LineHashScanner().reset()
  scanner.push(codeUnits(text))
  scanner.finish()
  const lines = Array.from({ length: scanner.lines }, (_, k) => k + 1)
  return scanner.fingerprints(lines) as string[]
}
