import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { collectingLogger } from '../../../src/core/report.js'
import { elf, framedModinfo, inlineBlob } from '../buildinfo/builders.js'
import { readBinaryOrigin } from '../../../src/core/vuln/binary-origin.js'
import {
  buildGovulncheckArgs,
  failureHint,
  locateGovulncheck,
  nodeProcessRunner,
  normaliseDb,
  runGovulncheck,
  ToolFailure,
  type ProcessRunner
} from '../../../src/core/vuln/govulncheck.js'
import { identifyScanner, isPlaceholderVersion } from '../../../src/core/vuln/scanner.js'

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-run-'))
}

/** A runner that records calls and answers from a script, for the install logic. */
function scriptedRunner(
  answer: (
    command: string,
    args: string[]
  ) => { exitCode: number; stderr?: string; stdout?: string }
) {
  const calls: { command: string; args: string[]; env: NodeJS.ProcessEnv }[] = []
  const runner: ProcessRunner = {
    async run(command, args, options) {
      calls.push({ command, args, env: options.env })
      const result = answer(command, args)
      if (options.stdoutFile) writeFileSync(options.stdoutFile, result.stdout ?? '')
      return { exitCode: result.exitCode, stderr: result.stderr ?? '' }
    }
  }
  return { runner, calls }
}

function executable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, name)
  writeFileSync(file, '#!/bin/sh\nexit 0\n')
  chmodSync(file, 0o755)
  return file
}

describe('govulncheck arguments', () => {
  it('passes only what differs from the defaults', () => {
    expect(
      buildGovulncheckArgs({
        mode: 'source',
        scan: 'symbol',
        tags: [],
        test: false,
        packages: ['./...']
      })
    ).toEqual(['-json', './...'])
    expect(
      buildGovulncheckArgs({
        mode: 'source',
        scan: 'package',
        tags: ['integration', 'e2e'],
        test: true,
        db: 'file:///db',
        packages: ['./cmd/...', './pkg/...']
      })
    ).toEqual([
      '-json',
      '-scan',
      'package',
      '-db',
      'file:///db',
      '-tags',
      'integration,e2e',
      '-test',
      './cmd/...',
      './pkg/...'
    ])
    expect(
      buildGovulncheckArgs({
        mode: 'binary',
        scan: 'symbol',
        tags: [],
        test: false,
        packages: ['/bin/app']
      })
    ).toEqual(['-json', '-mode', 'binary', '/bin/app'])
    // Module-level scans refuse patterns.
    expect(
      buildGovulncheckArgs({
        mode: 'source',
        scan: 'module',
        tags: [],
        test: false,
        packages: ['./...']
      })
    ).toEqual(['-json', '-scan', 'module'])
  })

  it('rejects what govulncheck would reject in binary mode', () => {
    expect(() =>
      buildGovulncheckArgs({
        mode: 'binary',
        scan: 'symbol',
        tags: ['x'],
        test: false,
        packages: ['/bin/app']
      })
    ).toThrow('binary mode does not take tags or test')
    expect(() =>
      buildGovulncheckArgs({
        mode: 'binary',
        scan: 'symbol',
        tags: [],
        test: false,
        packages: ['a', 'b']
      })
    ).toThrow('exactly one binary')
  })

  it('turns local database paths into absolute file URLs', () => {
    expect(normaliseDb('vulndb', '/work/app')).toBe('file:///work/app/vulndb')
    expect(normaliseDb('file://rel/db', '/work')).toBe('file:///work/rel/db')
    expect(normaliseDb('file:///abs/db', '/work')).toBe('file:///abs/db')
    expect(normaliseDb('https://vuln.go.dev', '/work')).toBe('https://vuln.go.dev')
    expect(normaliseDb(undefined, '/work')).toBeUndefined()
  })

  it('recognises the common failures from stderr', () => {
    expect(
      failureHint(
        'govulncheck: Loading packages failed, possibly due to a mismatch between the Go version\nused to build govulncheck'
      )
    ).toMatch(/use Go 1\.22 with it, or a newer govulncheck-version/)
    expect(failureHint('govulncheck: no go.mod file')).toMatch(/working-directory/)
    expect(
      failureHint(
        "/app/report/bad.go:2:9: expected ')'\nThere are errors with the provided package patterns:"
      )
    ).toMatch(/code that builds/)
    expect(failureHint('something else')).toBeUndefined()
  })
})

