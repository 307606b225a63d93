/**
 * The one SARIF flow's delivery: what a refused upload becomes under each
 * caller's named policy (the action falls back on 403 with upload: auto, fails
 * with upload: always; the CLI exits 2 on any refusal).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../../src/core/errors.js'
import { GitHubApiError, type GitHubClient } from '../../../src/core/github/client.js'
import { collectingLogger } from '../../../src/core/report.js'
import {
  ACTION_UPLOAD_ALWAYS_POLICY,
  ACTION_UPLOAD_AUTO_POLICY,
  actionRefusalPolicy,
  CLI_UPLOAD_POLICY,
  commandAnnotations,
  deliverSarif,
  type DeliveryRequest,
  type RefusalPolicy
} from '../../../src/core/sarif/flow.js'
import { GITHUB_LIMITS } from '../../../src/core/sarif/shape/limits.js'
import type { PreparedSarif } from '../../../src/core/sarif/prepare.js'
import { golangciRun, prepare, sarifLog, tempRepo, type TempRepo } from './fixtures.js'

const SHA = 'a'.repeat(40)

/** A client that answers the upload with `status` (or accepts it) and reports processing as `processing`. */
function client(upload: number | 'accept', processing = 'complete'): GitHubClient {
  return {
    baseUrl: 'http://127.0.0.1:1',
    async request<T>(method: string, pathTemplate: string) {
      if (method === 'GET') {
        return {
          status: 200,
          headers: {},
          data: { processing_status: processing, errors: ['bad run'] } as T
        }
      }
      if (upload === 'accept') return { status: 202, headers: {}, data: { id: 'sarif-1' } as T }
      throw new GitHubApiError({
        status: upload,
        kind: 'http',
        method,
        path: pathTemplate,
        apiMessage: upload === 403 ? 'Advanced Security must be enabled' : 'Server Error',
        attempts: 1
      })
    }
  }
}

let repo: TempRepo
let prepared: PreparedSarif

beforeAll(async () => {
  repo = tempRepo()
  repo.write('tools/lint/golangci.sarif', sarifLog([golangciRun()]))
  prepared = await prepare(repo, ['tools/lint/golangci.sarif'])
})
afterAll(() => repo.cleanup())

function request(
  refusal: RefusalPolicy,
  github: GitHubClient,
  extra: Partial<Omit<DeliveryRequest, 'logger'>> = {}
): DeliveryRequest & { logger: ReturnType<typeof collectingLogger> } {
  return {
    prepared,
    mode: 'auto',
    client: github,
    fromFork: false,
    owner: 'o',
    repo: 'r',
    analysisRef: () => ({ ref: 'refs/heads/main', sha: SHA }),
    checkoutPath: repo.dir,
    startedAt: new Date('2026-01-02T03:04:05.678Z'),
    waitForProcessing: false,
    refusal,
    limits: GITHUB_LIMITS,
    logger: collectingLogger(),
    poll: { initialDelayMs: 1, maxDelayMs: 1, timeoutMs: 10, sleep: async () => {} },
    ...extra
  }
}

describe('the refusal policies are named per caller', () => {
  it('the action picks its policy from the upload input', () => {
    expect(actionRefusalPolicy('auto')).toBe(ACTION_UPLOAD_AUTO_POLICY)
    expect(actionRefusalPolicy('never')).toBe(ACTION_UPLOAD_AUTO_POLICY)
    expect(actionRefusalPolicy('always')).toBe(ACTION_UPLOAD_ALWAYS_POLICY)
    expect(ACTION_UPLOAD_AUTO_POLICY.noAccess).toBe('annotate-instead')
    expect(CLI_UPLOAD_POLICY).toEqual({
      noAccess: 'configuration-error',
      otherRefusal: 'configuration-error'
    })
  })
})

describe('deliverSarif', () => {
  it('403 with the action default: skipped and refused, with one warning, so it annotates instead', async () => {
    const call = request(ACTION_UPLOAD_AUTO_POLICY, client(403))
    const outcome = await deliverSarif(call)
    expect(outcome).toMatchObject({ state: 'skipped', refused: true, receipts: [] })
    expect(outcome.failure).toBeUndefined()
    expect(call.logger.lines.filter(line => line.level === 'warning')).toEqual([
      {
        level: 'warning',
        message:
          'code scanning refused the upload (403: Advanced Security must be enabled): code scanning is not available to this token'
      }
    ])
  })

  it('403 with upload: always: a configuration error that names the way out', async () => {
    const outcome = deliverSarif(
      request(ACTION_UPLOAD_ALWAYS_POLICY, client(403), { mode: 'always' })
    )
    await expect(outcome).rejects.toThrow(ConfigurationError)
    await expect(outcome).rejects.toMatchObject({
      message: 'code scanning refused the upload (403: Advanced Security must be enabled)',
      fix: expect.stringMatching(
        /security-events: write.*; or use upload: auto to fall back to annotations$/
      )
    })
  })

  it('403 with the CLI policy: a configuration error without the action’s alternative', async () => {
    const outcome = deliverSarif(request(CLI_UPLOAD_POLICY, client(403), { mode: 'always' }))
    await expect(outcome).rejects.toThrow(ConfigurationError)
    await expect(outcome).rejects.toMatchObject({
      fix: expect.not.stringContaining('upload: auto')
    })
  })

  it('another refusal: the action reports it as the step failure, the CLI stops with it', async () => {
    const action = await deliverSarif(request(ACTION_UPLOAD_AUTO_POLICY, client(500)))
    expect(action).toMatchObject({ state: 'failed', refused: false })
    expect(action.failure).toMatch(/^code scanning refused the upload \(500: Server Error\) — /)
    await expect(
      deliverSarif(request(CLI_UPLOAD_POLICY, client(500), { mode: 'always' }))
    ).rejects.toThrow(ConfigurationError)
  })

  it('no token: skipped for auto, a configuration error for always', async () => {
    await expect(
      deliverSarif(request(ACTION_UPLOAD_AUTO_POLICY, client(403), { client: undefined }))
    ).resolves.toMatchObject({ state: 'skipped', reason: 'no token', refused: false })
    await expect(
      deliverSarif(
        request(ACTION_UPLOAD_ALWAYS_POLICY, client(403), { client: undefined, mode: 'always' })
      )
    ).rejects.toThrow('upload: always needs a token')
  })

  it('a fork with upload: auto is not uploaded and counts as refused', async () => {
    await expect(
      deliverSarif(request(ACTION_UPLOAD_AUTO_POLICY, client('accept'), { fromFork: true }))
    ).resolves.toMatchObject({ state: 'skipped', refused: true })
  })

  it('accepted and waited for: failed processing is returned for the caller to report', async () => {
    const outcome = await deliverSarif(
      request(CLI_UPLOAD_POLICY, client('accept', 'failed'), {
        mode: 'always',
        waitForProcessing: true
      })
    )
    expect(outcome.state).toBe('uploaded')
    expect(outcome.receipts.map(receipt => receipt.id)).toEqual(['sarif-1'])
    expect(outcome.failedProcessing.map(result => result.id)).toEqual(['sarif-1'])
    expect(outcome.failure).toBe('code scanning failed to process SARIF sarif-1: bad run')
  })
})

describe('commandAnnotations', () => {
  it('shows at most maxPerLevel a level and returns the rest', () => {
    const all = commandAnnotations(prepared)
    expect(all.annotations).toHaveLength(2)
    expect(all.notShown).toEqual([])
    const capped = commandAnnotations(prepared, { maxPerLevel: 0 })
    expect(capped.annotations.length + capped.notShown.length).toBe(2)
  })
})
