/**
 * The vulnerability gate, the one flow the action and the CLI both run: check
 * the paths, load the allow-list, get a govulncheck stream (run it, or read a
 * saved one), parse it, judge every vulnerability, write SARIF and OpenVEX,
 * and describe the result as outputs, annotations and a job summary. The
 * callers differ only in how they read options and print the result.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findCheckoutRoot } from '../checkout.js'
import { createGitHubClient } from '../github/client.js'
import { pathForMessages, readGoWorkSetting } from '../gomod/index.js'
import type { ActionResult, Logger } from '../report.js'
import { GO_CI_KIT_VERSION, userAgent } from '../version.js'
import {
  gitHubAdvisoryFetcher,
  SeverityResolver,
  type AdvisoryFetcher,
  type SeverityThreshold
} from './advisory-severity.js'
import { loadAllowList, type AllowList } from './allowlist.js'
import { readBinaryOrigin } from './binary-origin.js'
import { ACTION_INPUT_NAMES, checkPaths, type InputNames } from './check-paths.js'
import { buildGateReport, type GateReport } from './gate.js'
import {
  locateGovulncheck,
  nodeProcessRunner,
  runGovulncheck,
  ToolFailure,
  type ProcessRunner
} from './govulncheck.js'
import { discoverLayout, findModuleInWorkspace, type ModuleLayout } from './layout.js'
import { buildOpenVex } from './openvex.js'
import { gateActionResult, writeReportFile } from './outputs.js'
import { buildSarif } from './sarif.js'
import { identifyScanner, isPlaceholderVersion, type ScannerIdentity } from './scanner.js'
import type { BinaryTarget } from './sites.js'
import { resolveStreamSource, type GovulncheckRequest, type StreamSource } from './source.js'
import { StreamFormatError } from './splitter.js'
import { parseGovulncheckFile } from './stream.js'
import type { ScanMode, ScanResult } from './types.js'
import type { FailOnReachability, UnknownSeverityPolicy } from './vulnerability-verdict.js'

/** Severity lookups in the GitHub Advisory Database. */
export interface AdvisoryLookup {
  /** GITHUB_API_URL; undefined is https://api.github.com. */
  apiUrl?: string
  token?: string
  /** Who asks, for the User-Agent: `govulncheck-gate` or `vuln`. */
  component: string
}

export interface VulnGateOptions {
  /** Repository root: every reported path is relative to it. Default: the git root above the working directory, else the working directory. */
  root?: string
  /** Where the code is (module or go.work directory); a `-C` among govulncheck's arguments moves it. */
  workingDirectory: string
  /** The stream to gate on: a saved one, or govulncheck run from settings or its own arguments. */
  request: GovulncheckRequest
  env: NodeJS.ProcessEnv
  /** Scratch space for an installed govulncheck and the stream; default: a temporary directory, removed at the end. */
  tempDir?: string
  /** Where the stream is saved when govulncheck runs (default: tempDir/govulncheck.json). */
  jsonFile?: string
  /** Where SARIF is written; undefined writes none. */
  sarifFile?: string
  /** Where an OpenVEX document is written; undefined writes none. */
  vexFile?: string
  /** Code scanning category; default `govulncheck-gate/<mode>/<directory>`. */
  sarifCategory?: string
  /** How the user named each path (default: the action's inputs), for error messages. */
  inputNames?: Partial<InputNames>
  failOn: FailOnReachability
  severityThreshold: SeverityThreshold
  unknownSeverity: UnknownSeverityPolicy
  /** An allow-list the user named: it must exist. Default: osv-scanner.toml in the working directory, if it exists. */
  ignoreFile?: string
  /** Undefined turns severity lookups off: every severity is unknown. */
  advisories?: AdvisoryLookup
  logger: Logger
  /** Runs govulncheck and `go`; default: child processes. */
  runner?: ProcessRunner
  now?: Date
  toolVersion?: string
}

export interface VulnGateResult {
  report: GateReport
  layout: ModuleLayout
  /** The stream the gate read (saved, or written by govulncheck). */
  jsonFile: string
  sarifFile?: string
  vexFile?: string
  /** Outputs, annotations, job summary and failure message for the action. */
  action: ActionResult
}

