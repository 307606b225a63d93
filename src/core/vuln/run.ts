/**
 * The whole gate, shared by the action and the CLI: load the allow-list, get
 * a govulncheck stream (run it, or read a saved one), parse it, evaluate the
 * policy, write SARIF, and describe the result as outputs, annotations and a
 * job summary.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { writeFileAtomicSync } from '../io.js'
import type { ActionResult, Logger } from '../report.js'
import { loadAllowList, type AllowList } from './allowlist.js'
import { buildAnnotations } from './annotations.js'
import { readBinaryOrigin } from './binary-origin.js'
import { buildGateReport, type GateReport } from './gate.js'
import { locateGovulncheck, runGovulncheck, type ProcessRunner } from './govulncheck.js'
import { discoverLayout, findModuleInWorkspace, type ModuleLayout } from './layout.js'
import type { FailOnReachability, UnknownSeverityPolicy } from './vulnerability-verdict.js'
import { buildOpenVex } from './openvex.js'
import { buildSarif } from './sarif.js'
import { identifyScanner, isPlaceholderVersion, type ScannerIdentity } from './scanner.js'
import {
  SeverityResolver,
  type AdvisoryFetcher,
  type SeverityThreshold
} from './advisory-severity.js'
import type { BinaryTarget } from './sites.js'
import { parseGovulncheckFile } from './stream.js'
import { buildVulnJobSummary } from './summary.js'
import { goRelease } from './symbols.js'
import type { ScanMode } from './types.js'
import { insideRelative, readGoWorkSetting } from '../gomod/index.js'

export type StreamSource =
  /** A saved `govulncheck -json` stream. */
  | { kind: 'file'; file: string; mode?: ScanMode; binary?: string }
  /** Run govulncheck with these arguments (`-json` included) in the working directory. */
  | {
      kind: 'run'
      args: string[]
      mode: ScanMode
      /** Absolute path of the scanned binary in binary mode. */
      binary?: string
      /** Where govulncheck runs, when not the working directory (see scanDirectory). */
      cwd?: string
      govulncheckVersion: string
      forceInstall?: boolean
    }

export interface GateRunOptions {
  /** Repository root: every reported path is relative to it. */
  workspace: string
  /** Where govulncheck runs (module or go.work directory). */
  workingDirectory: string
  env: NodeJS.ProcessEnv
  source: StreamSource
  runner: ProcessRunner
  /** Scratch space: govulncheck installs and default output files go here. */
  tempDir: string
  /** Where the JSON stream is saved when govulncheck runs (default: tempDir/govulncheck.json). */
  jsonFile?: string
  /** Where SARIF is written; undefined writes none. */
  sarifFile?: string
  /** Where an OpenVEX document is written; undefined writes none. */
  vexFile?: string
  /** How the user named each path (action inputs, CLI options), for error messages. */
  inputNames?: Partial<InputNames>
  sarifCategory: string
  failOn: FailOnReachability
  severityThreshold: SeverityThreshold
  unknownSeverity: UnknownSeverityPolicy
  /** An allow-list the user named: it must exist. */
  ignoreFile?: string
  /** An allow-list used only if it exists (osv-scanner.toml next to the code). */
  defaultIgnoreFile?: string
  /** Undefined turns severity lookups off. */
  advisoryFetcher?: AdvisoryFetcher
  logger: Logger
  now?: Date
  toolVersion?: string
}

export interface InputNames {
  workingDirectory: string
  inputFile: string
  sarifFile: string
  jsonFile: string
  vexFile: string
}

const ACTION_INPUT_NAMES: InputNames = {
  workingDirectory: 'working-directory',
  inputFile: 'input-file',
  sarifFile: 'sarif-file',
  jsonFile: 'json-file',
  vexFile: 'vex-file'
}

export interface GateRunResult {
  report: GateReport
  layout: ModuleLayout
  jsonFile: string
  sarifFile?: string
  vexFile?: string
  action: ActionResult
}

