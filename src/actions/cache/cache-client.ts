/**
 * The flows' CacheClient: the project's own transfer (core/cache-transfer)
 * against the Actions cache service v2 the runner provides. No library logs
 * are captured or parsed: failures come back as typed errors.
 */
import { transferCacheClient, type CacheClient } from '../../core/cache-action/index.js'

export function actionsCacheClient(env: NodeJS.ProcessEnv = process.env): CacheClient {
  return transferCacheClient(env)
}
