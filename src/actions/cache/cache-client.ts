/**
 * The flows' CacheClient, implemented with @actions/cache. The library never
 * throws for service trouble (it logs, then returns undefined or -1), so each
 * call's stdout is captured and classified by the core (client.ts); the lines
 * the action reports in its own words are kept out of the log, the rest pass
 * through unchanged.
 */
import { execFile } from 'node:child_process'
import * as cache from '@actions/cache'
import {
  archiveBytesFromLog,
  cacheVersion,
  classifyRestoreLog,
  classifySaveLog,
  isReplacedClientLine,
  TimeoutError,
  withTimeout,
  type CacheClient,
  type RestoreOutcome,
  type SaveOutcome
} from '../../core/cache-action/index.js'
import { getErrorMessage } from '../../core/errors.js'

/** Runs `work` while collecting what it writes to stdout, line by line. */
async function capturing<T>(work: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = []
  const original = process.stdout.write.bind(process.stdout)
  let pending = ''
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
    const parts = pending.split('\n')
    pending = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      if (!isReplacedClientLine(line)) original(`${line}\n`)
    }
    const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as typeof process.stdout.write
  try {
    const value = await work()
    return { value, lines }
  } finally {
    process.stdout.write = original
    if (pending) {
      lines.push(pending)
      if (!isReplacedClientLine(pending)) original(pending)
    }
  }
}

/** @actions/cache compresses with zstd when `zstd` runs, else gzip; the cache version depends on it. */
function compressionMethod(): Promise<string> {
  return new Promise(resolve => {
    execFile('zstd', ['--quiet', '--version'], { timeout: 10_000 }, error =>
      resolve(error ? 'gzip' : 'zstd-without-long')
    )
  })
}

export function actionsCacheClient(env: NodeJS.ProcessEnv = process.env): CacheClient {
  return {
    unavailableReason() {
      if (!cache.isFeatureAvailable()) {
        return 'the Actions cache service is not configured for this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)'
      }
      if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN is not set'
      return undefined
    },
    async restore(paths, primaryKey, restoreKeys, options): Promise<RestoreOutcome> {
      const { value, lines } = await capturing(() =>
        withTimeout(
          cache.restoreCache(paths, primaryKey, restoreKeys, { lookupOnly: options.lookupOnly }),
          options.timeoutMs
        )
      )
      if (value) return { matchedKey: value, archiveBytes: archiveBytesFromLog(lines) }
      const failure = classifyRestoreLog(lines)
      return failure ? { failure } : {}
    },
    async save(paths, key, options): Promise<SaveOutcome> {
      try {
        const { value, lines } = await capturing(() =>
          withTimeout(cache.saveCache(paths, key), options.timeoutMs)
        )
        if (value !== -1) return { cacheId: value, archiveBytes: archiveBytesFromLog(lines) }
        return { cacheId: -1, failure: classifySaveLog(lines) }
      } catch (error) {
        return {
          cacheId: -1,
          failure: {
            kind: error instanceof TimeoutError ? 'timeout' : 'unavailable',
            message: getErrorMessage(error)
          }
        }
      }
    },
    async cacheVersion(paths) {
      return cacheVersion(paths, await compressionMethod(), process.platform)
    }
  }
}
