/** The binary-fingerprint action's logic: globs in, manifest/checksums files and outputs out. */
import { mkdir, rename, writeFile, readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'
import type { ActionResult, Annotation, Logger } from '../report.js'
import { renderSummary } from './render.js'
import { runFingerprint } from './run.js'

export interface FingerprintActionInputs {
  paths: string[]
  expect?: string
  compareTo?: string
  environmentLock?: string
  failOnViolation: boolean
  workspace: string
  outDir: string
}

/** Checks the current environment against a lock; returns drift lines, or undefined if Go is absent. */
export type LockVerifier = (lockFile: string) => Promise<string[] | undefined>

async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
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
  const matched = await glob(inputs.paths, {
    cwd: inputs.workspace,
    onlyFiles: true,
    absolute: false,
    dot: true,
    expandDirectories: false
  })
  if (matched.length === 0) {
    throw new ConfigurationError(`paths: no files match ${inputs.paths.join(', ')}`, {
      fix: `check the globs; they are relative to the workspace ${inputs.workspace}`
    })
  }
  const files = matched.sort().map(name => ({ file: path.resolve(inputs.workspace, name), name }))
  const { manifest, checksums } = await runFingerprint({
    files,
    expect: inputs.expect,
    compareTo: inputs.compareTo,
    logger
  })
  const annotations: Annotation[] = []
  if (inputs.environmentLock) {
    let lock: unknown
    try {
      lock = JSON.parse(await readFile(inputs.environmentLock, 'utf8'))
    } catch (error) {
      throw new ConfigurationError(
        `environment-lock: cannot read ${inputs.environmentLock}: ${(error as Error).message}`,
        { fix: 'write it with `go-ci-kit env snapshot --out FILE`' }
      )
    }
    ;(manifest as unknown as Record<string, unknown>).environmentLock = lock
    const drift = verifyLock ? await verifyLock(inputs.environmentLock) : undefined
    if (drift === undefined) logger.info('environment-lock recorded; Go not found, so not verified')
    else for (const d of drift) manifest.violations.push(`environment drift: ${d}`)
  }
  for (const b of manifest.binaries) {
    for (const s of b.slices) {
      for (const w of s.warnings) {
        annotations.push({ level: 'notice', title: `reproducibility: ${b.name}`, message: w })
      }
    }
  }
  for (const v of manifest.violations) {
    annotations.push({ level: 'error', title: 'binary-fingerprint', message: v })
  }
  await mkdir(inputs.outDir, { recursive: true })
  const manifestFile = path.join(inputs.outDir, 'manifest.json')
  const checksumsFile = path.join(inputs.outDir, 'checksums.txt')
  await writeAtomic(manifestFile, JSON.stringify(manifest, null, 2) + '\n')
  await writeAtomic(checksumsFile, checksums)
  const fingerprints = manifest.binaries.map(b => ({
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
    reproducible: b.comparison?.reproducible
  }))
  const notReproducible = manifest.reproducible === false
  const failures = [
    ...manifest.violations,
    ...(notReproducible ? ['not reproducible: compare-to found differing builds'] : [])
  ]
  return {
    outputs: {
      'manifest-file': manifestFile,
      'checksums-file': checksumsFile,
      fingerprints: JSON.stringify(fingerprints),
      reproducible: manifest.reproducible === undefined ? '' : String(manifest.reproducible),
      violations: JSON.stringify(manifest.violations)
    },
    annotations,
    summary: renderSummary(manifest),
    failureMessage:
      inputs.failOnViolation && failures.length > 0
        ? `${failures.length} problem(s): ${failures.join('; ')}`
        : undefined
  }
}
