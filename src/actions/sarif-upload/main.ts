import { actionInputs, runMain } from '../common/runtime.js'
import * as core from '@actions/core'

// Placeholder entry until the capability lands.
await runMain('sarif-upload', async () => {
  actionInputs()
  core.info('sarif-upload: not implemented yet')
})
