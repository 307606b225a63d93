/**
 * The private file through which the action's main step tells the
 * `go-ci-kit cacheprog` processes of later steps how to reach the remote
 * tier. Later steps see neither the action's runtime environment
 * (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN) nor env given only to the
 * action's step, and GITHUB_ENV would hand the token to every later step, so
 * the main step writes it here (mode 0600, under RUNNER_TEMP, which the runner
 * removes after the job) and GOCACHEPROG carries only the file's path.
 *
 * Node built-ins only: the CLI reads it on every go command's cacheprog start.
 */
import { readFileSync } from 'node:fs'

export type CacheProgRemoteConfig =
  | {
      kind: 'actions-cache'
      /** ACTIONS_RESULTS_URL */
      resultsUrl: string
      /** ACTIONS_RUNTIME_TOKEN */
      token: string
    }
  | {
      kind: 's3'
      /** s3://bucket/prefix */
      url: string
      /** The standard AWS variables the main step saw (credentials, region, endpoint). */
      env: Record<string, string>
    }

/** The AWS variables an S3 remote tier reads; only these are kept in the file. */
export const AWS_ENV_NAMES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_S3',
  'AWS_S3_FORCE_PATH_STYLE',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE'
] as const

export function awsEnvOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const name of AWS_ENV_NAMES) {
    const value = env[name]
    if (typeof value === 'string' && value !== '') kept[name] = value
  }
  return kept
}

/** Reads and checks the file; a problem is one line naming the file. */
export function readRemoteConfig(file: string): CacheProgRemoteConfig {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`the remote config ${file} cannot be read (${(error as Error).message})`)
  }
  const config = value as Partial<Record<string, unknown>>
  if (
    config?.kind === 'actions-cache' &&
    typeof config.resultsUrl === 'string' &&
    typeof config.token === 'string'
  ) {
    return { kind: 'actions-cache', resultsUrl: config.resultsUrl, token: config.token }
  }
  if (
    config?.kind === 's3' &&
    typeof config.url === 'string' &&
    typeof config.env === 'object' &&
    config.env !== null
  ) {
    const env: Record<string, string> = {}
    for (const [name, text] of Object.entries(config.env)) {
      if (typeof text === 'string') env[name] = text
    }
    return { kind: 's3', url: config.url, env }
  }
  throw new Error(`${file} is not a cacheprog remote config written by the go-ci-kit cache action`)
}
