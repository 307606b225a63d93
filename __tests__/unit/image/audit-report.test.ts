/**
 * The audit's reporting from hand-built PlatformAudit values: the job summary, the CLI text,
 * the action's outputs, annotations on Dockerfile lines (capped per level) and the verdict.
 */
import { describe, expect, it } from '@jest/globals'
import type { BuildInfo } from '../../../src/core/buildinfo/index.js'
import {
  auditAnnotations,
  auditJson,
  imageAuditActionResult,
  renderSummary,
  renderText,
  sizeText,
  type AuditFlowResult,
  type AuditViolation,
  type GoBinaryFacts,
  type PlatformAudit
} from '../../../src/core/image/audit/index.js'

const buildInfo = { goVersion: 'go1.27.1', path: 'example.com/app' } as unknown as BuildInfo

function binary(goarch: string): GoBinaryFacts {
  return {
    path: '/usr/local/bin/app',
    size: 2_000_000,
    sha256: 'a'.repeat(64),
    goVersion: 'go1.27.1',
    goos: 'linux',
    goarch,
    cgo: '0',
    trimpath: true,
    mainModule: 'example.com/app',
    vcsRevision: '0123456789abcdef0123',
    isTest: false,
    isStatic: true,
    buildInfo
  }
}

function platform(architecture: string, goarch: string): PlatformAudit {
  return {
    platform: { os: 'linux', architecture },
    configDigest: 'sha256:' + 'c'.repeat(64),
    layers: [
      {
        index: 0,
        size: 3_000_000,
        fileBytes: 8_000_000,
        added: 10,
        changed: 0,
        deleted: 0,
        createdBy: 'RUN go mod download && go build -o /usr/local/bin/app .',
        wastedBytes: 6_000_000,
        dockerfileLine: 4
      },
      {
        index: 1,
        size: 1_000_000,
        fileBytes: 2_000_000,
        added: 1,
        changed: 0,
        deleted: 0,
        createdBy: 'COPY app /usr/local/bin/app | tee',
        wastedBytes: 0
      }
    ],
    findings: [
      {
        kind: 'known-path',
        layer: 0,
        bytes: 6_000_000,
        pathCount: 120,
        paths: ['/root/go/pkg/mod/cache/download/a', '/root/go/pkg/mod/b'],
        message: 'the Go module cache /root/go/pkg/mod is in the layer',
        fix: 'use a cache mount for /root/go/pkg/mod',
        dockerfileLine: 4
      }
    ],
    totalBytes: 10_000_000,
    wastedBytes: 6_000_000,
    wastedPercent: 60,
    efficiency: 0.4,
    goBinaries: [binary(goarch)],
    files: [{ path: '/usr/local/bin/app', size: 2_000_000, digest: 'sha256:x', layer: 1 }]
  }
}

function result(violations: AuditViolation[]): AuditFlowResult {
  const platforms = [platform('amd64', 'amd64'), platform('arm64', 'amd64')]
  return {
    images: [{ source: 'image.tar', format: 'oci-archive', isIndex: true, platforms, skipped: [] }],
    violations,
    wastedBytes: 12_000_000,
    efficiency: 0.4,
    goBinaries: platforms.flatMap(p =>
      p.goBinaries.map(({ buildInfo: _b, ...facts }) => ({
        image: 'image.tar',
        platform: `linux/${p.platform.architecture}`,
        ...facts
      }))
    ),
    sbomFile: '/tmp/sbom.cdx.json',
    dockerfile: 'build/Dockerfile',
    thresholds: {},
    failed: violations.some(v => v.fails)
  }
}

const mismatch: AuditViolation = {
  kind: 'platform-mismatch',
  image: 'image.tar',
  platform: 'linux/arm64',
  path: '/usr/local/bin/app',
  message: 'GOARCH amd64 in the linux/arm64 image',
  dockerfileLine: 9,
  fails: true
}

