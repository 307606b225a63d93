/**
 * Runs a built action bundle as a child process, the way the GitHub runner
 * does: inputs as INPUT_* variables, file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY) as files in a fresh directory,
 * and the post step run afterwards with STATE_* taken from the state file.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFileCommand, parseWorkflowCommands, type WorkflowCommand } from './commands.js'

/** The repository root, found from this file whether it runs from source or from a compiled copy. */
export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (
      existsSync(path.join(dir, 'package.json')) &&
      existsSync(path.join(dir, 'scripts', 'bundle.mjs'))
    )
      return dir
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${start}`)
  }
}

export interface StepOptions {
  /** Bundle path relative to the repo root, e.g. `dist/cache/restore/index.js`. */
  entry: string
  inputs?: Record<string, string | number | boolean | undefined>
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  workspace?: string
  /** Reuse a runner directory (temp, file commands) across main and post. */
  runnerDir?: string
  event?: { name: string; payload: unknown }
  timeoutMs?: number
}

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  exportedEnv: Record<string, string>
  addedPath: string[]
  summary: string
  commands: WorkflowCommand[]
  errors: WorkflowCommand[]
  warnings: WorkflowCommand[]
  notices: WorkflowCommand[]
  masks: string[]
  runnerDir: string
  workspace: string
  /** The options used, so the post step can be run with the same environment. */
  options: StepOptions
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

const createdRunnerDirs = new Set<string>()
// Runner directories live until the test process exits; set GO_CI_KIT_KEEP_RUNNER=1 to inspect them.
process.on('exit', () => {
  if (process.env.GO_CI_KIT_KEEP_RUNNER === '1') return
  for (const dir of createdRunnerDirs) rmSync(dir, { recursive: true, force: true })
})

/** Runs one step (main or post) and returns everything the runner would see. */
export async function runStep(
  options: StepOptions,
  extraEnv: Record<string, string> = {}
): Promise<StepResult> {
  let runnerDir = options.runnerDir
  if (runnerDir === undefined) {
    runnerDir = mkdtempSync(path.join(os.tmpdir(), 'gck-runner-'))
    createdRunnerDirs.add(runnerDir)
  }
  const workspace = options.workspace ?? path.join(runnerDir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  const temp = path.join(runnerDir, 'temp')
  mkdirSync(temp, { recursive: true })
  const files = {
    GITHUB_OUTPUT: path.join(runnerDir, 'output'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_PATH: path.join(runnerDir, 'path'),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary.md')
  }
  // Each step gets fresh output/env/path files, as on the runner; state and
  // the summary persist within the job.
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH'] as const)
    writeFileSync(files[name], '')
  for (const name of ['GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const) {
    if (!existsSync(files[name])) writeFileSync(files[name], '')
  }
  const eventPath = path.join(runnerDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}))

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TOOL_CACHE: path.join(runnerDir, 'toolcache'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'd6cd1e2bd19e03a81132a23b2025920577f84e37',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'build',
    ...files,
    ...extraEnv,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) env[inputEnvName(name)] = String(value)
  }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]

  const entry = path.resolve(repoRoot, options.entry)
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number
    stdout: string
    stderr: string
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: workspace,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', chunk => out.push(chunk))
    child.stderr.on('data', chunk => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        exitCode: code ?? 137,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
  })

  const commands = parseWorkflowCommands(stdout)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readIfExists(files.GITHUB_OUTPUT)),
    state: parseFileCommand(readIfExists(files.GITHUB_STATE)),
    exportedEnv: parseFileCommand(readIfExists(files.GITHUB_ENV)),
    addedPath: readIfExists(files.GITHUB_PATH).split('\n').filter(Boolean),
    summary: readIfExists(files.GITHUB_STEP_SUMMARY),
    commands,
    errors: commands.filter(c => c.command === 'error'),
    warnings: commands.filter(c => c.command === 'warning'),
    notices: commands.filter(c => c.command === 'notice'),
    masks: commands.filter(c => c.command === 'add-mask').map(c => c.message),
    runnerDir,
    workspace,
    options
  }
}

/** Runs the post step of a job whose main step produced `main`, passing STATE_* as the runner does. */
export async function runPostStep(
  main: StepResult,
  entry: string,
  overrides: Partial<StepOptions> = {}
): Promise<StepResult> {
  const stateEnv: Record<string, string> = {}
  for (const [name, value] of Object.entries(main.state)) stateEnv[`STATE_${name}`] = value
  return runStep(
    { ...main.options, runnerDir: main.runnerDir, workspace: main.workspace, ...overrides, entry },
    stateEnv
  )
}

/** Shows a step's output when an assertion fails, which Jest otherwise hides. */
export function describeStep(result: StepResult): string {
  return `exit ${result.exitCode}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
}
