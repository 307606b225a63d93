import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
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
