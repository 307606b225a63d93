import path from 'node:path'
import {
  runFingerprintAction,
  type FingerprintActionInputs
} from '../../core/fingerprint/action.js'
import { verifyLockFile } from '../../core/fingerprint/envlock.js'
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
  const outDir = path.join(context.runnerTemp, 'go-ci-kit', 'binary-fingerprint')
  const run: FingerprintActionInputs = {
    paths: inputs.lines('paths'),
    expect: inputs.optional('expect'),
    compareTo: inputs.path('compare-to', context.workspace),
    environmentLock: inputs.path('environment-lock', context.workspace),
    failOnViolation: inputs.boolean('fail-on-violation', true),
    nonGoFiles: inputs.enum('non-go-files', ['skip', 'fail'] as const, 'skip'),
    manifestFile:
      inputs.path('manifest-file', context.workspace) ?? path.join(outDir, 'manifest.json'),
    checksumsFile:
      inputs.path('checksums-file', context.workspace) ?? path.join(outDir, 'checksums.txt'),
    workspace: context.workspace
  }
  const verifyLock = (file: string) => verifyLockFile(file, context.workspace)
  await applyResult(await runFingerprintAction(run, actionLogger, verifyLock))
})
