/**
 * A local GitHub Actions cache service (the v2 Twirp CacheService) plus a blob
 * store, so the real @actions/cache client can save and restore on loopback.
 *
 * Blob stores: Azurite (default; the real Azure blob protocol, started as a
 * child process) or `builtin` (this process serves Put Blob / Put Block /
 * Put Block List / GET itself; much faster to start, for unit tests).
 *
 * Restore follows GitHub's documented order: exact primary key, newest entry
 * whose key starts with the primary key, then each restore key in turn (exact,
 * else the newest prefix match); the version must always match. There is one
 * scope: branch fallback is not modelled.
 *
 * Faults (setFault) and what @actions/cache 6.3 does with them:
 * - 'down': the Twirp listener is closed (its port is kept and reopened when the
 *   fault is lifted), so clients get ECONNREFUSED at once: restore warns and
 *   misses, save warns and returns -1. The blob store stays up.
 * - '5xx': every Twirp call answers 503. The client retries 5 times with
 *   backoff (about 15 s or more) before giving up, so tests using it are slow.
 * - 'timeout': Twirp calls are accepted and never answered; the client has no
 *   timeout of its own here, so only use it with a step that has one.
 * - '403-write': CreateCacheEntry answers 403 permission_denied; save logs
 *   "Failed to save: Unable to reserve cache…" and returns -1. Reads work.
 * - '429': every Twirp call answers 429 (not retried by the client).
 * - 'corrupt-archive': download URLs point at this service, which serves the
 *   first half of the archive with a matching Content-Length, so the download
 *   "succeeds" and extraction fails (restore warns and returns undefined).
 * - '500': every Twirp call answers 500 internal.
 * - '403-read': GetCacheEntryDownloadURL answers 403 permission_denied.
 * - 'truncated-blob': downloads announce the archive's full Content-Length and
 *   cut the connection after half of it (every attempt, ranged or not).
 * - 'blob-5xx': downloads answer 500 from the blob store.
 * - 'slow-blob': downloads send the archive's first half, then 1 byte a second.
 *
 * `setFault(fault, { keys })` limits a download fault (corrupt-archive,
 * truncated-blob, blob-5xx, slow-blob) to the entries whose key matches
 * `keys`; the others download normally.
 *
 * `putEntry` stores raw bytes as a finalized entry, the way a hostile job with
 * a cache token could, to test what a client does with a poisoned archive.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { StorageSharedKeyCredential } from '@azure/storage-blob'

export type CacheFault =
  | null
  | 'down' /* connection refused: the Twirp listener is closed */
  | '5xx'
  | 'timeout' /* never answer */
  | '403-write' /* CreateCacheEntry answers 403 */
  | '429'
  | 'corrupt-archive' /* download returns truncated bytes */
  | '500' /* every Twirp call answers 500 */
  | '403-read' /* GetCacheEntryDownloadURL answers 403 */
  | 'truncated-blob' /* downloads are cut off halfway, Content-Length unchanged */
  | 'blob-5xx' /* downloads answer 500 */
  | 'slow-blob' /* downloads stall after half the archive */

export interface CacheEntry {
  key: string
  version: string
  sizeBytes: number
  createdAt: number
  finalized: boolean
}

export interface CacheService {
  /**
   * Environment for a process using @actions/cache: ACTIONS_CACHE_SERVICE_V2,
   * ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, and GITHUB_SERVER_URL set to
   * https://github.com so an inherited GHES URL cannot switch the client to v1.
   */
  env: Record<string, string>
  /** Every entry, reserved or finalized, oldest first. */
  entries(): CacheEntry[]
  /** Every Twirp call received (including refused ones), in order. */
  calls: { method: string; body: unknown }[]
  setFault(fault: CacheFault, options?: { keys?: RegExp }): void
  /** Stores `data` as a finalized entry for key+version, bypassing every client. */
  putEntry(key: string, version: string, data: Buffer): Promise<void>
  /** Forgets all entries, blobs and calls, and lifts any fault. */
  clear(): void
  close(): Promise<void>
}

const SERVICE_PATH = '/twirp/github.actions.results.api.v1.CacheService/'
const ACCOUNT = 'devstoreaccount1'
// Azurite's published development account key (not a secret).
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-cache'

