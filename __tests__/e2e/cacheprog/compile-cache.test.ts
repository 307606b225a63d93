/**
 * The CLI (which go starts for every go command as GOCACHEPROG) keeps V8's
 * compiled code where Node offers a compile cache (22.8+: <tmpdir>/node-compile-cache),
 * and runs the same where Node has none (20) or the directory cannot be written.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import nodeModule from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
const offered =
  typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function'
let root: string

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-compile-cache-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function figures(tmpdir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmpdir }
  delete env.NODE_COMPILE_CACHE
  delete env.NODE_DISABLE_COMPILE_CACHE
  return spawnSync(
    process.execPath,
    [cli, 'cacheprog', 'figures', '--dir', path.join(root, 'dir'), '--json'],
    { env, encoding: 'utf8' }
  )
}

it(`keeps a compile cache under the temp dir exactly when Node offers one (${offered ? 'it does' : 'it does not'})`, () => {
  const tmpdir = path.join(root, 'tmp')
  mkdirSync(tmpdir)
  const result = figures(tmpdir)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  expect(JSON.parse(result.stdout)).toMatchObject({ objectsRequested: 0 })
  const cache = path.join(tmpdir, 'node-compile-cache')
  expect(existsSync(cache) && readdirSync(cache, { recursive: true }).length > 0).toBe(offered)
})

it('runs the same when the temp dir cannot be written', () => {
  // A file: no directory can be made under it, whoever runs the test (root too).
  const notADir = path.join(root, 'file')
  writeFileSync(notADir, '')
  const result = figures(notADir)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  expect(JSON.parse(result.stdout)).toMatchObject({ objectsRequested: 0 })
})
