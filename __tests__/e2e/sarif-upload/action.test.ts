/**
 * The built action (dist/sarif-upload/index.js) run as the runner runs it,
 * against a local GitHub API that checks every request (and every mocked
 * response) against GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { gunzipSync } from 'node:zlib'
import {
  exampleResponse,
  rateLimitResponse,
  startGitHubServer,
  type GitHubServer,
  type RecordedRequest
} from '../../harness/github-server.js'
import { describeStep, runStep, type StepResult } from '../../harness/runner.js'
import { oasisProblems } from '../../unit/sarif/oasis.js'
import type { SarifLog } from '../../../src/core/sarif/types.js'
import {
  golangciRun,
  location,
  sarifLog,
  staticcheckRun,
  tempRepo,
  type TempRepo
} from '../../unit/sarif/fixtures.js'

const SHA = 'd6cd1e2bd19e03a81132a23b2025920577f84e37'
const HEAD_SHA = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const CHECK_RUN = { ...(exampleResponse('checks/create') as Record<string, unknown>), id: 4 }

let repo: TempRepo
let server: GitHubServer | undefined

beforeAll(() => {
  repo = tempRepo()
  repo.write('reports/lint.sarif', sarifLog([golangciRun(), staticcheckRun(`${repo.dir}/moda`)]))
  // 120 findings: more than two check-run requests' worth, and more than 10 per level.
  const many = Array.from({ length: 120 }, (_, i) => ({
    ruleId: `R${i % 4}`,
    level: i % 3 === 0 ? 'error' : 'warning',
    message: { text: `finding ${i}` },
    locations: [location(i % 2 ? 'modb/main.go' : 'moda/main.go', (i % 6) + 1, 1)]
  }))
  repo.write(
    'reports/many.sarif',
    sarifLog([{ tool: { driver: { name: 'lint' } }, results: many }])
  )
})
afterAll(() => repo.cleanup())
afterEach(async () => {
  await server?.close()
  server = undefined
})

function receipt(id: string) {
  return {
    status: 202,
    body: { id, url: `https://api.github.com/repos/acme/widgets/code-scanning/sarifs/${id}` }
  }
}

function sarifStatus(
  processing_status: 'pending' | 'complete' | 'failed',
  errors: string[] | null = null
) {
  return {
    status: 200,
    body: {
      processing_status,
      analyses_url:
        processing_status === 'complete'
          ? 'https://api.github.com/repos/acme/widgets/code-scanning/analyses?sarif_id=x'
          : null,
      errors
    }
  }
}

async function runAction(
  inputs: Record<string, string>,
  options: { event?: { name: string; payload: unknown }; env?: Record<string, string> } = {}
): Promise<StepResult> {
  return runStep({
    entry: 'dist/sarif-upload/index.js',
    workspace: repo.dir,
    inputs: { token: 'ghs_test', ...inputs },
    event: options.event,
    env: {
      GITHUB_API_URL: server?.url,
      GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_JOB: 'lint',
      GO_CI_KIT_SARIF_POLL_MS: '10',
      GO_CI_KIT_RETRY_BASE_MS: '5',
      ...options.env
    }
  })
}

function uploads(): RecordedRequest[] {
  return server?.requests.filter(r => r.operationId === 'code-scanning/upload-sarif') ?? []
}

function uploadedLog(request: RecordedRequest): SarifLog {
  const body = request.body as { sarif: string }
  const log = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8')) as SarifLog
  // What is sent must be valid SARIF 2.1.0 (the OASIS schema), not only what GitHub reads.
  expect(oasisProblems(log)).toEqual([])
  return log
}

/** An API failure is the step's error, once: not also a warning or a log line. */
function expectSaidOnce(result: StepResult, text: string): void {
  expect(result.errors.filter(e => e.message.includes(text))).toHaveLength(1)
  expect(result.warnings.filter(w => w.message.includes(text))).toEqual([])
  expect(result.stdout.split(text).length - 1).toBe(1)
}

