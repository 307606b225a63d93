/**
 * The platform audit on real images built here with crane and umoci from real Go 1.27 binaries
 * (static, `go test -c`, a dynamic PIE, arm64), a real module and build cache filled from an
 * offline proxy, and musl's loader: a clean image, each of the seeds' three causes alone and
 * together, overwritten and deleted files (whiteouts, opaque directories), duplicates.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openImage } from '../../../src/core/image/index.js'
import {
  auditPlatformImage,
  readGoBinary,
  type PlatformAudit
} from '../../../src/core/image/audit/index.js'
import {
  buildWasteGoFixtures,
  craneWasteImage,
  removeWork,
  runTool,
  writeTree,
  type WasteGoFixtures
} from '../../helpers/images.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'

const describeImages = describeIfTool(['go1.27', 'crane', 'umoci', 'busybox', 'musl'])

const LOADER = '/lib/ld-musl-x86_64.so.1'

async function audit(target: string): Promise<PlatformAudit> {
  const opened = await openImage(target)
  const image = opened.images[0]
  if (image === undefined) throw new Error('no image')
  return await auditPlatformImage(opened, image)
}

/** kind@layer bytes, sorted: what a test compares. */
function kinds(result: PlatformAudit): string[] {
  return result.findings.map(f => `${f.kind}@${f.layer} ${f.bytes}`).sort()
}

function treeBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

