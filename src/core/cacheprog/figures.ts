/**
 * Per-job build-cache figures. cmd/go starts one cacheprog per go command and
 * `go test ./...` runs several at once, so each process writes its own journal
 * file, DIR/journal/<pid>-<random>.json, when it closes (atomically), and a push
 * writes one too. The post step sums them with readJobFigures. A journal also
 * lists the action IDs the process read and which of those came from the
 * remote tier, so the next index can record what the build actually used.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { uniqueTempPath } from './local-tier.js'

export interface CacheProgFigures {
  /** `get` requests cmd/go made. */
  objectsRequested: number
  hitLocal: number
  hitRemote: number
  missed: number
  /** Objects cmd/go stored (`put`). */
  objectsStored: number
  bytesDownloaded: number
  /** Bytes of the objects answered as hits, local or remote: what the build read. */
  bytesRead: number
  bytesUploaded: number
  packsFetched: number
  /** Objects uploaded by push (new to the remote). */
  objectsUploaded: number
  /** Objects fetched ahead of the build because the previous run read them (restore --prefetch). */
  objectsPrefetched: number
  /** Remote errors and corrupt objects that became misses. */
  remoteErrors: number
}

export interface ProcessJournal {
  version: 1
  figures: CacheProgFigures
  /** Action IDs (hex) answered as hits. */
  reads: string[]
  /** Pack keys this process read objects from (packsFetched counts each pack once per job). */
  packs?: string[]
}

export function emptyFigures(): CacheProgFigures {
  return {
    objectsRequested: 0,
    hitLocal: 0,
    hitRemote: 0,
    missed: 0,
    objectsStored: 0,
    bytesDownloaded: 0,
    bytesRead: 0,
    bytesUploaded: 0,
    packsFetched: 0,
    objectsUploaded: 0,
    objectsPrefetched: 0,
    remoteErrors: 0
  }
}

export function addFigures(total: CacheProgFigures, more: Partial<CacheProgFigures>): void {
  for (const [name, value] of Object.entries(more) as [keyof CacheProgFigures, unknown][]) {
    if (name in total && typeof value === 'number' && Number.isFinite(value)) total[name] += value
  }
}

function journalDir(dir: string): string {
  return path.join(dir, 'journal')
}

let journalCounter = 0

export function writeJournal(dir: string, journal: ProcessJournal): void {
  mkdirSync(journalDir(dir), { recursive: true })
  const name = `${process.pid}-${Date.now().toString(36)}-${journalCounter++}.json`
  const file = path.join(journalDir(dir), name)
  const temp = uniqueTempPath(file)
  try {
    writeFileSync(temp, JSON.stringify(journal))
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

function* journals(dir: string): Generator<ProcessJournal> {
  let names: string[]
  try {
    names = readdirSync(journalDir(dir))
  } catch {
    return
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.json')) continue
    try {
      const parsed = JSON.parse(readFileSync(path.join(journalDir(dir), name), 'utf8')) as unknown
      if (isJournal(parsed)) yield parsed
    } catch {
      // An unreadable journal costs its figures, never the job.
    }
  }
}

function isJournal(value: unknown): value is ProcessJournal {
  const journal = value as ProcessJournal
  return (
    journal !== null &&
    typeof journal === 'object' &&
    journal.version === 1 &&
    typeof journal.figures === 'object' &&
    journal.figures !== null &&
    Array.isArray(journal.reads)
  )
}

/** The figures of every go command and push that used DIR, summed. */
export function readJobFigures(dir: string): CacheProgFigures {
  const total = emptyFigures()
  const packs = new Set<string>()
  for (const journal of journals(dir)) {
    addFigures(total, journal.figures)
    for (const pack of journal.packs ?? []) if (typeof pack === 'string') packs.add(pack)
  }
  total.packsFetched = packs.size
  return total
}

/** Every action ID the job's go commands read, each once. */
export function readJobReads(dir: string): Set<string> {
  const reads = new Set<string>()
  for (const journal of journals(dir)) {
    for (const id of journal.reads) if (typeof id === 'string') reads.add(id)
  }
  return reads
}
