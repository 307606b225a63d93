/**
 * A small GitHub REST client over Node's global fetch, shared by the actions
 * that talk to the API (advisory lookups, SARIF upload). It fills path
 * templates, sends the headers GitHub expects, retries what is worth retrying
 * (network errors, 5xx, 429 and rate-limited 403s) with backoff, and turns
 * every other failure into a GitHubApiError carrying the status.
 */
import { GitHubApiError } from './errors.js'

export { GitHubApiError, isGitHubApiError, type GitHubFailureKind } from './errors.js'

export const GITHUB_API_VERSION = '2022-11-28'
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

export type QueryValue = string | number | boolean | undefined | null | readonly string[]

export interface RequestOptions {
  /** Values for `{name}` placeholders in the path template; each is URL-encoded. */
  pathParams?: Record<string, string | number>
  query?: Record<string, QueryValue>
  /** Objects are sent as JSON; strings and bytes are sent as they are. */
  body?: unknown
  headers?: Record<string, string>
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number
}

export interface GitHubResponse<T> {
  status: number
  data: T
  /** Lower-cased header names. */
  headers: Record<string, string>
}

export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number
  /** First backoff; doubles each time, with jitter. */
  baseDelayMs: number
  /** No single wait is longer than this, even when `retry-after` asks for more. */
  maxDelayMs: number
}

export interface GitHubClientOptions {
  /** Defaults to https://api.github.com; in Actions pass GITHUB_API_URL (GHES: https://host/api/v3). */
  baseUrl?: string
  token?: string
  userAgent?: string
  retry?: Partial<RetryPolicy>
  /** Per attempt. */
  timeoutMs?: number
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void
}

export interface GitHubClient {
  readonly baseUrl: string
  request<T = unknown>(
    method: string,
    pathTemplate: string,
    options?: RequestOptions
  ): Promise<GitHubResponse<T>>
}

const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 }

export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '')
  const retry = { ...DEFAULT_RETRY, ...options.retry }
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => new Promise(r => setTimeout(r, ms)))
  const timeoutMs = options.timeoutMs ?? 30_000
  const userAgent = options.userAgent ?? 'go-ci-kit'

  async function request<T>(
    method: string,
    pathTemplate: string,
    requestOptions: RequestOptions = {}
  ): Promise<GitHubResponse<T>> {
    const upperMethod = method.toUpperCase()
    const requestPath = fillPath(pathTemplate, requestOptions.pathParams ?? {})
    const url = baseUrl + requestPath + queryString(requestOptions.query)
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'user-agent': userAgent,
      'x-github-api-version': GITHUB_API_VERSION
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    let body: string | Uint8Array | undefined
    if (requestOptions.body !== undefined) {
      if (typeof requestOptions.body === 'string' || requestOptions.body instanceof Uint8Array) {
        body = requestOptions.body
      } else {
        body = JSON.stringify(requestOptions.body)
        headers['content-type'] = 'application/json; charset=utf-8'
      }
    }
    for (const [name, value] of Object.entries(requestOptions.headers ?? {}))
      headers[name.toLowerCase()] = value

    for (let attempt = 1; ; attempt++) {
      let failure: GitHubApiError
      try {
        const response = await doFetch(url, {
          method: upperMethod,
          headers,
          body,
          signal: AbortSignal.timeout(requestOptions.timeoutMs ?? timeoutMs)
        })
        const responseHeaders = headerRecord(response.headers)
        const data = await readBody(response)
        if (response.ok)
          return { status: response.status, data: data as T, headers: responseHeaders }
        const apiBody =
          typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
        failure = new GitHubApiError({
          status: response.status,
          kind: 'http',
          method: upperMethod,
          path: requestPath,
          apiMessage:
            typeof apiBody.message === 'string'
              ? apiBody.message
              : typeof data === 'string' && data
                ? data.slice(0, 200)
                : response.statusText,
          documentationUrl:
            typeof apiBody.documentation_url === 'string' ? apiBody.documentation_url : undefined,
          body: data,
          headers: responseHeaders,
          attempts: attempt
        })
      } catch (error) {
        const name = (error as { name?: unknown } | undefined)?.name
        const timedOut = name === 'TimeoutError' || name === 'AbortError'
        failure = new GitHubApiError({
          status: 0,
          kind: timedOut ? 'timeout' : 'network',
          method: upperMethod,
          path: requestPath,
          attempts: attempt,
          cause: error
        })
      }
      const delayMs = retryDelay(failure, attempt, retry)
      if (delayMs === undefined) throw failure
      options.onRetry?.({ attempt, delayMs, reason: failure.message })
      await sleep(delayMs)
    }
  }

  return { baseUrl, request }
}

/** Reads GITHUB_API_URL and a token the way every action does. */
export function gitHubClientFromEnv(
  env: NodeJS.ProcessEnv,
  options: Omit<GitHubClientOptions, 'baseUrl'> = {}
): GitHubClient {
  return createGitHubClient({ ...options, baseUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL })
}

/** `/repos/{owner}/{repo}` + {owner:'a', repo:'b'} → `/repos/a/b`. A missing value is a bug. */
export function fillPath(template: string, params: Record<string, string | number>): string {
  const filled = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`GitHub path ${template}: no value for {${name}}`)
    return encodeURIComponent(String(value))
  })
  return filled.startsWith('/') ? filled : `/${filled}`
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return ''
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    search.append(name, Array.isArray(value) ? value.join(',') : String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value
  })
  return record
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined
  const text = await response.text()
  if (text === '') return undefined
  const type = response.headers.get('content-type') ?? ''
  if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

/** How long to wait before retrying, or undefined when the failure is final. */
export function retryDelay(
  failure: GitHubApiError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random
): number | undefined {
  if (attempt > policy.retries) return undefined
  const retryable = failure.unreachable || failure.status >= 500 || failure.rateLimited
  if (!retryable) return undefined
  const backoff = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + random() * 0.5)
  )
  const asked = requestedWait(failure.headers)
  if (asked === undefined) return Math.round(backoff)
  // A server that asks for a longer pause than we are willing to wait gets a clear error now
  // rather than a step that hangs until the job's timeout.
  if (asked > policy.maxDelayMs) return undefined
  return Math.round(Math.max(asked, backoff))
}

function requestedWait(headers: Record<string, string>): number | undefined {
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now())
  }
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'] !== undefined) {
    const reset = Number(headers['x-ratelimit-reset']) * 1000
    if (Number.isFinite(reset)) return Math.max(0, reset - Date.now())
  }
  return undefined
}
