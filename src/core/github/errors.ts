/**
 * A GitHub REST call that did not succeed. `status` is the HTTP status, or 0
 * when no response arrived (DNS, refused connection, reset, timeout), so
 * callers can tell "the API said no" from "the API was unreachable".
 */
export type GitHubFailureKind = 'http' | 'network' | 'timeout'

export class GitHubApiError extends Error {
  readonly status: number
  readonly kind: GitHubFailureKind
  readonly method: string
  /** The request path with parameters filled in, e.g. `/advisories/GHSA-xxxx-xxxx-xxxx`. */
  readonly path: string
  /** GitHub's `message` field when the body had one. */
  readonly apiMessage?: string
  readonly documentationUrl?: string
  /** The parsed response body (JSON or text), for callers that need details such as `errors`. */
  readonly body?: unknown
  readonly headers: Record<string, string>
  /** How many attempts were made before giving up. */
  readonly attempts: number

  constructor(details: {
    status: number
    kind: GitHubFailureKind
    method: string
    path: string
    apiMessage?: string
    documentationUrl?: string
    body?: unknown
    headers?: Record<string, string>
    attempts: number
    cause?: unknown
  }) {
    const what = `${details.method} ${details.path}`
    const reason =
      details.kind === 'http'
        ? `HTTP ${details.status}${details.apiMessage ? `: ${details.apiMessage}` : ''}`
        : details.kind === 'timeout'
          ? 'timed out'
          : `network error: ${causeMessage(details.cause)}`
    const tries = details.attempts > 1 ? ` (after ${details.attempts} attempts)` : ''
    super(`GitHub API ${what} failed: ${reason}${tries}`, { cause: details.cause })
    this.name = 'GitHubApiError'
    this.status = details.status
    this.kind = details.kind
    this.method = details.method
    this.path = details.path
    this.apiMessage = details.apiMessage
    this.documentationUrl = details.documentationUrl
    this.body = details.body
    this.headers = details.headers ?? {}
    this.attempts = details.attempts
  }

  /** True when the request never got an HTTP answer. */
  get unreachable(): boolean {
    return this.kind !== 'http'
  }

  /** Primary or secondary rate limit, as GitHub signals it (429, or 403 with no remaining quota). */
  get rateLimited(): boolean {
    return (
      this.status === 429 ||
      (this.status === 403 &&
        (this.headers['x-ratelimit-remaining'] === '0' ||
          /rate limit/i.test(this.apiMessage ?? '')))
    )
  }
}

export function isGitHubApiError(error: unknown): error is GitHubApiError {
  return error instanceof GitHubApiError
}

function causeMessage(cause: unknown): string {
  // Duck-typed: errors from fetch may come from another realm (e.g. under a VM test runner).
  const message = (value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as Error).message === 'string'
      ? (value as Error).message
      : undefined
  const outer = message(cause)
  if (outer === undefined) return String(cause)
  // undici wraps the socket error: "fetch failed" with the real reason in cause.
  const inner = message((cause as { cause?: unknown }).cause)
  return inner ? `${outer} (${inner})` : outer
}
