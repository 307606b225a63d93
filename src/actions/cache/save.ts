import * as core from '@actions/core'
import { runPost } from '../common/runtime.js'

await runPost('go-cache', async () => {
  core.info(`saving with prefix ${core.getState('prefix')}`)
})
