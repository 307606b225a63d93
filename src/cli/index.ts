#!/usr/bin/env node
import { fstatSync } from 'node:fs'
import nodeModule from 'node:module'
import { commandSafeWriter } from '../core/workflow-commands.js'
import { runCli } from './main.js'

/**
 * Node 22.8 and later keep V8's compiled code of what loads from here on (each
 * command's chunks; cacheprog's at every go command) in NODE_COMPILE_CACHE, else
 * <tmpdir>/node-compile-cache, and reuse it in the next process. A directory it
 * cannot write only means no cache (Node reports that as a status, not an
 * error); NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such call.
 */
function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache
  try {
    enable?.()
  } catch {
    // A cache is an optimization: without one the command runs the same.
  }
}

enableCompileCache()

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

/**
 * Set up on first use: process.stdout and process.stderr are created when first
 * read, which for a pipe loads the net and stream modules, and `cacheprog`
 * serving the go command (started for every go command) writes to neither.
 */
function lazyWriter(stream: () => NodeJS.WriteStream, fd: number) {
  let writer: ReturnType<typeof streamWriter> | undefined
  return {
    write: (text: string) => (writer ??= streamWriter(stream(), fd)).write(text),
    end: () => writer?.end()
  }
}

const stdout = lazyWriter(() => process.stdout, 1)
const stderr = lazyWriter(() => process.stderr, 2)
const io = {
  stdout: (text: string) => stdout.write(text),
  stderr: (text: string) => stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}

process.exitCode = await runCli(process.argv.slice(2), io)
stdout.end()
stderr.end()
