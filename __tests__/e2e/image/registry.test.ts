/**
 * Images read straight from Debian's docker-registry (the CNCF distribution registry) on
 * 127.0.0.1: crane pushes a single-platform image and a 2-platform index, and the registry
 * reader must see what the same images pulled as OCI layouts show. Small local servers in
 * front of the registry corrupt a blob, ask for a bearer token (the WWW-Authenticate dance),
 * redirect blobs to another origin, or never answer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {
  ImageError,
  openImage,
  openImageReference,
  openImageSource,
  type OpenedImage,
  type RegistryOptions
} from '../../../src/core/image/index.js'
import {
  craneIndexAppend,
  cranePlatformPush,
  runTool,
  startRegistry,
  tarDirectory,
  type Registry
} from '../../helpers/images.js'
import { describeIfTool } from '../../helpers/tools.js'

function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/** What a proxy in front of the registry does besides forwarding. */
interface ProxyBehaviour {
  /** Flip a byte in the body of this blob, or of this manifest (by tag or digest). */
  corrupt?: string
  /** Ask for a bearer token from /token; with `basic`, the token service wants user:password. */
  bearer?: { basic?: string; valid: Set<string> }
  /** Answer blob GETs with a redirect to /storage on another origin (another port). */
  redirectBlobs?: boolean
  /** Answer blob GETs with a redirect to this URL prefix. */
  redirectBlobsTo?: string
  /** Accept connections and never answer. */
  silent?: boolean
}

interface Proxy {
  host: string
  tokenRequests: URLSearchParams[]
  storageAuthorization: (string | undefined)[]
  close(): Promise<void>
}

async function startProxy(upstream: string, behaviour: ProxyBehaviour): Promise<Proxy> {
  const tokenRequests: URLSearchParams[] = []
  const storageAuthorization: (string | undefined)[] = []
  let port = 0
  let storagePort = 0
  let issued = 0
  const server = http.createServer((request, response) => {
    if (behaviour.silent) return
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    if (url.pathname === '/token') {
      tokenRequests.push(url.searchParams)
      const basic = behaviour.bearer?.basic
      const given = request.headers.authorization
      if (basic !== undefined && given !== `Basic ${Buffer.from(basic).toString('base64')}`) {
        response.writeHead(401, { 'content-type': 'application/json' })
        response.end('{"details":"bad credentials"}')
        return
      }
      const token = `issued-token-${++issued}`
      behaviour.bearer?.valid.add(token)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ token, expires_in: 300 }))
      return
    }
    let upstreamPath = url.pathname + url.search
    if (url.pathname.startsWith('/storage/')) {
      storageAuthorization.push(request.headers.authorization)
      upstreamPath = url.pathname.slice('/storage'.length)
    } else if (behaviour.bearer !== undefined) {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
      if (token === undefined || !behaviour.bearer.valid.has(token)) {
        response.writeHead(401, {
          'content-type': 'application/json',
          'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry",scope="repository:app:pull"`
        })
        response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
        return
      }
    }
    if (behaviour.redirectBlobsTo !== undefined && url.pathname.includes('/blobs/')) {
      response.writeHead(302, { location: `${behaviour.redirectBlobsTo}${url.pathname}` })
      response.end()
      return
    }
    if (
      behaviour.redirectBlobs &&
      upstreamPath === url.pathname &&
      url.pathname.includes('/blobs/')
    ) {
      response.writeHead(307, {
        location: `http://127.0.0.1:${storagePort}/storage${url.pathname}`
      })
      response.end()
      return
    }
    const headers = { ...request.headers, host: upstream }
    delete headers.authorization
    const forward = http.request(
      `http://${upstream}${upstreamPath}`,
      { method: request.method, headers },
      upstreamResponse => {
        const name = /\/(?:blobs|manifests)\/([^/]+)$/.exec(url.pathname)?.[1]
        if (name === undefined || name !== behaviour.corrupt) {
          response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
          upstreamResponse.pipe(response)
          return
        }
        const chunks: Buffer[] = []
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk))
        upstreamResponse.on('end', () => {
          const body = Buffer.concat(chunks)
          const middle = Math.floor(body.length / 2)
          body[middle] = (body[middle] ?? 0) ^ 0xff
          response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
          response.end(body)
        })
      }
    )
    forward.on('error', () => response.destroy())
    request.pipe(forward)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  // A second server, on another port, is the "other origin" blobs are redirected to.
  const storage = http.createServer((request, response) =>
    server.emit('request', request, response)
  )
  await new Promise<void>(resolve => storage.listen(0, '127.0.0.1', resolve))
  storagePort = (storage.address() as AddressInfo).port
  return {
    host: `127.0.0.1:${port}`,
    tokenRequests,
    storageAuthorization,
    close: async () => {
      server.closeAllConnections()
      storage.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
      await new Promise(resolve => storage.close(resolve))
    }
  }
}

