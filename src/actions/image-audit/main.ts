import path from 'node:path'
import * as core from '@actions/core'
import {
  ACTION_OPTION_NAMES,
  imageAuditActionResult,
  parseAuditOptions,
  runImageAudit
} from '../../core/image/audit/index.js'
import { registryCredentialsFromEnv } from '../../core/image/index.js'
import { sbomRequestFromInputs } from '../../core/sbom/index.js'
import { runAction } from '../common/runtime.js'

await runAction('image-audit', async ({ context, inputs, logger }) => {
  // Read in the order of action.yml, so the first bad input is the one reported.
  const settings = parseAuditOptions(
    {
      images: inputs.list('images'),
      dockerfile: inputs.optional('dockerfile'),
      expectPlatforms: inputs.optional('expect-platforms'),
      expect: inputs.optional('expect'),
      lowestEfficiency: inputs.optional('lowest-efficiency'),
      highestWastedBytes: inputs.optional('highest-wasted-bytes'),
      highestWastedPercent: inputs.optional('highest-wasted-percent'),
      failOn: inputs.optional('fail-on')
    },
    ACTION_OPTION_NAMES,
    context.workspace
  )
  const sbom = sbomRequestFromInputs(
    inputs,
    {
      workspace: context.workspace,
      defaultDir: path.join(context.runnerTemp, 'go-ci-kit', 'image-audit')
    },
    'cyclonedx',
    process.env.SOURCE_DATE_EPOCH
  )
  // inputs.secret masks the token in the log before anything can print it.
  const token = inputs.secret('registry-token')
  const fromEnv = registryCredentialsFromEnv(process.env)
  // Credentials set in env: are secrets too: masked like registry-token before any log line.
  for (const secret of [fromEnv.token, fromEnv.password]) if (secret) core.setSecret(secret)
  const registry = {
    ...fromEnv,
    ...(token !== undefined ? { token } : {}),
    insecure: inputs.boolean('insecure-registry', false)
  }
  const result = await runImageAudit({ settings, cwd: context.workspace, sbom, registry, logger })
  return imageAuditActionResult(result)
})