describe('the job summary and the CLI text', () => {
  it('a table per image and platform: layers, waste with fixes, Go binaries; then violations', () => {
    const summary = renderSummary(result([mismatch]))
    expect(summary).toContain(
      '❌ 1 failing violation(s) · 1 image(s), 2 platform(s) · wasted 12 MB'
    )
    expect(summary).toContain('### `image.tar` linux/arm64')
    expect(summary).toContain(
      '| 1 | 3.0 MB | 8.0 MB | +10 ~0 −0 | 6.0 MB | `RUN go mod download && go build -o /usr/local/bin/app .` | build/Dockerfile:4 |'
    )
    // A pipe in created_by cannot break the table.
    expect(summary).toContain('`COPY app /usr/local/bin/app \\| tee`')
    expect(summary).toContain(
      '| known-path | 1 | 6.0 MB | `/root/go/pkg/mod/cache/download/a, /root/go/pkg/mod/b` (+118 more) | use a cache mount for /root/go/pkg/mod | build/Dockerfile:4 |'
    )
    expect(summary).toContain(
      '| `/usr/local/bin/app` | go1.27.1 | linux/amd64 | 0 | yes | `example.com/app` | `0123456789ab` |'
    )
    expect(summary).toContain(
      '| ❌ | platform-mismatch | `image.tar linux/arm64 /usr/local/bin/app` | GOARCH amd64 in the linux/arm64 image | build/Dockerfile:9 |'
    )
    expect(summary).toContain('### Fixes\n\n- use a cache mount for /root/go/pkg/mod')
  })

  it('the CLI text ends with the verdict and one line per violation', () => {
    const text = renderText(result([{ ...mismatch, fails: false }]))
    expect(text).toContain('linux/arm64: 10 MB, wasted 6.0 MB (60.0 %), efficiency 40.0 %')
    expect(text).toContain(
      '  waste known-path 6.0 MB in layer 1 (build/Dockerfile:4): the Go module cache /root/go/pkg/mod is in the layer; fix: use a cache mount for /root/go/pkg/mod'
    )
    expect(text).toContain('SBOM: /tmp/sbom.cdx.json')
    expect(text).toMatch(/\n1 violation\(s\) reported \(not in fail-on\) · /)
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'WARN platform-mismatch: image.tar linux/arm64 /usr/local/bin/app: GOARCH amd64 in the linux/arm64 image (build/Dockerfile:9)'
    )
  })

  it('sizes in decimal units', () => {
    expect([sizeText(999), sizeText(1000), sizeText(12_345_678), sizeText(3e12)]).toEqual([
      '999 B',
      '1.0 kB',
      '12 MB',
      '3.0 TB'
    ])
  })
})

describe('the action result', () => {
  it('outputs, errors on Dockerfile lines for failing violations, warnings for waste', () => {
    const action = imageAuditActionResult(result([mismatch]))
    expect(action.outputs).toMatchObject({
      'wasted-bytes': 12_000_000,
      efficiency: '0.4000',
      'sbom-file': '/tmp/sbom.cdx.json',
      'violation-count': 1
    })
    const goBinaries = JSON.parse(String(action.outputs['go-binaries'])) as Record<
      string,
      unknown
    >[]
    expect(goBinaries).toHaveLength(2)
    expect(goBinaries[1]).toMatchObject({ platform: 'linux/arm64', goarch: 'amd64' })
    expect(goBinaries[1]).not.toHaveProperty('buildInfo')
    expect(JSON.parse(String(action.outputs.violations))).toEqual([mismatch])
    expect(action.failureMessage).toBe(
      '1 failing violation(s): platform-mismatch: GOARCH amd64 in the linux/arm64 image'
    )
    expect(action.annotations).toEqual([
      {
        level: 'error',
        title: 'image-audit: platform-mismatch',
        message: 'image.tar linux/arm64 /usr/local/bin/app: GOARCH amd64 in the linux/arm64 image',
        file: 'build/Dockerfile',
        startLine: 9,
        endLine: 9
      },
      expect.objectContaining({ level: 'warning', file: 'build/Dockerfile', startLine: 4 }),
      expect.objectContaining({ level: 'warning', file: 'build/Dockerfile', startLine: 4 })
    ])
    expect(action.annotations[1].message).toBe(
      'image.tar linux/amd64: the Go module cache /root/go/pkg/mod is in the layer. Fix: use a cache mount for /root/go/pkg/mod'
    )
  })

  it('a violation fail-on does not name is a warning and does not fail', () => {
    const action = imageAuditActionResult(result([{ ...mismatch, fails: false }]))
    expect(action.failureMessage).toBeUndefined()
    expect(action.annotations[0].level).toBe('warning')
  })

  it('without a Dockerfile, waste is not annotated and violations carry no file', () => {
    const noDockerfile = { ...result([mismatch]), dockerfile: undefined }
    const { kept } = auditAnnotations(noDockerfile)
    expect(kept).toEqual([expect.objectContaining({ level: 'error' })])
    expect(kept[0]).not.toHaveProperty('file')
  })

  it('caps annotations at 10 per level and counts the rest in one notice', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...mismatch, path: `/bin/${i}` }))
    const action = imageAuditActionResult(result(many))
    expect(action.annotations.filter(a => a.level === 'error')).toHaveLength(10)
    expect(action.annotations.at(-1)).toMatchObject({
      level: 'notice',
      message: expect.stringMatching(/^4 more annotation\(s\) not shown/)
    })
    expect(action.failureMessage).toMatch(/^14 failing violation\(s\): .*; …$/)
  })

  it('--json: one document without file lists or build info', () => {
    const json = auditJson(result([])) as {
      images: { platforms: Record<string, unknown>[] }[]
      failed: boolean
    }
    expect(json.failed).toBe(false)
    const first = json.images[0].platforms[0]
    expect(first.platform).toBe('linux/amd64')
    expect(first).not.toHaveProperty('files')
    expect((first.goBinaries as Record<string, unknown>[])[0]).not.toHaveProperty('buildInfo')
  })
})
