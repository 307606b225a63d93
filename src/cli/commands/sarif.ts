import path from 'node:path'
import { ConfigurationError, GateFailure } from '../../core/errors.js'
import { writeFilesAtomicSync } from '../../core/io.js'
import { parseDuration } from '../../core/inputs.js'
import { createGitHubClient } from '../../core/github/index.js'
import { ANNOTATIONS_PER_LEVEL, type Logger } from '../../core/report.js'
import {
  CLI_UPLOAD_POLICY,
  commandAnnotations,
  DEFAULT_UPLOAD_TIMEOUT_MS,
  deliverSarif,
  describeCut,
  GITHUB_LIMITS,
  goBaseDirs,
  parseSarifFailOn,
  pollOptionsFromEnv,
  prepareSarif,
  resolveAnalysisRef,
  retryFromEnv,
  SARIF_FAIL_ON_HELP,
  sarifGateFailure,
  uploadBudget,
  type PreparedSarif
} from '../../core/sarif/index.js'
import {
  ExitCode,
  parseCommandArgs,
  printJson,
  stderrLogger,
  type CliIO,
  type Command
} from '../command.js'
import { userAgent } from '../../core/version.js'
import { formatWorkflowCommand } from '../../core/workflow-commands.js'

const help = `Usage: go-ci-kit sarif <normalize|annotate|upload> IN... [options]

Reads SARIF files (IN is a file, a directory searched for *.sarif, or a glob),
validates them against the part of SARIF 2.1.0 code scanning uses, and
normalizes them: URIs relative to the checkout (uriBaseId, file:// and
module-relative paths resolved), missing rules described, duplicate tags and
stacks removed, 0 lines/columns raised to 1, null results made [], dangling
artifact indexes fixed, primaryLocationLineHash fingerprints added (the
codeql-action algorithm), GitHub's limits applied (what is cut is reported),
runs of one tool and category merged and the result split into uploads of at
most 20 runs and 10 MB gzipped.

Subcommands:
  normalize IN... --out OUT
      Write the normalized SARIF to OUT. When it needs several uploads, the
      further parts are written next to it as OUT-2.sarif, OUT-3.sarif, ...
  annotate IN...
      Print GitHub workflow commands (::error file=...,line=...::message) for
      the findings, most severe first, at most --max-per-level per level.
  upload IN... --repo OWNER/REPO --sha SHA --ref REF
      Upload to code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs)
      with the token in GITHUB_TOKEN (or GH_TOKEN) and the API in
      GITHUB_API_URL (default https://api.github.com).

Options:
  --checkout DIR       repository root the analysis ran on (default: .)
  --category NAME      category (automationDetails.id "NAME/") for runs without one
  --fail-on LEVEL      exit 1 when findings reach LEVEL: ${SARIF_FAIL_ON_HELP}
                       (default: none)
  --out FILE           normalize: where to write the SARIF (required)
  --max-per-level N    annotate: workflow commands per level (default ${ANNOTATIONS_PER_LEVEL}, as many
                       as a GitHub step shows; 0 = all)
  --repo OWNER/REPO    upload: the repository (default: GITHUB_REPOSITORY)
  --sha SHA            upload: the commit analysed (default: GITHUB_SHA)
  --ref REF            upload: refs/heads/..., refs/pull/N/merge, ... (default: GITHUB_REF)
  --wait               upload: wait until code scanning has processed the upload
  --upload-timeout T   upload: time allowed in all, rate-limit waits included, such as
                       90s or 5m (default 5m); a longer rate limit fails at once
  --json               print one JSON report on stdout (logs go to stderr)
  -h, --help           show this help

Exit codes:
  0   ok
  1   --fail-on matched, or code scanning failed to process an upload
  2   usage error, unreadable or invalid SARIF, or the upload was refused
`

