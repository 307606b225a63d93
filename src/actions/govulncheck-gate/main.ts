import path from 'node:path'
import {
  DEFAULT_GOVULNCHECK_VERSION,
  FAIL_ON_VALUES,
  runVulnGate,
  SEVERITY_THRESHOLDS,
  UNKNOWN_SEVERITY_VALUES,
  type GovulncheckRequest
} from '../../core/vuln/index.js'
import { runAction } from '../common/runtime.js'

await runAction('govulncheck-gate', async ({ context, inputs, logger }) => {
  const workingDirectory = inputs.path('working-directory', context.workspace) ?? context.workspace
  const tempDir = path.join(context.runnerTemp, 'govulncheck-gate')
  const inputFile = inputs.path('input-file', context.workspace)
  const mode = inputs.enum('mode', ['source', 'binary'] as const, 'source')
  // Patterns never contain spaces, so `./api/... ./svc/...` on one line works too (binary paths might).
  const packages =
    mode === 'binary'
      ? inputs.list('packages')
      : inputs.list('packages').flatMap(pattern => pattern.split(/\s+/))
  const settings: GovulncheckRequest = {
    kind: 'settings',
    mode,
    scan: inputs.enum('scan', ['symbol', 'package', 'module'] as const, 'symbol'),
    packages,
    tags: inputs.list('tags'),
    test: inputs.boolean('test', false),
    db: inputs.optional('db'),
    govulncheckVersion: inputs.string('govulncheck-version', DEFAULT_GOVULNCHECK_VERSION)
  }
  const failOn = inputs.enum('fail-on', FAIL_ON_VALUES, 'called')
  const severityThreshold = inputs.enum('severity-threshold', SEVERITY_THRESHOLDS, 'low')
  const unknownSeverity = inputs.enum('unknown-severity', UNKNOWN_SEVERITY_VALUES, 'fail')
  const ignoreFile = inputs.path('ignore-file', workingDirectory)
  const severityLookup = inputs.boolean('severity-lookup', true)
  const token = inputs.secret('github-token')
  // The action always writes its reports, so later steps can upload them.
  const sarifFile =
    inputs.path('sarif-file', context.workspace) ?? path.join(tempDir, 'govulncheck.sarif')
  const vexFile =
    inputs.path('vex-file', context.workspace) ?? path.join(tempDir, 'govulncheck.openvex.json')
  const jsonFile =
    inputs.path('json-file', context.workspace) ?? path.join(tempDir, 'govulncheck.json')
  const sarifCategory = inputs.optional('sarif-category')
  const annotations = inputs.boolean('annotations', true)

  const result = await runVulnGate({
    root: context.workspace,
    workingDirectory,
    request: inputFile ? { kind: 'saved', file: inputFile, mode, packages } : settings,
    env: process.env,
    tempDir,
    failOn,
    severityThreshold,
    unknownSeverity,
    ignoreFile,
    advisories: severityLookup
      ? { apiUrl: context.apiUrl, token, component: 'govulncheck-gate' }
      : undefined,
    sarifFile,
    vexFile,
    jsonFile,
    sarifCategory,
    logger
  })
  return {
    ...result.action,
    annotations: annotations ? result.action.annotations : [],
    failureMessage:
      result.action.failureMessage && `govulncheck-gate: ${result.action.failureMessage}`
  }
})
