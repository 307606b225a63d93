// Main step of the cache action (root action.yml and actions/cache-key-builder):
// compute the keys, restore both caches, explain every miss, and leave the
// post step a state file.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as core from '@actions/core'
import { nodeGoEnvReader } from '../../core/cache/index.js'
import { findExecutable } from '../../core/executables.js'
import {
  cacheRunEnvFrom,
  cliBesideStep,
  openCacheProgStore,
  createCacheLister,
  readCacheRunInputs,
  runRestore,
  systemClock,
  transferCacheClient,
  writeRunState
} from '../../core/cache/flows/index.js'
import { runAction } from '../common/runtime.js'
import { cacheActionName, STATE_FILE } from './state-name.js'

await runAction(cacheActionName(), async step => {
  const env = cacheRunEnvFrom(process.env)
  const inputs = readCacheRunInputs(step.inputs, env.workspace)
  const { result, state } = await runRestore(inputs, env, {
    client: transferCacheClient(process.env),
    goEnv: nodeGoEnvReader(),
    clock: systemClock,
    logger: step.logger,
    lister: inputs.githubToken
      ? createCacheLister({
          apiUrl: env.apiUrl,
          token: inputs.githubToken,
          repository: env.repository
        })
      : undefined,
    cacheprog: {
      nodePath: process.execPath,
      cliPath: cliBesideStep(process.argv[1]),
      env: process.env,
      exportVariable: (name, value) => core.exportVariable(name, value),
      setSecret: value => core.setSecret(value),
      openStore: config => openCacheProgStore(config, process.env),
      startDetached: (command, args) => {
        const child = spawn(command, args, { detached: true, stdio: 'ignore', env: process.env })
        child.on('error', () => undefined) // not started: the go commands serve themselves
        child.unref()
        return child.pid
      },
      // The relay hands a go command's pipes to the cache server through /proc (Linux).
      relayShell:
        process.platform === 'linux' && existsSync('/proc/self/fd')
          ? findExecutable('bash', process.env)
          : undefined
    }
  })
  core.saveState(STATE_FILE, await writeRunState(env.runnerTemp, state))
  return result
})
