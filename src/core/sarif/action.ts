/**
 * The sarif-upload action without the runner: prepare the SARIF, upload it to
 * code scanning when that is possible, otherwise (or when asked) annotate the
 * findings with a check run or workflow commands, apply the gate, and return
 * outputs and a summary. The GitHub client is injected; without a token only
 * workflow commands are possible.
 *
 * `auto` everywhere means "the most useful channel that works": code scanning
 * when the upload is accepted; on 403 (no code scanning, or a fork's read-only
 * token) a check run; when that is refused too, workflow commands.
 */
import { ConfigurationError } from '../errors.js'
import type { GitHubClient } from '../github/client.js'
import { isGitHubApiError } from '../github/errors.js'
import type { ActionResult, Annotation, Logger } from '../report.js'
import { collectFindings, selectForCommands, toAnnotation, type Finding } from './annotations.js'
import { publishCheckRun } from './checks.js'
import { fetchChangedLines, type ChangedLines } from './diff.js'
import { GITHUB_LIMITS, type Limits } from './limits.js'
import { prepareSarif, type PreparedSarif } from './pipeline.js'
import {
  pullRequestOf,
  readGitHead,
  resolveAnalysisRef,
  type AnalysisRef,
  type PullRequestInfo
} from './refs.js'
import { evaluateGate, type FailOn } from './severity.js'
import { buildSummary } from './summary.js'
import { fileUri } from './uris.js'
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
} from './upload.js'

export type UploadMode = 'auto' | 'always' | 'never'
export type AnnotationMode = 'auto' | 'checks' | 'commands' | 'none'
export const UPLOAD_MODES: readonly UploadMode[] = ['auto', 'always', 'never']
export const ANNOTATION_MODES: readonly AnnotationMode[] = ['auto', 'checks', 'commands', 'none']

export interface SarifUploadInputs {
  sarifFiles: string[]
  /** Absolute path of the repository checkout. */
  checkoutPath: string
  category?: string
  upload: UploadMode
  waitForProcessing: boolean
  annotations: AnnotationMode
  failOn: FailOn
  failOnText: string
  ref?: string
  sha?: string
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

interface UploadOutcome {
  state: 'uploaded' | 'skipped' | 'failed'
  reason: string
  receipts: UploadReceipt[]
  processing: ProcessingResult[]
  /** Uploads were refused for lack of access: annotate instead. */
  refused: boolean
  failure?: string
}

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

  const upload = await uploadStep(
    inputs,
    env,
    services,
    prepared,
    limits,
    pullRequest,
    needRef,
    owner,
    repo
  )

  // Annotations.
  const uploadedFine =
    upload.state === 'uploaded' && upload.processing.every(result => result.status !== 'failed')
  let channel: 'code-scanning' | 'checks' | 'commands' | 'none'
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

  const gateFailure = evaluateGate(inputs.failOn, prepared.tally)
  const findings = collectFindings(prepared.runs)
  let annotations: Annotation[] = []
  let unannotated: Finding[] = []
  let shownCount = 0
  let checkUrl: string | undefined

