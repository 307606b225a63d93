/**
 * Opens an image without a daemon: an OCI image layout directory, an OCI archive (a tar of a
 * layout), or a `docker save` archive (manifest.json, legacy or OCI-style paths). An index
 * (multi-arch) yields one image per platform. Every blob read is checked against its digest.
 */
import { statSync } from 'node:fs'
import { open as openFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { Writable, type Readable } from 'node:stream'
import { ImageError, REEXPORT_FIX } from './errors.js'
import {
  classifyEntry,
  MergedFileSystem,
  type ImageFile,
  type LayerChanges,
  type RemovalListener
} from './filesystem.js'
import { readLayerEntries, type LayerEntry } from './layer.js'
import { DirectoryStore, isSafeMemberName, TarStore, type ImageStore } from './store.js'
import {
  ByteCap,
  decompressor,
  DigestCheck,
  isDigest,
  shortDigest,
  sniffCompression
} from './streams.js'

export type ImageFormat = 'oci-layout' | 'oci-archive' | 'docker-archive' | 'registry'

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export interface ImageLayer {
  /** Content digest of the blob as stored (compressed), when the format has one. */
  digest?: string
  /** Uncompressed digest from the config's rootfs.diff_ids. */
  diffId?: string
  /** Stored size in bytes. */
  size: number
  mediaType: string
  /** The history line that made it (the Dockerfile instruction), when the config has one. */
  createdBy?: string
  /** Where it is in the layout or archive. */
  blob: string
}

export interface PlatformImage {
  platform: Platform
  /** Digest of the image manifest (OCI formats). */
  manifestDigest?: string
  configDigest: string
  tags: string[]
  layers: ImageLayer[]
  /** The image config as parsed (env, entrypoint, history, rootfs …). */
  config: Record<string, unknown>
}

export interface SkippedManifest {
  digest: string
  reason: string
}

export interface ReadLimits {
  /** Most bytes one layer may expand to (default 8 GiB). */
  maxLayerBytes: number
  /** Most tar entries one layer may have (default 1,000,000). */
  maxLayerEntries: number
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxLayerBytes: 8 * 1024 ** 3,
  maxLayerEntries: 1_000_000
}

export interface FileSystemView<T = never> {
  files: ImageFile[]
  layers: LayerChanges[]
  /** What `inspect` returned for files that are in the final view (by path). */
  inspected: Map<string, T>
}

/**
 * Looks inside regular files as they stream by, without writing them anywhere: `wants` picks
 * files by path, size and mode; each picked file is buffered whole (one at a time) and handed
 * to `inspect`. Results of files that a later layer replaces or deletes are dropped.
 */
export interface FileInspector<T> {
  wants(file: { path: string; size: number; mode: number }): boolean
  inspect(
    file: { path: string; size: number; mode: number },
    content: Buffer
  ): Promise<T | undefined>
}

/**
 * Sees more than the final view: every path a later layer takes away (`removed`), with the
 * layer that stores the lower copy and its digest. For accounting that needs the lower copies,
 * e.g. wasted bytes.
 */
export interface LayerObserver {
  removed?: RemovalListener
}

const MAX_JSON_BYTES = 16 * 1024 * 1024

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])
const MANIFEST_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
])

