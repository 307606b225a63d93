/**
 * The fingerprint flow, one for the binary-fingerprint action and the
 * `go-ci-kit fingerprint` command: select the binaries, fingerprint each,
 * check the expectations, compare with compare-to, record (and verify) the
 * environment lock, and write the manifest and checksums when asked. The two
 * differ only in how they read options and print the result.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { BuildInfoError } from '../buildinfo/index.js'
import { ConfigurationError } from '../errors.js'
import { writeFileAtomic } from '../io.js'
import { silentLogger, type Logger } from '../report.js'
import {
  checkSbomTarget,
  generateSbom,
  sbomBinariesOf,
  writeSbomDocument,
  type SbomBinary,
  type SbomRequest
} from '../sbom/index.js'
import { baselineFor, resolveBaseline } from './baseline.js'
import { compareFingerprints } from './compare.js'
import { parseLock, type EnvLock } from './envlock.js'
import { checkExpectations, parseExpect } from './expect.js'
import { fingerprintFileWithInfo } from './file.js'
import {
  buildFingerprintManifest,
  formatChecksums,
  type BinaryEntry,
  type FingerprintManifest
} from './manifest.js'
import { shownName } from './render.js'
import type { FileFingerprint } from './types.js'

export type NonGoFiles = 'skip' | 'fail'

/**
 * The binaries: paths as given (the CLI's arguments, names as typed), or globs matched in
 * `cwd` (the action's `paths` input; errors about the files then name that input).
 */
export type BinarySelection = { files: string[] } | { globs: string[]; inputName: string }

/**
 * Checks the current environment against a lock: one line per drifted field, or undefined
 * when there is no Go here to compare with. Injected so the core runs no toolchain itself.
 */
export type LockVerifier = (lockFile: string) => Promise<string[] | undefined>

export interface FingerprintFlowOptions {
  binaries: BinarySelection
  /** Where relative paths and globs are resolved. */
  cwd: string
  expect?: string
  /** Absolute: an earlier binary, a directory of binaries, or a manifest JSON. */
  compareTo?: string
  /** Files that are not Go executables (README, archives, checksums): skip (default) or fail. */
  nonGoFiles?: NonGoFiles
  /** Absolute path of an environment lock to record in the manifest and verify with verifyLock. */
  environmentLock?: string
  verifyLock?: LockVerifier
  /** Absolute paths to write the manifest and the checksums to (parents are created). */
  output?: { manifestFile: string; checksumsFile: string }
  /** An SBOM of the fingerprinted binaries (names as in the manifest), written atomically. */
  sbom?: SbomRequest
  logger?: Logger
}

export interface SkippedFile {
  name: string
  /** Go's words: "not a Go executable" or "unrecognized file format". */
  reason: string
}

export interface FingerprintFlowResult {
  manifest: FingerprintManifest
  checksums: string
  skipped: SkippedFile[]
  /** The SBOM's path when one was asked for (and written). */
  sbomFile?: string
}

/** What fingerprinting the files gives before anything is written. */
interface FingerprintRun extends FingerprintFlowResult {
  sbomBinaries: SbomBinary[]
}

export async function runFingerprintFlow(
  options: FingerprintFlowOptions
): Promise<FingerprintFlowResult> {
  const logger = options.logger ?? silentLogger
  const { binaries, output } = options
  if ('globs' in binaries && binaries.globs.length === 0) {
    throw new ConfigurationError(`Input required and not supplied: ${binaries.inputName}`, {
      fix: `set \`with: ${binaries.inputName}: dist/*\` (newline-separated globs)`
    })
  }
  if (output && output.manifestFile === output.checksumsFile) {
    throw new ConfigurationError(
      `manifest-file and checksums-file are the same file: ${output.manifestFile}`,
      { fix: 'give them different paths' }
    )
  }
  const { sbom } = options
  if (sbom) {
    if (output && (sbom.file === output.manifestFile || sbom.file === output.checksumsFile)) {
      throw new ConfigurationError(
        `${sbom.label.name} is also the ${sbom.file === output.manifestFile ? 'manifest-file' : 'checksums-file'}`,
        { fix: 'give the SBOM a path of its own, e.g. sbom.cdx.json' }
      )
    }
    await checkSbomTarget(sbom.file, sbom.label)
  }
  // Bad inputs fail before any work is done.
  const assertions = options.expect ? parseExpect(options.expect) : []
  const lock = options.environmentLock ? await readLock(options.environmentLock) : undefined
  let run: FingerprintRun
  if ('globs' in binaries) {
    const names = await matchFiles(binaries, options.cwd, output, sbom?.file)
    try {
      run = await fingerprintFiles(names, assertions, options, logger)
    } catch (error) {
      // Name the input the problem came from.
      if (
        error instanceof ConfigurationError &&
        !/^(expect|compare-to|paths): /.test(error.message)
      ) {
        throw new ConfigurationError(`${binaries.inputName}: ${error.message}`, {
          fix: error.fix
        })
      }
      throw error
    }
  } else {
    run = await fingerprintFiles(binaries.files, assertions, options, logger)
  }
  const { manifest, checksums, sbomBinaries, ...rest } = run

  if (options.environmentLock && lock) {
    manifest.environmentLock = lock
    const drift = options.verifyLock ? await options.verifyLock(options.environmentLock) : undefined
    if (drift === undefined) logger.info('environment-lock recorded; no Go here, so not verified')
    else for (const line of drift) manifest.violations.push(`environment drift: ${line}`)
  }

  // Made before anything is written, so a failure leaves no manifest without its SBOM.
  const sbomDocument = sbom
    ? await generateSbom(sbomBinaries, sbom.format, sbom.options)
    : undefined
  if (output) {
    await writeOutput(output.manifestFile, JSON.stringify(manifest, null, 2) + '\n')
    await writeOutput(output.checksumsFile, checksums)
  }
  if (sbom && sbomDocument !== undefined) {
    await writeSbomDocument(sbom.file, sbomDocument, sbom.label)
    logger.info(`SBOM (${sbom.format}, ${sbomBinaries.length} binaries) written to ${sbom.file}`)
  }
  return { manifest, checksums, ...rest, ...(sbom ? { sbomFile: sbom.file } : {}) }
}

