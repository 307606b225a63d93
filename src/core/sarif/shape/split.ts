/**
 * Packing runs into uploads GitHub accepts: at most 20 runs and 10 MB gzipped
 * each. Runs are packed in order; a run too big on its own is split into
 * parts, most severe results first, each part with its own category
 * (`<category>/part-N/`) so the parts do not overwrite each other's alerts.
 * Part 1 keeps the run's own category, so the most severe alerts keep their
 * identity.
 */
import { gzipSync } from 'node:zlib'
import { ConfigurationError } from '../../errors.js'
import type { Limits } from './limits.js'
import { severityRanking } from './limits.js'
import { withTrailingSlash, type NormalizedRun } from './normalize.js'
import { SARIF_SCHEMA_URI, SARIF_VERSION, type ReportingDescriptor } from '../types.js'

export interface PreparedUpload {
  /** 1-based, in upload order. */
  index: number
  runs: NormalizedRun[]
  /** The SARIF document, compact JSON. */
  json: string
  gzip: Buffer
  results: number
}

/** Keep a margin under the limit: GitHub measures after its own decoding. */
const BUDGET_SHARE = 0.95

interface Piece {
  run: NormalizedRun
  json: string
  /** Estimated gzip size (fast compression overestimates the final one). */
  size: number
}

export function documentJson(runJsons: string[]): string {
  return `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"${SARIF_VERSION}","runs":[${runJsons.join(',')}]}`
}

export function buildUploads(runs: NormalizedRun[], limits: Limits): PreparedUpload[] {
  const budget = Math.floor(limits.maxGzipBytes * BUDGET_SHARE)
  const pieces = runs.map(run => ({ run, json: JSON.stringify(run.run), size: 0 }))
  const raw = pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece.json), 0)
  // Small enough uncompressed: no need to estimate anything.
  if (raw < budget && pieces.length <= limits.maxRunsPerUpload) {
    return [finish([pieces], limits)[0]]
  }
  const sized: Piece[] = []
  for (const piece of pieces) {
    piece.size = estimate(piece.json)
    if (piece.size <= budget) sized.push(piece)
    else sized.push(...splitRun(piece, budget))
  }
  const groups: Piece[][] = []
  let current: Piece[] = []
  let currentSize = 0
  for (const piece of sized) {
    if (
      current.length > 0 &&
      (current.length >= limits.maxRunsPerUpload || currentSize + piece.size > budget)
    ) {
      groups.push(current)
      current = []
      currentSize = 0
    }
    current.push(piece)
    currentSize += piece.size
  }
  if (current.length > 0) groups.push(current)
  return finish(groups, limits)
}

function finish(groups: Piece[][], limits: Limits): PreparedUpload[] {
  const uploads: PreparedUpload[] = []
  for (const group of groups) {
    const json = documentJson(group.map(piece => piece.json))
    const results = group.reduce((sum, piece) => sum + piece.run.run.results.length, 0)
    const runs = group.map(piece => piece.run)
    // JSON shrinks under gzip: a document already under the limit is compressed only when
    // someone needs the bytes (an upload), not to write a file.
    if (Buffer.byteLength(json) <= limits.maxGzipBytes * BUDGET_SHARE) {
      uploads.push(lazyUpload(runs, json, results))
      continue
    }
    const gzip = gzipSync(json)
    if (gzip.length > limits.maxGzipBytes) {
      // The estimate was wrong (very unusual): halve the group and try again.
      if (group.length > 1) {
        const half = Math.ceil(group.length / 2)
        uploads.push(...finish([group.slice(0, half), group.slice(half)], limits))
        continue
      }
      const smaller = splitRun(group[0], Math.floor(gzip.length / 2))
      uploads.push(
        ...finish(
          smaller.map(piece => [piece]),
          limits
        )
      )
      continue
    }
    uploads.push(lazyUpload(runs, json, results, gzip))
  }
  uploads.forEach((upload, index) => (upload.index = index + 1))
  return uploads
}

function lazyUpload(
  runs: NormalizedRun[],
  json: string,
  results: number,
  compressed?: Buffer
): PreparedUpload {
  let gzip = compressed
  return {
    index: 0,
    runs,
    json,
    results,
    get gzip() {
      return (gzip ??= gzipSync(json))
    }
  }
}

function estimate(json: string): number {
  return gzipSync(json, { level: 1 }).length
}

/** Splits one run into parts under `budget`, the most severe results in part 1. */
function splitRun(piece: Piece, budget: number): Piece[] {
  const results = piece.run.run.results
  if (results.length <= 1) {
    throw new ConfigurationError(
      `${piece.run.tool}: a single SARIF result is ${(piece.size / 1048576).toFixed(1)} MB compressed, more than code scanning accepts in one upload`,
      { fix: 'reduce the size of that result (its code flows or related locations)' }
    )
  }
  const rules = new Map<string, ReportingDescriptor>()
  for (const rule of piece.run.run.tool.driver.rules ?? []) rules.set(rule.id, rule)
  const ordered = severityRanking(results, rules).map(index => results[index])
  const parts = Math.max(2, Math.ceil(piece.size / budget) + 1)
  const perPart = Math.ceil(ordered.length / parts)
  const pieces: Piece[] = []
  for (let part = 0; part * perPart < ordered.length; part++) {
    const slice = ordered.slice(part * perPart, (part + 1) * perPart)
    const id =
      part === 0
        ? piece.run.run.automationDetails?.id
        : `${piece.run.category ? withTrailingSlash(piece.run.category) : ''}part-${part + 1}/`
    const run: NormalizedRun = {
      ...piece.run,
      category: part === 0 ? piece.run.category : (id as string).slice(0, -1),
      run: {
        ...piece.run.run,
        results: slice,
        ...(id === undefined
          ? {}
          : { automationDetails: { ...piece.run.run.automationDetails, id } })
      }
    }
    const json = JSON.stringify(run.run)
    const next = { run, json, size: estimate(json) }
    if (next.size > budget) pieces.push(...splitRun(next, budget))
    else pieces.push(next)
  }
  return pieces
}
