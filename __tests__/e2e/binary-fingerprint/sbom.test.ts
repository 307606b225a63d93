/**
 * binary-fingerprint's `sbom-file` output through the built bundle: the fingerprinted binaries
 * as a CycloneDX or SPDX document valid against the official schemas, named as in the
 * manifest; SOURCE_DATE_EPOCH gives identical bytes; a bad choice fails with one line and
 * writes nothing.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runStep } from '../../harness/runner.js'
import { describeIfTool } from '../../helpers/tools.js'
import { cycloneDx16Validator, spdx23Validator } from '../../unit/sbom/schemas.js'
import { goFixtures } from './fixtures.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTRY = 'dist/binary-fingerprint/index.js'
let root = ''
let workspace = ''

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('binary-fingerprint sbom-file', () => {
  beforeAll(async () => {
    const fx = await goFixtures()
    root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-sbom-'))
    workspace = path.join(root, 'ws')
    mkdirSync(path.join(workspace, 'dist'), { recursive: true })
    copyFileSync(path.join(fx.out, 'linux-arm64'), path.join(workspace, 'dist', 'app-linux-arm64'))
    copyFileSync(
      path.join(fx.out, 'linux-amd64-trim'),
      path.join(workspace, 'dist', 'app-linux-amd64')
    )
  }, 600_000)
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  test('no SBOM unless asked: the sbom-file output is empty', async () => {
    const result = await runStep({ entry: ENTRY, workspace, inputs: { paths: 'dist/*' } })
    expect(result.errors).toEqual([])
    expect(result.outputs['sbom-file']).toBe('')
  })

  test('sbom-format: spdx writes a valid SPDX 2.3 document under RUNNER_TEMP', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'dist/*', 'sbom-format': 'spdx' }
    })
    expect(result.errors).toEqual([])
    const file = result.outputs['sbom-file']
    expect(file).toMatch(/go-ci-kit\/binary-fingerprint\/sbom\.spdx\.json$/)
    expect(file.startsWith(result.runnerDir)).toBe(true)
    const document = JSON.parse(readFileSync(file, 'utf8')) as Json
    const validate = spdx23Validator()
    expect(validate(document) ? [] : validate.errors).toEqual([])
    const files = (document.packages as Json[])
      .filter(p => p.primaryPackagePurpose === 'APPLICATION')
      .flatMap(p => (p.comment as string).split('\n'))
      .filter(line => line.startsWith('go-ci-kit:binary:path='))
    expect(files.sort()).toEqual([
      'go-ci-kit:binary:path=dist/app-linux-amd64',
      'go-ci-kit:binary:path=dist/app-linux-arm64'
    ])
  })

  test('sbom-file in the workspace: CycloneDX, reproducible, never read back by paths', async () => {
    const run = () =>
      runStep({
        entry: ENTRY,
        workspace,
        inputs: { paths: 'dist/*', 'sbom-file': 'dist/sbom.cdx.json' },
        env: { SOURCE_DATE_EPOCH: '1767225600' }
      })
    const first = await run()
    expect(first.errors).toEqual([])
    const file = path.join(workspace, 'dist', 'sbom.cdx.json')
    expect(first.outputs['sbom-file']).toBe(file)
    const bytes = readFileSync(file, 'utf8')
    const bom = JSON.parse(bytes) as Json
    const validate = cycloneDx16Validator()
    expect(validate(bom) ? [] : validate.errors).toEqual([])
    const apps = (bom.components as Json[]).filter(c => c.type === 'application')
    expect(apps.map(a => a['bom-ref']).sort()).toEqual([
      'binary:dist/app-linux-amd64',
      'binary:dist/app-linux-arm64'
    ])
    const fingerprints = JSON.parse(first.outputs.fingerprints) as { sha256: string }[]
    const hashes = apps.map(a => (a.hashes as Json[])[0].content as string)
    expect(hashes.sort()).toEqual(fingerprints.map(f => f.sha256).sort())

    const second = await run()
    expect(second.errors).toEqual([])
    expect(JSON.parse(second.outputs.fingerprints)).toHaveLength(2)
    expect(readFileSync(file, 'utf8')).toBe(bytes)
    rmSync(file)
  })

  test('sbom-file with sbom-format: none fails with one line and writes nothing', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { paths: 'dist/*', 'sbom-format': 'none', 'sbom-file': 'out/sbom.json' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors.map(e => e.message)).toEqual([
      expect.stringMatching(/^binary-fingerprint: Input sbom-file is set but sbom-format is none/)
    ])
    expect(result.errors[0].message).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(workspace, 'out'))).toBe(false)
  })
})
