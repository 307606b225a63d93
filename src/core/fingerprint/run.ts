/** One fingerprint run over many files, shared by the CLI and the action. */
import { open, readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { BuildInfoError } from '../buildinfo/index.js'
import { ConfigurationError } from '../errors.js'
import { silentLogger, type Logger } from '../report.js'
import { compareFingerprints } from './compare.js'
import { checkExpectations, parseExpect } from './expect.js'
import { fingerprintFile } from './index.js'
import {
  buildManifest,
  formatChecksums,
  parseManifest,
  type BinaryEntry,
  type Manifest
} from './manifest.js'
import type { FileFingerprint } from './types.js'

export type NonGoFiles = 'skip' | 'fail'

export interface RunOptions {
  /** Absolute path and the name to report (relative to the workspace). */
  files: { file: string; name: string }[]
  expect?: string
  compareTo?: string
  logger?: Logger
  /** Files that are not Go executables (README, archives, checksums): skip (default) or fail. */
  nonGoFiles?: NonGoFiles
}

export interface SkippedFile {
  name: string
  /** Go's words: "not a Go executable" or "unrecognized file format". */
  reason: string
}

export interface RunResult {
  manifest: Manifest
  checksums: string
  skipped: SkippedFile[]
}

/**
 * A file name as a log line shows it: JSON-quoted when it holds a control character, so a
 * name with a newline can neither break the line nor start a workflow command.
 */
export function shownName(name: string): string {
  const hasControl = [...name].some(ch => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
  return hasControl ? JSON.stringify(name) : name
}

/** A file that is simply not a Go binary, as opposed to a damaged or packed one. */
function isNonGoFile(error: unknown): error is BuildInfoError {
  return (
    error instanceof BuildInfoError && (error.kind === 'not-go' || error.kind === 'unrecognized')
  )
}

type Baseline =
  | { kind: 'binary'; file: string }
  | { kind: 'directory'; dir: string }
  | { kind: 'manifest'; manifest: Manifest; file: string }

async function resolveBaseline(target: string): Promise<Baseline> {
  let info
  try {
    info = await stat(target)
  } catch {
    throw new ConfigurationError(`compare-to: ${target} does not exist`, {
      fix: 'pass an earlier binary, a directory of binaries, or a manifest JSON'
    })
  }
  if (info.isDirectory()) return { kind: 'directory', dir: target }
  if ((await firstByte(target)) === '{')
    return {
      kind: 'manifest',
      manifest: parseManifest(await readFile(target, 'utf8'), target),
      file: target
    }
  return { kind: 'binary', file: target }
}

/** The first byte of a file, without reading the rest (compare-to may be a large binary). */
async function firstByte(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, 0)
    return buffer.subarray(0, bytesRead).toString('latin1')
  } finally {
    await handle.close()
  }
}

async function baselineFor(
  baseline: Baseline,
  entry: { file: string; name: string },
  onlyFile: boolean
): Promise<{ fingerprint: FileFingerprint; file?: string; label: string } | undefined> {
  if (baseline.kind === 'manifest') {
    const found =
      baseline.manifest.binaries.find(b => b.name === entry.name) ??
      baseline.manifest.binaries.find(
        b => path.posix.basename(b.name) === path.basename(entry.file)
      ) ??
      (onlyFile && baseline.manifest.binaries.length === 1
        ? baseline.manifest.binaries[0]
        : undefined)
    return found && { fingerprint: found, label: `${baseline.file}#${found.name}` }
  }
  let file = baseline.kind === 'binary' ? baseline.file : path.join(baseline.dir, entry.name)
  if (baseline.kind === 'directory') {
    const names = await readdir(baseline.dir)
    if (!names.includes(path.basename(entry.file)) && !(await exists(file))) return undefined
    if (!(await exists(file))) file = path.join(baseline.dir, path.basename(entry.file))
  }
  return { fingerprint: await fingerprintFile(file), file, label: file }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

export async function runFingerprint(options: RunOptions): Promise<RunResult> {
  const logger = options.logger ?? silentLogger
  const assertions = options.expect ? parseExpect(options.expect) : []
  const baseline = options.compareTo ? await resolveBaseline(options.compareTo) : undefined
  const binaries: BinaryEntry[] = []
  const skipped: SkippedFile[] = []
  for (const entry of options.files) {
    let fingerprint: FileFingerprint
    try {
      fingerprint = await fingerprintFile(entry.file, entry.name)
    } catch (error) {
      if (!isNonGoFile(error)) throw error
      if (options.nonGoFiles === 'fail') {
        throw new ConfigurationError(error.message, {
          fix: 'list only Go binaries, or skip other files (non-go-files: skip, --non-go-files skip)'
        })
      }
      logger.info(`${shownName(entry.name)}: skipped, ${error.goMessage}`)
      skipped.push({ name: entry.name, reason: error.goMessage })
      continue
    }
    const violations = fingerprint.slices.flatMap(slice =>
      checkExpectations(slice, assertions).map(v => (slice.fatArch ? `${slice.fatArch}: ${v}` : v))
    )
    const result: BinaryEntry = { ...fingerprint, violations }
    if (baseline) {
      const other = await baselineFor(baseline, entry, options.files.length === 1)
      if (!other) {
        result.violations.push(
          `compare-to: no counterpart for ${entry.name} in ${options.compareTo}`
        )
      } else {
        const comparison = await compareFingerprints(fingerprint, other.fingerprint, other.label, {
          oursFile: entry.file,
          theirsFile: other.file
        })
        result.comparison = comparison
        if (!comparison.reproducible) {
          result.violations.push(
            `not reproducible: differs from ${other.label} (${comparison.classification})`
          )
        }
      }
    }
    logger.info(`${shownName(entry.name)}: sha256 ${fingerprint.sha256}`)
    binaries.push(result)
  }
  if (binaries.length === 0 && skipped.length > 0) {
    const names = skipped.map(s => s.name)
    throw new ConfigurationError(
      `none of the ${skipped.length} file(s) is a Go binary: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`,
      { fix: 'point it at the built Go binaries (e.g. dist/*/app*)' }
    )
  }
  const manifest = buildManifest(binaries)
  if (skipped.length > 0) manifest.skipped = skipped
  return { manifest, checksums: formatChecksums(binaries), skipped }
}
