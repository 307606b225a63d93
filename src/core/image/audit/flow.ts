/**
 * The image audit, one flow for the image-audit action and `go-ci-kit image`: open each image,
 * audit each platform in one streaming pass, point layers and findings at the Dockerfile lines
 * that made them, run the checks, cluster across images, and write an SBOM of every Go binary
 * found. The two callers differ only in how they read options and print the result.
 *
 * Fail closed: an image that cannot be read (missing, damaged, not an image, an index with no
 * platform this reader can audit) is a ConfigurationError, never a pass.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { silentLogger, type Logger } from '../../report.js'
import {
  checkSbomTarget,
  generateSbom,
  writeSbomDocument,
  type SbomBinary,
  type SbomRequest
} from '../../sbom/index.js'
import { platformLabel, type OpenedImage, type ReadLimits } from '../image.js'
import { openImageSource, type RegistryOptions } from '../registry.js'
import { auditPlatformImage } from './analyze.js'
import { checkExpect, checkPlatforms, checkWasteThresholds } from './checks.js'
import { clusterImages } from './cluster.js'
import { dockerfileLinesFor, parseDockerfile, type ParsedDockerfile } from './dockerfile.js'
import type { AuditSettings, ImageSource } from './settings.js'
import type {
  ClusterReport,
  GoBinaryFacts,
  ImageAudit,
  PlatformAudit,
  Violation,
  WasteThresholds
} from './types.js'

export interface AuditFlowOptions {
  settings: AuditSettings
  /** Where relative names are shown from (the workspace): the Dockerfile's annotation path. */
  cwd: string
  sbom?: SbomRequest
  /** Credentials and transport for images given as registry references. */
  registry?: RegistryOptions
  limits?: Partial<ReadLimits>
  logger?: Logger
}

/** A violation with the fail-on verdict. */
export interface AuditViolation extends Violation {
  fails: boolean
}

/** One Go binary as the go-binaries output lists it: where it is, and its facts. */
export interface GoBinaryRow extends Omit<GoBinaryFacts, 'buildInfo'> {
  image: string
  platform: string
}

export interface AuditFlowResult {
  images: ImageAudit[]
  violations: AuditViolation[]
  /** Sum over every image and platform. */
  wastedBytes: number
  /** The lowest across platforms (1 when there is none). */
  efficiency: number
  goBinaries: GoBinaryRow[]
  /** Written when asked for and a Go binary was found. */
  sbomFile?: string
  /** When several images were given. */
  clusters?: ClusterReport
  /** The Dockerfile the lines refer to, relative to cwd with `/` (an annotation's file). */
  dockerfile?: string
  thresholds: WasteThresholds
  /** Whether a violation that fail-on names was found. */
  failed: boolean
}

/**
 * REGISTRY: THE one place an image source is opened. openImageSource decides: an existing
 * path (layout directory or archive) is read from disk, a reference (registry/repo:tag or
 * @digest, docker://…) from its registry; both give the same OpenedImage.
 */
async function openSource(source: ImageSource, options: AuditFlowOptions): Promise<OpenedImage> {
  return await openImageSource(source.label, { cwd: options.cwd, registry: options.registry })
}

