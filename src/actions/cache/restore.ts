import * as core from '@actions/core'
import { actionInputs, runMain } from '../common/runtime.js'

await runMain('go-cache', async () => {
  const inputs = actionInputs()
  const prefix = inputs.string('prefix', 'go')
  core.saveState('prefix', prefix)
  core.setOutput('cache-hit', false)
})