export async function runVulnGate(options: VulnGateOptions): Promise<VulnGateResult> {
  const { source, workingDirectory } = resolveStreamSource(
    options.request,
    options.workingDirectory
  )
  const workspace = options.root ?? findCheckoutRoot(workingDirectory) ?? workingDirectory
  const ownTempDir =
    options.tempDir === undefined && source.kind === 'run'
      ? mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-vuln-'))
      : undefined
  try {
    return await gate({
      ...options,
      workspace,
      workingDirectory,
      source,
      tempDir: options.tempDir ?? ownTempDir ?? os.tmpdir()
    })
  } finally {
    if (ownTempDir) rmSync(ownTempDir, { recursive: true, force: true })
  }
}

/**
 * govulncheck failed (it exited non-zero, could not be installed, or wrote a
 * stream that does not parse), as opposed to a mistake in the user's own
 * input: the CLI exits 3 for these.
 */
export function isGovulncheckFailure(error: unknown, request: GovulncheckRequest): boolean {
  return (
    error instanceof ToolFailure || (request.kind !== 'saved' && error instanceof StreamFormatError)
  )
}

/** `govulncheck-gate/<mode>/<directory>`, the directory relative to the repository root (`root` for the root). */
export function defaultSarifCategory(
  mode: ScanMode,
  workspace: string,
  workingDirectory: string
): string {
  const where = path.relative(workspace, workingDirectory).split(path.sep).join('/') || 'root'
  return `govulncheck-gate/${mode}/${where}`
}

interface ResolvedGate extends VulnGateOptions {
  workspace: string
  source: StreamSource
  tempDir: string
}

async function gate(options: ResolvedGate): Promise<VulnGateResult> {
  const { logger, source, workspace, workingDirectory } = options
  const names = { ...ACTION_INPUT_NAMES, ...options.inputNames }
  const jsonFile =
    source.kind === 'file'
      ? source.file
      : (options.jsonFile ?? path.join(options.tempDir, 'govulncheck.json'))
  // Configuration first, so a bad path or a broken allow-list fails before a slow scan.
  checkPaths(
    {
      workspace,
      workingDirectory,
      inputFile: source.kind === 'file' ? source.file : undefined,
      sarifFile: options.sarifFile,
      vexFile: options.vexFile,
      jsonFile: source.kind === 'run' ? options.jsonFile : undefined
    },
    names
  )
  const allowList = await readAllowList(options)
  // The go.work the go command (and so govulncheck) uses: `go env GOWORK`, else $GOWORK.
  const goWorkSetting = await readGoWorkSetting(workingDirectory, options.env)
  const layout = discoverLayout({ workspace, workingDirectory, env: options.env, ...goWorkSetting })

  const scannerBinary = source.kind === 'run' ? await runScan(options, source, jsonFile) : undefined
  const scan = await parseGovulncheckFile(jsonFile, {
    displayName: pathForMessages(workspace, jsonFile),
    logger,
    modeHint: source.mode
  })
  const binary = await binaryTarget(scan, source.binary, layout, workspace, logger)
  if (!options.advisories && options.severityThreshold !== 'low') {
    logger.warning(
      `severity-threshold is ${options.severityThreshold} but severity lookups are off, so every severity is unknown and unknown-severity (${options.unknownSeverity}) decides`
    )
  }
  let scanner: ScannerIdentity | undefined
  if (scannerBinary && isPlaceholderVersion(scan.config?.scanner_version)) {
    scanner = await identifyScanner(scannerBinary)
    logger.info(
      `govulncheck reports version ${scan.config?.scanner_version || '(none)'}: ${scanner.version ? `it is ${scanner.version} (${scanner.note})` : scanner.note}`
    )
  }
  const now = options.now ?? new Date()
  const report = await buildGateReport({
    scan,
    layout,
    policy: {
      failOn: options.failOn,
      severityThreshold: options.severityThreshold,
      unknownSeverity: options.unknownSeverity,
      allowList,
      now
    },
    severity: new SeverityResolver({ fetcher: advisoryFetcher(options), logger }),
    binary,
    scanner,
    logger
  })

  const toolVersion = options.toolVersion ?? GO_CI_KIT_VERSION
  const category =
    options.sarifCategory ??
    defaultSarifCategory(source.mode ?? 'source', workspace, workingDirectory)
  if (options.sarifFile) {
    const sarif = buildSarif(report, layout, { category, toolVersion })
    writeReportFile(options.sarifFile, JSON.stringify(sarif, null, 2) + '\n', names.sarifFile)
  }
  if (options.vexFile) {
    const vex = buildOpenVex(report, {
      now,
      tooling: `go-ci-kit govulncheck-gate${toolVersion ? ` ${toolVersion}` : ''} from ${report.scan.scanner ?? 'govulncheck'}`
    })
    writeReportFile(options.vexFile, JSON.stringify(vex, null, 2) + '\n', names.vexFile)
  }
  const files = { jsonFile, sarifFile: options.sarifFile, vexFile: options.vexFile }
  const action = gateActionResult(report, files, logger)
  logger.info(
    `govulncheck-gate: ${report.vulnerabilities.length} vulnerabilities (${report.counts.called} called, ${report.counts.imported} imported, ${report.counts.required} required, ${report.counts.mayBeAffected} may be affected, ${report.counts.ignored} ignored); ${report.passed ? 'passed' : `${report.counts.blocking} blocking`}`
  )
  return { report, layout, ...files, action }
}

