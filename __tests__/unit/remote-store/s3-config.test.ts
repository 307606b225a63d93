/**
 * The S3 store's pure half: the --s3 URL, settings from the AWS environment
 * variables, secrets to mask, error kinds and the "newest" rule (with S3's
 * whole-second times, ties are common).
 */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../../src/core/errors.js'
import {
  createS3Store,
  DEFAULT_S3_REGION,
  parseS3Url,
  s3ClientSettings,
  secretsToMask
} from '../../../src/core/remote-store/index.js'
import { newestObject, s3ErrorKind } from '../../../src/core/remote-store/s3-config.js'
import { blobErrorKind } from '../../../src/core/remote-store/azure-blob.js'
import { serviceErrorKind } from '../../../src/core/remote-store/actions-cache.js'
import { CacheServiceError } from '../../../src/core/cache-transfer/index.js'

function configError(action: () => unknown): ConfigurationError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseS3Url', () => {
  it.each([
    ['s3://my-bucket/ci/go', { bucket: 'my-bucket', prefix: 'ci/go' }],
    ['s3://my-bucket/ci/go/', { bucket: 'my-bucket', prefix: 'ci/go' }],
    ['s3://my-bucket', { bucket: 'my-bucket', prefix: '' }],
    ['s3://my-bucket/', { bucket: 'my-bucket', prefix: '' }],
    ['  s3://b.example.com/x ', { bucket: 'b.example.com', prefix: 'x' }]
  ])('%s', (url, location) => {
    expect(parseS3Url(url)).toEqual(location)
  })

  it.each([
    ['https://my-bucket.s3.amazonaws.com/x', 'not an s3:// URL'],
    ['s3:/my-bucket/x', 'not an s3:// URL'],
    ['s3://My_Bucket/x', 'is not a bucket name'],
    ['s3://ab/x', 'is not a bucket name'],
    ['s3://a..b/x', 'is not a bucket name'],
    ['s3://bucket/a//b', 'empty path segment'],
    ['s3://bucket/x?versionId=1', 'no query or fragment']
  ])('refuses %s in one line naming --s3 and the fix', (url, why) => {
    const error = configError(() => parseS3Url(url))
    expect(error.userMessage).toContain(`--s3 ${url.trim()}: `)
    expect(error.userMessage).toContain(why)
    expect(error.userMessage).toContain('Fix: pass --s3 s3://BUCKET/PREFIX')
    expect(error.userMessage).not.toContain('\n')
  })

  it('never echoes credentials written into the URL', () => {
    const error = configError(() => parseS3Url('s3://AKIAXXXX:topsecret@bucket/p'))
    expect(error.userMessage).not.toContain('topsecret')
    expect(error.userMessage).toContain('s3://***@bucket/p')
    expect(error.userMessage).toContain('AWS_SECRET_ACCESS_KEY')
  })

  it('is checked when the store is made, before any SDK is loaded', () => {
    configError(() => createS3Store('s3://Bad_Bucket', {}))
  })
})

