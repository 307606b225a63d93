/**
 * The waste classification on its own: known-path matching, the precedence that counts a byte
 * once, duplicates by content, the unneeded-loader rule, and the score math.
 */
import { describe, expect, test } from '@jest/globals'
import type { ImageFile } from '../../../src/core/image/index.js'
import type { GoBinaryFacts } from '../../../src/core/image/audit/index.js'
import { matchKnownPath } from '../../../src/core/image/audit/known-paths.js'
import {
  findWaste,
  isLoaderOrLibc,
  programsOf,
  scoreWaste,
  type ExecutableFacts,
  type RemovedCopy
} from '../../../src/core/image/audit/waste.js'

function file(
  path: string,
  layer: number,
  size: number,
  extra: Partial<ImageFile> = {}
): ImageFile {
  return {
    path,
    type: 'file',
    size,
    mode: 0o644,
    uid: 0,
    gid: 0,
    digest: `sha256:${path}`,
    layer,
    ...extra
  }
}

const exe = (path: string, layer: number, size: number, digest?: string): ImageFile =>
  file(path, layer, size, { mode: 0o755, ...(digest ? { digest } : {}) })

function goFacts(path: string, extra: Partial<GoBinaryFacts> = {}): GoBinaryFacts {
  return {
    path,
    size: 1,
    sha256: '',
    goVersion: 'go1.27.4',
    goos: 'linux',
    goarch: 'amd64',
    cgo: '0',
    trimpath: true,
    mainModule: 'example.com/app',
    isTest: false,
    isStatic: true,
    buildInfo: {
      goVersionRaw: 'go1.27.4',
      goVersion: 'go1.27.4',
      experiments: [],
      layout: 'inline',
      path: 'example.com/app',
      deps: [],
      settings: []
    },
    ...extra
  }
}

const staticGo = (path: string): ExecutableFacts => ({ elf: { type: 'exec' }, go: goFacts(path) })
const loader: ExecutableFacts = { elf: { type: 'dyn' } }

describe('known-waste paths', () => {
  test.each([
    ['/root/go/pkg/mod/golang.org/x/text@v0.3.0/go.mod', 'go-mod-cache', '/root/go/pkg/mod'],
    ['/go/pkg/mod/cache/download/golang.org/x/text/@v/v0.3.0.zip', 'go-mod-cache', '/go/pkg/mod'],
    ['/gomodcache/cache/download/example.com/m/@v/v1.0.0.mod', 'go-mod-cache', '/gomodcache'],
    ['/root/.cache/go-build/ab/abcdef-d', 'go-build-cache', '/root/.cache/go-build'],
    [`/gocache/go-build/0f/${'a'.repeat(64)}-a`, 'go-build-cache', '/gocache/go-build'],
    ['/app/go-build123456/b001/exe/a.out', 'go-build-temp', '/app/go-build123456'],
    ['/tmp/go-build98/b001/x.test', 'go-build-temp', '/tmp/go-build98'],
    ['/tmp/scratch.txt', 'tmp', '/tmp'],
    ['/var/tmp/x', 'tmp', '/var/tmp'],
    ['/var/cache/apk/APKINDEX.tar.gz', 'apk-cache', '/var/cache/apk'],
    ['/var/lib/apt/lists/deb.debian.org_Packages', 'apt-lists', '/var/lib/apt/lists'],
    ['/var/cache/apt/archives/x.deb', 'apt-cache', '/var/cache/apt'],
    ['/src/app/.git/objects/pack/p.pack', 'git', '/src/app/.git']
  ])('%s is %s under %s', (path, category, root) => {
    expect(matchKnownPath(path)).toMatchObject({ category, root })
  })

  test.each([
    '/usr/local/go/pkg/tool/linux_amd64/compile',
    '/app/server',
    '/etc/gitconfig',
    '/srv/tmp/x',
    '/app/.gitignore',
    '/usr/lib/apk/db/installed',
    '/go-build/readme'
  ])('%s is not a known-waste path', path => {
    expect(matchKnownPath(path)).toBeUndefined()
  })

  test('the fixes are concrete', () => {
    expect(matchKnownPath('/root/go/pkg/mod/x@v1/a')?.fix).toBe(
      'use a cache mount for /root/go/pkg/mod (RUN --mount=type=cache,target=/root/go/pkg/mod) instead of leaving it in the layer'
    )
    expect(matchKnownPath('/var/lib/apt/lists/x')?.fix).toBe(
      'rm -rf /var/lib/apt/lists/* in the same RUN as apt-get install'
    )
    expect(matchKnownPath('/x/go-build1/b001/a')?.fix).toBe(
      'copy only the binary from the build stage, not the whole build directory'
    )
  })
})

