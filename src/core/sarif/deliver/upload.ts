/**
 * Code scanning's public upload API: `POST /repos/{o}/{r}/code-scanning/sarifs`
 * with the SARIF gzipped and base64-encoded, then `GET …/sarifs/{id}` until it
 * is processed. Every upload is prepared and checked against GitHub's limits
 * before the first request, so a bad file never leaves a half-finished set
 * behind; a 413 (the server measuring differently) splits that upload smaller
 * and sends the halves.
 */
import { retryDelay, type GitHubClient } from '../../github/client.js'
import { isGitHubApiError, type GitHubApiError } from '../../github/errors.js'
import type { Logger } from '../../report.js'
import type { Limits } from '../shape/limits.js'
import { buildUploads, type PreparedUpload } from '../shape/split.js'

export interface UploadTarget {
  owner: string
  repo: string
  commitSha: string
  ref: string
  /** `file://` URI of the checkout, so GitHub can relativize any absolute URI left. */
  checkoutUri: string
  /** ISO 8601 without milliseconds: YYYY-MM-DDTHH:MM:SSZ. */
  startedAt?: string
}

export interface UploadReceipt {
  id: string
  url?: string
  upload: PreparedUpload
}

/** An upload request failed; `uploaded` lists what had already gone through. */
export class UploadFailure extends Error {
  constructor(
    readonly cause: GitHubApiError,
    readonly uploaded: UploadReceipt[],
    readonly failed: PreparedUpload,
    /** For a rate limit: how long GitHub asked to wait (ms), when it said. */
    readonly askedWaitMs?: number
  ) {
    super(cause.message)
    this.name = 'UploadFailure'
  }
}

/**
 * How long uploading may take in all, rate-limit waits included: a rate limit
 * whose reset falls inside it is waited for, one past it fails at once.
 */
export interface UploadBudget {
  timeoutMs: number
  sleep: (ms: number) => Promise<void>
  now?: () => number
}

export const DEFAULT_UPLOAD_TIMEOUT_MS = 5 * 60_000

/** A secondary rate limit without retry-after: GitHub's docs say wait at least a minute. */
const UNSPECIFIED_RATE_LIMIT_WAIT_MS = 60_000
const MAX_RATE_LIMIT_WAITS = 5

/**
 * The one line that explains a failed upload: what GitHub said, then what to
 * do about it, by status. `timeoutText` names the budget a rate limit exceeded.
 */
export function describeUploadFailure(
  failure: UploadFailure,
  totalUploads: number,
  timeoutText = 'upload-timeout'
): { what: string; fix: string } {
  const api = failure.cause
  const status = api.status
  const said = api.apiMessage ? `: ${api.apiMessage}` : ''
  const partial =
    failure.uploaded.length > 0
      ? ` after ${failure.uploaded.length} of ${totalUploads} uploads went through (SARIF ids ${failure.uploaded.map(r => r.id).join(', ')})`
      : ''
  const what = `code scanning refused the upload (${status || api.kind}${said})${partial}`
  if (api.rateLimited) {
    const wait = failure.askedWaitMs
    const until =
      wait !== undefined
        ? `GitHub asked to wait ${formatWait(wait)}, longer than is left of ${timeoutText}`
        : 'GitHub kept refusing within the time allowed'
    return {
      what: `code scanning upload was rate limited (${status}${said})${partial}`,
      fix: `${until}: run the job again later, raise ${timeoutText}, or upload fewer files per job (one upload per category)`
    }
  }
  if (status === 0)
    return {
      what: `code scanning upload failed: the GitHub API did not answer (${api.kind}, ${api.attempts} attempt(s))${partial}`,
      fix: 'check GITHUB_API_URL and the runner’s network (a proxy or firewall), then run the job again'
    }
  if (status === 401)
    return {
      what,
      fix: 'the token was not accepted (expired, revoked or mistyped): pass `token: ${{ github.token }}`, or a token with the security_events scope'
    }
  if (status === 413)
    return {
      what,
      fix: 'the SARIF is too large even after splitting: upload fewer results (one category per module, or leave out notes) or fewer files at once'
    }
  if (status === 422)
    return {
      what,
      fix: 'GitHub rejected the request; check ref and sha: the commit must be pushed to this repository and the ref be refs/heads/…, refs/tags/… or refs/pull/N/merge (or /head)'
    }
  if (status >= 500)
    return {
      what,
      fix: `GitHub failed (after ${api.attempts} attempt(s)); run the job again, and see https://www.githubstatus.com`
    }
  if (status === 403 || status === 404)
    return {
      what,
      fix: 'grant `permissions: security-events: write`; private repositories need GitHub Code Security (Advanced Security)'
    }
  return { what, fix: 'see the API message' }
}

