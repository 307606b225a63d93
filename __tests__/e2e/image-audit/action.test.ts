/**
 * The image-audit action through the built bundle (dist/image-audit): input errors fail the
 * step with one line naming the input and leave nothing behind; an image that cannot be read
 * fails it (never a pass); real images built by crane and umoci are audited per platform, with
 * annotations on the Dockerfile line that made a wasteful layer and an SBOM of their binaries.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
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
import { runStep, type StepResult } from '../../harness/runner.js'
import { buildStaticGo, craneIndexLayout, layerTar, umociLayout } from '../../helpers/images.js'
import { describeIfTool } from '../../helpers/tools.js'
import { cycloneDx16Validator, spdx23Validator } from '../../unit/sbom/schemas.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTRY = 'dist/image-audit/index.js'

/** The step failed with exactly one error line, prefixed with the action's name, no stack. */
function failedWithOneLine(result: StepResult, pattern: RegExp): void {
  expect(result.exitCode).toBe(1)
  expect(result.errors.map(e => e.message)).toEqual([expect.stringMatching(pattern)])
  expect(result.errors[0].message).toMatch(/^image-audit: /)
  expect(result.errors[0].message).not.toMatch(/\n\s+at |this is a bug/)
}

describe('image-audit action: inputs and unreadable images', () => {
  let workspace = ''
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-inputs-'))
    writeFileSync(path.join(workspace, 'notes.txt'), 'not an image\n')
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  test('no images: the required input is named', async () => {
    const result = await runStep({ entry: ENTRY, workspace, inputs: {} })
    failedWithOneLine(result, /no image given \(images\)/)
  })

  test('a bad fail-on, threshold or dockerfile fails with one line naming the input', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'fail-on': 'platform-mismatch,typo' }, /fail-on: unknown violation kind "typo"/],
      [{ 'lowest-efficiency': '90' }, /lowest-efficiency must be a number from 0 to 1, not "90"/],
      [{ 'highest-wasted-bytes': 'big' }, /highest-wasted-bytes must be a size such as 20MB/],
      [{ dockerfile: 'build/Dockerfile' }, /dockerfile: build\/Dockerfile does not exist/],
      [{ expect: 'cgo=yes' }, /expect: "cgo=yes"/],
      [{ 'sbom-format': 'swid' }, /Input sbom-format has invalid value "swid"/]
    ]
    for (const [inputs, pattern] of cases) {
      const result = await runStep({
        entry: ENTRY,
        workspace,
        inputs: { images: 'image.tar', ...inputs }
      })
      failedWithOneLine(result, pattern)
    }
  })

  test('sbom-file with sbom-format none fails and writes nothing', async () => {
    const result = await runStep({
      entry: ENTRY,
      workspace,
      inputs: { images: 'image.tar', 'sbom-format': 'none', 'sbom-file': 'out/sbom.json' }
    })
    failedWithOneLine(result, /Input sbom-file is set but sbom-format is none/)
    expect(existsSync(path.join(workspace, 'out'))).toBe(false)
  })

  test('an image that is missing or not an image fails the step (fail closed), no SBOM', async () => {
    for (const [image, pattern] of [
      ['missing.tar', /cannot open missing\.tar: ENOENT/],
      ['notes.txt', /notes\.txt/]
    ] as const) {
      const result = await runStep({
        entry: ENTRY,
        workspace,
        inputs: { images: image, 'sbom-file': 'sbom.json' }
      })
      failedWithOneLine(result, pattern)
      expect(result.outputs).toEqual({})
      expect(existsSync(path.join(workspace, 'sbom.json'))).toBe(false)
    }
  })
})

