/**
 * The one SARIF flow, read → shape → deliver, that the sarif-upload action and
 * the `go-ci-kit sarif` command both run; they differ only in how they read
 * options and print results.
 *
 * - `prepareSarif` (prepare.ts): read, validate, normalize, merge, apply
 *   GitHub's limits, add partial fingerprints and split (no network).
 * - `sarifGateFailure` (fail-on.ts): the `fail-on` gate, the same for both.
 * - `deliverSarif`: upload to code scanning and wait for processing, with an
 *   explicit `RefusalPolicy` saying what a refused upload becomes.
 * - `commandAnnotations`: the findings as workflow commands, most severe first.
 * - `runSarifUpload`: the action's whole run, which also picks the annotation
 *   channel and writes the job summary.
 *
 * `auto` everywhere means "the most useful channel that works": code scanning
 * when the upload is accepted; on 403 (no code scanning, or a fork's read-only
 * token) a check run; when that is refused too, workflow commands.
 */
import { ConfigurationError } from '../errors.js'
import type { GitHubClient } from '../github/client.js'
import { isGitHubApiError } from '../github/errors.js'
import type { ActionResult, Annotation, Logger } from '../report.js'
import {
  collectFindings,
  selectForCommands,
  toAnnotation,
  type SarifFinding
} from './deliver/annotations.js'
import { publishCheckRun } from './deliver/check-run.js'
import { fetchChangedLines, type ChangedLines } from './deliver/changed-lines.js'
import { readGitHead } from '../checkout.js'
import { GITHUB_LIMITS, type Limits } from './shape/limits.js'
import { prepareSarif, type PreparedSarif } from './prepare.js'
import {
  pullRequestOf,
  resolveAnalysisRef,
  type AnalysisRef,
  type PullRequestInfo
} from './deliver/refs.js'
import { sarifGateFailure, type SarifFailOn } from './fail-on.js'
import { buildSarifJobSummary } from './deliver/job-summary.js'
import { fileUri } from './shape/uris.js'
import {
  describeUploadFailure,
  UploadFailure,
  uploadToCodeScanning,
  waitForProcessing,
  type PollOptions,
  type ProcessingResult,
  type UploadBudget,
  type UploadReceipt,
  type UploadTarget
} from './deliver/upload.js'

export { prepareSarif }

export type UploadMode = 'auto' | 'always' | 'never'
export type AnnotationMode = 'auto' | 'checks' | 'commands' | 'none'
export const UPLOAD_MODES: readonly UploadMode[] = ['auto', 'always', 'never']
export const ANNOTATION_MODES: readonly AnnotationMode[] = ['auto', 'checks', 'commands', 'none']

/**
 * What a refused upload becomes. Each caller names its own: the action falls
 * back to annotations where it can, the CLI exits 2 (see the constants below).
 */
export interface RefusalPolicy {
  /**
   * 403/404 before any upload went through (code scanning is off for the
   * repository, or the token may not write to it): annotate the findings
   * instead, or stop at once with a `ConfigurationError`.
   */
  noAccess: 'annotate-instead' | 'configuration-error'
  /**
   * Any other refusal (401, 413, 422, 5xx, a rate limit past the budget, no
   * answer): the step's error once everything else is done, or stop at once
   * with a `ConfigurationError`.
   */
  otherRefusal: 'step-failure' | 'configuration-error'
  /** Added to the fix of a `noAccess` configuration error: the option that would have fallen back. */
  noAccessAlternative?: string
}

/** The action with `upload: auto` (its default): no access to code scanning → annotate instead. */
export const ACTION_UPLOAD_AUTO_POLICY: RefusalPolicy = {
  noAccess: 'annotate-instead',
  otherRefusal: 'step-failure'
}

/** The action with `upload: always`: no access is bad configuration, said with the way out. */
export const ACTION_UPLOAD_ALWAYS_POLICY: RefusalPolicy = {
  noAccess: 'configuration-error',
  otherRefusal: 'step-failure',
  noAccessAlternative: 'use upload: auto to fall back to annotations'
}

