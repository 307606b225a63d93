/**
 * The local tier: a directory that every go process of a job (and every job on
 * a machine that keeps it) shares.
 *
 *   DIR/o/<2 hex>/<output id hex>   object bodies, named by content (cmd/go's
 *                                   OutputID is the SHA-256 of the body)
 *   DIR/a/<2 hex>/<action id hex>   one line: `v1 <output id> <size> <time ms>`
 *
 * Every write goes to a unique temp file beside its target and is renamed into
 * place, so a concurrent reader (another go command of `go test ./...`) sees
 * the whole old file, the whole new one, or none. Two writers of the same
 * object write the same bytes, so the last rename winning is harmless.
 *
 * The hot path (a local hit) uses synchronous calls: one small read and one
 * stat, with no thread-pool round trip.
 */
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'

/**
 * Temp names unique per process (pid) and per write (counter). Not io.ts's
 * tempPathBeside: that loads node:crypto, which costs every go command's
 * start-up for nothing here.
 */
let tempCounter = 0
export function uniqueTempPath(file: string): string {
  return `${file}.${process.pid}-${Date.now().toString(36)}-${(tempCounter++).toString(36)}.tmp`
}

export interface LocalEntry {
  actionId: string
  outputId: string
  size: number
  timeMs: number
  /** Absolute path of the body, the DiskPath answered to cmd/go. */
  diskPath: string
}

const HEX_ID = /^[0-9a-f]{64}$/

/** Action and output IDs are SHA-256 sized; anything else never reaches the file system. */
export function isObjectId(id: string | undefined): id is string {
  return id !== undefined && HEX_ID.test(id)
}

export interface LocalTierOptions {
  /**
   * Keep every entry read or written in memory and answer it from there (the
   * cache server, which lives for the whole job). Safe because nothing removes
   * an object from the local tier during a job, and a newer entry for the same
   * action ID (another writer) leaves the remembered one's object in place.
   */
  remember?: boolean
}

export class LocalTier {
  private readonly madeDirs = new Set<string>()
  private readonly remembered: Map<string, LocalEntry> | undefined

  constructor(
    readonly dir: string,
    options: LocalTierOptions = {}
  ) {
    if (options.remember) this.remembered = new Map()
  }

  objectPath(outputId: string): string {
    return path.join(this.dir, 'o', outputId.slice(0, 2), outputId)
  }

  actionPath(actionId: string): string {
    return path.join(this.dir, 'a', actionId.slice(0, 2), actionId)
  }

  /** The entry for an action ID, or undefined when it (or its body) is absent or unreadable. */
  get(actionId: string): LocalEntry | undefined {
    const remembered = this.remembered?.get(actionId)
    if (remembered) return remembered
    const entry = this.readEntry(actionId)
    if (entry) this.remembered?.set(actionId, entry)
    return entry
  }

  private readEntry(actionId: string): LocalEntry | undefined {
    let line: string
    try {
      line = readFileSync(this.actionPath(actionId), 'latin1')
    } catch {
      return undefined
    }
    const entry = parseActionLine(actionId, line)
    if (!entry) return undefined
    const diskPath = this.objectPath(entry.outputId)
    try {
      if (statSync(diskPath).size !== entry.size) return undefined
    } catch {
      return undefined
    }
    return { ...entry, diskPath }
  }

  /** Stores a body and its action entry; returns the DiskPath. */
  put(actionId: string, outputId: string, body: Buffer, timeMs = Date.now()): string {
    const diskPath = this.objectPath(outputId)
    let present = false
    try {
      present = statSync(diskPath).size === body.length
    } catch {
      present = false
    }
    if (!present) this.writeAtomic(diskPath, body)
    this.writeAtomic(
      this.actionPath(actionId),
      `v1 ${outputId} ${body.length} ${Math.floor(timeMs)}\n`
    )
    this.remembered?.set(actionId, {
      actionId,
      outputId,
      size: body.length,
      timeMs: Math.floor(timeMs),
      diskPath
    })
    return diskPath
  }

  /** Every readable action entry (push uses it to find what the remote lacks). */
  *entries(): Generator<LocalEntry> {
    const root = path.join(this.dir, 'a')
    let shards: string[]
    try {
      shards = readdirSync(root)
    } catch {
      return
    }
    for (const shard of shards.sort()) {
      let names: string[]
      try {
        names = readdirSync(path.join(root, shard))
      } catch {
        continue
      }
      for (const name of names.sort()) {
        if (!isObjectId(name)) continue
        const entry = this.readEntry(name)
        if (entry) yield entry
      }
    }
  }

  private writeAtomic(file: string, data: string | Buffer): void {
    const parent = path.dirname(file)
    if (!this.madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true })
      this.madeDirs.add(parent)
    }
    const temp = uniqueTempPath(file)
    try {
      writeFileSync(temp, data)
      renameSync(temp, file)
    } catch (error) {
      rmSync(temp, { force: true })
      throw error
    }
  }
}

function parseActionLine(actionId: string, line: string): Omit<LocalEntry, 'diskPath'> | undefined {
  const [version, outputId, size, time] = line.trim().split(' ')
  if (version !== 'v1' || !isObjectId(outputId)) return undefined
  const sizeNumber = Number(size)
  const timeMs = Number(time)
  if (!Number.isSafeInteger(sizeNumber) || sizeNumber < 0 || !Number.isFinite(timeMs)) {
    return undefined
  }
  return { actionId, outputId, size: sizeNumber, timeMs }
}