function report(
  prepared: PreparedSarif,
  gate: { failOn: string; failure?: string }
): Record<string, unknown> {
  return {
    gate,
    files: prepared.sources,
    runs: prepared.runs.map(run => ({
      tool: run.tool,
      category: run.category,
      results: run.run.results.length,
      unlocated: run.unlocated.length,
      sources: run.sources
    })),
    results: prepared.tally.levels,
    suppressed: prepared.tally.suppressed,
    uploads: prepared.uploads.map(upload => ({
      runs: upload.runs.length,
      results: upload.results,
      bytes: Buffer.byteLength(upload.json),
      gzipBytes: upload.gzip.length
    })),
    cuts: prepared.cuts.map(describeCut),
    warnings: prepared.warnings,
    fingerprints: {
      computed: prepared.partialFingerprints.computed,
      existing: prepared.partialFingerprints.existing,
      missingFiles: Object.fromEntries(prepared.partialFingerprints.missingFiles),
      pastEnd: prepared.partialFingerprints.pastEnd,
      filesHashed: prepared.partialFingerprints.filesHashed,
      bytesRead: prepared.partialFingerprints.bytesRead,
      ms: Math.round(prepared.partialFingerprints.ms),
      hashMs: Math.round(prepared.partialFingerprints.hashMs)
    },
    timings: prepared.timings
  }
}

/** OUT, then OUT-2.sarif, OUT-3.sarif … for further uploads. */
export function partPath(out: string, index: number): string {
  if (index === 1) return out
  const match = /^(.*?)((\.sarif)?(\.json)?)$/.exec(out) as RegExpExecArray
  return `${match[1]}-${index}${match[2] || '.sarif'}`
}

export const sarifCommand: Command = {
  name: 'sarif',
  summary: 'Normalize, annotate or upload SARIF',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const [subcommand, ...rest] = argv
    if (subcommand !== 'normalize' && subcommand !== 'annotate' && subcommand !== 'upload') {
      throw new ConfigurationError(
        subcommand === undefined
          ? 'sarif: missing subcommand'
          : `sarif: unknown subcommand "${subcommand}"`,
        { fix: 'use go-ci-kit sarif normalize|annotate|upload (see --help)' }
      )
    }
    const { values, positionals } = parseCommandArgs(`sarif ${subcommand}`, rest, {
      checkout: { type: 'string' },
      category: { type: 'string' },
      'fail-on': { type: 'string' },
      out: { type: 'string' },
      'max-per-level': { type: 'string' },
      repo: { type: 'string' },
      sha: { type: 'string' },
      ref: { type: 'string' },
      wait: { type: 'boolean' },
      'upload-timeout': { type: 'string' },
      json: { type: 'boolean' }
    })
    const json = values.json === true
    const log = stderrLogger(io)
    const failOnText = values['fail-on'] ?? 'none'
    const failOn = parseSarifFailOn(failOnText)
    if (subcommand === 'normalize' && !values.out) {
      throw new ConfigurationError('sarif normalize: --out is required', {
        fix: 'add --out normalized.sarif'
      })
    }
    if (positionals.length === 0) {
      throw new ConfigurationError(`sarif ${subcommand}: no SARIF file given`, {
        fix: 'name files, directories or globs after the subcommand'
      })
    }
    let maxPerLevel = ANNOTATIONS_PER_LEVEL
    if (values['max-per-level'] !== undefined) {
      maxPerLevel = Number(values['max-per-level'])
      if (!Number.isInteger(maxPerLevel) || maxPerLevel < 0) {
        throw new ConfigurationError(
          `--max-per-level must be a whole number, got "${values['max-per-level']}"`
        )
      }
    }

    const prepared = await prepareSarif({
      inputs: positionals,
      cwd: io.cwd,
      checkoutDir: values.checkout ?? '.',
      category: values.category,
      baseDirs: goBaseDirs(io.env),
      logger: log
    })
    const gateFailure = sarifGateFailure(failOn, prepared.tally)
    const gate = { failOn: failOnText, failure: gateFailure }
    const levels = prepared.tally.levels
    const counts = `${levels.error} error(s), ${levels.warning} warning(s), ${levels.note} note(s)`

    if (subcommand === 'normalize') {
      const out = path.resolve(io.cwd, values.out as string)
      const files = prepared.uploads.map(upload => ({
        file: partPath(out, upload.index),
        data: upload.json
      }))
      // All parts or none.
      writeFilesAtomicSync(files)
      if (json) printJson(io, { ...report(prepared, gate), written: files.map(f => f.file) })
      else
        io.stderr(
          `Wrote ${files.map(f => path.relative(io.cwd, f.file) || f.file).join(', ')}: ${counts}\n`
        )
    } else if (subcommand === 'annotate') {
      const { annotations, notShown: hidden } = commandAnnotations(prepared, { maxPerLevel })
      if (json) printJson(io, { ...report(prepared, gate), annotations, notShown: hidden.length })
      else {
        for (const annotation of annotations) io.stdout(`${formatWorkflowCommand(annotation)}\n`)
        if (hidden.length > 0)
          io.stderr(
            `${hidden.length} more finding(s) not printed (--max-per-level ${maxPerLevel})\n`
          )
      }
    } else {
      const code = await upload(prepared, gate, values, io, log, json)
      if (code !== ExitCode.ok) return code
    }
    if (gateFailure) {
      // With --json the report above is the one JSON document; say it on stderr only.
      if (!json) throw new GateFailure(gateFailure)
      io.stderr(`go-ci-kit: ${gateFailure}\n`)
      return ExitCode.gateFailed
    }
    return ExitCode.ok
  }
}