export async function runVulnGate(options: GateRunOptions): Promise<GateRunResult> {
  const { logger } = options
  const names = { ...ACTION_INPUT_NAMES, ...options.inputNames }
  // Configuration first, so a bad path or a broken allow-list fails before a slow scan.
  checkPaths(options, names)
  const allowList = await readAllowList(options)
  // The go.work the go command (and so govulncheck) uses: `go env GOWORK`, else $GOWORK.
  const goWorkSetting = await readGoWorkSetting(options.workingDirectory, options.env)
  const layout = discoverLayout({
    workspace: options.workspace,
    workingDirectory: options.workingDirectory,
    env: options.env,
    ...goWorkSetting
  })

  let jsonFile: string
  let modeHint: ScanMode | undefined
  let binaryFile: string | undefined
  let scannerBinary: string | undefined
  if (options.source.kind === 'file') {
    jsonFile = options.source.file
    modeHint = options.source.mode
    binaryFile = options.source.binary
  } else {
    const source = options.source
    jsonFile = options.jsonFile ?? path.join(options.tempDir, 'govulncheck.json')
    const binary = await locateGovulncheck({
      env: options.env,
      runner: options.runner,
      version: source.govulncheckVersion,
      forceInstall: source.forceInstall,
      installDir: path.join(options.tempDir, 'bin'),
      logger
    })
    await runGovulncheck({
      runner: options.runner,
      binary,
      args: source.args,
      cwd: source.cwd ?? options.workingDirectory,
      env: options.env,
      outputFile: jsonFile,
      logger
    })
    modeHint = source.mode
    binaryFile = source.binary
    scannerBinary = binary
  }

  const scan = await parseGovulncheckFile(jsonFile, {
    displayName: displayPath(options.workspace, jsonFile),
    logger,
    modeHint
  })
  let binary: BinaryTarget | undefined
  if (scan.scanMode === 'binary' && binaryFile) {
    const info = await readBinaryOrigin(binaryFile)
    binary = { file: binaryFile, mainModule: info?.mainModule }
    if (!info?.mainModule) {
      logger.debug(`${binaryFile}: no readable build info; using the go.mod fallback`)
    } else if (!layout.modules.some(m => m.path === info.mainModule)) {
      const own = await findModuleInWorkspace(options.workspace, info.mainModule)
      if (own) layout.modules.push(own)
    }
  }
  if (!options.advisoryFetcher && options.severityThreshold !== 'low') {
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
  const severity = new SeverityResolver({ fetcher: options.advisoryFetcher, logger })
  const report = await buildGateReport({
    scan,
    layout,
    policy: {
      failOn: options.failOn,
      severityThreshold: options.severityThreshold,
      unknownSeverity: options.unknownSeverity,
      allowList,
      now: options.now ?? new Date()
    },
    severity,
    binary,
    scanner,
    logger
  })

  let sarifFile: string | undefined
  if (options.sarifFile) {
    const sarif = buildSarif(report, layout, {
      category: options.sarifCategory,
      toolVersion: options.toolVersion
    })
    writeAtomically(options.sarifFile, JSON.stringify(sarif, null, 2) + '\n', names.sarifFile)
    sarifFile = options.sarifFile
  }
  let vexFile: string | undefined
  if (options.vexFile) {
    const vex = buildOpenVex(report, {
      now: options.now ?? new Date(),
      tooling: `go-ci-kit govulncheck-gate${options.toolVersion ? ` ${options.toolVersion}` : ''} from ${report.scan.scanner ?? 'govulncheck'}`
    })
    writeAtomically(options.vexFile, JSON.stringify(vex, null, 2) + '\n', names.vexFile)
    vexFile = options.vexFile
  }
  const { annotations, dropped } = buildAnnotations(report)
  const summary = buildVulnJobSummary(report, { droppedAnnotations: dropped })
  const action: ActionResult = {
    outputs: {
      passed: report.passed,
      called: report.counts.called,
      imported: report.counts.imported,
      required: report.counts.required,
      'may-be-affected': report.counts.mayBeAffected,
      ignored: report.counts.ignored,
      vulnerabilities: boundedOutput(vulnerabilitiesOutput(report), logger),
      'sarif-file': sarifFile ?? '',
      'vex-file': vexFile ?? '',
      'json-file': jsonFile
    },
    annotations,
    summary,
    failureMessage: report.failureMessage
  }
  logger.info(
    `govulncheck-gate: ${report.vulnerabilities.length} vulnerabilities (${report.counts.called} called, ${report.counts.imported} imported, ${report.counts.required} required, ${report.counts.mayBeAffected} may be affected, ${report.counts.ignored} ignored); ${report.passed ? 'passed' : `${report.counts.blocking} blocking`}`
  )
  return { report, layout, jsonFile, sarifFile, vexFile, action }
}

/**
 * One clear line for a path that cannot work, before anything runs: a missing
 * working directory (spawn would say "ENOENT" as if govulncheck were missing),
 * an input that is a directory, an output that is a directory or lies under a file.
 */
function checkPaths(options: GateRunOptions, names: InputNames): void {
  const shown = (file: string) => displayPath(options.workspace, file)
  const dir = options.workingDirectory
  const dirStat = statSync(dir, { throwIfNoEntry: false })
  if (!dirStat) {
    throw new ConfigurationError(`${names.workingDirectory}: ${shown(dir)} does not exist`, {
      fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work (relative to ${names.workingDirectory === 'working-directory' ? 'the workspace' : 'the current directory'})`
    })
  }
  if (!dirStat.isDirectory()) {
    throw new ConfigurationError(`${names.workingDirectory}: ${shown(dir)} is not a directory`, {
      fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work`
    })
  }
  if (options.source.kind === 'file') {
    const input = options.source.file
    if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`${names.inputFile}: ${shown(input)} is a directory`, {
        fix: `name the file that holds the \`govulncheck -json\` output, e.g. ${shown(path.join(input, 'govulncheck.json'))}`
      })
    }
  }
  const outputs: [string | undefined, string, string][] = [
    [options.sarifFile, names.sarifFile, 'govulncheck.sarif'],
    [options.vexFile, names.vexFile, 'govulncheck.openvex.json'],
    [
      options.source.kind === 'run' ? options.jsonFile : undefined,
      names.jsonFile,
      'govulncheck.json'
    ]
  ]
  for (const [file, name, example] of outputs) {
    if (!file) continue
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`${name}: ${shown(file)} is a directory`, {
        fix: `name a file to write, e.g. ${shown(path.join(file, example))}`
      })
    }
    for (
      let parent = path.dirname(file);
      parent !== path.dirname(parent);
      parent = path.dirname(parent)
    ) {
      const stat = statSync(parent, { throwIfNoEntry: false })
      if (!stat) continue
      if (stat.isDirectory()) break
      throw new ConfigurationError(
        `${name}: ${shown(file)} lies under ${shown(parent)}, which is a file`,
        {
          fix: `name a file in a directory, e.g. ${shown(path.join(path.dirname(parent), example))}`
        }
      )
    }
  }
}

