/** The built CLI (dist/cli/index.js) as a whole process, for e2e tests. */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { repoRoot } from '../harness/runner.js'

export const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `go-ci-kit ARGS` in `cwd` with the test's environment plus `env`. */
export function runCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<CliResult> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 64 << 20, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr })
      }
    )
  })
}
