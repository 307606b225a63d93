/**
 * One repository of a registry over the Distribution API v2: manifests and blobs fetched
 * with the right Accept headers, the 401 → token → retry dance, redirects followed without
 * handing the Authorization header to another host, and a timeout on every wait.
 */
import { Readable } from 'node:stream'
import { ImageError, type ImageErrorKind } from './errors.js'
import { isLoopbackHost, type ImageReference } from './reference.js'
import { maskSecrets, parseWwwAuthenticate, type AuthChallenge } from './registry-auth.js'

export interface RegistryOptions {
  /** A bearer token sent as is (GO_CI_KIT_REGISTRY_TOKEN, or --registry-token-file). */
  token?: string
  /**
   * Basic credentials (GO_CI_KIT_REGISTRY_USERNAME / GO_CI_KIT_REGISTRY_PASSWORD): sent to the
   * registry's token service to get a bearer token, or to a registry that asks for Basic auth.
   */
  username?: string
  password?: string
  /** Plain HTTP to a registry that is not on this machine (loopback always may use HTTP). */
  insecure?: boolean
  /** Most milliseconds to wait for an answer, or between two chunks of a body (default 30 s). */
  timeoutMs?: number
  /** Largest manifest or index accepted (default 4 MiB, the distribution registry's own cap). */
  maxManifestBytes?: number
}

export const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

const CREDENTIALS_FIX =
  'set GO_CI_KIT_REGISTRY_TOKEN (or --registry-token-file) to a bearer token, or GO_CI_KIT_REGISTRY_USERNAME and GO_CI_KIT_REGISTRY_PASSWORD to credentials with pull access'
const MAX_REDIRECTS = 5

/** What the caller fetched, for messages: a tag, a manifest or a blob, by name. */
export interface Target {
  kind: 'manifest' | 'blob'
  ref: string
  what: string
}

export class RegistryClient {
  private readonly base: string
  private authorization: string | undefined
  private readonly timeoutMs: number
  private readonly secrets: (string | undefined)[]

  constructor(
    readonly reference: ImageReference,
    private readonly options: RegistryOptions = {}
  ) {
    const plain = isLoopbackHost(reference.apiHost) || options.insecure === true
    this.base = `${plain ? 'http' : 'https'}://${reference.apiHost}/v2/${reference.repository}`
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS
    if (options.token !== undefined) this.authorization = `Bearer ${options.token}`
    this.secrets = [options.token, options.password]
  }

  private get repositoryName(): string {
    return `${this.reference.registry}/${this.reference.repository}`
  }

  private fail(kind: ImageErrorKind, message: string, fix?: string): ImageError {
    return new ImageError(
      kind,
      maskSecrets(message, this.secrets),
      fix && maskSecrets(fix, this.secrets)
    )
  }

  /** A manifest or index by tag or digest: its bytes (capped) and Content-Type. */
  async manifest(
    ref: string,
    what: string
  ): Promise<{ bytes: Buffer; mediaType?: string; digest?: string }> {
    const limit = this.options.maxManifestBytes ?? DEFAULT_MAX_MANIFEST_BYTES
    const { response, abort } = await this.get(
      `/manifests/${ref}`,
      { accept: MANIFEST_ACCEPT },
      {
        kind: 'manifest',
        ref,
        what
      }
    )
    const declared = Number(response.headers.get('content-length') ?? '0')
    if (declared > limit) {
      abort()
      throw this.fail(
        'limit',
        `${what} is ${declared} bytes, more than the ${limit} a manifest may have`,
        'raise maxManifestBytes if this registry really serves such manifests'
      )
    }
    const chunks: Buffer[] = []
    let length = 0
    for await (const chunk of this.body(response, abort, what)) {
      length += chunk.length
      if (length > limit) {
        abort()
        throw this.fail(
          'limit',
          `${what} is more than the ${limit} bytes a manifest may have`,
          'raise maxManifestBytes if this registry really serves such manifests'
        )
      }
      chunks.push(chunk)
    }
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim()
    return {
      bytes: Buffer.concat(chunks),
      mediaType: contentType || undefined,
      digest: response.headers.get('docker-content-digest') ?? undefined
    }
  }

  /** A blob's bytes as they arrive (or the first `range` bytes, when the registry honours it). */
  blob(digest: string, what: string, range?: number): Readable {
    const target: Target = { kind: 'blob', ref: digest, what }
    const headers: Record<string, string> = {}
    if (range !== undefined) headers.range = `bytes=0-${range - 1}`
    return Readable.from(this.blobChunks(digest, headers, target), {
      objectMode: false,
      highWaterMark: 1 << 20
    })
  }

