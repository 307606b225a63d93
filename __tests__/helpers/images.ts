/**
 * Real container images for tests, built offline with the real tools in .tools: a CNCF
 * distribution registry on 127.0.0.1 (docker-registry), crane, umoci and skopeo.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { writeGoProxy } from './goproxy.js'
import { goEnv, requireTool, type ToolName } from './tools.js'

/** Runs a tool from .tools and returns its stdout; a failure throws with its stderr. */
export function runTool(
  name: ToolName,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): string {
  try {
    return execFileSync(requireTool(name), args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024
    })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new Error(
      `${name} ${args.join(' ')} failed: ${stderr.trim() || (error as Error).message}`
    )
  }
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export interface Registry {
  /** host:port, e.g. 127.0.0.1:40123 (crane and skopeo treat it as plain HTTP). */
  host: string
  stop(): Promise<void>
}

/** Starts docker-registry with its storage under `dir`; resolves once /v2/ answers. */
export async function startRegistry(dir: string): Promise<Registry> {
  const binary = requireTool('docker-registry')
  const port = await freePort()
  mkdirSync(path.join(dir, 'storage'), { recursive: true })
  const config = path.join(dir, 'config.yml')
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'storage')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      ''
    ].join('\n')
  )
  const child: ChildProcess = spawn(binary, ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const host = `127.0.0.1:${port}`
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`)
    try {
      const response = await fetch(`http://${host}/v2/`)
      if (response.ok) {
        return {
          host,
          stop: async () => {
            if (child.exitCode !== null) return
            await new Promise<void>(resolve => {
              child.once('exit', () => resolve())
              child.kill('SIGTERM')
            })
          }
        }
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  child.kill('SIGTERM')
  throw new Error(`docker-registry did not answer on ${host}: ${stderr}`)
}

/** `tar -cf` of a directory's contents (entries named ./…), as a Dockerfile layer would hold. */
export function tarDirectory(dir: string, out: string): string {
  execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '-C', dir, '-cf', out, '.'])
  return out
}

// --- waste images (image-waste helper) ---

/** Go binaries and real Go caches for the waste-analysis images, built offline by Go 1.27. */
export interface WasteGoFixtures {
  /** linux/amd64, CGO_ENABLED=0, -trimpath: a static Go binary. */
  server: string
  /** linux/arm64, static. */
  serverArm64: string
  /** `go test -c` of the same package (linux/amd64, static). */
  serverTest: string
  /** -buildmode=pie asking for musl's loader: a dynamic Go binary without cgo. */
  serverDynamic: string
  /** The GOMODCACHE the build filled from an offline proxy (one dependency). */
  modCache: string
  /** The GOCACHE the builds filled. */
  buildCache: string
}

/** Builds the server (with one dependency from a file:// proxy) in every form the tests need. */
export function buildWasteGoFixtures(
  work: string,
  env: (extra: Record<string, string>) => NodeJS.ProcessEnv
): WasteGoFixtures {
  const proxyDir = path.join(work, 'proxy')
  mkdirSync(proxyDir, { recursive: true })
  const proxy = writeGoProxy(proxyDir, [
    {
      path: 'example.com/greet',
      version: 'v1.0.0',
      files: { 'greet.go': 'package greet\n\nfunc Hello() string { return "hello" }\n' }
    }
  ])
  const src = path.join(work, 'server-src')
  mkdirSync(src, { recursive: true })
  writeFileSync(
    path.join(src, 'go.mod'),
    'module example.com/server\n\ngo 1.27\n\nrequire example.com/greet v1.0.0\n'
  )
  writeFileSync(
    path.join(src, 'main.go'),
    'package main\n\nimport (\n\t"os"\n\n\t"example.com/greet"\n)\n\nfunc main() { os.Stdout.WriteString(greet.Hello()) }\n'
  )
  writeFileSync(
    path.join(src, 'main_test.go'),
    'package main\n\nimport "testing"\n\nfunc TestMain(t *testing.T) {}\n'
  )
  const modCache = path.join(work, 'gomodcache')
  const buildCache = path.join(work, 'gocache')
  const base = {
    GOPROXY: proxy,
    GOFLAGS: '-mod=mod',
    GOMODCACHE: modCache,
    GOCACHE: buildCache,
    GOPATH: path.join(work, 'gopath'),
    CGO_ENABLED: '0',
    GOOS: 'linux',
    GOARCH: 'amd64'
  }
  const go = (args: string[], extra: Record<string, string> = {}): void => {
    execFileSync('go', args, { cwd: src, env: env({ ...base, ...extra }), stdio: 'pipe' })
  }
  const out = (name: string): string => path.join(work, name)
  go(['build', '-trimpath', '-o', out('server'), '.'])
  go(['test', '-c', '-o', out('server.test'), '.'])
  go([
    'build',
    '-buildmode=pie',
    '-ldflags=-I=/lib/ld-musl-x86_64.so.1',
    '-o',
    out('server-pie'),
    '.'
  ])
  go(['build', '-trimpath', '-o', out('server-arm64'), '.'], { GOARCH: 'arm64' })
  return {
    server: out('server'),
    serverArm64: out('server-arm64'),
    serverTest: out('server.test'),
    serverDynamic: out('server-pie'),
    modCache,
    buildCache
  }
}