describe('loaders and programs', () => {
  test('musl and glibc loaders and libcs are recognised by name', () => {
    for (const path of [
      '/lib/ld-musl-x86_64.so.1',
      '/lib/ld-musl-aarch64.so.1',
      '/lib64/ld-linux-x86-64.so.2',
      '/lib/ld-linux-aarch64.so.1',
      '/lib/libc.musl-x86_64.so.1',
      '/lib/x86_64-linux-gnu/libc.so.6',
      '/usr/lib/libc.so'
    ]) {
      expect(isLoaderOrLibc(path)).toBe(true)
    }
    expect(isLoaderOrLibc('/usr/lib/libssl.so.3')).toBe(false)
    expect(isLoaderOrLibc('/bin/ld')).toBe(false)
  })

  test('programs: ELF executables with an exec bit; not scripts, loaders, libraries or plain files', () => {
    const files = [
      exe('/app/server', 1, 100),
      exe('/bin/busybox', 0, 100),
      exe('/lib/ld-musl-x86_64.so.1', 0, 100),
      exe('/usr/lib/libfoo.so.1', 0, 100),
      exe('/usr/bin/static-pie', 0, 100),
      exe('/entrypoint.sh', 1, 100),
      file('/data/app.bin', 1, 100)
    ]
    const executables = new Map<string, ExecutableFacts>([
      ['/app/server', staticGo('/app/server')],
      ['/bin/busybox', { elf: { type: 'exec' } }],
      ['/lib/ld-musl-x86_64.so.1', loader],
      ['/usr/lib/libfoo.so.1', { elf: { type: 'dyn' } }],
      ['/usr/bin/static-pie', { elf: { type: 'dyn' } }],
      ['/data/app.bin', { elf: { type: 'exec' } }]
    ])
    expect(programsOf(files, executables).map(p => p.path)).toEqual([
      '/app/server',
      '/bin/busybox',
      '/usr/bin/static-pie'
    ])
  })
})