async function readAllowList(options: GateRunOptions): Promise<AllowList | undefined> {
  const file =
    options.ignoreFile ??
    (options.defaultIgnoreFile && existsSync(options.defaultIgnoreFile)
      ? options.defaultIgnoreFile
      : undefined)
  if (!file) return undefined
  const allowList = await loadAllowList(file, displayPath(options.workspace, file), options.logger)
  options.logger.info(`Allow-list ${allowList.file}: ${allowList.entries.length} entries`)
  return allowList
}

function displayPath(workspace: string, file: string): string {
  return insideRelative(workspace, path.resolve(file)) || file
}

/** One entry per vulnerability for the `vulnerabilities` output and the CLI's JSON. */
export interface VulnerabilityOutput {
  id: string
  aliases: string[]
  module: string
  version?: string
  found: string
  fixed: string | null
  /** error: blocks the gate; warning: found, allowed by policy; note: ignored by the allow-list. */
  level: 'error' | 'warning' | 'note'
  status: string
  severity: string
  score?: number
  reason: string
  summary?: string
  url: string
}

export function vulnerabilitiesOutput(report: GateReport): VulnerabilityOutput[] {
  return report.vulnerabilities.map(v => ({
    id: v.id,
    aliases: v.aliases,
    module: v.module,
    ...(v.version ? { version: v.version } : {}),
    found: v.found,
    fixed: v.fixed ? (v.stdlib ? `go${goRelease(v.fixed)}` : v.fixed) : null,
    level: v.status === 'blocking' ? 'error' : v.status === 'allowed' ? 'warning' : 'note',
    status: v.status,
    severity: v.severity.label,
    ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
    reason: v.reason,
    ...(v.summary ? { summary: v.summary } : {}),
    url: v.url
  }))
}

/** GitHub keeps at most 1 MB of outputs per job; leave room for the others. */
const MAX_OUTPUT_CHARS = 900_000

/** The JSON for the `vulnerabilities` output, slimmed and then cut if it would not fit. */
export function boundedOutput(list: VulnerabilityOutput[], logger: Logger): string {
  const full = JSON.stringify(list)
  if (full.length <= MAX_OUTPUT_CHARS) return full
  const slim = list.map(({ id, aliases, module, found, fixed, level, severity }) => ({
    id,
    aliases,
    module,
    found,
    fixed,
    level,
    severity
  }))
  let kept = slim.length
  let text = JSON.stringify(slim)
  while (text.length > MAX_OUTPUT_CHARS && kept > 0) {
    kept = Math.floor(kept * 0.9)
    text = JSON.stringify(slim.slice(0, kept))
  }
  logger.warning(
    `The vulnerabilities output is too large for GitHub: ${kept < slim.length ? `it lists the first ${kept} of ${slim.length}` : 'it has only id, aliases, module, found, fixed, level and severity'}; the SARIF file has everything`
  )
  return text
}

/** Writes through a temp file and a rename, so readers never see half a file. */
export function writeAtomically(file: string, text: string, inputName?: string): void {
  try {
    writeFileAtomicSync(file, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    throw new ConfigurationError(
      `${inputName ? `${inputName}: ` : ''}cannot write ${file}: ${code}`,
      { fix: 'name a file in a directory this job can write' }
    )
  }
}