/** A file to put in a layer: its content (or a file to copy) and mode (default 0644). */
export type TreeFile =
  string | Buffer | { from: string; mode?: number } | { content: string | Buffer; mode: number }

/** Writes `files` (paths relative to the root, `.wh.` names for whiteouts) under `dir`. */
export function writeTree(dir: string, files: Record<string, TreeFile>): string {
  for (const [name, spec] of Object.entries(files)) {
    const target = path.join(dir, name)
    mkdirSync(path.dirname(target), { recursive: true })
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) {
      writeFileSync(target, spec)
      continue
    }
    if ('from' in spec) copyFileSync(spec.from, target)
    else writeFileSync(target, spec.content)
    chmodSync(target, spec.mode ?? 0o644)
  }
  return dir
}

/**
 * A docker-archive image (what `crane append -o` writes) of layers, each given as a tree of
 * files and, optionally, directories copied in at a path (e.g. a real module cache).
 */
export function craneWasteImage(
  work: string,
  name: string,
  layers: { files?: Record<string, TreeFile>; copies?: { from: string; to: string }[] }[]
): string {
  const tars = layers.map((layer, index) => {
    const dir = path.join(work, `${name}-layer${index}`)
    mkdirSync(dir, { recursive: true })
    writeTree(dir, layer.files ?? {})
    for (const copy of layer.copies ?? []) {
      cpSync(copy.from, path.join(dir, copy.to), { recursive: true })
    }
    return tarDirectory(dir, path.join(work, `${name}-layer${index}.tar`))
  })
  const out = path.join(work, `${name}.tar`)
  runTool('crane', [
    'append',
    '--oci-empty-base',
    ...tars.flatMap(tar => ['-f', tar]),
    '-t',
    `${name}:latest`,
    '-o',
    out
  ])
  return out
}

/** Makes a work dir removable (Go leaves its module cache read-only), then removes it. */
export function removeWork(work: string): void {
  execFileSync('chmod', ['-R', 'u+w', work])
  rmSync(work, { recursive: true, force: true })
}

// --- action images (image-action helper) ---

/**
 * Cross-builds a static (CGO_ENABLED=0), -trimpath Go program `example.com/<name>` for
 * linux/<goarch> with Go 1.27, offline; returns the binary's path under `work`.
 */
export function buildStaticGo(work: string, goarch: string, name = 'app'): string {
  const src = path.join(work, `src-${name}`)
  mkdirSync(src, { recursive: true })
  writeFileSync(path.join(src, 'go.mod'), `module example.com/${name}\n\ngo 1.27\n`)
  writeFileSync(path.join(src, 'main.go'), 'package main\n\nfunc main() { println("hi") }\n')
  const out = path.join(work, 'bin', `${name}-linux-${goarch}`)
  execFileSync('go', ['build', '-trimpath', '-o', out, '.'], {
    cwd: src,
    env: goEnv('1.27', { GOOS: 'linux', GOARCH: goarch, CGO_ENABLED: '0' })
  })
  chmodSync(out, 0o755)
  return out
}

