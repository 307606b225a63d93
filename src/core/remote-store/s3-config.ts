/**
 * The pure half of the S3 store: the `--s3 s3://bucket/prefix` URL, the
 * client settings taken from the standard AWS environment variables, the
 * secrets to mask, the error kinds and the "newest" rule. Nothing here loads
 * the AWS SDK.
 */
import { ConfigurationError } from '../errors.js'
import type { RemoteStoreErrorKind } from './types.js'

export interface S3Location {
  bucket: string
  /** The folder keys live under, without slashes at either end; '' for the bucket's root. */
  prefix: string
}

/** Used when neither AWS_REGION nor AWS_DEFAULT_REGION is set (the SDK follows region redirects). */
export const DEFAULT_S3_REGION = 'us-east-1'

const FIX = 'pass --s3 s3://BUCKET/PREFIX, e.g. --s3 s3://my-ci-cache/go-build'

// S3's bucket naming rules (3–63 lowercase letters, digits, dots and hyphens);
// other S3-compatible stores accept a subset of these names.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** `s3://bucket/prefix` → where the keys live; anything else is a ConfigurationError naming --s3. */
export function parseS3Url(url: string): S3Location {
  const bad = (why: string): ConfigurationError =>
    new ConfigurationError(`--s3 ${shownUrl(url)}: ${why}`, { fix: FIX })
  const match = /^s3:\/\/([^/?#]*)(\/[^?#]*)?([?#].*)?$/.exec(url.trim())
  if (!match) throw bad('not an s3:// URL')
  const [, authority = '', rawPath = '', rest] = match
  if (authority.includes('@'))
    throw bad(
      'credentials do not belong in the URL (use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
    )
  if (rest) throw bad('an s3:// URL takes no query or fragment')
  if (!BUCKET_NAME.test(authority) || authority.includes('..'))
    throw bad(
      `"${authority}" is not a bucket name (3 to 63 lowercase letters, digits, dots and hyphens)`
    )
  const prefix = rawPath.replace(/^\/+|\/+$/g, '')
  if (prefix !== '' && prefix.split('/').some(part => part === ''))
    throw bad('the prefix has an empty path segment ("//")')
  return { bucket: authority, prefix }
}

/** The URL as it may be shown: user:password@ is dropped, so a secret put there is never echoed. */
function shownUrl(url: string): string {
  return url.trim().replace(/^(s3:\/\/)[^/?#]*@/, '$1***@')
}

export interface S3ClientSettings {
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Set only when both parts are in the environment; else the SDK's default chain finds them. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
}

/**
 * Client settings from the standard AWS variables: region from AWS_REGION,
 * else AWS_DEFAULT_REGION, else us-east-1; endpoint from AWS_ENDPOINT_URL_S3,
 * else AWS_ENDPOINT_URL, with path-style addressing when one is set (MinIO,
 * R2, local servers); keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY
 * (+ AWS_SESSION_TOKEN), else the SDK's default chain (profiles, SSO, web
 * identity, container and instance roles).
 */
export function s3ClientSettings(env: NodeJS.ProcessEnv): S3ClientSettings {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_S3_REGION
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined
  const settings: S3ClientSettings = { region, forcePathStyle: endpoint !== undefined }
  if (endpoint) {
    if (!URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol)) {
      const name = env.AWS_ENDPOINT_URL_S3 ? 'AWS_ENDPOINT_URL_S3' : 'AWS_ENDPOINT_URL'
      throw new ConfigurationError(`${name} is not an http(s) URL`, {
        fix: `set ${name} to the S3 endpoint, e.g. https://s3.example.com or http://127.0.0.1:9000`
      })
    }
    settings.endpoint = endpoint
  }
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    settings.credentials = {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
    }
  }
  return settings
}

/** Values to mask in logs: the secret key and session token (the key id is not a secret). */
export function secretsToMask(env: NodeJS.ProcessEnv): string[] {
  return [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN, env.AWS_SECURITY_TOKEN].filter(
    (value): value is string => typeof value === 'string' && value.length > 0
  )
}

const DENIED = new Set([
  'AccessDenied',
  'AllAccessDisabled',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'InvalidToken',
  'TokenRefreshRequired',
  'CredentialsProviderError'
])
const THROTTLED = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'TooManyRequests',
  'TooManyRequestsException',
  'RequestLimitExceeded'
])

/** The store kind for an S3 answer (error code and HTTP status); undefined status: no answer. */
export function s3ErrorKind(
  code: string | undefined,
  status: number | undefined
): RemoteStoreErrorKind {
  if (code === 'NoSuchKey' || code === 'NotFound' || status === 404) return 'not-found'
  if ((code && DENIED.has(code)) || status === 401 || status === 403) return 'denied'
  if ((code && THROTTLED.has(code)) || status === 429 || status === 503) return 'throttled'
  if (code === 'InvalidRange' || status === 416) return 'corrupt'
  if (code === 'EntityTooLarge' || status === 413) return 'too-large'
  if (code === 'TimeoutError' || code === 'RequestTimeout') return 'timeout'
  return 'unavailable'
}

export interface ListedObject {
  key: string
  lastModified: Date | undefined
}

/**
 * The newest object: latest LastModified; among equal times (S3 keeps whole
 * seconds) the key that sorts last (JavaScript string order, byte order for
 * ASCII keys), so every reader picks the same one. An object without a time
 * counts as oldest.
 */
export function newestObject(objects: readonly ListedObject[]): string | undefined {
  let best: ListedObject | undefined
  for (const object of objects) {
    if (!best) {
      best = object
      continue
    }
    const time = object.lastModified?.getTime() ?? -Infinity
    const bestTime = best.lastModified?.getTime() ?? -Infinity
    if (time > bestTime || (time === bestTime && object.key > best.key)) best = object
  }
  return best?.key
}
