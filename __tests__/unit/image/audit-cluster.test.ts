import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { clusterImages } from '../../../src/core/image/audit/index.js'
import { MIN_CLUSTER_FILE_BYTES } from '../../../src/core/image/audit/cluster.js'
import type { FileDigest, LayerReport } from '../../../src/core/image/audit/index.js'
import { imageAudit, platformAudit } from './audit-fixtures.js'

const amd64 = { os: 'linux', architecture: 'amd64' }
const arm64 = { os: 'linux', architecture: 'arm64' }

const sha = (c: string) => `sha256:${c.repeat(64)}`

function layer(index: number, diffId: string, size: number, digest?: string): LayerReport {
  return {
    index,
    diffId,
    ...(digest ? { digest } : {}),
    size,
    fileBytes: size * 2,
    added: 1,
    changed: 0,
    deleted: 0,
    wastedBytes: 0
  }
}

const file = (path: string, digest: string, size: number, at: number): FileDigest => ({
  path,
  digest,
  size,
  layer: at
})

describe('clusterImages', () => {
  test('a base layer shared by the same blob is listed and costs nothing', () => {
    const base = layer(0, sha('b'), 3_000_000, sha('1'))
    const a = imageAudit('svc-a:1', [
      platformAudit(amd64, [], { layers: [base, layer(1, sha('c'), 100, sha('2'))] })
    ])
    const b = imageAudit('svc-b:1', [
      platformAudit(amd64, [], { layers: [base, layer(1, sha('d'), 200, sha('3'))] })
    ])
    expect(clusterImages([a, b])).toEqual({
      clusters: [
        {
          kind: 'layer',
          digest: sha('b'),
          size: 3_000_000,
          members: [
            { image: 'svc-a:1', platform: 'linux/amd64', layer: 0 },
            { image: 'svc-b:1', platform: 'linux/amd64', layer: 0 }
          ],
          duplicatedBytes: 0
        }
      ],
      duplicatedBytes: 0
    })
  })

  test('the same layer content in two different blobs: the registry stores both', () => {
    const a = imageAudit('a', [
      platformAudit(amd64, [], { layers: [layer(0, sha('b'), 1000, sha('1'))] })
    ])
    const b = imageAudit('b', [
      platformAudit(amd64, [], { layers: [layer(0, sha('b'), 900, sha('2'))] })
    ])
    const report = clusterImages([a, b])
    expect(report.clusters[0]).toMatchObject({ kind: 'layer', size: 900, duplicatedBytes: 1000 })
    expect(report.duplicatedBytes).toBe(1000)
  })

  test('identical files in different layers of two images are duplicated bytes', () => {
    const bin = sha('e')
    const a = imageAudit('svc-a:1', [
      platformAudit(amd64, [], {
        layers: [layer(0, sha('1'), 10), layer(1, sha('2'), 10)],
        files: [
          file('/etc/ssl/certs/ca-certificates.crt', bin, 200_000, 1),
          file('/small', sha('f'), 100, 1)
        ]
      })
    ])
    const b = imageAudit('svc-b:1', [
      platformAudit(amd64, [], {
        layers: [layer(0, sha('3'), 10)],
        files: [file('/certs.pem', bin, 200_000, 0), file('/small', sha('f'), 100, 0)]
      })
    ])
    const c = imageAudit('svc-c:1', [
      platformAudit(amd64, [], {
        layers: [layer(0, sha('4'), 10)],
        files: [file('/etc/ssl/certs/ca-certificates.crt', bin, 200_000, 0)]
      })
    ])
    const report = clusterImages([c, b, a])
    expect(report.clusters).toEqual([
      {
        kind: 'file',
        digest: bin,
        size: 200_000,
        members: [
          {
            image: 'svc-a:1',
            platform: 'linux/amd64',
            path: '/etc/ssl/certs/ca-certificates.crt',
            layer: 1
          },
          { image: 'svc-b:1', platform: 'linux/amd64', path: '/certs.pem', layer: 0 },
          {
            image: 'svc-c:1',
            platform: 'linux/amd64',
            path: '/etc/ssl/certs/ca-certificates.crt',
            layer: 0
          }
        ],
        duplicatedBytes: 400_000
      }
    ])
    expect(report.duplicatedBytes).toBe(400_000)
  })

  test('files inside a shared layer are not duplicated; the layer cluster shows them', () => {
    const shared = layer(0, sha('b'), 5000, sha('1'))
    const files = [file('/lib/libc.so', sha('e'), 50_000, 0)]
    const a = imageAudit('a', [platformAudit(amd64, [], { layers: [shared], files })])
    const b = imageAudit('b', [platformAudit(amd64, [], { layers: [shared], files })])
    const report = clusterImages([a, b])
    expect(report.clusters.map(c => c.kind)).toEqual(['layer'])
    expect(report.duplicatedBytes).toBe(0)
  })

  test('a second copy inside one image is its own waste, not counted across images', () => {
    const shared = layer(0, sha('b'), 5000, sha('1'))
    const a = imageAudit('a', [
      platformAudit(amd64, [], {
        layers: [shared, layer(1, sha('c'), 10)],
        files: [file('/app', sha('e'), 8192, 0), file('/app.bak', sha('e'), 8192, 1)]
      })
    ])
    const b = imageAudit('b', [
      platformAudit(amd64, [], { layers: [shared], files: [file('/app', sha('e'), 8192, 0)] })
    ])
    expect(clusterImages([a, b]).clusters.filter(c => c.kind === 'file')).toEqual([])
  })

  test('platforms of one index count as places too', () => {
    const tz = sha('9')
    const audit = imageAudit('app:1', [
      platformAudit(amd64, [], {
        layers: [layer(0, sha('1'), 10)],
        files: [file('/usr/share/zoneinfo.zip', tz, 400_000, 0)]
      }),
      platformAudit(arm64, [], {
        layers: [layer(0, sha('2'), 10)],
        files: [file('/usr/share/zoneinfo.zip', tz, 400_000, 0)]
      })
    ])
    const report = clusterImages([audit])
    expect(report.clusters).toHaveLength(1)
    expect(report.clusters[0].members.map(m => m.platform)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(report.duplicatedBytes).toBe(400_000)
  })

  test(`files under ${MIN_CLUSTER_FILE_BYTES} bytes are left out; nothing to cluster is empty`, () => {
    expect(clusterImages([])).toEqual({ clusters: [], duplicatedBytes: 0 })
    const small = (image: string, diff: string) =>
      imageAudit(image, [
        platformAudit(amd64, [], {
          layers: [layer(0, diff, 10)],
          files: [file('/x', sha('e'), MIN_CLUSTER_FILE_BYTES - 1, 0)]
        })
      ])
    expect(clusterImages([small('a', sha('1')), small('b', sha('2'))]).clusters).toEqual([])
  })

  test('property: deterministic whatever the input order, sorted, total is the sum', () => {
    const digests = ['1', '2', '3', '4'].map(sha)
    const anImage = fc.record({
      layers: fc.array(fc.record({ diff: fc.constantFrom(...digests), size: fc.nat(5000) }), {
        minLength: 1,
        maxLength: 3
      }),
      files: fc.array(
        fc.record({
          digest: fc.constantFrom(sha('a'), sha('b'), sha('c')),
          size: fc.constantFrom(100, 4096, 10_000),
          path: fc.constantFrom('/a', '/b', '/c')
        }),
        { maxLength: 4 }
      )
    })
    fc.assert(
      fc.property(fc.array(anImage, { minLength: 1, maxLength: 4 }), images => {
        const audits = images.map((img, i) =>
          imageAudit(`img${i}`, [
            platformAudit(amd64, [], {
              layers: img.layers.map((l, j) => layer(j, l.diff, l.size, l.diff)),
              files: img.files.map((f, j) => ({
                ...f,
                layer: j % img.layers.length
              }))
            })
          ])
        )
        const report = clusterImages(audits)
        expect(clusterImages([...audits].reverse())).toEqual(report)
        const total = report.clusters.reduce((sum, c) => sum + c.duplicatedBytes, 0)
        expect(report.duplicatedBytes).toBe(total)
        for (let i = 1; i < report.clusters.length; i++) {
          const [prev, next] = [report.clusters[i - 1], report.clusters[i]]
          expect(prev.duplicatedBytes).toBeGreaterThanOrEqual(next.duplicatedBytes)
        }
        for (const cluster of report.clusters) {
          expect(cluster.members.length).toBeGreaterThanOrEqual(2)
          expect(cluster.duplicatedBytes).toBeGreaterThanOrEqual(0)
        }
      })
    )
  })
})
