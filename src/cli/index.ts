#!/usr/bin/env node
import { fstatSync } from 'node:fs'
import { commandSafeWriter } from '../core/workflow-commands.js'
import { runCli } from './main.js'

/**
 * In a workflow step the runner reads this process's output for workflow
 * commands, so no line (a file name with a newline in it, say) may look like
 * one. Output redirected to a file never reaches the runner and stays byte-exact.
 */
function reachesRunner(fd: number): boolean {
  if (process.env.GITHUB_ACTIONS !== 'true') return false
  try {
    return !fstatSync(fd).isFile()
  } catch {
    return true
  }
}

function streamWriter(stream: NodeJS.WriteStream, fd: number) {
  const raw = (text: string) => void stream.write(text)
  return reachesRunner(fd) ? commandSafeWriter(raw) : { write: raw, end() {} }
}

const stdout = streamWriter(process.stdout, 1)
const stderr = streamWriter(process.stderr, 2)
const io = {
  stdout: (text: string) => stdout.write(text),
  stderr: (text: string) => stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}

process.exitCode = await runCli(process.argv.slice(2), io)
stdout.end()
stderr.end()