/** `go-ci-kit sarif upload`: every refusal is exit 2 with the reason and its fix. */
export const CLI_UPLOAD_POLICY: RefusalPolicy = {
  noAccess: 'configuration-error',
  otherRefusal: 'configuration-error'
}

export interface DeliveryRequest {
  prepared: PreparedSarif
  mode: UploadMode
  /** Absent when there is no token: nothing can be uploaded then. */
  client?: GitHubClient
  /** A pull request from a fork: its token is read-only. */
  fromFork: boolean
  owner: string
  repo: string
  /** Resolved only when an upload is made (it can fail on a bad ref or sha). */
  analysisRef: () => AnalysisRef
  /** Absolute path of the checkout, sent as its `file://` URI. */
  checkoutPath: string
  startedAt: Date
  waitForProcessing: boolean
  refusal: RefusalPolicy
  /** How the upload's time budget is named in a rate-limit fix (`upload-timeout`, `--upload-timeout 5m`). */
  budgetName?: string
  limits: Limits
  logger: Logger
  poll: PollOptions
  /** Time allowed for uploading, rate-limit waits included; none: rate limits fail at once. */
  uploadBudget?: UploadBudget
}

export interface DeliveryOutcome {
  state: 'uploaded' | 'skipped' | 'failed'
  reason: string
  receipts: UploadReceipt[]
  processing: ProcessingResult[]
  /** Processing results that failed (already in `processing`). */
  failedProcessing: ProcessingResult[]
  /** Uploads were refused for lack of access: annotate instead. */
  refused: boolean
  failure?: string
}

