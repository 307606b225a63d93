/**
 * Traces are kept packed: each distinct string (module, package, function,
 * file…) is stored once in a StringTable, and a trace is one short run of
 * table indices (`m,v,p,f,r,file,line,col` per frame, frames separated by
 * `;`) in an off-heap TraceArena. Thousands of 50-frame traces from a 100 MB
 * stream then cost a few MB outside the garbage-collected heap instead of a
 * tree of objects inside it, and frames are decoded only when a report needs
 * them.
 */
import { createHash } from 'node:crypto'
import type { ClassifiedFinding, Frame, Reachability } from './types.js'

const FIELD = ','
const FRAME = ';'
const FIELDS_PER_FRAME = 8
const ARENA_CHUNK = 1024 * 1024

/** Append-only storage for packed traces (ASCII), in 1 MiB buffers. */
export class TraceArena {
  private readonly chunks: Buffer[] = []
  private used = ARENA_CHUNK

  add(text: string): { chunk: number; start: number; length: number } {
    const length = text.length
    if (this.used + length > ARENA_CHUNK) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(ARENA_CHUNK, length)))
      this.used = 0
    }
    const chunk = this.chunks.length - 1
    const start = this.used
    this.chunks[chunk].write(text, start, 'latin1')
    this.used += length
    return { chunk, start, length }
  }

  read(chunk: number, start: number, length: number): string {
    return this.chunks[chunk].toString('latin1', start, start + length)
  }
}

/** A digest that identifies a finding: same OSV, same fix, same trace. */
export function findingDigest(osv: string, fixed: string | undefined, packedTrace: string): string {
  return createHash('sha1')
    .update(`${osv}\0${fixed ?? ''}\0`)
    .update(packedTrace)
    .digest('base64')
}

/** Every distinct string seen in traces, once; index 0 is the empty string. */
export class StringTable {
  private readonly indexes = new Map<string, number>([['', 0]])
  readonly values: string[] = ['']

  index(value: unknown): number {
    if (typeof value !== 'string' || value === '') return 0
    let index = this.indexes.get(value)
    if (index === undefined) {
      index = this.values.length
      this.values.push(value)
      this.indexes.set(value, index)
    }
    return index
  }
}

function numberField(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.trunc(value)) : ''
}

/** Packs raw frames from the stream (each already checked to name a module). */
export function packFrames(frames: Record<string, unknown>[], table: StringTable): string {
  const packed: string[] = new Array(frames.length)
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]
    const position = frame.position as Record<string, unknown> | null | undefined
    const file = position && typeof position === 'object' ? table.index(position.filename) : 0
    packed[i] =
      table.index(frame.module) +
      FIELD +
      table.index(frame.version) +
      FIELD +
      table.index(frame.package) +
      FIELD +
      table.index(frame.function) +
      FIELD +
      table.index(frame.receiver) +
      FIELD +
      file +
      FIELD +
      (file ? numberField(position!.line) : '') +
      FIELD +
      (file ? numberField(position!.column) : '')
  }
  // join() gives one flat string; `+=` across frames would keep a rope of pieces alive.
  return packed.join(FRAME)
}

function unpackFrame(text: string, table: StringTable): Frame {
  const fields = text.split(FIELD)
  const value = (i: number) => table.values[Number(fields[i])] ?? ''
  const frame: Frame = { module: value(0) }
  if (fields.length < FIELDS_PER_FRAME) return frame
  if (fields[1] !== '0') frame.version = value(1)
  if (fields[2] !== '0') frame.package = value(2)
  if (fields[3] !== '0') frame.function = value(3)
  if (fields[4] !== '0') frame.receiver = value(4)
  if (fields[5] !== '0') {
    frame.position = {
      filename: value(5),
      line: Number(fields[6]) || 0,
      column: Number(fields[7]) || 0
    }
  }
  return frame
}

export class PackedFinding implements ClassifiedFinding {
  readonly vulnerable: Frame
  private readonly chunk: number
  private readonly start: number
  private readonly length: number

  constructor(
    readonly osv: string,
    readonly level: Reachability,
    readonly fixedVersion: string | undefined,
    readonly depth: number,
    packedTrace: string,
    private readonly store: { arena: TraceArena; table: StringTable }
  ) {
    const end = packedTrace.indexOf(FRAME)
    this.vulnerable = unpackFrame(end < 0 ? packedTrace : packedTrace.slice(0, end), store.table)
    const ref = store.arena.add(packedTrace)
    this.chunk = ref.chunk
    this.start = ref.start
    this.length = ref.length
  }

  private packed(): string {
    return this.store.arena.read(this.chunk, this.start, this.length)
  }

  trace(): Frame[] {
    return this.packed()
      .split(FRAME)
      .map(text => unpackFrame(text, this.store.table))
  }

  /**
   * The index of the first frame at or after `from` whose module and version
   * pass `test`, or -1. Only those two fields are decoded, so finding the
   * user's call site in a deep trace allocates little.
   */
  findFrame(test: (module: string, version: string | undefined) => boolean, from = 0): number {
    const packed = this.packed()
    const values = this.store.table.values
    let position = 0
    for (let index = 0; position >= 0; index++) {
      const end = packed.indexOf(FRAME, position)
      if (index >= from) {
        const moduleEnd = packed.indexOf(FIELD, position)
        const versionEnd = packed.indexOf(FIELD, moduleEnd + 1)
        const module = values[Number(packed.slice(position, moduleEnd))] ?? ''
        const version = values[Number(packed.slice(moduleEnd + 1, versionEnd))]
        if (test(module, version || undefined)) return index
      }
      position = end < 0 ? -1 : end + 1
    }
    return -1
  }

  frameAt(index: number): Frame | undefined {
    const packed = this.packed()
    let position = 0
    for (let i = 0; i < index; i++) {
      const next = packed.indexOf(FRAME, position)
      if (next < 0) return undefined
      position = next + 1
    }
    const end = packed.indexOf(FRAME, position)
    return unpackFrame(packed.slice(position, end < 0 ? undefined : end), this.store.table)
  }
}
