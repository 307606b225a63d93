/**
 * Jobs of the cache action for the e2e tests, in every mode: the main and
 * post steps through the built bundles (with the checks every test makes),
 * the shutdown of a test file's cache service and scratch root, and for
 * cacheprog mode a checkout at a fixed path with old mtimes, `go build` as a
 * later step runs it, the metrics file, and checks of what a job leaves
 * behind (the local tier's files, processes).
 */
import { expect } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import type { CacheService } from '../harness/cache-server.js'
import { describeStep, runPostStep, runStep, type StepResult } from '../harness/runner.js'
import { checkout, go, makeMachine, makeWritable, type Machine } from '../e2e/cache/fixtures.js'

export const RESTORE = 'dist/cache-restore/index.js'
export const SAVE = 'dist/cache-save/index.js'

/** What a step must not have done; `errors: false` leaves error annotations to the test. */
export interface StepChecks {
  errors?: boolean
}

/**
 * The cache action's main step on `machine` against `service`: `inputs` as
 * given, env the machine's, the service's, then `env` (undefined removes).
 * Exits 0 and, unless told otherwise, reports no error.
 */
export async function cacheMainStep(
  service: CacheService,
  machine: Machine,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  checks: StepChecks = {}
): Promise<StepResult> {
  const main = await runStep({
    entry: RESTORE,
    workspace,
    inputs,
    env: { ...machine.env, ...service.env, ...env }
  })
  expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
  if (checks.errors !== false) expect(main.errors).toEqual([])
  return main
}

/** The post step of `main`: exits 0 and, unless told otherwise, reports no error. */
export async function cachePostStep(
  main: StepResult,
  checks: StepChecks = {}
): Promise<StepResult> {
  const post = await runPostStep(main, SAVE)
  expect([post.exitCode, describeStep(post)]).toEqual([0, expect.any(String)])
  if (checks.errors !== false) expect(post.errors).toEqual([])
  return post
}

/** A test file's afterAll: the cache service closed, the scratch root (read-only module files too) removed. */
export async function closeCacheJobs(
  service: CacheService | undefined,
  root: string | undefined
): Promise<void> {
  await service?.close()
  if (root) {
    makeWritable(root)
    rmSync(root, { recursive: true, force: true })
  }
}

/** One fixed date for checkouts and module caches (see oldCheckout). */
const PAST = new Date('2026-01-01T00:00:00Z')

function datePast(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    utimesSync(path.join(dir, entry), PAST, PAST)
  }
  utimesSync(dir, PAST, PAST)
}

/**
 * A fresh runner whose module cache already holds the project's modules,
 * dated in the past: cmd/go caches its index of module files only once they
 * are some seconds old, so modules downloaded during the build would put a
 * new object in some jobs and not in others.
 */
export function readyMachine(root: string, proxy: string, project: string): Machine {
  const machine = makeMachine(root, '1.27', proxy)
  go(machine, project, ['mod', 'download'])
  datePast(machine.modCache)
  return machine
}

/** Files written with these contents over a fresh checkout, then dated an hour back. */
export type Edits = Record<string, string>

/**
 * A fresh checkout at the same path for every job (the package directory is
 * part of a compile's action ID without -trimpath), dated in the past: cmd/go
 * does not trust the package index of just-written files.
 */
export function oldCheckout(
  root: string,
  project: string,
  name: string,
  edits: Edits = {}
): string {
  rmSync(path.join(root, 'workspaces', name), { recursive: true, force: true })
  const workspace = checkout(project, root, name)
  for (const [file, text] of Object.entries(edits)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  // One fixed date for every job: cmd/go keys its package index by the files' mtimes, so
  // "an hour ago" would differ per job and put one new object (the index) in each.
  datePast(workspace)
  return workspace
}

/** The metrics file the cacheprog jobs write (metricsOf reads it). */
const METRICS_FILE = 'cache-metrics.txt'

/** The main step of a cacheprog job: cacheMainStep, writing the metrics file. */
export async function mainStep(
  service: CacheService,
  machine: Machine,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<StepResult> {
  return cacheMainStep(
    service,
    machine,
    workspace,
    { 'metrics-file': METRICS_FILE, ...inputs },
    env
  )
}

/** The metrics file a step wrote (mainStep asks for one). */
export function metricsOf(step: StepResult): string {
  return readFileSync(path.join(step.workspace, METRICS_FILE), 'utf8')
}

/** One sample of an OpenMetrics text; throws naming the sample when it is absent. */
export function sample(metrics: string, name: string): number {
  const line = metrics.split('\n').find(candidate => candidate.startsWith(name + ' '))
  if (!line) throw new Error(`no ${name} in\n${metrics}`)
  return Number(line.slice(name.length + 1))
}

export interface Build {
  code: number | null
  compiles: number
  /** Go's stderr lines from go-ci-kit (the cacheprog program's warnings). */
  warnings: string[]
  stderr: string
}

/**
 * `go build -x ./...` as a later step runs it: the machine's env plus what
 * GITHUB_ENV exported, without the action's runtime env. Asynchronous: the
 * harness cache service answers from this process.
 */
export async function goBuild(
  machine: Machine,
  workspace: string,
  exported: Record<string, string>
): Promise<Build> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...machine.env, ...exported }
  delete env.GOROOT
  for (const name of Object.keys(env)) {
    if (name.startsWith('ACTIONS_') || name.startsWith('INPUT_')) delete env[name]
  }
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn('go', ['build', '-x', './...'], { cwd: workspace, env })
      const chunks: Buffer[] = []
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
      child.on('error', reject)
      child.on('close', status =>
        resolve({ code: status, stderr: Buffer.concat(chunks).toString() })
      )
    }
  )
  return {
    code,
    compiles: (stderr.match(/\/compile -o /g) ?? []).length,
    warnings: stderr.split('\n').filter(line => line.startsWith('go-ci-kit')),
    stderr
  }
}

export const postStep = (main: StepResult): Promise<StepResult> => cachePostStep(main)

/**
 * What is wrong in a local tier: temp files left behind, and object files
 * whose bytes do not hash to their name (the output ID).
 */
export function tierProblems(dir: string): string[] {
  const problems: string[] = []
  if (!existsSync(dir)) return problems
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    if (entry.endsWith('.tmp')) problems.push(`temp file ${entry}`)
  }
  const objects = path.join(dir, 'o')
  for (const sub of existsSync(objects) ? readdirSync(objects) : []) {
    for (const name of readdirSync(path.join(objects, sub))) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(objects, sub, name)))
        .digest('hex')
      if (digest !== name) problems.push(`object ${name} holds other bytes`)
    }
  }
  return problems
}

/** Pids of live processes whose command line mentions `text`. */
export function processesMentioning(text: string): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue
    try {
      const commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8')
      const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]
      if (commandLine.includes(text) && state !== 'Z') pids.push(Number(name))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** The processes mentioning `text` once they had a moment to exit (a closed pipe is not an exit). */
export async function survivors(text: string): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (processesMentioning(text).length === 0) return []
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return processesMentioning(text)
}
