/**
 * The package's bin (dist/cli/index.js, a stub over dist/shared/) runs the way
 * npm installs it: the package copied into node_modules/ and the bin linked into
 * node_modules/.bin/, then run as an executable through that link (as `npx
 * go-ci-kit` and npm scripts do).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

describe('go-ci-kit as an installed package', () => {
  let project: string
  let bin: string
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
  }

  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'gck-bin-'))
    const installed = path.join(project, 'node_modules', 'go-ci-kit')
    mkdirSync(installed, { recursive: true })
    cpSync(path.join(repoRoot, 'package.json'), path.join(installed, 'package.json'))
    cpSync(path.join(repoRoot, 'dist'), path.join(installed, 'dist'), { recursive: true })
    mkdirSync(path.join(project, 'node_modules', '.bin'))
    bin = path.join(project, 'node_modules', '.bin', 'go-ci-kit')
    symlinkSync(path.join('..', 'go-ci-kit', 'dist', 'cli', 'index.js'), bin)
  })
  afterAll(() => rmSync(project, { recursive: true, force: true }))

  function run(args: string[]) {
    return spawnSync(bin, args, {
      cwd: project,
      env: { PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` },
      encoding: 'utf8'
    })
  }

  it('prints the version through the linked bin', () => {
    const result = run(['--version'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('loads a command, and its lazily loaded chunks, through the linked bin', () => {
    const result = run(['fingerprint', '--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: go-ci-kit fingerprint/m)
  })
})