function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`
}

const MAX_413_SPLITS = 3

export function toolNames(upload: PreparedUpload): string {
  return [...new Set(upload.runs.map(run => run.tool))].join(', ')
}

export async function uploadToCodeScanning(
  client: GitHubClient,
  target: UploadTarget,
  uploads: PreparedUpload[],
  limits: Limits,
  logger: Logger,
  budget?: UploadBudget
): Promise<UploadReceipt[]> {
  const receipts: UploadReceipt[] = []
  const depth = new Map<PreparedUpload, number>()
  const queue = [...uploads]
  const now = budget?.now ?? Date.now
  const deadline = now() + (budget?.timeoutMs ?? 0)
  let rateLimitWaits = 0
  while (queue.length > 0) {
    const upload = queue.shift() as PreparedUpload
    try {
      const response = await client.request<{ id?: string; url?: string }>(
        'POST',
        '/repos/{owner}/{repo}/code-scanning/sarifs',
        {
          pathParams: { owner: target.owner, repo: target.repo },
          body: {
            commit_sha: target.commitSha,
            ref: target.ref,
            sarif: upload.gzip.toString('base64'),
            checkout_uri: target.checkoutUri,
            ...(target.startedAt ? { started_at: target.startedAt } : {}),
            tool_name: toolNames(upload)
          },
          timeoutMs: 120_000
        }
      )
      const id = response.data?.id
      if (typeof id !== 'string' || id === '') {
        throw new Error(`code scanning accepted upload ${upload.index} but returned no SARIF id`)
      }
      receipts.push({ id, url: response.data.url, upload })
      logger.info(
        `Uploaded ${upload.runs.length} run(s), ${upload.results} result(s), ${(upload.gzip.length / 1024).toFixed(0)} KiB gzipped: SARIF id ${id}`
      )
    } catch (error) {
      if (!isGitHubApiError(error)) throw error
      if (error.rateLimited) {
        // The client already retried short waits; a longer one is waited for here when
        // it ends inside the budget, and explained when it does not.
        const left = deadline - now()
        const asked = retryDelay(error, 1, { retries: 1, baseDelayMs: 0, maxDelayMs: Infinity })
        const askedWaitMs = asked === undefined || asked === 0 ? undefined : asked
        const wait = askedWaitMs ?? UNSPECIFIED_RATE_LIMIT_WAIT_MS
        if (budget && wait <= left && rateLimitWaits < MAX_RATE_LIMIT_WAITS) {
          rateLimitWaits++
          logger.info(
            `GitHub rate limit (${error.status}${error.apiMessage ? `: ${error.apiMessage}` : ''}): waiting ${formatWait(wait)} before sending upload ${upload.index} again`
          )
          await budget.sleep(wait)
          queue.unshift(upload)
          continue
        }
        throw new UploadFailure(error, receipts, upload, askedWaitMs)
      }
      const splits = depth.get(upload) ?? 0
      if (error.status === 413 && splits < MAX_413_SPLITS) {
        const smaller = buildUploads(upload.runs, {
          ...limits,
          maxGzipBytes: Math.max(1024, Math.floor(upload.gzip.length / 2))
        })
        if (smaller.length > 1) {
          logger.warning(
            `Code scanning said the upload is too large (413) at ${(upload.gzip.length / 1048576).toFixed(1)} MB gzipped; sending it as ${smaller.length} smaller uploads`
          )
          for (const piece of smaller) depth.set(piece, splits + 1)
          queue.unshift(...smaller)
          continue
        }
      }
      throw new UploadFailure(error, receipts, upload)
    }
  }
  return receipts
}

export type ProcessingStatus = 'complete' | 'failed' | 'pending'

export interface ProcessingResult {
  id: string
  status: ProcessingStatus
  errors: string[]
  analysesUrl?: string
  /** True when we stopped waiting before processing finished. */
  timedOut: boolean
}

export interface PollOptions {
  /** First wait before asking; doubles each time up to maxDelayMs. */
  initialDelayMs: number
  maxDelayMs: number
  timeoutMs: number
  sleep: (ms: number) => Promise<void>
}

export const DEFAULT_POLL: Omit<PollOptions, 'sleep'> = {
  initialDelayMs: 5_000,
  maxDelayMs: 30_000,
  timeoutMs: 180_000
}

/** Polls `GET …/code-scanning/sarifs/{sarif_id}` with backoff until complete or failed. */
export async function waitForProcessing(
  client: GitHubClient,
  target: UploadTarget,
  id: string,
  options: PollOptions,
  logger: Logger
): Promise<ProcessingResult> {
  let waited = 0
  let delay = options.initialDelayMs
  for (;;) {
    await options.sleep(delay)
    waited += delay
    try {
      const response = await client.request<{
        processing_status?: ProcessingStatus
        errors?: string[] | null
        analyses_url?: string | null
      }>('GET', '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', {
        pathParams: { owner: target.owner, repo: target.repo, sarif_id: id }
      })
      const status = response.data?.processing_status
      if (status === 'complete' || status === 'failed') {
        return {
          id,
          status,
          errors: response.data.errors ?? [],
          analysesUrl: response.data.analyses_url ?? undefined,
          timedOut: false
        }
      }
      logger.info(`SARIF ${id} is still being processed (${Math.round(waited / 1000)}s)`)
    } catch (error) {
      // A fresh upload can briefly be unknown (404); anything else ends the wait with a warning.
      if (!isGitHubApiError(error) || error.status !== 404) {
        logger.warning(`Could not check processing of SARIF ${id}: ${(error as Error).message}`)
        return { id, status: 'pending', errors: [], timedOut: true }
      }
    }
    if (waited >= options.timeoutMs) {
      logger.warning(
        `Stopped waiting for code scanning to process SARIF ${id} after ${Math.round(waited / 1000)}s; it may still complete`
      )
      return { id, status: 'pending', errors: [], timedOut: true }
    }
    delay = Math.min(delay * 2, options.maxDelayMs, Math.max(1, options.timeoutMs - waited))
  }
}