  if (channel === 'checks') {
    try {
      const ref = needRef()
      const check = await publishCheckRun(client as GitHubClient, {
        owner,
        repo,
        headSha: pullRequest?.headSha || ref.sha,
        name: `SARIF${inputs.category ? ` (${inputs.category})` : ''}: ${[...new Set(prepared.runs.map(run => run.tool))].join(', ') || 'no tools'}`,
        title: `${findings.length} finding${findings.length === 1 ? '' : 's'}`,
        summary: checkSummary(prepared, gateFailure),
        conclusion: gateFailure ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
        findings
      })
      shownCount = check.annotated
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
    const ranked = changed ? collectFindings(prepared.runs, changed) : findings
    const { shown, rest } = selectForCommands(ranked)
    annotations = shown.map(toAnnotation)
    shownCount = shown.length
    unannotated = rest
  } else if (channel === 'code-scanning' || channel === 'none') {
    unannotated =
      channel === 'none' ? findings : findings.filter(finding => finding.file === undefined)
  }
  logger.info(`Annotations: ${channel} (${reason})`)

  const failures: string[] = []
  if (upload.failure) failures.push(upload.failure)
  if (gateFailure) failures.push(gateFailure)

  const summary = buildSummary({
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
    annotations: { channel, reason, shown: shownCount, url: checkUrl },
    unannotated,
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
      annotations: channel,
      'uploaded-files': JSON.stringify(uploadedFiles),
      truncated: String(prepared.cuts.length > 0)
    },
    annotations,
    summary,
    failureMessage: failures.length > 0 ? failures.join('; ') : undefined
  }
}

async function uploadStep(
  inputs: SarifUploadInputs,
  env: SarifUploadEnvironment,
  services: SarifUploadServices,
  prepared: PreparedSarif,
  limits: Limits,
  pullRequest: PullRequestInfo | undefined,
  needRef: () => AnalysisRef,
  owner: string,
  repo: string
): Promise<UploadOutcome> {
  const { client, logger } = services
  const skipped = (reason: string, refused = false): UploadOutcome => {
    logger.info(`Not uploading to code scanning: ${reason}`)
    return { state: 'skipped', reason, receipts: [], processing: [], refused }
  }
  if (inputs.upload === 'never') return skipped('upload: never')
  if (!client) {
    if (inputs.upload === 'always') {
      throw new ConfigurationError('upload: always needs a token', {
        fix: 'pass `token: ${{ github.token }}` with `permissions: security-events: write`'
      })
    }
    return skipped('no token')
  }
  if (pullRequest?.fromFork && inputs.upload === 'auto') {
    return skipped('a pull request from a fork has a read-only token', true)
  }
  const ref = needRef()
  const target: UploadTarget = {
    owner,
    repo,
    commitSha: ref.sha,
    ref: ref.ref,
    checkoutUri: fileUri(inputs.checkoutPath),
    startedAt: env.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  let receipts: UploadReceipt[]
  try {
    receipts = await uploadToCodeScanning(
      client,
      target,
      prepared.uploads,
      limits,
      logger,
      services.uploadBudget
    )
  } catch (error) {
    if (!(error instanceof UploadFailure)) throw error
    const api = error.cause
    const status = api.status
    const { what, fix } = describeUploadFailure(error, prepared.uploads.length)
    if ((status === 403 || status === 404) && !api.rateLimited && error.uploaded.length === 0) {
      if (inputs.upload === 'auto') {
        logger.warning(`${what}: code scanning is not available to this token`)
        return { state: 'skipped', reason: what, receipts: [], processing: [], refused: true }
      }
      throw new ConfigurationError(`${what}`, {
        fix: `${fix}; or use upload: auto to fall back to annotations`
      })
    }
    // Said once, as the step's error (not also as a warning).
    return {
      state: 'failed',
      reason: what,
      receipts: error.uploaded,
      processing: [],
      refused: false,
      failure: `${what} — ${fix}`
    }
  }
  const processing: ProcessingResult[] = []
  if (inputs.waitForProcessing) {
    for (const receipt of receipts) {
      processing.push(await waitForProcessing(client, target, receipt.id, services.poll, logger))
    }
  }
  const failed = processing.filter(result => result.status === 'failed')
  for (const result of failed) {
    logger.warning(
      `Code scanning failed to process SARIF ${result.id}: ${result.errors.length ? result.errors.join('; ') : 'no details given'}`
    )
  }
  return {
    state: 'uploaded',
    reason:
      failed.length > 0
        ? `code scanning failed to process ${failed.length} upload(s)`
        : `uploaded as ${receipts.length} SARIF upload(s)`,
    receipts,
    processing,
    refused: false,
    failure:
      failed.length > 0
        ? `code scanning failed to process SARIF ${failed.map(r => r.id).join(', ')}: ${failed.flatMap(r => r.errors).join('; ') || 'no details given'}`
        : undefined
  }
}

function processingStatus(upload: UploadOutcome, waited: boolean): string {
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