interface StoredEntry extends CacheEntry {
  id: number
  blobName: string
}

/** Where archives live: hands out signed URLs and reads blobs back. */
interface BlobStore {
  uploadUrl(blobName: string): string
  downloadUrl(blobName: string): string
  /** The blob's bytes, or undefined when it was never uploaded. */
  read(blobName: string): Promise<Buffer | undefined>
  clear(): void
  close(): Promise<void>
}

// ---------------------------------------------------------------------------
// Small HTTP helpers.

interface Listener {
  server: http.Server
  sockets: Set<Socket>
}

function listener(handler: http.RequestListener): Listener {
  const server = http.createServer(handler)
  const sockets = new Set<Socket>()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  return { server, sockets }
}

function listen(target: Listener, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    target.server.once('error', reject)
    target.server.listen(port, '127.0.0.1', () => {
      target.server.off('error', reject)
      resolve((target.server.address() as AddressInfo).port)
    })
  })
}

function shutDown(target: Listener): Promise<void> {
  return new Promise(resolve => {
    if (!target.server.listening) {
      for (const socket of target.sockets) socket.destroy()
      resolve()
      return
    }
    target.server.close(() => resolve())
    for (const socket of target.sockets) socket.destroy()
  })
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const payload = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers
  })
  response.end(payload)
}

function twirpError(
  response: http.ServerResponse,
  status: number,
  code: string,
  msg: string
): void {
  sendJson(response, status, { code, msg })
}

