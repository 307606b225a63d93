/**
 * The govulncheck-gate bundle and the `go-ci-kit vuln` CLI against the real
 * govulncheck 1.9 with Go 1.27 (what users run), fully offline; govulncheck
 * 1.0.4 with Go 1.22 is in compat.test.ts. govulncheck runs once per
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
import { readBinaryOrigin } from '../../../src/core/vuln/binary-origin.js'
import { describeStep, repoRoot, runStep, type StepResult } from '../../harness/runner.js'
import { describeIfTool, goEnv, removeGoTemp, requireTool } from '../../helpers/tools.js'
import { codeScanningProblems, type SarifLog } from '../../unit/vuln/sarif-rules.js'
import {
  buildVulnWorld,
  GHSA,
  govulncheckBin,
  goVariables,
  IDS,
  type VulnWorld
} from './fixture.js'
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

describeIfTool(['go1.26', 'go1.27', 'govulncheck-1.9'])(
  'govulncheck-gate with govulncheck 1.9 and Go 1.27',
  () => {
    let tmp: string
    let world: VulnWorld
    let goVars: Record<string, string | undefined>
    let api: GitHubServer
    const streams: Record<'app' | 'ws' | 'binary', string> = { app: '', ws: '', binary: '' }
    let app: StepResult
    let binaryFile: string
    /** The Go release in use, e.g. 1.27.4 (what govulncheck reports for the standard library). */
    let go: string
    /** A directory whose govulncheck is govulncheck 1.9. */
    let vulnBin: string

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
      if (!existsSync(step.outputs['json-file'])) throw new Error(describeStep(step))
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
      const env = goEnv('1.27', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
      vulnBin = govulncheckBin(tmp, requireTool('govulncheck-1.9'))
      env.PATH = `${vulnBin}${path.delimiter}${env.PATH}`
      goVars = goVariables(env)
      go = (await run('go', ['env', 'GOVERSION'], { env })).stdout.trim().replace(/^go/, '')
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
            `${IDS.stdlib} (called, severity unknown) in the Go ${go} standard library: fixed in Go 1.27.99 (go get toolchain@go1.27.99)`
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
            `\`app.main\` calls \`url.Parse\`, affected by ${IDS.stdlib} (CVE-2098-10103); fixed in Go 1.27.99`
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
        expect(app.summary).toContain('go get toolchain@go1.27.99')
        expect(app.summary).toContain(
          `${IDS.stdlib} is in the Go standard library (Go ${go}): fixed in Go 1.27.99`
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

    describe('with Go 1.26', () => {
      it('classifies the module as with Go 1.27', async () => {
        const go126 = goEnv('1.26', { GOPROXY: world.goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod' })
        go126.PATH = `${vulnBin}${path.delimiter}${go126.PATH}`
        const step = await gate({ 'working-directory': 'app' }, goVariables(go126))
        expect(step.exitCode).toBe(1)
        expect(byId(step)).toEqual(byId(app))
        expect(step.summary).toMatch(/source mode, symbol level, Go 1\.26\.\d+,/)
      }, 60_000)
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
          [IDS.imponly]: { found: 'imported', status: 'allowed', severity: 'low' },
          // govulncheck 1.9 also reports the standard library as required (1.0.4 did not).
          [IDS.stdlib]: { found: 'required', status: 'allowed', severity: 'unknown' }
        })
        const annotations = [...ws.errors, ...ws.notices].filter(a => a.properties.file)
        expect(annotations.map(a => [a.properties.file, a.properties.line])).toEqual([
          ['ws/svc/svc.go', '7'],
          ['ws/api/go.mod', '5'],
          // The standard library: the go.work go line decides the Go of every module.
          ['ws/go.work', '1']
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
        expect(await readBinaryOrigin(binaryFile)).toMatchObject({
          goVersion: `go${go}`,
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

      it('keeps the panic line and the end of a crashed govulncheck’s stderr', async () => {
        // A stand-in for govulncheck v1.1.4 under Go 1.27: the reason first, then every goroutine.
        const fake = path.join(tmp, 'fake-panic')
        mkdirSync(fake, { recursive: true })
        writeFileSync(
          path.join(fake, 'govulncheck'),
          `#!/bin/sh\nprintf '{"config":{"protocol_version":"v1.0.0"}}\\n'\n{ echo 'panic: unexpected expr: *ast.KeyValueExpr'; echo; echo 'goroutine 1 [running]:'; i=0; while [ $i -lt 3000 ]; do echo "golang.org/x/tools/go/ssa.(*builder).expr(...)"; echo "\t/go/pkg/mod/golang.org/x/tools@v0.29.0/go/ssa/builder.go:$i"; i=$((i+1)); done; echo 'main.main()'; echo '\t/go/src/golang.org/x/vuln/cmd/govulncheck/main.go:42 +0x1d'; } >&2\nexit 2\n`,
          { mode: 0o755 }
        )
        const step = await gate(
          { 'working-directory': 'app' },
          { PATH: `${fake}${path.delimiter}${goVars.PATH}` }
        )
        expect(step.exitCode).toBe(1)
        const message = errorText(step)
        expect(message).toMatch(
          /govulncheck failed \(exit code 2\), so there is no result: the scan did not complete:\npanic: unexpected expr: \*ast\.KeyValueExpr\n/
        )
        expect(message).toMatch(/lines omitted/)
        expect(message).toContain('cmd/govulncheck/main.go:42 +0x1d')
        expect(message).toContain('set govulncheck-version to v1.9.0 or later')
        expect(step.outputs.passed).toBeUndefined()
      })

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

    /** Runs the real govulncheck 1.9 directly (stdout kept whatever the exit code), like a user's `-json > out.json`. */
    async function govulncheck(
      args: string[],
      cwd: string
    ): Promise<{ file: string; code: number }> {
      const file = path.join(tmp, 'direct', `${args.join('_').replace(/[^\w.-]+/g, '_')}.json`)
      mkdirSync(path.dirname(file), { recursive: true })
      let stdout: string
      let code = 0
      try {
        stdout = (await run('govulncheck', args, { cwd, env: goVars as NodeJS.ProcessEnv })).stdout
      } catch (error) {
        const e = error as { code: number; stdout: string }
        stdout = e.stdout
        code = e.code
      }
      writeFileSync(file, stdout)
      return { file, code }
    }

    function errorText(step: StepResult): string {
      return step.errors.map(e => e.message).join('\n')
    }

    describe('never a false pass on a saved stream', () => {
      it('fails on the stdout of a failed run (config only) as incomplete', async () => {
        const failed = await govulncheck(
          ['-json', '-db', world.db, './...'],
          path.join(world.repo, 'bad')
        )
        expect(failed.code).toBe(1)
        const step = await gate({ 'working-directory': 'bad', 'input-file': failed.file })
        expect(step.exitCode).toBe(1)
        expect(errorText(step)).toMatch(
          /^govulncheck-gate: .*\.json: the stream is incomplete: govulncheck wrote its config and then nothing \(no progress, SBOM or finding\)/
        )
        expect(step.outputs.passed).toBeUndefined()
        expect(step.summary).not.toMatch(/passed|No vulnerabilities/)
      })

      it('fails on a -mode query stream', async () => {
        const query = await govulncheck(
          ['-mode', 'query', '-json', '-db', world.db, 'acme.test/parser@v1.4.1'],
          world.repo
        )
        expect(readFileSync(query.file, 'utf8')).toContain('"scan_mode": "query"')
        const step = await gate({ 'working-directory': 'app', 'input-file': query.file })
        expect(step.exitCode).toBe(1)
        expect(errorText(step)).toMatch(
          /this is a `govulncheck -mode query` stream: .*nothing to gate/
        )
      })

      it('fails closed on message kinds and fields it does not know, naming the govulncheck version', async () => {
        const text = readFileSync(streams.app, 'utf8')
        const renamed = path.join(tmp, 'renamed.json')
        writeFileSync(renamed, text.replaceAll('"finding":', '"vulnerability":'))
        const kind = await gate({ 'working-directory': 'app', 'input-file': renamed })
        expect(kind.exitCode).toBe(1)
        expect(errorText(kind)).toMatch(
          /renamed\.json:\d+: govulncheck v0\.0\.0 \(protocol v1\.0\.0\) wrote a message of kind "vulnerability", which the gate does not know; it fails closed/
        )
        const moduleless = path.join(tmp, 'moduleless.json')
        writeFileSync(moduleless, text.replace(/"module": "acme\.test\/parser",\n/, ''))
        const frame = await gate({ 'working-directory': 'app', 'input-file': moduleless })
        expect(frame.exitCode).toBe(1)
        expect(errorText(frame)).toMatch(/wrote a finding frame \(trace\[0\]\) without "module"/)
      })

      it('names an OpenVEX document given as input-file (not as SARIF)', async () => {
        const vex = app.outputs['vex-file']
        expect(JSON.parse(readFileSync(vex, 'utf8'))['@context']).toBe(
          'https://openvex.dev/ns/v0.2.0'
        )
        const step = await gate({ 'working-directory': 'app', 'input-file': vex })
        expect(step.exitCode).toBe(1)
        expect(errorText(step)).toMatch(
          /no govulncheck messages found \(this looks like an OpenVEX document\)/
        )
      })
    })

    describe('package and module scans', () => {
      it.each([
        ['package', 'does not check calls', { 'may-be-affected': '3', called: '0', imported: '0' }],
        [
          'module',
          'does not check imports or calls',
          { 'may-be-affected': '3', called: '0', required: '0' }
        ]
      ] as const)(
        '-scan %s words findings as "may be affected"',
        async (scan, limit, counts) => {
          const step = await gate({ 'working-directory': 'app', scan, 'severity-lookup': 'false' })
          expect(step.exitCode).toBe(1)
          expect(step.outputs).toMatchObject(counts)
          const messages = [...step.errors, ...step.warnings, ...step.notices]
            .filter(a => a.properties.file)
            .map(a => a.message)
          expect(messages.length).toBeGreaterThan(0)
          expect(messages.every(m => m.includes(`may be affected (-scan ${scan} ${limit})`))).toBe(
            true
          )
          expect(messages.join('\n')).not.toMatch(/not called|no vulnerable package is imported/)
          expect(step.summary).toContain(`may be affected (-scan ${scan} ${limit})`)
        },
        60_000
      )
    })

    describe('what govulncheck itself says', () => {
      it('shows its warnings in the log and the job summary', async () => {
        const step = await gate({
          'input-file': path.join(
            repoRoot,
            '__tests__/fixtures/vuln/govulncheck-1.9/binary-old-go.stream'
          ),
          mode: 'binary',
          'severity-lookup': 'false'
        })
        expect(step.warnings.map(w => w.message)).toContain(
          'govulncheck: binary built with Go version go1.12.10, only standard library vulnerabilities will be checked'
        )
        expect(step.summary).toContain(
          '> govulncheck: binary built with Go version go1.12.10, only standard library vulnerabilities will be checked'
        )
      })

      it('names the real version of a distribution build instead of v0.0.0', () => {
        expect(readFileSync(streams.app, 'utf8')).toContain('"scanner_version": "v0.0.0"')
        expect(app.summary).toContain(
          'Scanned with govulncheck v1.9.0 (Debian package 1.9.0-1; the stream says v0.0.0), source mode'
        )
        expect((sarifOf(app).runs[0].tool.driver as { version?: string }).version).toBe('v1.9.0')
      })
    })

    describe('OpenVEX', () => {
      it('writes the statements govulncheck 1.9’s -format openvex writes for the same module', async () => {
        const theirs = await govulncheck(
          ['-format', 'openvex', '-db', world.db, './...'],
          path.join(world.repo, 'app')
        )
        const expected = JSON.parse(readFileSync(theirs.file, 'utf8'))
        const ours = JSON.parse(readFileSync(app.outputs['vex-file'], 'utf8'))
        expect(Object.keys(ours)).toEqual(Object.keys(expected))
        expect(ours.statements).toEqual(expected.statements)
        expect(
          ours.statements.map((s: { status: string; justification?: string }) => [
            s.status,
            s.justification
          ])
        ).toEqual([
          ['affected', undefined],
          ['affected', undefined],
          ['not_affected', 'vulnerable_code_not_in_execute_path']
        ])
      })
    })

    describe('a replaced module', () => {
      it('annotates the replace line and words the fix for the replacement', async () => {
        const step = await gate({
          'working-directory': 'rep',
          'fail-on': 'imported',
          'severity-lookup': 'false'
        })
        expect(step.exitCode).toBe(1)
        const annotation = step.errors.find(a => a.properties.file)
        expect([
          annotation?.properties.file,
          annotation?.properties.line,
          annotation?.message
        ]).toEqual([
          'rep/go.mod',
          '7',
          `acme.test/imponly v0.3.0 (the replacement for acme.test/imponly v0.3.1) is imported, but its vulnerable code is not called; affected by ${IDS.imponly} (${GHSA.imponly}); fixed in acme.test/imponly v0.3.1: point the replace directive at v0.3.1 or later, or drop it`
        ])
        expect(step.summary).toContain(
          'go mod edit -replace=acme.test/imponly@v0.3.1=acme.test/imponly@v0.3.1'
        )
        expect(step.summary).not.toContain('go get acme.test/imponly')
      }, 60_000)
    })

    describe('bad paths are one clear line', () => {
      it('names sarif-file when it points at a directory', async () => {
        const dir = path.join(tmp, 'sarif-dir')
        mkdirSync(dir, { recursive: true })
        const step = await gate({
          'working-directory': 'app',
          'input-file': streams.app,
          'sarif-file': dir
        })
        expect(step.exitCode).toBe(1)
        expect(step.errors.map(e => e.message)).toEqual([
          `govulncheck-gate: sarif-file: ${dir} is a directory. Fix: name a file to write, e.g. ${path.join(dir, 'govulncheck.sarif')}`
        ])
        expect(step.stderr).not.toMatch(/this is a bug|\n\s+at /)
      })

      it('names working-directory when it does not exist (not "spawn … ENOENT")', async () => {
        const step = await gate({ 'working-directory': 'no-such-dir' })
        expect(step.exitCode).toBe(1)
        expect(step.errors.map(e => e.message)).toEqual([
          'govulncheck-gate: working-directory: no-such-dir does not exist. Fix: set working-directory to the directory that holds go.mod or go.work (relative to the workspace)'
        ])
        expect(step.stderr).not.toMatch(/ENOENT|this is a bug|\n\s+at /)
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

      it('writes OpenVEX with --vex and names a --sarif that is a directory', async () => {
        const vex = path.join(tmp, 'cli.openvex.json')
        const result = await cli(['--input', streams.app, '--offline', '--vex', vex])
        expect(result.code).toBe(1)
        expect(result.stdout).toContain(`OpenVEX: ${vex}`)
        expect(JSON.parse(readFileSync(vex, 'utf8')).statements).toHaveLength(3)
        const bad = await cli(['--input', streams.app, '--offline', '--sarif', tmp])
        expect(bad.code).toBe(2)
        expect(bad.stderr).toContain(`--sarif: ${tmp} is a directory`)
        expect(bad.stderr).not.toMatch(/\n\s+at /)
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

      it('runs govulncheck -C from where it was started (not from the -C directory)', async () => {
        const result = await cli(
          ['--offline', '--json', '--', '-C', 'app', '-db', world.db, './...'],
          world.repo
        )
        expect(result.code).toBe(1)
        expect(JSON.parse(result.stdout).counts).toMatchObject({ called: 2, imported: 1 })
      }, 60_000)

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
