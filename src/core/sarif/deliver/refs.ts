/**
 * Which commit and ref an analysis belongs to, and what kind of pull request
 * (if any) the workflow runs for. Mirrors codeql-action: `ref`+`sha` inputs
 * win (both or neither); otherwise GITHUB_REF/GITHUB_SHA, including PR merge
 * refs; and when a PR workflow checked out the PR head instead of the merge
 * commit, `refs/pull/N/head` with the head SHA, so alerts land on that commit.
 */
import { GIT_OBJECT_ID } from '../../checkout.js'
import { ConfigurationError } from '../../errors.js'
import { isRecord } from '../types.js'

export interface PullRequestInfo {
  number: number
  headSha: string
  /** From a fork, on a `pull_request` event: the token is read-only (no uploads, no checks). */
  fromFork: boolean
}

export interface AnalysisRef {
  ref: string
  sha: string
  pullRequest?: PullRequestInfo
}

export interface RefContext {
  ref: string
  sha: string
  eventName: string
  event: unknown
  repository: string
}

const REF = /^refs\/(heads|tags|pull)\/.+/

export function pullRequestOf(
  eventName: string,
  event: unknown,
  repository: string
): PullRequestInfo | undefined {
  if (!isRecord(event) || !isRecord(event.pull_request)) return undefined
  const pr = event.pull_request
  const head = isRecord(pr.head) ? pr.head : {}
  const headRepo = isRecord(head.repo) ? head.repo.full_name : undefined
  const baseRepo = isRecord(pr.base) && isRecord(pr.base.repo) ? pr.base.repo.full_name : repository
  const number = typeof pr.number === 'number' ? pr.number : Number(event.number)
  if (!Number.isInteger(number)) return undefined
  return {
    number,
    headSha: typeof head.sha === 'string' ? head.sha : '',
    fromFork: eventName === 'pull_request' && typeof headRepo === 'string' && headRepo !== baseRepo
  }
}

export function resolveAnalysisRef(
  inputs: { ref?: string; sha?: string },
  context: RefContext,
  checkedOutSha?: string
): AnalysisRef {
  const pullRequest = pullRequestOf(context.eventName, context.event, context.repository)
  if ((inputs.ref === undefined) !== (inputs.sha === undefined)) {
    throw new ConfigurationError('inputs ref and sha must be given together', {
      fix: 'set both (the ref the analysis is for and its commit), or neither to use the workflow run’s'
    })
  }
  let ref = inputs.ref ?? context.ref
  let sha = inputs.sha ?? context.sha
  if (inputs.ref === undefined && pullRequest) {
    const merge = /^refs\/pull\/(\d+)\/merge$/.exec(ref)
    if (
      merge &&
      checkedOutSha &&
      pullRequest.headSha &&
      checkedOutSha === pullRequest.headSha &&
      checkedOutSha !== sha
    ) {
      ref = `refs/pull/${merge[1]}/head`
      sha = pullRequest.headSha
    }
  }
  if (!REF.test(ref)) {
    throw new ConfigurationError(`ref "${ref}" is not a full Git ref`, {
      fix: 'use refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/merge (or /head)'
    })
  }
  if (!GIT_OBJECT_ID.test(sha)) {
    throw new ConfigurationError(`sha "${sha}" is not a commit SHA`, {
      fix: 'give the 40-character commit SHA'
    })
  }
  return { ref, sha, pullRequest }
}
