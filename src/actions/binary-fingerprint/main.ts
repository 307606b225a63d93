import path from 'node:path'
import {
  fingerprintActionResult,
  runFingerprintFlow,
  verifyLockFile
} from '../../core/fingerprint/index.js'
import { sbomRequestFromInputs } from '../../core/sbom/index.js'
import { runAction } from '../common/runtime.js'

await runAction('binary-fingerprint', async ({ context, inputs, logger }) => {
  const outDir = path.join(context.runnerTemp, 'go-ci-kit', 'binary-fingerprint')
  // Read in the order of action.yml, so the first bad input is the one reported.
  const globs = inputs.lines('paths')
  const expect = inputs.optional('expect')
  const compareTo = inputs.path('compare-to', context.workspace)
  const environmentLock = inputs.path('environment-lock', context.workspace)
  const failOnViolation = inputs.boolean('fail-on-violation', true)
  const nonGoFiles = inputs.enum('non-go-files', ['skip', 'fail'] as const, 'skip')
  const output = {
    manifestFile:
      inputs.path('manifest-file', context.workspace) ?? path.join(outDir, 'manifest.json'),
    checksumsFile:
      inputs.path('checksums-file', context.workspace) ?? path.join(outDir, 'checksums.txt')
  }
  const sbom = sbomRequestFromInputs(
    inputs,
    { workspace: context.workspace, defaultDir: outDir },
    'auto',
    process.env.SOURCE_DATE_EPOCH
  )
  const result = await runFingerprintFlow({
    binaries: { globs, inputName: 'paths' },
    cwd: context.workspace,
    expect,
    compareTo,
    environmentLock,
    verifyLock: file => verifyLockFile(file, context.workspace),
    nonGoFiles,
    output,
    sbom,
    logger
  })
  return fingerprintActionResult(result, { ...output, failOnViolation })
})
