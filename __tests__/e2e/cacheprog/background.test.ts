/**
 * `go-ci-kit cacheprog restore --prefetch --pid-file FILE` (the built CLI) as
 * the background process the cache action's post step stops: it writes its
 * pid, and on SIGTERM it gives up its requests and exits by itself, removing
 * the pid file and leaving no temp file. The remote is the local S3 server
 * with requests that are never answered, so the prefetch can only hang.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startS3Server, type S3Server } from '../../harness/s3-server.js'
import { repoRoot } from '../../harness/runner.js'

let server: S3Server
let root: string

beforeAll(async () => {
  server = await startS3Server()
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-cacheprog-background-'))
})
afterAll(async () => {
  server.setFault(null)
  await server?.close()
  rmSync(root, { recursive: true, force: true })
})

it('a hanging prefetch with --pid-file exits by itself on SIGTERM and removes its pid file', async () => {
  const dir = path.join(root, 'tier')
  const pidFile = path.join(root, 'prefetch.pid')
  server.setFault('timeout')
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'dist/cli/index.js'),
      'cacheprog',
      'restore',
      '--prefetch',
      '--pid-file',
      pidFile,
      '--dir',
      dir,
      '--s3',
      `s3://${server.bucket}/background`
    ],
    { env: { ...process.env, ...server.env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const closed = new Promise<{ code: number | null; signal: string | null }>(resolve =>
    child.on('close', (code, signal) => resolve({ code, signal }))
  )
  // The pid file is written at start; the request to the remote then hangs.
  for (let attempt = 0; attempt < 300 && !existsSync(pidFile); attempt++) {
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(child.pid))
  for (let attempt = 0; attempt < 300 && server.openRequests() === 0; attempt++) {
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  expect(server.openRequests()).toBeGreaterThan(0)
  child.kill('SIGTERM')
  // Handled: the process exits with a code; SIGTERM's default action would report the signal.
  const exit = await closed
  expect(exit.signal).toBeNull()
  expect(existsSync(pidFile)).toBe(false)
  const left = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : []
  expect(left.filter(name => name.endsWith('.tmp'))).toEqual([])
}, 60_000)
