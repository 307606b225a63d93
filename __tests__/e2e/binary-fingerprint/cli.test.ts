/**
 * `node dist/cli/index.js fingerprint …` on the shared real binaries: `--go-version-m`
 * equals `go version -m` line for line, expectations, compare-to, and the exit codes
 * (0 ok, 1 violation, 2 usage or unreadable file).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../../harness/runner.js'
import { describeIfTool } from '../../helpers/tools.js'
import { toPointerLayout } from '../../unit/buildinfo/builders.js'
import {
  ALL_GO_BINARIES,
  findUpx,
  goFixtures,
  goVersionM,
  upxAvailable,
  type GoFixtures
} from './fixtures.js'

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

function cli(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string; stdoutBytes: Buffer }> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 64 << 20, encoding: 'buffer' },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0
        resolve({
          code: typeof code === 'number' ? code : 1,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8'),
          stdoutBytes: stdout
        })
      }
    )
  })
}

let fx: GoFixtures
let scratch = ''

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('fingerprint CLI on real binaries', () => {
  beforeAll(async () => {
    fx = await goFixtures()
    scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-cli-'))
  }, 600_000)
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test.each(ALL_GO_BINARIES)(
    '--go-version-m equals go version -m for $name',
    async ({ name, go }) => {
      const ours = await cli(['fingerprint', '--go-version-m', name], fx.out)
      expect(ours.code).toBe(0)
      // Byte for byte (latin1 keeps every byte): build info need not be UTF-8.
      expect(ours.stdoutBytes.toString('latin1').split('\n')).toEqual(
        (await goVersionM(fx.file(name), go)).stdoutBytes.toString('latin1').split('\n')
      )
      if (name !== 'darwin-universal') expect(ours.stderr).toBe('')
    }
  )

  test('several files at once, like go version -m a b c', async () => {
    const names = ['linux-arm64', 'windows-386.exe', 'linux-amd64-cgo']
    const ours = await cli(['fingerprint', '--go-version-m', ...names], fx.out)
    const theirs = await Promise.all(names.map(async n => (await goVersionM(fx.file(n))).stdout))
    expect(ours.stdout).toBe(theirs.join(''))
  })

  test('a universal binary: like Go, the first slice; --all-slices shows every one', async () => {
    const first = await cli(['fingerprint', '--go-version-m', 'darwin-universal'], fx.out)
    expect(first.stderr).toMatch(/only its first slice \(arm64\), not amd64: add --all-slices/)
    const all = await cli(
      ['fingerprint', '--go-version-m', '--all-slices', 'darwin-universal'],
      fx.out
    )
    const arm = (await goVersionM(fx.file('darwin-arm64'))).stdout
    const amd = (await goVersionM(fx.file('darwin-amd64'))).stdout
    expect(all.stdout).toBe(
      arm.replace(/^darwin-arm64:/, 'darwin-universal (arm64):') +
        amd.replace(/^darwin-amd64:/, 'darwin-universal (amd64):')
    )
    const json = JSON.parse(
      (await cli(['fingerprint', '--json', 'darwin-universal'], fx.out)).stdout
    )
    expect(
      json.binaries[0].slices.map((s: { dimensions: { goarch: string } }) => s.dimensions.goarch)
    ).toEqual(['arm64', 'amd64'])
  })

  test('text output: target, Go, cgo, module, build fingerprint and warnings', async () => {
    const r = await cli(['fingerprint', 'linux-amd64-cgo'], fx.out)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^linux-amd64-cgo\n {2}sha256 [0-9a-f]{64} {2}size \d+\n/)
    expect(r.stdout).toMatch(/linux\/amd64 GOAMD64=v1 go1\.27\.\d+ cgo=1/)
    expect(r.stdout).toMatch(/module example\.com\/app \(devel\), 1 deps/)
    expect(r.stdout).toMatch(/build fingerprint [0-9a-f]{64}/)
    expect(r.stdout).toMatch(/warning: cgo is on/)
    expect(r.stdout).toMatch(/warning: -ldflags -X sets main\.version=1\.0, main\.name=a b/)
  })

  test('--json: one manifest with in-toto subjects', async () => {
    const r = await cli(['fingerprint', '--json', 'linux-arm64', 'windows-amd64.exe'], fx.out)
    expect(r.code).toBe(0)
    const manifest = JSON.parse(r.stdout)
    expect(manifest.subject).toEqual([
      { name: 'linux-arm64', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
      { name: 'windows-amd64.exe', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } }
    ])
  })

  test('--expect: a pass exits 0; every violation is listed and the exit code is 1', async () => {
    const pass = await cli(
      [
        'fingerprint',
        'linux-arm64',
        '--expect',
        'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
      ],
      fx.out
    )
    expect(pass.code).toBe(0)
    const fail = await cli(
      [
        'fingerprint',
        'linux-amd64-go122',
        '--expect',
        'goarch=arm64 trimpath=true go>=1.23 goamd64=v1'
      ],
      fx.out
    )
    expect(fail.code).toBe(1)
    const violations = fail.stderr.split('\n').filter(line => line.includes('violation'))
    expect(violations).toEqual([
      'go-ci-kit: violation: linux-amd64-go122: goarch=arm64: goarch is amd64',
      'go-ci-kit: violation: linux-amd64-go122: trimpath=true: trimpath is false',
      expect.stringMatching(
        /^go-ci-kit: violation: linux-amd64-go122: go>=1\.23: Go version is go1\.22\.\d+$/
      )
    ])
  })

  test('a bad --expect is a usage error (2) before any file is read', async () => {
    const r = await cli(['fingerprint', 'no-such-file', '--expect', 'goos>=linux'], fx.out)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/expect: "goos>=linux": only go supports >=/)
  })

  test('--compare-to: identical -trimpath builds exit 0; differing builds exit 1 and say why', async () => {
    const same = await cli(
      ['fingerprint', 'linux-amd64-trim', '--compare-to', 'linux-amd64-trim-copy'],
      fx.out
    )
    expect(same.code).toBe(0)
    expect(same.stdout).toMatch(
      /compare-to .*linux-amd64-trim-copy: reproducible \(identical bytes\)/
    )
    const differ = await cli(
      ['fingerprint', 'linux-amd64', '--compare-to', 'linux-amd64-copy'],
      fx.out
    )
    expect(differ.code).toBe(1)
    expect(differ.stdout).toMatch(/: code or data differs/)
    expect(differ.stdout).toMatch(/section \.gopclntab: .*source paths: missing -trimpath/)
    expect(differ.stderr).toMatch(/violation: linux-amd64: not reproducible: differs from/)
    const stamped = await cli(['fingerprint', 'vcs-2', '--compare-to', 'vcs-1'], fx.out)
    expect(stamped.code).toBe(1)
    expect(stamped.stdout).toMatch(/: only build ID \/ vcs stamping/)
  })

  test('--compare-to an earlier manifest and a directory', async () => {
    const first = await cli(['fingerprint', '--json', 'linux-amd64-trim'], fx.out)
    const manifestFile = path.join(scratch, 'manifest.json')
    writeFileSync(manifestFile, first.stdout)
    const again = await cli(
      ['fingerprint', 'linux-amd64-trim', '--compare-to', manifestFile],
      fx.out
    )
    expect(again.code).toBe(0)
    const other = JSON.parse(
      (await cli(['fingerprint', '--json', 'linux-amd64-x2', '--compare-to', manifestFile], fx.out))
        .stdout
    )
    expect(other.reproducible).toBe(false)
    expect(other.binaries[0].comparison.classification).toBe('code or data differs')

    // A directory: the counterpart is the file of the same name in it.
    const previous = path.join(scratch, 'previous')
    mkdirSync(previous)
    copyFileSync(fx.file('linux-amd64-trim-copy'), path.join(previous, 'linux-amd64-trim'))
    const dir = await cli(['fingerprint', 'linux-amd64-trim', '--compare-to', previous], fx.out)
    expect(dir.code).toBe(0)
    const missing = await cli(['fingerprint', 'linux-arm64', '--compare-to', previous], fx.out)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/compare-to: no counterpart for linux-arm64/)
  })

  test('--go-version-m DIR walks it like go version -m DIR: Go binaries listed, the rest silent', async () => {
    const dir = path.join(scratch, 'walk')
    mkdirSync(path.join(dir, 'bin', 'deeper'), { recursive: true })
    copyFileSync(fx.file('linux-arm64'), path.join(dir, 'bin', 'app'))
    copyFileSync(fx.file('aix-ppc64'), path.join(dir, 'bin', 'deeper', 'aix'))
    copyFileSync(fx.file('windows-386.exe'), path.join(dir, 'app.exe'))
    copyFileSync('/bin/ls', path.join(dir, 'ls'))
    writeFileSync(path.join(dir, 'README.md'), '# release\n')
    writeFileSync(path.join(dir, 'checksums.txt'), 'abc  app\n')
    symlinkSync('bin/app', path.join(dir, 'link'))
    symlinkSync('nowhere', path.join(dir, 'dangling'))
    symlinkSync('walk', path.join(scratch, 'walk-link'))
    const viaLink = await cli(['fingerprint', '--go-version-m', 'walk-link'], scratch)
    const goViaLink = await goVersionM(path.join(scratch, 'walk-link'))
    expect([viaLink.code, viaLink.stdout, viaLink.stderr]).toEqual([
      goViaLink.code,
      goViaLink.stdout,
      goViaLink.stderr
    ])
    const ours = await cli(['fingerprint', '--go-version-m', 'walk'], scratch)
    const theirs = await goVersionM(dir)
    expect(ours.code).toBe(0)
    expect(theirs.code).toBe(0)
    expect(ours.stdout).toBe(theirs.stdout)
    expect(ours.stderr).toBe(theirs.stderr)
    expect(ours.stdout.match(/^\S.*: go1\.27\.\d+$/gm)).toEqual([
      'walk/app.exe: ' + ours.stdout.match(/go1\.27\.\d+/)?.[0],
      'walk/bin/app: ' + ours.stdout.match(/go1\.27\.\d+/)?.[0],
      'walk/bin/deeper/aix: ' + ours.stdout.match(/go1\.27\.\d+/)?.[0],
      'walk/link: ' + ours.stdout.match(/go1\.27\.\d+/)?.[0]
    ])
  })

  test('--go-version-m on a missing file or a README: Go words and exit 1', async () => {
    writeFileSync(path.join(scratch, 'README'), 'hello\n')
    for (const name of ['no-such-file', 'README']) {
      const ours = await cli(['fingerprint', '--go-version-m', name], scratch)
      const theirs = await goVersionM(path.join(scratch, name))
      expect({ code: ours.code, stdout: ours.stdout, stderr: ours.stderr }).toEqual({
        code: theirs.code,
        stdout: theirs.stdout,
        stderr: theirs.stderr
      })
      expect(ours.code).toBe(1)
    }
  })

  test('a Mach-O or PE binary cut inside its build info is an error, not a pass', async () => {
    for (const name of ['darwin-arm64', 'windows-amd64.exe']) {
      const bytes = readFileSync(fx.file(name))
      const blob = bytes.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
      const modinfo = bytes.indexOf(Buffer.from('path\texample.com/hello'), blob)
      const cut = path.join(scratch, `cut-${name}`)
      writeFileSync(cut, bytes.subarray(0, modinfo + 40), { mode: 0o755 })
      const r = await cli(['fingerprint', `cut-${name}`, '--expect', 'goos=windows'], scratch)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(
        /truncated: the file ends inside the build info's module info string/
      )
      const m = await cli(['fingerprint', '--go-version-m', `cut-${name}`], scratch)
      const theirs = await goVersionM(cut)
      expect({ code: m.code, stdout: m.stdout, stderr: m.stderr }).toEqual({
        code: theirs.code,
        stdout: theirs.stdout,
        stderr: theirs.stderr
      })
    }
  })

  test('non-Go files among the FILEs are skipped with a note; --non-go-files fail stops', async () => {
    const readme = path.join(scratch, 'README.md')
    writeFileSync(readme, '# notes\n')
    const files = ['linux-arm64', readme, '/bin/ls']
    const skip = await cli(['fingerprint', '--json', ...files], fx.out)
    expect(skip.code).toBe(0)
    const manifest = JSON.parse(skip.stdout)
    expect(manifest.subject.map((s: { name: string }) => s.name)).toEqual(['linux-arm64'])
    expect(manifest.skipped).toEqual([
      { name: readme, reason: 'unrecognized file format' },
      { name: '/bin/ls', reason: 'not a Go executable' }
    ])
    expect(skip.stderr).toContain(`go-ci-kit: ${readme}: skipped, unrecognized file format\n`)
    const fail = await cli(['fingerprint', '--non-go-files', 'fail', ...files], fx.out)
    expect(fail.code).toBe(2)
    expect(fail.stderr).toMatch(/README\.md: unrecognized file format/)
    const none = await cli(['fingerprint', 'README.md'], scratch)
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/none of the 1 file\(s\) is a Go binary: README\.md/)
    const bad = await cli(['fingerprint', '--non-go-files', 'ignore', 'linux-arm64'], fx.out)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--non-go-files must be skip or fail/)
  })

  test('--expect: an unknown key or an impossible value is a usage error (2)', async () => {
    for (const [expectText, message] of [
      ['gooss=linux', /expect: "gooss=linux": unknown key "gooss".*did you mean goos\?/],
      ['cgo=yes', /expect: "cgo=yes": "yes" is not a valid cgo/],
      ['trimpath=maybe', /"maybe" is not a valid trimpath/]
    ] as const) {
      const r = await cli(['fingerprint', 'linux-arm64', '--expect', expectText], fx.out)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(message)
    }
  })

  test('--expect experiments on Go 1.27 comes from the GOEXPERIMENT setting', async () => {
    const go = await goVersionM(fx.file('linux-amd64-exp'))
    // Go 1.27 writes "go1.27.N-X:…", not " X:…".
    expect(go.stdout).toMatch(/^linux-amd64-exp: go1\.27\.\d+-X:fieldtrack,nogreenteagc\n/)
    const pass = await cli(
      [
        'fingerprint',
        'linux-amd64-exp',
        '--expect',
        'experiments=fieldtrack,nogreenteagc go>=1.27'
      ],
      fx.out
    )
    expect(pass.code).toBe(0)
    const json = JSON.parse(
      (await cli(['fingerprint', '--json', 'linux-amd64-exp'], fx.out)).stdout
    )
    expect(json.binaries[0].slices[0].dimensions).toMatchObject({
      goVersion: expect.stringMatching(/^go1\.27\.\d+$/),
      experiments: ['nogreenteagc', 'fieldtrack']
    })
    const fail = await cli(
      ['fingerprint', 'linux-arm64', '--expect', 'experiments=fieldtrack'],
      fx.out
    )
    expect(fail.code).toBe(1)
    expect(fail.stderr).toMatch(/experiments=fieldtrack: experiments is \(none\)/)
  })

  test('--expect trimpath on a pre-1.18 binary is unknown, never a pass', async () => {
    const old = path.join(scratch, 'old-go116')
    writeFileSync(
      old,
      await toPointerLayout(readFileSync(fx.file('linux-amd64')), {
        version: 'go1.16.15',
        modinfo: 'path\texample.com/hello\nmod\texample.com/hello\t(devel)\t\n'
      })
    )
    for (const expectText of ['trimpath=false', 'trimpath=true', 'cgo=0']) {
      const r = await cli(['fingerprint', 'old-go116', '--expect', expectText], scratch)
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/is unknown \(no build settings recorded: a pre-Go 1\.18 binary\)/)
    }
    const target = await cli(
      ['fingerprint', 'old-go116', '--expect', 'goos=linux goarch=amd64'],
      scratch
    )
    expect(target.code).toBe(0)
  })

  test('a UPX-packed binary under --go-version-m: its path once, exit 1', async () => {
    const upx = findUpx()
    if (!upx) {
      if (upxAvailable)
        throw new Error('upx is not installed (.tools/bin/upx or PATH): run npm run tools')
      return
    }
    const packed = path.join(scratch, 'packed-m')
    await promisify(execFile)(upx, ['-q', '-f', '-o', packed, fx.file('linux-amd64')])
    const r = await cli(['fingerprint', '--go-version-m', 'packed-m'], scratch)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'packed-m: packed with UPX; unpack first (go version -m: not a Go executable)\n'
    )
    expect((await goVersionM(packed)).code).toBe(1)
  })

  describe('unreadable files', () => {
    test('/bin/ls, random bytes, a truncated binary: go version -m words, exit 1 as Go exits', async () => {
      const random = path.join(scratch, 'random')
      writeFileSync(random, randomBytes(4096), { mode: 0o755 })
      const truncated = path.join(scratch, 'truncated')
      copyFileSync(fx.file('linux-amd64'), truncated)
      truncateSync(truncated, 4096)
      chmodSync(truncated, 0o755) // Go reports errors only for files that look executable
      for (const file of ['/bin/ls', random, truncated]) {
        const ours = await cli(['fingerprint', '--go-version-m', file], scratch)
        const theirs = await goVersionM(file)
        expect(ours.code).toBe(1)
        expect(theirs.code).toBe(1)
        expect(ours.stdout).toBe('')
        const name = path.basename(file)
        // Go printed the base name (it ran in the file's directory); we were given the path.
        expect(ours.stderr).toBe(theirs.stderr.replaceAll(`${name}:`, `${file}:`))
      }
      const plain = await cli(['fingerprint', 'truncated'], scratch)
      expect(plain.code).toBe(2)
      expect(plain.stderr).toMatch(
        /truncated: unrecognized file format \(truncated: the section (header|name) table lies beyond the end of the file/
      )
    })

    ;(upxAvailable ? test : test.skip)(
      'a UPX-packed binary: "packed with UPX; unpack first"',
      async () => {
        const upx = findUpx()
        if (!upx)
          throw new Error('upx is not installed (.tools/bin/upx or PATH): run npm run tools')
        const packed = path.join(scratch, 'packed')
        await promisify(execFile)(upx, ['-q', '-f', '-o', packed, fx.file('linux-amd64')])
        const r = await cli(['fingerprint', 'packed'], scratch)
        expect(r.code).toBe(2)
        expect(r.stderr).toBe(
          'go-ci-kit: packed: packed with UPX; unpack first. Fix: run `upx -d FILE` on a copy and fingerprint that\n'
        )
      }
    )
  })
})

describe('fingerprint CLI usage', () => {
  test('no files is a usage error', async () => {
    const r = await cli(['fingerprint'], repoRoot)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no FILE given/)
  })

  test('a directory or a missing file is a clear usage error', async () => {
    const dir = await cli(['fingerprint', 'src'], repoRoot)
    expect(dir.code).toBe(2)
    expect(dir.stderr).toMatch(/cannot open .*src: not a regular file/)
    const missing = await cli(['fingerprint', 'no-such-binary'], repoRoot)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no-such-binary: no such file/)
  })

  test('--all-slices without --go-version-m is a usage error; --help lists every option', async () => {
    const r = await cli(['fingerprint', '--all-slices', 'x'], repoRoot)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--all-slices needs --go-version-m/)
    const help = await cli(['fingerprint', '--help'], repoRoot)
    expect(help.code).toBe(0)
    for (const option of ['--json', '--expect', '--compare-to', '--go-version-m', '--all-slices']) {
      expect(help.stdout).toContain(option)
    }
    expect(help.stdout).toMatch(/Exit codes:/)
  })
})
