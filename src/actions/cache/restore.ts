// Main step of the cache action (root action.yml and actions/cache-key-builder):
// compute the keys, restore both caches, explain every miss, and leave the
// post step a state file.
import * as core from '@actions/core'
import {
  cacheRunEnvFrom,
  createCacheLister,
  nodeGoEnvReader,
  readCacheRunInputs,
  runRestore,
  systemClock,
  writeRunState
} from '../../core/cache-action/index.js'
import { actionInputs, actionLogger, applyResult, runMain } from '../common/runtime.js'
import { actionsCacheClient } from './cache-client.js'
import { cacheActionName, STATE_FILE } from './state-name.js'

await runMain(cacheActionName(), async () => {
  const env = cacheRunEnvFrom(process.env)
  const inputs = readCacheRunInputs(actionInputs(), env.workspace)
  const { result, state } = await runRestore(inputs, env, {
    client: actionsCacheClient(),
    goEnv: nodeGoEnvReader(),
    clock: systemClock,
    logger: actionLogger,
    lister: inputs.githubToken
      ? createCacheLister({
          apiUrl: env.apiUrl,
          token: inputs.githubToken,
          repository: env.repository
        })
      : undefined
  })
  core.saveState(STATE_FILE, await writeRunState(env.runnerTemp, state))
  await applyResult(result)
})