describe('findWaste', () => {
  test('a clean image (one static Go binary) has no waste', () => {
    const result = findWaste({
      layerCount: 1,
      removed: [],
      files: [exe('/app/server', 0, 5000)],
      executables: new Map([['/app/server', staticGo('/app/server')]])
    })
    expect(result).toEqual({ findings: [], layerWaste: [0], wastedBytes: 0 })
  })

  test('overwritten and deleted copies are waste of the layer that stores them', () => {
    const removed: RemovedCopy[] = [
      { path: '/etc/a', layer: 0, size: 10, digest: 'sha256:old', byLayer: 2, how: 'overwritten' },
      { path: '/var/old/x', layer: 0, size: 30, byLayer: 1, how: 'deleted' },
      { path: '/var/old', layer: 0, size: 0, byLayer: 1, how: 'deleted' }
    ]
    const result = findWaste({
      layerCount: 3,
      removed,
      files: [file('/etc/a', 2, 12, { digest: 'sha256:new' })],
      executables: new Map()
    })
    expect(result.layerWaste).toEqual([40, 0, 0])
    expect(result.findings.map(f => [f.kind, f.layer, f.bytes, f.paths])).toEqual([
      ['deleted', 0, 30, ['/var/old/x']],
      ['overwritten', 0, 10, ['/etc/a']]
    ])
    expect(result.findings[0]?.message).toBe(
      '1 file (30 B) in layer 1 is deleted by layer 2, but the bytes still ship in layer 1'
    )
    expect(result.findings[1]?.fix).toBe(
      'write each file once: change it in the step that creates it, or merge the steps into one RUN'
    )
  })

  test('a rewrite with identical content is called a metadata change, with the COPY --chmod fix', () => {
    const result = findWaste({
      layerCount: 2,
      removed: [
        { path: '/app/x', layer: 0, size: 8, digest: 'sha256:same', byLayer: 1, how: 'overwritten' }
      ],
      files: [file('/app/x', 1, 8, { digest: 'sha256:same' })],
      executables: new Map()
    })
    expect(result.findings[0]?.message).toContain('rewritten with identical content')
    expect(result.findings[0]?.fix).toContain('COPY --chown/--chmod')
  })

  test('a deleted module cache gets the cache-mount fix', () => {
    const result = findWaste({
      layerCount: 2,
      removed: [
        {
          path: '/root/go/pkg/mod/cache/download/a/@v/v1.zip',
          layer: 0,
          size: 900,
          byLayer: 1,
          how: 'deleted'
        },
        { path: '/etc/other', layer: 0, size: 100, byLayer: 1, how: 'deleted' }
      ],
      files: [],
      executables: new Map()
    })
    expect(result.findings[0]?.message).toContain('mostly the Go module cache /root/go/pkg/mod')
    expect(result.findings[0]?.fix).toContain('RUN --mount=type=cache,target=/root/go/pkg/mod')
  })

  test('known paths in the final view: one finding per layer naming each tree, largest first', () => {
    const result = findWaste({
      layerCount: 2,
      removed: [],
      files: [
        exe('/app/server', 0, 10),
        file('/root/go/pkg/mod/m@v1/a.go', 1, 500),
        file('/root/.cache/go-build/aa/x-d', 1, 300),
        file('/tmp/t', 1, 20),
        file('/var/cache/apk/APKINDEX', 1, 7)
      ],
      executables: new Map([['/app/server', staticGo('/app/server')]])
    })
    expect(result.findings).toHaveLength(1)
    const finding = result.findings[0]
    expect(finding).toMatchObject({ kind: 'known-path', layer: 1, bytes: 827, pathCount: 4 })
    expect(finding?.message).toBe(
      '4 files (827 B) in layer 2 are build leftovers: the Go module cache /root/go/pkg/mod (500 B), the Go build cache /root/.cache/go-build (300 B), temporary files in /tmp (20 B), the apk cache /var/cache/apk (7 B)'
    )
    expect(finding?.fix.split('; ')).toEqual([
      'use a cache mount for /root/go/pkg/mod (RUN --mount=type=cache,target=/root/go/pkg/mod) instead of leaving it in the layer',
      'use a cache mount for /root/.cache/go-build (RUN --mount=type=cache,target=/root/.cache/go-build) instead of leaving it in the layer',
      'rm -rf /tmp/* in the same RUN that fills it (or RUN --mount=type=tmpfs,target=/tmp)',
      'use apk add --no-cache (or rm -rf /var/cache/apk/* in the same RUN)'
    ])
  })

  test('a Go test binary in /tmp counts once, as a test binary', () => {
    const result = findWaste({
      layerCount: 1,
      removed: [],
      files: [exe('/tmp/go-build1/b001/app.test', 0, 400)],
      executables: new Map([
        [
          '/tmp/go-build1/b001/app.test',
          { elf: { type: 'exec' }, go: goFacts('/x', { isTest: true }) }
        ]
      ])
    })
    expect(result.findings.map(f => [f.kind, f.bytes])).toEqual([['test-binary', 400]])
    expect(result.wastedBytes).toBe(400)
    expect(result.findings[0]?.fix).toBe(
      'copy only the binary from the build stage, not the whole build directory'
    )
  })

  test('a removed copy is overwritten/deleted waste whatever its path or content', () => {
    const result = findWaste({
      layerCount: 2,
      removed: [
        { path: '/tmp/x', layer: 0, size: 50, digest: 'sha256:d', byLayer: 1, how: 'deleted' }
      ],
      files: [file('/app/x', 1, 50, { digest: 'sha256:d' })],
      executables: new Map()
    })
    // The surviving copy is the only one that ships: not a duplicate of the deleted one.
    expect(result.findings.map(f => [f.kind, f.bytes])).toEqual([['deleted', 50]])
  })

  test('the loader is waste only when every program is static and one is a Go binary', () => {
    const files = [
      exe('/app/server', 1, 1000),
      exe('/lib/ld-musl-x86_64.so.1', 0, 124),
      exe('/bin/busybox', 0, 800),
      exe('/bin/sh-script', 0, 30)
    ]
    const executables = new Map<string, ExecutableFacts>([
      ['/app/server', staticGo('/app/server')],
      ['/lib/ld-musl-x86_64.so.1', loader],
      ['/bin/busybox', { elf: { type: 'exec' } }]
    ])
    const withStatic = findWaste({ layerCount: 2, removed: [], files, executables })
    expect(withStatic.findings.map(f => [f.kind, f.layer, f.bytes])).toEqual([
      ['unneeded-loader', 0, 124]
    ])
    expect(withStatic.findings[0]?.message).toBe(
      'the dynamic loader or libc (124 B) in layer 1 is never used: every executable is static (1 Go binary and 1 other, e.g. /bin/busybox)'
    )
    // A dynamic busybox needs the loader.
    const dynamic = new Map(executables)
    dynamic.set('/bin/busybox', { elf: { type: 'exec', interpreter: '/lib/ld-musl-x86_64.so.1' } })
    expect(findWaste({ layerCount: 2, removed: [], files, executables: dynamic }).findings).toEqual(
      []
    )
    // A dynamic Go binary (cgo or -buildmode=pie) needs it too.
    const dynamicGo = new Map(executables)
    dynamicGo.set('/app/server', {
      elf: { type: 'dyn', interpreter: '/lib/ld-musl-x86_64.so.1' },
      go: goFacts('/app/server', { isStatic: false })
    })
    expect(
      findWaste({ layerCount: 2, removed: [], files, executables: dynamicGo }).findings
    ).toEqual([])
    // No Go binary at all: not this audit's business.
    const noGo = new Map(executables)
    noGo.delete('/app/server')
    expect(findWaste({ layerCount: 2, removed: [], files, executables: noGo }).findings).toEqual([])
  })

  test('an executable too large to read might need the loader: it is not called unneeded', () => {
    const input = {
      layerCount: 2,
      removed: [],
      files: [exe('/app/server', 1, 1000), exe('/lib/ld-musl-x86_64.so.1', 0, 124)],
      executables: new Map([
        ['/app/server', staticGo('/app/server')],
        ['/lib/ld-musl-x86_64.so.1', loader]
      ])
    }
    expect(findWaste(input).findings).toHaveLength(1)
    expect(findWaste({ ...input, unread: 1 }).findings).toEqual([])
  })

  test('only static Go binaries: the fix is FROM scratch or distroless/static', () => {
    const result = findWaste({
      layerCount: 2,
      removed: [],
      files: [exe('/app/server', 1, 1000), exe('/lib/ld-musl-x86_64.so.1', 0, 124)],
      executables: new Map([
        ['/app/server', staticGo('/app/server')],
        ['/lib/ld-musl-x86_64.so.1', loader]
      ])
    })
    expect(result.findings[0]?.fix).toBe(
      'use FROM scratch or gcr.io/distroless/static for the final stage'
    )
  })

  test('duplicates: the lowest layer keeps its copy, same-layer copies and other waste do not count', () => {
    const result = findWaste({
      layerCount: 4,
      removed: [],
      files: [
        file('/a', 0, 100, { digest: 'sha256:x' }),
        file('/b', 0, 100, { digest: 'sha256:x' }),
        file('/c', 2, 100, { digest: 'sha256:x' }),
        file('/d', 3, 100, { digest: 'sha256:x' }),
        file('/tmp/y', 1, 60, { digest: 'sha256:y' }),
        file('/y', 2, 60, { digest: 'sha256:y' }),
        file('/empty1', 1, 0, { digest: 'sha256:e' }),
        file('/empty2', 2, 0, { digest: 'sha256:e' })
      ],
      executables: new Map()
    })
    expect(result.findings.map(f => [f.kind, f.layer, f.bytes, f.paths])).toEqual([
      ['duplicate', 2, 100, ['/c']],
      ['duplicate', 3, 100, ['/d']],
      ['known-path', 1, 60, ['/tmp/y']]
    ])
    expect(result.findings[0]?.message).toBe(
      '1 file (100 B) in layer 3 repeats content already in layer 1 (e.g. /c = /a)'
    )
    expect(result.layerWaste).toEqual([0, 60, 100, 100])
  })

  test('a byte counts once: per-layer waste sums to the total and never exceeds the layer', () => {
    const files = [
      exe('/tmp/t.test', 1, 400, 'sha256:t'),
      exe('/app/t.test', 2, 400, 'sha256:t'),
      exe('/lib/ld-musl-x86_64.so.1', 0, 124),
      exe('/tmp/ld-musl-x86_64.so.1', 2, 124, 'sha256:/lib/ld-musl-x86_64.so.1'),
      exe('/app/server', 2, 1000)
    ]
    const executables = new Map<string, ExecutableFacts>([
      ['/tmp/t.test', { elf: { type: 'exec' }, go: goFacts('/tmp/t.test', { isTest: true }) }],
      ['/app/t.test', { elf: { type: 'exec' }, go: goFacts('/app/t.test', { isTest: true }) }],
      ['/lib/ld-musl-x86_64.so.1', loader],
      ['/tmp/ld-musl-x86_64.so.1', loader],
      ['/app/server', staticGo('/app/server')]
    ])
    const result = findWaste({ layerCount: 3, removed: [], files, executables })
    expect(result.wastedBytes).toBe(400 + 400 + 124 + 124)
    expect(result.layerWaste).toEqual([124, 400, 524])
    const kinds = result.findings.map(f => `${f.kind}@${f.layer}`).sort()
    expect(kinds).toEqual([
      'test-binary@1',
      'test-binary@2',
      'unneeded-loader@0',
      'unneeded-loader@2'
    ])
  })

  test('samples hold at most 20 sorted paths; pathCount has them all', () => {
    const files = Array.from({ length: 25 }, (_, i) =>
      file(`/tmp/f${String(i).padStart(2, '0')}`, 0, 1)
    )
    const [finding] = findWaste({
      layerCount: 1,
      removed: [],
      files,
      executables: new Map()
    }).findings
    expect(finding?.pathCount).toBe(25)
    expect(finding?.paths).toHaveLength(20)
    expect(finding?.paths[0]).toBe('/tmp/f00')
  })
})

