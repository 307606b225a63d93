import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import { createGitHubClient } from '../../core/github/client.js'
import {
  buildGovulncheckArgs,
  DEFAULT_GOVULNCHECK_VERSION,
  nodeProcessRunner,
  normaliseDb
} from '../../core/vuln/govulncheck.js'
import { insideRelative } from '../../core/gomod/index.js'
import { defaultPatterns, rebasePattern, scanDirectory } from '../../core/vuln/layout.js'
import { FAIL_ON_VALUES, UNKNOWN_SEVERITY_VALUES } from '../../core/vuln/vulnerability-verdict.js'
import { runVulnGate, type StreamSource } from '../../core/vuln/run.js'
import { gitHubAdvisoryFetcher, SEVERITY_THRESHOLDS } from '../../core/vuln/advisory-severity.js'
import {
  actionInputs,
  actionLogger,
  applyResult,
  runMain,
  runnerContext
} from '../common/runtime.js'
import { GO_CI_KIT_VERSION, userAgent } from '../../core/version.js'

await runMain('govulncheck-gate', async () => {
  const context = runnerContext()
  const inputs = actionInputs()
  const workingDirectory = inputs.path('working-directory', context.workspace) ?? context.workspace
  const run = {
    workingDirectory,
    inputFile: inputs.path('input-file', context.workspace),
    mode: inputs.enum('mode', ['source', 'binary'] as const, 'source'),
    scan: inputs.enum('scan', ['symbol', 'package', 'module'] as const, 'symbol'),
    // Patterns never contain spaces, so `./api/... ./svc/...` on one line works too (binary paths might).
    packages:
      inputs.enum('mode', ['source', 'binary'], 'source') === 'binary'
        ? inputs.list('packages')
        : inputs.list('packages').flatMap(pattern => pattern.split(/\s+/)),
    tags: inputs.list('tags'),
    test: inputs.boolean('test', false),
    db: normaliseDb(inputs.optional('db'), workingDirectory),
    govulncheckVersion: inputs.string('govulncheck-version', DEFAULT_GOVULNCHECK_VERSION),
    failOn: inputs.enum('fail-on', FAIL_ON_VALUES, 'called'),
    severityThreshold: inputs.enum('severity-threshold', SEVERITY_THRESHOLDS, 'low'),
    unknownSeverity: inputs.enum('unknown-severity', UNKNOWN_SEVERITY_VALUES, 'fail'),
    ignoreFile: inputs.path('ignore-file', workingDirectory),
    severityLookup: inputs.boolean('severity-lookup', true),
    token: inputs.secret('github-token'),
    sarifFile: inputs.path('sarif-file', context.workspace),
    vexFile: inputs.path('vex-file', context.workspace),
    jsonFile: inputs.path('json-file', context.workspace),
    sarifCategory: inputs.optional('sarif-category'),
    annotations: inputs.boolean('annotations', true)
  }

  const tempDir = path.join(context.runnerTemp, 'govulncheck-gate')
  let source: StreamSource
  if (run.inputFile) {
    // With mode: binary and the binary in packages, its build info still finds the right go.mod.
    const binary =
      run.mode === 'binary' && run.packages.length === 1
        ? path.resolve(workingDirectory, run.packages[0])
        : undefined
    source = {
      kind: 'file',
      file: run.inputFile,
      mode: run.mode === 'binary' ? 'binary' : undefined,
      binary
    }
  } else {
    if (run.mode === 'binary' && run.packages.length === 0) {
      throw new ConfigurationError('mode: binary needs the binary to scan', {
        fix: 'set packages to the path of the built binary'
      })
    }
    const cwd = run.mode === 'source' ? scanDirectory(workingDirectory) : workingDirectory
    const packages =
      run.mode === 'binary'
        ? run.packages.map(p => path.resolve(workingDirectory, p))
        : (run.packages.length > 0 ? run.packages : defaultPatterns(workingDirectory)).map(p =>
            rebasePattern(p, workingDirectory, cwd)
          )
    source = {
      kind: 'run',
      args: buildGovulncheckArgs({ ...run, packages }),
      mode: run.mode,
      binary: run.mode === 'binary' ? packages[0] : undefined,
      cwd,
      govulncheckVersion: run.govulncheckVersion
    }
  }
  const where = insideRelative(context.workspace, workingDirectory) || 'root'
  const result = await runVulnGate({
    workspace: context.workspace,
    workingDirectory,
    env: process.env,
    source,
    runner: nodeProcessRunner,
    tempDir,
    jsonFile: run.jsonFile ?? path.join(tempDir, 'govulncheck.json'),
    sarifFile: run.sarifFile ?? path.join(tempDir, 'govulncheck.sarif'),
    vexFile: run.vexFile ?? path.join(tempDir, 'govulncheck.openvex.json'),
    sarifCategory: run.sarifCategory ?? `govulncheck-gate/${run.mode}/${where}`,
    failOn: run.failOn,
    severityThreshold: run.severityThreshold,
    unknownSeverity: run.unknownSeverity,
    ignoreFile: run.ignoreFile,
    defaultIgnoreFile: path.join(workingDirectory, 'osv-scanner.toml'),
    advisoryFetcher: run.severityLookup
      ? gitHubAdvisoryFetcher(
          createGitHubClient({
            baseUrl: context.apiUrl,
            token: run.token,
            userAgent: userAgent('govulncheck-gate'),
            // Severity is a nice-to-have: give up quickly and degrade to "unknown".
            retry: { retries: 2, baseDelayMs: 300 },
            onRetry: info => actionLogger.debug(`GitHub API retry ${info.attempt}: ${info.reason}`)
          })
        )
      : undefined,
    logger: actionLogger,
    toolVersion: GO_CI_KIT_VERSION
  })
  const failureMessage =
    result.action.failureMessage && `govulncheck-gate: ${result.action.failureMessage}`
  await applyResult({
    ...result.action,
    annotations: run.annotations ? result.action.annotations : [],
    failureMessage
  })
})
