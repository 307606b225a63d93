import { actionInputs, runMain } from '../common/runtime.js'
import * as core from '@actions/core'

// Placeholder entry until the capability lands.
await runMain('binary-fingerprint', async () => {
  actionInputs()
  core.info('binary-fingerprint: not implemented yet')
})
