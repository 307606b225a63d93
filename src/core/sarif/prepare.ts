/**
 * The read and shape steps of the SARIF flow, from file patterns to uploads
 * GitHub will accept: read/ (read → validate), then shape/ (normalize → merge →
 * limits → partial fingerprints → split), then a check of what will be sent.
 * Pure apart from reading files; no network. The action, the CLI and the bench
 * all go through `prepareSarif` (see flow.ts).
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'
import {
  addPartialFingerprints,
  type PartialFingerprintReport
} from './shape/partial-fingerprints.js'
import { applyLimits, describeCut, GITHUB_LIMITS, type Cut, type Limits } from './shape/limits.js'
import { mergeRuns, type MergeNote } from './shape/merge.js'
import {
  emptyNotes,
  normalizeSource,
  type NormalizedRun,
  type NormalizeNotes
} from './shape/normalize.js'
import { FileLookup } from './shape/paths.js'
import { readSarifFile, resolveSarifPaths } from './read/files.js'
import { sarifValidators } from './read/schema.js'
import { emptyTally, mergeTally, type Tally } from './tally.js'
import { buildUploads, type PreparedUpload } from './shape/split.js'
import type { SarifSource } from './types.js'

export interface PrepareOptions {
  /** Files, directories or globs. */
  inputs: string[]
  /** Where relative inputs are resolved and paths are shown from. */
  cwd: string
  /** The repository root the analysis ran on; URIs become relative to it. */
  checkoutDir: string
  /** Category for runs without automationDetails.id. */
  category?: string
  /** Known uriBaseId directories (GOROOT, GOMODCACHE). */
  baseDirs?: Record<string, string>
  limits?: Partial<Limits>
  streamThresholdBytes?: number
  maxRetainedBytes?: number
  logger: Logger
}

export interface SourceSummary {
  file: string
  bytes: number
  runs: number
  results: number
}

export interface PreparedSarif {
  sources: SourceSummary[]
  /** Merged runs after limits, fingerprinted. */
  runs: NormalizedRun[]
  uploads: PreparedUpload[]
  /** Unsuppressed results before limits, by level, tool and rule. */
  tally: Tally
  cuts: Cut[]
  merged: MergeNote[]
  notes: NormalizeNotes
  partialFingerprints: PartialFingerprintReport
  /** Everything worth a warning, already logged. */
  warnings: string[]
  timings: Record<
    'read' | 'normalize' | 'limits' | 'fingerprint' | 'split' | 'check' | 'total',
    number
  >
}

