/**
 * The GitHub REST client shared by the areas that talk to the API (advisory
 * lookups, SARIF upload, cache listing): one face for entries, CLI commands
 * and other areas to import from.
 */
export {
  createGitHubClient,
  DEFAULT_GITHUB_API_URL,
  fillPath,
  GITHUB_API_VERSION,
  gitHubClientFromEnv,
  retryDelay,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubResponse,
  type QueryValue,
  type RequestOptions,
  type RetryPolicy
} from './client.js'
export { GitHubApiError, isGitHubApiError, type GitHubFailureKind } from './errors.js'
export { paginate, type PaginateOptions } from './paginate.js'