/** Upload the prepared SARIF to code scanning when the mode, token and policy allow it. */
export async function deliverSarif(request: DeliveryRequest): Promise<DeliveryOutcome> {
  const { client, logger, prepared, refusal } = request
  const skipped = (reason: string, refused = false): DeliveryOutcome => {
    logger.info(`Not uploading to code scanning: ${reason}`)
    return { state: 'skipped', reason, receipts: [], processing: [], failedProcessing: [], refused }
  }
  if (request.mode === 'never') return skipped('upload: never')
  if (!client) {
    if (request.mode === 'always') {
      throw new ConfigurationError('upload: always needs a token', {
        fix: 'pass `token: ${{ github.token }}` with `permissions: security-events: write`'
      })
    }
    return skipped('no token')
  }
  if (request.fromFork && request.mode === 'auto') {
    return skipped('a pull request from a fork has a read-only token', true)
  }
  const ref = request.analysisRef()
  const target: UploadTarget = {
    owner: request.owner,
    repo: request.repo,
    commitSha: ref.sha,
    ref: ref.ref,
    checkoutUri: fileUri(request.checkoutPath),
    startedAt: request.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  let receipts: UploadReceipt[]
  try {
    receipts = await uploadToCodeScanning(
      client,
      target,
      prepared.uploads,
      request.limits,
      logger,
      request.uploadBudget
    )
  } catch (error) {
    if (!(error instanceof UploadFailure)) throw error
    const api = error.cause
    const status = api.status
    const { what, fix } = describeUploadFailure(error, prepared.uploads.length, request.budgetName)
    if ((status === 403 || status === 404) && !api.rateLimited && error.uploaded.length === 0) {
      if (refusal.noAccess === 'annotate-instead') {
        logger.warning(`${what}: code scanning is not available to this token`)
        return {
          state: 'skipped',
          reason: what,
          receipts: [],
          processing: [],
          failedProcessing: [],
          refused: true
        }
      }
      throw new ConfigurationError(what, {
        fix: refusal.noAccessAlternative ? `${fix}; or ${refusal.noAccessAlternative}` : fix
      })
    }
    if (refusal.otherRefusal === 'configuration-error') throw new ConfigurationError(what, { fix })
    // Said once, as the step's error (not also as a warning).
    return {
      state: 'failed',
      reason: what,
      receipts: error.uploaded,
      processing: [],
      failedProcessing: [],
      refused: false,
      failure: `${what} — ${fix}`
    }
  }
  const processing: ProcessingResult[] = []
  if (request.waitForProcessing) {
    for (const receipt of receipts) {
      processing.push(await waitForProcessing(client, target, receipt.id, request.poll, logger))
    }
  }
  const failed = processing.filter(result => result.status === 'failed')
  return {
    state: 'uploaded',
    reason:
      failed.length > 0
        ? `code scanning failed to process ${failed.length} upload(s)`
        : `uploaded as ${receipts.length} SARIF upload(s)`,
    receipts,
    processing,
    failedProcessing: failed,
    refused: false,
    failure:
      failed.length > 0
        ? `code scanning failed to process SARIF ${failed.map(r => r.id).join(', ')}: ${failed.flatMap(r => r.errors).join('; ') || 'no details given'}`
        : undefined
  }
}

/**
 * The findings as workflow commands, most severe first (what the pull request
 * touched first when `changed` is given), at most `maxPerLevel` a level.
 */
export function commandAnnotations(
  prepared: PreparedSarif,
  options: { maxPerLevel?: number; changed?: ChangedLines } = {}
): { annotations: Annotation[]; notShown: SarifFinding[] } {
  const findings = collectFindings(prepared.runs, options.changed)
  const { shown, rest } = selectForCommands(findings, options.maxPerLevel)
  return { annotations: shown.map(toAnnotation), notShown: rest }
}

export interface SarifUploadInputs {
  sarifFiles: string[]
  /** Absolute path of the repository checkout. */
  checkoutPath: string
  category?: string
  upload: UploadMode
  /** What a refused upload becomes: ACTION_UPLOAD_AUTO_POLICY or ACTION_UPLOAD_ALWAYS_POLICY. */
  refusal: RefusalPolicy
  waitForProcessing: boolean
  annotations: AnnotationMode
  failOn: SarifFailOn
  failOnText: string
  ref?: string
  sha?: string
}

/** The action's policy for its `upload` input. */
export function actionRefusalPolicy(upload: UploadMode): RefusalPolicy {
  return upload === 'always' ? ACTION_UPLOAD_ALWAYS_POLICY : ACTION_UPLOAD_AUTO_POLICY
}

export interface SarifUploadEnvironment {
  workspace: string
  repository: string
  sha: string
  ref: string
  eventName: string
  event: unknown
  serverUrl: string
  /** `owner/repo/.github/workflows/ci.yml@refs/heads/main`, for the default category. */
  workflowRef?: string
  job?: string
  baseDirs: Record<string, string>
  startedAt: Date
}

export interface SarifUploadServices {
  /** Absent when there is no token: only workflow commands then. */
  client?: GitHubClient
  logger: Logger
  poll: PollOptions
  /** Time allowed for uploading, rate-limit waits included; none: rate limits fail at once. */
  uploadBudget?: UploadBudget
  limits?: Partial<Limits>
  streamThresholdBytes?: number
}

/** codeql-action's default: `<workflow path>:<job>` (analysis key), so both tools agree on identity. */
export function defaultCategory(
  env: Pick<SarifUploadEnvironment, 'workflowRef' | 'job'>
): string | undefined {
  if (!env.workflowRef || !env.job) return undefined
  const workflowPath = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.workflowRef)?.[1]
  return workflowPath ? `${workflowPath}:${env.job}` : undefined
}

