/**
 * The Actions cache store against the harness cache service (Twirp) with
 * Azurite as the blob store: the conformance suite, plus what is particular
 * to this backend (its own cache version, the service's prefix matching).
 * The store runs in this process; the cacheprog bundle's tests drive it end
 * to end.
 */
import { describe, expect, it } from '@jest/globals'
import diagnostics from 'node:diagnostics_channel'
import { startCacheService, type CacheFault } from '../../harness/cache-server.js'
import {
  describeRemoteStoreConformance,
  type StoreFault
} from '../../helpers/remote-store-conformance.js'
import { CacheServiceClient } from '../../../src/core/cache-transfer/index.js'
import {
  createActionsCacheStore,
  REMOTE_STORE_VERSION,
  RemoteStoreError
} from '../../../src/core/remote-store/index.js'
import { archiveVersion } from '../../../src/core/cache-transfer/index.js'

const FAULTS: Record<StoreFault, CacheFault> = {
  'lookup-500': '500',
  'data-500': 'blob-5xx',
  'read-403': '403-read',
  'write-403': '403-write',
  'throttled-429': '429',
  hang: 'timeout',
  truncated: 'truncated-blob',
  'stall-data': 'slow-blob'
}

// The blob SDK sends its requests with node:http; the Twirp client uses fetch.
let blobRequests = 0
diagnostics.subscribe('http.client.request.start', () => void blobRequests++)

async function startTarget(blob: 'azurite' | 'builtin' = 'azurite') {
  const service = await startCacheService({ blob })
  const client = new CacheServiceClient({
    resultsUrl: service.env.ACTIONS_RESULTS_URL!,
    token: service.env.ACTIONS_RUNTIME_TOKEN!,
    attempts: 2,
    backoffMs: 10
  })
  return { service, store: createActionsCacheStore(client) }
}

describeRemoteStoreConformance('actions-cache (harness service + Azurite)', {
  faults: Object.keys(FAULTS) as StoreFault[],
  async start() {
    const { service, store } = await startTarget()
    return {
      store,
      setFault: fault => service.setFault(fault ? FAULTS[fault] : null),
      requestCount: () => service.calls.length + blobRequests,
      close: () => service.close()
    }
  }
})

describe('actions-cache store specifics', () => {
  it('uses a cache version of its own, so an archive entry under the same key is never read', async () => {
    const { service, store } = await startTarget('builtin')
    try {
      expect(REMOTE_STORE_VERSION).toMatch(/^[0-9a-f]{64}$/)
      expect(REMOTE_STORE_VERSION).not.toBe(archiveVersion([]))
      await service.putEntry(
        'shared-key',
        archiveVersion(['~/.cache/go-build']),
        Buffer.from('tar')
      )
      expect(await store.lookup('shared-key', ['shared'])).toBeUndefined()
      expect(service.calls.map(call => (call.body as { version: string }).version)).toEqual([
        REMOTE_STORE_VERSION
      ])
    } finally {
      await service.close()
    }
  })

  it('refuses keys the service would refuse (a comma, over 512 characters) as a bug, before any call', async () => {
    const { service, store } = await startTarget('builtin')
    try {
      await expect(store.lookup('a,b', [])).rejects.toThrow('has a comma')
      await expect(store.lookup('k', ['x'.repeat(513)])).rejects.toThrow('longer than 512')
      await expect(store.read('a,b')).rejects.not.toBeInstanceOf(RemoteStoreError)
      expect(service.calls).toEqual([])
    } finally {
      await service.close()
    }
  })
})
