import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import { collectingLogger } from '../../../src/core/report.js'
import { ToolFailure, type ProcessRunner } from '../../../src/core/vuln/govulncheck.js'
import {
  defaultSarifCategory,
  isGovulncheckFailure,
  runVulnGate,
  type GovulncheckRequest,
  type VulnGateOptions
} from '../../../src/core/vuln/index.js'
import { govulncheckArgs, resolveStreamSource } from '../../../src/core/vuln/source.js'
import { StreamFormatError } from '../../../src/core/vuln/splitter.js'
import { APP_GO_MOD, v11SourceStream } from './fixtures.js'

let repo: string

beforeEach(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'vuln-flow-'))
  mkdirSync(path.join(repo, '.git'))
  mkdirSync(path.join(repo, 'app', 'report'), { recursive: true })
  writeFileSync(path.join(repo, 'app', 'go.mod'), APP_GO_MOD)
  mkdirSync(path.join(repo, 'ws', 'svc'), { recursive: true })
  mkdirSync(path.join(repo, 'ws', 'api'), { recursive: true })
  writeFileSync(path.join(repo, 'ws', 'go.work'), 'go 1.22\n\nuse (\n\t./svc\n\t./api\n)\n')
  writeFileSync(path.join(repo, 'ws', 'svc', 'go.mod'), 'module acme.test/svc\n\ngo 1.22\n')
  writeFileSync(path.join(repo, 'ws', 'api', 'go.mod'), 'module acme.test/api\n\ngo 1.22\n')
})

afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe('resolveStreamSource', () => {
  it('runs the action’s settings from the first used module of a go.work directory, patterns rebased', () => {
    const ws = path.join(repo, 'ws')
    const { source, workingDirectory } = resolveStreamSource(
      {
        kind: 'settings',
        mode: 'source',
        scan: 'symbol',
        packages: [],
        tags: ['integration'],
        test: true,
        db: 'db',
        govulncheckVersion: 'v1.9.0'
      },
      ws
    )
    expect(workingDirectory).toBe(ws)
    expect(source).toEqual({
      kind: 'run',
      args: [
        '-json',
        '-db',
        `file://${path.join(ws, 'db')}`,
        '-tags',
        'integration',
        '-test',
        './...',
        '../api/...'
      ],
      mode: 'source',
      binary: undefined,
      cwd: path.join(ws, 'svc'),
      govulncheckVersion: 'v1.9.0'
    })
  })

  it('needs the binary in binary mode, and resolves it', () => {
    const app = path.join(repo, 'app')
    const settings: GovulncheckRequest = {
      kind: 'settings',
      mode: 'binary',
      scan: 'symbol',
      packages: [],
      tags: [],
      test: false,
      govulncheckVersion: 'v1.9.0'
    }
    expect(() => resolveStreamSource(settings, app)).toThrow(
      'mode: binary needs the binary to scan'
    )
    expect(resolveStreamSource({ ...settings, packages: ['bin/app'] }, app).source).toMatchObject({
      args: ['-json', '-mode', 'binary', path.join(app, 'bin/app')],
      binary: path.join(app, 'bin/app'),
      cwd: app
    })
    expect(
      resolveStreamSource(
        { kind: 'saved', file: '/x/vuln.json', mode: 'binary', packages: ['bin/app'] },
        app
      ).source
    ).toEqual({
      kind: 'file',
      file: '/x/vuln.json',
      mode: 'binary',
      binary: path.join(app, 'bin/app')
    })
  })

  it('takes the CLI’s govulncheck arguments: -json added, -C moves the working directory, not the start', () => {
    const { source, workingDirectory } = resolveStreamSource(
      { kind: 'arguments', args: ['-C', 'ws', '-tags', 'x'], govulncheckVersion: 'v1.9.0' },
      repo
    )
    expect(workingDirectory).toBe(path.join(repo, 'ws'))
    expect(source).toMatchObject({
      args: ['-json', '-C', 'ws', '-tags', 'x', './svc/...', './api/...'],
      cwd: repo,
      mode: 'source'
    })
    expect(govulncheckArgs(['-mode', 'binary', './bin/app'], repo)).toEqual([
      '-json',
      '-mode',
      'binary',
      './bin/app'
    ])
    expect(() => govulncheckArgs(['-format', 'text'], repo)).toThrow(
      'govulncheck must print JSON, but -format text was given'
    )
  })
})

describe('defaultSarifCategory', () => {
  it('names the mode and the directory relative to the repository root', () => {
    expect(defaultSarifCategory('source', repo, path.join(repo, 'app'))).toBe(
      'govulncheck-gate/source/app'
    )
    expect(defaultSarifCategory('binary', repo, repo)).toBe('govulncheck-gate/binary/root')
  })
})