/** The sarif-upload action: prepare, deliver, annotate, gate, and the outputs and summary. */
export async function runSarifUpload(
  inputs: SarifUploadInputs,
  env: SarifUploadEnvironment,
  services: SarifUploadServices
): Promise<ActionResult> {
  const { logger, client } = services
  const limits: Limits = { ...GITHUB_LIMITS, ...services.limits }
  const prepared = await prepareSarif({
    inputs: inputs.sarifFiles,
    cwd: env.workspace,
    checkoutDir: inputs.checkoutPath,
    category: inputs.category ?? defaultCategory(env),
    baseDirs: env.baseDirs,
    limits,
    streamThresholdBytes: services.streamThresholdBytes,
    logger
  })
  const [owner, repo] = env.repository.split('/')
  const pullRequest = pullRequestOf(env.eventName, env.event, env.repository)
  let analysisRef: AnalysisRef | undefined
  const needRef = (): AnalysisRef =>
    (analysisRef ??= resolveAnalysisRef(
      { ref: inputs.ref, sha: inputs.sha },
      {
        ref: env.ref,
        sha: env.sha,
        eventName: env.eventName,
        event: env.event,
        repository: env.repository
      },
      readGitHead(inputs.checkoutPath)
    ))

  const upload = await deliverSarif({
    prepared,
    mode: inputs.upload,
    client,
    fromFork: pullRequest?.fromFork === true,
    owner,
    repo,
    analysisRef: needRef,
    checkoutPath: inputs.checkoutPath,
    startedAt: env.startedAt,
    waitForProcessing: inputs.waitForProcessing,
    refusal: inputs.refusal,
    limits,
    logger,
    poll: services.poll,
    uploadBudget: services.uploadBudget
  })
  for (const result of upload.failedProcessing) {
    logger.warning(
      `Code scanning failed to process SARIF ${result.id}: ${result.errors.length ? result.errors.join('; ') : 'no details given'}`
    )
  }

  const gateFailure = sarifGateFailure(inputs.failOn, prepared.tally)
  const shown = await annotate(inputs, services, prepared, upload, {
    owner,
    repo,
    pullRequest,
    needRef,
    gateFailure
  })

  const failures: string[] = []
  if (upload.failure) failures.push(upload.failure)
  if (gateFailure) failures.push(gateFailure)

  const summary = buildSarifJobSummary({
    prepared,
    serverUrl: env.serverUrl,
    repository: env.repository,
    sha: analysisRef?.sha ?? env.sha,
    upload: {
      state: upload.state,
      reason: upload.reason,
      processing: upload.processing,
      ids: upload.receipts.map(receipt => receipt.id)
    },
    annotations: {
      channel: shown.channel,
      reason: shown.reason,
      shown: shown.count,
      url: shown.checkUrl
    },
    unannotated: shown.unannotated,
    gate: { failOn: inputs.failOnText, failure: gateFailure }
  })
  const levels = prepared.tally.levels
  const uploadedFiles = [
    ...new Set(upload.receipts.flatMap(receipt => receipt.upload.runs.flatMap(run => run.sources)))
  ]
  return {
    outputs: {
      'sarif-id': upload.receipts.map(receipt => receipt.id).join(','),
      'processing-status': processingStatus(upload, inputs.waitForProcessing),
      results: JSON.stringify({
        error: levels.error,
        warning: levels.warning,
        note: levels.note,
        none: levels.none
      }),
      annotations: shown.channel,
      'uploaded-files': JSON.stringify(uploadedFiles),
      truncated: String(prepared.cuts.length > 0)
    },
    annotations: shown.annotations,
    summary,
    failureMessage: failures.length > 0 ? failures.join('; ') : undefined
  }
}

type AnnotationChannel = 'code-scanning' | 'checks' | 'commands' | 'none'

interface AnnotationOutcome {
  channel: AnnotationChannel
  reason: string
  /** Workflow commands for the runner to print (the commands channel). */
  annotations: Annotation[]
  /** How many findings an annotation shows. */
  count: number
  /** Findings not carried by any annotation. */
  unannotated: SarifFinding[]
  checkUrl?: string
}

