/**
 * Severity for Go vulnerabilities. The Go database publishes none on purpose,
 * so it comes from the GitHub Advisory Database through the entry's GHSA
 * aliases (`GET /advisories/{ghsa_id}`: `severity`, `cvss_severities`).
 * Lookups go through an injected fetcher, are cached for the run, and degrade
 * to "unknown" with one warning when the API cannot be reached.
 */
import type { GitHubClient } from '../github/client.js'
import { isGitHubApiError } from '../github/errors.js'
import type { Logger } from '../report.js'

export type SeverityLabel = 'critical' | 'high' | 'medium' | 'low' | 'unknown'
export type SeverityThreshold = Exclude<SeverityLabel, 'unknown'>

export const SEVERITY_THRESHOLDS: readonly SeverityThreshold[] = [
  'low',
  'medium',
  'high',
  'critical'
]

const RANK: Record<SeverityLabel, number> = { unknown: 0, low: 1, medium: 2, high: 3, critical: 4 }

export function severityRank(label: SeverityLabel): number {
  return RANK[label]
}

export interface SeverityInfo {
  label: SeverityLabel
  /** CVSS base score 0–10 when the advisory has one. */
  score?: number
  vector?: string
  /** The advisory the label came from. */
  source?: string
}

export const UNKNOWN_SEVERITY: SeverityInfo = { label: 'unknown' }

/** Fetches one advisory by GHSA id; resolves undefined when GitHub has none (404). */
export interface AdvisoryFetcher {
  fetchAdvisory(ghsaId: string): Promise<unknown>
}

/** The real fetcher: GitHub's global advisory endpoint through the shared client. */
export function gitHubAdvisoryFetcher(client: GitHubClient): AdvisoryFetcher {
  return {
    async fetchAdvisory(ghsaId) {
      try {
        const response = await client.request('GET', '/advisories/{ghsa_id}', {
          pathParams: { ghsa_id: ghsaId }
        })
        return response.data
      } catch (error) {
        if (isGitHubApiError(error) && error.status === 404) return undefined
        throw error
      }
    }
  }
}

/** CVSS base score → the qualitative band (CVSS v3.1 specification, table 14). */
export function labelForScore(score: number): SeverityLabel {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'unknown'
}

/** Reads `severity` and the best CVSS score from an advisory body, defensively. */
export function severityFromAdvisory(advisory: unknown, ghsaId: string): SeverityInfo {
  if (typeof advisory !== 'object' || advisory === null) return { ...UNKNOWN_SEVERITY }
  const body = advisory as Record<string, unknown>
  const severities = (body.cvss_severities ?? {}) as Record<string, unknown>
  // v3 first: it is what GitHub's own label follows for most Go advisories; then v4, then the legacy field.
  const candidates = [severities.cvss_v3, severities.cvss_v4, body.cvss]
  let score: number | undefined
  let vector: string | undefined
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue
    const value = (candidate as { score?: unknown }).score
    const number = typeof value === 'string' ? Number(value) : value
    if (typeof number === 'number' && Number.isFinite(number) && number > 0 && number <= 10) {
      score = number
      const text = (candidate as { vector_string?: unknown }).vector_string
      vector = typeof text === 'string' ? text : undefined
      break
    }
  }
  const raw = typeof body.severity === 'string' ? body.severity.toLowerCase() : ''
  const label: SeverityLabel =
    raw in RANK && raw !== 'unknown'
      ? (raw as SeverityLabel)
      : score !== undefined
        ? labelForScore(score)
        : 'unknown'
  return { label, score, vector, source: ghsaId }
}

/** The GHSA ids among an entry's id and aliases. */
export function ghsaAliases(ids: string[]): string[] {
  return [...new Set(ids.filter(id => /^GHSA(-[0-9a-z]{4}){3}$/i.test(id)))]
}

export interface SeverityResolverOptions {
  fetcher?: AdvisoryFetcher
  logger: Logger
  /** Parallel lookups. */
  concurrency?: number
}

/**
 * Resolves severities for a run. Each GHSA id is fetched at most once; after
 * the first sign that the API is unreachable (or rate limited) no further
 * calls are made and everything left is unknown.
 */
export class SeverityResolver {
  private readonly cache = new Map<string, Promise<SeverityInfo | undefined>>()
  private unavailable?: string
  private lookups = 0

  constructor(private readonly options: SeverityResolverOptions) {}

  get enabled(): boolean {
    return this.options.fetcher !== undefined
  }

  /** Why lookups stopped, if they did. */
  get unavailableReason(): string | undefined {
    return this.unavailable
  }

  get requestCount(): number {
    return this.lookups
  }

  /** Severity for one vulnerability from all of its ids; the highest advisory wins. */
  async resolve(ids: string[]): Promise<SeverityInfo> {
    const ghsas = ghsaAliases(ids)
    if (!this.options.fetcher || ghsas.length === 0) return { ...UNKNOWN_SEVERITY }
    const found = await Promise.all(ghsas.map(id => this.lookup(id)))
    let best: SeverityInfo = { ...UNKNOWN_SEVERITY }
    for (const info of found) {
      if (!info) continue
      if (
        severityRank(info.label) > severityRank(best.label) ||
        (info.label === best.label && (info.score ?? 0) > (best.score ?? 0))
      )
        best = info
    }
    return best
  }

  /** Resolves many at once with bounded parallelism; keyed by the first id of each list. */
  async resolveAll(entries: { key: string; ids: string[] }[]): Promise<Map<string, SeverityInfo>> {
    const results = new Map<string, SeverityInfo>()
    const queue = [...entries]
    const workers = Array.from({ length: Math.max(1, this.options.concurrency ?? 4) }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        results.set(entry.key, await this.resolve(entry.ids))
      }
    })
    await Promise.all(workers)
    return results
  }

  private lookup(ghsaId: string): Promise<SeverityInfo | undefined> {
    const key = ghsaId.toLowerCase()
    let pending = this.cache.get(key)
    if (!pending) {
      pending = this.fetch(ghsaId)
      this.cache.set(key, pending)
    }
    return pending
  }

  private async fetch(ghsaId: string): Promise<SeverityInfo | undefined> {
    if (this.unavailable || !this.options.fetcher) return undefined
    this.lookups++
    try {
      const advisory = await this.options.fetcher.fetchAdvisory(ghsaId)
      if (advisory === undefined) {
        this.options.logger.debug(`GitHub has no advisory ${ghsaId}; its severity is unknown`)
        return undefined
      }
      return severityFromAdvisory(advisory, ghsaId)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const stop =
        !isGitHubApiError(error) || error.unreachable || error.rateLimited || error.status === 401
      if (stop && !this.unavailable) {
        this.unavailable = message
        this.options.logger.warning(
          `Could not look up advisory severities (${message}); severities are unknown for this run`
        )
      } else if (!stop) {
        this.options.logger.warning(`Advisory ${ghsaId}: ${message}; its severity is unknown`)
      }
      return undefined
    }
  }
}