async function upload(
  prepared: PreparedSarif,
  gate: { failOn: string; failure?: string },
  values: {
    repo?: string
    sha?: string
    ref?: string
    wait?: boolean
    checkout?: string
    'upload-timeout'?: string
  },
  io: CliIO,
  log: Logger,
  json: boolean
): Promise<number> {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN
  if (!token) {
    throw new ConfigurationError('sarif upload needs a token in GITHUB_TOKEN (or GH_TOKEN)', {
      fix: 'export GITHUB_TOKEN with the security_events scope (or security-events: write in Actions)'
    })
  }
  const repository = values.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new ConfigurationError(`--repo must be OWNER/REPO, got "${repository}"`)
  }
  const ref = resolveAnalysisRef(
    { ref: values.ref ?? io.env.GITHUB_REF, sha: values.sha ?? io.env.GITHUB_SHA },
    { ref: '', sha: '', eventName: '', event: {}, repository }
  )
  const client = createGitHubClient({
    baseUrl: io.env.GITHUB_API_URL,
    token,
    userAgent: userAgent('sarif'),
    retry: retryFromEnv(io.env),
    onRetry: ({ attempt, delayMs, reason }) =>
      log.info(`retrying (attempt ${attempt + 1}) in ${delayMs} ms: ${reason}`)
  })
  let timeoutMs = DEFAULT_UPLOAD_TIMEOUT_MS
  if (values['upload-timeout'] !== undefined) {
    const parsed = parseDuration(values['upload-timeout'])
    if (parsed === undefined)
      throw new ConfigurationError(
        `--upload-timeout is not a duration: "${values['upload-timeout']}"`,
        { fix: 'write it like 90s, 5m or 1h' }
      )
    timeoutMs = parsed
  }
  const { receipts, processing, failedProcessing } = await deliverSarif({
    prepared,
    mode: 'always',
    client,
    fromFork: false,
    owner,
    repo,
    analysisRef: () => ref,
    checkoutPath: path.resolve(io.cwd, values.checkout ?? '.'),
    startedAt: new Date(),
    waitForProcessing: values.wait === true,
    refusal: CLI_UPLOAD_POLICY,
    budgetName: `--upload-timeout ${values['upload-timeout'] ?? '5m'}`,
    limits: GITHUB_LIMITS,
    logger: log,
    poll: pollOptionsFromEnv(io.env),
    uploadBudget: uploadBudget(timeoutMs)
  })
  if (json) {
    printJson(io, {
      ...report(prepared, gate),
      sarifIds: receipts.map(r => r.id),
      processing: processing.map(p => ({ id: p.id, status: p.status, errors: p.errors }))
    })
  } else {
    for (const receipt of receipts) io.stdout(`${receipt.id}\n`)
  }
  if (failedProcessing.length > 0) {
    io.stderr(
      `go-ci-kit: code scanning failed to process ${failedProcessing.map(p => `${p.id} (${p.errors.join('; ') || 'no details'})`).join(', ')}\n`
    )
    return ExitCode.gateFailed
  }
  return ExitCode.ok
}
