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
let sharedScanner: LineHashScanner | undefined

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

/**
 * The fingerprints of `lines` (1-based) in one file, in the same order
 * (undefined past the end); throws if the file cannot be read.
 */
export function fingerprintFileLines(
  file: string,
  lines: ArrayLike<number>,
  stats?: { bytesRead: number }
): (string | undefined)[] {
  let last = 0
  for (let k = 0; k < lines.length; k++) if (lines[k] > last) last = lines[k]
  const scanner = (sharedScanner ??= new LineHashScanner()).reset(last)
  const buffer = (chunkBuffer ??= Buffer.allocUnsafe(CHUNK))
  let decoder: StringDecoder | undefined
  const fd = openSync(file, 'r')
  try {
    for (;;) {
      const length = readSync(fd, buffer, 0, CHUNK, null)
      if (length === 0) break
      if (stats) stats.bytesRead += length
      const chunk = buffer.subarray(0, length)
      // Pure ASCII bytes are their own UTF-16 code units; anything else is decoded
      // (as codeql-action's utf8 read stream does) from here to the end of the file.
      if (decoder === undefined && isAscii(chunk)) scanner.push(chunk)
      else {
        decoder ??= new StringDecoder('utf8')
        scanner.push(codeUnits(decoder.write(chunk)))
      }
      if (scanner.done) break
    }
    if (!scanner.done) {
      const rest = decoder?.end()
      if (rest) scanner.push(codeUnits(rest))
      scanner.finish()
    }
  } finally {
    closeSync(fd)
  }
  return scanner.fingerprints(lines)
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
  // Per file, the results and their lines side by side; URIs repeat, so each is parsed once.
  const byFile = new Map<string, { results: SarifResult[]; lines: number[] }>()
  const paths = new Map<string, string | undefined>()
  for (const { run } of runs) {
    for (const result of run.results) {
      if (result.partialFingerprints?.primaryLocationLineHash) {
        report.existing++
        continue
      }
      const physical = result.locations?.[0]?.physicalLocation
      const uri = physical?.artifactLocation?.uri
      const line = physical?.region?.startLine
      let relative: string | undefined
      if (typeof uri === 'string') {
        relative = paths.get(uri)
        if (relative === undefined && !paths.has(uri)) {
          relative = repoPathOfUri(uri)
          paths.set(uri, relative)
        }
      }
      if (relative === undefined || typeof line !== 'number') {
        report.notApplicable++
        continue
      }
      let group = byFile.get(relative)
      if (!group) byFile.set(relative, (group = { results: [], lines: [] }))
      group.results.push(result)
      group.lines.push(line)
    }
  }
  for (const [relative, group] of byFile) {
    let hashes: (string | undefined)[]
    const hashStarted = performance.now()
    try {
      hashes = fingerprintFileLines(path.join(checkoutDir, relative), group.lines, report)
    } catch {
      report.missingFiles.set(relative, group.results.length)
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
