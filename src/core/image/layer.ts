/** One layer's tar, streamed: entries with their content digest, names checked, counts capped. */
import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import tar, { type Header } from 'tar-stream'
import { ImageError } from './errors.js'

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo'

export interface LayerEntry {
  /** Path components below the root, e.g. ['usr', 'bin', 'app']. */
  parts: string[]
  type: EntryType
  size: number
  mode: number
  uid: number
  gid: number
  /** sha256:… of a regular file's content. */
  digest?: string
  /** Target of a symlink, or the path (from the root, '/'-joined) a hard link points at. */
  linkname?: string
}

const TYPES: Record<Header['type'], EntryType> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
  'character-device': 'char',
  'block-device': 'block',
  fifo: 'fifo'
}

/** Splits a member name into components; absolute and `..` names are refused, as zip-slip. */
export function splitEntryName(name: string, what: string): string[] {
  if (name.startsWith('/') || name.split('/').includes('..')) {
    throw new ImageError(
      'unsafe-path',
      `${what} has an entry '${name}' that escapes the root file system (absolute or '..' path)`,
      'rebuild the layer from a clean directory; a well-formed image never has such names'
    )
  }
  return name.split('/').filter(part => part !== '' && part !== '.')
}

export interface LayerLimits {
  maxEntries: number
}

/** Asks for a regular file's content (buffered whole, one file at a time) to look inside it. */
export interface ContentHook {
  wants(parts: string[], size: number, mode: number): boolean
  inspect(entry: LayerEntry, content: Buffer): Promise<void>
}

/** Calls `visit` for each entry of the uncompressed tar stream, in order. */
export async function readLayerEntries(
  source: Readable,
  what: string,
  limits: LayerLimits,
  visit: (entry: LayerEntry) => void,
  hook?: ContentHook
): Promise<void> {
  const parser = tar.extract()
  source.on('error', error => parser.destroy(error))
  source.pipe(parser)
  let count = 0
  try {
    for await (const member of parser) {
      const header = member.header
      count += 1
      if (count > limits.maxEntries) {
        throw new ImageError(
          'limit',
          `${what} has more than ${limits.maxEntries} entries (the per-layer limit); refusing it as a layer bomb`,
          'raise maxLayerEntries if this image really has such a layer'
        )
      }
      const type: EntryType | undefined = TYPES[header.type]
      const parts = splitEntryName(header.name, what)
      let digest: string | undefined
      let size = 0
      let content: Buffer[] | undefined
      if (type === 'file') {
        if (hook?.wants(parts, header.size, header.mode ?? 0)) content = []
        const hash = createHash('sha256')
        for await (const chunk of member as AsyncIterable<Buffer>) {
          hash.update(chunk)
          content?.push(chunk)
          size += chunk.length
        }
        digest = `sha256:${hash.digest('hex')}`
      } else {
        member.resume()
      }
      if (type === undefined || parts.length === 0) continue
      let linkname = header.linkname ?? undefined
      if (type === 'hardlink' && linkname !== undefined) {
        linkname = splitEntryName(linkname, what).join('/')
      }
      const entry: LayerEntry = {
        parts,
        type,
        size,
        mode: header.mode ?? 0,
        uid: header.uid ?? 0,
        gid: header.gid ?? 0,
        digest,
        linkname
      }
      visit(entry)
      if (content !== undefined && hook) await hook.inspect(entry, Buffer.concat(content))
    }
  } catch (error) {
    source.unpipe(parser)
    source.destroy()
    if (error instanceof ImageError) throw error
    const message = (error as Error).message
    if (/unexpected end|premature|truncated/i.test(message)) {
      throw new ImageError(
        'truncated',
        `${what} is truncated (${message})`,
        'the image is damaged: export it again'
      )
    }
    throw new ImageError(
      'format',
      `${what} is not a valid tar layer: ${message}`,
      'the image is damaged: export it again'
    )
  }
}
