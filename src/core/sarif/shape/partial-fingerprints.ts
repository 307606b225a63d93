/**
 * Adds `partialFingerprints.primaryLocationLineHash` to every result whose
 * primary location is a line in a file of the checkout, as codeql-action does:
 * each file is read once for all its results, in 1 MiB chunks, and only up to
 * the last line anyone asked about. A fingerprint already present is kept.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import { INPUT_BYTES, LineHashScanner } from './linehash.js'
import type { NormalizedRun } from './normalize.js'
import { repoPathOfUri } from './uris.js'

export interface PartialFingerprintReport {
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

let sharedScanner: LineHashScanner | undefined

function lastLine(lines: ArrayLike<number>): number {
  let last = 0
  for (let k = 0; k < lines.length; k++) if (lines[k] > last) last = lines[k]
  return last
}

/**
 * The fingerprints of `lines` (1-based) in one file, in the same order
 * (undefined past the end); throws if the file cannot be read. The file is read
 * straight into the scanner's memory, and only up to the last line asked about.
 */
export function primaryLocationLineHashes(
  file: string,
  lines: ArrayLike<number>,
  stats?: { bytesRead: number }
): (string | undefined)[] {
  const scanner = (sharedScanner ??= new LineHashScanner())
  scanner.reset(lastLine(lines))
  const fd = openSync(file, 'r')
  try {
    for (;;) {
      const length = readSync(fd, scanner.input(), 0, INPUT_BYTES, null)
      if (length === 0) break
      if (stats) stats.bytesRead += length
      // A short read of a regular file is its end: no second read to learn that.
      if (scanner.pushBytes(length) || length < INPUT_BYTES) break
    }
  } finally {
    closeSync(fd)
  }
  scanner.finish()
  return scanner.lineHashes(lines)
}

export function addPartialFingerprints(
  runs: NormalizedRun[],
  checkoutDir: string
): PartialFingerprintReport {
  const started = performance.now()
  const report: PartialFingerprintReport = {
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
  // Per file, the results (by their position across all runs) and their lines side
  // by side. URIs repeat: one lookup by URI finds the group (null: not a checkout
  // file), parsing each URI once.
  const groups: FileGroup[] = []
  const byUri = new Map<string, FileGroup | null>()
  const byPath = new Map<string, FileGroup>()
  let position = 0
  for (const { run } of runs) {
    for (const result of run.results) {
      const at = position++
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
            group = { relative: relative as string, positions: [], lines: [] }
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
      group.positions.push(at)
      group.lines.push(line)
    }
  }
  // Synchronous reads on purpose: async ones (libuv's thread pool, a few files
  // read ahead) were measured 40–150% slower here, each file costing three
  // thread-pool round trips against one cheap system call each.
  const hashes = new Array<string | typeof PAST_END | undefined>(position)
  for (const group of groups) {
    let texts: (string | undefined)[]
    const hashStarted = performance.now()
    try {
      texts = primaryLocationLineHashes(path.join(checkoutDir, group.relative), group.lines, report)
    } catch {
      report.missingFiles.set(group.relative, group.positions.length)
      continue
    } finally {
      report.hashMs += performance.now() - hashStarted
    }
    report.filesHashed++
    for (let k = 0; k < texts.length; k++) hashes[group.positions[k]] = texts[k] ?? PAST_END
  }
  // Assigned in result order rather than file by file: the results lie in memory in
  // that order, so this walks it instead of jumping around a large heap.
  position = 0
  for (const { run } of runs) {
    for (const result of run.results) {
      const hash = hashes[position++]
      if (hash === undefined) continue
      if (hash === PAST_END) {
        report.pastEnd++
        continue
      }
      if (result.partialFingerprints) result.partialFingerprints.primaryLocationLineHash = hash
      else result.partialFingerprints = { primaryLocationLineHash: hash }
      report.computed++
    }
  }
  report.ms = performance.now() - started
  return report
}

/** A result whose line is past the end of its file. */
const PAST_END = Symbol('past end')

interface FileGroup {
  relative: string
  /** Each result's position in the runs' results, taken in order. */
  positions: number[]
  lines: number[]
}