describe('locateGovulncheck', () => {
  it('uses govulncheck from PATH', async () => {
    const dir = tempDir()
    try {
      const onPath = executable(path.join(dir, 'bin'), 'govulncheck')
      const { runner, calls } = scriptedRunner(() => ({ exitCode: 0 }))
      const found = await locateGovulncheck({
        env: { PATH: path.join(dir, 'bin') },
        runner,
        version: 'v1.1.4',
        installDir: path.join(dir, 'tools'),
        logger: collectingLogger()
      })
      expect(found).toBe(onPath)
      expect(calls).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('installs the pinned version with go install when it is not on PATH', async () => {
    const dir = tempDir()
    try {
      const go = executable(path.join(dir, 'go', 'bin'), 'go')
      const { runner, calls } = scriptedRunner(() => ({ exitCode: 0 }))
      const installDir = path.join(dir, 'tools')
      const found = await locateGovulncheck({
        env: { PATH: path.join(dir, 'go', 'bin'), GOFLAGS: '-mod=mod' },
        runner,
        version: '1.1.4',
        installDir,
        logger: collectingLogger()
      })
      expect(found).toBe(path.join(installDir, 'govulncheck'))
      expect(calls.map(c => [c.command, c.args])).toEqual([
        [go, ['install', 'golang.org/x/vuln/cmd/govulncheck@v1.1.4']]
      ])
      expect(calls[0].env).toMatchObject({ GOBIN: installDir, GOWORK: 'off', GOFLAGS: '' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says what to do when neither govulncheck nor Go is available', async () => {
    const { runner } = scriptedRunner(() => ({ exitCode: 0 }))
    const error = await locateGovulncheck({
      env: { PATH: '/nonexistent' },
      runner,
      version: 'v1.1.4',
      installDir: '/tmp/x',
      logger: collectingLogger()
    }).catch(e => e)
    expect(error.userMessage).toBe(
      'govulncheck is not on PATH and Go is not installed, so it cannot be installed either. Fix: add actions/setup-go before this step (the gate then runs `go install golang.org/x/vuln/cmd/govulncheck@<govulncheck-version>`), put govulncheck on PATH, or pass input-file'
    )
  })

  it('reports a failed install with go’s stderr', async () => {
    const dir = tempDir()
    try {
      executable(path.join(dir, 'bin'), 'go')
      const { runner } = scriptedRunner(() => ({
        exitCode: 1,
        stderr: 'go: golang.org/x/vuln@v9.9.9: invalid version: unknown revision v9.9.9'
      }))
      const error = await locateGovulncheck({
        env: { PATH: path.join(dir, 'bin') },
        runner,
        version: 'v9.9.9',
        installDir: path.join(dir, 't'),
        logger: collectingLogger()
      }).catch(e => e)
      expect(error).toBeInstanceOf(ToolFailure)
      expect(error.message).toMatch(
        /go install golang\.org\/x\/vuln\/cmd\/govulncheck@v9\.9\.9 failed \(exit code 1\):\ngo: golang\.org\/x\/vuln@v9\.9\.9: invalid version/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('runGovulncheck with the real process runner', () => {
  it('streams stdout into the output file and keeps stderr', async () => {
    const dir = tempDir()
    try {
      const out = path.join(dir, 'out', 'vuln.json')
      const script =
        "process.stdout.write('{\\n  \"config\": {}\\n}\\n'.repeat(20000)); process.stderr.write('go: downloading x\\n')"
      const result = await runGovulncheck({
        runner: nodeProcessRunner,
        binary: process.execPath,
        args: ['-e', script],
        cwd: dir,
        env: process.env,
        outputFile: out,
        logger: collectingLogger()
      })
      expect(readFileSync(out, 'utf8')).toBe('{\n  "config": {}\n}\n'.repeat(20000))
      expect(result.stderr).toBe('go: downloading x\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('fails with govulncheck’s stderr and leaves no partial output when it exits non-zero', async () => {
    const dir = tempDir()
    try {
      const out = path.join(dir, 'vuln.json')
      const script =
        "process.stdout.write('{\"config\":{}}'); process.stderr.write('govulncheck: loading packages: \\nThere are errors with the provided package patterns:\\n\\nmain.go:3:1: expected declaration'); process.exit(1)"
      const error = await runGovulncheck({
        runner: nodeProcessRunner,
        binary: process.execPath,
        args: ['-e', script],
        cwd: dir,
        env: process.env,
        outputFile: out,
        logger: collectingLogger()
      }).catch(e => e)
      expect(error).toBeInstanceOf(ToolFailure)
      expect(error.userMessage).toMatch(
        /^govulncheck failed \(exit code 1\), so there is no result: the scan did not complete:\ngovulncheck: loading packages:[\s\S]*main\.go:3:1: expected declaration\n\. Fix: govulncheck needs code that builds/
      )
      expect(existsSync(out)).toBe(false)
      // No temp file left beside it (core/io names them <file>.<pid>-<random>.tmp).
      expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps the first and the last lines of a panic’s stderr, and says which version to use', async () => {
    const dir = tempDir()
    try {
      // What govulncheck v1.1.4 prints under Go 1.27: the reason first, then every goroutine.
      const script = [
        'process.stdout.write(\'{"config":{}}\')',
        "const frames = Array.from({ length: 4000 }, (_, i) => 'golang.org/x/tools/go/ssa.(*builder).expr' + i + '(...)\\n\\t/go/pkg/mod/golang.org/x/tools@v0.29.0/go/ssa/builder.go:' + i)",
        "process.stderr.write('panic: unexpected expr: *ast.KeyValueExpr\\n\\ngoroutine 1 [running]:\\n' + frames.join('\\n') + '\\nmain.main()\\n\\t/go/src/cmd/govulncheck/main.go:42 +0x1d\\n', () => process.exit(2))"
      ].join(';')
      const error = await runGovulncheck({
        runner: nodeProcessRunner,
        binary: process.execPath,
        args: ['-e', script],
        cwd: dir,
        env: process.env,
        outputFile: path.join(dir, 'vuln.json'),
        logger: collectingLogger()
      }).catch(e => e)
      expect(error).toBeInstanceOf(ToolFailure)
      const text: string = error.userMessage
      expect(text).toMatch(
        /^govulncheck failed \(exit code 2\), so there is no result: the scan did not complete:\npanic: unexpected expr: \*ast\.KeyValueExpr\n\ngoroutine 1 \[running\]:\n/
      )
      expect(text).toMatch(/\n… \(\d+ lines omitted\) …\n/)
      expect(text).toMatch(
        /main\.main\(\)\n\t\/go\/src\/cmd\/govulncheck\/main\.go:42 \+0x1d\n\. Fix: govulncheck crashed; /
      )
      expect(text).toContain('set govulncheck-version to v1.9.0 or later')
      expect(text.split('\n').length).toBeLessThan(60)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports a binary that cannot be started', async () => {
    const dir = tempDir()
    try {
      const error = await runGovulncheck({
        runner: nodeProcessRunner,
        binary: path.join(dir, 'missing'),
        args: [],
        cwd: dir,
        env: process.env,
        outputFile: path.join(dir, 'o.json'),
        logger: collectingLogger()
      }).catch(e => e)
      expect(error.message).toMatch(/govulncheck failed \(could not start: spawn .* ENOENT\)/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('readBinaryOrigin', () => {
  it('finds the main module and package in a Go executable, and gives up quietly on anything else', async () => {
    const dir = tempDir()
    try {
      const modinfo =
        'path\tacme.test/app/cmd/server\nmod\tacme.test/app\t(devel)\t\ndep\tacme.test/parser\tv1.4.1\th1:x=\n'
      const file = path.join(dir, 'server')
      writeFileSync(
        file,
        elf({
          bits: 64,
          bigEndian: false,
          machine: 62,
          sections: true,
          data: inlineBlob('go1.22.12', framedModinfo(modinfo)),
          vaddr: 0x400000
        })
      )
      expect(await readBinaryOrigin(file)).toEqual({
        goVersion: 'go1.22.12',
        mainModule: 'acme.test/app',
        mainPackage: 'acme.test/app/cmd/server'
      })
      writeFileSync(path.join(dir, 'text'), 'not a binary')
      expect(await readBinaryOrigin(path.join(dir, 'text'))).toBeUndefined()
      expect(await readBinaryOrigin(path.join(dir, 'missing'))).toBeUndefined()
      expect(await readBinaryOrigin(dir)).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('identifyScanner', () => {
  function goBinary(file: string, modinfo: string): void {
    writeFileSync(
      file,
      elf({
        bits: 64,
        bigEndian: false,
        machine: 62,
        sections: true,
        data: inlineBlob('go1.27.2', framedModinfo(modinfo)),
        vaddr: 0x400000
      })
    )
  }

  it('takes the version from the build info of a `go install` build', async () => {
    const dir = tempDir()
    try {
      const file = path.join(dir, 'govulncheck')
      goBinary(
        file,
        'path\tgolang.org/x/vuln/cmd/govulncheck\nmod\tgolang.org/x/vuln\tv1.9.0\th1:x=\n'
      )
      expect(await identifyScanner(file)).toEqual({
        version: 'v1.9.0',
        note: 'from the binary’s build info'
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('takes it from the Debian changelog beside a distribution build, or says it is unknown', async () => {
    const dir = tempDir()
    try {
      const file = path.join(dir, 'usr', 'bin', 'govulncheck')
      mkdirSync(path.dirname(file), { recursive: true })
      goBinary(file, 'path\tgolang.org/x/vuln/cmd/govulncheck\n')
      expect(await identifyScanner(file)).toEqual({
        note: 'the binary records no version (a distribution build with go1.27.2)'
      })
      const doc = path.join(dir, 'usr', 'share', 'doc', 'govulncheck')
      mkdirSync(doc, { recursive: true })
      writeFileSync(
        path.join(doc, 'changelog.Debian.gz'),
        gzipSync('golang-golang-x-vuln (1.9.0-1) unstable; urgency=medium\n\n  * Team upload\n')
      )
      expect(await identifyScanner(file)).toEqual({
        version: 'v1.9.0',
        note: 'Debian package 1.9.0-1'
      })
      expect(isPlaceholderVersion('v0.0.0')).toBe(true)
      expect(isPlaceholderVersion('v0.0.0-00000000000-20000101010101')).toBe(true)
      expect(isPlaceholderVersion('v1.9.0')).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
