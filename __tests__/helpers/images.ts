/**
 * Real container images for tests, built offline with the real tools in .tools: a CNCF
 * distribution registry on 127.0.0.1 (docker-registry), crane, umoci and skopeo.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { requireTool, type ToolName } from './tools.js'

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
