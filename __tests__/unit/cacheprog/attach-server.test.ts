import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
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

async function waitFor(file: string): Promise<string> {
  for (let waited = 0; waited < 5000; waited += 10) {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      await new Promise(resolve => setTimeout(resolve, 10))
    }
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
