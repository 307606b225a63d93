/**
 * `go-ci-kit image` through the built CLI: usage and input errors exit 2 with one line and no
 * stack, an unreadable image exits 2 (never 0), and on real images a failing check exits 1,
 * with the same flow as the action (--json, --sbom, --annotate).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildStaticGo, craneIndexLayout, layerTar } from '../../helpers/images.js'
import { runCli as cli } from '../../helpers/cli.js'
import { describeIfTool } from '../../helpers/tools.js'
import { spdx23Validator } from '../../unit/sbom/schemas.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function expectUsageError(
  result: { code: number; stdout: string; stderr: string },
  pattern: RegExp
): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at |this is a bug/)
}

describe('go-ci-kit image: usage and input errors', () => {
  let work = ''
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-cli-'))
    writeFileSync(path.join(work, 'notes.txt'), 'not an image\n')
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('each bad option exits 2 with one line naming it', async () => {
    const cases: [string[], RegExp][] = [
      [[], /image: no IMAGE given/],
      [['x.tar', '--fail-on', 'bogus'], /--fail-on: unknown violation kind "bogus"/],
      [['x.tar', '--lowest-efficiency', '2'], /--lowest-efficiency must be a number from 0 to 1/],
      [['x.tar', '--highest-wasted-percent', '101'], /--highest-wasted-percent must be a number/],
      [['x.tar', '--highest-wasted-bytes', '1 XB'], /--highest-wasted-bytes must be a size/],
      [['x.tar', '--expect', 'gooss=linux'], /--expect: "gooss=linux": unknown key "gooss"/],
      [['x.tar', '--dockerfile', 'nope'], /--dockerfile: nope does not exist/],
      [['x.tar', '--sbom', 'swid', '--sbom-file', 'a.json'], /--sbom must be cyclonedx or spdx/],
      [['x.tar', '--sbom', 'spdx'], /--sbom needs --sbom-file FILE/],
      [['x.tar', '--no-such-flag'], /image: Unknown option '--no-such-flag'/]
    ]
    for (const [args, pattern] of cases)
      expectUsageError(await cli(['image', ...args], work), pattern)
  })

  test('an image that is missing or not an image exits 2 (fail closed) and writes no SBOM', async () => {
    for (const [image, pattern] of [
      ['missing.tar', /cannot open missing\.tar: ENOENT/],
      ['notes.txt', /notes\.txt/]
    ] as const) {
      const result = await cli(['image', image, '--sbom-file', 'sbom.json'], work)
      expectUsageError(result, pattern)
      expect(existsSync(path.join(work, 'sbom.json'))).toBe(false)
    }
  })
})

describeIfTool(['go1.27', 'crane', 'docker-registry'])('go-ci-kit image on real images', () => {
  describe('with the analysis and the checks', () => {
    let work = ''
    beforeAll(async () => {
      work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-cli-real-'))
      const amd64 = buildStaticGo(work, 'amd64')
      const arm64 = buildStaticGo(work, 'arm64')
      const app = '/usr/local/bin/app'
      await craneIndexLayout(work, path.join(work, 'clean'), [
        { platform: 'linux/amd64', layer: layerTar(work, 'clean-amd64', { [app]: amd64 }) },
        { platform: 'linux/arm64', layer: layerTar(work, 'clean-arm64', { [app]: arm64 }) }
      ])
      await craneIndexLayout(work, path.join(work, 'wrong-arch'), [
        { platform: 'linux/amd64', layer: layerTar(work, 'wrong-amd64', { [app]: amd64 }) },
        { platform: 'linux/arm64', layer: layerTar(work, 'wrong-arm64', { [app]: amd64 }) }
      ])
      await craneIndexLayout(work, path.join(work, 'amd64-only'), [
        { platform: 'linux/amd64', layer: layerTar(work, 'only-amd64', { [app]: amd64 }) }
      ])
    }, 600_000)
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true })
    })

    test('a clean index exits 0; --json is one document with both platforms', async () => {
      const result = await cli(
        ['image', 'clean', '--json', '--expect-platforms', 'linux/amd64,linux/arm64'],
        work
      )
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
      const report = JSON.parse(result.stdout) as Json
      expect(report.failed).toBe(false)
      expect(report.images[0].platforms.map((p: Json) => p.platform)).toEqual([
        'linux/amd64',
        'linux/arm64'
      ])
      expect(report.goBinaries.map((b: Json) => b.goarch)).toEqual(['amd64', 'arm64'])
    })

    test('the wrong architecture in a platform exits 1: platform-mismatch; the SBOM is still written', async () => {
      const result = await cli(
        ['image', 'wrong-arch', '--sbom', 'spdx', '--sbom-file', 'out/sbom.spdx.json'],
        work,
        { SOURCE_DATE_EPOCH: '1767225600' }
      )
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(
        /FAIL platform-mismatch: wrong-arch linux\/arm64 \/usr\/local\/bin\/app/
      )
      const spdx = JSON.parse(
        readFileSync(path.join(work, 'out', 'sbom.spdx.json'), 'utf8')
      ) as Json
      const validate = spdx23Validator()
      expect(validate(spdx) ? [] : validate.errors).toEqual([])
    })

    test('a missing expected platform exits 1; --fail-on none reports it and exits 0', async () => {
      const args = ['image', 'amd64-only', '--expect-platforms', 'linux/amd64,linux/arm64']
      const failing = await cli(args, work)
      expect(failing.code).toBe(1)
      expect(failing.stdout).toMatch(/FAIL missing-platform/)
      const reported = await cli([...args, '--fail-on', 'none'], work)
      expect(reported.code).toBe(0)
      expect(reported.stdout).toMatch(/WARN missing-platform/)
    })

    test('a bad --expect-platforms exits 2 with one line', async () => {
      expectUsageError(
        await cli(['image', 'clean', '--expect-platforms', 'linux'], work),
        /--expect-platforms/
      )
    })

    test('--annotate prints the violations as workflow commands', async () => {
      const result = await cli(['image', 'wrong-arch', '--annotate'], work)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^::error title=image-audit%3A platform-mismatch::/m)
    })
  })
})
