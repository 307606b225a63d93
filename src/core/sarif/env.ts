/**
 * Settings the action and the CLI both take from the environment.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { RetryPolicy } from '../github/client.js'
import { readGoEnvSync } from '../gomod/index.js'
import { DEFAULT_POLL, type PollOptions, type UploadBudget } from './deliver/upload.js'

/**
 * Where `%GOROOT%` and `%GOMODCACHE%` (govulncheck's stack frames) point:
 * GOROOT/GOMODCACHE from the environment, else `go env` when Go is on PATH.
 */
export function goBaseDirs(env: NodeJS.ProcessEnv): Record<string, string> {
  const dirs: Record<string, string> = {}
  if (env.GOROOT) dirs.GOROOT = env.GOROOT
  if (env.GOMODCACHE) dirs.GOMODCACHE = env.GOMODCACHE
  if (!dirs.GOROOT || !dirs.GOMODCACHE) {
    try {
      const { values } = readGoEnvSync({
        dir: process.cwd(),
        env,
        variables: ['GOROOT', 'GOMODCACHE'],
        timeoutMs: 10_000
      })
      if (!dirs.GOROOT && values.GOROOT.trim()) dirs.GOROOT = values.GOROOT.trim()
      if (!dirs.GOMODCACHE && values.GOMODCACHE.trim()) dirs.GOMODCACHE = values.GOMODCACHE.trim()
    } catch {
      // No Go here: such locations stay unresolved and are reported.
    }
  }
  if (!dirs.GOMODCACHE && env.GOPATH) {
    const candidate = path.join(env.GOPATH.split(path.delimiter)[0], 'pkg', 'mod')
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) dirs.GOMODCACHE = candidate
  }
  return dirs
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/**
 * Backoff for `wait-for-processing`. GO_CI_KIT_SARIF_POLL_MS scales the whole
 * schedule down (first wait; cap 8× that; give up after 60×), for tests.
 */
export function pollOptionsFromEnv(env: NodeJS.ProcessEnv): PollOptions {
  const base = Number(env.GO_CI_KIT_SARIF_POLL_MS)
  if (Number.isFinite(base) && base > 0) {
    return { initialDelayMs: base, maxDelayMs: base * 8, timeoutMs: base * 60, sleep }
  }
  return { ...DEFAULT_POLL, sleep }
}

/**
 * GO_CI_KIT_RETRY_BASE_MS shortens the API retry backoff and GO_CI_KIT_RETRY_MAX_MS
 * the longest wait the client makes itself (longer rate-limit waits are then the
 * upload budget's), for tests.
 */
export function retryFromEnv(env: NodeJS.ProcessEnv): Partial<RetryPolicy> {
  const policy: Partial<RetryPolicy> = {}
  const base = Number(env.GO_CI_KIT_RETRY_BASE_MS)
  if (Number.isFinite(base) && base > 0) policy.baseDelayMs = base
  const max = Number(env.GO_CI_KIT_RETRY_MAX_MS)
  if (Number.isFinite(max) && max > 0) policy.maxDelayMs = max
  return policy
}

/** The upload budget: `timeoutMs` from the action input or CLI option, real sleeping. */
export function uploadBudget(timeoutMs: number): UploadBudget {
  return { timeoutMs, sleep }
}
