/**
 * Adds `partialFingerprints.primaryLocationLineHash` to every result whose
 * primary location is a line in a file of the checkout, as codeql-action does:
 * each file is read once for all its results, in 1 MiB chunks, and only up to
 * the last line anyone asked about. A fingerprint already present is kept.
 */
import { isAscii } from 'node:buffer'
import { closeSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { codeUnits, LineHashScanner } from './linehash.js'
import type { NormalizedRun } from './normalize.js'
import type { SarifResult } from './types.js'
import { repoPathOfUri } from './uris.js'

const CHUNK = 1024 * 1024
let chunkBuffer: Buffer | undefined

export interface FingerprintReport {
  computed: number
  /** Results that already carried a primaryLocationLineHash. */
  existing: number
  /** Results whose primary location is not a line of a checkout file (no region, outside, other scheme). */
  notApplicable: number
  /** Repository files that do not exist (or are not files), with how many results point at each. */
  missingFiles: Map<string, number>
  /** Results whose line is past the end of its file. */
  pastEnd: number
  filesHashed: number
  bytesRead: number
  /** The whole phase: grouping results by file, reading and hashing, assigning. */
  ms: number
  /** Of which reading and hashing the files. */
  hashMs: number
}

/** One file being hashed: the scanner, and the UTF-8 decoder once a non-ASCII byte has been seen. */
class FileHasher {
  private decoder: StringDecoder | undefined
  readonly scanner = new LineHashScanner()

  /** Starts a file of which lines up to `last` are needed. */
  reset(last: number): void {
    this.decoder = undefined
    this.scanner.reset(last)
  }

  /** Feeds one chunk of the file; true once no more input is needed. */
  feed(chunk: Buffer): boolean {
    // Pure ASCII bytes are their own UTF-16 code units; anything else is decoded
    // (as codeql-action's utf8 read stream does) from here to the end of the file.
    if (this.decoder === undefined && isAscii(chunk)) this.scanner.push(chunk)
    else {
      this.decoder ??= new StringDecoder('utf8')
      this.scanner.push(codeUnits(this.decoder.write(chunk)))
    }
    return this.scanner.done
  }

  /** The end of the file: `hex:n` for each of `lines`. */
  finish(lines: ArrayLike<number>): (string | undefined)[] {
    if (!this.scanner.done) {
      const rest = this.decoder?.end()
      if (rest) this.scanner.push(codeUnits(rest))
      this.scanner.finish()
    }
    return this.scanner.fingerprints(lines)
  }
}

let sharedHasher: FileHasher | undefined

function lastLine(lines: ArrayLike<number>): number {
  let last = 0
  for (let k = 0; k < lines.length; k++) if (lines[k] > last) last = lines[k]
  return last
}

/**
 * The fingerprints of `lines` (1-based) in one file, in the same order
 * (undefined past the end); throws if the file cannot be read.
 */
export function fingerprintFileLines(
  file: string,
  lines: ArrayLike<number>,
  stats?: { bytesRead: number }
): (string | undefined)[] {
  const hasher = (sharedHasher ??= new FileHasher())
  hasher.reset(lastLine(lines))
  const buffer = (chunkBuffer ??= Buffer.allocUnsafe(CHUNK))
  const fd = openSync(file, 'r')
  try {
    for (;;) {
      const length = readSync(fd, buffer, 0, CHUNK, null)
      if (length === 0) break
      if (stats) stats.bytesRead += length
      if (hasher.feed(buffer.subarray(0, length))) break
    }
  } finally {
    closeSync(fd)
  }
  return hasher.finish(lines)
}

export function addFingerprints(runs: NormalizedRun[], checkoutDir: string): FingerprintReport {
  const started = performance.now()
  const report: FingerprintReport = {
    computed: 0,
    existing: 0,
    notApplicable: 0,
    missingFiles: new Map(),
    pastEnd: 0,
    filesHashed: 0,
    bytesRead: 0,
    ms: 0,
    hashMs: 0
  }
  // Per file, the results and their lines side by side. URIs repeat: one lookup
  // by URI finds the group (null: not a checkout file), parsing each URI once.
  const groups: FileGroup[] = []
  const byUri = new Map<string, FileGroup | null>()
  const byPath = new Map<string, FileGroup>()
  for (const { run } of runs) {
    for (const result of run.results) {
      if (result.partialFingerprints?.primaryLocationLineHash) {
        report.existing++
        continue
      }
      const physical = result.locations?.[0]?.physicalLocation
      const uri = physical?.artifactLocation?.uri
      const line = physical?.region?.startLine
      let group: FileGroup | null | undefined = null
      if (typeof uri === 'string') {
        group = byUri.get(uri)
        if (group === undefined) {
          const relative = repoPathOfUri(uri)
          group = relative === undefined ? null : byPath.get(relative)
          if (group === undefined) {
            group = { relative: relative as string, results: [], lines: [] }
            byPath.set(group.relative, group)
            groups.push(group)
          }
          byUri.set(uri, group)
        }
      }
      if (group === null || typeof line !== 'number') {
        report.notApplicable++
        continue
      }
      group.results.push(result)
      group.lines.push(line)
    }
  }
  // Synchronous reads on purpose: async ones (libuv's thread pool, a few files
  // read ahead) were measured 40–150% slower here, each file costing three
  // thread-pool round trips against one cheap system call each.
  for (const group of groups) {
    let hashes: (string | undefined)[]
    const hashStarted = performance.now()
    try {
      hashes = fingerprintFileLines(path.join(checkoutDir, group.relative), group.lines, report)
    } catch {
      report.missingFiles.set(group.relative, group.results.length)
      continue
    } finally {
      report.hashMs += performance.now() - hashStarted
    }
    report.filesHashed++
    for (let k = 0; k < group.results.length; k++) {
      const hash = hashes[k]
      if (hash === undefined) {
        report.pastEnd++
        continue
      }
      const result = group.results[k]
      if (result.partialFingerprints) result.partialFingerprints.primaryLocationLineHash = hash
      else result.partialFingerprints = { primaryLocationLineHash: hash }
      report.computed++
    }
  }
  report.ms = performance.now() - started
  return report
}

interface FileGroup {
  relative: string
  results: SarifResult[]
  lines: number[]
}