describe('s3ClientSettings', () => {
  it('defaults to us-east-1, virtual-hosted addressing and the SDK chain for keys', () => {
    expect(s3ClientSettings({})).toEqual({ region: DEFAULT_S3_REGION, forcePathStyle: false })
    expect(DEFAULT_S3_REGION).toBe('us-east-1')
  })

  it('takes AWS_REGION before AWS_DEFAULT_REGION', () => {
    expect(s3ClientSettings({ AWS_DEFAULT_REGION: 'eu-west-1' }).region).toBe('eu-west-1')
    expect(
      s3ClientSettings({ AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'eu-west-1' }).region
    ).toBe('eu-central-1')
  })

  it('takes AWS_ENDPOINT_URL_S3 before AWS_ENDPOINT_URL, with path-style addressing', () => {
    expect(s3ClientSettings({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' })).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true
    })
    expect(
      s3ClientSettings({
        AWS_ENDPOINT_URL: 'http://general.example',
        AWS_ENDPOINT_URL_S3: 'https://acct.r2.example'
      }).endpoint
    ).toBe('https://acct.r2.example')
  })

  it('refuses an endpoint that is not a URL, naming the variable', () => {
    expect(configError(() => s3ClientSettings({ AWS_ENDPOINT_URL_S3: 'minio:9000' })).message).toBe(
      'AWS_ENDPOINT_URL_S3 is not an http(s) URL'
    )
  })

  it('passes keys from the environment only when both parts are there', () => {
    expect(s3ClientSettings({ AWS_ACCESS_KEY_ID: 'AKIA' }).credentials).toBeUndefined()
    expect(
      s3ClientSettings({
        AWS_ACCESS_KEY_ID: 'AKIA',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'token'
      }).credentials
    ).toEqual({ accessKeyId: 'AKIA', secretAccessKey: 'secret', sessionToken: 'token' })
  })
})

describe('secretsToMask', () => {
  it('lists the secret key and session tokens, not the key id', () => {
    expect(
      secretsToMask({
        AWS_ACCESS_KEY_ID: 'AKIA',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'token',
        AWS_SECURITY_TOKEN: ''
      })
    ).toEqual(['secret', 'token'])
    expect(secretsToMask({})).toEqual([])
  })
})

describe('error kinds', () => {
  it.each([
    ['NoSuchKey', 404, 'not-found'],
    ['NotFound', 404, 'not-found'],
    ['AccessDenied', 403, 'denied'],
    ['InvalidAccessKeyId', 403, 'denied'],
    [undefined, 403, 'denied'],
    ['SlowDown', 503, 'throttled'],
    ['TooManyRequests', 429, 'throttled'],
    ['InternalError', 500, 'unavailable'],
    ['ECONNREFUSED', undefined, 'unavailable'],
    ['InvalidRange', 416, 'corrupt'],
    ['EntityTooLarge', 400, 'too-large'],
    ['TimeoutError', undefined, 'timeout']
  ] as const)('S3 %s / %s is %s', (code, status, kind) => {
    expect(s3ErrorKind(code, status)).toBe(kind)
  })

  it.each([
    [404, 'BlobNotFound', 'not-found'],
    [403, 'AuthenticationFailed', 'denied'],
    [503, 'ServerBusy', 'throttled'],
    [429, undefined, 'throttled'],
    [500, 'InternalError', 'unavailable'],
    [416, 'InvalidRange', 'corrupt'],
    [undefined, undefined, 'unavailable']
  ] as const)('blob %s %s is %s', (status, code, kind) => {
    expect(blobErrorKind(status, code)).toBe(kind)
  })

  it.each([
    ['denied', 'denied'],
    ['rate-limited', 'throttled'],
    ['not-found', 'not-found'],
    ['unavailable', 'unavailable'],
    ['protocol', 'unavailable']
  ] as const)('cache service %s is %s', (serviceKind, kind) => {
    expect(serviceErrorKind(new CacheServiceError('M', 'x', { kind: serviceKind }))).toBe(kind)
  })
})

describe('newestObject', () => {
  const at = (seconds: number): Date => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds))

  it('takes the latest LastModified', () => {
    expect(
      newestObject([
        { key: 'z', lastModified: at(1) },
        { key: 'a', lastModified: at(2) }
      ])
    ).toBe('a')
  })

  it('breaks a tie by the key that sorts last, whatever the listing order', () => {
    const tied = [
      { key: 'index-b', lastModified: at(5) },
      { key: 'index-c', lastModified: at(5) },
      { key: 'index-a', lastModified: at(5) }
    ]
    expect(newestObject(tied)).toBe('index-c')
    expect(newestObject([...tied].reverse())).toBe('index-c')
  })

  it('counts an object without a time as oldest, and nothing as undefined', () => {
    expect(
      newestObject([
        { key: 'z', lastModified: undefined },
        { key: 'a', lastModified: at(0) }
      ])
    ).toBe('a')
    expect(newestObject([])).toBeUndefined()
  })
})
