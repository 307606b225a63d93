import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
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
import { runStep } from '../../harness/runner.js'
import { describeIfTool } from '../../helpers/tools.js'
import { goFixtures } from './fixtures.js'

const ENTRY = 'dist/binary-fingerprint/index.js'
let root = ''
let workspace = ''

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('binary-fingerprint action', () => {
  beforeAll(async () => {
    const fx = await goFixtures()
    const built = { outDir: fx.out }
    root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-action-'))
    workspace = path.join(root, 'ws')
    mkdirSync(path.join(workspace, 'dist'), { recursive: true })
    mkdirSync(path.join(workspace, 'previous'), { recursive: true })
    copyFileSync(
      path.join(built.outDir, 'linux-arm64'),
      path.join(workspace, 'dist', 'app-linux-arm64')
    )
    copyFileSync(
      path.join(built.outDir, 'linux-amd64-trim'),
      path.join(workspace, 'dist', 'app-linux-amd64')
    )
    copyFileSync(
      path.join(built.outDir, 'linux-amd64-trim-copy'),
      path.join(workspace, 'previous', 'app-linux-amd64')
    )
    copyFileSync(path.join(built.outDir, 'windows-386.exe'), path.join(workspace, 'app.exe'))
  }, 600_000)
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  test('writes manifest, checksums and outputs; expectations pass', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'dist/*', expect: 'goos=linux cgo=0 trimpath=true go>=1.23' }
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const manifest = JSON.parse(readFileSync(result.outputs['manifest-file'], 'utf8'))
    expect(manifest.subject.map((s: { name: string }) => s.name)).toEqual([
      'dist/app-linux-amd64',
      'dist/app-linux-arm64'
    ])
    expect(manifest.subject[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/)
    const checksums = readFileSync(result.outputs['checksums-file'], 'utf8')
    expect(checksums).toBe(
      manifest.subject
        .map((s: { name: string; digest: { sha256: string } }) => `${s.digest.sha256}  ${s.name}\n`)
        .join('')
    )
    const fingerprints = JSON.parse(result.outputs.fingerprints)
    expect(fingerprints[1].slices[0]).toMatchObject({ goos: 'linux', goarch: 'arm64', cgo: '0' })
    expect(result.outputs.violations).toBe('[]')
    expect(result.outputs.reproducible).toBe('')
    expect(result.summary).toMatch(/\| `dist\/app-linux-arm64` \| linux\/arm64/)
  })

  test('a violated expectation fails the step and names every violation', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'app.exe\ndist/app-linux-arm64', expect: 'goos=linux goarch=arm64' }
    })
    expect(result.exitCode).toBe(1)
    const violations = JSON.parse(result.outputs.violations)
    expect(violations).toEqual([
      'app.exe: goos=linux: goos is windows',
      'app.exe: goarch=arm64: goarch is 386'
    ])
    expect(result.errors.map(e => e.message).join('\n')).toMatch(/goos is windows/)
  })

  test('fail-on-violation: false keeps the step green', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'app.exe', expect: 'goos=linux', 'fail-on-violation': 'false' }
    })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs.violations)).toHaveLength(1)
  })

  test('compare-to a directory of earlier builds', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'dist/app-linux-amd64', 'compare-to': 'previous' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.reproducible).toBe('true')
    expect(result.summary).toMatch(/identical/)
  })

  test('no matching files is a configuration error', async () => {
    const result = await runStep({ entry: ENTRY, workspace, inputs: { paths: 'nothing/*' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0].message).toMatch(/paths: no files match nothing\/\*/)
  })

  test('manifest-file and checksums-file put the outputs in the workspace, never read back as inputs', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: {
        paths: 'dist/*',
        'manifest-file': 'dist/manifest.json',
        'checksums-file': 'dist/SHA256SUMS'
      }
    })
    expect(result.errors).toEqual([])
    expect(result.outputs['manifest-file']).toBe(path.join(workspace, 'dist', 'manifest.json'))
    expect(result.outputs['checksums-file']).toBe(path.join(workspace, 'dist', 'SHA256SUMS'))
    const manifest = JSON.parse(readFileSync(result.outputs['manifest-file'], 'utf8'))
    expect(manifest.subject.map((s: { name: string }) => s.name)).toEqual([
      'dist/app-linux-amd64',
      'dist/app-linux-arm64'
    ])
    // A second run over the same glob still sees only the two binaries.
    const again = await runStep({
      entry: ENTRY,
      workspace,
      inputs: {
        paths: 'dist/*',
        'manifest-file': 'dist/manifest.json',
        'checksums-file': 'dist/SHA256SUMS'
      }
    })
    expect(again.errors).toEqual([])
    expect(readFileSync(again.outputs['checksums-file'], 'utf8').trim().split('\n')).toHaveLength(2)
    rmSync(path.join(workspace, 'dist', 'manifest.json'))
    rmSync(path.join(workspace, 'dist', 'SHA256SUMS'))
  })

  test('the same path for both files is a configuration error, and nothing is written', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'dist/*', 'manifest-file': 'out.txt', 'checksums-file': 'out.txt' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0].message).toMatch(/manifest-file and checksums-file are the same file/)
    expect(existsSync(path.join(workspace, 'out.txt'))).toBe(false)
  })

  test('compare-to differences are violations; fail-on-violation: false reports them and passes', async () => {
    mkdirSync(path.join(workspace, 'other'), { recursive: true })
    copyFileSync(
      path.join(workspace, 'dist', 'app-linux-arm64'),
      path.join(workspace, 'other', 'app-linux-amd64')
    )
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: {
        paths: 'dist/app-linux-amd64',
        'compare-to': 'other',
        'fail-on-violation': 'false'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.reproducible).toBe('false')
    expect(JSON.parse(result.outputs.violations)).toEqual([
      expect.stringMatching(/^dist\/app-linux-amd64: not reproducible: differs from .*other/)
    ])
  })
})