/** Annotations on files (log warnings are workflow commands too, without a file). */
function fileAnnotations(result: StepResult) {
  return result.commands.filter(
    c => ['error', 'warning', 'notice'].includes(c.command) && c.properties.file
  )
}

describe('sarif-upload action', () => {
  it('uploads, waits through pending to complete, and reports outputs and a summary', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': receipt('sarif-1'),
      'code-scanning/get-sarif': [sarifStatus('pending'), sarifStatus('complete', [])]
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif' })
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(result.outputs).toEqual({
      'sarif-id': 'sarif-1',
      'processing-status': 'complete',
      results: '{"error":3,"warning":1,"note":0,"none":0}',
      annotations: 'code-scanning',
      'uploaded-files': '["reports/lint.sarif"]',
      truncated: 'false'
    })
    expect(server.requests.map(r => r.operationId)).toEqual([
      'code-scanning/upload-sarif',
      'code-scanning/get-sarif',
      'code-scanning/get-sarif'
    ])
    const [upload] = uploads()
    expect(upload.headers.authorization).toBe('Bearer ghs_test')
    expect(upload.body).toMatchObject({
      commit_sha: SHA,
      ref: 'refs/heads/main',
      checkout_uri: `file://${repo.dir}`,
      tool_name: 'golangci-lint, Staticcheck',
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    })
    const log = uploadedLog(upload)
    expect(log.runs.map(run => run.automationDetails?.id)).toEqual([
      '.github/workflows/ci.yml:lint/',
      '.github/workflows/ci.yml:lint/'
    ])
    expect(
      log.runs
        .flatMap(run => run.results)
        .every(r => r.partialFingerprints?.primaryLocationLineHash)
    ).toBe(true)
    expect(fileAnnotations(result)).toEqual([])
    expect(result.summary).toContain('## SARIF: 4 results (3 errors, 1 warning, 0 notes)')
    expect(result.summary).toContain('`sarif-1` (complete)')
    expect(result.summary).toContain('### By tool and rule')
    expect(result.summary).toContain('[SA4006](https://staticcheck.dev/docs/checks#SA4006)')
    expect(result.masks).toContain('ghs_test')
  })

  it('processing failed: shows the errors, fails the step, and annotates with a check run instead', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': receipt('sarif-2'),
      'code-scanning/get-sarif': sarifStatus('failed', [
        'locationFromSarifResult: expected artifact location'
      ]),
      'checks/create': { status: 201, body: CHECK_RUN }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(result.outputs['processing-status']).toBe('failed')
    expect(result.outputs.annotations).toBe('checks')
    expect(result.errors.map(e => e.message).join('\n')).toContain(
      'code scanning failed to process SARIF sarif-2: locationFromSarifResult: expected artifact location'
    )
    expect(result.summary).toContain('### Processing errors for SARIF sarif-2')
    const [create] = server.requests.filter(r => r.operationId === 'checks/create')
    expect(create.body).toMatchObject({ head_sha: SHA, status: 'completed', conclusion: 'neutral' })
  })

  it('403 (no code scanning): falls back to a check run, 50 annotations per request, and says so', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 403,
        body: {
          message: 'Code Security must be enabled for this repository to use code scanning.',
          documentation_url: 'https://docs.github.com/rest'
        }
      },
      'checks/create': { status: 201, body: CHECK_RUN },
      'checks/update': { status: 200, body: CHECK_RUN }
    })
    const result = await runAction({ 'sarif-file': 'reports/many.sarif', 'fail-on': 'error' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(result.outputs).toMatchObject({
      'sarif-id': '',
      'processing-status': 'not-uploaded',
      annotations: 'checks'
    })
    expect(uploads()).toHaveLength(1)
    const checks = server.requests.filter(r => r.operationId?.startsWith('checks/'))
    expect(checks.map(r => r.operationId)).toEqual([
      'checks/create',
      'checks/update',
      'checks/update'
    ])
    const batches = checks.map(
      r => ((r.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length
    )
    expect(batches).toEqual([50, 50, 20])
    expect(checks[0].body).toMatchObject({ status: 'in_progress', head_sha: SHA })
    expect(checks[2].body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(checks[1].pathParams.check_run_id).toBe('4')
    expect(result.warnings.map(w => w.message).join('\n')).toContain(
      'code scanning refused the upload (403: Code Security must be enabled for this repository to use code scanning.)'
    )
    expect(result.summary).toContain('falling back to a check run')
    expect(result.errors.map(e => e.message).join('\n')).toContain(
      'SARIF results at fail-on level error or above: 40 errors'
    )
  })

  it('403 with upload: always: the step fails at once, naming upload: auto as the way out', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 403,
        body: {
          message: 'Code Security must be enabled for this repository to use code scanning.',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif', upload: 'always' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(uploads()).toHaveLength(1)
    expect(server.requests.filter(r => r.operationId?.startsWith('checks/'))).toEqual([])
    expect(result.errors.map(e => e.message)).toEqual([
      'sarif-upload: code scanning refused the upload (403: Code Security must be enabled for this repository to use code scanning.). Fix: grant `permissions: security-events: write`; private repositories need GitHub Code Security (Advanced Security); or use upload: auto to fall back to annotations'
    ])
  })

  it('403 for checks too: falls back to workflow commands, 10 per level, the rest in the summary', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest'
        }
      },
      'checks/create': {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })
    const result = await runAction({ 'sarif-file': 'reports/many.sarif' })
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(result.outputs.annotations).toBe('commands')
    const shown = fileAnnotations(result)
    expect(shown.filter(c => c.command === 'error')).toHaveLength(10)
    expect(shown.filter(c => c.command === 'warning')).toHaveLength(10)
    // Without a pull request, the most severe first, then by file: moda/ before modb/.
    expect(
      shown.filter(c => c.command === 'error').every(c => c.properties.file === 'moda/main.go')
    ).toBe(true)
    expect(result.summary).toContain('### Findings without an annotation (100)')
    expect(result.summary).toContain(
      'check run refused (403: Resource not accessible by integration); falling back to workflow commands'
    )
  })

  it('413: splits the upload smaller and sends the parts', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': (_request, call) =>
        call === 0 ? { status: 413 } : receipt(`part-${call}`),
      'code-scanning/get-sarif': sarifStatus('complete', [])
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif' })
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(result.outputs['sarif-id']).toBe('part-1,part-2')
    const sent = uploads().map(uploadedLog)
    expect(sent.map(log => log.runs.length)).toEqual([2, 1, 1])
    expect(result.warnings.map(w => w.message).join('\n')).toMatch(
      /too large \(413\).*sending it as 2 smaller uploads/
    )
  })

  it('413 every time: a clear error, naming what was sent', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 413 }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif', annotations: 'none' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(result.errors.map(e => e.message).join('\n')).toContain(
      'code scanning refused the upload (413: Payload Too Large) — the SARIF is too large even after splitting'
    )
    expectSaidOnce(result, 'refused the upload (413')
    expect(result.outputs['sarif-id']).toBe('')
  })

  it('422: fails with GitHub’s message and still annotates', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 422,
        body: {
          message: 'No commit found for SHA: d6cd1e2',
          documentation_url: 'https://docs.github.com/rest'
        }
      },
      'checks/create': { status: 201, body: CHECK_RUN }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(uploads()).toHaveLength(1)
    expect(result.errors.map(e => e.message).join('\n')).toContain(
      'code scanning refused the upload (422: No commit found for SHA: d6cd1e2) — GitHub rejected the request; check ref and sha'
    )
    expectSaidOnce(result, 'refused the upload (422')
    expect(result.outputs.annotations).toBe('checks')
  })

  it('5xx then success: retried with backoff; a PR uploads for its merge ref', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': [
        { status: 503, body: { message: 'Service unavailable' } },
        receipt('sarif-3')
      ],
      'code-scanning/get-sarif': sarifStatus('complete', [])
    })
    const event = {
      name: 'pull_request',
      payload: {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: HEAD_SHA, repo: { full_name: 'acme/widgets' } },
          base: { repo: { full_name: 'acme/widgets' } }
        }
      }
    }
    const result = await runAction(
      { 'sarif-file': 'reports/lint.sarif' },
      { event, env: { GITHUB_REF: 'refs/pull/7/merge' } }
    )
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(uploads()).toHaveLength(2)
    expect(uploads()[1].body).toMatchObject({ ref: 'refs/pull/7/merge', commit_sha: SHA })
    expect(result.outputs['sarif-id']).toBe('sarif-3')
    expect(result.stdout).toContain('Retrying GitHub API call (attempt 2)')
  })

  it('a fork PR with a read-only token: no upload, workflow commands with the changed lines first', async () => {
    const filler = Array.from({ length: 100 }, (_, i) => ({
      sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
      filename: `docs/page${i}.md`,
      status: 'modified',
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `https://github.com/acme/widgets/blob/${HEAD_SHA}/docs/page${i}.md`,
      raw_url: `https://github.com/acme/widgets/raw/${HEAD_SHA}/docs/page${i}.md`,
      contents_url: `https://api.github.com/repos/acme/widgets/contents/docs/page${i}.md?ref=${HEAD_SHA}`,
      patch: '@@ -1 +1 @@\n-a\n+b'
    }))
    const changed = {
      ...filler[0],
      filename: 'modb/main.go',
      patch: '@@ -3,2 +3,2 @@ func main() {\n func main() {\n-\tprintln("a")\n+\tprintln("b")'
    }
    server = await startGitHubServer({
      'pulls/list-files': (request: RecordedRequest) => ({
        status: 200,
        body: request.query.page === '1' ? filler : [changed]
      })
    })
    const event = {
      name: 'pull_request',
      payload: {
        number: 9,
        pull_request: {
          number: 9,
          head: { sha: HEAD_SHA, repo: { full_name: 'someone/widgets' } },
          base: { repo: { full_name: 'acme/widgets' } }
        }
      }
    }
    const result = await runAction(
      { 'sarif-file': 'reports/many.sarif' },
      { event, env: { GITHUB_REF: 'refs/pull/9/merge' } }
    )
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(server.requests.map(r => `${r.operationId} page=${r.query.page}`)).toEqual([
      'pulls/list-files page=1',
      'pulls/list-files page=2'
    ])
    expect(result.outputs).toMatchObject({
      annotations: 'commands',
      'sarif-id': '',
      'processing-status': 'not-uploaded'
    })
    const shown = fileAnnotations(result)
    // Line 4 of modb/main.go changed: its 20 findings (i = 3, 9, 15, …: all errors) fill the 10 error
    // slots, although moda/ sorts first otherwise (see the 403 test's output).
    const onChanged = (c: { properties: Record<string, string> }) =>
      c.properties.file === 'modb/main.go' && c.properties.line === '4'
    expect(shown.filter(c => c.command === 'error').every(onChanged)).toBe(true)
    expect(shown.filter(c => c.command === 'error')).toHaveLength(10)
    expect(shown.filter(c => c.command === 'warning').some(onChanged)).toBe(false)
    expect(result.summary).toContain('a pull request from a fork has a read-only token')
  })

  it('without a token: workflow commands only, and upload: always is refused clearly', async () => {
    const plain = await runStep({
      entry: 'dist/sarif-upload/index.js',
      workspace: repo.dir,
      inputs: { 'sarif-file': 'reports/lint.sarif', 'fail-on': 'critical' }
    })
    expect([plain.exitCode, describeStep(plain)]).toEqual([0, expect.any(String)])
    expect(plain.outputs.annotations).toBe('commands')
    expect(fileAnnotations(plain)).toHaveLength(4)
    const always = await runStep({
      entry: 'dist/sarif-upload/index.js',
      workspace: repo.dir,
      inputs: { 'sarif-file': 'reports/lint.sarif', upload: 'always' }
    })
    expect(always.exitCode).toBe(1)
    expect(always.errors[0].message).toContain('upload: always needs a token')
  })

  it('bad input fails the step with the file and pointer, before any request', async () => {
    server = await startGitHubServer({ 'code-scanning/upload-sarif': receipt('never') })
    repo.write('reports/bad.sarif', { version: '2.1.0', runs: [{ tool: { driver: {} } }] })
    const result = await runAction({ 'sarif-file': 'reports/bad.sarif' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0].message).toContain(
      'sarif-upload: reports/bad.sarif: not valid SARIF for code scanning: /runs/0/tool/driver/name: is required but missing'
    )
    expect(server.requests).toEqual([])
  })
})

