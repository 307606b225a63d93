/**
 * Compatibility: the govulncheck-gate bundle with the real govulncheck 1.0.4
 * (Debian, the last release many pipelines still pin) and Go 1.22, offline.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describeStep, runStep, type StepResult } from '../../harness/runner.js'
import { describeIfTool, goEnv, removeGoTemp, requireTool } from '../../helpers/tools.js'
import { buildVulnWorld, govulncheckBin, goVariables, IDS, type VulnWorld } from './fixture.js'

const run = promisify(execFile)
const ENTRY = 'dist/govulncheck-gate/index.js'

function vulns(step: StepResult): { id: string; found: string; status: string }[] {
  return JSON.parse(step.outputs.vulnerabilities ?? '[]')
}

describeIfTool(['go1.22', 'go1.23', 'govulncheck-1.0.4'])(
  'govulncheck-gate with govulncheck 1.0.4 and Go 1.22 (compatibility)',
  () => {
    let tmp: string
    let world: VulnWorld
    let goVars: Record<string, string | undefined>
    let bin: string

    function gate(
      inputs: Record<string, string | undefined>,
      env: Record<string, string | undefined> = {}
    ) {
      return runStep({
        entry: ENTRY,
        runnerDir: mkdtempSync(path.join(tmp, 'runner-')),
        workspace: world.repo,
        inputs: { db: world.db, 'severity-lookup': 'false', ...inputs },
        env: { ...goVars, ...env }
      })
    }

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-compat-'))
      world = buildVulnWorld(tmp)
      bin = govulncheckBin(tmp, requireTool('govulncheck-1.0.4'))
      const env = goEnv('1.22', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
      env.PATH = `${bin}${path.delimiter}${env.PATH}`
      goVars = goVariables(env)
      await run('go', ['mod', 'download', 'all'], { cwd: path.join(world.repo, 'app'), env })
    }, 120_000)

    afterAll(() => {
      if (tmp) rmSync(tmp, { recursive: true, force: true })
      removeGoTemp()
    })

    it('classifies a source scan as with govulncheck 1.9', async () => {
      const step = await gate({ 'working-directory': 'app' })
      if (step.exitCode !== 1) throw new Error(describeStep(step))
      expect(Object.fromEntries(vulns(step).map(v => [v.id, [v.found, v.status]]))).toEqual({
        [IDS.parser]: ['called', 'blocking'],
        [IDS.imponly]: ['imported', 'allowed'],
        [IDS.stdlib]: ['called', 'blocking']
      })
      expect(step.summary).toContain(
        'Scanned with govulncheck v1.0.4 (Debian package 1.0.4-1; the stream says v0.0.0), source mode'
      )
    }, 60_000)

    it('does not pass govulncheck 1.0.4’s -scan module standard-library finding (govulncheck exits 3)', async () => {
      // 1.0.4 attaches the standard-library finding to a package even at module level.
      const step = await gate({ 'working-directory': 'app', scan: 'module' })
      const stream = readFileSync(step.outputs['json-file'], 'utf8')
      expect(stream).toMatch(
        /"module": "stdlib",\s*"version": "v1\.22\.12",\s*"package": "net\/url"/
      )
      expect(step.exitCode).toBe(1)
      expect(step.outputs.passed).toBe('false')
      const stdlib = vulns(step).find(v => v.id === IDS.stdlib)
      expect(stdlib).toMatchObject({ found: 'may-be-affected', status: 'blocking' })
      expect(step.outputs['may-be-affected']).toBe(String(vulns(step).length))
      expect(step.outputs.imported).toBe('0')
    }, 60_000)

    it('fails on a Go version mismatch (govulncheck 1.0.4 with Go 1.23) with the hint', async () => {
      // The mismatch is real: govulncheck 1.0.4 cannot type-check Go 1.23's standard library.
      const go123 = goVariables(
        goEnv('1.23', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
      )
      go123.PATH = `${bin}${path.delimiter}${go123.PATH}`
      const step = await gate({ 'working-directory': 'app' }, go123)
      expect(step.exitCode).toBe(1)
      const message = step.errors.map(e => e.message).join('\n')
      expect(message).toMatch(/govulncheck failed \(exit code 1\), so there is no result/)
      expect(message).toContain('mismatch between the Go version')
      expect(message).toMatch(/Fix: govulncheck and the Go on PATH disagree/)
      expect(step.outputs.passed).toBeUndefined()
    }, 60_000)
  }
)
