/** The built CLI reports the version ncc bundled from package.json. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

describe('go-ci-kit --version', () => {
  it('prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'dist', 'cli', 'index.js'), '--version'],
      {
        // Run from elsewhere: the bundle must not read package.json at run time.
        cwd: path.parse(repoRoot).root,
        env: { PATH: process.env.PATH },
        encoding: 'utf8'
      }
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${version}\n`)
  })
})
