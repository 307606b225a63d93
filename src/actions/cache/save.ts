// Post step of the cache action: trim GOCACHE, prune GOMODCACHE and save each
// cache whose restore was not exact. It never fails the job (runPost warns).
import * as core from '@actions/core'
import {
  cacheRunEnvFrom,
  openCacheProgStore,
  readCacheRunInputs,
  readRunState,
  runSave,
  systemClock,
  transferCacheClient
} from '../../core/cache/flows/index.js'
import { actionInputs, actionLogger, applyResult, logInfo, runPost } from '../common/runtime.js'
import { cacheActionName, STATE_FILE } from './state-name.js'

await runPost(cacheActionName(), async () => {
  const file = core.getState(STATE_FILE)
  if (!file) {
    logInfo('The cache step computed no keys (it failed or was skipped): nothing to save.')
    return
  }
  const env = cacheRunEnvFrom(process.env)
  // The runner evaluates `with:` again for the post step, so save-if sees the job's end.
  const inputs = readCacheRunInputs(actionInputs(), env.workspace)
  const state = await readRunState(file)
  const { result } = await runSave(inputs, env, state, {
    client: transferCacheClient(process.env),
    clock: systemClock,
    logger: actionLogger,
    openCacheProgStore: config => openCacheProgStore(config, process.env)
  })
  await applyResult(result)
})
