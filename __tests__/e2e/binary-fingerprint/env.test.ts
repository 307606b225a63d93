import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
    execFile(process.execPath, [CLI, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: number }).code : 0
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr })
    })
  })
}

let dir = ''

describeIfTool(['go1.27', 'go1.22'])('go-ci-kit env snapshot / verify', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-env-'))
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('snapshot, verify clean, then drift names each field and exits 42 with --strict', async () => {
    const env = goEnv('1.27')
    const snap = await cli(['env', 'snapshot', '--out', 'go-env.lock.json'], dir, env)
    expect(snap.stderr).toBe('')
    expect(snap.code).toBe(0)
    const lock = JSON.parse(readFileSync(path.join(dir, 'go-env.lock.json'), 'utf8'))
    expect(lock).toMatchObject({
      GOVERSION: expect.stringMatching(/^go1\.27/),
      archLevel: expect.stringMatching(/=/)
    })
    expect(lock.goBinarySha256).toMatch(/^[0-9a-f]{64}$/)
    expect(lock.compileSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(lock.moduleSetDigest).not.toBe('')

    const clean = await cli(['env', 'verify', '--lock', 'go-env.lock.json', '--strict'], dir, env)
    expect(clean.code).toBe(0)

    const drifted = await cli(
      ['env', 'verify', '--lock', 'go-env.lock.json', '--strict', '--json'],
      dir,
      goEnv('1.22', { GOFLAGS: '-mod=mod' })
    )
    expect(drifted.code).toBe(42)
    const fields = JSON.parse(drifted.stdout).drift.map((d: { field: string }) => d.field)
    expect(fields).toEqual(
      expect.arrayContaining(['GOVERSION', 'GOFLAGS', 'goBinarySha256', 'compileSha256'])
    )

    const lenient = await cli(['env', 'verify', '--lock', 'go-env.lock.json'], dir, goEnv('1.22'))
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toMatch(/drift: GOVERSION: locked "go1\.27/)
  })

  test('a bad lock is a usage error naming the field', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"_type":"https://go-ci-kit.dev/env-lock/v1"}')
    const r = await cli(['env', 'verify', '--lock', 'bad.json'], dir, goEnv('1.27'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/bad\.json: \/GOVERSION: missing or not a string/)
  })
})