export interface UmociLayer {
  /** A file or directory on disk, inserted at `target`. */
  source: string
  target: string
  /** The history line, as BuildKit writes it, e.g. `RUN /bin/sh -c go build … # buildkit`. */
  createdBy: string
}

/**
 * An OCI image layout at `out` (tag latest) built by umoci: one layer per entry, each with
 * its history line, so the layers can be matched to Dockerfile lines.
 */
export function umociLayout(
  out: string,
  platform: { os: string; architecture: string },
  layers: UmociLayer[]
): string {
  runTool('umoci', ['init', '--layout', out])
  runTool('umoci', ['new', '--image', `${out}:latest`])
  runTool('umoci', [
    'config',
    '--image',
    `${out}:latest`,
    '--no-history',
    '--os',
    platform.os,
    '--architecture',
    platform.architecture
  ])
  for (const layer of layers) {
    runTool('umoci', [
      'insert',
      '--rootless',
      '--image',
      `${out}:latest`,
      '--history.created_by',
      layer.createdBy,
      layer.source,
      layer.target
    ])
  }
  return out
}

/** A root file system holding `files` (path in the image → file on disk), as a layer tar. */
export function layerTar(work: string, name: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(work, `rootfs-${name}-`))
  for (const [target, source] of Object.entries(files)) {
    const file = path.join(root, target)
    mkdirSync(path.dirname(file), { recursive: true })
    copyFileSync(source, file)
    chmodSync(file, 0o755)
  }
  const tar = tarDirectory(root, path.join(work, `${name}.tar`))
  rmSync(root, { recursive: true, force: true })
  return tar
}

/**
 * Pushes an image of `layers` (tar files, on an empty base) to `ref` (host/repo:tag) for
 * `platform` (os/arch): `crane append` to `<ref>-raw`, then `crane mutate --set-platform`.
 */
export function cranePlatformPush(ref: string, platform: string, layers: string[]): string {
  const raw = `${ref}-raw`
  runTool('crane', ['append', '--oci-empty-base', ...layers.flatMap(l => ['-f', l]), '-t', raw])
  runTool('crane', ['mutate', raw, '--set-platform', platform, '-t', ref])
  return ref
}

/** Joins pushed images (`refs`) in an index tagged `index` (`crane index append`). */
export function craneIndexAppend(index: string, refs: string[]): string {
  runTool('crane', ['index', 'append', ...refs.flatMap(ref => ['-m', ref]), '-t', index])
  return index
}

/**
 * Pushes one single-layer image per platform (`os/arch`) to the registry at `host` and joins
 * them in an index (`crane index append`) tagged `host/repo:tag`; returns that reference.
 */
export function craneIndexPush(
  host: string,
  repo: string,
  tag: string,
  images: { platform: string; layer: string }[]
): string {
  const refs: string[] = []
  for (const [i, image] of images.entries()) {
    const ref = `${host}/${repo}:${tag}-platform-${i}`
    cranePlatformPush(ref, image.platform, [image.layer])
    refs.push(ref)
  }
  const index = `${host}/${repo}:${tag}`
  craneIndexAppend(index, refs)
  return index
}

/**
 * A multi-arch OCI layout at `out`: the images of craneIndexPush, pushed to a docker-registry
 * on 127.0.0.1 and pulled back as an OCI layout. The registry is stopped before this returns.
 */
export async function craneIndexLayout(
  work: string,
  out: string,
  images: { platform: string; layer: string }[]
): Promise<string> {
  const registry = await startRegistry(mkdtempSync(path.join(work, 'registry-')))
  try {
    const index = craneIndexPush(registry.host, 'app', 'index', images)
    runTool('crane', ['pull', '--format', 'oci', index, out])
  } finally {
    await registry.stop()
  }
  return out
}
