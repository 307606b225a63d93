/**
 * Images read straight from a registry (Distribution API v2), without a daemon and without
 * writing a layer to disk: the store serves the manifests it fetched (kept in memory, checked
 * against their digests) and streams blobs; `openImageReference` reads it as an OCI layout.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { ImageError } from './errors.js'
import { openImage, openOciStore, type OpenedImage } from './image.js'
import {
  formatImageReference,
  parseImageReference,
  REFERENCE_SCHEME,
  type ImageReference
} from './reference.js'
import { RegistryClient, type RegistryOptions } from './registry-client.js'
import type { ImageStore } from './store.js'
import { isDigest, shortDigest } from './streams.js'

export type { RegistryOptions } from './registry-client.js'

const SCHEMA1_TYPES = new Set([
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws'
])

interface KnownBlob {
  size: number
  /** Manifests and indexes come from /manifests/, configs and layers from /blobs/. */
  endpoint: 'manifest' | 'blob'
}

function digestOf(bytes: Buffer, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

function digestFromName(name: string): string | undefined {
  const match = /^blobs\/(sha256|sha512)\/([a-f0-9]+)$/.exec(name)
  const digest = match ? `${match[1]}:${match[2]}` : undefined
  return isDigest(digest) ? digest : undefined
}

/**
 * A registry repository seen as an OCI layout: `oci-layout` and `index.json` are made up
 * (one entry: the referenced manifest), `blobs/<alg>/<hex>` are fetched. Only blobs named by
 * a manifest already read are known, so `size` answers without asking the network.
 */
export class RegistryStore implements ImageStore {
  private readonly documents = new Map<string, Buffer>()
  private readonly known = new Map<string, KnownBlob>()
  private readonly files = new Map<string, Buffer>()

  constructor(
    private readonly client: RegistryClient,
    readonly label: string
  ) {
    this.files.set('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'))
  }

  /** Fetches the referenced manifest or index and makes it the layout's only index.json entry. */
  async resolveRoot(): Promise<void> {
    const { reference } = this.client
    const what = `${this.label}: manifest`
    const {
      bytes,
      mediaType: contentType,
      digest: served
    } = await this.client.manifest(reference.manifestRef, what)
    const algorithm = reference.digest?.slice(0, reference.digest.indexOf(':')) ?? 'sha256'
    const digest = digestOf(bytes, algorithm)
    const expected =
      reference.digest ??
      (isDigest(served) && served.startsWith(`${algorithm}:`) ? served : undefined)
    if (expected !== undefined && expected !== digest) {
      throw new ImageError(
        'digest',
        `${what} does not match its digest ${expected}: its content hashes to ${digest}`,
        'the registry served damaged content: push the image again, or check what sits between you and the registry'
      )
    }
    const mediaType = this.rootMediaType(bytes, contentType, what)
    this.remember(digest, bytes)
    const annotations =
      reference.tag !== undefined
        ? { 'org.opencontainers.image.ref.name': reference.tag }
        : undefined
    const index = {
      schemaVersion: 2,
      manifests: [{ mediaType, digest, size: bytes.length, annotations }]
    }
    this.files.set('index.json', Buffer.from(JSON.stringify(index)))
  }

  private rootMediaType(bytes: Buffer, contentType: string | undefined, what: string): string {
    let declared: unknown
    try {
      declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType
    } catch {
      declared = undefined
    }
    const mediaType = typeof declared === 'string' ? declared : contentType
    if (mediaType !== undefined && SCHEMA1_TYPES.has(mediaType)) {
      throw new ImageError(
        'format',
        `${what} is a Docker schema 1 manifest, which this reader does not read`,
        'push the image again with a current tool (crane copy or skopeo copy write schema 2)'
      )
    }
    return mediaType ?? 'application/vnd.oci.image.manifest.v1+json'
  }

  /** Keeps a fetched manifest and learns the blobs it names (children, config, layers). */
  private remember(digest: string, bytes: Buffer): void {
    this.documents.set(digest, bytes)
    this.known.set(digest, { size: bytes.length, endpoint: 'manifest' })
    let document: Record<string, unknown>
    try {
      document = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    } catch {
      return // the image reader reports it
    }
    const learn = (value: unknown, endpoint: KnownBlob['endpoint']): void => {
      const descriptor = value as { digest?: unknown; size?: unknown } | null
      if (
        typeof descriptor === 'object' &&
        descriptor !== null &&
        isDigest(descriptor.digest) &&
        Number.isSafeInteger(descriptor.size) &&
        !this.known.has(descriptor.digest)
      ) {
        this.known.set(descriptor.digest, { size: descriptor.size as number, endpoint })
      }
    }
    if (Array.isArray(document.manifests))
      for (const child of document.manifests) learn(child, 'manifest')
    learn(document.config, 'blob')
    if (Array.isArray(document.layers)) for (const layer of document.layers) learn(layer, 'blob')
  }

  size(name: string): number | undefined {
    const file = this.files.get(name)
    if (file !== undefined) return file.length
    const digest = digestFromName(name)
    return digest === undefined ? undefined : this.known.get(digest)?.size
  }

  async head(name: string, length: number): Promise<Buffer> {
    const ready = this.files.get(name) ?? this.documents.get(digestFromName(name) ?? '')
    if (ready !== undefined) return ready.subarray(0, length)
    const chunks: Buffer[] = []
    let got = 0
    const stream = this.open(name, length)
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        chunks.push(chunk)
        got += chunk.length
        if (got >= length) break
      }
    } finally {
      stream.destroy()
    }
    return Buffer.concat(chunks).subarray(0, length)
  }

  open(name: string, range?: number): Readable {
    const file = this.files.get(name)
    if (file !== undefined) return Readable.from([file])
    const digest = digestFromName(name)
    const known = digest === undefined ? undefined : this.known.get(digest)
    if (digest === undefined || known === undefined) {
      // size() said it is not there; the image reader does not open such names.
      return Readable.from([])
    }
    const what = `${this.label}: ${known.endpoint} ${shortDigest(digest)}`
    if (known.endpoint === 'blob') return this.client.blob(digest, what, range)
    const cached = this.documents.get(digest)
    if (cached !== undefined) return Readable.from([cached])
    const fetchManifest = async (): Promise<Buffer> => {
      const { bytes } = await this.client.manifest(digest, what)
      // The reader checks the digest too; checking here keeps a bad child out of `known`.
      const actual = digestOf(bytes, digest.slice(0, digest.indexOf(':')))
      if (actual === digest) this.remember(digest, bytes)
      return bytes
    }
    return Readable.from(
      (async function* () {
        yield await fetchManifest()
      })()
    )
  }
}

