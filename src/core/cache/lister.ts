/**
 * The repository's cache list (`GET /repos/{owner}/{repo}/actions/caches`,
 * which needs a token with `actions: read`), to say why nothing was restored
 * although entries exist: saved with other paths or compression (version
 * mismatch) or only in refs this run cannot read (another branch's scope).
 */
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import type { ListedCache } from './listing.js'

export interface CacheLister {
  /** Entries whose key starts with `keyPrefix`, newest first. */
  list(keyPrefix: string): Promise<ListedCache[]>
}

interface ActionsCacheList {
  total_count?: number
  actions_caches?: { key?: unknown; ref?: unknown; version?: unknown }[]
}

export function gitHubCacheLister(client: GitHubClient, repository: string): CacheLister {
  const [owner, repo] = repository.split('/')
  return {
    async list(keyPrefix) {
      const response = await client.request<ActionsCacheList>(
        'GET',
        '/repos/{owner}/{repo}/actions/caches',
        {
          pathParams: { owner, repo },
          query: { key: keyPrefix, per_page: 100, sort: 'last_accessed_at', direction: 'desc' }
        }
      )
      return (response.data?.actions_caches ?? []).flatMap(entry =>
        typeof entry.key === 'string' &&
        typeof entry.ref === 'string' &&
        typeof entry.version === 'string'
          ? [{ key: entry.key, ref: entry.ref, version: entry.version }]
          : []
      )
    }
  }
}

/** A lister that gives up quickly: the list only improves an explanation. */
export function createCacheLister(options: {
  apiUrl: string
  token: string
  repository: string
}): CacheLister | undefined {
  if (!/^[^/]+\/[^/]+$/.test(options.repository)) return undefined
  const client = createGitHubClient({
    baseUrl: options.apiUrl,
    token: options.token,
    userAgent: 'go-ci-kit cache-key-builder',
    retry: { retries: 1, baseDelayMs: 500, maxDelayMs: 2000 },
    timeoutMs: 10_000
  })
  return gitHubCacheLister(client, options.repository)
}
