import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createGitHubClient,
  fillPath,
  GitHubApiError,
  retryDelay
} from '../../../src/core/github/client.js'
import { gitHubAdvisoryFetcher } from '../../../src/core/vuln/advisory-severity.js'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

/** A real HTTP server on 127.0.0.1 whose answers are scripted per test. */
let server: Server
let baseUrl: string
const seen: Seen[] = []
let script: ((req: Seen, res: ServerResponse, attempt: number) => void) | undefined

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString()
      }
      seen.push(entry)
      script?.(entry, res, seen.length)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3/`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

const noWait = { sleep: async () => {} }

describe('GitHub client', () => {
  it('sends the headers GitHub expects and fills the path template', async () => {
    seen.length = 0
    script = (_req, res) => json(res, 200, { ok: true }, { 'x-ratelimit-remaining': '59' })
    const client = createGitHubClient({ baseUrl, token: 'tkn', userAgent: 'go-ci-kit-test' })
    const response = await client.request<{ ok: boolean }>('post', '/repos/{owner}/{repo}/things', {
      pathParams: { owner: 'acme', repo: 'we ird/x' },
      query: { per_page: 100, state: undefined, labels: ['a', 'b'] },
      body: { hello: 'world' },
      headers: { 'X-Extra': '1' }
    })
    expect(response).toMatchObject({ status: 200, data: { ok: true } })
    expect(response.headers['x-ratelimit-remaining']).toBe('59')
    const [request] = seen
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/api/v3/repos/acme/we%20ird%2Fx/things?per_page=100&labels=a%2Cb')
    expect(request.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      authorization: 'Bearer tkn',
      'user-agent': 'go-ci-kit-test',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json; charset=utf-8',
      'x-extra': '1'
    })
    expect(JSON.parse(request.body)).toEqual({ hello: 'world' })
  })

  it('retries 5xx and 429 with backoff, then succeeds', async () => {
    seen.length = 0
    script = (_req, res, attempt) => {
      if (attempt === 1) json(res, 502, { message: 'Bad Gateway' })
      else if (attempt === 2) json(res, 429, { message: 'slow down' }, { 'retry-after': '0' })
      else json(res, 200, { id: 1 })
    }
    const waits: number[] = []
    const client = createGitHubClient({
      baseUrl,
      sleep: async ms => void waits.push(ms),
      retry: { baseDelayMs: 100 }
    })
    const response = await client.request('GET', '/advisories/{ghsa_id}', {
      pathParams: { ghsa_id: 'GHSA-1' }
    })
    expect(response.data).toEqual({ id: 1 })
    expect(seen).toHaveLength(3)
    expect(waits).toHaveLength(2)
    expect(waits[0]).toBeGreaterThanOrEqual(75)
    expect(waits[1]).toBeGreaterThanOrEqual(150)
  })

  it('does not retry a 404 and gives a typed error with the status and GitHub’s message', async () => {
    seen.length = 0
    script = (_req, res) =>
      json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    const client = createGitHubClient({ baseUrl, ...noWait })
    const error = await client
      .request('GET', '/advisories/{ghsa_id}', { pathParams: { ghsa_id: 'GHSA-x' } })
      .catch(e => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({
      status: 404,
      kind: 'http',
      apiMessage: 'Not Found',
      documentationUrl: 'https://docs.github.com/rest',
      attempts: 1
    })
    expect(error.message).toBe('GitHub API GET /advisories/GHSA-x failed: HTTP 404: Not Found')
    expect(seen).toHaveLength(1)
  })

  it('gives up after the retries and says how many attempts were made', async () => {
    seen.length = 0
    script = (_req, res) => json(res, 503, { message: 'Service Unavailable' })
    const client = createGitHubClient({ baseUrl, retry: { retries: 2 }, ...noWait })
    const error = await client.request('GET', '/x').catch(e => e)
    expect(error).toMatchObject({ status: 503, attempts: 3 })
    expect(error.message).toMatch(/HTTP 503: Service Unavailable \(after 3 attempts\)/)
  })

  it('reports an unreachable server as status 0, after retrying', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const client = createGitHubClient({
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { retries: 1 },
      ...noWait
    })
    const error = await client.request('GET', '/advisories/GHSA-1').catch(e => e)
    expect(error).toMatchObject({ status: 0, kind: 'network', attempts: 2, unreachable: true })
    expect(error.message).toMatch(/network error: fetch failed \(.*ECONNREFUSED/)
  })

  it('times out a request that gets no answer', async () => {
    script = () => {} // never answers
    const client = createGitHubClient({ baseUrl, timeoutMs: 100, retry: { retries: 0 }, ...noWait })
    const error = await client.request('GET', '/slow').catch(e => e)
    expect(error).toMatchObject({ status: 0, kind: 'timeout', attempts: 1 })
    expect(error.message).toBe('GitHub API GET /slow failed: timed out')
  })

  it('treats a rate-limited 403 as retryable and honours a short retry-after', () => {
    const limited = new GitHubApiError({
      status: 403,
      kind: 'http',
      method: 'GET',
      path: '/x',
      apiMessage: 'API rate limit exceeded',
      headers: { 'retry-after': '2' },
      attempts: 1
    })
    expect(limited.rateLimited).toBe(true)
    expect(
      retryDelay(limited, 1, { retries: 3, baseDelayMs: 100, maxDelayMs: 30_000 }, () => 0.5)
    ).toBe(2000)
    // A wait longer than we accept fails at once instead of hanging the step.
    expect(
      retryDelay(limited, 1, { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 }, () => 0.5)
    ).toBeUndefined()
    const forbidden = new GitHubApiError({
      status: 403,
      kind: 'http',
      method: 'GET',
      path: '/x',
      apiMessage: 'Resource not accessible by integration',
      attempts: 1
    })
    expect(
      retryDelay(forbidden, 1, { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 })
    ).toBeUndefined()
  })

  it('refuses a path template with a missing parameter (a bug, not a request)', () => {
    expect(() => fillPath('/repos/{owner}/{repo}', { owner: 'a' })).toThrow('no value for {repo}')
  })

  it('backs the advisory fetcher: 404 means no advisory', async () => {
    script = (req, res) =>
      req.url.endsWith('/GHSA-aaaa-bbbb-cccc')
        ? json(res, 200, { ghsa_id: 'GHSA-aaaa-bbbb-cccc', severity: 'high' })
        : json(res, 404, { message: 'Not Found' })
    const fetcher = gitHubAdvisoryFetcher(createGitHubClient({ baseUrl, ...noWait }))
    expect(await fetcher.fetchAdvisory('GHSA-aaaa-bbbb-cccc')).toMatchObject({ severity: 'high' })
    expect(await fetcher.fetchAdvisory('GHSA-none-none-none')).toBeUndefined()
  })
})
