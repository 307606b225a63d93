/**
 * The S3 store against a local S3 server (s3rver behind the harness front):
 * the conformance suite, plus what is particular to S3: the fallback for
 * stores without conditional writes, 503 SlowDown, wrong keys, and that no
 * secret ever reaches an error message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startS3Server, type S3Fault, type S3Server } from '../../harness/s3-server.js'
import {
  describeRemoteStoreConformance,
  type StoreFault
} from '../../helpers/remote-store-conformance.js'
import {
  createS3Store,
  RemoteStoreError,
  type RemoteStore
} from '../../../src/core/remote-store/index.js'

const FAULTS: Record<StoreFault, S3Fault> = {
  'lookup-500': '500',
  'data-500': '500',
  'read-403': '403',
  'write-403': '403',
  'throttled-429': '429',
  hang: 'timeout',
  truncated: 'truncated',
  'stall-data': 'stall'
}

describeRemoteStoreConformance('s3 (s3rver)', {
  faults: Object.keys(FAULTS) as StoreFault[],
  async start() {
    const server = await startS3Server()
    return {
      store: createS3Store(`s3://${server.bucket}/ci/go`, server.env, { maxAttempts: 2 }),
      setFault: fault => server.setFault(fault ? FAULTS[fault] : null),
      requestCount: () => server.requests.length,
      openRequests: () => server.openRequests(),
      // S3 keeps LastModified in whole seconds.
      timeResolutionMs: 1000,
      close: () => server.close()
    }
  }
})

describe('s3 store specifics', () => {
  let server: S3Server
  let dir: string
  let store: RemoteStore
  let counter = 0
  const file = (content: string): string => {
    const written = path.join(dir, `f${++counter}`)
    writeFileSync(written, content)
    return written
  }
  const failure = (promise: Promise<unknown>): Promise<RemoteStoreError> =>
    promise.then(
      value => {
        throw new Error(`expected a failure, got ${JSON.stringify(value)}`)
      },
      (error: unknown) => error as RemoteStoreError
    )

  beforeAll(async () => {
    server = await startS3Server()
    dir = mkdtempSync(path.join(os.tmpdir(), 'gck-s3-store-'))
    store = createS3Store(`s3://${server.bucket}/specifics`, server.env, { maxAttempts: 1 })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps keys under the URL prefix', async () => {
    expect(await store.write('a/b', file('x'))).toBe(true)
    expect(server.requests.filter(r => r.method === 'PUT').map(r => r.path)).toEqual([
      `/${server.bucket}/specifics/a/b`
    ])
    expect(server.requests.find(r => r.method === 'PUT')?.ifNoneMatch).toBe('*')
    expect(await store.lookup('zzz', ['a/'])).toBe('a/b')
  })

  it('falls back to a plain PutObject when the store answers 501 to If-None-Match', async () => {
    server.setConditionalWrites('unsupported')
    try {
      expect(await store.write('fallback', file('first'))).toBe(true)
      // Present: the HeadObject before the write says so.
      expect(await store.write('fallback', file('second'))).toBe(false)
      expect((await store.read('fallback')).toString()).toBe('first')
    } finally {
      server.setConditionalWrites('native')
    }
  })

  it('streams a file larger than the in-memory limit from disk', async () => {
    const streaming = createS3Store(`s3://${server.bucket}/specifics`, server.env, {
      bufferedPutBytes: 1000
    })
    const content = 'streamed '.repeat(50_000)
    expect(await streaming.write('streamed', file(content))).toBe(true)
    expect((await streaming.read('streamed')).toString()).toBe(content)
  })

  it('stops an upload under way when its signal fires', async () => {
    server.setFault('timeout')
    try {
      const controller = new AbortController()
      const before = server.requests.length
      const write = store.write('aborted-upload', file('x'), controller.signal)
      while (server.requests.length === before) await new Promise(r => setTimeout(r, 10))
      controller.abort()
      expect((await failure(write)).kind).toBe('timeout')
    } finally {
      server.setFault(null)
    }
    expect(await store.lookup('aborted-upload', [])).toBeUndefined()
  })

  it('calls 503 SlowDown throttled', async () => {
    server.setFault('slow-down')
    try {
      expect((await failure(store.read('a/b'))).kind).toBe('throttled')
    } finally {
      server.setFault(null)
    }
  })

  it('calls wrong keys denied and never shows the secret', async () => {
    const secret = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY'
    const wrong = createS3Store(`s3://${server.bucket}/specifics`, {
      ...server.env,
      AWS_ACCESS_KEY_ID: 'AKIAWRONGKEY',
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_SESSION_TOKEN: 'session-token-secret'
    })
    for (const error of [
      await failure(wrong.read('a/b')),
      await failure(wrong.lookup('a/b', ['a/'])),
      await failure(wrong.write('c', file('x')))
    ]) {
      expect(error).toBeInstanceOf(RemoteStoreError)
      expect(error.kind).toBe('denied')
      expect(error.message).not.toContain(secret)
      expect(error.message).not.toContain('session-token-secret')
    }
  })

  it('calls a refused connection unavailable', async () => {
    const down = createS3Store(
      's3://bucket-x/p',
      {
        ...server.env,
        AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9'
      },
      { maxAttempts: 1 }
    )
    expect((await failure(down.read('k'))).kind).toBe('unavailable')
  })
})
