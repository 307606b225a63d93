import { afterEach, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import {
  exampleResponse,
  operationIdFor,
  specLoadInfo,
  startGitHubServer,
  type GitHubServer
} from './github-server.js'

const sarif = gzipSync(JSON.stringify({ version: '2.1.0', runs: [] })).toString('base64')
const uploadBody = {
  commit_sha: 'd6cd1e2bd19e03a81132a23b2025920577f84e37',
  ref: 'refs/heads/main',
  sarif,
  tool_name: 'govulncheck'
}
const receipt = { id: '47177e22-5596-11eb-80a1-c1e54ef945c6', url: 'https://api.github.com/x' }

async function call(
  server: GitHubServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

describe('github-server', () => {
  let server: GitHubServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('loads the api.github.com description once and maps requests to operationIds', () => {
    const info = specLoadInfo()
    expect(info.file).toMatch(/api\.github\.com(\.deref)?\.json$/)
    expect(info.operations).toBeGreaterThan(500)
    expect(specLoadInfo().loadMs).toBe(info.loadMs) // cached, not reloaded
    expect(operationIdFor('POST', '/repos/acme/widgets/code-scanning/sarifs')).toBe(
      'code-scanning/upload-sarif'
    )
    expect(operationIdFor('get', '/repos/acme/widgets/code-scanning/sarifs/abc?x=1')).toBe(
      'code-scanning/get-sarif'
    )
    expect(operationIdFor('GET', '/repos/acme/widgets')).toBe('repos/get')
    expect(operationIdFor('GET', '/repos/acme/widgets/compare/main...feature')).toBe(
      'repos/compare-commits'
    )
    // A literal segment wins over a parameter in the same place.
    expect(operationIdFor('GET', '/repos/acme/widgets/actions/caches')).toBe(
      'actions/get-actions-cache-list'
    )
    // Refs and file paths may carry unescaped slashes; other parameters may not.
    expect(operationIdFor('GET', '/repos/acme/widgets/contents/cmd/server/main.go')).toBe(
      'repos/get-content'
    )
    expect(operationIdFor('GET', '/repos/acme/widgets/commits/heads/main/check-runs')).toBe(
      'checks/list-for-ref'
    )
    expect(operationIdFor('GET', '/repos/acme/widgets/nope')).toBeUndefined()
    expect(operationIdFor('GET', '/nope')).toBeUndefined()
    expect(operationIdFor('PUT', '/repos/acme/widgets/code-scanning/sarifs')).toBeUndefined()
  })

  it('accepts a valid upload-sarif request and records it', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 202, body: receipt }
    })
    const result = await call(
      server,
      'POST',
      '/repos/acme/widgets/code-scanning/sarifs',
      uploadBody
    )
    expect(result).toEqual({ status: 202, body: receipt })
    expect(server.violations).toEqual([])
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/acme/widgets/code-scanning/sarifs',
      operationId: 'code-scanning/upload-sarif',
      pathParams: { owner: 'acme', repo: 'widgets' },
      body: uploadBody
    })
    expect(server.requests[0]!.headers['content-type']).toContain('application/json')
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('refuses a body without the required commit_sha and records a violation', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 202, body: receipt }
    })
    const { commit_sha: _omitted, ...withoutSha } = uploadBody
    const result = await call(
      server,
      'POST',
      '/repos/acme/widgets/code-scanning/sarifs',
      withoutSha
    )
    expect(result.status).toBe(400)
    expect(server.violations).toHaveLength(1)
    expect(server.violations[0]).toContain('code-scanning/upload-sarif')
    expect(server.violations[0]).toContain('commit_sha')
  })

  it('flags unknown properties, bad JSON, wrong content types and unwanted bodies', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 202, body: receipt }
    })
    const url = '/repos/acme/widgets/code-scanning/sarifs'
    expect((await call(server, 'POST', url, { ...uploadBody, extra: 1 })).status).toBe(400)
    expect((await call(server, 'POST', url, '{not json')).status).toBe(400)
    const asText = await call(server, 'POST', url, JSON.stringify(uploadBody), {
      'content-type': 'text/plain'
    })
    expect(asText.status).toBe(400)
    expect((await call(server, 'DELETE', '/repos/acme/widgets', { a: 1 })).status).toBe(400)
    expect(server.violations).toEqual([
      expect.stringContaining('extra'),
      expect.stringContaining('not JSON'),
      expect.stringContaining('content-type text/plain'),
      expect.stringContaining('takes no request body')
    ])
  })

  it('answers 404 for an unknown path or method and records a violation', async () => {
    server = await startGitHubServer({})
    expect((await call(server, 'GET', '/repos/acme/widgets/no-such-thing')).status).toBe(404)
    expect((await call(server, 'DELETE', '/repos/acme/widgets/code-scanning/sarifs')).status).toBe(
      404
    )
    expect((await call(server, 'GET', '//repos/acme/widgets')).status).toBe(404)
    expect(server.violations).toHaveLength(3)
    expect(server.violations[0]).toContain('no path /repos/acme/widgets/no-such-thing')
    expect(server.violations[1]).toContain('has no DELETE operation')
    expect(server.requests).toHaveLength(3)
  })

  it('answers 404 without a violation for a valid request that has no route', async () => {
    server = await startGitHubServer({})
    const result = await call(server, 'GET', '/repos/acme/widgets')
    expect(result.status).toBe(404)
    expect(server.violations).toEqual([])
    expect(server.requests[0]!.operationId).toBe('repos/get')
  })

  it('checks query parameters: required ones and their types', async () => {
    server = await startGitHubServer({
      'pulls/list-files': { status: 200, body: [] },
      'security-advisories/get-global-advisory': req => ({
        status: 404,
        body: { message: `no ${req.pathParams.ghsa_id}`, documentation_url: 'x' }
      })
    })
    expect(
      (await call(server, 'GET', '/repos/acme/widgets/pulls/7/files?per_page=100')).status
    ).toBe(200)
    expect(
      (await call(server, 'GET', '/repos/acme/widgets/pulls/7/files?per_page=lots')).status
    ).toBe(400)
    expect((await call(server, 'GET', '/repos/acme/widgets/pulls/seven/files')).status).toBe(400)
    expect((await call(server, 'GET', '/advisories/GHSA-xxxx-yyyy-zzzz')).status).toBe(404)
    expect(server.requests[0]!.query).toEqual({ per_page: '100' })
    expect(server.violations).toEqual([
      expect.stringContaining('query parameter per_page must be integer'),
      expect.stringContaining('path parameter pull_number must be integer')
    ])
  })

  it('reports a missing required query parameter', async () => {
    server = await startGitHubServer({})
    // GET /search/code requires q.
    expect((await call(server, 'GET', '/search/code')).status).toBe(400)
    expect(server.violations).toEqual([
      expect.stringContaining('missing required query parameter q')
    ])
  })

  it('plays a response list in order, repeating the last, and passes callIndex to handlers', async () => {
    const pending = { processing_status: 'pending' }
    const complete = { processing_status: 'complete', analyses_url: 'https://api.github.com/a' }
    const seen: number[] = []
    server = await startGitHubServer({
      'code-scanning/get-sarif': [
        { status: 200, body: pending },
        { status: 200, body: pending },
        { status: 200, body: complete }
      ],
      'checks/create': (req, callIndex) => {
        seen.push(callIndex)
        return {
          status: 500,
          body: { message: `boom ${String((req.body as { name: string }).name)}` }
        }
      }
    })
    const statuses: unknown[] = []
    for (let i = 0; i < 4; i++) {
      const result = await call(server, 'GET', '/repos/acme/widgets/code-scanning/sarifs/abc')
      statuses.push((result.body as { processing_status: string }).processing_status)
    }
    expect(statuses).toEqual(['pending', 'pending', 'complete', 'complete'])
    const check = { name: 'gate', head_sha: 'd6cd1e2bd19e03a81132a23b2025920577f84e37' }
    await call(server, 'POST', '/repos/acme/widgets/check-runs', check)
    const second = await call(server, 'POST', '/repos/acme/widgets/check-runs', check)
    expect(second).toEqual({ status: 500, body: { message: 'boom gate' } })
    expect(seen).toEqual([0, 1])
    expect(server.violations).toEqual([]) // 500 is not documented, so not checked
  })

  it('checks mock responses against the response schema', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 202, body: { id: 42 } },
      'repos/get': { status: 200, body: exampleResponse('repos/get') }
    })
    await call(server, 'POST', '/repos/acme/widgets/code-scanning/sarifs', uploadBody)
    expect(server.violations).toEqual([
      expect.stringMatching(/^response: .*upload-sarif.* 202: \/id must be string/)
    ])
    const repo = await call(server, 'GET', '/repos/acme/widgets')
    expect((repo.body as { full_name: string }).full_name).toBe('octocat/Hello-World')
  })

  it('refuses route keys that are not operationIds', async () => {
    await expect(startGitHubServer({ 'code-scanning/upload': { status: 200 } })).rejects.toThrow(
      /not an operationId/
    )
  })
})
