import { actionInputs, runMain } from '../common/runtime.js'
import * as core from '@actions/core'

// Placeholder entry until the capability lands.
await runMain('govulncheck-gate', async () => {
  actionInputs()
  core.info('govulncheck-gate: not implemented yet')
})