function blobError(response: http.ServerResponse, status: number, code: string): void {
  const payload = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`
  response.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(payload)),
    'x-ms-error-code': code
  })
  response.end(payload)
}

// ---------------------------------------------------------------------------
// The built-in blob store: just enough of the Blob service for @actions/cache.

interface BuiltinStore extends BlobStore {
  handle(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void>
}

function builtinStore(baseUrl: () => string): BuiltinStore {
  const secret = randomBytes(16)
  const blobs = new Map<string, { data: Buffer; etag: string; modified: Date }>()
  const blocks = new Map<string, Map<string, Buffer>>()
  const signature = (permissions: string, blobName: string): string =>
    createHmac('sha256', secret).update(`${permissions}\n${blobName}`).digest('base64url')
  const signedUrl = (blobName: string, permissions: string): string =>
    `${baseUrl()}/${ACCOUNT}/${CONTAINER}/${encodeURIComponent(blobName)}?sv=2025-01-05&sr=b&sp=${permissions}&sig=${signature(permissions, blobName)}`

  const store = (blobName: string, data: Buffer): string => {
    const etag = `"0x${createHash('md5').update(data).digest('hex').slice(0, 16).toUpperCase()}"`
    blobs.set(blobName, { data, etag, modified: new Date() })
    blocks.delete(blobName)
    return etag
  }
  const created = (response: http.ServerResponse, etag: string): void => {
    response.writeHead(201, {
      etag,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2025-01-05',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0'
    })
    response.end()
  }

  return {
    uploadUrl: blobName => signedUrl(blobName, 'cw'),
    downloadUrl: blobName => signedUrl(blobName, 'r'),
    read: async blobName => blobs.get(blobName)?.data,
    clear: () => {
      blobs.clear()
      blocks.clear()
    },
    close: async () => {},
    async handle(request, response, url) {
      const prefix = `/${ACCOUNT}/${CONTAINER}/`
      if (!url.pathname.startsWith(prefix)) return blobError(response, 404, 'ContainerNotFound')
      const blobName = decodeURIComponent(url.pathname.slice(prefix.length))
      const permissions = url.searchParams.get('sp') ?? ''
      const method = request.method ?? 'GET'
      const needed = method === 'PUT' ? 'w' : 'r'
      if (
        url.searchParams.get('sig') !== signature(permissions, blobName) ||
        !permissions.includes(needed)
      )
        return blobError(response, 403, 'AuthenticationFailed')
      const comp = url.searchParams.get('comp')
      if (method === 'PUT') {
        const body = await readBody(request)
        if (comp === 'block') {
          const blockId = url.searchParams.get('blockid')
          if (!blockId) return blobError(response, 400, 'InvalidQueryParameterValue')
          const pending = blocks.get(blobName) ?? new Map<string, Buffer>()
          pending.set(blockId, body)
          blocks.set(blobName, pending)
          return created(response, '""')
        }
        if (comp === 'blocklist') {
          const pending = blocks.get(blobName) ?? new Map<string, Buffer>()
          const parts: Buffer[] = []
          for (const match of body
            .toString('utf8')
            .matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
            const block = pending.get(match[2]!)
            if (!block) return blobError(response, 400, 'InvalidBlockList')
            parts.push(block)
          }
          return created(response, store(blobName, Buffer.concat(parts)))
        }
        if (comp) return blobError(response, 400, 'UnsupportedQueryParameter')
        if ((request.headers['x-ms-blob-type'] ?? 'BlockBlob') !== 'BlockBlob')
          return blobError(response, 400, 'InvalidBlobType')
        return created(response, store(blobName, body))
      }
      if (method !== 'GET' && method !== 'HEAD')
        return blobError(response, 405, 'UnsupportedHttpVerb')
      const blob = blobs.get(blobName)
      if (!blob) return blobError(response, 404, 'BlobNotFound')
      let data = blob.data
      let status = 200
      const headers: Record<string, string> = {
        'content-type': 'application/octet-stream',
        etag: blob.etag,
        'last-modified': blob.modified.toUTCString(),
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-version': '2025-01-05'
      }
      const range = /^bytes=(\d+)-(\d*)$/.exec(
        String(request.headers['x-ms-range'] ?? request.headers.range ?? '')
      )
      if (range) {
        const start = Number(range[1])
        const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1
        if (start >= data.length) return blobError(response, 416, 'InvalidRange')
        headers['content-range'] = `bytes ${start}-${end}/${data.length}`
        data = data.subarray(start, end + 1)
        status = 206
      }
      headers['content-length'] = String(data.length)
      response.writeHead(status, headers)
      response.end(method === 'HEAD' ? undefined : data)
    }
  }
}

// ---------------------------------------------------------------------------
// Azurite as a child process.

const azuriteChildren = new Set<ChildProcess>()
let exitHookInstalled = false

function killOnExit(child: ChildProcess): void {
  azuriteChildren.add(child)
  child.once('exit', () => azuriteChildren.delete(child))
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const running of azuriteChildren) running.kill('SIGKILL')
  })
}

// Runs Azurite's blob main with a watchdog: when our end of its stdin closes
// (this process exited or was killed), Azurite exits too, so none is leaked.
const AZURITE_WRAPPER = [
  'const main = process.argv[1]',
  'process.argv = [process.execPath, main, ...process.argv.slice(2)]',
  "process.stdin.on('end', () => process.exit(0))",
  "process.stdin.on('error', () => process.exit(0))",
  'process.stdin.resume()',
  'require(main)'
].join('\n')

async function startAzurite(): Promise<{ child: ChildProcess; port: number }> {
  const require = createRequire(import.meta.url)
  const main = path.join(
    path.dirname(require.resolve('azurite/package.json')),
    'dist/src/blob/main.js'
  )
  const args = [
    ...['--blobHost', '127.0.0.1', '--blobPort', '0'],
    ...[
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
      '--loose'
    ]
  ]
  const child = spawn(process.execPath, ['-e', AZURITE_WRAPPER, main, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', NODE_NO_WARNINGS: '1' }
  })
  killOnExit(child)
  let output = ''
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Azurite did not start within 30 s')), 30_000)
      const onData = (chunk: Buffer): void => {
        output += chunk.toString('utf8')
        const found = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
        if (found) {
          clearTimeout(timer)
          resolve(Number(found[1]))
        }
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`Azurite exited (${signal ?? code}) before listening`))
      })
      child.once('error', error => {
        clearTimeout(timer)
        reject(error)
      })
    })
    return { child, port }
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${output.trim()}`)
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL') // in-memory data only: nothing to flush
  })
}