describe('image-audit action: expect-platforms parsing', () => {
  test('a bad expect-platforms fails with one line naming it', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-platforms-'))
    try {
      const result = await runStep({
        entry: ENTRY,
        workspace,
        inputs: { images: 'image.tar', 'expect-platforms': 'linux/amd64,linux' }
      })
      failedWithOneLine(result, /expect-platforms/)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describeIfTool(['go1.27', 'crane', 'umoci', 'docker-registry'])(
  'image-audit action on real images',
  () => {
    describe('with the analysis and the checks', () => {
      let work = ''
      let workspace = ''
      beforeAll(async () => {
        work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-'))
        workspace = path.join(work, 'ws')
        mkdirSync(workspace)
        const amd64 = buildStaticGo(work, 'amd64')
        const arm64 = buildStaticGo(work, 'arm64')
        const app = '/usr/local/bin/app'
        // A clean multi-stage result: only the binary, per platform.
        await craneIndexLayout(work, path.join(workspace, 'clean'), [
          { platform: 'linux/amd64', layer: layerTar(work, 'clean-amd64', { [app]: amd64 }) },
          { platform: 'linux/arm64', layer: layerTar(work, 'clean-arm64', { [app]: arm64 }) }
        ])
        // The linux/arm64 entry carries the amd64 binary.
        await craneIndexLayout(work, path.join(workspace, 'wrong-arch'), [
          { platform: 'linux/amd64', layer: layerTar(work, 'wrong-amd64', { [app]: amd64 }) },
          { platform: 'linux/arm64', layer: layerTar(work, 'wrong-arm64', { [app]: amd64 }) }
        ])
        // A Dockerfile whose RUN line leaves the Go module cache in the layer.
        const modcache = path.join(work, 'modcache')
        mkdirSync(path.join(modcache, 'cache', 'download', 'example.com'), { recursive: true })
        writeFileSync(
          path.join(modcache, 'cache', 'download', 'example.com', 'big.zip'),
          Buffer.alloc(256 * 1024, 7)
        )
        writeFileSync(
          path.join(workspace, 'Dockerfile'),
          [
            'FROM scratch',
            'WORKDIR /src',
            'COPY . .',
            'RUN go mod download && go build -o /usr/local/bin/app .',
            'COPY app /usr/local/bin/app',
            ''
          ].join('\n')
        )
        copyFileSync(amd64, path.join(work, 'app'))
        umociLayout(path.join(workspace, 'cached'), { os: 'linux', architecture: 'amd64' }, [
          {
            source: modcache,
            target: '/root/go/pkg/mod',
            createdBy:
              'RUN /bin/sh -c go mod download && go build -o /usr/local/bin/app . # buildkit'
          },
          {
            source: path.join(work, 'app'),
            target: app,
            createdBy: 'COPY app /usr/local/bin/app # buildkit'
          }
        ])
      }, 600_000)
      afterAll(() => {
        if (work) rmSync(work, { recursive: true, force: true })
      })

      test('a clean multi-stage index passes: no waste, one binary per platform, a valid SBOM', async () => {
        const result = await runStep({
          entry: ENTRY,
          workspace,
          inputs: {
            images: 'clean',
            dockerfile: 'Dockerfile',
            'expect-platforms': 'linux/amd64,linux/arm64',
            expect: 'go>=1.27 cgo=0 trimpath=true',
            'highest-wasted-bytes': '1MB'
          }
        })
        expect(result.errors).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(result.outputs['wasted-bytes']).toBe('0')
        expect(result.outputs.efficiency).toBe('1.0000')
        expect(result.outputs['violation-count']).toBe('0')
        const binaries = JSON.parse(result.outputs['go-binaries']) as Json[]
        expect(binaries.map(b => [b.platform, b.path, b.goarch])).toEqual([
          ['linux/amd64', '/usr/local/bin/app', 'amd64'],
          ['linux/arm64', '/usr/local/bin/app', 'arm64']
        ])
        const bom = JSON.parse(readFileSync(result.outputs['sbom-file'], 'utf8')) as Json
        const validate = cycloneDx16Validator()
        expect(validate(bom) ? [] : validate.errors).toEqual([])
        expect(
          (bom.components as Json[])
            .filter(c => c.type === 'application')
            .map(c => c['bom-ref'])
            .sort()
        ).toEqual([
          'binary:clean@linux/amd64:/usr/local/bin/app',
          'binary:clean@linux/arm64:/usr/local/bin/app'
        ])
        expect(result.summary).toContain('### `clean` linux/arm64')
      })

      test("a platform holding another architecture's binary fails: platform-mismatch", async () => {
        const result = await runStep({
          entry: ENTRY,
          workspace,
          inputs: { images: 'wrong-arch', dockerfile: 'Dockerfile', 'sbom-format': 'spdx' }
        })
        expect(result.exitCode).toBe(1)
        const violations = JSON.parse(result.outputs.violations) as Json[]
        expect(violations).toEqual([
          expect.objectContaining({
            kind: 'platform-mismatch',
            platform: 'linux/arm64',
            path: '/usr/local/bin/app',
            fails: true
          })
        ])
        expect(result.errors.map(e => e.message).join('\n')).toMatch(/platform-mismatch/)
        const spdx = JSON.parse(readFileSync(result.outputs['sbom-file'], 'utf8')) as Json
        const validate = spdx23Validator()
        expect(validate(spdx) ? [] : validate.errors).toEqual([])
      })

      test('fail-on without platform-mismatch reports it as a warning and passes', async () => {
        const result = await runStep({
          entry: ENTRY,
          workspace,
          inputs: { images: 'wrong-arch', 'fail-on': 'missing-platform', 'sbom-format': 'none' }
        })
        expect(result.exitCode).toBe(0)
        expect(result.outputs['violation-count']).toBe('1')
        expect(result.outputs['sbom-file']).toBe('')
        expect(result.warnings.map(w => w.message).join('\n')).toMatch(/GOARCH|amd64/)
      })

      test('a platform missing from expect-platforms fails: missing-platform', async () => {
        const result = await runStep({
          entry: ENTRY,
          workspace,
          inputs: { images: 'cached', 'expect-platforms': 'linux/amd64,linux/arm64' }
        })
        expect(result.exitCode).toBe(1)
        expect(JSON.parse(result.outputs.violations)).toEqual([
          expect.objectContaining({ kind: 'missing-platform', fails: true })
        ])
      })

      test('waste from a RUN line is a warning on that Dockerfile line, with a fix; it fails only past a threshold', async () => {
        const reported = await runStep({ entry: ENTRY, workspace, inputs: { images: 'cached' } })
        expect(reported.exitCode).toBe(0)
        expect(Number(reported.outputs['wasted-bytes'])).toBeGreaterThanOrEqual(256 * 1024)
        const onRunLine = reported.warnings.filter(
          w => w.properties.file === 'Dockerfile' && w.properties.line === '4'
        )
        expect(onRunLine).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ message: expect.stringMatching(/\/root\/go\/pkg\/mod/) })
          ])
        )
        expect(reported.errors).toEqual([])
        expect(reported.summary).toContain('Dockerfile:4')

        const gated = await runStep({
          entry: ENTRY,
          workspace,
          inputs: { images: 'cached', 'highest-wasted-bytes': '100kB' }
        })
        expect(gated.exitCode).toBe(1)
        expect(JSON.parse(gated.outputs.violations)).toEqual([
          expect.objectContaining({ kind: 'waste-threshold', fails: true })
        ])
      })

      test('several images are clustered in the summary', async () => {
        const result = await runStep({
          entry: ENTRY,
          workspace,
          inputs: { images: 'clean\nwrong-arch', 'fail-on': 'none' }
        })
        expect(result.exitCode).toBe(0)
        expect(result.summary).toContain('### Shared across images')
      })
    })
  }
)
