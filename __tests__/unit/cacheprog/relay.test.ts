import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import net from 'node:net'
import { bashWord, parseAttachLine, relayScript } from '../../../src/core/cacheprog/relay.js'

const token = 'ab'.repeat(24)
const matches = (candidate: string) => candidate === token

describe('bashWord', () => {
  it('quotes every word so that bash reads it back unchanged', () => {
    const words = ['/opt/go ci kit/dist/cli/index.js', "it's", '$HOME `x` "y" \\z', '--dir', '']
    const script = `printf '%s\\0' ${words.map(bashWord).join(' ')}`
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' })
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(words)
  })
})

describe('relayScript', () => {
  const fallback = ['/usr/bin/node', "/opt/it's/cli.js", 'cacheprog', '--dir', '/tmp/d']

  it('connects to the port, sends its pid and the token, and ends with the fallback', () => {
    const script = relayScript({ port: 4321, token, fallback })
    expect(script).toContain('/dev/tcp/127.0.0.1/4321')
    expect(script).toContain(`"$$" '${token}'`)
    expect(script.trimEnd().split('\n').at(-1)).toBe(`exec ${fallback.map(bashWord).join(' ')}`)
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0)
  })

  it('runs the fallback when nothing listens on the port', () => {
    const script = relayScript({ port: 1, token, fallback: ['printf', '%s', 'fell back'] })
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' })
    expect([result.status, result.stdout, result.stderr]).toEqual([0, 'fell back', ''])
  })

  it('runs the fallback when the server hangs up or says no', async () => {
    for (const answer of [undefined, 'no\n']) {
      const server = net.createServer(socket => {
        socket.on('error', () => undefined)
        if (answer === undefined) socket.destroy()
        else socket.end(answer)
      })
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as net.AddressInfo).port
      const script = relayScript({ port, token, fallback: ['printf', '%s', 'fell back'] })
      const child = spawn('bash', ['-c', script])
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      const code = await new Promise(resolve => child.on('close', resolve))
      server.close()
      expect([answer, code, stdout]).toEqual([answer, 0, 'fell back'])
    }
  })

  it('refuses what it cannot write safely', () => {
    expect(() => relayScript({ port: 0, token, fallback })).toThrow('port')
    expect(() => relayScript({ port: 70000, token, fallback })).toThrow('port')
    expect(() => relayScript({ port: 80, token: "x' ; rm -rf /", fallback })).toThrow('token')
    expect(() => relayScript({ port: 80, token, fallback: [] })).toThrow('fallback')
  })
})

describe('parseAttachLine', () => {
  it('takes a pid and the right token', () => {
    expect(parseAttachLine(`1234 ${token}\n`, matches)).toEqual({ pid: 1234 })
  })

  it('refuses a wrong token, a malformed line, pid 0 or 1', () => {
    expect(parseAttachLine(`1234 ${'cd'.repeat(24)}`, matches)).toEqual({ refused: 'wrong token' })
    expect(parseAttachLine('GET / HTTP/1.1', matches)).toEqual({ refused: 'not a relay line' })
    expect(parseAttachLine(`-5 ${token}`, matches)).toEqual({ refused: 'not a relay line' })
    expect(parseAttachLine(`0 ${token}`, matches)).toEqual({ refused: 'not a relay line' })
    expect(parseAttachLine(`1 ${token}`, matches)).toEqual({ refused: 'not a pid' })
    expect(parseAttachLine(`12 ${token} extra`, matches)).toEqual({ refused: 'not a relay line' })
  })
})