  private async *blobChunks(
    digest: string,
    headers: Record<string, string>,
    target: Target
  ): AsyncGenerator<Buffer> {
    const { response, abort } = await this.get(`/blobs/${digest}`, headers, target)
    yield* this.body(response, abort, target.what)
  }

  /** The body as Buffers, with an idle timeout; stopping early cancels the download. */
  private async *body(response: Response, abort: () => void, what: string): AsyncGenerator<Buffer> {
    if (response.body === null) return
    const reader = response.body.getReader()
    let timer: NodeJS.Timeout | undefined
    const idle = (): Promise<never> =>
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
          abort()
          reject(
            this.fail(
              'unreadable',
              `${what}: the registry sent nothing for ${this.timeoutMs / 1000} s`,
              'try again; raise the registry timeout on a slow link'
            )
          )
        }, this.timeoutMs)
      })
    try {
      for (;;) {
        let result: Awaited<ReturnType<typeof reader.read>>
        try {
          result = await Promise.race([reader.read(), idle()])
        } catch (error) {
          if (error instanceof ImageError) throw error
          throw this.networkError(error, what)
        } finally {
          clearTimeout(timer)
        }
        if (result.done) return
        yield Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength)
      }
    } finally {
      reader.cancel().catch(() => undefined)
    }
  }

  /** GET with auth and redirects; resolves with a 2xx response, or throws one clear ImageError. */
  private async get(
    path: string,
    headers: Record<string, string>,
    target: Target
  ): Promise<{ response: Response; abort: () => void }> {
    let triedAuth = false
    for (;;) {
      const result = await this.follow(new URL(this.base + path), headers, target)
      const { response } = result
      if (response.status === 401 && !triedAuth) {
        triedAuth = true
        const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '')
        result.abort()
        if (await this.authenticate(challenges, target)) continue
        throw this.authError(401, target)
      }
      if (response.ok) return result
      const error = await this.statusError(response, target)
      result.abort()
      throw error
    }
  }

  /** One request, following redirects by hand: Authorization never goes to another origin. */
  private async follow(
    url: URL,
    headers: Record<string, string>,
    target: Target
  ): Promise<{ response: Response; abort: () => void }> {
    const origin = url.origin
    for (let hop = 0; ; hop++) {
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), this.timeoutMs)
      const sent: Record<string, string> = { ...headers }
      if (this.authorization !== undefined && url.origin === origin)
        sent.authorization = this.authorization
      let response: Response
      try {
        response = await fetch(url, {
          headers: sent,
          redirect: 'manual',
          signal: controller.signal
        })
      } catch (error) {
        throw controller.signal.aborted
          ? this.fail(
              'unreadable',
              `${target.what}: ${url.host} did not answer within ${this.timeoutMs / 1000} s`,
              'check the registry address; raise the registry timeout on a slow link'
            )
          : this.networkError(error, target.what, url)
      } finally {
        clearTimeout(timer)
      }
      const abort = (): void => controller.abort()
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location !== null) {
        abort()
        if (hop >= MAX_REDIRECTS) {
          throw this.fail(
            'unreadable',
            `${target.what}: more than ${MAX_REDIRECTS} redirects`,
            'check the registry address'
          )
        }
        const next = new URL(location, url)
        this.checkScheme(next, target.what)
        url = next
        continue
      }
      return { response, abort }
    }
  }

  private checkScheme(url: URL, what: string): void {
    if (url.protocol === 'https:') return
    if (url.protocol === 'http:' && (isLoopbackHost(url.host) || this.options.insecure === true))
      return
    throw this.fail(
      'unreadable',
      `${what}: the registry sent us to ${url.protocol}//${url.host}, which is not HTTPS`,
      'allow plain HTTP with --insecure-registry if you trust this network'
    )
  }

  /** Answers a 401 challenge: a bearer token from the realm, or basic credentials. */
  private async authenticate(challenges: AuthChallenge[], target: Target): Promise<boolean> {
    if (this.options.token !== undefined) return false // the user's token was refused
    const bearer = challenges.find(challenge => challenge.scheme === 'bearer')
    if (bearer?.params.realm !== undefined) {
      this.authorization = `Bearer ${await this.fetchToken(bearer.params, target)}`
      return true
    }
    const basic = challenges.find(challenge => challenge.scheme === 'basic')
    if (
      basic !== undefined &&
      this.options.username !== undefined &&
      this.authorization === undefined
    ) {
      this.authorization = basicAuthorization(this.options.username, this.options.password ?? '')
      return true
    }
    return false
  }

  private async fetchToken(params: Record<string, string>, target: Target): Promise<string> {
    let realm: URL
    try {
      realm = new URL(params.realm as string)
    } catch {
      throw this.fail(
        'unreadable',
        `${target.what}: the registry's token realm '${params.realm}' is not a URL`,
        'check the registry address'
      )
    }
    this.checkScheme(realm, `${target.what}: token service`)
    if (params.service !== undefined) realm.searchParams.set('service', params.service)
    realm.searchParams.set('scope', params.scope ?? `repository:${this.reference.repository}:pull`)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.options.username !== undefined) {
      headers.authorization = basicAuthorization(this.options.username, this.options.password ?? '')
    }
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.timeoutMs)
    try {
      const response = await fetch(realm, { headers, redirect: 'error', signal: controller.signal })
      if (response.status === 401 || response.status === 403) {
        throw this.authError(response.status, target, `the token service ${realm.host}`)
      }
      if (!response.ok) {
        throw this.fail(
          'unreadable',
          `${target.what}: the token service ${realm.host} answered ${response.status}`,
          'try again later'
        )
      }
      const body = (await response.json()) as { token?: unknown; access_token?: unknown }
      const token = typeof body.token === 'string' ? body.token : body.access_token
      if (typeof token !== 'string' || token === '') {
        throw this.fail(
          'unreadable',
          `${target.what}: the token service ${realm.host} sent no token`,
          'check the registry address'
        )
      }
      this.secrets.push(token)
      return token
    } catch (error) {
      if (error instanceof ImageError) throw error
      throw controller.signal.aborted
        ? this.fail(
            'unreadable',
            `${target.what}: the token service ${realm.host} did not answer within ${this.timeoutMs / 1000} s`,
            'try again later'
          )
        : this.networkError(error, target.what, realm)
    } finally {
      clearTimeout(timer)
    }
  }

  private authError(status: number, target: Target, who = this.reference.registry): ImageError {
    const given =
      this.options.token !== undefined
        ? 'the given bearer token'
        : this.options.username !== undefined
          ? `the credentials of ${this.options.username}`
          : 'anonymous access'
    const fix =
      status === 403
        ? `give credentials with pull access to ${this.repositoryName}`
        : this.options.token !== undefined || this.options.username !== undefined
          ? `check that the credentials are current and may pull ${this.repositoryName}; ${CREDENTIALS_FIX}`
          : CREDENTIALS_FIX
    return this.fail(
      'auth',
      `${target.what}: ${who} refused ${given} (${status}${status === 401 ? ' Unauthorized' : ' Forbidden'}) for ${this.repositoryName}`,
      fix
    )
  }

  private async statusError(response: Response, target: Target): Promise<ImageError> {
    if (response.status === 401 || response.status === 403)
      return this.authError(response.status, target)
    const code = await errorCode(response)
    if (response.status === 404) {
      if (target.kind === 'blob') {
        return this.fail(
          'missing-blob',
          `${target.what}: ${this.repositoryName} has no blob ${target.ref}${code ? ` (${code})` : ''}`,
          'the image in the registry is incomplete: push it again'
        )
      }
      if (code === 'NAME_UNKNOWN') {
        return this.fail(
          'not-found',
          `${target.what}: no such repository ${this.repositoryName} (404 NAME_UNKNOWN)`,
          'check the registry and repository name'
        )
      }
      return this.fail(
        'not-found',
        `${target.what}: no such tag or manifest '${target.ref}' in ${this.repositoryName} (404${code ? ` ${code}` : ''})`,
        `check the tag (crane ls ${this.repositoryName} lists them)`
      )
    }
    return this.fail(
      'unreadable',
      `${target.what}: ${this.reference.registry} answered ${response.status}${code ? ` ${code}` : ''}`,
      response.status === 429 || response.status >= 500 ? 'try again later' : 'check the reference'
    )
  }

  private networkError(error: unknown, what: string, url?: URL): ImageError {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const reason = cause?.code ?? cause?.message ?? (error as Error).message
    const host = url?.host ?? this.reference.apiHost
    const tls = /SSL|TLS|EPROTO|CERT/i.test(`${reason} ${cause?.message ?? ''}`)
    return this.fail(
      'unreadable',
      `${what}: cannot reach ${host} (${reason})`,
      tls
        ? 'if the registry serves plain HTTP, allow it with --insecure-registry'
        : 'check the registry address and that it is running'
    )
  }
}

function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** The first error code of a Distribution API error body ({"errors":[{"code":…}]}), if any. */
async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const text = await response.text()
    const body = JSON.parse(text.slice(0, 65536)) as { errors?: { code?: unknown }[] }
    const code = body.errors?.[0]?.code
    return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : undefined
  } catch {
    return undefined
  }
}
