/**
 * The govulncheck-gate bundle and the `go-ci-kit vuln` CLI against the real
 * govulncheck 1.0.4 with Go 1.22, fully offline. govulncheck runs once per
 * scenario (app, go.work, binary, build error); the saved streams are then
 * reused through `input-file` / `--input` for the policy variations.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { readBuildInfo } from '../../../src/core/vuln/buildinfo.js'
import { describeStep, repoRoot, runStep, type StepResult } from '../../harness/runner.js'
import { describeIfTool, goEnv, removeGoTemp } from '../../helpers/tools.js'
import { codeScanningProblems, type SarifLog } from '../../unit/vuln/sarif-rules.js'
import { buildVulnWorld, GHSA, goVariables, IDS, type VulnWorld } from './fixture.js'
import type { GitHubServer } from '../../harness/github-server.js'
import { startAdvisoryApi } from './advisory-api.js'

const run = promisify(execFile)
const ENTRY = 'dist/govulncheck-gate/index.js'
const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

interface Vuln {
  id: string
  aliases: string[]
  module: string
  found: string
  fixed: string | null
  level: string
  severity: string
  status: string
}

function vulns(step: StepResult): Vuln[] {
  return JSON.parse(step.outputs.vulnerabilities ?? '[]')
}

function byId(step: StepResult): Record<string, Pick<Vuln, 'found' | 'status' | 'severity'>> {
  return Object.fromEntries(
    vulns(step).map(v => [v.id, { found: v.found, status: v.status, severity: v.severity }])
  )
}

/** Shows the step's output when the exit code is not the expected one. */
function expectExit(step: StepResult, code: number): void {
  if (step.exitCode !== code) throw new Error(`expected exit ${code}, got ${describeStep(step)}`)
}

function sarifOf(step: StepResult): SarifLog {
  return JSON.parse(readFileSync(step.outputs['sarif-file'], 'utf8'))
}