describe('isGovulncheckFailure', () => {
  it('blames govulncheck for its own failures and for a stream it wrote that does not parse, never for a saved one', () => {
    const run: GovulncheckRequest = { kind: 'arguments', args: [], govulncheckVersion: 'v1.9.0' }
    const saved: GovulncheckRequest = { kind: 'saved', file: 'vuln.json' }
    const broken = new StreamFormatError('vuln.json:1: not JSON', {})
    expect(isGovulncheckFailure(new ToolFailure('x', { exitCode: 1, stderr: '' }), saved)).toBe(
      true
    )
    expect(isGovulncheckFailure(broken, run)).toBe(true)
    expect(isGovulncheckFailure(broken, saved)).toBe(false)
    expect(isGovulncheckFailure(new ConfigurationError('bad'), run)).toBe(false)
  })
})

describe('runVulnGate', () => {
  /** A PATH holding a `govulncheck` (never started: the fake runner answers instead). */
  function fakeGovulncheck(): NodeJS.ProcessEnv {
    const bin = path.join(repo, 'fake-bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(path.join(bin, 'govulncheck'), '#!/bin/sh\nexit 99\n', { mode: 0o755 })
    return { PATH: bin }
  }

  function options(overrides: Partial<VulnGateOptions>): VulnGateOptions {
    return {
      workingDirectory: path.join(repo, 'app'),
      request: { kind: 'arguments', args: [], govulncheckVersion: 'v1.9.0' },
      env: fakeGovulncheck(),
      failOn: 'called',
      severityThreshold: 'low',
      unknownSeverity: 'fail',
      logger: collectingLogger(),
      now: new Date('2026-01-01T00:00:00Z'),
      toolVersion: '9.9.9',
      ...overrides
    }
  }

  it('runs govulncheck in a temporary directory it removes, and reports as the action and the CLI print it', async () => {
    const calls: { args: string[]; cwd: string; stdoutFile?: string }[] = []
    const runner: ProcessRunner = {
      async run(_command, args, { cwd, stdoutFile }) {
        calls.push({ args, cwd, stdoutFile })
        writeFileSync(stdoutFile!, v11SourceStream())
        return { exitCode: 0, stderr: '' }
      }
    }
    const sarifFile = path.join(repo, 'out', 'vuln.sarif')
    const result = await runVulnGate(options({ runner, sarifFile }))
    expect(calls.map(c => [c.args, c.cwd])).toEqual([[['-json', './...'], path.join(repo, 'app')]])
    // The stream went to the temporary directory, and that is gone.
    expect(path.dirname(calls[0].stdoutFile!).startsWith(os.tmpdir())).toBe(true)
    expect(existsSync(path.dirname(calls[0].stdoutFile!))).toBe(false)
    expect(result.report.passed).toBe(false)
    expect(result.action.outputs).toMatchObject({
      passed: false,
      called: 1,
      'sarif-file': sarifFile,
      'vex-file': ''
    })
    expect(result.action.failureMessage).toMatch(/^1 vulnerability blocks the gate/)
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: { automationDetails: { id: string } }[]
    }
    // The repository root is the git root above the working directory.
    expect(sarif.runs[0].automationDetails.id).toBe('govulncheck-gate/source/app/')
    expect(result.action.annotations.map(a => a.file)).toEqual(['app/report/report.go'])
  })

  it('removes its temporary directory when govulncheck fails, and says it was govulncheck', async () => {
    let stdoutFile: string | undefined
    const runner: ProcessRunner = {
      async run(_command, _args, options) {
        stdoutFile = options.stdoutFile
        return { exitCode: 1, stderr: 'go: errors parsing go.mod' }
      }
    }
    const request: GovulncheckRequest = {
      kind: 'arguments',
      args: [],
      govulncheckVersion: 'v1.9.0'
    }
    const failure = await runVulnGate(options({ runner, request })).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ToolFailure)
    expect(isGovulncheckFailure(failure, request)).toBe(true)
    expect(existsSync(path.dirname(stdoutFile!))).toBe(false)
  })

  it('reads a saved stream with the names the caller gave its options', async () => {
    const saved = path.join(repo, 'vuln.json')
    writeFileSync(saved, v11SourceStream())
    const result = await runVulnGate(
      options({
        request: { kind: 'saved', file: saved },
        root: repo,
        jsonFile: path.join(repo, 'ignored.json')
      })
    )
    expect(result.jsonFile).toBe(saved)
    expect(result.action.outputs['json-file']).toBe(saved)
    await expect(
      runVulnGate(
        options({
          request: { kind: 'saved', file: saved },
          sarifFile: repo,
          inputNames: { sarifFile: '--sarif' }
        })
      )
    ).rejects.toThrow(`--sarif: ${repo} is a directory`)
  })
})