export async function prepareSarif(options: PrepareOptions): Promise<PreparedSarif> {
  const limits: Limits = { ...GITHUB_LIMITS, ...options.limits }
  const logger = options.logger
  const checkoutDir = path.resolve(options.cwd, options.checkoutDir)
  if (!statSync(checkoutDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`checkout directory ${options.checkoutDir} does not exist`, {
      fix: 'point checkout-path (--checkout) at the repository the analysis ran on'
    })
  }
  const clock = timer()

  const files = await resolveSarifPaths(options.inputs, options.cwd)
  const sources: { source: SarifSource; absolute: string }[] = files.map(file => ({
    absolute: file,
    source: readSarifFile(file, {
      cwd: options.cwd,
      logger,
      maxResultsPerRun: limits.maxResultsPerRun,
      streamThresholdBytes: options.streamThresholdBytes,
      maxRetainedBytes: options.maxRetainedBytes
    })
  }))
  const readMs = clock()
  // The streaming reader already left the least severe results out: that is a cut too.
  const streamCuts: Cut[] = sources.flatMap(({ source }) =>
    source.droppedTallies
      ? source.log.runs.flatMap((run, index) => {
          const removed = source.resultCounts[index] - run.results.length
          return removed > 0
            ? [
                {
                  what: 'least severe results',
                  where: `${run.tool?.driver?.name ?? 'run'} in ${source.file}`,
                  limit: limits.maxResultsPerRun,
                  removed
                }
              ]
            : []
        })
      : []
  )

  const markers = await glob(['**/go.mod', '**/.golangci.{yml,yaml,toml,json}'], {
    cwd: checkoutDir,
    absolute: true,
    onlyFiles: true,
    dot: true,
    ignore: ['**/node_modules/**', '**/vendor/**', '**/.git/**', '**/testdata/**']
  })
  const dirsOf = (name: RegExp) =>
    markers
      .filter(file => name.test(path.basename(file)))
      .map(file => path.dirname(path.normalize(file)))
      .sort()
  const moduleDirs = dirsOf(/^go\.mod$/)
  const configDirs = dirsOf(/^\.golangci\./)
  const notes = emptyNotes()
  const lookup = new FileLookup()
  const normalized = sources.flatMap(({ source, absolute }) =>
    normalizeSource(
      source,
      absolute,
      {
        checkoutDir,
        moduleDirs,
        configDirs,
        baseDirs: options.baseDirs ?? {},
        category: options.category,
        lookup
      },
      notes
    )
  )
  const { runs, merged } = mergeRuns(normalized)
  const tally = emptyTally()
  for (const run of runs) mergeTally(tally, run.tally)
  const normalizeMs = clock()

  const cuts = [...streamCuts, ...runs.flatMap(run => applyLimits(run, limits))]
  const limitsMs = clock()
  const partialFingerprints = addPartialFingerprints(runs, checkoutDir)
  const fingerprintMs = clock()
  const uploads = buildUploads(runs, limits)
  const splitMs = clock()
  checkUploads(uploads)
  const checkMs = clock()

  const warnings = report(logger, {
    notes,
    partialFingerprints,
    cuts,
    merged,
    uploads,
    runs
  })
  const timings = {
    read: readMs,
    normalize: normalizeMs,
    limits: limitsMs,
    fingerprint: fingerprintMs,
    split: splitMs,
    check: checkMs,
    total: readMs + normalizeMs + limitsMs + fingerprintMs + splitMs + checkMs
  }
  return {
    sources: sources.map(({ source }) => ({
      file: source.file,
      bytes: source.bytes,
      runs: source.log.runs.length,
      results: source.resultCounts.reduce((sum, count) => sum + count, 0)
    })),
    runs,
    uploads,
    tally,
    cuts,
    merged,
    notes,
    partialFingerprints,
    warnings,
    timings
  }
}

function timer(): () => number {
  let last = performance.now()
  return () => {
    const now = performance.now()
    const elapsed = now - last
    last = now
    return Math.round(elapsed)
  }
}

/** What we send must pass the upload schema; anything else is our bug, not the user's. */
function checkUploads(uploads: PreparedUpload[]): void {
  const validators = sarifValidators('upload')
  for (const upload of uploads) {
    const problems = validators
      .log({ version: '2.1.0', runs: upload.runs.map(run => run.run) })
      .filter(problem => problem.severity === 'error')
    if (problems.length > 0) {
      throw new Error(
        `normalized SARIF (upload ${upload.index}) does not pass the upload schema: ${problems
          .slice(0, 5)
          .map(p => `${p.pointer}: ${p.message}`)
          .join('; ')}`
      )
    }
  }
}

function examples(map: Map<string, number>, count = 3): string {
  const keys = [...map.keys()]
  const shown = keys.slice(0, count).join(', ')
  return keys.length > count ? `${shown}, …` : shown
}

function total(map: Map<string, number>): number {
  let sum = 0
  for (const value of map.values()) sum += value
  return sum
}