async function readDockerfile(file: string, shown: string): Promise<ParsedDockerfile> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `cannot read the Dockerfile ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { fix: 'check the path and its permissions' }
    )
  }
  return parseDockerfile(text, shown)
}

/** Layers and findings get the Dockerfile line of the history entry that made their layer. */
function pointAtDockerfile(
  audit: PlatformAudit,
  createdBy: readonly (string | undefined)[],
  dockerfile: ParsedDockerfile
): void {
  const lines = dockerfileLinesFor(createdBy, dockerfile)
  for (const layer of audit.layers) {
    const line = lines[layer.index]
    if (line !== undefined) layer.dockerfileLine = line
  }
  for (const finding of audit.findings) {
    const line = lines[finding.layer]
    if (line !== undefined) finding.dockerfileLine = line
  }
}

function hasThreshold(thresholds: WasteThresholds): boolean {
  return (
    thresholds.lowestEfficiency !== undefined ||
    thresholds.highestWastedBytes !== undefined ||
    thresholds.highestWastedPercent !== undefined
  )
}

/**
 * The checks of one image, with the fail-on verdict. checkPlatforms always runs (each
 * platform's binaries must target it; expect-platforms adds missing-platform), checkExpect
 * only with assertions, checkWasteThresholds only with a threshold. The checks put each
 * violation about a file on the Dockerfile line of its layer (the layers are mapped first).
 */
export function auditViolations(
  audit: ImageAudit,
  settings: Pick<AuditSettings, 'expectPlatforms' | 'assertions' | 'thresholds' | 'failOn'>
): AuditViolation[] {
  const found = [
    ...checkPlatforms(audit, settings.expectPlatforms),
    ...(settings.assertions.length > 0 ? checkExpect(audit, settings.assertions) : []),
    ...(hasThreshold(settings.thresholds) ? checkWasteThresholds(audit, settings.thresholds) : [])
  ]
  // expect-platforms and expect both notice a platform without a Go binary: report it once.
  const noBinary = new Set<string | undefined>()
  const violations: AuditViolation[] = []
  for (const violation of found) {
    if (violation.kind === 'no-go-binary') {
      if (noBinary.has(violation.platform)) continue
      noBinary.add(violation.platform)
    }
    violations.push({ ...violation, fails: settings.failOn.has(violation.kind) })
  }
  return violations
}

export async function runImageAudit(options: AuditFlowOptions): Promise<AuditFlowResult> {
  const { settings, sbom } = options
  const logger = options.logger ?? silentLogger
  // Every input problem is found before the first image is read.
  const shownDockerfile =
    settings.dockerfile === undefined
      ? undefined
      : path.relative(options.cwd, settings.dockerfile).split(path.sep).join('/') ||
        settings.dockerfile
  const dockerfile =
    settings.dockerfile === undefined || shownDockerfile === undefined
      ? undefined
      : await readDockerfile(settings.dockerfile, shownDockerfile)
  if (dockerfile && settings.dockerfileFound) {
    logger.info(
      `Findings point at the lines of ${shownDockerfile} (found in the working directory)`
    )
  }
  if (sbom) await checkSbomTarget(sbom.file, sbom.label)

  const images: ImageAudit[] = []
  const violations: AuditViolation[] = []
  for (const source of settings.images) {
    const opened = await openSource(source, options)
    if (opened.images.length === 0) {
      throw new ConfigurationError(`${source.label}: no platform image to audit`, {
        fix: `its index lists only manifests this reader skips (${opened.skipped.map(s => s.reason).join('; ') || 'none'}); export the image with its platforms`
      })
    }
    const platforms: PlatformAudit[] = []
    for (const image of opened.images) {
      logger.info(
        `${source.label} ${platformLabel(image.platform)}: reading ${image.layers.length} layer(s)`
      )
      const audit = await auditPlatformImage(opened, image, { limits: options.limits })
      if (dockerfile)
        pointAtDockerfile(
          audit,
          image.layers.map(layer => layer.createdBy),
          dockerfile
        )
      platforms.push(audit)
    }
    const audit: ImageAudit = {
      source: source.label,
      format: opened.format,
      isIndex: opened.isIndex,
      platforms,
      skipped: opened.skipped
    }
    images.push(audit)
    violations.push(...auditViolations(audit, settings))
  }

  const allPlatforms = images.flatMap(image => image.platforms)
  const goBinaries: GoBinaryRow[] = images.flatMap(image =>
    image.platforms.flatMap(p =>
      p.goBinaries.map(({ buildInfo: _buildInfo, ...facts }) => ({
        image: image.source,
        platform: platformLabel(p.platform),
        ...facts
      }))
    )
  )
  const result: AuditFlowResult = {
    images,
    violations,
    wastedBytes: allPlatforms.reduce((sum, p) => sum + p.wastedBytes, 0),
    efficiency: allPlatforms.reduce((lowest, p) => Math.min(lowest, p.efficiency), 1),
    goBinaries,
    ...(images.length > 1 ? { clusters: clusterImages(images) } : {}),
    ...(shownDockerfile !== undefined && dockerfile ? { dockerfile: shownDockerfile } : {}),
    thresholds: settings.thresholds,
    failed: violations.some(v => v.fails)
  }

  if (sbom) {
    const binaries: SbomBinary[] = images.flatMap(image =>
      image.platforms.flatMap(p =>
        p.goBinaries.map(binary => ({
          path: `${image.source}@${platformLabel(p.platform)}:${binary.path}`,
          sha256: binary.sha256,
          buildInfo: binary.buildInfo
        }))
      )
    )
    if (binaries.length === 0) {
      logger.info('No Go binary in the image(s): no SBOM written')
    } else {
      await writeSbomDocument(
        sbom.file,
        await generateSbom(binaries, sbom.format, sbom.options),
        sbom.label
      )
      logger.info(`SBOM (${sbom.format}, ${binaries.length} Go binaries) written to ${sbom.file}`)
      result.sbomFile = sbom.file
    }
  }
  return result
}
