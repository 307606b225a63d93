/**
 * A client for the Actions cache service v2 (Twirp JSON over HTTP): the three
 * calls a cache needs, with typed errors instead of log lines. Retries 5xx
 * and dropped connections a few times with a short backoff, never past the
 * caller's AbortSignal; 4xx answers (403 denied, 409 already exists, 429
 * rate limited) are final.
 */
const SERVICE = 'twirp/github.actions.results.api.v1.CacheService'

export type CacheServiceErrorKind =
  /** 5xx, a dropped or refused connection: the service is down or overloaded. */
  | 'unavailable'
  /** 429: the repository or runner is rate limited. */
  | 'rate-limited'
  /** 401/403: the token may not do this (read-only tokens for untrusted triggers). */
  | 'denied'
  /** 409 / already_exists: another job reserved this key and version first. */
  | 'already-exists'
  /** 404 / not_found. */
  | 'not-found'
  /** Any other answer the client does not expect (400, a body that is not JSON). */
  | 'protocol'

export class CacheServiceError extends Error {
  readonly kind: CacheServiceErrorKind
  /** HTTP status, when an answer came back. */
  readonly status: number | undefined
  /** Twirp error code (`permission_denied`, `already_exists`, …), when the body had one. */
  readonly code: string | undefined
  readonly retryable: boolean

  constructor(
    method: string,
    detail: string,
    fields: { kind: CacheServiceErrorKind; status?: number; code?: string; retryable?: boolean }
  ) {
    super(`${method}: ${detail}`)
    this.name = 'CacheServiceError'
    this.kind = fields.kind
    this.status = fields.status
    this.code = fields.code
    this.retryable = fields.retryable ?? fields.kind === 'unavailable'
  }

  get notFound(): boolean {
    return this.kind === 'not-found'
  }

  get alreadyExists(): boolean {
    return this.kind === 'already-exists'
  }
}

export interface CacheServiceOptions {
  /** ACTIONS_RESULTS_URL. */
  resultsUrl: string
  /** ACTIONS_RUNTIME_TOKEN. */
  token: string
  /** Attempts for retryable failures (default 3). */
  attempts?: number
  /** First backoff in ms, doubled each retry (default 1000). */
  backoffMs?: number
  fetch?: typeof fetch
}

export interface DownloadUrl {
  /** The key of the entry found (the primary key or one a restore key matched). */
  matchedKey: string
  url: string
}

function kindOf(status: number, code: string | undefined): CacheServiceErrorKind {
  if (code === 'already_exists' || status === 409) return 'already-exists'
  if (status === 429 || code === 'resource_exhausted') return 'rate-limited'
  if (status === 401 || status === 403 || code === 'permission_denied') return 'denied'
  if (status === 404 && code !== 'bad_route') return 'not-found'
  if (status >= 500) return 'unavailable'
  return 'protocol'
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Nothing listens or the host is unknown: retrying within seconds would not help. */
const FINAL_NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])

function networkCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code
}

function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const message = error instanceof Error ? error.message : String(error)
  return cause?.code ? `${cause.code}${cause.message ? ` (${cause.message})` : ''}` : message
}

export class CacheServiceClient {
  private readonly base: string
  private readonly fetchImpl: typeof fetch

  constructor(private readonly options: CacheServiceOptions) {
    this.base = `${options.resultsUrl.replace(/\/+$/, '')}/${SERVICE}/`
    this.fetchImpl = options.fetch ?? fetch
  }

  /** The newest entry for the key or a restore key, or undefined for a miss. */
  async getDownloadUrl(
    key: string,
    restoreKeys: readonly string[],
    version: string,
    signal?: AbortSignal
  ): Promise<DownloadUrl | undefined> {
    const answer = await this.call(
      'GetCacheEntryDownloadURL',
      { key, restore_keys: restoreKeys, version },
      signal
    )
    if (answer.ok !== true) return undefined
    const url = answer.signed_download_url
    const matchedKey = answer.matched_key
    if (typeof url !== 'string' || !url || typeof matchedKey !== 'string') {
      throw new CacheServiceError('GetCacheEntryDownloadURL', 'the answer has no download URL', {
        kind: 'protocol'
      })
    }
    return { matchedKey, url }
  }

  /** Reserves key+version and returns the signed upload URL. */
  async createEntry(key: string, version: string, signal?: AbortSignal): Promise<string> {
    const answer = await this.call('CreateCacheEntry', { key, version }, signal)
    const url = answer.signed_upload_url
    if (answer.ok !== true || typeof url !== 'string' || !url) {
      throw new CacheServiceError(
        'CreateCacheEntry',
        `the entry was not created${typeof answer.message === 'string' && answer.message ? ` (${answer.message})` : ''}`,
        { kind: 'protocol' }
      )
    }
    return url
  }

  /** Marks the uploaded archive complete; returns the entry id. */
  async finalizeEntry(
    key: string,
    version: string,
    sizeBytes: number,
    signal?: AbortSignal
  ): Promise<number> {
    const answer = await this.call(
      'FinalizeCacheEntryUpload',
      { key, version, size_bytes: String(sizeBytes) },
      signal
    )
    if (answer.ok !== true) {
      throw new CacheServiceError(
        'FinalizeCacheEntryUpload',
        `the upload was not accepted${typeof answer.message === 'string' && answer.message ? ` (${answer.message})` : ''}`,
        { kind: 'protocol' }
      )
    }
    return Number(answer.entry_id ?? 0)
  }

  private async call(
    method: string,
    body: Record<string, unknown>,
    signal: AbortSignal | undefined
  ): Promise<Record<string, unknown>> {
    const attempts = this.options.attempts ?? 3
    let backoff = this.options.backoffMs ?? 1000
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(method, body, signal)
      } catch (error) {
        if (signal?.aborted) throw signal.reason
        if (!(error instanceof CacheServiceError) || !error.retryable || attempt >= attempts)
          throw error
        await sleep(backoff, signal)
        backoff *= 2
      }
    }
  }

  private async once(
    method: string,
    body: Record<string, unknown>,
    signal: AbortSignal | undefined
  ): Promise<Record<string, unknown>> {
    let response: Response
    try {
      response = await this.fetchImpl(this.base + method, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${this.options.token}`
        },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {})
      })
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      throw new CacheServiceError(
        method,
        `cannot reach the cache service: ${networkDetail(error)}`,
        {
          kind: 'unavailable',
          retryable: !FINAL_NETWORK_CODES.has(networkCode(error) ?? '')
        }
      )
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      throw new CacheServiceError(method, `the answer was cut off: ${networkDetail(error)}`, {
        kind: 'unavailable',
        status: response.status
      })
    }
    let parsed: Record<string, unknown> | undefined
    try {
      const value: unknown = text ? JSON.parse(text) : {}
      if (value && typeof value === 'object' && !Array.isArray(value))
        parsed = value as Record<string, unknown>
    } catch {
      parsed = undefined
    }
    if (response.ok) {
      if (!parsed) {
        throw new CacheServiceError(
          method,
          `HTTP ${response.status} with a body that is not JSON`,
          {
            kind: 'protocol',
            status: response.status
          }
        )
      }
      return parsed
    }
    const code = typeof parsed?.code === 'string' ? parsed.code : undefined
    const msg = typeof parsed?.msg === 'string' ? parsed.msg : text.slice(0, 200)
    throw new CacheServiceError(
      method,
      `HTTP ${response.status}${code ? ` ${code}` : ''}${msg ? `: ${msg}` : ''}`,
      { kind: kindOf(response.status, code), status: response.status, code }
    )
  }
}