function report(
  logger: Logger,
  facts: {
    notes: NormalizeNotes
    partialFingerprints: PartialFingerprintReport
    cuts: Cut[]
    merged: MergeNote[]
    uploads: PreparedUpload[]
    runs: NormalizedRun[]
  }
): string[] {
  const { notes, partialFingerprints, cuts, merged, uploads } = facts
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    logger.warning(message)
  }
  if (notes.outside.size > 0)
    warn(
      `${total(notes.outside)} location(s) point outside the repository (${examples(notes.outside)}); kept as absolute file URIs, which code scanning cannot link to repository files`
    )
  if (notes.unresolvedBases.size > 0)
    warn(
      `${total(notes.unresolvedBases)} location(s) are relative to an undefined base (${examples(notes.unresolvedBases)}); their paths were moved into the location message (set GOROOT/GOMODCACHE to resolve Go's)`
    )
  if (notes.emptyUris > 0)
    warn(
      `${notes.emptyUris} location(s) had an empty URI (gosec writes one for files outside its scan roots) and were removed`
    )
  if (notes.unlocatedResults > 0)
    warn(
      `${notes.unlocatedResults} result(s) have no usable location and are not uploaded (code scanning would reject the whole file); they are still counted, annotated and gated`
    )
  if (notes.ambiguous.size > 0) {
    const shown = [...notes.ambiguous.entries()]
      .slice(0, 3)
      .map(([file, { dirs }]) => `${file}: ${dirs.map(dir => `${dir}/`).join(' or ')}`)
      .join('; ')
    const count = [...notes.ambiguous.values()].reduce((sum, entry) => sum + entry.count, 0)
    warn(
      `${count} location(s) name a file that several directories have, and nothing in the SARIF says which (${shown}${notes.ambiguous.size > 3 ? '; …' : ''}); left relative to the repository root, without a fingerprint. Fix: write the SARIF file in the directory the tool ran in, or make the tool write invocations[].workingDirectory or absolute paths`
    )
  }
  // Ambiguous paths were warned about above; not again as missing files.
  for (const file of notes.ambiguous.keys()) partialFingerprints.missingFiles.delete(file)
  const missingResults = total(partialFingerprints.missingFiles)
  if (missingResults > 0)
    warn(
      `${missingResults} result(s) point at files missing from the checkout (${examples(partialFingerprints.missingFiles)}): no fingerprint was computed for them`
    )
  if (partialFingerprints.pastEnd > 0)
    warn(
      `${partialFingerprints.pastEnd} result(s) point past the end of their file: no fingerprint was computed for them`
    )
  for (const cut of cuts) warn(`GitHub limit: ${describeCut(cut)}`)
  for (const note of merged) {
    const versions = note.versions
      ? ` (versions ${note.versions.join(', ')}; the first is kept)`
      : ''
    const duplicates = note.duplicates ? `; ${note.duplicates} identical result(s) dropped` : ''
    logger.info(
      `Merged ${note.runs} runs of ${note.tool}${note.category ? ` (category ${note.category})` : ''} from ${note.sources.join(', ')}: code scanning rejects several runs of one tool and category${versions}${duplicates}`
    )
  }
  if (notes.unplacedArtifacts > 0)
    logger.info(
      `Removed the location of ${notes.unplacedArtifacts} run.artifacts entr(y/ies) that could not be placed (a uriBaseId nobody defined, or an empty URI)`
    )
  if (notes.danglingIndexes > 0)
    logger.info(
      `Removed ${notes.danglingIndexes} artifactLocation.index reference(s) to missing artifacts`
    )
  for (const [tool, count] of notes.rulesBuilt)
    logger.info(`Described ${count} rule(s) that ${tool} referenced without describing`)
  if (notes.levelsMapped.size > 0)
    logger.info(`Mapped non-SARIF levels onto SARIF ones: ${examples(notes.levelsMapped, 5)}`)
  if (notes.duplicateTags + notes.duplicateStacks > 0)
    logger.info(
      `Removed ${notes.duplicateTags} duplicate tag(s) and ${notes.duplicateStacks} duplicate stack(s)/code flow(s)`
    )
  if (notes.emptyRegions > 0)
    logger.info(`Removed ${notes.emptyRegions} region(s) without a start line (region: {})`)
  if (notes.clampedRegions > 0)
    logger.info(`Raised lines/columns below 1 to 1 in ${notes.clampedRegions} region(s)`)
  if (uploads.length > 1)
    logger.info(
      `Split into ${uploads.length} uploads (${uploads.map(u => `${u.runs.length} run(s), ${(u.gzip.length / 1048576).toFixed(1)} MB gzipped`).join('; ')})`
    )
  return warnings
}