describeIfTool(['go1.27', 'go1.26', 'go1.22'])(
  'binary-fingerprint action on a release dist/',
  () => {
    let release = ''
    beforeAll(async () => {
      const fx = await goFixtures()
      release = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-release-'))
      mkdirSync(path.join(release, 'dist'))
      copyFileSync(fx.file('linux-arm64'), path.join(release, 'dist', 'app_linux_arm64'))
      copyFileSync(
        fx.file('windows-amd64.exe'),
        path.join(release, 'dist', 'app_windows_amd64.exe')
      )
      copyFileSync(fx.file('aix-ppc64'), path.join(release, 'dist', 'app_aix_ppc64'))
      writeFileSync(path.join(release, 'dist', 'README.md'), '# app\n')
      writeFileSync(path.join(release, 'dist', 'app_1.0_checksums.txt'), 'abc  app\n')
      writeFileSync(
        path.join(release, 'dist', 'app_linux_arm64.tar.gz'),
        Buffer.from([0x1f, 0x8b, 8, 0])
      )
    }, 600_000)
    afterAll(() => {
      if (release) rmSync(release, { recursive: true, force: true })
    })

    test('non-Go files are skipped with a notice and counted; the binaries still pass', async () => {
      const r = await runStep({ entry: ENTRY, workspace: release, inputs: { paths: 'dist/*' } })
      expect(r.errors).toEqual([])
      expect(r.exitCode).toBe(0)
      expect(r.outputs['skipped-count']).toBe('3')
      const manifest = JSON.parse(readFileSync(r.outputs['manifest-file'], 'utf8'))
      expect(manifest.subject.map((s: { name: string }) => s.name)).toEqual([
        'dist/app_aix_ppc64',
        'dist/app_linux_arm64',
        'dist/app_windows_amd64.exe'
      ])
      expect(manifest.skipped.map((s: { name: string }) => s.name)).toEqual([
        'dist/README.md',
        'dist/app_1.0_checksums.txt',
        'dist/app_linux_arm64.tar.gz'
      ])
      expect(r.notices.map(n => n.message).join('\n')).toMatch(
        /dist\/README\.md: unrecognized file format/
      )
    })

    test('non-go-files: fail stops at the first non-Go file, naming the input', async () => {
      const r = await runStep({
        entry: ENTRY,
        workspace: release,
        inputs: { paths: 'dist/*', 'non-go-files': 'fail' }
      })
      expect(r.exitCode).toBe(1)
      expect(r.errors[0].message).toMatch(
        /binary-fingerprint: paths: dist\/README\.md: unrecognized file format/
      )
      const bad = await runStep({
        entry: ENTRY,
        workspace: release,
        inputs: { paths: 'dist/*', 'non-go-files': 'ignore' }
      })
      expect(bad.exitCode).toBe(1)
      expect(bad.errors[0].message).toMatch(/non-go-files/)
    })

    test('paths that match no Go binary at all fail', async () => {
      const r = await runStep({ entry: ENTRY, workspace: release, inputs: { paths: 'dist/*.md' } })
      expect(r.exitCode).toBe(1)
      expect(r.errors[0].message).toMatch(
        /binary-fingerprint: paths: none of the 1 file\(s\) is a Go binary/
      )
    })

    test('an unknown expect key or a bad value fails the step, naming the input', async () => {
      for (const [text, message] of [
        ['gooss=linux', /: expect: "gooss=linux": unknown key "gooss"\. Fix: did you mean goos\?/],
        ['cgo=yes', /: expect: "cgo=yes": "yes" is not a valid cgo/]
      ] as const) {
        const r = await runStep({
          entry: ENTRY,
          workspace: release,
          inputs: { paths: 'dist/app_linux_arm64', expect: text }
        })
        expect(r.exitCode).toBe(1)
        expect(r.errors[0].message).toMatch(message)
      }
    })

    test('checksums.txt escapes names like sha256sum, and sha256sum -c reads it back', async () => {
      const odd = ['dist/back\\slash', 'dist/new\nline::error::forged']
      for (const name of odd) {
        copyFileSync(path.join(release, 'dist', 'app_linux_arm64'), path.join(release, name))
      }
      try {
        const r = await runStep({
          entry: ENTRY,
          workspace: release,
          inputs: { paths: 'dist/app_linux_arm64\ndist/back*\ndist/new*' }
        })
        expect(r.errors).toEqual([])
        expect(r.exitCode).toBe(0)
        const sums = readFileSync(r.outputs['checksums-file'], 'utf8')
        expect(sums.split('\n')).toHaveLength(4)
        expect(sums).toMatch(/^\\[0-9a-f]{64} {2}dist\/back\\\\slash$/m)
        expect(sums).toMatch(/^\\[0-9a-f]{64} {2}dist\/new\\nline::error::forged$/m)
        const checked = execFileSync('sha256sum', ['-c', '--strict', r.outputs['checksums-file']], {
          cwd: release,
          encoding: 'utf8'
        })
        expect(checked.trim().split('\n')).toHaveLength(3)
        expect(checked).not.toMatch(/FAILED/)
        // The name with a newline forged no workflow command in the log.
        expect(r.stdout).not.toMatch(/^::error::forged/m)
      } finally {
        for (const name of odd) rmSync(path.join(release, name), { force: true })
      }
    })
  }
)
