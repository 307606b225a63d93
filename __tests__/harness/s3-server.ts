/**
 * A local S3 server for tests: s3rver (in this process, its files in a temp
 * directory) behind a small front on 127.0.0.1 that the clients talk to. The
 * front injects faults and gives PutObject's `If-None-Match: *` the meaning
 * AWS S3 gives it since 2024 (s3rver 3.7 predates it and overwrites):
 *
 * - conditional writes `'native'` (default): a conditional PUT of an existing
 *   key answers 412 PreconditionFailed; conditional PUTs of one key are
 *   serialised, so of two racing writers exactly one gets 200.
 * - `'unsupported'`: a conditional PUT answers 501 NotImplemented, as a store
 *   without conditional writes does.
 * - `'ignored'`: passed through; s3rver overwrites silently.
 *
 * Faults (setFault), each until lifted:
 * | fault | what the front does |
 * | --- | --- |
 * | `'500'` | every request answers 500 InternalError |
 * | `'403'` | every request answers 403 AccessDenied |
 * | `'429'` | every request answers 429 TooManyRequests |
 * | `'slow-down'` | every request answers 503 SlowDown |
 * | `'timeout'` | requests are accepted and never answered |
 * | `'truncated'` | GetObject bodies announce their full length and stop halfway |
 * | `'stall'` | GetObject bodies send half, then nothing until the client gives up |
 *
 * `env` holds AWS_ENDPOINT_URL_S3, AWS_REGION and s3rver's fixed keys
 * (S3RVER/S3RVER, not secrets); the bucket exists from the start.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo, Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type S3Fault = null | '500' | '403' | '429' | 'slow-down' | 'timeout' | 'truncated' | 'stall'
export type ConditionalWrites = 'native' | 'unsupported' | 'ignored'

export interface S3Server {
  /** The front's URL, e.g. http://127.0.0.1:PORT. */
  endpoint: string
  bucket: string
  /** s3rver's files (a temp directory, removed by close()). */
  directory: string
  /** AWS_ENDPOINT_URL_S3, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY. */
  env: Record<string, string>
  /** Every request the front received, in order. */
  requests: { method: string; path: string; range?: string; ifNoneMatch?: string }[]
  /** Requests received and not yet answered or dropped. */
  openRequests(): number
  setFault(fault: S3Fault): void
  setConditionalWrites(mode: ConditionalWrites): void
  close(): Promise<void>
}

interface S3rverInstance {
  run(): Promise<AddressInfo>
  close(): Promise<void>
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance

function s3ErrorBody(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code} (injected)</Message><RequestId>0</RequestId></Error>`
}

function sendError(response: http.ServerResponse, status: number, code: string): void {
  const body = s3ErrorBody(code)
  response.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body))
  })
  response.end(body)
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export async function startS3Server(
  options: { bucket?: string; conditionalWrites?: ConditionalWrites } = {}
): Promise<S3Server> {
  const bucket = options.bucket ?? 'go-ci-kit-test'
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gck-s3rver-'))
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass
  const upstream = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }]
  })
  const { port: upstreamPort } = await upstream.run()

  let fault: S3Fault = null
  let conditional: ConditionalWrites = options.conditionalWrites ?? 'native'
  const requests: S3Server['requests'] = []
  const open = new Set<http.ServerResponse>()
  const locks = new Map<string, Promise<unknown>>()

  /** Sends the request on to s3rver and returns the answer, whole. */
  function forward(
    request: http.IncomingMessage,
    body: Buffer,
    method = request.method ?? 'GET'
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method,
          path: request.url,
          // Unchanged (Host included), so s3rver checks the client's signature as sent.
          headers: method === request.method ? request.headers : {}
        },
        answer => {
          readBody(answer).then(
            data =>
              resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }),
            reject
          )
        }
      )
      outgoing.on('error', reject)
      outgoing.end(method === request.method ? body : undefined)
    })
  }

  /** Runs `work` after every earlier holder of `key` has finished. */
  async function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = locks.get(key) ?? Promise.resolve()
    const mine = before.then(work, work)
    locks.set(
      key,
      mine.catch(() => undefined)
    )
    return mine
  }

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const ifNoneMatch = request.headers['if-none-match'] as string | undefined
    const range = request.headers.range as string | undefined
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      ...(range ? { range } : {}),
      ...(ifNoneMatch ? { ifNoneMatch } : {})
    })
    const body = await readBody(request)
    if (fault === 'timeout') return // never answered; close() drops it
    if (fault === '500') return sendError(response, 500, 'InternalError')
    if (fault === '403') return sendError(response, 403, 'AccessDenied')
    if (fault === '429') return sendError(response, 429, 'TooManyRequests')
    if (fault === 'slow-down') return sendError(response, 503, 'SlowDown')

    const isObject = url.pathname.split('/').filter(Boolean).length >= 2
    if (request.method === 'PUT' && isObject && ifNoneMatch === '*' && conditional !== 'ignored') {
      if (conditional === 'unsupported') return sendError(response, 501, 'NotImplemented')
      const answer = await serialised(url.pathname, async () => {
        const head = await forward(request, Buffer.alloc(0), 'HEAD')
        if (head.status === 200) return undefined
        return forward(request, body)
      })
      if (!answer) return sendError(response, 412, 'PreconditionFailed')
      response.writeHead(answer.status, answer.headers)
      return void response.end(answer.body)
    }

    const answer = await forward(request, body)
    const cut = fault === 'truncated' || fault === 'stall'
    if (cut && request.method === 'GET' && isObject && answer.status < 300) {
      response.writeHead(answer.status, answer.headers)
      response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)))
      if (fault === 'truncated') setTimeout(() => response.destroy(), 20)
      return // stalled: close() drops it
    }
    response.writeHead(answer.status, answer.headers)
    response.end(answer.body)
  }

  const sockets = new Set<Socket>()
  const front = http.createServer((request, response) => {
    open.add(response)
    response.on('close', () => open.delete(response))
    handle(request, response).catch(error => {
      if (!response.headersSent) sendError(response, 500, `FrontError ${(error as Error).message}`)
      else response.destroy()
    })
  })
  front.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const frontPort = await new Promise<number>((resolve, reject) => {
    front.once('error', reject)
    front.listen(0, '127.0.0.1', () => resolve((front.address() as AddressInfo).port))
  })
  const endpoint = `http://127.0.0.1:${frontPort}`

  let closed: Promise<void> | undefined
  return {
    endpoint,
    bucket,
    directory,
    env: {
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_REGION: 'us-east-1',
      // s3rver's built-in account: fixed, public test values.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER'
    },
    requests,
    openRequests: () => open.size,
    setFault: next => void (fault = next),
    setConditionalWrites: mode => void (conditional = mode),
    close: () =>
      (closed ??= (async () => {
        await new Promise<void>(resolve => {
          front.close(() => resolve())
          for (const socket of sockets) socket.destroy()
        })
        await upstream.close()
        rmSync(directory, { recursive: true, force: true })
      })())
  }
}
