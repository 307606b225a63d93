/**
 * The GitHub Advisory Database endpoint (`GET /advisories/{ghsa_id}`,
 * operation security-advisories/get-global-advisory) on the OpenAPI-checked
 * local GitHub server, answering from a table of advisories (404 otherwise).
 */
import { startGitHubServer, type GitHubServer } from '../../harness/github-server.js'

/** An advisory with every field the REST description requires, around the severity data under test. */
export function advisoryBody(
  ghsaId: string,
  severity: Record<string, unknown>
): Record<string, unknown> {
  return {
    ghsa_id: ghsaId,
    cve_id: null,
    url: `https://api.github.com/advisories/${ghsaId}`,
    html_url: `https://github.com/advisories/${ghsaId}`,
    repository_advisory_url: null,
    summary: `Advisory ${ghsaId}`,
    description: 'Test advisory',
    type: 'reviewed',
    source_code_location: null,
    identifiers: [{ type: 'GHSA', value: ghsaId }],
    references: [],
    published_at: '2098-01-01T00:00:00Z',
    updated_at: '2098-01-02T00:00:00Z',
    github_reviewed_at: '2098-01-01T00:00:00Z',
    nvd_published_at: null,
    withdrawn_at: null,
    vulnerabilities: [],
    cvss: null,
    cwes: [],
    credits: [],
    ...severity
  }
}

export function startAdvisoryApi(
  advisories: Record<string, Record<string, unknown>>
): Promise<GitHubServer> {
  return startGitHubServer({
    'security-advisories/get-global-advisory': request => {
      const id = request.pathParams.ghsa_id ?? ''
      const severity = advisories[id]
      return severity
        ? { status: 200, body: advisoryBody(id, severity) }
        : {
            status: 404,
            body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
          }
    }
  })
}
