import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { ConfigurationError } from '../../../src/core/errors.js'
import { parseExpect } from '../../../src/core/fingerprint/index.js'
import {
  auditViolations,
  checkExpect,
  checkPlatforms,
  checkWasteThresholds,
  parsePlatformList
} from '../../../src/core/image/audit/index.js'
import { normalizePlatform, samePlatform } from '../../../src/core/image/audit/checks.js'
import type { PlatformAudit } from '../../../src/core/image/audit/index.js'
import { goBinary, imageAudit, platformAudit } from './audit-fixtures.js'

const amd64 = { os: 'linux', architecture: 'amd64' }
const arm64 = { os: 'linux', architecture: 'arm64' }
const armv7 = { os: 'linux', architecture: 'arm', variant: 'v7' }
const armv6 = { os: 'linux', architecture: 'arm', variant: 'v6' }

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parsePlatformList', () => {
  test('commas and newlines separate, spaces are ignored, duplicates collapse', () => {
    expect(
      parsePlatformList(
        'linux/amd64,linux/arm64/v8, linux/arm/v7\n  linux/arm64 \n\nwindows/amd64,',
        'expect-platforms'
      )
    ).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'windows', architecture: 'amd64' }
    ])
  })

  test("aliases become GOARCH names as containerd's Parse makes them", () => {
    expect(
      parsePlatformList('linux/x86_64,linux/aarch64,linux/armhf,linux/armel,Linux/ARM64/8', 'x')
    ).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'arm', variant: 'v6' }
    ])
  })

  test('an empty list is no platforms', () => {
    expect(parsePlatformList(' , \n', 'expect-platforms')).toEqual([])
  })

  test.each([
    ['linux', 'is not a platform'],
    ['linux/amd64/v3/x', 'is not a platform'],
    ['linux//amd64', 'is not a platform'],
    ['linx/amd64', 'unknown operating system "linx"'],
    ['linux/x86', 'unknown architecture "x86"'],
    ['linux/arm64/v7', '"v7" is not an arm64 variant'],
    ['linux/arm/v9', '"v9" is not an arm variant'],
    ['linux/amd64/v5', '"v5" is not an amd64 variant'],
    ['linux/386/v2', '386 has no variants']
  ])('%s is a ConfigurationError naming the input and the entry', (entry, what) => {
    const error = errorOf(() => parsePlatformList(`linux/amd64,${entry}`, 'expect-platforms'))
    expect(error.message).toBe(`expect-platforms: "${entry}": ${what}`)
    expect(error.fix).toBeTruthy()
  })

  test('the fix lists the known values', () => {
    expect(errorOf(() => parsePlatformList('linx/amd64', 'p')).fix).toContain('linux')
    expect(errorOf(() => parsePlatformList('linux/x86', 'p')).fix).toContain('amd64')
  })

  test('property: any text either parses or is a ConfigurationError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), text => {
        try {
          for (const p of parsePlatformList(text, 'p')) {
            expect(p.os).not.toBe('')
            expect(p.architecture).not.toBe('')
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError)
        }
      })
    )
  })

  test('property: a parsed list parses again to the same platforms', () => {
    const platform = fc.record({
      os: fc.constantFrom('linux', 'windows', 'darwin', 'freebsd'),
      arch: fc.constantFrom('amd64', 'arm64', 'arm', '386', 'riscv64', 'x86_64', 'aarch64'),
      variant: fc.constantFrom('', 'v8', 'v7', 'v6', 'v3')
    })
    fc.assert(
      fc.property(fc.array(platform, { maxLength: 5 }), entries => {
        const text = entries
          .map(e => `${e.os}/${e.arch}${e.variant ? `/${e.variant}` : ''}`)
          .join(',')
        let first
        try {
          first = parsePlatformList(text, 'p')
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError)
          return
        }
        const again = parsePlatformList(
          first.map(p => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`).join('\n'),
          'p'
        )
        expect(again).toEqual(first)
      })
    )
  })
})

describe('platform normalisation (containerd platforms.Normalize)', () => {
  test.each([
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, arm64],
    [{ os: 'linux', architecture: 'aarch64' }, arm64],
    [{ os: 'linux', architecture: 'arm' }, armv7],
    [{ os: 'linux', architecture: 'amd64', variant: 'v1' }, amd64],
    [{ os: 'linux', architecture: 'x86_64' }, amd64]
  ])('%j equals %j', (a, b) => {
    expect(samePlatform(a, b)).toBe(true)
  })

  test('different variants differ', () => {
    expect(samePlatform(armv6, armv7)).toBe(false)
    expect(samePlatform({ ...amd64, variant: 'v3' }, amd64)).toBe(false)
    expect(normalizePlatform({ os: 'linux', architecture: 'arm64', variant: '9.0' })).toEqual({
      os: 'linux',
      architecture: 'arm64',
      variant: 'v9'
    })
  })
})

describe('checkPlatforms', () => {
  const app = (goos: string, goarch: string, level?: { key: string; value: string }) =>
    goBinary('/usr/bin/app', goos, goarch, level ? { archLevel: level } : {})

  test('a clean multi-arch index has no violations', () => {
    const audit = imageAudit('app:1', [
      platformAudit(amd64, [app('linux', 'amd64', { key: 'GOAMD64', value: 'v1' })]),
      platformAudit(arm64, [app('linux', 'arm64', { key: 'GOARM64', value: 'v8.0' })]),
      platformAudit(armv7, [app('linux', 'arm', { key: 'GOARM', value: '7' })])
    ])
    expect(
      checkPlatforms(audit, parsePlatformList('linux/amd64,linux/arm64/v8,linux/arm/v7', 'p'))
    ).toEqual([])
  })

  test('an arm64 entry that holds an amd64 binary is a platform mismatch', () => {
    const audit = imageAudit('app:1', [
      platformAudit(amd64, [app('linux', 'amd64')]),
      platformAudit(arm64, [app('linux', 'amd64'), goBinary('/bin/ok', 'linux', 'arm64')])
    ])
    expect(checkPlatforms(audit, [])).toEqual([
      {
        kind: 'platform-mismatch',
        image: 'app:1',
        platform: 'linux/arm64',
        path: '/usr/bin/app',
        message: 'linux/arm64: /usr/bin/app is a linux/amd64 Go binary (go1.27.1)'
      }
    ])
  })

  test('a violation points at the Dockerfile line of the layer that holds the binary', () => {
    const entry = platformAudit(arm64, [app('linux', 'amd64')], {
      layers: [
        {
          index: 0,
          size: 10,
          fileBytes: 10,
          added: 1,
          changed: 0,
          deleted: 0,
          wastedBytes: 0,
          dockerfileLine: 1
        },
        {
          index: 1,
          size: 10,
          fileBytes: 10,
          added: 1,
          changed: 0,
          deleted: 0,
          wastedBytes: 0,
          dockerfileLine: 14
        }
      ],
      files: [{ path: '/usr/bin/app', size: 4096, digest: `sha256:${'e'.repeat(64)}`, layer: 1 }]
    })
    const audit = imageAudit('x', [entry])
    expect(checkPlatforms(audit, [])[0].dockerfileLine).toBe(14)
    expect(checkExpect(audit, parseExpect('goarch=arm64'))[0].dockerfileLine).toBe(14)
  })

  test('a windows binary in a linux entry is a mismatch', () => {
    const audit = imageAudit('x', [platformAudit(amd64, [app('windows', 'amd64')])])
    expect(checkPlatforms(audit, [])[0].message).toBe(
      'linux/amd64: /usr/bin/app is a windows/amd64 Go binary (go1.27.1)'
    )
  })

  test('a GOARM=7 binary cannot run on arm/v6; a GOARM=6 one runs on arm/v7', () => {
    const audit = imageAudit('x', [
      platformAudit(armv6, [app('linux', 'arm', { key: 'GOARM', value: '7' })]),
      platformAudit(armv7, [app('linux', 'arm', { key: 'GOARM', value: '6,softfloat' })])
    ])
    const violations = checkPlatforms(audit, [])
    expect(violations.map(v => v.message)).toEqual([
      'linux/arm/v6: /usr/bin/app is a linux/arm Go binary (go1.27.1): GOARM=7 needs ARMv7; an ARMv6 CPU cannot run it'
    ])
  })

  test('arm without a variant is arm/v7, as containerd normalises it', () => {
    const audit = imageAudit('x', [
      platformAudit({ os: 'linux', architecture: 'arm' }, [
        app('linux', 'arm', { key: 'GOARM', value: '7' })
      ])
    ])
    expect(checkPlatforms(audit, parsePlatformList('linux/arm/v7', 'p'))).toEqual([])
  })

  test('an arm binary without a recorded GOARM fails closed', () => {
    const audit = imageAudit('x', [platformAudit(armv7, [app('linux', 'arm')])])
    expect(checkPlatforms(audit, [])[0].message).toContain('GOARM is not recorded')
  })

  test('an arch level it cannot read fails closed', () => {
    const audit = imageAudit('x', [
      platformAudit(armv7, [app('linux', 'arm', { key: 'GOARM', value: 'junk' })]),
      platformAudit(arm64, [app('linux', 'arm64', { key: 'GOARM64', value: 'junk' })]),
      platformAudit(amd64, [app('linux', 'amd64', { key: 'GOAMD64', value: 'junk' })])
    ])
    expect(checkPlatforms(audit, []).map(v => v.message.replace(/^.*: /, ''))).toEqual([
      'GOARM=junk is not an arm level',
      'GOARM64=junk is not an arm64 level',
      'GOAMD64=junk is not an amd64 level'
    ])
  })

  test('arm64: v8.x fits the v8 entry, v9 does not; a v9 entry takes both', () => {
    const v82 = app('linux', 'arm64', { key: 'GOARM64', value: 'v8.2,lse' })
    const v9 = app('linux', 'arm64', { key: 'GOARM64', value: 'v9.0' })
    const audit = imageAudit('x', [
      platformAudit({ ...arm64, variant: 'v8' }, [v82, v9]),
      platformAudit({ ...arm64, variant: 'v9' }, [v82, v9])
    ])
    const violations = checkPlatforms(audit, [])
    expect(violations).toHaveLength(1)
    expect(violations[0].message).toBe(
      'linux/arm64/v8: /usr/bin/app is a linux/arm64 Go binary (go1.27.1): GOARM64=v9.0 needs ARMv9.0-A; an arm64/v8 entry promises only ARMv8'
    )
  })

  test('amd64: a GOAMD64=v3 binary needs an amd64/v3 entry', () => {
    const v3 = app('linux', 'amd64', { key: 'GOAMD64', value: 'v3' })
    const audit = imageAudit('x', [
      platformAudit(amd64, [v3]),
      platformAudit({ ...amd64, variant: 'v3' }, [v3]),
      platformAudit({ ...amd64, variant: 'v4' }, [v3])
    ])
    expect(checkPlatforms(audit, []).map(v => v.message)).toEqual([
      'linux/amd64: /usr/bin/app is a linux/amd64 Go binary (go1.27.1): GOAMD64=v3 needs x86-64-v3; a baseline x86-64 CPU cannot run it'
    ])
  })

  test('a missing platform is reported, arm64/v8 matches plain arm64', () => {
    const audit = imageAudit('reg/app:1', [
      platformAudit(amd64, [app('linux', 'amd64')]),
      platformAudit(arm64, [app('linux', 'arm64')])
    ])
    expect(
      checkPlatforms(audit, parsePlatformList('linux/amd64,linux/arm64/v8,linux/arm/v7', 'p'))
    ).toEqual([
      {
        kind: 'missing-platform',
        image: 'reg/app:1',
        platform: 'linux/arm/v7',
        message: 'linux/arm/v7 is missing from reg/app:1 (it has linux/amd64, linux/arm64)'
      }
    ])
  })

  test('a missing platform names the manifests the reader skipped, but not attestations', () => {
    const audit = {
      ...imageAudit('app:1', [platformAudit(amd64, [app('linux', 'amd64')])]),
      skipped: [
        { digest: 'sha256:aaa', reason: 'attestation manifest' },
        { digest: 'sha256:bbb', reason: 'media type application/vnd.example+json' }
      ]
    }
    expect(checkPlatforms(audit, [arm64])[0].message).toBe(
      'linux/arm64 is missing from app:1 (it has linux/amd64; skipped: sha256:bbb (media type application/vnd.example+json))'
    )
  })

  test('a single-platform image is checked against its config os/architecture', () => {
    const audit = imageAudit('app.tar', [platformAudit(amd64, [app('linux', 'arm64')])])
    expect(checkPlatforms(audit, parsePlatformList('linux/amd64,linux/arm64', 'p'))).toEqual([
      expect.objectContaining({ kind: 'platform-mismatch', platform: 'linux/amd64' }),
      expect.objectContaining({ kind: 'missing-platform', platform: 'linux/arm64' })
    ])
  })

  test('with expect-platforms, a platform without a Go binary fails closed', () => {
    const audit = imageAudit('x', [platformAudit(amd64, []), platformAudit(arm64, [])])
    expect(checkPlatforms(audit, [])).toEqual([])
    expect(checkPlatforms(audit, [amd64]).map(v => [v.kind, v.platform])).toEqual([
      ['no-go-binary', 'linux/amd64'],
      ['no-go-binary', 'linux/arm64']
    ])
  })

  test('an image that declares no platform cannot be matched', () => {
    const audit = imageAudit('x', [
      platformAudit({ os: '', architecture: '' }, [app('linux', 'amd64')])
    ])
    expect(checkPlatforms(audit, [])[0].message).toContain('declares no os/architecture')
  })
})

describe('checkExpect', () => {
  test('the binary-fingerprint expect syntax, per Go binary of every platform', () => {
    const audit = imageAudit('app:1', [
      platformAudit(amd64, [goBinary('/app', 'linux', 'amd64')]),
      platformAudit(arm64, [
        goBinary('/app', 'linux', 'arm64', {
          goVersion: 'go1.25.3',
          cgo: '1',
          settings: [
            { key: 'CGO_ENABLED', value: '1' },
            { key: 'GOARCH', value: 'arm64' },
            { key: 'GOOS', value: 'linux' }
          ]
        })
      ])
    ])
    const assertions = parseExpect('go>=1.26 cgo=0 trimpath=true')
    expect(checkExpect(audit, assertions)).toEqual([
      {
        kind: 'expect',
        image: 'app:1',
        platform: 'linux/arm64',
        path: '/app',
        message: 'linux/arm64: /app: go>=1.26: Go version is go1.25.3'
      },
      {
        kind: 'expect',
        image: 'app:1',
        platform: 'linux/arm64',
        path: '/app',
        message: 'linux/arm64: /app: cgo=0: cgo is 1'
      },
      {
        kind: 'expect',
        image: 'app:1',
        platform: 'linux/arm64',
        path: '/app',
        message: 'linux/arm64: /app: trimpath=true: trimpath is false'
      }
    ])
  })

  test('arch levels read from the binary', () => {
    const audit = imageAudit('x', [
      platformAudit(amd64, [
        goBinary('/app', 'linux', 'amd64', { archLevel: { key: 'GOAMD64', value: 'v1' } })
      ])
    ])
    expect(checkExpect(audit, parseExpect('goamd64=v3')).map(v => v.message)).toEqual([
      'linux/amd64: /app: goamd64=v3: goamd64 is v1'
    ])
  })

  test('a pre-1.18 binary (no build settings) never passes cgo=0', () => {
    const audit = imageAudit('x', [
      platformAudit(amd64, [
        goBinary('/old', 'linux', 'amd64', { goVersion: 'go1.17', cgo: 'unknown', settings: [] })
      ])
    ])
    expect(checkExpect(audit, parseExpect('cgo=0'))[0].message).toContain('cgo is unknown')
  })

  test('a platform without a Go binary is no-go-binary; no assertions, no check', () => {
    const audit = imageAudit('x', [platformAudit(amd64, [])])
    expect(checkExpect(audit, parseExpect('cgo=0'))).toEqual([
      {
        kind: 'no-go-binary',
        image: 'x',
        platform: 'linux/amd64',
        message: 'linux/amd64: no Go binary found, so the expect assertions cannot be checked'
      }
    ])
    expect(checkExpect(audit, [])).toEqual([])
  })
})

describe('checkWasteThresholds', () => {
  const wasteful = platformAudit(amd64, [], {
    totalBytes: 1000,
    wastedBytes: 250,
    wastedPercent: 25,
    efficiency: 0.75
  })
  const clean = platformAudit(arm64, [], { totalBytes: 1000, efficiency: 1 })
  const audit = imageAudit('app:1', [wasteful, clean])

  test('each threshold past its limit is a violation with the numbers', () => {
    expect(
      checkWasteThresholds(audit, {
        lowestEfficiency: 0.9,
        highestWastedBytes: 100,
        highestWastedPercent: 10
      })
    ).toEqual([
      {
        kind: 'waste-threshold',
        image: 'app:1',
        platform: 'linux/amd64',
        message:
          'linux/amd64: efficiency 75% is below the lowest allowed 90% (250 of 1000 bytes wasted)'
      },
      {
        kind: 'waste-threshold',
        image: 'app:1',
        platform: 'linux/amd64',
        message:
          'linux/amd64: 250 wasted bytes is above the highest allowed 100 (25% of 1000 bytes)'
      },
      {
        kind: 'waste-threshold',
        image: 'app:1',
        platform: 'linux/amd64',
        message:
          'linux/amd64: 25% wasted is above the highest allowed 10% (250 of 1000 bytes wasted)'
      }
    ])
  })

  test('at the limit passes, as dive does; no thresholds, no violations', () => {
    expect(
      checkWasteThresholds(audit, {
        lowestEfficiency: 0.75,
        highestWastedBytes: 250,
        highestWastedPercent: 25
      })
    ).toEqual([])
    expect(checkWasteThresholds(audit, {})).toEqual([])
  })

  test('an out-of-range threshold is a ConfigurationError with the fix', () => {
    const error = errorOf(() => checkWasteThresholds(audit, { lowestEfficiency: 95 }))
    expect(error.message).toBe('lowest-efficiency: 95 is not a number from 0 to 1')
    expect(error.fix).toContain('0.95')
    expect(() => checkWasteThresholds(audit, { highestWastedBytes: -1 })).toThrow(
      ConfigurationError
    )
    expect(() => checkWasteThresholds(audit, { highestWastedPercent: NaN })).toThrow(
      ConfigurationError
    )
  })
})

describe('auditViolations: the checks the flow runs', () => {
  const settings = {
    expectPlatforms: [amd64, arm64],
    assertions: parseExpect('cgo=0'),
    thresholds: {},
    failOn: new Set(['missing-platform'] as const)
  }

  test('a platform without a Go binary is one no-go-binary even with expect-platforms and expect', () => {
    const audit = imageAudit('img', [
      platformAudit(amd64, [goBinary('/app', 'linux', 'amd64')]),
      platformAudit(arm64, [])
    ])
    expect(auditViolations(audit, settings).map(v => [v.kind, v.platform, v.fails])).toEqual([
      ['no-go-binary', 'linux/arm64', false]
    ])
  })

  test('a wrong-arch binary keeps the Dockerfile line of its layer from the check', () => {
    const layer = { index: 0, dockerfileLine: 7 } as PlatformAudit['layers'][number]
    const audit = imageAudit('img', [
      platformAudit(arm64, [goBinary('/app', 'linux', 'amd64')], {
        layers: [layer],
        files: [{ path: '/app', layer: 0 } as PlatformAudit['files'][number]]
      })
    ])
    expect(auditViolations(audit, { ...settings, expectPlatforms: [], assertions: [] })).toEqual([
      expect.objectContaining({ kind: 'platform-mismatch', dockerfileLine: 7, fails: false })
    ])
  })
})
