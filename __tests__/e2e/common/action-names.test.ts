/**
 * One bundle serves the flagship cache action (root action.yml) and
 * actions/cache-key-builder; each prefixes its messages with its own name.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { describeStep, repoRoot, runStep } from '../../harness/runner.js'

let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'gck-names-'))
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
})

/** The bundles an action.yml runs, relative to the repository root. */
function bundlesOf(actionFile: string): { main: string; post: string } {
  const runs = (
    parse(readFileSync(path.join(repoRoot, actionFile), 'utf8')) as {
      runs: { main: string; post: string }
    }
  ).runs
  const dir = path.dirname(path.join(repoRoot, actionFile))
  return {
    main: path.relative(repoRoot, path.resolve(dir, runs.main)),
    post: path.relative(repoRoot, path.resolve(dir, runs.post))
  }
}

describe.each([
  ['action.yml', 'go-ci-kit'],
  ['actions/cache-key-builder/action.yml', 'cache-key-builder']
])('%s', (actionFile, name) => {
  const bundles = bundlesOf(actionFile)

  it(`prefixes a failed main step with "${name}:"`, async () => {
    const main = await runStep({
      entry: bundles.main,
      inputs: { 'working-directory': 'no-such-dir' },
      workspace
    })
    expect([main.exitCode, describeStep(main)]).toEqual([1, expect.any(String)])
    expect(main.errors.map(error => error.message)).toEqual([
      expect.stringMatching(new RegExp(`^${name}: working-directory .*no-such-dir does not exist`))
    ])
  })

  it(`prefixes the post step's warning with "${name}"`, async () => {
    // A state file that vanished between main and post.
    const broken = await runStep(
      { entry: bundles.post, inputs: { cache: 'mod' }, workspace },
      { 'STATE_state-file': path.join(workspace, 'missing-state.json') }
    )
    expect([broken.exitCode, describeStep(broken)]).toEqual([0, expect.any(String)])
    expect(broken.warnings.map(warning => warning.message)).toEqual([
      expect.stringMatching(new RegExp(`^${name} post step: `))
    ])
  })
})
