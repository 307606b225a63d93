/**
 * Findings as a check run: `POST /repos/{o}/{r}/check-runs` with the first 50
 * annotations, then `PATCH …/check-runs/{id}` for each further 50 (the API's
 * per-request maximum; each PATCH appends), the last one completing the run.
 */
import type { GitHubClient } from '../../github/client.js'
import { toCheckAnnotation, type CheckAnnotation, type SarifFinding } from './annotations.js'

export const ANNOTATIONS_PER_REQUEST = 50
/** A bound on API calls; the rest is listed in the summary. */
export const MAX_CHECK_ANNOTATIONS = 1_000
const MAX_OUTPUT_TEXT = 65_535

export interface CheckRunRequest {
  owner: string
  repo: string
  headSha: string
  name: string
  title: string
  summary: string
  conclusion: 'success' | 'neutral' | 'failure'
  findings: SarifFinding[]
  maxAnnotations?: number
  detailsUrl?: string
}

export interface CheckRunResult {
  id: number
  url?: string
  annotated: number
  /** Findings that could not be annotated (no file) or were over the cap. */
  notAnnotated: SarifFinding[]
  requests: number
}

export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest
): Promise<CheckRunResult> {
  const cap = request.maxAnnotations ?? MAX_CHECK_ANNOTATIONS
  const annotations: CheckAnnotation[] = []
  const notAnnotated: SarifFinding[] = []
  for (const finding of request.findings) {
    const annotation = annotations.length < cap ? toCheckAnnotation(finding) : undefined
    if (annotation) annotations.push(annotation)
    else notAnnotated.push(finding)
  }
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const output = (batch: CheckAnnotation[]) => ({
    title: request.title.slice(0, 255),
    summary: request.summary.slice(0, MAX_OUTPUT_TEXT),
    ...(batch.length > 0 ? { annotations: batch } : {})
  })
  const path = { owner: request.owner, repo: request.repo }
  const single = batches.length <= 1
  const created = await client.request<{ id: number; html_url?: string }>(
    'POST',
    '/repos/{owner}/{repo}/check-runs',
    {
      pathParams: path,
      body: {
        name: request.name,
        head_sha: request.headSha,
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
        ...(single
          ? {
              status: 'completed',
              conclusion: request.conclusion,
              completed_at: isoSeconds(new Date())
            }
          : { status: 'in_progress' }),
        output: output(batches[0] ?? [])
      }
    }
  )
  const id = created.data.id
  let requests = 1
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1
      await client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
        pathParams: { ...path, check_run_id: id },
        body: {
          ...(last
            ? {
                status: 'completed',
                conclusion: request.conclusion,
                completed_at: isoSeconds(new Date())
              }
            : {}),
          output: output(batches[i])
        }
      })
      requests++
    }
  } catch (error) {
    // Do not leave the check run "in progress" forever: close it, saying it is incomplete.
    await client
      .request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
        pathParams: { ...path, check_run_id: id },
        body: {
          status: 'completed',
          conclusion: 'neutral',
          completed_at: isoSeconds(new Date()),
          output: {
            title: `${request.title} (incomplete)`.slice(0, 255),
            summary: `Only ${requests * ANNOTATIONS_PER_REQUEST} of ${annotations.length} annotations could be added; see the job summary for all findings.`
          }
        }
      })
      .catch(() => undefined)
    throw error
  }
  return { id, url: created.data.html_url, annotated: annotations.length, notAnnotated, requests }
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
