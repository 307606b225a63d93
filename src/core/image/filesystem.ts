/**
 * The merged file system of an image's layers, applied as the runtime (overlayfs) applies
 * them: `.wh.<name>` deletes <name> from lower layers, `.wh..wh..opq` hides everything lower
 * layers put in its directory, and an entry replaces what was at its path. Memory is one node
 * per path, never file contents.
 */
import type { EntryType, LayerEntry } from './layer.js'

export const WHITEOUT_PREFIX = '.wh.'
export const OPAQUE_WHITEOUT = '.wh..wh..opq'

export interface ImageFile {
  /** Absolute, e.g. /usr/bin/app. */
  path: string
  type: EntryType
  size: number
  mode: number
  uid: number
  gid: number
  digest?: string
  linkname?: string
  /** Index (0-based) of the layer that wrote this path last. */
  layer: number
}

export interface LayerChanges {
  /** Paths this layer created that no lower layer had. */
  added: number
  /** Paths this layer rewrote. */
  changed: number
  /** Paths this layer deleted with whiteouts (every path under a deleted directory counts). */
  deleted: number
  entries: number
  /** Bytes of regular files in the layer (uncompressed). */
  fileBytes: number
}

interface Node {
  entry?: Omit<ImageFile, 'path'>
  children?: Map<string, Node>
}

/**
 * Told of every path a layer takes away from the view, with what was there: `deleted` by a
 * whiteout, an opaque directory or a file replacing a directory; `overwritten` by a new entry
 * at the same path (also one earlier in the same layer). Lets the audit count the bytes lower
 * layers still store for nothing.
 */
export type RemovalListener = (
  removed: ImageFile,
  byLayer: number,
  how: 'overwritten' | 'deleted'
) => void

function countNodes(node: Node): number {
  let count = node.entry ? 1 : 0
  for (const child of node.children?.values() ?? []) count += countNodes(child)
  return count
}

/** Counts a removed subtree and tells the listener of each path in it. */
function removeNodes(
  node: Node,
  path: string,
  byLayer: number,
  how: 'overwritten' | 'deleted',
  listener: RemovalListener | undefined
): number {
  if (listener === undefined) return countNodes(node)
  let count = 0
  if (node.entry) {
    count += 1
    listener({ path, ...node.entry }, byLayer, how)
  }
  for (const [name, child] of node.children ?? []) {
    count += removeNodes(child, `${path}/${name}`, byLayer, 'deleted', listener)
  }
  return count
}

const joinPath = (parts: string[]): string => `/${parts.join('/')}`

/** Layers applied one at a time, in order. */
export class MergedFileSystem {
  private readonly root: Node = { children: new Map() }

  /**
   * Applies one layer: its whiteouts first (they only hide lower layers), then its entries.
   * `onRemoved` hears of every path the layer deletes or replaces.
   */
  applyLayer(
    layer: number,
    entries: Iterable<LayerEntry>,
    whiteouts: string[][],
    opaque: string[][],
    onRemoved?: RemovalListener
  ): LayerChanges {
    const changes: LayerChanges = { added: 0, changed: 0, deleted: 0, entries: 0, fileBytes: 0 }
    for (const dir of opaque) {
      const node = this.find(dir)
      if (node?.children) {
        for (const [name, child] of node.children) {
          changes.deleted += removeNodes(
            child,
            joinPath([...dir, name]),
            layer,
            'deleted',
            onRemoved
          )
        }
        node.children.clear()
      }
    }
    for (const parts of whiteouts) {
      const parent = this.find(parts.slice(0, -1))
      const name = parts[parts.length - 1] ?? ''
      const node = parent?.children?.get(name)
      if (node) {
        changes.deleted += removeNodes(node, joinPath(parts), layer, 'deleted', onRemoved)
        parent?.children?.delete(name)
      }
    }
    for (const entry of entries) {
      changes.entries += 1
      changes.fileBytes += entry.type === 'file' ? entry.size : 0
      const parent = this.ensureDirs(entry.parts.slice(0, -1), layer, onRemoved)
      const name = entry.parts[entry.parts.length - 1] ?? ''
      const existing = parent.children?.get(name)
      const value = {
        type: entry.type,
        size: entry.size,
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        digest: entry.digest,
        linkname: entry.linkname,
        layer
      }
      if (existing?.entry) {
        changes.changed += 1
        onRemoved?.({ path: joinPath(entry.parts), ...existing.entry }, layer, 'overwritten')
      } else changes.added += 1
      if (entry.type === 'directory' && existing?.children) {
        existing.entry = value // a directory entry over a directory keeps its contents
      } else {
        if (existing?.children) {
          const dirPath = joinPath(entry.parts)
          for (const [childName, child] of existing.children) {
            changes.deleted += removeNodes(
              child,
              `${dirPath}/${childName}`,
              layer,
              'deleted',
              onRemoved
            )
          }
        }
        parent.children?.set(
          name,
          entry.type === 'directory' ? { entry: value, children: new Map() } : { entry: value }
        )
      }
    }
    return changes
  }

  private find(parts: string[]): Node | undefined {
    let node: Node | undefined = this.root
    for (const part of parts) {
      node = node?.children?.get(part)
      if (node === undefined) return undefined
    }
    return node
  }

  /**
   * Parent directories a layer implies without listing them (tar allows that); one replaces a
   * non-directory at its path.
   */
  private ensureDirs(parts: string[], layer: number, onRemoved?: RemovalListener): Node {
    let node = this.root
    for (const [depth, part] of parts.entries()) {
      let child = node.children?.get(part)
      if (child === undefined || child.children === undefined) {
        if (child?.entry) {
          onRemoved?.(
            { path: joinPath(parts.slice(0, depth + 1)), ...child.entry },
            layer,
            'overwritten'
          )
        }
        child = {
          entry: { type: 'directory', size: 0, mode: 0o755, uid: 0, gid: 0, layer },
          children: new Map()
        }
        node.children?.set(part, child)
      }
      node = child
    }
    return node
  }

  /** Every path, sorted, parents before children. */
  files(): ImageFile[] {
    const result: ImageFile[] = []
    const walk = (node: Node, prefix: string): void => {
      const names = [...(node.children?.keys() ?? [])].sort()
      for (const name of names) {
        const child = node.children?.get(name)
        if (child === undefined) continue
        const childPath = `${prefix}/${name}`
        if (child.entry) result.push({ path: childPath, ...child.entry })
        walk(child, childPath)
      }
    }
    walk(this.root, '')
    return result
  }
}

/** Sorts a layer's entries into whiteouts, opaque markers and real entries. */
export function classifyEntry(
  entry: LayerEntry
): { kind: 'opaque'; dir: string[] } | { kind: 'whiteout'; target: string[] } | { kind: 'entry' } {
  const name = entry.parts[entry.parts.length - 1] ?? ''
  if (name === OPAQUE_WHITEOUT) return { kind: 'opaque', dir: entry.parts.slice(0, -1) }
  if (name.startsWith(WHITEOUT_PREFIX)) {
    return {
      kind: 'whiteout',
      target: [...entry.parts.slice(0, -1), name.slice(WHITEOUT_PREFIX.length)]
    }
  }
  return { kind: 'entry' }
}
