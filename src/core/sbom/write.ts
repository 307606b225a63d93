/**
 * Writing an SBOM file, shared by `go-ci-kit sbom`, binary-fingerprint's `sbom-file` and the
 * image audit: the reproducible time from SOURCE_DATE_EPOCH, a target that is a directory
 * refused before any work, and an atomic write whose failure names the target and leaves
 * nothing behind.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { writeFileAtomic } from '../io.js'
import { generateSbom, type SbomFormat } from './generate.js'
import type { SbomBinary } from './inventory.js'
import type { SbomOptions } from './options.js'

/**
 * How messages name the file, e.g. `{ prefix: 'sbom: ', name: '--output out.json' }` or
 * `{ prefix: '', name: 'sbom-file /tmp/x.json' }`.
 */
export interface SbomTargetLabel {
  prefix: string
  name: string
}

/**
 * The document options for SOURCE_DATE_EPOCH (`value`): its time and content-derived serial
 * numbers when set, now and random ones when not. `who` prefixes the error ("sbom: ").
 */
export function sbomOptionsFromEpoch(value: string | undefined, who = ''): SbomOptions {
  if (value === undefined || value === '') return {}
  if (!/^\d{1,12}$/.test(value)) {
    throw new ConfigurationError(
      `${who}SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${value}"`,
      { fix: 'e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it' }
    )
  }
  return { timestamp: new Date(Number(value) * 1000), reproducible: true }
}

/** Refuses a target that is a directory, before any work is done. */
export async function checkSbomTarget(
  file: string,
  label: SbomTargetLabel,
  example = 'sbom.cdx.json'
): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) {
    throw new ConfigurationError(`${label.prefix}${label.name} is a directory`, {
      fix: `give a file name, e.g. ${example}`
    })
  }
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent of it is a file',
  EEXIST: 'a parent of it is a file',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device'
}

/** Writes `document` to `file` atomically (parents created); a failure names the target. */
export async function writeSbomDocument(
  file: string,
  document: string,
  label: SbomTargetLabel
): Promise<void> {
  try {
    await writeFileAtomic(file, document)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new ConfigurationError(
      `${label.prefix}cannot write ${label.name}: ${WRITE_ERRORS[code] ?? (error as Error).message}`,
      { fix: 'choose a writable path; nothing was written' }
    )
  }
}

/** The whole job for a caller that has the binaries: generate, then write atomically. */
export async function writeSbomFile(
  binaries: readonly SbomBinary[],
  format: SbomFormat,
  file: string,
  label: SbomTargetLabel,
  options: SbomOptions = {}
): Promise<void> {
  await writeSbomDocument(file, await generateSbom(binaries, format, options), label)
}

/** Where and how to write an SBOM; `label` names the file in messages (`sbom-file …`). */
export interface SbomRequest {
  format: SbomFormat
  /** Absolute. */
  file: string
  label: SbomTargetLabel
  options?: SbomOptions
}

/** The values of an action's `sbom-format` input. */
export const SBOM_FORMAT_CHOICES = ['cyclonedx', 'spdx', 'none'] as const
export type SbomFormatChoice = (typeof SBOM_FORMAT_CHOICES)[number]

/** The default file name for a format, e.g. sbom.cdx.json. */
export function sbomFileName(format: SbomFormat): string {
  return format === 'cyclonedx' ? 'sbom.cdx.json' : 'sbom.spdx.json'
}

/**
 * An action's `sbom-format` and `sbom-file` inputs, read in that order. An empty
 * `sbom-format` is `fallback` ('auto': cyclonedx when `sbom-file` is set, else none). A
 * `sbom-file` with `sbom-format: none` is refused rather than silently ignored. Undefined
 * when no SBOM is asked for.
 */
export function sbomRequestFromInputs(
  inputs: Inputs,
  paths: { workspace: string; defaultDir: string },
  fallback: SbomFormatChoice | 'auto',
  epoch: string | undefined
): SbomRequest | undefined {
  const choice = inputs.optional('sbom-format')
  const format =
    choice === undefined && fallback === 'auto'
      ? undefined
      : inputs.enum('sbom-format', SBOM_FORMAT_CHOICES, fallback === 'auto' ? 'none' : fallback)
  const file = inputs.path('sbom-file', paths.workspace)
  if (format === 'none') {
    if (file !== undefined) {
      throw new ConfigurationError('Input sbom-file is set but sbom-format is none', {
        fix: 'set sbom-format: cyclonedx (or spdx), or drop sbom-file'
      })
    }
    return undefined
  }
  const resolved: SbomFormat | undefined = format ?? (file !== undefined ? 'cyclonedx' : undefined)
  if (resolved === undefined) return undefined
  const target = file ?? path.join(paths.defaultDir, sbomFileName(resolved))
  return {
    format: resolved,
    file: target,
    label: { prefix: '', name: `sbom-file ${target}` },
    options: sbomOptionsFromEpoch(epoch)
  }
}
