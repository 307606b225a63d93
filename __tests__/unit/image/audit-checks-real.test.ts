/**
 * The platform and expect checks on the build info of real cross-built Go binaries: the
 * values Go records (GOARM=6, GOAMD64=v1 …) are what the checks read.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { readBuildInfo } from '../../../src/core/buildinfo/index.js'
import { dimensionsOf, parseExpect } from '../../../src/core/fingerprint/index.js'
import {
  checkExpect,
  checkPlatforms,
  parsePlatformList,
  type GoBinaryFacts
} from '../../../src/core/image/audit/index.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'
import { imageAudit, platformAudit } from './audit-fixtures.js'

/** A GOCACHE kept across runs, so the cross-built standard library is compiled once. */
const GOCACHE = path.join(os.tmpdir(), 'go-ci-kit-image-checks-gocache')

let dir: string
const built: Record<string, GoBinaryFacts> = {}

/** The facts the image audit's Go-binary reader reports, taken from the build-info reader. */
async function factsOf(file: string, imagePath: string): Promise<GoBinaryFacts> {
  const [slice] = (await readBuildInfo(file)).slices
  const dimensions = dimensionsOf(slice)
  const bytes = readFileSync(file)
  const trimpath = slice.buildInfo.settings.some(s => s.key === '-trimpath' && s.value === 'true')
  return {
    path: imagePath,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    goVersion: dimensions.goVersion,
    goos: dimensions.goos,
    goarch: dimensions.goarch,
    ...(dimensions.archLevel ? { archLevel: dimensions.archLevel } : {}),
    cgo: dimensions.cgo,
    trimpath,
    mainModule: slice.buildInfo.main?.path ?? '',
    isTest: false,
    isStatic: true,
    buildInfo: slice.buildInfo
  }
}

describeIfTool(['go1.27'])('checks on real cross-built Go binaries', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'image-checks-go-'))
    mkdirSync(GOCACHE, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/hello\n\ngo 1.27\n')
    writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() { println("hi") }\n')
    const builds: Record<string, Record<string, string>> = {
      'arm-6': { GOOS: 'linux', GOARCH: 'arm', GOARM: '6' },
      amd64: { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' }
    }
    for (const [name, env] of Object.entries(builds)) {
      const out = path.join(dir, name)
      execFileSync(requireTool('go1.27'), ['build', '-trimpath', '-o', out, '.'], {
        cwd: dir,
        env: goEnv('1.27', { ...env, GOCACHE }),
        stdio: 'pipe'
      })
      built[name] = await factsOf(out, '/usr/local/bin/hello')
    }
  }, 300_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('Go records GOARM=6 and GOAMD64=v1 as the checks expect', () => {
    expect(built['arm-6'].archLevel).toEqual({ key: 'GOARM', value: '6' })
    expect(built.amd64.archLevel).toEqual({ key: 'GOAMD64', value: 'v1' })
  })

  test('a GOARM=6 binary fits arm/v6 and arm/v7, not arm/v5 or arm64', () => {
    const arm = built['arm-6']
    const audit = imageAudit('hello:1', [
      platformAudit({ os: 'linux', architecture: 'arm', variant: 'v6' }, [arm]),
      platformAudit({ os: 'linux', architecture: 'arm', variant: 'v7' }, [arm]),
      platformAudit({ os: 'linux', architecture: 'arm', variant: 'v5' }, [arm]),
      platformAudit({ os: 'linux', architecture: 'arm64' }, [arm])
    ])
    const version = arm.goVersion
    expect(checkPlatforms(audit, parsePlatformList('linux/arm/v6,linux/arm/v7', 'p'))).toEqual([
      expect.objectContaining({
        kind: 'platform-mismatch',
        message: `linux/arm/v5: /usr/local/bin/hello is a linux/arm Go binary (${version}): GOARM=6 needs ARMv6; an ARMv5 CPU cannot run it`
      }),
      expect.objectContaining({
        kind: 'platform-mismatch',
        message: `linux/arm64: /usr/local/bin/hello is a linux/arm Go binary (${version})`
      })
    ])
  })

  test('expect reads the real build settings', () => {
    const audit = imageAudit('hello:1', [
      platformAudit({ os: 'linux', architecture: 'amd64' }, [built.amd64])
    ])
    expect(
      checkExpect(audit, parseExpect('go>=1.27 cgo=0 trimpath=true goamd64=v1 goos=linux'))
    ).toEqual([])
    expect(checkExpect(audit, parseExpect('go>=1.99 goamd64=v3')).map(v => v.message)).toEqual([
      `linux/amd64: /usr/local/bin/hello: go>=1.99: Go version is ${built.amd64.goVersion}`,
      'linux/amd64: /usr/local/bin/hello: goamd64=v3: goamd64 is v1'
    ])
  })
})
