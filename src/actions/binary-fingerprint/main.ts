import path from 'node:path'
import { runFingerprintAction } from '../../core/fingerprint/action.js'
import { verifyLockFile } from '../../core/envlock/index.js'
import {
  actionInputs,
  actionLogger,
  applyResult,
  runMain,
  runnerContext
} from '../common/runtime.js'

await runMain('binary-fingerprint', async () => {
  const context = runnerContext()
  const inputs = actionInputs()
  const run = {
    paths: inputs.lines('paths'),
    expect: inputs.optional('expect'),
    compareTo: inputs.path('compare-to', context.workspace),
    environmentLock: inputs.path('environment-lock', context.workspace),
    failOnViolation: inputs.boolean('fail-on-violation', true),
    workspace: context.workspace,
    outDir: path.join(context.runnerTemp, 'go-ci-kit', 'binary-fingerprint')
  }
  await applyResult(
    await runFingerprintAction(run, actionLogger, file => verifyLockFile(file, context.workspace))
  )
})