/** What both readers must agree on: platforms, layers and the merged file systems. */
async function summary(opened: OpenedImage): Promise<unknown> {
  const images = []
  for (const image of opened.images) {
    const view = await opened.readFileSystem(image)
    images.push({
      platform: image.platform,
      manifestDigest: image.manifestDigest,
      configDigest: image.configDigest,
      layers: image.layers,
      files: view.files,
      changes: view.layers
    })
  }
  return { isIndex: opened.isIndex, images }
}

async function refused(promise: Promise<unknown>): Promise<ImageError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ImageError) return error
    throw error
  }
  throw new Error('expected an ImageError')
}

describeIfTool(['crane', 'docker-registry'])('reading images from a registry', () => {
  let work: string
  let registry: Registry
  let repo: string
  const layouts: Record<'single' | 'multi', string> = { single: '', multi: '' }
  let layerDigest: string
  const proxies: Proxy[] = []

  const proxy = async (behaviour: ProxyBehaviour): Promise<Proxy> => {
    const started = await startProxy(registry.host, behaviour)
    proxies.push(started)
    return started
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-registry-'))
    const base = path.join(work, 'base')
    write(path.join(base, 'etc', 'os-release'), 'ID=test\n')
    write(path.join(base, 'var', 'old', 'x.txt'), 'x\n')
    const baseTar = tarDirectory(base, path.join(work, 'base.tar'))
    const top = path.join(work, 'top')
    write(path.join(top, 'var', '.wh.old'), '')
    write(path.join(top, 'etc', 'os-release'), 'ID=test\nVERSION=2\n')
    const topTar = tarDirectory(top, path.join(work, 'top.tar'))
    registry = await startRegistry(path.join(work, 'registry'))
    repo = `${registry.host}/app`
    for (const arch of ['amd64', 'arm64']) {
      const app = path.join(work, `app-${arch}`)
      write(path.join(app, 'usr', 'bin', 'app'), `binary for ${arch}\n`.repeat(5000))
      chmodSync(path.join(app, 'usr', 'bin', 'app'), 0o755)
      const appTar = tarDirectory(app, path.join(work, `app-${arch}.tar`))
      cranePlatformPush(`${repo}:${arch}`, `linux/${arch}`, [baseTar, appTar, topTar])
    }
    runTool('crane', ['tag', `${repo}:amd64`, 'single'])
    craneIndexAppend(`${repo}:multi`, [`${repo}:amd64`, `${repo}:arm64`])
    layouts.single = path.join(work, 'single')
    runTool('crane', ['pull', '--format', 'oci', `${repo}:single`, layouts.single])
    layouts.multi = path.join(work, 'multi')
    runTool('crane', ['pull', '--format', 'oci', `${repo}:multi`, layouts.multi])
    const manifest = JSON.parse(runTool('crane', ['manifest', `${repo}:single`])) as {
      layers: { digest: string }[]
    }
    layerDigest = manifest.layers[1]?.digest ?? ''
  }, 180_000)

  afterAll(async () => {
    for (const started of proxies) await started.close()
    await registry?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  test.each(['single', 'multi'] as const)(
    'the %s image reads as its OCI layout does: platforms, layers, file systems',
    async name => {
      const fromRegistry = await openImageReference(`${repo}:${name}`)
      const fromLayout = await openImage(layouts[name])
      expect(fromRegistry.format).toBe('registry')
      expect(fromRegistry.label).toBe(`${repo}:${name}`)
      expect(fromRegistry.images.map(image => image.tags)).toEqual(
        fromRegistry.images.map(() => [name])
      )
      const expected = await summary(fromLayout)
      expect(await summary(fromRegistry)).toEqual(expected)
      const platforms = fromRegistry.images.map(image => image.platform)
      expect(platforms).toEqual(
        name === 'multi'
          ? [
              { os: 'linux', architecture: 'amd64' },
              { os: 'linux', architecture: 'arm64' }
            ]
          : [{ os: 'linux', architecture: 'amd64' }]
      )
      const files = (await fromRegistry.readFileSystem(fromRegistry.images[0]!)).files
      expect(files.map(file => file.path)).toContain('/usr/bin/app')
      expect(files.map(file => file.path)).not.toContain('/var/old/x.txt')
    }
  )

  test('by digest: the index it names, with no tag', async () => {
    const digest = runTool('crane', ['digest', `${repo}:multi`]).trim()
    const opened = await openImageReference(`${repo}@${digest}`)
    expect(opened.isIndex).toBe(true)
    expect(opened.images.map(image => image.tags)).toEqual([[], []])
    expect(await summary(opened)).toEqual(await summary(await openImage(layouts.multi)))
  })

  test('openImageSource reads a reference from the registry and a path from disk', async () => {
    const fromRegistry = await openImageSource(`${repo}:single`)
    expect(fromRegistry.format).toBe('registry')
    const fromDisk = await openImageSource(path.basename(layouts.single), { cwd: work })
    expect(fromDisk.format).toBe('oci-layout')
    expect(await summary(fromRegistry)).toEqual(await summary(fromDisk))
  })

  test('a missing tag and a missing repository say so, with the fix', async () => {
    const tag = await refused(openImageReference(`${repo}:nope`))
    expect(tag.kind).toBe('not-found')
    expect(tag.message).toContain(`no such tag or manifest 'nope' in ${repo}`)
    expect(tag.fix).toContain('crane ls')
    const other = await refused(openImageReference(`${registry.host}/nothing-here:v1`))
    expect(other.kind).toBe('not-found')
    expect(other.message).toMatch(/no such (repository|tag or manifest)/)
  })

  test('a blob the registry serves damaged is refused, naming it', async () => {
    const corrupting = await proxy({ corrupt: layerDigest })
    const opened = await openImageReference(`${corrupting.host}/app:single`)
    const error = await refused(opened.readFileSystem(opened.images[0]!))
    expect(error.kind).toBe('digest')
    expect(error.message).toContain(layerDigest)
    expect(error.message).toContain(`${corrupting.host}/app:single`)
  })

  test('a manifest that does not hash to the digest the registry gives is refused', async () => {
    const corrupting = await proxy({ corrupt: 'single' })
    const error = await refused(openImageReference(`${corrupting.host}/app:single`))
    expect(error.kind).toBe('digest')
    expect(error.message).toContain(
      `${corrupting.host}/app:single: manifest does not match its digest`
    )
  })

  test('a redirect to plain HTTP on another host is refused', async () => {
    const redirecting = await proxy({ redirectBlobsTo: 'http://storage.example.invalid' })
    // The config is the first blob read.
    const error = await refused(openImageReference(`${redirecting.host}/app:single`))
    expect(error.kind).toBe('unreadable')
    expect(error.message).toContain('http://storage.example.invalid, which is not HTTPS')
    expect(error.fix).toContain('--insecure-registry')
  })

  test('401 with a bearer challenge: an anonymous token is fetched and used', async () => {
    const guarded = await proxy({ bearer: { valid: new Set() } })
    const opened = await openImageReference(`${guarded.host}/app:multi`)
    expect(await summary(opened)).toEqual(await summary(await openImage(layouts.multi)))
    // One token for the whole read, asked for with the challenge's service and scope.
    expect(guarded.tokenRequests).toHaveLength(1)
    expect(guarded.tokenRequests[0]?.get('service')).toBe('test-registry')
    expect(guarded.tokenRequests[0]?.get('scope')).toBe('repository:app:pull')
  })

  describe('a token service that wants credentials', () => {
    const valid = new Set<string>()
    let guarded: Proxy
    beforeAll(async () => {
      guarded = await proxy({ bearer: { basic: 'ci:s3cret-password', valid } })
    })

    test('basic credentials get the token', async () => {
      const opened = await openImageReference(`${guarded.host}/app:single`, {
        username: 'ci',
        password: 's3cret-password'
      })
      expect(await summary(opened)).toEqual(await summary(await openImage(layouts.single)))
    })

    test.each<[string, RegistryOptions, string]>([
      ['no credentials', {}, 'anonymous access'],
      ['a wrong password', { username: 'ci', password: 'wrong-password' }, 'the credentials of ci']
    ])('%s: 401 says which credential to give', async (_name, options, given) => {
      const error = await refused(openImageReference(`${guarded.host}/app:single`, options))
      expect(error.kind).toBe('auth')
      expect(error.message).toContain(given)
      expect(error.message).toContain('401')
      expect(error.fix).toContain('GO_CI_KIT_REGISTRY_TOKEN')
      expect(`${error.message} ${error.fix}`).not.toContain('wrong-password')
    })

    test("the user's own bearer token is sent as is; a refused one is never shown", async () => {
      valid.add('users-own-token-123')
      const requestsBefore = guarded.tokenRequests.length
      const opened = await openImageReference(`${guarded.host}/app:single`, {
        token: 'users-own-token-123'
      })
      expect(opened.images).toHaveLength(1)
      expect(guarded.tokenRequests).toHaveLength(requestsBefore)
      const error = await refused(
        openImageReference(`${guarded.host}/app:single`, { token: 'stale-token-456' })
      )
      expect(error.kind).toBe('auth')
      expect(error.message).toContain('the given bearer token')
      expect(`${error.message} ${error.fix}`).not.toContain('stale-token-456')
    })
  })

  test('blobs redirected to another origin are fetched without the Authorization header', async () => {
    const guarded = await proxy({ bearer: { valid: new Set() }, redirectBlobs: true })
    const opened = await openImageReference(`${guarded.host}/app:single`)
    expect(await summary(opened)).toEqual(await summary(await openImage(layouts.single)))
    expect(guarded.storageAuthorization.length).toBeGreaterThan(0)
    expect(guarded.storageAuthorization.every(header => header === undefined)).toBe(true)
  })

  test('a registry that never answers times out with one clear line', async () => {
    const silent = await proxy({ silent: true })
    const error = await refused(openImageReference(`${silent.host}/app:single`, { timeoutMs: 300 }))
    expect(error.kind).toBe('unreadable')
    expect(error.message).toContain(`${silent.host} did not answer within 0.3 s`)
  })
})