describe('scores', () => {
  test('efficiency is 1 − wasted/total, wasted percent is wasted/total × 100', () => {
    expect(scoreWaste(1000, 250)).toEqual({ wastedPercent: 25, efficiency: 0.75 })
    expect(scoreWaste(1000, 0)).toEqual({ wastedPercent: 0, efficiency: 1 })
    expect(scoreWaste(0, 0)).toEqual({ wastedPercent: 0, efficiency: 1 })
    expect(scoreWaste(10, 10)).toEqual({ wastedPercent: 100, efficiency: 0 })
  })

  test("equals dive's score when the only waste is a replaced (not grown) or deleted file", () => {
    // dive: Σ min size per path / Σ every size per path. /a: 10 then 6; /b: 20 then deleted.
    const dive = (6 + 0) / (10 + 6 + 20 + 0)
    const removed: RemovedCopy[] = [
      { path: '/a', layer: 0, size: 10, byLayer: 1, how: 'overwritten' },
      { path: '/b', layer: 0, size: 20, byLayer: 1, how: 'deleted' }
    ]
    const { wastedBytes } = findWaste({
      layerCount: 2,
      removed,
      files: [file('/a', 1, 6)],
      executables: new Map()
    })
    expect(scoreWaste(36, wastedBytes).efficiency).toBeCloseTo(dive, 12)
  })
})
