/**
 * Real container images for tests, built offline with the real tools in .tools: a CNCF
 * distribution registry on 127.0.0.1 (docker-registry), crane, umoci and skopeo.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
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
 * A multi-arch OCI layout at `out`: one single-layer image per platform (`os/arch`), pushed
 * by crane to a docker-registry on 127.0.0.1, joined in an index (`crane index append`) and
 * pulled back as an OCI layout. The registry is stopped before this returns.
 */
export async function craneIndexLayout(
  work: string,
  out: string,
  images: { platform: string; layer: string }[]
): Promise<string> {
  const registry = await startRegistry(mkdtempSync(path.join(work, 'registry-')))
  try {
    const refs: string[] = []
    for (const [i, image] of images.entries()) {
      const raw = `${registry.host}/app:raw-${i}`
      const ref = `${registry.host}/app:platform-${i}`
      runTool('crane', ['append', '--oci-empty-base', '-f', image.layer, '-t', raw])
      runTool('crane', ['mutate', raw, '--set-platform', image.platform, '-t', ref])
      refs.push(ref)
    }
    const index = `${registry.host}/app:index`
    runTool('crane', ['index', 'append', ...refs.flatMap(ref => ['-m', ref]), '-t', index])
    runTool('crane', ['pull', '--format', 'oci', index, out])
  } finally {
    await registry.stop()
  }
  return out
}