/**
 * Opens `reference` (registry/repository[:tag][@digest]) from its registry: platforms, layers
 * and file systems as `openImage` gives them for a layout, every blob checked as it streams.
 */
export async function openImageReference(
  reference: string | ImageReference,
  options: RegistryOptions = {}
): Promise<OpenedImage> {
  const parsed = typeof reference === 'string' ? parseImageReference(reference) : reference
  const label = typeof reference === 'string' ? reference : formatImageReference(reference)
  const store = new RegistryStore(new RegistryClient(parsed, options), label)
  await store.resolveRoot()
  return await openOciStore(store, 'registry')
}

/**
 * Registry credentials from the environment: GO_CI_KIT_REGISTRY_TOKEN (a bearer token), or
 * GO_CI_KIT_REGISTRY_USERNAME and GO_CI_KIT_REGISTRY_PASSWORD (basic credentials).
 */
export function registryCredentialsFromEnv(
  env: NodeJS.ProcessEnv
): Pick<RegistryOptions, 'token' | 'username' | 'password'> {
  const token = env.GO_CI_KIT_REGISTRY_TOKEN?.trim()
  const username = env.GO_CI_KIT_REGISTRY_USERNAME?.trim()
  return {
    token: token || undefined,
    username: username || undefined,
    password: username ? (env.GO_CI_KIT_REGISTRY_PASSWORD ?? '') : undefined
  }
}

/** The bearer token in `file` (--registry-token-file): its first line, trimmed. */
export function readRegistryTokenFile(file: string): string {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ImageError(
      'unreadable',
      `cannot read the registry token file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      'give the path of a file that holds the token'
    )
  }
  const token = text.split(/\r?\n/)[0]?.trim() ?? ''
  if (token === '') {
    throw new ImageError(
      'unreadable',
      `the registry token file ${file} is empty`,
      'write the bearer token on its first line'
    )
  }
  return token
}

/**
 * Whether `target` (not an existing path) is meant as a registry reference: it starts with
 * docker://, or names a registry host, a tag or a digest. A bare `image.tar` that is missing
 * stays a path, so its error says the file is missing instead of trying Docker Hub.
 */
export function looksLikeReference(target: string): boolean {
  if (target.startsWith(REFERENCE_SCHEME)) return true
  try {
    parseImageReference(target)
  } catch {
    return false
  }
  const slash = target.indexOf('/')
  const first = slash < 0 ? '' : target.slice(0, slash)
  const explicitRegistry = /[.:]/.test(first) || first === 'localhost'
  return explicitRegistry || target.includes('@') || /:[^/]*$/.test(target)
}

export interface OpenSourceOptions {
  /** Relative paths are resolved against this (default: the process's working directory). */
  cwd?: string
  registry?: RegistryOptions
}

/**
 * The CLI's and the action's entry: an existing path (layout directory or archive) is opened
 * with `openImage`; otherwise a reference (see `looksLikeReference`) is read from its registry.
 */
export async function openImageSource(
  target: string,
  options: OpenSourceOptions = {}
): Promise<OpenedImage> {
  const file = path.resolve(options.cwd ?? process.cwd(), target)
  if (!target.startsWith(REFERENCE_SCHEME) && (existsSync(file) || !looksLikeReference(target))) {
    return await openImage(file, target)
  }
  return await openImageReference(target, options.registry)
}
