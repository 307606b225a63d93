import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  cacheprogSupported,
  encodeResponse,
  RequestReader
} from '../../../src/core/cacheprog/index.js'

const actionId = Buffer.alloc(32, 0xab)
const outputId = Buffer.alloc(32, 0xcd)

/** A put exactly as cmd/go's ProgCache.writeToChild writes it (Encoder newline, '\n', body). */
function goPut(id: number, body: Buffer): string {
  const header = JSON.stringify({
    ID: id,
    Command: 'put',
    ActionID: actionId.toString('base64'),
    OutputID: outputId.toString('base64'),
    BodySize: body.length || undefined
  })
  return header + '\n\n' + (body.length > 0 ? `"${body.toString('base64')}"\n` : '')
}

function goGet(id: number): string {
  return JSON.stringify({ ID: id, Command: 'get', ActionID: actionId.toString('base64') }) + '\n\n'
}

describe('RequestReader', () => {
  it('reads gets, puts with bodies, empty puts and close as cmd/go frames them', () => {
    const body = Buffer.from('hello, cache')
    const stream =
      goGet(1) + goPut(2, body) + goPut(3, Buffer.alloc(0)) + '{"ID":4,"Command":"close"}\n\n'
    const requests = new RequestReader().push(Buffer.from(stream))
    expect(requests.map(r => [r.id, r.command])).toEqual([
      [1, 'get'],
      [2, 'put'],
      [3, 'put'],
      [4, 'close']
    ])
    expect(requests[0].actionId).toBe(actionId.toString('hex'))
    expect(requests[1].outputId).toBe(outputId.toString('hex'))
    expect(requests[1].body).toEqual(body)
    expect(requests[2].body).toEqual(Buffer.alloc(0))
    expect(requests.every(r => r.error === undefined)).toBe(true)
  })

  it('gives the same requests however the stream is split into chunks', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 40 }),
        (bytes, cuts) => {
          const body = Buffer.from(bytes)
          const stream = Buffer.from(goGet(1) + goPut(2, body) + goGet(3))
          const reader = new RequestReader()
          const requests = []
          let at = 0
          for (const cut of cuts) {
            requests.push(...reader.push(stream.subarray(at, at + cut)))
            at += cut
          }
          requests.push(...reader.push(stream.subarray(at)))
          expect(requests.map(r => r.id)).toEqual([1, 2, 3])
          expect(requests[1].body).toEqual(body)
          expect(reader.incomplete).toBe(false)
        }
      )
    )
  })

  it('keeps no reference to a chunk: the blocking read loop reuses one buffer', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 40 }),
        (bytes, cuts) => {
          const body = Buffer.from(bytes)
          const stream = Buffer.from(goGet(1) + goPut(2, body) + goGet(3))
          const reused = Buffer.alloc(64)
          const reader = new RequestReader()
          const requests = []
          for (let at = 0, next = 0; at < stream.length; at += cuts[next++ % cuts.length]) {
            const piece = stream.subarray(at, at + cuts[next % cuts.length])
            piece.copy(reused)
            requests.push(...reader.push(reused.subarray(0, piece.length)))
            reused.fill(0x7b)
          }
          expect(requests.map(r => [r.id, r.error])).toEqual([
            [1, undefined],
            [2, undefined],
            [3, undefined]
          ])
          expect(requests[1].body).toEqual(body)
        }
      )
    )
  })

  it('turns a malformed message into a request with an error, never a throw', () => {
    const reader = new RequestReader()
    const [bad] = reader.push(Buffer.from('not json\n'))
    expect(bad.id).toBe(-1)
    expect(bad.error).toMatch(/not a JSON request/)
    const wrongSize = JSON.stringify({ ID: 7, Command: 'put', BodySize: 5 }) + '\n\n"AAAA"\n'
    const [put] = reader.push(Buffer.from(wrongSize))
    expect(put.id).toBe(7)
    expect(put.error).toMatch(/3 bytes, BodySize says 5/)
  })
})

describe('encodeResponse', () => {
  it('writes the field names and encodings of cacheprog.Response', () => {
    const line = encodeResponse({
      id: 9,
      outputId: outputId.toString('hex'),
      size: 12,
      timeMs: Date.UTC(2026, 0, 2, 3, 4, 5),
      diskPath: '/c/o/cd/x'
    })
    expect(line.endsWith('\n')).toBe(true)
    expect(JSON.parse(line)).toEqual({
      ID: 9,
      OutputID: outputId.toString('base64'),
      Size: 12,
      Time: '2026-01-02T03:04:05.000Z',
      DiskPath: '/c/o/cd/x'
    })
    expect(JSON.parse(encodeResponse({ id: 0, knownCommands: ['get', 'put', 'close'] }))).toEqual({
      ID: 0,
      KnownCommands: ['get', 'put', 'close']
    })
    expect(JSON.parse(encodeResponse({ id: 3, miss: true }))).toEqual({ ID: 3, Miss: true })
  })
})

describe('cacheprogSupported', () => {
  it('is true from Go 1.24 on', () => {
    for (const version of [
      'go1.24',
      'go1.24.3',
      '1.26',
      'go1.27rc1',
      'go1.26.0 X:nocoverageredesign',
      'go2.0'
    ]) {
      expect([version, cacheprogSupported(version)]).toEqual([version, true])
    }
    for (const version of ['go1.22.5', 'go1.23', '1.21', 'devel', '', 'go1']) {
      expect([version, cacheprogSupported(version)]).toEqual([version, false])
    }
  })
})