describeIfTool(['go1.22', 'go1.23', 'govulncheck'])(
  'govulncheck-gate with govulncheck 1.0.4 and Go 1.22',
  () => {
    let tmp: string
    let world: VulnWorld
    let goVars: Record<string, string | undefined>
    let api: GitHubServer
    const streams: Record<'app' | 'ws' | 'binary', string> = { app: '', ws: '', binary: '' }
    let app: StepResult
    let binaryFile: string

    /** Runs the bundle in the fixture repository with the Go tools and the local advisory API. */
    function gate(
      inputs: Record<string, string | undefined>,
      env: Record<string, string | undefined> = {}
    ) {
      return runStep({
        entry: ENTRY,
        // Inside tmp, so afterAll removes every step's runner directory with the fixtures.
        runnerDir: mkdtempSync(path.join(tmp, 'runner-')),
        workspace: world.repo,
        inputs: { db: world.db, ...inputs },
        env: { ...goVars, GITHUB_API_URL: api.url, ...env }
      })
    }

    function keep(step: StepResult, name: keyof typeof streams): void {
      expect(existsSync(step.outputs['json-file'])).toBe(true)
      streams[name] = path.join(tmp, 'streams', `${name}.json`)
      mkdirSync(path.dirname(streams[name]), { recursive: true })
      copyFileSync(step.outputs['json-file'], streams[name])
    }

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-e2e-'))
      world = buildVulnWorld(tmp)
      api = await startAdvisoryApi({
        [GHSA.parser]: {
          severity: 'high',
          cvss_severities: {
            cvss_v3: { vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 7.5 },
            cvss_v4: null
          }
        },
        [GHSA.imponly]: {
          severity: 'low',
          cvss_severities: {
            cvss_v3: { vector_string: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:N/S:U/C:L/I:N/A:N', score: 1.9 },
            cvss_v4: null
          }
        }
      })
      const env = goEnv('1.22', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
      goVars = goVariables(env)
      // The workspace needs go.sum files (workspace mode refuses -mod=mod).
      for (const dir of ['ws/svc', 'ws/api']) {
        await run('go', ['mod', 'tidy'], {
          cwd: path.join(world.repo, dir),
          env: { ...env, GOWORK: 'off' }
        })
      }
      binaryFile = path.join(tmp, 'bin', 'app')
      await run('go', ['build', '-o', binaryFile, '.'], {
        cwd: path.join(world.repo, 'app'),
        env: { ...env, GOWORK: 'off' }
      })

      // Scenario "app": one real govulncheck run; the stream is reused below.
      app = await gate({ 'working-directory': 'app' })
      keep(app, 'app')
    }, 180_000)

    afterAll(async () => {
      await api?.close()
      if (tmp) rmSync(tmp, { recursive: true, force: true })
      removeGoTemp()
    })

    describe('a source scan of one module', () => {
      it('fails the gate on called vulnerabilities, listing them with their fixes', () => {
        expect(app.exitCode).toBe(1)
        expect(app.outputs).toMatchObject({
          passed: 'false',
          called: '2',
          imported: '1',
          required: '0',
          ignored: '0'
        })
        const failure = app.errors.find(e => !e.properties.file)
        expect(failure?.message).toBe(
          'govulncheck-gate: 2 vulnerabilities block the gate (fail-on: called, severity-threshold: low): ' +
            `${IDS.parser} (called, severity high) in acme.test/parser@v1.4.1: fixed in acme.test/parser v1.4.2 (go get acme.test/parser@v1.4.2); ` +
            `${IDS.stdlib} (called, severity unknown) in the Go 1.22.12 standard library: fixed in Go 1.22.99 (go get toolchain@go1.22.99)`
        )
      })

      it('classifies called, imported-only, and finds nothing for a required module that is not imported', () => {
        expect(byId(app)).toEqual({
          [IDS.parser]: { found: 'called', status: 'blocking', severity: 'high' },
          [IDS.imponly]: { found: 'imported', status: 'allowed', severity: 'low' },
          [IDS.stdlib]: { found: 'called', status: 'blocking', severity: 'unknown' }
        })
        expect(vulns(app).find(v => v.id === IDS.parser)).toEqual(
          expect.objectContaining({
            aliases: ['CVE-2098-10101', GHSA.parser],
            module: 'acme.test/parser',
            fixed: 'v1.4.2',
            level: 'error'
          })
        )
        // acme.test/unused is required in go.mod but never imported: govulncheck reports nothing.
        expect(readFileSync(streams.app, 'utf8')).not.toContain(`"osv": "${IDS.unused}"`)
      })

      it('annotates the user’s call sites and the go.mod require line, never the standard library', () => {
        const annotations = [...app.errors, ...app.warnings, ...app.notices].filter(
          a => a.properties.file
        )
        expect(
          annotations.map(a => [a.command, a.properties.file, a.properties.line, a.message])
        ).toEqual([
          [
            'error',
            'app/report/report.go',
            '7',
            `\`report.Summarize\` calls \`parser.Parse\`, affected by ${IDS.parser} (CVE-2098-10101, ${GHSA.parser}); fixed in acme.test/parser v1.4.2`
          ],
          [
            'error',
            'app/main.go',
            '12',
            `\`app.main\` calls \`url.Parse\`, affected by ${IDS.stdlib} (CVE-2098-10103); fixed in Go 1.22.99`
          ],
          [
            'notice',
            'app/go.mod',
            '6',
            `acme.test/imponly v0.3.0 is imported, but its vulnerable code is not called; affected by ${IDS.imponly} (${GHSA.imponly}); fixed in acme.test/imponly v0.3.1`
          ]
        ])
      })

      it('writes a job summary sorted by severity with the upgrade commands', () => {
        const rows = app.summary
          .split('\n')
          .filter(l => l.startsWith('| ') && !l.startsWith('| Severity'))
        expect(rows.map(r => r.split(' | ').slice(0, 1).concat(r.split(' | ')[2]))).toEqual([
          ['| high (7.5)', 'called'],
          ['| low (1.9)', 'imported'],
          ['| unknown', 'called']
        ])
        expect(app.summary).toContain('go get acme.test/parser@v1.4.2')
        expect(app.summary).toContain('go get toolchain@go1.22.99')
        expect(app.summary).toContain(
          `${IDS.stdlib} is in the Go standard library (Go 1.22.12): fixed in Go 1.22.99`
        )
      })

      it('writes SARIF that code scanning accepts, at the call sites, with code flows', () => {
        const sarif = sarifOf(app)
        expect(codeScanningProblems(sarif, world.repo)).toEqual([])
        const run0 = sarif.runs[0]
        expect(run0.automationDetails.id).toBe('govulncheck-gate/source/app/')
        expect(
          run0.results.map(r => [
            r.ruleId,
            r.level,
            r.locations[0].physicalLocation.artifactLocation.uri,
            r.locations[0].physicalLocation.region.startLine
          ])
        ).toEqual([
          [IDS.parser, 'error', 'app/report/report.go', 7],
          [IDS.imponly, 'note', 'app/go.mod', 6],
          [IDS.stdlib, 'error', 'app/main.go', 12]
        ])
        expect(
          run0.tool.driver.rules.find(r => r.id === IDS.parser)?.properties['security-severity']
        ).toBe('7.5')
        expect(run0.results[0].codeFlows?.[0].threadFlows[0].locations).toHaveLength(2)
        expect(api.violations).toEqual([])
      })
    })

    describe('the gate for each fail-on', () => {
      const cases: [string, string | undefined, number, string[]][] = [
        ['called', undefined, 1, [IDS.parser, IDS.stdlib]],
        ['called', 'ignore-called.toml', 0, []],
        ['imported', undefined, 1, [IDS.parser, IDS.imponly, IDS.stdlib]],
        ['imported', 'ignore-called.toml', 1, [IDS.imponly]],
        ['required', undefined, 1, [IDS.parser, IDS.imponly, IDS.stdlib]],
        ['required', 'ignore-all.toml', 0, []],
        ['none', undefined, 0, []]
      ]
      it.each(cases)(
        'fail-on %s with %s exits %i blocking %j',
        async (failOn, ignore, exitCode, blocking) => {
          writeFileSync(
            path.join(tmp, 'ignore-called.toml'),
            `[[IgnoredVulns]]\nid = "${IDS.parser}"\n\n[[IgnoredVulns]]\nid = "${IDS.stdlib}"\n`
          )
          writeFileSync(
            path.join(tmp, 'ignore-all.toml'),
            `[[IgnoredVulns]]\nid = "${IDS.parser}"\n[[IgnoredVulns]]\nid = "${IDS.stdlib}"\n[[IgnoredVulns]]\nid = "${IDS.imponly}"\n`
          )
          const step = await gate({
            'working-directory': 'app',
            'input-file': streams.app,
            'fail-on': failOn,
            'ignore-file': ignore ? path.join(tmp, ignore) : undefined,
            'severity-lookup': 'false'
          })
          expect([step.exitCode, step.outputs.passed]).toEqual([
            exitCode,
            exitCode === 0 ? 'true' : 'false'
          ])
          expect(
            vulns(step)
              .filter(v => v.status === 'blocking')
              .map(v => v.id)
              .sort()
          ).toEqual([...blocking].sort())
          expect(step.outputs['json-file']).toBe(streams.app)
        }
      )
    })

    describe('the allow-list', () => {
      it('ignores through an alias and stops ignoring an expired entry, naming it', async () => {
        const file = path.join(world.repo, 'policy', 'osv-scanner.toml')
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(
          file,
          `[[IgnoredVulns]]\nid = "${GHSA.parser}"\nignoreUntil = 2999-01-01\nreason = "only trusted titles reach Summarize"\n\n[[IgnoredVulns]]\nid = "CVE-2098-10103"\nignoreUntil = 2020-01-01\nreason = "waiting for Go 1.22.99"\n`
        )
        const step = await gate({
          'working-directory': 'app',
          'input-file': streams.app,
          'ignore-file': '../policy/osv-scanner.toml'
        })
        expect(step.outputs).toMatchObject({ passed: 'false', ignored: '1', called: '1' })
        expect(byId(step)[IDS.parser].status).toBe('ignored')
        expect(byId(step)[IDS.stdlib].status).toBe('blocking')
        expect(step.warnings.map(w => w.message)).toContain(
          `policy/osv-scanner.toml:6 [[IgnoredVulns]] id = "CVE-2098-10103" until 2020-01-01 (waiting for Go 1.22.99) expired on 2020-01-01; ${IDS.stdlib} is no longer ignored`
        )
        expect(step.summary).toContain(
          'expired on 2020-01-01, so GO-2098-0103 is no longer ignored'
        )
        // Ignored vulnerabilities are left out of SARIF so their alerts close.
        expect(sarifOf(step).runs[0].results.map(r => r.ruleId)).not.toContain(IDS.parser)
      })

      it.each([
        [
          'a bad date',
          '[[IgnoredVulns]]\nid = "GO-1"\nignoreUntil = 2025-02-30\n',
          'policy/bad.toml:3: ignoreUntil: 2025-02-30 is not a valid date'
        ],
        [
          'an unknown key',
          '[[IgnoredVulns]]\nid = "GO-1"\n\n[[IgnoredVulns]]\nid = "GO-2"\nexpiry = 2030-01-01\n',
          'policy/bad.toml:6: unknown key "expiry" in IgnoredVulns entry 2'
        ]
      ])(
        'rejects an ignore file with %s, naming the line and key',
        async (_name, text, message) => {
          writeFileSync(path.join(world.repo, 'policy', 'bad.toml'), text)
          const step = await gate({
            'working-directory': 'app',
            'input-file': streams.app,
            'ignore-file': '../policy/bad.toml'
          })
          expect(step.exitCode).toBe(1)
          expect(step.errors.map(e => e.message).join('\n')).toContain(
            `govulncheck-gate: ${message}`
          )
          expect(step.outputs.passed).toBeUndefined()
        }
      )
    })

    describe('severity from the GitHub Advisory Database', () => {
      it('applies the threshold and the unknown-severity policy', async () => {
        const step = await gate({
          'working-directory': 'app',
          'input-file': streams.app,
          'severity-threshold': 'high',
          'unknown-severity': 'pass'
        })
        expect(step.exitCode).toBe(1)
        expect(
          vulns(step)
            .filter(v => v.status === 'blocking')
            .map(v => v.id)
        ).toEqual([IDS.parser])
        expect(api.violations).toEqual([])
        expect(api.requests.every(r => r.headers['x-github-api-version'] === '2022-11-28')).toBe(
          true
        )
      })

      it('degrades to unknown severity with a warning when the API is unreachable', async () => {
        const step = await gate(
          { 'working-directory': 'app', 'input-file': streams.app, 'severity-threshold': 'medium' },
          { GITHUB_API_URL: 'http://127.0.0.1:9' }
        )
        expect(
          step.warnings.some(w =>
            /Could not look up advisory severities .*; severities are unknown for this run/.test(
              w.message
            )
          )
        ).toBe(true)
        expect(vulns(step).map(v => v.severity)).toEqual(['unknown', 'unknown', 'unknown'])
        // unknown-severity defaults to fail: the called ones still block.
        expect(
          vulns(step)
            .filter(v => v.status === 'blocking')
            .map(v => v.id)
            .sort()
        ).toEqual([IDS.parser, IDS.stdlib].sort())
        expect(step.summary).toContain('Severities are unknown')
      }, 60_000)
    })

    describe('several modules in a go.work', () => {
      let ws: StepResult
      beforeAll(async () => {
        ws = await gate({ 'working-directory': 'ws' }, { GOFLAGS: '' })
        keep(ws, 'ws')
      }, 60_000)

      it('scans every used module and reports each in its own directory', () => {
        expectExit(ws, 1)
        expect(byId(ws)).toEqual({
          [IDS.parser]: { found: 'called', status: 'blocking', severity: 'high' },
          [IDS.imponly]: { found: 'imported', status: 'allowed', severity: 'low' }
        })
        const annotations = [...ws.errors, ...ws.notices].filter(a => a.properties.file)
        expect(annotations.map(a => [a.properties.file, a.properties.line])).toEqual([
          ['ws/svc/svc.go', '7'],
          ['ws/api/go.mod', '5']
        ])
        expect(annotations[0].message).toMatch(/^`svc\.Handle` calls `parser\.Parse`/)
        const sarif = sarifOf(ws)
        expect(codeScanningProblems(sarif, world.repo)).toEqual([])
        expect(sarif.runs[0].automationDetails.id).toBe('govulncheck-gate/source/ws/')
      })
    })

    describe('binary mode', () => {
      let bin: StepResult
      beforeAll(async () => {
        bin = await gate({ 'working-directory': '.', mode: 'binary', packages: binaryFile })
        keep(bin, 'binary')
      }, 60_000)

      it('reads the main module from the binary and points at its go.mod', async () => {
        expect(await readBuildInfo(binaryFile)).toMatchObject({
          goVersion: 'go1.22.12',
          mainModule: 'acme.test/app'
        })
        expectExit(bin, 1)
        expect(byId(bin)).toMatchObject({
          [IDS.parser]: { found: 'called', status: 'blocking' },
          [IDS.stdlib]: { found: 'called', status: 'blocking' }
        })
        const annotations = bin.errors.filter(a => a.properties.file)
        expect(annotations.map(a => [a.properties.file, a.properties.line])).toEqual(
          expect.arrayContaining([
            ['app/go.mod', '7'],
            ['app/go.mod', '3']
          ])
        )
        expect(annotations.find(a => a.properties.line === '7')?.message).toMatch(
          /^acme\.test\/parser v1\.4\.1 is linked into the binary with the vulnerable `parser\.Parse`/
        )
      })

      it('writes SARIF with a location for every result', () => {
        const sarif = sarifOf(bin)
        expect(codeScanningProblems(sarif, world.repo)).toEqual([])
        expect(sarif.runs[0].automationDetails.id).toBe('govulncheck-gate/binary/root/')
        expect(sarif.runs[0].tool.driver.properties.scan_mode).toBe('binary')
      })
    })

    describe('when govulncheck cannot produce a result', () => {
      it('fails with govulncheck’s stderr on a build error, never "0 vulnerabilities"', async () => {
        const step = await gate({ 'working-directory': 'bad' })
        expect(step.exitCode).toBe(1)
        const message = step.errors.map(e => e.message).join('\n')
        expect(message).toMatch(/govulncheck failed \(exit code 1\), so there is no result/)
        expect(message).toContain('bad.go:3')
        expect(message).toMatch(/Fix: govulncheck needs code that builds/)
        expect(step.outputs.passed).toBeUndefined()
        expect(step.summary).not.toMatch(/0 vulnerabilities|No vulnerabilities/)
      })

      it('fails on a Go version mismatch (govulncheck 1.0.4 with Go 1.23) with the hint', async () => {
        // The mismatch is real: govulncheck 1.0.4 cannot type-check Go 1.23's standard library.
        const go123 = goVariables(
          goEnv('1.23', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
        )
        const step = await gate({ 'working-directory': 'app' }, go123)
        expect(step.exitCode).toBe(1)
        const message = step.errors.map(e => e.message).join('\n')
        expect(message).toMatch(/govulncheck failed \(exit code 1\), so there is no result/)
        expect(message).toContain('mismatch between the Go version')
        expect(message).toMatch(/Fix: govulncheck and the Go on PATH disagree/)
        expect(step.outputs.passed).toBeUndefined()
      }, 60_000)

      it('says how to get govulncheck when it is missing and Go is not installed', async () => {
        const emptyPath = path.join(tmp, 'empty-path')
        mkdirSync(emptyPath, { recursive: true })
        const step = await gate({ 'working-directory': 'app' }, { PATH: emptyPath })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0].message).toBe(
          'govulncheck-gate: govulncheck is not on PATH and Go is not installed, so it cannot be installed either. Fix: add actions/setup-go before this step (the gate then runs `go install golang.org/x/vuln/cmd/govulncheck@<govulncheck-version>`), put govulncheck on PATH, or pass input-file'
        )
      })

      it.each([
        [
          'truncated',
          (text: string) => text.slice(0, Math.floor(text.length / 2)),
          /truncated\.json:\d+: the stream ends inside the JSON object that starts on this line \(truncated output\)/
        ],
        [
          'garbage',
          (text: string) =>
            text.replace('\n{\n  "osv"', '\nfatal error: out of memory\n{\n  "osv"'),
          /garbage\.json:\d+: unexpected text between JSON objects: "fatal error: out of memory"/
        ],
        ['empty', () => '', /empty\.json: the stream is empty \(no JSON objects\)/]
      ] as const)('rejects a %s input file with a clear message', async (name, mangle, pattern) => {
        const file = path.join(world.repo, 'streams', `${name}.json`)
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, mangle(readFileSync(streams.app, 'utf8')))
        const step = await gate({
          'working-directory': 'app',
          'input-file': `streams/${name}.json`
        })
        expect(step.exitCode).toBe(1)
        expect(step.errors.map(e => e.message).join('\n')).toMatch(pattern)
        expect(step.stderr).not.toMatch(/this is a bug/)
      })
    })

    describe('the go-ci-kit vuln CLI', () => {
      async function cli(args: string[], cwd = path.join(world.repo, 'app')) {
        try {
          const { stdout, stderr } = await run(process.execPath, [CLI, 'vuln', ...args], {
            cwd,
            env: {
              ...process.env,
              ...goVars,
              GITHUB_API_URL: api.url,
              GITHUB_TOKEN: 'test-token'
            } as NodeJS.ProcessEnv
          })
          return { code: 0, stdout, stderr }
        } catch (error) {
          const e = error as { code: number; stdout: string; stderr: string }
          return { code: e.code, stdout: e.stdout, stderr: e.stderr }
        }
      }

      it('exits 1 when the gate fails and prints one JSON document', async () => {
        const sarif = path.join(tmp, 'cli.sarif')
        const result = await cli([
          '--input',
          streams.app,
          '--root',
          world.repo,
          '--json',
          '--sarif',
          sarif
        ])
        expect(result.code).toBe(1)
        const doc = JSON.parse(result.stdout)
        expect(doc).toMatchObject({
          passed: false,
          counts: { called: 2, imported: 1, required: 0, ignored: 0, blocking: 2 }
        })
        expect(doc.vulnerabilities.map((v: Vuln) => [v.id, v.severity])).toEqual([
          [IDS.parser, 'high'],
          [IDS.imponly, 'low'],
          [IDS.stdlib, 'unknown']
        ])
        expect(codeScanningProblems(JSON.parse(readFileSync(sarif, 'utf8')), world.repo)).toEqual(
          []
        )
      })

      it('exits 0 when the gate passes', async () => {
        const result = await cli(['--input', streams.app, '--fail-on', 'none', '--offline'])
        expect(result.code).toBe(0)
        expect(result.stdout).toMatch(
          /^PASS: 3 vulnerabilities found, none blocks \(fail-on: none\)$/m
        )
      })

      it('exits 2 on usage and configuration errors', async () => {
        expect((await cli(['--fail-on', 'sometimes', '--input', streams.app])).code).toBe(2)
        const bad = await cli(['--input', path.join(tmp, 'missing.json'), '--json'])
        expect(bad.code).toBe(2)
        expect(JSON.parse(bad.stdout).error.message).toMatch(/govulncheck output file not found/)
        const truncated = path.join(tmp, 'cli-truncated.json')
        writeFileSync(truncated, readFileSync(streams.app, 'utf8').slice(0, 3000))
        const malformed = await cli(['--input', truncated])
        expect(malformed.code).toBe(2)
        expect(malformed.stderr).toMatch(
          /cli-truncated\.json:\d+: the stream ends inside the JSON object/
        )
      })

      it('exits 3 when govulncheck fails, with its stderr', async () => {
        const result = await cli(
          ['--offline', '--', '-db', world.db, './...'],
          path.join(world.repo, 'bad')
        )
        expect(result.code).toBe(3)
        expect(result.stderr).toMatch(/govulncheck failed \(exit code 1\)[\s\S]*bad\.go:3/)
      })
    })

    it('only ever made requests the GitHub REST description allows', () => {
      expect(api.violations).toEqual([])
      expect(api.requests.length).toBeGreaterThan(0)
      expect(new Set(api.requests.map(r => r.operationId))).toEqual(
        new Set(['security-advisories/get-global-advisory'])
      )
      expect(api.requests.every(r => r.headers['user-agent']?.startsWith('go-ci-kit/'))).toBe(true)
    })
  }
)
