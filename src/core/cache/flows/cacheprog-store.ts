/**
 * The remote store a cacheprog remote config names, for the action's own
 * steps (the main step's index lookup, the post step's push). The store
 * modules and their SDKs load on first use.
 */
import type { RemoteStore } from '../../remote-store/index.js'
import type { CacheProgRemoteConfig } from './cacheprog-config.js'

export async function openCacheProgStore(
  config: CacheProgRemoteConfig,
  env: NodeJS.ProcessEnv
): Promise<RemoteStore> {
  const stores = await import('../../remote-store/index.js')
  if (config.kind === 's3') {
    // Node 20 makes the SDK print a support warning; the action's log needs none.
    return stores.createS3Store(config.url, {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
      ...config.env
    })
  }
  const { CacheServiceClient } = await import('../../cache-transfer/index.js')
  return stores.createActionsCacheStore(
    new CacheServiceClient({ resultsUrl: config.resultsUrl, token: config.token })
  )
}
