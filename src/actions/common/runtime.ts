import * as core from '@actions/core'
import path from 'node:path'
import { ConfigurationError, GateFailure, getErrorMessage } from '../../core/errors.js'
import { Inputs } from '../../core/inputs.js'
import { writeFileAtomicSync } from '../../core/io.js'
import {
  OUTPUT_LIMIT_BYTES,
  truncateOutput,
  type ActionResult,
  type Annotation,
  type Logger
} from '../../core/report.js'
import { plainLogText } from '../../core/workflow-commands.js'

/**
 * Inputs read the way the runner passes them (`INPUT_<NAME>`). Secrets
 * (`inputs.secret`) are masked in the log before anything else can print them.
 */
export function actionInputs(): Inputs {
  return new Inputs(name => core.getInput(name), { onSecret: value => core.setSecret(value) })
}

/**
 * The one way to write a plain log line: no part of it (a file name with a
 * newline, say) can be read by the runner as a workflow command.
 */
export function logInfo(message: string): void {
  core.info(plainLogText(message))
}

export const actionLogger: Logger = {
  info: logInfo,
  warning: message => core.warning(message),
  debug: message => core.debug(message)
}

/** The runner's environment that actions need, read once. */
export interface RunnerContext {
  workspace: string
  runnerTemp: string
  runnerOs: string
  repository: string
  sha: string
  ref: string
  eventName: string
  eventPath?: string
  apiUrl: string
  serverUrl: string
}

export function runnerContext(): RunnerContext {
  const env = process.env
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || (env.TMPDIR ?? '/tmp'),
    runnerOs: env.RUNNER_OS || process.platform,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com'
  }
}

export function emitAnnotation(annotation: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.startLine,
    endLine: annotation.endLine,
    startColumn: annotation.startColumn,
    endColumn: annotation.endColumn
  }
  if (annotation.level === 'error') core.error(annotation.message, properties)
  else if (annotation.level === 'warning') core.warning(annotation.message, properties)
  else core.notice(annotation.message, properties)
}

/**
 * Sets one output. A value over GitHub's 1 MB limit is written whole to a
 * file under RUNNER_TEMP, the output is cut with a marker naming that file,
 * and `<name>-file` holds its path.
 */
export function setOutput(name: string, value: string | number | boolean): void {
  const text = String(value)
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes <= OUTPUT_LIMIT_BYTES) {
    core.setOutput(name, text)
    return
  }
  const step = (process.env.GITHUB_ACTION || `pid-${process.pid}`).replace(/[^\w.-]/g, '_')
  const file = path.join(runnerContext().runnerTemp, 'go-ci-kit', 'outputs', step, `${name}.txt`)
  writeFileAtomicSync(file, text)
  const marker = `\n[go-ci-kit: output ${name} cut at ${OUTPUT_LIMIT_BYTES} of ${bytes} bytes (GitHub's limit is 1 MB); the full value is in ${file}, also named by output ${name}-file]`
  core.setOutput(name, truncateOutput(text, marker))
  core.setOutput(`${name}-file`, file)
  core.warning(
    `Output ${name} is ${bytes} bytes, over GitHub's 1 MB limit for an output: it is cut with a marker, and the full value is in ${file} (output ${name}-file)`
  )
}

/** Writes outputs, annotations and the summary; fails the step if a gate said so. */
export async function applyResult(result: ActionResult): Promise<void> {
  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value)
  for (const annotation of result.annotations) emitAnnotation(annotation)
  if (result.summary) {
    try {
      await core.summary.addRaw(result.summary, true).write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${getErrorMessage(error)}`)
    }
  }
  if (result.failureMessage) core.setFailed(result.failureMessage)
}

/**
 * Runs a main step. User mistakes and gate failures fail the step with one
 * line; anything else is a bug and keeps its stack so it can be reported.
 * Exits explicitly because HTTP keep-alive sockets can hold Node open.
 */
export async function runMain(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof GateFailure) {
      core.setFailed(`${action}: ${getErrorMessage(error)}`)
    } else {
      const detail = error instanceof Error && error.stack ? error.stack : getErrorMessage(error)
      core.setFailed(`${action} failed unexpectedly (this is a bug, please report it): ${detail}`)
    }
  }
  process.exit(process.exitCode ?? 0)
}

/** What a main step's body is given: the runner's context, its inputs and the log. */
export interface ActionStep {
  context: RunnerContext
  inputs: Inputs
  logger: Logger
}

/**
 * Runs a main step whose core hands back an ActionResult: the body reads its
 * inputs and calls the core; the result is applied as `applyResult` does, and
 * errors end the step as in `runMain`.
 */
export async function runAction(
  action: string,
  body: (step: ActionStep) => Promise<ActionResult>
): Promise<void> {
  await runMain(action, async () => {
    const step = { context: runnerContext(), inputs: actionInputs(), logger: actionLogger }
    await applyResult(await body(step))
  })
}

/** Runs a post step: it never fails the job, it warns. */
export async function runPost(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    core.warning(`${action} post step: ${getErrorMessage(error)}`)
  }
  process.exit(0)
}