describeImages('waste analysis on real images', () => {
  let work: string
  let go: WasteGoFixtures
  let loaderBytes: Buffer
  let serverSize: number
  let testSize: number
  const bin = (from: string) => ({ from, mode: 0o755 })

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-waste-'))
    go = buildWasteGoFixtures(work, extra => goEnv('1.27', extra))
    loaderBytes = readFileSync(realpathSync(requireTool('musl')))
    serverSize = statSync(go.server).size
    testSize = statSync(go.serverTest).size
  }, 600_000)

  afterAll(() => {
    if (work) removeWork(work)
  })

  test('readGoBinary: the facts of static, test, dynamic and arm64 Go binaries', async () => {
    const read = async (file: string, at: string) =>
      await readGoBinary({ path: at, size: statSync(file).size, mode: 0o755 }, readFileSync(file))
    const server = await read(go.server, '/app/server')
    const content = readFileSync(go.server)
    expect(server).toMatchObject({
      path: '/app/server',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      goos: 'linux',
      goarch: 'amd64',
      archLevel: { key: 'GOAMD64', value: 'v1' },
      cgo: '0',
      trimpath: true,
      mainModule: 'example.com/server',
      isTest: false,
      isStatic: true
    })
    expect(server?.goVersion).toMatch(/^go1\.27(\.\d+)?$/)
    expect(server?.interpreter).toBeUndefined()
    expect(server?.buildInfo.deps.map(d => `${d.path}@${d.version}`)).toEqual([
      'example.com/greet@v1.0.0'
    ])
    // Go 1.27 names a `go test -c` binary by its package path plus .test.
    const testBinary = await read(go.serverTest, '/app/server.test')
    expect(testBinary).toMatchObject({ isTest: true, trimpath: false, isStatic: true })
    expect(testBinary?.buildInfo.path).toBe('example.com/server.test')
    const dynamic = await read(go.serverDynamic, '/app/server')
    expect(dynamic).toMatchObject({ isStatic: false, interpreter: LOADER, cgo: '0' })
    const arm = await read(go.serverArm64, '/app/server')
    expect(arm).toMatchObject({ goos: 'linux', goarch: 'arm64', isStatic: true })
    expect(arm?.archLevel?.key).toBe('GOARM64')
  })

  test('readGoBinary: anything that is not a readable Go binary is undefined, never a throw', async () => {
    const file = { path: '/x', size: 0, mode: 0o755 }
    const busybox = readFileSync(realpathSync(requireTool('busybox')))
    expect(await readGoBinary(file, busybox)).toBeUndefined()
    expect(await readGoBinary(file, loaderBytes)).toBeUndefined()
    expect(await readGoBinary(file, Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined()
    expect(await readGoBinary(file, randomBytes(4096))).toBeUndefined()
    expect(await readGoBinary(file, Buffer.alloc(0))).toBeUndefined()
    const server = readFileSync(go.server)
    for (const cut of [16, 64, 4096, Math.floor(server.length / 2)]) {
      expect(await readGoBinary(file, server.subarray(0, cut))).toBeUndefined()
    }
  })

  test('a clean multi-stage image (a static Go binary FROM scratch) has no waste', async () => {
    const passwd = 'nobody:x:65534:65534::/:\n'
    const result = await audit(
      craneWasteImage(work, 'clean', [
        { files: { 'app/server': bin(go.server), 'etc/passwd': passwd } }
      ])
    )
    expect(result.findings).toEqual([])
    expect(result.wastedBytes).toBe(0)
    expect(result.wastedPercent).toBe(0)
    expect(result.efficiency).toBe(1)
    expect(result.totalBytes).toBe(serverSize + passwd.length)
    expect(result.layers).toHaveLength(1)
    expect(result.layers[0]).toMatchObject({
      index: 0,
      fileBytes: serverSize + passwd.length,
      wastedBytes: 0
    })
    expect(result.layers[0]?.size).toBeGreaterThan(0)
    // A docker save archive has only the diff IDs.
    expect(result.layers[0]?.diffId).toMatch(/^sha256:/)
    expect(result.goBinaries.map(b => [b.path, b.goarch, b.isStatic])).toEqual([
      ['/app/server', 'amd64', true]
    ])
    expect(result.files.map(f => f.path)).toEqual(['/app/server', '/etc/passwd'])
    const digest = `sha256:${createHash('sha256').update(readFileSync(go.server)).digest('hex')}`
    expect(result.files[0]).toEqual({ path: '/app/server', size: serverSize, digest, layer: 0 })
  })

  test('cause 1 alone: musl loader next to a static Go binary', async () => {
    const image = craneWasteImage(work, 'loader', [
      { files: { 'lib/ld-musl-x86_64.so.1': { content: loaderBytes, mode: 0o755 } } },
      { files: { 'app/server': bin(go.server) } }
    ])
    const result = await audit(image)
    expect(kinds(result)).toEqual([`unneeded-loader@0 ${loaderBytes.length}`])
    expect(result.findings[0]).toMatchObject({ paths: [LOADER], pathCount: 1 })
    expect(result.findings[0]?.fix).toBe(
      'use FROM scratch or gcr.io/distroless/static for the final stage'
    )
    expect(result.layers.map(l => l.wastedBytes)).toEqual([loaderBytes.length, 0])
    expect(result.efficiency).toBeCloseTo(1 - loaderBytes.length / result.totalBytes, 12)
    // Executables past maxBinaryBytes are not read (nor buffered): no facts, no verdict.
    const opened = await openImage(image)
    const unread = await auditPlatformImage(opened, opened.images[0]!, { maxBinaryBytes: 100_000 })
    expect(unread.goBinaries).toEqual([])
    expect(unread.findings).toEqual([])
  })

  test('the loader is needed by a dynamic Go binary, and by nothing when busybox is static', async () => {
    const dynamic = await audit(
      craneWasteImage(work, 'loader-needed', [
        { files: { 'lib/ld-musl-x86_64.so.1': { content: loaderBytes, mode: 0o755 } } },
        { files: { 'app/server': bin(go.serverDynamic) } }
      ])
    )
    expect(dynamic.findings).toEqual([])
    expect(dynamic.goBinaries[0]).toMatchObject({ isStatic: false, interpreter: LOADER })
    // A static busybox and a shell script need no loader either: still waste, a different fix.
    const withBusybox = await audit(
      craneWasteImage(work, 'loader-busybox', [
        {
          files: {
            'lib/ld-musl-x86_64.so.1': { content: loaderBytes, mode: 0o755 },
            'bin/busybox': bin(realpathSync(requireTool('busybox'))),
            'entrypoint.sh': { content: '#!/bin/busybox sh\nexec /app/server\n', mode: 0o755 }
          }
        },
        { files: { 'app/server': bin(go.server) } }
      ])
    )
    expect(kinds(withBusybox)).toEqual([`unneeded-loader@0 ${loaderBytes.length}`])
    expect(withBusybox.findings[0]?.message).toContain('e.g. /bin/busybox')
    expect(withBusybox.findings[0]?.fix).toContain('copying in only the static tools you need')
  })

  test('cause 2 alone: a COPY of the build dir drags in a test binary and Go build temp files', async () => {
    const temp = { 'app/go-build2841/b001/importcfg': 'packagefile os=/x/os.a\n' }
    const result = await audit(
      craneWasteImage(work, 'build-dir', [
        {
          files: {
            'app/server': bin(go.server),
            'app/server.test': bin(go.serverTest),
            ...temp
          }
        }
      ])
    )
    expect(kinds(result)).toEqual([`known-path@0 23`, `test-binary@0 ${testSize}`])
    const testFinding = result.findings.find(f => f.kind === 'test-binary')
    expect(testFinding?.paths).toEqual(['/app/server.test'])
    expect(testFinding?.fix).toBe(
      'copy only the binary from the build stage, not the whole build directory'
    )
    expect(result.findings.find(f => f.kind === 'known-path')?.message).toContain(
      'a Go build temp directory /app/go-build2841'
    )
    expect(result.goBinaries.map(b => [b.path, b.isTest])).toEqual([
      ['/app/server', false],
      ['/app/server.test', true]
    ])
  })

  test('cause 3 alone: go mod download in a RUN leaves the module and build caches, /tmp and the apk cache', async () => {
    const someBuildCache = path.join(work, 'gocache-part')
    mkdirSync(someBuildCache)
    for (const name of readdirSync(go.buildCache)) {
      if (/^0[0-3]$|^README$|^trim\.txt$/.test(name)) {
        cpSync(path.join(go.buildCache, name), path.join(someBuildCache, name), { recursive: true })
      }
    }
    const modBytes = treeBytes(go.modCache)
    const buildBytes = treeBytes(someBuildCache)
    const log = 'go: downloading example.com/greet v1.0.0\n'
    const result = await audit(
      craneWasteImage(work, 'caches', [
        {
          files: {
            'tmp/go-mod-download.log': log,
            'var/cache/apk/APKINDEX.66e5a5f1.tar.gz': randomBytes(3000),
            'usr/local/bin/tool': 'x'
          },
          copies: [
            { from: go.modCache, to: 'root/go/pkg/mod' },
            { from: someBuildCache, to: 'root/.cache/go-build' }
          ]
        },
        { files: { 'app/server': bin(go.server) } }
      ])
    )
    const leftovers = modBytes + buildBytes + log.length + 3000
    expect(kinds(result)).toEqual([`known-path@0 ${leftovers}`])
    const finding = result.findings[0]
    expect(finding?.message).toContain('the Go module cache /root/go/pkg/mod')
    expect(finding?.message).toContain('the Go build cache /root/.cache/go-build')
    expect(finding?.message).toContain(`temporary files in /tmp (${log.length} B)`)
    expect(finding?.message).toContain('the apk cache /var/cache/apk')
    expect(finding?.fix).toContain('RUN --mount=type=cache,target=/root/go/pkg/mod')
    expect(finding?.fix).toContain('RUN --mount=type=cache,target=/root/.cache/go-build')
    // A sample of 20 paths, sorted; the count has them all.
    expect(finding?.paths).toHaveLength(20)
    expect(finding?.paths).toEqual([...(finding?.paths ?? [])].sort())
    expect(finding?.pathCount).toBeGreaterThan(20)
    expect(result.layers[0]?.wastedBytes).toBe(leftovers)
    expect(result.wastedBytes).toBe(leftovers)
  })

  test('all three causes together, each counted once in its own layer', async () => {
    const result = await audit(
      craneWasteImage(work, 'together', [
        { files: { 'lib/ld-musl-x86_64.so.1': { content: loaderBytes, mode: 0o755 } } },
        {
          files: { 'tmp/x': 'tmp\n' },
          copies: [{ from: go.modCache, to: 'root/go/pkg/mod' }]
        },
        {
          files: {
            'app/server': bin(go.server),
            'app/server.test': bin(go.serverTest),
            'app/go-build9/b001/_pkg_.a': 'archive'
          }
        }
      ])
    )
    const modBytes = treeBytes(go.modCache)
    expect(kinds(result)).toEqual([
      `known-path@1 ${modBytes + 4}`,
      'known-path@2 7',
      `test-binary@2 ${testSize}`,
      `unneeded-loader@0 ${loaderBytes.length}`
    ])
    const wasted = loaderBytes.length + modBytes + 4 + 7 + testSize
    expect(result.wastedBytes).toBe(wasted)
    expect(result.layers.map(l => l.wastedBytes)).toEqual([
      loaderBytes.length,
      modBytes + 4,
      7 + testSize
    ])
    expect(result.totalBytes).toBe(loaderBytes.length + modBytes + 4 + serverSize + testSize + 7)
    expect(result.wastedPercent).toBeCloseTo((wasted / result.totalBytes) * 100, 10)
    expect(result.efficiency).toBeCloseTo(1 - wasted / result.totalBytes, 12)
  })

  test('overwritten and deleted files, whiteouts and an opaque directory (crane layers)', async () => {
    const result = await audit(
      craneWasteImage(work, 'removed', [
        {
          files: {
            'etc/app.conf': 'a'.repeat(100),
            'var/old/x': 'x'.repeat(30),
            'var/old/y': 'y'.repeat(20),
            'opt/d/old': 'o'.repeat(50),
            'opt/d/keep-name': 'k'.repeat(5)
          }
        },
        {
          files: {
            'etc/app.conf': 'b'.repeat(10),
            'var/.wh.old': '',
            'opt/d/.wh..wh..opq': '',
            'opt/d/new': 'n'
          }
        }
      ])
    )
    expect(kinds(result)).toEqual(['deleted@0 105', 'overwritten@0 100'])
    const deleted = result.findings.find(f => f.kind === 'deleted')
    expect(deleted?.paths).toEqual(['/opt/d/keep-name', '/opt/d/old', '/var/old/x', '/var/old/y'])
    expect(deleted?.message).toBe(
      '4 files (105 B) in layer 1 are deleted by layer 2, but the bytes still ship in layer 1'
    )
    expect(result.layers.map(l => [l.added, l.changed, l.deleted])).toEqual([
      [10, 0, 0],
      // etc, opt, opt/d, var (directory entries again) and etc/app.conf; opt/d/new; the 5 hidden.
      [1, 5, 5]
    ])
    expect(result.layers[0]?.wastedBytes).toBe(205)
    expect(result.files.map(f => f.path)).toEqual(['/etc/app.conf', '/opt/d/new'])
  })

  test('deleted and rewritten files as umoci writes them (zstd layers, its own whiteouts)', async () => {
    const layout = path.join(work, 'umoci')
    const bundle = path.join(work, 'umoci-bundle')
    runTool('umoci', ['init', '--layout', layout])
    runTool('umoci', ['new', '--image', `${layout}:app`])
    runTool('umoci', ['unpack', '--rootless', '--image', `${layout}:app`, bundle])
    const rootfs = path.join(bundle, 'rootfs')
    const repack = () =>
      runTool('umoci', ['repack', '--compress', 'zstd', '--image', `${layout}:app`, bundle])
    writeTree(rootfs, {
      'root/go/pkg/mod/cache/download/example.com/greet/@v/v1.0.0.zip': 'z'.repeat(400),
      'app/server': bin(go.server),
      'etc/motd': 'one'
    })
    repack()
    // repack builds on the manifest the bundle was unpacked from: unpack the new one again.
    rmSync(bundle, { recursive: true })
    runTool('umoci', ['unpack', '--rootless', '--image', `${layout}:app`, bundle])
    rmSync(path.join(rootfs, 'root', 'go'), { recursive: true })
    writeTree(rootfs, { 'etc/motd': 'two!' })
    repack()
    const result = await audit(layout)
    expect(result.layers).toHaveLength(2)
    expect(kinds(result)).toEqual(['deleted@0 400', 'overwritten@0 3'])
    const deleted = result.findings.find(f => f.kind === 'deleted')
    expect(deleted?.message).toContain('mostly the Go module cache /root/go/pkg/mod')
    expect(deleted?.fix).toContain('RUN --mount=type=cache,target=/root/go/pkg/mod')
  })

  test('the same content in two layers: the later copy is a duplicate', async () => {
    const result = await audit(
      craneWasteImage(work, 'duplicate', [
        { files: { 'app/server': bin(go.server) } },
        { files: { 'usr/local/bin/server': bin(go.server), 'etc/hostname': 'app\n' } }
      ])
    )
    expect(kinds(result)).toEqual([`duplicate@1 ${serverSize}`])
    expect(result.findings[0]?.message).toBe(
      `1 file (${(serverSize / 1024 / 1024).toFixed(1)} MB) in layer 2 repeats content already in layer 1 (e.g. /usr/local/bin/server = /app/server)`
    )
    expect(result.goBinaries.map(b => b.path)).toEqual(['/app/server', '/usr/local/bin/server'])
    expect(result.efficiency).toBeCloseTo(1 - serverSize / (2 * serverSize + 4), 12)
  })
})
