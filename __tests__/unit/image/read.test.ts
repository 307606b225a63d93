/**
 * The daemon-less image reader against real images: built by crane (pushed to a local
 * docker-registry, then pulled as an OCI layout, a multi-arch index and a tarball), skopeo
 * (oci-archive and docker-archive) and umoci (zstd layers), with Go binaries cross-built here.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tar from 'tar-stream'
import {
  ImageError,
  openImage,
  type ImageFile,
  type ReadLimits
} from '../../../src/core/image/index.js'
import { BufferSource, readBuildInfoFrom } from '../../../src/core/buildinfo/index.js'
import {
  craneIndexAppend,
  cranePlatformPush,
  runTool,
  startRegistry,
  tarDirectory,
  type Registry
} from '../../helpers/images.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'

const describeImages = describeIfTool([
  'go1.27',
  'crane',
  'umoci',
  'skopeo',
  'docker-registry',
  'busybox',
  'musl'
])

const ARCHES = ['amd64', 'arm64'] as const

describeImages('image reader on real images', () => {
  let work: string
  let registry: Registry | undefined
  const binaries: Record<string, Buffer> = {}
  const paths: Record<string, string> = {}

  function write(file: string, content: string | Buffer): void {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }

  /** A layer tar written entry by entry, for names no honest `tar` would write. */
  async function handMadeLayer(
    file: string,
    entries: { name: string; content: Buffer }[]
  ): Promise<string> {
    const pack = tar.pack()
    const chunks: Buffer[] = []
    pack.on('data', chunk => {
      chunks.push(chunk as Buffer)
    })
    const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
    for (const entry of entries)
      pack.entry({ name: entry.name, size: entry.content.length }, entry.content)
    pack.finalize()
    await done
    writeFileSync(file, Buffer.concat(chunks))
    return file
  }

  function craneTarball(name: string, layers: string[]): string {
    const out = path.join(work, `${name}-image.tar`)
    runTool('crane', [
      'append',
      '--oci-empty-base',
      ...layers.flatMap(l => ['-f', l]),
      '-t',
      `${name}:latest`,
      '-o',
      out
    ])
    return out
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-'))
    // Go binaries for two platforms.
    const src = path.join(work, 'src')
    write(path.join(src, 'go.mod'), 'module example.com/server\n\ngo 1.27\n')
    write(
      path.join(src, 'main.go'),
      'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("serving") }\n'
    )
    for (const arch of ARCHES) {
      const out = path.join(work, `server-${arch}`)
      execFileSync('go', ['build', '-trimpath', '-o', out, '.'], {
        cwd: src,
        env: goEnv('1.27', { GOOS: 'linux', GOARCH: arch, CGO_ENABLED: '0' })
      })
      binaries[arch] = readFileSync(out)
    }
    // Layer 1: a busybox root with musl's loader and some temp files; layer 2: the app;
    // layer 3: whiteouts (a deleted directory, an opaque directory refilled).
    const base = path.join(work, 'base')
    copyFileSync(
      realpathSync(requireTool('busybox')),
      path.join((mkdirSync(path.join(base, 'bin'), { recursive: true }), base), 'bin', 'busybox')
    )
    mkdirSync(path.join(base, 'lib'), { recursive: true })
    copyFileSync(realpathSync(requireTool('musl')), path.join(base, 'lib', 'ld-musl-x86_64.so.1'))
    write(path.join(base, 'etc', 'hostname'), 'base\n')
    write(path.join(base, 'tmp', 'cache', 'a.txt'), 'a\n')
    write(path.join(base, 'tmp', 'cache', 'b.txt'), 'b\n')
    write(path.join(base, 'var', 'old', 'x.txt'), 'x\n')
    const baseTar = tarDirectory(base, path.join(work, 'base.tar'))
    const whiteouts = path.join(work, 'wh')
    write(path.join(whiteouts, 'var', '.wh.old'), '')
    write(path.join(whiteouts, 'tmp', 'cache', '.wh..wh..opq'), '')
    write(path.join(whiteouts, 'tmp', 'cache', 'c.txt'), 'c\n')
    const whiteoutTar = tarDirectory(whiteouts, path.join(work, 'wh.tar'))

    registry = await startRegistry(path.join(work, 'registry'))
    const repo = `${registry.host}/app`
    for (const arch of ARCHES) {
      const app = path.join(work, `app-${arch}`)
      write(path.join(app, 'app', 'server'), binaries[arch] ?? '')
      chmodSync(path.join(app, 'app', 'server'), 0o755)
      write(path.join(app, 'etc', 'hostname'), 'app\n')
      const appTar = tarDirectory(app, path.join(work, `app-${arch}.tar`))
      cranePlatformPush(`${repo}:${arch}`, `linux/${arch}`, [baseTar, appTar, whiteoutTar])
    }
    craneIndexAppend(`${repo}:multi`, [`${repo}:amd64`, `${repo}:arm64`])
    paths.layout = path.join(work, 'layout')
    runTool('crane', ['pull', '--format', 'oci', `${repo}:amd64`, paths.layout])
    paths.index = path.join(work, 'index')
    runTool('crane', ['pull', '--format', 'oci', `${repo}:multi`, paths.index])
    paths.craneTarball = path.join(work, 'crane.tar')
    runTool('crane', ['pull', `${repo}:amd64`, paths.craneTarball])
    paths.ociArchive = path.join(work, 'skopeo-oci.tar')
    runTool('skopeo', [
      'copy',
      '--insecure-policy',
      '--src-tls-verify=false',
      `docker://${repo}:amd64`,
      `oci-archive:${paths.ociArchive}:app`
    ])
    paths.dockerArchive = path.join(work, 'skopeo-docker.tar')
    runTool('skopeo', [
      'copy',
      '--insecure-policy',
      '--src-tls-verify=false',
      `docker://${repo}:amd64`,
      `docker-archive:${paths.dockerArchive}:app:amd64`
    ])

    // umoci: the same three layers, compressed with zstd.
    paths.umoci = path.join(work, 'umoci')
    const bundle = path.join(work, 'bundle')
    runTool('umoci', ['init', '--layout', paths.umoci])
    runTool('umoci', ['new', '--image', `${paths.umoci}:app`])
    runTool('umoci', ['unpack', '--rootless', '--image', `${paths.umoci}:app`, bundle])
    const rootfs = path.join(bundle, 'rootfs')
    cpSync(base, rootfs, { recursive: true })
    runTool('umoci', ['repack', '--compress', 'zstd', '--image', `${paths.umoci}:app`, bundle])
    cpSync(path.join(work, 'app-amd64'), rootfs, { recursive: true })
    runTool('umoci', ['repack', '--compress', 'zstd', '--image', `${paths.umoci}:app`, bundle])
    rmSync(path.join(rootfs, 'var', 'old'), { recursive: true })
    rmSync(path.join(rootfs, 'tmp', 'cache'), { recursive: true })
    write(path.join(rootfs, 'tmp', 'cache', 'c.txt'), 'c\n')
    runTool('umoci', ['repack', '--compress', 'zstd', '--image', `${paths.umoci}:app`, bundle])
  }, 300_000)

  afterAll(async () => {
    await registry?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  function summary(files: ImageFile[]): string[] {
    return files.map(file =>
      `${file.path} ${file.type} ${file.type === 'file' ? `${file.size} ${file.digest}` : ''}`.trim()
    )
  }

  async function readOnly(target: string, limits: Partial<ReadLimits> = {}): Promise<ImageFile[]> {
    const image = await openImage(target)
    expect(image.images).toHaveLength(1)
    const only = image.images[0]
    if (only === undefined) throw new Error('no image')
    return (await image.readFileSystem(only, limits)).files
  }

  test('every format reads to the same file system view, whiteouts and opaque dirs applied', async () => {
    const expected = await readOnly(paths.layout ?? '')
    const listed = expected.map(file => file.path)
    expect(listed).toEqual(
      expect.arrayContaining([
        '/app/server',
        '/bin/busybox',
        '/etc/hostname',
        '/lib/ld-musl-x86_64.so.1',
        '/tmp/cache/c.txt'
      ])
    )
    expect(listed).not.toContain('/var/old')
    expect(listed).not.toContain('/var/old/x.txt')
    expect(listed).not.toContain('/tmp/cache/a.txt')
    expect(listed).not.toContain('/tmp/cache/b.txt')
    const server = expected.find(file => file.path === '/app/server')
    expect(server?.size).toBe(binaries.amd64?.length)
    expect(server?.layer).toBe(1)
    expect(expected.find(file => file.path === '/etc/hostname')?.layer).toBe(1)
    expect(expected.find(file => file.path === '/tmp/cache/c.txt')?.layer).toBe(2)
    for (const target of [paths.craneTarball, paths.ociArchive, paths.dockerArchive, paths.umoci]) {
      expect(summary(await readOnly(target ?? ''))).toEqual(summary(expected))
    }
  })

  test('formats and layer changes are reported', async () => {
    expect((await openImage(paths.layout ?? '')).format).toBe('oci-layout')
    expect((await openImage(paths.ociArchive ?? '')).format).toBe('oci-archive')
    expect((await openImage(paths.dockerArchive ?? '')).format).toBe('docker-archive')
    expect((await openImage(paths.craneTarball ?? '')).format).toBe('docker-archive')
    const umoci = await openImage(paths.umoci ?? '')
    expect(umoci.images[0]?.layers.every(layer => layer.mediaType.endsWith('+zstd'))).toBe(true)
    const image = await openImage(paths.layout ?? '')
    const view = await image.readFileSystem(image.images[0]!)
    expect(view.layers).toHaveLength(3)
    // Layer 3 deletes /var/old and its file, and hides a.txt and b.txt.
    expect(view.layers[2]?.deleted).toBe(4)
    expect(view.layers[1]?.changed).toBeGreaterThanOrEqual(1)
  })

  test('a multi-arch index yields one image per platform with its own binary', async () => {
    const image = await openImage(paths.index ?? '')
    expect(image.isIndex).toBe(true)
    const platforms = image.images.map(i => `${i.platform.os}/${i.platform.architecture}`).sort()
    expect(platforms).toEqual(['linux/amd64', 'linux/arm64'])
    for (const platformImage of image.images) {
      // Executables are handed over as they stream by; the build-info reader finds the Go one.
      const view = await image.readFileSystem(
        platformImage,
        {},
        {
          wants: file => (file.mode & 0o111) !== 0,
          inspect: async (_file, content) => {
            try {
              return (await readBuildInfoFrom(new BufferSource(content))).slices[0]?.goarch
            } catch {
              return undefined
            }
          }
        }
      )
      const server = view.files.find(file => file.path === '/app/server')
      expect(server?.size).toBe(binaries[platformImage.platform.architecture]?.length)
      expect([...view.inspected]).toEqual([['/app/server', platformImage.platform.architecture]])
    }
  })

  function layerBlobs(layout: string): string[] {
    const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[]
    }
    const manifestDigest = index.manifests[0]?.digest ?? ''
    const manifest = JSON.parse(
      readFileSync(path.join(layout, 'blobs', ...manifestDigest.split(':')), 'utf8')
    ) as {
      layers: { digest: string }[]
    }
    return manifest.layers.map(layer => layer.digest)
  }

  function copyLayout(name: string): string {
    const copy = path.join(work, name)
    cpSync(paths.layout ?? '', copy, { recursive: true })
    return copy
  }

  async function rejection(promise: Promise<unknown>): Promise<ImageError> {
    try {
      await promise
    } catch (error) {
      expect(error).toBeInstanceOf(ImageError)
      return error as ImageError
    }
    throw new Error('expected an ImageError')
  }

  test('a layer whose bytes do not match its digest is one clear error naming the blob', async () => {
    const layout = copyLayout('corrupt')
    const digest = layerBlobs(layout)[1] ?? ''
    const blob = path.join(layout, 'blobs', ...digest.split(':'))
    const bytes = readFileSync(blob)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    writeFileSync(blob, bytes)
    const image = await openImage(layout)
    const error = await rejection(image.readFileSystem(image.images[0]!))
    expect(error.kind).toBe('digest')
    expect(error.message).toContain(`does not match its digest ${digest}`)
  })

  test('a truncated layer is one clear error', async () => {
    const layout = copyLayout('truncated')
    const digest = layerBlobs(layout)[1] ?? ''
    const blob = path.join(layout, 'blobs', ...digest.split(':'))
    truncateSync(blob, Math.floor(statSync(blob).size / 2))
    const image = await openImage(layout)
    const error = await rejection(image.readFileSystem(image.images[0]!))
    expect(error.kind).toBe('truncated')
    expect(error.message).toContain('layer 2 of 3')
  })

  test('a manifest pointing at a missing blob is one clear error', async () => {
    const layout = copyLayout('missing')
    const digest = layerBlobs(layout)[0] ?? ''
    rmSync(path.join(layout, 'blobs', ...digest.split(':')))
    const image = await openImage(layout)
    const error = await rejection(image.readFileSystem(image.images[0]!))
    expect(error.kind).toBe('missing-blob')
    expect(error.message).toContain(digest.replace(':', '/'))
  })

  test('a truncated archive is refused when opened', async () => {
    const copy = path.join(work, 'truncated-archive.tar')
    copyFileSync(paths.ociArchive ?? '', copy)
    truncateSync(copy, Math.floor(statSync(copy).size / 3))
    const error = await rejection(openImage(copy))
    expect(['truncated', 'missing-blob', 'format']).toContain(error.kind)
  })

  test('zip-slip names (.. and absolute) are refused', async () => {
    for (const name of ['../../etc/passwd', '/etc/shadow', 'usr/../../escape']) {
      const layer = await handMadeLayer(path.join(work, 'evil.tar'), [
        { name, content: Buffer.from('x') }
      ])
      const archive = craneTarball(`evil-${name.length}`, [layer])
      const error = await rejection(readOnly(archive))
      expect(error.kind).toBe('unsafe-path')
      expect(error.message).toContain(name)
    }
  })

  test('a layer bomb hits the documented caps', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024)
    const big = await handMadeLayer(path.join(work, 'bomb.tar'), [
      { name: 'zeros', content: zeros }
    ])
    const archive = craneTarball('bomb', [big])
    // crane stores a gzip layer: 8 MiB of zeros are a few KiB on disk.
    const bytesError = await rejection(readOnly(archive, { maxLayerBytes: 1024 * 1024 }))
    expect(bytesError.kind).toBe('limit')
    expect(bytesError.message).toContain('1048576 bytes')
    const many = await handMadeLayer(
      path.join(work, 'many.tar'),
      Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, content: Buffer.alloc(0) }))
    )
    const entriesError = await rejection(
      readOnly(craneTarball('many', [many]), { maxLayerEntries: 10 })
    )
    expect(entriesError.kind).toBe('limit')
    expect(entriesError.message).toContain('more than 10 entries')
  })

  test('input that is not an image is one clear error', async () => {
    const empty = path.join(work, 'empty-dir')
    mkdirSync(empty)
    expect((await rejection(openImage(empty))).kind).toBe('format')
    expect((await rejection(openImage(path.join(work, 'nope')))).kind).toBe('unreadable')
    expect(readdirSync(work)).toContain('layout')
  })
})