/** Fingerprints, checks and compares each file (names relative to cwd, in order). */
async function fingerprintFiles(
  names: string[],
  assertions: ReturnType<typeof parseExpect>,
  options: FingerprintFlowOptions,
  logger: Logger
): Promise<FingerprintRun> {
  const files = names.map(name => ({ file: path.resolve(options.cwd, name), name }))
  const baseline = options.compareTo ? await resolveBaseline(options.compareTo) : undefined
  const binaries: BinaryEntry[] = []
  const skipped: SkippedFile[] = []
  const sbomBinaries: SbomBinary[] = []
  for (const entry of files) {
    let fingerprint: FileFingerprint
    try {
      const read = await fingerprintFileWithInfo(entry.file, entry.name)
      fingerprint = read.fingerprint
      if (options.sbom) {
        sbomBinaries.push(...sbomBinariesOf(fingerprint.name, fingerprint.sha256, read.info))
      }
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
      const other = await baselineFor(baseline, entry, files.length === 1)
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
    const skippedNames = skipped.map(s => s.name)
    throw new ConfigurationError(
      `none of the ${skipped.length} file(s) is a Go binary: ${skippedNames.slice(0, 5).join(', ')}${skippedNames.length > 5 ? ', …' : ''}`,
      { fix: 'point it at the built Go binaries (e.g. dist/*/app*)' }
    )
  }
  const manifest = buildFingerprintManifest(binaries)
  if (skipped.length > 0) manifest.skipped = skipped
  return { manifest, checksums: formatChecksums(binaries), skipped, sbomBinaries }
}

/** A file that is simply not a Go binary, as opposed to a damaged or packed one. */
function isNonGoFile(error: unknown): error is BuildInfoError {
  return (
    error instanceof BuildInfoError && (error.kind === 'not-go' || error.kind === 'unrecognized')
  )
}

async function matchFiles(
  selection: { globs: string[]; inputName: string },
  cwd: string,
  output: FingerprintFlowOptions['output'],
  sbomFile: string | undefined
): Promise<string[]> {
  // Our own outputs never count as inputs, even when a glob such as dist/* covers them.
  const ownOutputs = new Set(output ? [output.manifestFile, output.checksumsFile] : [])
  if (sbomFile !== undefined) ownOutputs.add(sbomFile)
  const matched = (
    await glob(selection.globs, {
      cwd,
      onlyFiles: true,
      absolute: false,
      dot: true,
      expandDirectories: false
    })
  ).filter(name => !ownOutputs.has(path.resolve(cwd, name)))
  if (matched.length === 0) {
    throw new ConfigurationError(
      `${selection.inputName}: no files match ${selection.globs.join(', ')}`,
      { fix: `check the globs; they are relative to the workspace ${cwd}` }
    )
  }
  return matched.sort()
}

async function readLock(file: string): Promise<EnvLock> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `environment-lock: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      { fix: 'write it with `go-ci-kit env snapshot --out FILE` and pass its path' }
    )
  }
  return parseLock(text, file)
}

/** Complete or absent, never half-written (see core/io.ts). */
async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text)
  } catch (error) {
    throw new ConfigurationError(`cannot write ${file}: ${(error as Error).message}`, {
      fix: 'point manifest-file / checksums-file at a writable location'
    })
  }
}