/** Finds (or installs) govulncheck and runs it into jsonFile; returns the binary that ran. */
async function runScan(
  options: ResolvedGate,
  source: Extract<StreamSource, { kind: 'run' }>,
  jsonFile: string
): Promise<string> {
  const runner = options.runner ?? nodeProcessRunner
  const binary = await locateGovulncheck({
    env: options.env,
    runner,
    version: source.govulncheckVersion,
    forceInstall: source.forceInstall,
    installDir: path.join(options.tempDir, 'bin'),
    logger: options.logger
  })
  await runGovulncheck({
    runner,
    binary,
    args: source.args,
    cwd: source.cwd ?? options.workingDirectory,
    env: options.env,
    outputFile: jsonFile,
    logger: options.logger
  })
  return binary
}

/** Binary mode: the module the binary was built from, added to the layout when it lives elsewhere in the repository. */
async function binaryTarget(
  scan: ScanResult,
  binaryFile: string | undefined,
  layout: ModuleLayout,
  workspace: string,
  logger: Logger
): Promise<BinaryTarget | undefined> {
  if (scan.scanMode !== 'binary' || !binaryFile) return undefined
  const origin = await readBinaryOrigin(binaryFile)
  if (!origin?.mainModule) {
    logger.debug(`${binaryFile}: no readable build info; using the go.mod fallback`)
  } else if (!layout.modules.some(m => m.path === origin.mainModule)) {
    const own = await findModuleInWorkspace(workspace, origin.mainModule)
    if (own) layout.modules.push(own)
  }
  return { file: binaryFile, mainModule: origin?.mainModule }
}

async function readAllowList(options: ResolvedGate): Promise<AllowList | undefined> {
  const defaultFile = path.join(options.workingDirectory, 'osv-scanner.toml')
  const file = options.ignoreFile ?? (existsSync(defaultFile) ? defaultFile : undefined)
  if (!file) return undefined
  const allowList = await loadAllowList(
    file,
    pathForMessages(options.workspace, file),
    options.logger
  )
  options.logger.info(`Allow-list ${allowList.file}: ${allowList.entries.length} entries`)
  return allowList
}

function advisoryFetcher(options: ResolvedGate): AdvisoryFetcher | undefined {
  const lookup = options.advisories
  if (!lookup) return undefined
  return gitHubAdvisoryFetcher(
    createGitHubClient({
      baseUrl: lookup.apiUrl,
      token: lookup.token,
      userAgent: userAgent(lookup.component),
      // Severity is a nice-to-have: give up quickly and degrade to "unknown".
      retry: { retries: 2, baseDelayMs: 300 },
      onRetry: info => options.logger.debug(`GitHub API retry ${info.attempt}: ${info.reason}`)
    })
  )
}