async function azuriteStore(): Promise<BlobStore> {
  const { child, port } = await startAzurite()
  try {
    const sdk = await import('@azure/storage-blob')
    const credential: StorageSharedKeyCredential = new sdk.StorageSharedKeyCredential(
      ACCOUNT,
      ACCOUNT_KEY
    )
    const endpoint = `http://127.0.0.1:${port}/${ACCOUNT}`
    const container = new sdk.BlobServiceClient(endpoint, credential).getContainerClient(CONTAINER)
    await container.createIfNotExists()
    const signedUrl = (blobName: string, permissions: string): string => {
      const sas = sdk
        .generateBlobSASQueryParameters(
          {
            containerName: CONTAINER,
            blobName,
            permissions: sdk.BlobSASPermissions.parse(permissions),
            startsOn: new Date(Date.now() - 5 * 60_000),
            expiresOn: new Date(Date.now() + 6 * 3600_000),
            protocol: sdk.SASProtocol.HttpsAndHttp
          },
          credential
        )
        .toString()
      return `${endpoint}/${CONTAINER}/${encodeURIComponent(blobName)}?${sas}`
    }
    return {
      uploadUrl: blobName => signedUrl(blobName, 'cw'),
      downloadUrl: blobName => signedUrl(blobName, 'r'),
      read: async blobName => {
        const response = await fetch(signedUrl(blobName, 'r'))
        if (response.status === 404) return undefined
        if (!response.ok) throw new Error(`Azurite GET ${blobName}: ${response.status}`)
        return Buffer.from(await response.arrayBuffer())
      },
      clear: () => {},
      close: () => stopChild(child)
    }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}

// ---------------------------------------------------------------------------
// The cache service.

function stringField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | null)?.[name]
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/** GitHub's restore order among finalized entries of one version. */
function findEntry(
  entries: StoredEntry[],
  version: string,
  primaryKey: string,
  restoreKeys: string[]
): StoredEntry | undefined {
  const candidates = entries.filter(entry => entry.finalized && entry.version === version)
  const exact = (key: string): StoredEntry | undefined =>
    candidates.find(entry => entry.key === key)
  const newestWithPrefix = (prefix: string): StoredEntry | undefined =>
    candidates.filter(entry => entry.key.startsWith(prefix)).sort((a, b) => b.id - a.id)[0]
  const found = exact(primaryKey) ?? newestWithPrefix(primaryKey)
  if (found) return found
  for (const key of restoreKeys) {
    const match = exact(key) ?? newestWithPrefix(key)
    if (match) return match
  }
  return undefined
}

