/**
 * The local S3 server's front, spoken to with plain unsigned HTTP (s3rver
 * lets anonymous requests through): conditional writes in each mode, each
 * fault's answer, and that close() removes its files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { startS3Server, type S3Fault, type S3Server } from './s3-server.js'

let server: S3Server
let counter = 0

beforeAll(async () => {
  server = await startS3Server()
})
afterAll(() => server?.close())

const objectUrl = (key: string): string => `${server.endpoint}/${server.bucket}/${key}`
const put = (key: string, body: string, conditional: boolean): Promise<Response> =>
  fetch(objectUrl(key), {
    method: 'PUT',
    body,
    headers: conditional ? { 'if-none-match': '*' } : {}
  })
const get = async (key: string): Promise<string> => (await fetch(objectUrl(key))).text()

describe('conditional writes', () => {
  it('native: a conditional PUT of an existing key answers 412 and keeps the object', async () => {
    const key = `native-${++counter}`
    expect((await put(key, 'first', true)).status).toBe(200)
    const second = await put(key, 'second', true)
    expect(second.status).toBe(412)
    expect(await second.text()).toContain('<Code>PreconditionFailed</Code>')
    expect(await get(key)).toBe('first')
  })

  it('native: of racing conditional PUTs of one key exactly one wins', async () => {
    const key = `race-${++counter}`
    const statuses = await Promise.all(
      ['a', 'b', 'c', 'd'].map(async body => (await put(key, body, true)).status)
    )
    expect(statuses.sort()).toEqual([200, 412, 412, 412])
  })

  it('unsupported: a conditional PUT answers 501 NotImplemented', async () => {
    server.setConditionalWrites('unsupported')
    try {
      const answer = await put(`unsupported-${++counter}`, 'x', true)
      expect(answer.status).toBe(501)
      expect(await answer.text()).toContain('<Code>NotImplemented</Code>')
    } finally {
      server.setConditionalWrites('native')
    }
  })

  it("ignored: s3rver's own behaviour, an overwrite", async () => {
    const key = `ignored-${++counter}`
    server.setConditionalWrites('ignored')
    try {
      await put(key, 'first', true)
      expect((await put(key, 'second', true)).status).toBe(200)
      expect(await get(key)).toBe('second')
    } finally {
      server.setConditionalWrites('native')
    }
  })
})

describe('faults', () => {
  it.each([
    ['500', 500, 'InternalError'],
    ['403', 403, 'AccessDenied'],
    ['429', 429, 'TooManyRequests'],
    ['slow-down', 503, 'SlowDown']
  ] as const)('%s answers %i %s', async (fault: S3Fault, status, code) => {
    server.setFault(fault)
    try {
      const answer = await fetch(objectUrl('anything'))
      expect(answer.status).toBe(status)
      expect(await answer.text()).toContain(`<Code>${code}</Code>`)
    } finally {
      server.setFault(null)
    }
  })

  it('timeout holds the request open until the client gives up', async () => {
    server.setFault('timeout')
    try {
      await expect(
        fetch(objectUrl('anything'), { signal: AbortSignal.timeout(200) })
      ).rejects.toThrow()
      for (let i = 0; i < 200 && server.openRequests() > 0; i++)
        await new Promise(resolve => setTimeout(resolve, 10))
      expect(server.openRequests()).toBe(0)
    } finally {
      server.setFault(null)
    }
  })

  it('truncated cuts an object body off halfway', async () => {
    const key = `truncated-${++counter}`
    await put(key, 'x'.repeat(10_000), false)
    server.setFault('truncated')
    try {
      const answer = await fetch(objectUrl(key))
      expect(answer.headers.get('content-length')).toBe('10000')
      await expect(answer.arrayBuffer()).rejects.toThrow()
    } finally {
      server.setFault(null)
    }
  })
})

it('records requests and removes its files on close', async () => {
  const other = await startS3Server({ bucket: 'other-bucket' })
  await fetch(`${other.endpoint}/other-bucket/k`, { method: 'PUT', body: 'x' })
  expect(other.requests).toEqual([{ method: 'PUT', path: '/other-bucket/k' }])
  expect(existsSync(other.directory)).toBe(true)
  await other.close()
  expect(existsSync(other.directory)).toBe(false)
})