interface Descriptor {
  mediaType?: string
  digest: string
  size: number
  platform?: Platform
  annotations?: Record<string, string>
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** os/architecture[/variant], as the image or the user wrote it. */
export function platformLabel(platform: Platform): string {
  return `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`
}

function blobName(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`
}

async function collect(stream: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length
    if (length > limit)
      throw new ImageError('limit', `${what} is larger than ${limit} bytes`, REEXPORT_FIX)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function parseJson(bytes: Buffer, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new ImageError(
      'format',
      `${what} is not valid JSON (${(error as Error).message})`,
      REEXPORT_FIX
    )
  }
  if (!isObject(value)) throw new ImageError('format', `${what} is not a JSON object`, REEXPORT_FIX)
  return value
}

function parsePlatform(value: unknown): Platform | undefined {
  if (!isObject(value)) return undefined
  const { os, architecture, variant } = value
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined
  return typeof variant === 'string' && variant !== ''
    ? { os, architecture, variant }
    : { os, architecture }
}

function parseDescriptor(value: unknown, what: string): Descriptor {
  if (
    !isObject(value) ||
    !isDigest(value.digest) ||
    !Number.isSafeInteger(value.size) ||
    (value.size as number) < 0
  ) {
    throw new ImageError(
      'format',
      `${what} is not a valid descriptor (digest and size are required)`,
      REEXPORT_FIX
    )
  }
  return {
    mediaType: typeof value.mediaType === 'string' ? value.mediaType : undefined,
    digest: value.digest,
    size: value.size as number,
    platform: parsePlatform(value.platform),
    annotations: isObject(value.annotations)
      ? (value.annotations as Record<string, string>)
      : undefined
  }
}

/** An opened image: its platforms, and the reader of their file systems. */
export class OpenedImage {
  constructor(
    readonly format: ImageFormat,
    readonly images: PlatformImage[],
    readonly skipped: SkippedManifest[],
    private readonly store: ImageStore,
    /** Whether this is a multi-platform index. */
    readonly isIndex: boolean
  ) {}

  get label(): string {
    return this.store.label
  }

  /** The merged file system of one platform's image, every layer verified as it streams. */
  async readFileSystem<T = never>(
    image: PlatformImage,
    limits: Partial<ReadLimits> = {},
    inspector?: FileInspector<T>,
    observer?: LayerObserver
  ): Promise<FileSystemView<T>> {
    const { maxLayerBytes, maxLayerEntries } = { ...DEFAULT_LIMITS, ...limits }
    const merged = new MergedFileSystem()
    const changes: LayerChanges[] = []
    const inspected = new Map<string, { layer: number; value: T }>()
    for (const [index, layer] of image.layers.entries()) {
      const what = `${this.store.label}: layer ${index + 1} of ${image.layers.length} (${platformLabel(image.platform)}, ${shortDigest(layer.digest ?? layer.diffId ?? layer.blob)})`
      const stored = this.store.size(layer.blob)
      if (stored === undefined) throw missingBlob(this.store.label, layer.blob, what)
      const compression = sniffCompression(await this.store.head(layer.blob, 4))
      const stages: NodeJS.ReadWriteStream[] = []
      if (layer.digest !== undefined) stages.push(new DigestCheck(layer.digest, what, layer.size))
      const inflate = decompressor(compression)
      if (inflate) stages.push(inflate)
      stages.push(new ByteCap(maxLayerBytes, what))
      // The blob digest already covers a compressed layer; a docker save tar only has its diff_id.
      if (layer.digest === undefined && layer.diffId !== undefined)
        stages.push(new DigestCheck(layer.diffId, what))
      let stream: Readable = this.store.open(layer.blob)
      for (const stage of stages) {
        const previous = stream
        previous.on('error', error => (stage as unknown as Writable).destroy(error))
        stream = previous.pipe(stage) as unknown as Readable
      }
      const entries: LayerEntry[] = []
      const whiteouts: string[][] = []
      const opaque: string[][] = []
      const hook = inspector && {
        wants: (parts: string[], size: number, mode: number) =>
          inspector.wants({ path: `/${parts.join('/')}`, size, mode }),
        inspect: async (entry: LayerEntry, content: Buffer) => {
          const file = { path: `/${entry.parts.join('/')}`, size: entry.size, mode: entry.mode }
          const value = await inspector.inspect(file, content)
          if (value !== undefined) inspected.set(file.path, { layer: index, value })
        }
      }
      try {
        await readLayerEntries(
          stream,
          what,
          { maxEntries: maxLayerEntries },
          entry => {
            const kind = classifyEntry(entry)
            if (kind.kind === 'opaque') opaque.push(kind.dir)
            else if (kind.kind === 'whiteout') whiteouts.push(kind.target)
            else entries.push(entry)
          },
          hook
        )
        // tar-stream stops at the end-of-archive marker; drain the rest so the digest is checked.
        await pipeline(stream, discard()).catch(error => {
          throw error instanceof ImageError
            ? error
            : new ImageError(
                'format',
                `${what} could not be decompressed (${(error as Error).message})`,
                REEXPORT_FIX
              )
        })
      } catch (error) {
        // A damaged blob often breaks gunzip or the tar parser before its digest is checked:
        // say which blob is damaged, not how the damage showed.
        throw (await this.blobMismatch(layer, what)) ?? error
      }
      changes.push(merged.applyLayer(index, entries, whiteouts, opaque, observer?.removed))
    }
    const files = merged.files()
    const survivors = new Map<string, T>()
    for (const file of files) {
      const found = inspected.get(file.path)
      if (found !== undefined && found.layer === file.layer && file.type === 'file') {
        survivors.set(file.path, found.value)
      }
    }
    return { files, layers: changes, inspected: survivors }
  }

  /** The digest (or length) error of a stored layer blob, if it has one. */
  private async blobMismatch(layer: ImageLayer, what: string): Promise<ImageError | undefined> {
    if (layer.digest === undefined) return undefined
    try {
      await pipeline(
        this.store.open(layer.blob),
        new DigestCheck(layer.digest, what, layer.size),
        discard()
      )
      return undefined
    } catch (error) {
      return error instanceof ImageError ? error : undefined
    }
  }
}

const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() })

function missingBlob(label: string, blob: string, what: string): ImageError {
  return new ImageError(
    'missing-blob',
    `${what} refers to ${blob}, which is not in ${label}`,
    'the layout or archive is incomplete: copy the whole image again (crane pull or skopeo copy with all layers)'
  )
}

class BlobReader {
  constructor(readonly store: ImageStore) {}

  /** A manifest, index or config blob, checked against its digest; `name` where it is stored. */
  async json(
    descriptor: Descriptor,
    what: string,
    name = blobName(descriptor.digest)
  ): Promise<Record<string, unknown>> {
    if (this.store.size(name) === undefined) throw missingBlob(this.store.label, name, what)
    if (descriptor.size > MAX_JSON_BYTES) {
      throw new ImageError(
        'limit',
        `${what} declares ${descriptor.size} bytes, more than a manifest or config may have`,
        REEXPORT_FIX
      )
    }
    const check = new DigestCheck(
      descriptor.digest,
      `${what} (${descriptor.digest})`,
      descriptor.size
    )
    const source = this.store.open(name)
    source.on('error', error => check.destroy(error))
    return parseJson(await collect(source.pipe(check), MAX_JSON_BYTES, what), what)
  }

  async file(name: string, what: string): Promise<Record<string, unknown> | unknown[]> {
    if (this.store.size(name) === undefined) {
      throw new ImageError('format', `${this.store.label} has no ${name}`, REEXPORT_FIX)
    }
    const bytes = await collect(this.store.open(name), MAX_JSON_BYTES, what)
    try {
      return JSON.parse(bytes.toString('utf8')) as Record<string, unknown> | unknown[]
    } catch (error) {
      throw new ImageError(
        'format',
        `${what} is not valid JSON (${(error as Error).message})`,
        REEXPORT_FIX
      )
    }
  }
}

function historyLines(config: Record<string, unknown>, layerCount: number): (string | undefined)[] {
  const history = Array.isArray(config.history) ? config.history : []
  const lines: (string | undefined)[] = []
  for (const item of history) {
    if (!isObject(item) || item.empty_layer === true) continue
    lines.push(typeof item.created_by === 'string' ? item.created_by : undefined)
  }
  return lines.length === layerCount ? lines : new Array<undefined>(layerCount).fill(undefined)
}

function diffIds(config: Record<string, unknown>, layerCount: number, what: string): string[] {
  const rootfs = config.rootfs
  const ids = isObject(rootfs) && Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids : []
  if (ids.length !== layerCount || !ids.every(isDigest)) {
    throw new ImageError(
      'format',
      `${what}: its config lists ${ids.length} layer diff_ids for ${layerCount} layers`,
      REEXPORT_FIX
    )
  }
  return ids
}

function configPlatform(config: Record<string, unknown>): Platform {
  return parsePlatform(config) ?? { os: 'unknown', architecture: 'unknown' }
}

async function readOciImages(
  reader: BlobReader
): Promise<{ images: PlatformImage[]; skipped: SkippedManifest[]; isIndex: boolean }> {
  const label = reader.store.label
  const index = await reader.file('index.json', `${label}: index.json`)
  if (!isObject(index) || !Array.isArray(index.manifests)) {
    throw new ImageError('format', `${label}: index.json has no manifests list`, REEXPORT_FIX)
  }
  const images: PlatformImage[] = []
  const skipped: SkippedManifest[] = []
  const seen = new Set<string>()
  let isIndex = false

  const visit = async (
    descriptor: Descriptor,
    what: string,
    depth: number,
    tags: string[]
  ): Promise<void> => {
    if (seen.has(descriptor.digest)) return
    seen.add(descriptor.digest)
    if (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') {
      skipped.push({ digest: descriptor.digest, reason: 'attestation manifest' })
      return
    }
    const known =
      descriptor.mediaType !== undefined &&
      (INDEX_TYPES.has(descriptor.mediaType) || MANIFEST_TYPES.has(descriptor.mediaType))
    if (descriptor.mediaType !== undefined && !known) {
      skipped.push({ digest: descriptor.digest, reason: `media type ${descriptor.mediaType}` })
      return
    }
    const document = await reader.json(descriptor, what)
    const mediaType =
      descriptor.mediaType ??
      (typeof document.mediaType === 'string' ? document.mediaType : undefined)
    if (
      (mediaType !== undefined && INDEX_TYPES.has(mediaType)) ||
      Array.isArray(document.manifests)
    ) {
      if (depth > 4)
        throw new ImageError('format', `${what}: indexes nested more than 4 deep`, REEXPORT_FIX)
      isIndex = true
      const children = Array.isArray(document.manifests) ? document.manifests : []
      for (const [i, child] of children.entries()) {
        const childWhat = `${label}: manifest ${i + 1} of index ${shortDigest(descriptor.digest)}`
        await visit(parseDescriptor(child, childWhat), childWhat, depth + 1, tags)
      }
      return
    }
    if (!isObject(document.config) || !Array.isArray(document.layers)) {
      skipped.push({
        digest: descriptor.digest,
        reason: 'not an image manifest (no config and layers)'
      })
      return
    }
    const configDescriptor = parseDescriptor(document.config, `${what}: config`)
    const config = await reader.json(
      configDescriptor,
      `${label}: config of ${shortDigest(descriptor.digest)}`
    )
    const layers = document.layers.map((layer, i) =>
      parseDescriptor(layer, `${what}: layer ${i + 1}`)
    )
    const ids = diffIds(config, layers.length, `${label}: image ${shortDigest(descriptor.digest)}`)
    const created = historyLines(config, layers.length)
    images.push({
      platform: descriptor.platform ?? configPlatform(config),
      manifestDigest: descriptor.digest,
      configDigest: configDescriptor.digest,
      tags,
      config,
      layers: layers.map((layer, i) => ({
        digest: layer.digest,
        diffId: ids[i],
        size: layer.size,
        mediaType: layer.mediaType ?? 'application/vnd.oci.image.layer.v1.tar',
        createdBy: created[i],
        blob: blobName(layer.digest)
      }))
    })
  }

  for (const [i, entry] of index.manifests.entries()) {
    const what = `${label}: index.json manifest ${i + 1}`
    const descriptor = parseDescriptor(entry, what)
    const tag = descriptor.annotations?.['org.opencontainers.image.ref.name']
    await visit(descriptor, what, 0, tag ? [tag] : [])
  }
  if (images.length === 0) {
    throw new ImageError(
      'format',
      `${label}: no image manifest in index.json${skipped.length ? ` (skipped: ${skipped.map(s => s.reason).join(', ')})` : ''}`,
      REEXPORT_FIX
    )
  }
  return { images, skipped, isIndex }
}

function memberName(value: unknown, what: string, label: string): string {
  if (typeof value !== 'string' || !isSafeMemberName(value)) {
    throw new ImageError(
      'unsafe-path',
      `${label}: manifest.json ${what} '${String(value)}' is not a relative path inside the archive`,
      REEXPORT_FIX
    )
  }
  return value
}

async function readDockerImages(reader: BlobReader): Promise<PlatformImage[]> {
  const label = reader.store.label
  const manifest = await reader.file('manifest.json', `${label}: manifest.json`)
  if (!Array.isArray(manifest) || manifest.length === 0) {
    throw new ImageError(
      'format',
      `${label}: manifest.json is not a non-empty list of images`,
      REEXPORT_FIX
    )
  }
  const images: PlatformImage[] = []
  for (const [i, item] of manifest.entries()) {
    const what = `${label}: manifest.json image ${i + 1}`
    if (!isObject(item) || !Array.isArray(item.Layers)) {
      throw new ImageError('format', `${what} has no Layers list`, REEXPORT_FIX)
    }
    const configName = memberName(item.Config, 'Config', label)
    const hex = /([a-f0-9]{64})(\.json)?$/.exec(configName)?.[1]
    if (hex === undefined)
      throw new ImageError(
        'format',
        `${what}: Config '${configName}' does not name a sha256 digest`,
        REEXPORT_FIX
      )
    const configDigest = `sha256:${hex}`
    const size = reader.store.size(configName)
    if (size === undefined) throw missingBlob(label, configName, `${what} config`)
    const config = await reader.json({ digest: configDigest, size }, `${what} config`, configName)
    const layerNames = item.Layers.map((layer, j) => memberName(layer, `layer ${j + 1}`, label))
    const ids = diffIds(config, layerNames.length, what)
    const created = historyLines(config, layerNames.length)
    images.push({
      platform: configPlatform(config),
      configDigest,
      tags: Array.isArray(item.RepoTags)
        ? item.RepoTags.filter((tag): tag is string => typeof tag === 'string')
        : [],
      config,
      layers: layerNames.map((name, j) => {
        const blobHex = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(name)?.[1]
        return {
          digest: blobHex ? `sha256:${blobHex}` : undefined,
          diffId: ids[j],
          size: reader.store.size(name) ?? 0,
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
          createdBy: created[j],
          blob: name
        }
      })
    })
  }
  return images
}

async function looksGzipped(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r')
  try {
    const head = Buffer.alloc(2)
    await handle.read(head, 0, 2, 0)
    return head[0] === 0x1f && head[1] === 0x8b
  } finally {
    await handle.close()
  }
}

/** Reads the images of a store that looks like an OCI layout (index.json and blobs/). */
export async function openOciStore(store: ImageStore, format: ImageFormat): Promise<OpenedImage> {
  const { images, skipped, isIndex } = await readOciImages(new BlobReader(store))
  return new OpenedImage(format, images, skipped, store, isIndex)
}

/** Opens an image layout directory, an OCI archive or a docker save archive at `target`. */
export async function openImage(target: string, label = target): Promise<OpenedImage> {
  let isDirectory: boolean
  try {
    isDirectory = statSync(target).isDirectory()
  } catch (error) {
    throw new ImageError(
      'unreadable',
      `cannot open ${label}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'check the path'
    )
  }
  let store: ImageStore
  if (isDirectory) {
    store = new DirectoryStore(target, label)
  } else {
    if (await looksGzipped(target)) {
      throw new ImageError(
        'format',
        `${label} is gzip-compressed`,
        `decompress it first (gunzip), then give the .tar`
      )
    }
    store = await TarStore.open(target, label)
  }
  const reader = new BlobReader(store)
  if (store.size('oci-layout') !== undefined && store.size('index.json') !== undefined) {
    const layout = await reader.file('oci-layout', `${label}: oci-layout`)
    if (!isObject(layout) || layout.imageLayoutVersion !== '1.0.0') {
      throw new ImageError(
        'format',
        `${label}: oci-layout has imageLayoutVersion ${JSON.stringify(isObject(layout) ? layout.imageLayoutVersion : undefined)}, this reader knows 1.0.0`,
        'export the image with a current tool'
      )
    }
    const { images, skipped, isIndex } = await readOciImages(reader)
    return new OpenedImage(
      isDirectory ? 'oci-layout' : 'oci-archive',
      images,
      skipped,
      store,
      isIndex
    )
  }
  if (store.size('manifest.json') !== undefined) {
    return new OpenedImage('docker-archive', await readDockerImages(reader), [], store, false)
  }
  throw new ImageError(
    'format',
    `${label} is not an OCI image layout, an OCI archive or a docker save archive (no oci-layout + index.json, no manifest.json)`,
    'give a directory written by umoci/crane/skopeo (oci:DIR), an OCI archive or the output of docker save'
  )
}
