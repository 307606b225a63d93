import { readFileSync } from 'node:fs'
import { createGitHubClient } from '../../core/github/index.js'
import {
  actionRefusalPolicy,
  ANNOTATION_MODES,
  DEFAULT_UPLOAD_TIMEOUT_MS,
  goBaseDirs,
  parseSarifFailOn,
  pollOptionsFromEnv,
  retryFromEnv,
  runSarifUpload,
  UPLOAD_MODES,
  uploadBudget,
  type SarifUploadInputs
} from '../../core/sarif/index.js'
import { runAction } from '../common/runtime.js'
import { userAgent } from '../../core/version.js'

await runAction('sarif-upload', async ({ context, inputs, logger }) => {
  const startedAt = new Date()
  const failOnText = inputs.string('fail-on', 'none')
  const sarifFiles = inputs.lines('sarif-file')
  const checkoutPath = inputs.path('checkout-path', context.workspace) ?? context.workspace
  const category = inputs.optional('category')
  const upload = inputs.enum('upload', UPLOAD_MODES, 'auto')
  const run: SarifUploadInputs = {
    sarifFiles,
    checkoutPath,
    category,
    upload,
    // upload: auto (the default) annotates instead when code scanning is refused; always fails.
    refusal: actionRefusalPolicy(upload),
    waitForProcessing: inputs.boolean('wait-for-processing', true),
    annotations: inputs.enum('annotations', ANNOTATION_MODES, 'auto'),
    failOn: parseSarifFailOn(failOnText),
    failOnText,
    ref: inputs.optional('ref'),
    sha: inputs.optional('sha')
  }
  const uploadTimeoutMs = inputs.duration('upload-timeout', DEFAULT_UPLOAD_TIMEOUT_MS)
  if (run.sarifFiles.length === 0) inputs.required('sarif-file')
  const token = inputs.secret('token')
  const client = token
    ? createGitHubClient({
        baseUrl: context.apiUrl,
        token,
        userAgent: userAgent('sarif-upload'),
        retry: retryFromEnv(process.env),
        onRetry: ({ attempt, delayMs, reason }) =>
          logger.info(
            `Retrying GitHub API call (attempt ${attempt + 1}) in ${delayMs} ms: ${reason}`
          )
      })
    : undefined
  const event: unknown = context.eventPath
    ? JSON.parse(readFileSync(context.eventPath, 'utf8'))
    : {}
  return await runSarifUpload(
    run,
    {
      workspace: context.workspace,
      repository: context.repository,
      sha: context.sha,
      ref: context.ref,
      eventName: context.eventName,
      event,
      serverUrl: context.serverUrl,
      workflowRef: process.env.GITHUB_WORKFLOW_REF,
      job: process.env.GITHUB_JOB,
      baseDirs: goBaseDirs(process.env),
      startedAt
    },
    {
      client,
      logger,
      poll: pollOptionsFromEnv(process.env),
      uploadBudget: uploadBudget(uploadTimeoutMs)
    }
  )
})
