/**
 * Page-number pagination for list endpoints (`per_page` + `page`), following
 * `Link: rel="next"` when the server sends it and stopping at a short page.
 */
import type { GitHubClient, RequestOptions } from './client.js'

export interface PaginateOptions extends RequestOptions {
  /** Default 100, GitHub's maximum for most list endpoints. */
  perPage?: number
  /** A guard against endless lists; default 30 pages. */
  maxPages?: number
}

export async function paginate<T>(
  client: GitHubClient,
  pathTemplate: string,
  options: PaginateOptions = {}
): Promise<T[]> {
  const { perPage = 100, maxPages = 30, ...request } = options
  const items: T[] = []
  for (let page = 1; page <= maxPages; page++) {
    const response = await client.request<T[]>('GET', pathTemplate, {
      ...request,
      query: { ...request.query, per_page: perPage, page }
    })
    const data = Array.isArray(response.data) ? response.data : []
    items.push(...data)
    const link = response.headers.link
    if (data.length < perPage || (link !== undefined && !/rel="next"/.test(link))) break
  }
  return items
}