export async function startCacheService(
  options: { blob?: 'azurite' | 'builtin' } = {}
): Promise<CacheService> {
  const token = randomBytes(18).toString('base64url')
  const entries = new Map<string, StoredEntry>()
  const calls: { method: string; body: unknown }[] = []
  let fault: CacheFault = null
  /** The entries a download fault applies to (undefined: all). */
  let faultKeys: RegExp | undefined
  let nextId = 1
  const entryKey = (key: string, version: string): string => `${key}\u0000${version}`

  // The blob listener serves the built-in store and the corrupt-archive downloads.
  let blobBase = ''
  let builtin: BuiltinStore | undefined
  const blobListener = listener((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const faulty = /^\/(corrupt|truncated|fail|slow)\/(.*)$/.exec(url.pathname)
    const work = faulty
      ? serveFaulty(faulty[1]!, decodeURIComponent(faulty[2]!), request, response)
      : builtin
        ? builtin.handle(request, response, url)
        : Promise.resolve(blobError(response, 404, 'ResourceNotFound'))
    work.catch(error => {
      if (!response.headersSent)
        blobError(response, 500, `InternalError: ${(error as Error).message}`)
      else response.destroy()
    })
  })
  const blobPort = await listen(blobListener)
  blobBase = `http://127.0.0.1:${blobPort}`

  let store: BlobStore
  try {
    if ((options.blob ?? 'azurite') === 'builtin') {
      builtin = builtinStore(() => blobBase)
      store = builtin
    } else {
      store = await azuriteStore()
    }
  } catch (error) {
    await shutDown(blobListener)
    throw error
  }

  const dripping = new Set<ReturnType<typeof setInterval>>()

  async function serveFaulty(
    kind: string,
    blobName: string,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    if (kind === 'fail') return blobError(response, 500, 'InternalError')
    const data = await store.read(blobName)
    if (!data) return blobError(response, 404, 'BlobNotFound')
    // A retry asks for the rest with a range; it is cut off halfway again.
    const range = /^bytes=(\d+)-/.exec(
      String(request.headers['x-ms-range'] ?? request.headers.range ?? '')
    )
    const start = kind === 'truncated' && range ? Math.min(Number(range[1]), data.length) : 0
    const rest = data.subarray(start)
    const half = rest.subarray(0, Math.floor(rest.length / 2))
    const announced = kind === 'corrupt' ? half.length : rest.length
    response.writeHead(start > 0 ? 206 : 200, {
      'content-type': 'application/octet-stream',
      // Blob clients (the Azure SDK) refuse a download without an ETag.
      etag: `"0x${createHash('md5').update(data).digest('hex').slice(0, 16).toUpperCase()}"`,
      'last-modified': new Date(0).toUTCString(),
      'content-length': String(announced),
      ...(start > 0 ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {})
    })
    if (kind === 'corrupt') return void response.end(half)
    response.write(half)
    if (kind === 'truncated') {
      response.socket?.destroySoon?.()
      setTimeout(() => response.destroy(), 20)
      return
    }
    // slow: one more byte a second until the client gives up
    let offset = start + half.length
    const timer = setInterval(() => {
      if (response.destroyed || offset >= data.length) {
        clearInterval(timer)
        dripping.delete(timer)
        return response.end()
      }
      response.write(data.subarray(offset, offset + 1))
      offset++
    }, 1000)
    dripping.add(timer)
    response.on('close', () => {
      clearInterval(timer)
      dripping.delete(timer)
    })
  }

  const FAULTY_BLOB: Partial<Record<NonNullable<CacheFault>, string>> = {
    'corrupt-archive': 'corrupt',
    'truncated-blob': 'truncated',
    'blob-5xx': 'fail',
    'slow-blob': 'slow'
  }

  const hanging = new Set<http.ServerResponse>()

  async function handleTwirp(
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const raw = await readBody(request)
    if (request.method !== 'POST' || !url.pathname.startsWith(SERVICE_PATH))
      return twirpError(
        response,
        404,
        'bad_route',
        `no handler for ${request.method} ${url.pathname}`
      )
    const method = url.pathname.slice(SERVICE_PATH.length)
    let body: unknown
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}
    } catch {
      calls.push({ method, body: raw.toString('utf8') })
      return twirpError(response, 400, 'malformed', 'request body is not JSON')
    }
    calls.push({ method, body })
    if (request.headers.authorization !== `Bearer ${token}`)
      return twirpError(response, 401, 'unauthenticated', 'missing or wrong ACTIONS_RUNTIME_TOKEN')
    if (fault === 'timeout') {
      hanging.add(response)
      response.on('close', () => hanging.delete(response))
      return
    }
    if (fault === '5xx')
      return twirpError(response, 503, 'unavailable', 'cache service unavailable (injected)')
    if (fault === '500') return twirpError(response, 500, 'internal', 'internal error (injected)')
    if (fault === '429') {
      return sendJson(
        response,
        429,
        { code: 'resource_exhausted', msg: 'rate limited (injected)' },
        { 'retry-after': '60' }
      )
    }
    const key = stringField(body, 'key')
    const version = stringField(body, 'version')
    switch (method) {
      case 'CreateCacheEntry': {
        if (fault === '403-write')
          return twirpError(
            response,
            403,
            'permission_denied',
            'cache write denied: read-only token (injected)'
          )
        if (!key || !version)
          return twirpError(response, 400, 'invalid_argument', 'key and version are required')
        if (entries.has(entryKey(key, version)))
          return twirpError(
            response,
            409,
            'already_exists',
            'cache entry with the same key and version already exists'
          )
        const id = nextId++
        const blobName = `${id}-${createHash('sha256').update(entryKey(key, version)).digest('hex').slice(0, 16)}`
        entries.set(entryKey(key, version), {
          id,
          key,
          version,
          blobName,
          sizeBytes: 0,
          createdAt: Date.now(),
          finalized: false
        })
        return sendJson(response, 200, {
          ok: true,
          signed_upload_url: store.uploadUrl(blobName),
          message: ''
        })
      }
      case 'FinalizeCacheEntryUpload': {
        if (!key || !version)
          return twirpError(response, 400, 'invalid_argument', 'key and version are required')
        const entry = entries.get(entryKey(key, version))
        if (!entry || entry.finalized)
          return twirpError(
            response,
            404,
            'not_found',
            'no reserved cache entry with this key and version'
          )
        const data = await store.read(entry.blobName)
        if (!data)
          return twirpError(response, 412, 'failed_precondition', 'the archive was never uploaded')
        entry.finalized = true
        entry.sizeBytes = Number(stringField(body, 'size_bytes') ?? data.length)
        return sendJson(response, 200, { ok: true, entry_id: String(entry.id), message: '' })
      }
      case 'GetCacheEntryDownloadURL': {
        if (!key || !version)
          return twirpError(response, 400, 'invalid_argument', 'key and version are required')
        if (fault === '403-read')
          return twirpError(
            response,
            403,
            'permission_denied',
            'cache read denied: no readable scopes (injected)'
          )
        const restoreKeys = (body as { restore_keys?: unknown }).restore_keys
        const match = findEntry(
          [...entries.values()],
          version,
          key,
          Array.isArray(restoreKeys)
            ? restoreKeys.filter((k): k is string => typeof k === 'string')
            : []
        )
        if (!match)
          return sendJson(response, 200, { ok: false, signed_download_url: '', matched_key: '' })
        const faulty =
          fault && (!faultKeys || faultKeys.test(match.key)) ? FAULTY_BLOB[fault] : undefined
        const downloadUrl = faulty
          ? `${blobBase}/${faulty}/${encodeURIComponent(match.blobName)}`
          : store.downloadUrl(match.blobName)
        return sendJson(response, 200, {
          ok: true,
          signed_download_url: downloadUrl,
          matched_key: match.key
        })
      }
      default:
        return twirpError(response, 404, 'bad_route', `no method ${method}`)
    }
  }

  const api = listener((request, response) => {
    handleTwirp(request, response).catch(error => {
      if (!response.headersSent) twirpError(response, 500, 'internal', (error as Error).message)
      else response.destroy()
    })
  })
  const apiPort = await listen(api)
  let apiTransition: Promise<unknown> = Promise.resolve()

  const env = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${apiPort}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    GITHUB_SERVER_URL: 'https://github.com'
  }

  const setFault = (next: CacheFault, options: { keys?: RegExp } = {}): void => {
    const wasDown = fault === 'down'
    fault = next
    faultKeys = options.keys
    if (next === 'down' && !wasDown) {
      apiTransition = apiTransition.then(() => shutDown(api))
    } else if (wasDown && next !== 'down') {
      apiTransition = apiTransition.then(() =>
        listen(api, apiPort).catch(error => {
          process.stderr.write(
            `cache-server: cannot reopen port ${apiPort}: ${(error as Error).message}\n`
          )
        })
      )
    }
  }

  let closed: Promise<void> | undefined
  return {
    env,
    entries: () =>
      [...entries.values()]
        .sort((a, b) => a.id - b.id)
        .map(({ key, version, sizeBytes, createdAt, finalized }) => ({
          key,
          version,
          sizeBytes,
          createdAt,
          finalized
        })),
    calls,
    setFault,
    async putEntry(key, version, data) {
      const previous = entries.get(entryKey(key, version))
      const id = nextId++
      const blobName = `${id}-poisoned`
      const upload = await fetch(store.uploadUrl(blobName), {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(data.length) },
        body: data
      })
      if (!upload.ok) throw new Error(`putEntry: blob upload answered ${upload.status}`)
      if (previous) entries.delete(entryKey(key, version))
      entries.set(entryKey(key, version), {
        id,
        key,
        version,
        blobName,
        sizeBytes: data.length,
        createdAt: Date.now(),
        finalized: true
      })
    },
    clear: () => {
      entries.clear()
      store.clear()
      calls.length = 0
      setFault(null)
    },
    close: () => {
      closed ??= (async () => {
        await apiTransition
        for (const response of hanging) response.destroy()
        for (const timer of dripping) clearInterval(timer)
        await Promise.all([shutDown(api), shutDown(blobListener), store.close()])
      })()
      return closed
    }
  }
}
