/** The binary-fingerprint action's logic: globs in, manifest/checksums files and outputs out. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'
import { writeFileAtomic } from '../io.js'
import type { ActionResult, Annotation, Logger } from '../report.js'
import { parseLock, type EnvLock } from './envlock.js'
import { parseExpect } from './expect.js'
import type { Manifest } from './manifest.js'
import { renderSummary } from './render.js'
import { runFingerprint, type NonGoFiles } from './run.js'

export interface FingerprintActionInputs {
  paths: string[]
  expect?: string
  compareTo?: string
  environmentLock?: string
  failOnViolation: boolean
  /** Files among `paths` that are not Go binaries: skip them with a notice, or fail. */
  nonGoFiles: NonGoFiles
  workspace: string
  /** Absolute paths the manifest and the checksums are written to (parents are created). */
  manifestFile: string
  checksumsFile: string
}

/**
 * Checks the current environment against a lock: one line per drifted field, or undefined
 * when there is no Go here to compare with. Injected so the core runs no toolchain itself.
 */
export type LockVerifier = (lockFile: string) => Promise<string[] | undefined>

/** Complete or absent, never half-written (see core/io.ts). */
async function writeAtomic(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text)
  } catch (error) {
    throw new ConfigurationError(`cannot write ${file}: ${(error as Error).message}`, {
      fix: 'point manifest-file / checksums-file at a writable location'
    })
  }
}

async function matchFiles(inputs: FingerprintActionInputs): Promise<string[]> {
  // Our own outputs never count as inputs, even when a glob such as dist/* covers them.
  const ownOutputs = new Set([inputs.manifestFile, inputs.checksumsFile])
  const matched = (
    await glob(inputs.paths, {
      cwd: inputs.workspace,
      onlyFiles: true,
      absolute: false,
      dot: true,
      expandDirectories: false
    })
  ).filter(name => !ownOutputs.has(path.resolve(inputs.workspace, name)))
  if (matched.length === 0) {
    throw new ConfigurationError(`paths: no files match ${inputs.paths.join(', ')}`, {
      fix: `check the globs; they are relative to the workspace ${inputs.workspace}`
    })
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

/** The `fingerprints` output: per binary, the fields a workflow branches on. */
function fingerprintsOutput(manifest: Manifest): string {
  return JSON.stringify(
    manifest.binaries.map(b => ({
      name: b.name,
      sha256: b.sha256,
      size: b.size,
      slices: b.slices.map(s => ({
        ...(s.fatArch ? { fatArch: s.fatArch } : {}),
        ...s.dimensions,
        buildFingerprint: s.buildFingerprint,
        warnings: s.warnings
      })),
      violations: b.violations,
      ...(b.comparison ? { reproducible: b.comparison.reproducible } : {})
    }))
  )
}

export async function runFingerprintAction(
  inputs: FingerprintActionInputs,
  logger: Logger,
  verifyLock?: LockVerifier
): Promise<ActionResult> {
  if (inputs.paths.length === 0) {
    throw new ConfigurationError('Input required and not supplied: paths', {
      fix: 'set `with: paths: dist/*` (newline-separated globs)'
    })
  }
  if (inputs.manifestFile === inputs.checksumsFile) {
    throw new ConfigurationError(
      `manifest-file and checksums-file are the same file: ${inputs.manifestFile}`,
      { fix: 'give them different paths' }
    )
  }
  // Bad inputs fail before any work is done.
  if (inputs.expect) parseExpect(inputs.expect)
  const lock = inputs.environmentLock ? await readLock(inputs.environmentLock) : undefined
  const names = await matchFiles(inputs)
  let run
  try {
    run = await runFingerprint({
      files: names.map(name => ({ file: path.resolve(inputs.workspace, name), name })),
      expect: inputs.expect,
      compareTo: inputs.compareTo,
      nonGoFiles: inputs.nonGoFiles,
      logger
    })
  } catch (error) {
    // Name the input the problem came from.
    if (
      error instanceof ConfigurationError &&
      !/^(expect|compare-to|paths): /.test(error.message)
    ) {
      throw new ConfigurationError(`paths: ${error.message}`, { fix: error.fix })
    }
    throw error
  }
  const { manifest, checksums, skipped } = run

  if (inputs.environmentLock && lock) {
    manifest.environmentLock = lock
    const drift = verifyLock ? await verifyLock(inputs.environmentLock) : undefined
    if (drift === undefined) logger.info('environment-lock recorded; no Go here, so not verified')
    else for (const line of drift) manifest.violations.push(`environment drift: ${line}`)
  }

  const annotations: Annotation[] = []
  if (skipped.length > 0) {
    annotations.push({
      level: 'notice',
      title: 'binary-fingerprint: skipped non-Go files',
      message: skipped.map(s => `${s.name}: ${s.reason}`).join('\n')
    })
  }
  for (const b of manifest.binaries) {
    const warnings = [...new Set(b.slices.flatMap(s => s.warnings))]
    if (warnings.length > 0) {
      annotations.push({
        level: 'notice',
        title: `reproducibility: ${b.name}`,
        message: warnings.join('\n')
      })
    }
  }
  for (const v of manifest.violations) {
    annotations.push({ level: 'error', title: 'binary-fingerprint', message: v })
  }

  await writeAtomic(inputs.manifestFile, JSON.stringify(manifest, null, 2) + '\n')
  await writeAtomic(inputs.checksumsFile, checksums)
  const violations = manifest.violations
  return {
    outputs: {
      'manifest-file': inputs.manifestFile,
      'checksums-file': inputs.checksumsFile,
      fingerprints: fingerprintsOutput(manifest),
      reproducible: manifest.reproducible === undefined ? '' : String(manifest.reproducible),
      violations: JSON.stringify(violations),
      'skipped-count': skipped.length
    },
    annotations,
    summary: renderSummary(manifest),
    failureMessage:
      inputs.failOnViolation && violations.length > 0
        ? `${violations.length} violation(s): ${violations.join('; ')}`
        : undefined
  }
}