describe('sarif-upload API failures: one error with a fix; rate limits waited out within upload-timeout', () => {
  it('401: the token was not accepted', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
      }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif', annotations: 'none' })
    expect(result.exitCode).toBe(1)
    expect(server.violations).toEqual([])
    expect(result.errors.map(e => e.message)).toEqual([
      expect.stringContaining(
        'code scanning refused the upload (401: Bad credentials) — the token was not accepted (expired, revoked or mistyped)'
      )
    ])
    expectSaidOnce(result, 'refused the upload (401')
  })

  it('5xx every time: retried, then one error saying so', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': { status: 502, body: { message: 'Server Error' } }
    })
    const result = await runAction({ 'sarif-file': 'reports/lint.sarif', annotations: 'none' })
    expect(result.exitCode).toBe(1)
    expect(uploads()).toHaveLength(4)
    expect(result.errors.map(e => e.message)).toEqual([
      expect.stringContaining(
        'code scanning refused the upload (502: Server Error) — GitHub failed (after 4 attempt(s)); run the job again'
      )
    ])
    expectSaidOnce(result, 'refused the upload (502')
  })

  it.each([
    ['429 with retry-after', () => rateLimitResponse('secondary', 1)],
    // Made when asked: the reset is a moment in time.
    ['403 with x-ratelimit-remaining: 0', () => rateLimitResponse('primary', 2)]
  ])('%s: waited for, then sent again', async (_name, limited) => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': (_request, call) =>
        call === 0 ? limited() : receipt('after-limit'),
      'code-scanning/get-sarif': sarifStatus('complete', [])
    })
    // The client itself waits at most 50 ms here: the wait is the upload budget's.
    const result = await runAction(
      { 'sarif-file': 'reports/lint.sarif', 'upload-timeout': '1m' },
      { env: { GO_CI_KIT_RETRY_MAX_MS: '50' } }
    )
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expect(server.violations).toEqual([])
    expect(uploads()).toHaveLength(2)
    expect(result.outputs['sarif-id']).toBe('after-limit')
    expect(result.stdout).toMatch(
      /GitHub rate limit \((429|403)[^)]*\): waiting \d+ s before sending upload 1 again/
    )
  })

  it('a rate limit that resets after upload-timeout fails at once, saying so', async () => {
    server = await startGitHubServer({
      'code-scanning/upload-sarif': rateLimitResponse('primary', 3600)
    })
    const result = await runAction({
      'sarif-file': 'reports/lint.sarif',
      'upload-timeout': '2m',
      annotations: 'none'
    })
    expect(result.exitCode).toBe(1)
    expect(uploads()).toHaveLength(1)
    expect(result.errors.map(e => e.message)).toEqual([
      expect.stringMatching(
        /^code scanning upload was rate limited \(403: API rate limit exceeded for installation ID 1\.\) — GitHub asked to wait 6[01] min, longer than is left of upload-timeout: run the job again later/
      )
    ])
    expectSaidOnce(result, 'rate limited (403')
  })
})
