/** Runs the built CLI (dist/cli/index.js) in a child process. */
import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  options: Pick<SpawnOptions, 'uid' | 'gid'> = {}
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', chunk => out.push(chunk))
    child.stderr.on('data', chunk => err.push(chunk))
    child.on('error', reject)
    child.on('close', code =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString()
      })
    )
  })
}
