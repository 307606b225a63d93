/**
 * No value an action logs can forge a workflow command: file and directory
 * names with newlines in them go through the plain log lines of
 * binary-fingerprint and the cache action, and the runner must see no
 * `::error`/`::warning` (or `##[…]`) line the action did not mean.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isWorkflowCommandLine } from '../../../src/core/workflow-commands.js'
import {
  describeStep,
  repoRoot,
  runPostStep,
  runStep,
  type StepResult
} from '../../harness/runner.js'
import { requireTool } from '../../helpers/tools.js'

const FORGED = 'evil\n::error::forged\n  ::warning::forged\n##[error]forged'

let root: string

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-forged-'))
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Every stdout line the runner would run as a command (it trims leading whitespace first). */
function commandLines(result: StepResult): string[] {
  return result.stdout.split(/\r\n|\r|\n/).filter(isWorkflowCommandLine)
}

function expectNothingForged(result: StepResult): void {
  const forged = [...result.errors, ...result.warnings, ...result.notices].filter(command =>
    /^forged/.test(command.message)
  )
  expect([forged, describeStep(result)]).toEqual([[], expect.any(String)])
  expect(commandLines(result).filter(line => /forged/.test(line.split('::')[1] ?? line))).toEqual(
    []
  )
}

describe('forged workflow commands', () => {
  it('binary-fingerprint: a binary whose name carries command lines', async () => {
    const dir = path.join(root, 'fingerprint')
    mkdirSync(dir)
    // A real Go binary from the toolchain stands in for a release artifact.
    const gofmt = path.join(path.dirname(requireTool('go1.27')), 'gofmt')
    copyFileSync(gofmt, path.join(dir, `gofmt${FORGED}`))
    const result = await runStep({
      entry: 'dist/binary-fingerprint/index.js',
      inputs: { paths: `${dir}/*` },
      workspace: dir
    })
    expect([result.exitCode, describeStep(result)]).toEqual([0, expect.any(String)])
    expectNothingForged(result)
    // The name is still shown in the log: JSON-quoted by binary-fingerprint (one line), or
    // with the line that looked like a command escaped.
    expect(result.stdout).toMatch(/\\n::error::forged|\\::error::forged/)
  })

  it('cache action: a module directory whose name carries command lines', async () => {
    const workspace = path.join(root, 'cache')
    const moduleDir = path.join(workspace, FORGED)
    mkdirSync(moduleDir, { recursive: true })
    writeFileSync(path.join(moduleDir, 'go.mod'), 'module example.com/evil\n\ngo 1.22\n')
    // A malformed go.sum: its path lands in the message of the key that cannot be computed.
    writeFileSync(path.join(moduleDir, 'go.sum'), 'not a go.sum line\n')
    const main = await runStep({
      entry: 'dist/cache-restore/index.js',
      inputs: { cache: 'mod' },
      workspace
    })
    expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
    expect(main.outputs['mod-miss-reason']).toBe('key-unavailable')
    expectNothingForged(main)
    expect(main.stdout).toContain('\\::error::forged')
    const post = await runPostStep(main, 'dist/cache-save/index.js')
    expect([post.exitCode, describeStep(post)]).toEqual([0, expect.any(String)])
    expectNothingForged(post)
  })

  it('CLI in a run: step: its output to the runner is escaped, its output to a file is exact', () => {
    const dir = path.join(root, 'cli')
    mkdirSync(dir)
    const binary = path.join(dir, `gofmt${FORGED}`)
    copyFileSync(path.join(path.dirname(requireTool('go1.27')), 'gofmt'), binary)
    const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
    const env = { ...process.env, GITHUB_ACTIONS: 'true' }
    const piped = execFileSync(process.execPath, [cli, 'fingerprint', binary], { env }).toString()
    expect(piped.split(/\r\n|\r|\n/).filter(isWorkflowCommandLine)).toEqual([])
    expect(piped).toContain('\\::error::forged')
    const file = path.join(root, 'cli-out.txt')
    const fd = openSync(file, 'w')
    try {
      execFileSync(process.execPath, [cli, 'fingerprint', binary], {
        env,
        stdio: ['ignore', fd, 'pipe']
      })
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(file, 'utf8')).toBe(piped.replace(/^\\/gm, ''))
  })
})
