/**
 * `npm run demo` as a new user reads it: no network (advisory severities come
 * from the local GitHub API), no `go` run on the runner before the cache
 * restore, and every job in demo-out/summary.md.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'
import { requireTool } from '../../helpers/tools.js'

let output: string
let summary: string

beforeAll(() => {
  requireTool('go1.27')
  requireTool('govulncheck-1.9')
  // What `npm run demo` runs.
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.demo.json'],
    { cwd: repoRoot }
  )
  output = execFileSync(process.execPath, ['build/scripts/demo.js'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000
  }).toString()
  summary = readFileSync(path.join(repoRoot, 'demo-out', 'summary.md'), 'utf8')
}, 360_000)

/** The lines the demo printed for one step, up to the next step. */
function step(title: string): string {
  const start = output.indexOf(`━━ ${title}`)
  expect([title, start]).not.toEqual([title, -1])
  const end = output.indexOf('━━ ', start + 3)
  return output.slice(start, end < 0 ? undefined : end)
}

describe('npm run demo', () => {
  it('looks advisory severities up locally: the gate knows them', () => {
    const gate = step('job 2 · govulncheck-gate')
    expect(gate).toContain('GO-2099-0101 (called, severity high)')
    expect(output).not.toMatch(/Could not look up advisory severities/)
    expect(output).not.toMatch(/api\.github\.com/)
  })

  it('runs no go command on the runner before its cache restore', () => {
    expect(output).not.toMatch(/GOMODCACHE already has content/)
    const save = step('job 3 · cache save')
    // The layered module cache (the default): the bump's new version is what the restored base
    // lacks, so the go command downloaded it after the restore, and the save rebuilds the base.
    expect(save).toMatch(/module cache \(layered\): the base lacks 1 of 2 versions/)
    expect(save).toMatch(/module cache: saved the base layer go-modbase-/)
  })

  it('writes every job to demo-out/summary.md, each with all its steps', () => {
    const jobs = summary.split(/^(?=## Job \d)/m).slice(1)
    expect(jobs.map(job => /^## Job (\d)/.exec(job)?.[1])).toEqual(['1', '2', '3'])
    // Job 2: the cache restore, the gate, its SARIF and the fingerprints, then the cache save.
    const job2 = jobs[1]
    const order = [
      '### Go caches: restore',
      'govulncheck-gate failed',
      'SARIF:',
      '### Binary fingerprints',
      'save-skipped-exact-hit'
    ].map(text => job2.indexOf(text))
    expect(order.every(index => index >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
