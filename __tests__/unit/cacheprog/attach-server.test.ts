import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {
  runCacheServer,
  type CacheServerResult
} from '../../../src/core/cacheprog/attach-server.js'
import { LocalTier } from '../../../src/core/cacheprog/local-tier.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-attach-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function waitFor(file: string, ready = (_text: string) => true): Promise<string> {
  for (let waited = 0; waited < 5000; waited += 10) {
    try {
      const text = readFileSync(file, 'utf8')
      if (ready(text)) return text
    } catch {
      // not there yet
    }
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  throw new Error(`no ${file}`)
}

/** Sends one line to the server and returns everything it answers before it hangs up. */
function ask(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
    socket.write(line)
  })
}

describe('runCacheServer', () => {
  it('writes a 0700 relay once it listens, refuses what is not its relay, and stops when idle', async () => {
    const relay = path.join(root, 'relay.sh')
    const logged: string[] = []
    const running: Promise<CacheServerResult> = runCacheServer({
      dir: path.join(root, 'tier'),
      relayScript: relay,
      fallback: ['/bin/false'],
      signal: new AbortController().signal,
      idleExitMs: 1500,
      log: message => logged.push(message)
    })
    const script = await waitFor(relay)
    expect(statSync(relay).mode & 0o777).toBe(0o700)
    const port = Number(/\/dev\/tcp\/127\.0\.0\.1\/(\d+)/.exec(script)![1])
    const token = /"\$\$" '([0-9a-f]+)'/.exec(script)![1]!
    expect(await ask(port, 'hello\n')).toBe('no\n')
    expect(await ask(port, `${process.pid} ${'0'.repeat(token.length)}\n`)).toBe('no\n')
    expect(await ask(port, 'x'.repeat(300))).toBe('no\n')
    // The right token, but this process is not running the relay (its fds 4 and 5 stay untouched).
    expect(await ask(port, `${process.pid} ${token}\n`)).toBe('no\n')
    const result = await running
    expect(result).toEqual({ attached: 0, refused: 4 })
    expect(logged).toEqual([
      'refused a connection: not a relay line',
      'refused a connection: wrong token',
      'refused a connection: line too long',
      `cannot attach go command ${process.pid}: the process is not running the relay`
    ])
  })
})

describe('runCacheServer with a real relay', () => {
  it('serves an attached command through its pipes and is not idle while one is attached', async () => {
    const relay = path.join(root, 'relay-live.sh')
    let settled = false
    const running = runCacheServer({
      dir: path.join(root, 'tier-live'),
      relayScript: relay,
      fallback: ['/bin/false'],
      signal: new AbortController().signal,
      idleExitMs: 1500
    }).finally(() => (settled = true))
    await waitFor(relay)
    // The relay between two real pipes (as cmd/go starts it): its stdin ends after 5 s.
    const out = path.join(root, 'relay-live.out')
    const pipeline = spawn('sh', ['-c', `sleep 5 | bash '${relay}' | cat > '${out}'`])
    // Attached once the server's first reply is in the output; then past the idle time and the stop's grace.
    await waitFor(out, text => text.length > 0)
    await new Promise(resolve => setTimeout(resolve, 3000))
    expect(settled).toBe(false)
    expect(await new Promise(resolve => pipeline.on('close', resolve))).toBe(0)
    expect(await running).toEqual({ attached: 1, refused: 0 })
    expect(readFileSync(out, 'utf8')).toBe('{"ID":0,"KnownCommands":["get","put","close"]}\n')
  }, 20_000)
})

describe('LocalTier with remember', () => {
  it('answers an entry it read or wrote from memory', () => {
    const dir = path.join(root, 'remember')
    const writer = new LocalTier(dir)
    const id = 'a'.repeat(64)
    const output = 'b'.repeat(64)
    writer.put(id, output, Buffer.from('body'), 1000)
    const server = new LocalTier(dir, { remember: true })
    const first = server.get(id)
    expect(first).toMatchObject({ outputId: output, size: 4, timeMs: 1000 })
    rmSync(writer.actionPath(id))
    expect(server.get(id)).toEqual(first)
    expect(new LocalTier(dir).get(id)).toBeUndefined()
  })
})