/** Picks the annotation channel (`auto`: the most useful one that works) and annotates. */
async function annotate(
  inputs: SarifUploadInputs,
  services: SarifUploadServices,
  prepared: PreparedSarif,
  upload: DeliveryOutcome,
  context: {
    owner: string
    repo: string
    pullRequest: PullRequestInfo | undefined
    needRef: () => AnalysisRef
    gateFailure: string | undefined
  }
): Promise<AnnotationOutcome> {
  const { logger, client } = services
  const { owner, repo, pullRequest } = context
  const uploadedFine =
    upload.state === 'uploaded' && upload.processing.every(result => result.status !== 'failed')
  let channel: AnnotationChannel
  let reason: string
  if (inputs.annotations === 'none') {
    channel = 'none'
    reason = 'annotations: none'
  } else if (inputs.annotations === 'commands') {
    channel = 'commands'
    reason = 'annotations: commands'
  } else if (inputs.annotations === 'checks') {
    channel = 'checks'
    reason = 'annotations: checks'
  } else if (uploadedFine) {
    channel = 'code-scanning'
    reason = 'code scanning shows the alerts'
  } else {
    channel = 'checks'
    // A failed upload is the step's error already: named, not repeated.
    reason = `${upload.state === 'failed' ? 'the upload failed (see the error)' : upload.reason}; falling back to a check run`
  }
  if (channel === 'checks' && (!client || pullRequest?.fromFork)) {
    channel = 'commands'
    reason = !client
      ? 'no token for a check run; falling back to workflow commands'
      : 'a pull request from a fork has a read-only token; falling back to workflow commands'
  }

  const findings = collectFindings(prepared.runs)
  let annotations: Annotation[] = []
  let unannotated: SarifFinding[] = []
  let count = 0
  let checkUrl: string | undefined

  if (channel === 'checks') {
    try {
      const ref = context.needRef()
      const check = await publishCheckRun(client as GitHubClient, {
        owner,
        repo,
        headSha: pullRequest?.headSha || ref.sha,
        name: `SARIF${inputs.category ? ` (${inputs.category})` : ''}: ${[...new Set(prepared.runs.map(run => run.tool))].join(', ') || 'no tools'}`,
        title: `${findings.length} finding${findings.length === 1 ? '' : 's'}`,
        summary: checkSummary(prepared, context.gateFailure),
        conclusion: context.gateFailure ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
        findings
      })
      count = check.annotated
      unannotated = check.notAnnotated
      checkUrl = check.url
      logger.info(
        `Check run ${check.id}: ${check.annotated} annotation(s) in ${check.requests} request(s)`
      )
    } catch (error) {
      if (!isGitHubApiError(error) || (error.status !== 403 && error.status !== 404)) throw error
      reason = `check run refused (${error.status}${error.apiMessage ? `: ${error.apiMessage}` : ''}); falling back to workflow commands`
      channel = 'commands'
    }
  }
  if (channel === 'commands') {
    // Only 10 per level are shown: put what the pull request touched first.
    let changed: ChangedLines | undefined
    if (pullRequest && client) {
      try {
        changed = await fetchChangedLines(client, owner, repo, pullRequest.number)
      } catch (error) {
        logger.warning(
          `Could not read the pull request's changed lines: ${(error as Error).message}`
        )
      }
    }
    const commands = commandAnnotations(prepared, { changed })
    annotations = commands.annotations
    count = commands.annotations.length
    unannotated = commands.notShown
  } else if (channel === 'code-scanning' || channel === 'none') {
    unannotated =
      channel === 'none' ? findings : findings.filter(finding => finding.file === undefined)
  }
  logger.info(`Annotations: ${channel} (${reason})`)
  return { channel, reason, annotations, count, unannotated, checkUrl }
}

function processingStatus(upload: DeliveryOutcome, waited: boolean): string {
  if (upload.receipts.length === 0) return 'not-uploaded'
  if (!waited) return 'pending'
  if (upload.processing.some(result => result.status === 'failed')) return 'failed'
  if (upload.processing.some(result => result.status === 'pending')) return 'pending'
  return 'complete'
}

function checkSummary(prepared: PreparedSarif, gateFailure: string | undefined): string {
  const levels = prepared.tally.levels
  const lines = [
    `${levels.error} error(s), ${levels.warning} warning(s), ${levels.note} note(s) from ${prepared.runs.map(run => run.tool).join(', ') || 'no tools'}.`
  ]
  if (gateFailure) lines.push('', `**Gate failed:** ${gateFailure}`)
  if (prepared.warnings.length) lines.push('', ...prepared.warnings.map(warning => `- ${warning}`))
  return lines.join('\n')
}
