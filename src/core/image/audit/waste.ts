/**
 * Which stored bytes of an image are waste, and why: every copy of a regular file that a layer
 * stores gets at most one kind, so a byte counts once. Precedence, first match wins:
 *   1. overwritten / deleted: a later layer replaced or removed the copy, so the final file
 *      system never shows it (whatever its path or content);
 *   2. test-binary: a Go `go test -c` binary (by its build info);
 *   3. unneeded-loader: a dynamic loader or libc while no executable asks for one;
 *   4. known-path: the Go module/build caches, Go build temp dirs, /tmp, apk/apt caches, .git;
 *   5. duplicate: content (sha256) that another layer's copy in the final view already holds.
 * A kind that names what the file is (a test binary, the loader) wins over where it lies; a
 * duplicate is relative to a copy that is kept, so it comes last (the kept copy is never one
 * that is already waste).
 */
import type { ElfProgramInfo } from '../../buildinfo/index.js'
import { formatBytes } from '../../units.js'
import type { ImageFile } from '../filesystem.js'
import { matchKnownPath, type KnownPathMatch } from './known-paths.js'
import type { GoBinaryFacts, WasteFinding, WasteKind } from './types.js'

/** A regular file's copy that a later layer (or a later entry of its own layer) took away. */
export interface RemovedCopy {
  path: string
  /** The layer that stores the bytes. */
  layer: number
  size: number
  digest?: string
  byLayer: number
  how: 'overwritten' | 'deleted'
}

/** What the pass learned of an executable of the final view from its bytes. */
export interface ExecutableFacts {
  elf?: ElfProgramInfo
  go?: GoBinaryFacts
}

export interface WasteInput {
  layerCount: number
  removed: readonly RemovedCopy[]
  /** The final file system view. */
  files: readonly ImageFile[]
  /** By path, for the final view's files with an exec bit. */
  executables: ReadonlyMap<string, ExecutableFacts>
  /**
   * Executables of the final view that were too large to read: they may ask for a loader, so
   * none is called unneeded while there is one.
   */
  unread?: number
}

export interface WasteResult {
  /** Largest first. */
  findings: WasteFinding[]
  /** Wasted bytes per layer index. */
  layerWaste: number[]
  wastedBytes: number
}

/** How many sample paths a finding carries. */
export const SAMPLE_PATHS = 20

const KIND_ORDER: WasteKind[] = [
  'overwritten',
  'deleted',
  'test-binary',
  'unneeded-loader',
  'known-path',
  'duplicate'
]

/** One wasted copy and what its finding's message needs. */
interface WastedCopy {
  kind: WasteKind
  layer: number
  path: string
  bytes: number
  byLayer?: number
  sameContent?: boolean
  known?: KnownPathMatch
  keptLayer?: number
  keptPath?: string
}

const LOADER_NAMES = [
  /^ld-musl-[^/]+\.so\.1$/,
  /^ld-linux[^/]*\.so(\.\d+)*$/,
  /^libc\.musl-[^/]+\.so\.1$/,
  /^libc\.so(\.\d+)*$/,
  /^libc-[\d.]+\.so$/
]

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/** musl's or glibc's dynamic loader or C library, by file name. */
export function isLoaderOrLibc(path: string): boolean {
  const name = basename(path)
  return LOADER_NAMES.some(pattern => pattern.test(name))
}

/** Shared objects are loaded, not run, even when they carry exec bits (glibc's libc.so.6 does). */
function isSharedObjectName(path: string): boolean {
  return /\.so(\.[\d.]+)?$/.test(basename(path))
}

/**
 * The programs of the final view: regular files with an exec bit whose bytes are an ELF
 * executable (ET_EXEC, or ET_DYN with an interpreter or without a .so name: a PIE or static
 * PIE), loaders and shared objects excepted. Scripts are not programs here: what they need is
 * their interpreter, which is a program of its own in the image.
 */
export function programsOf(
  files: readonly ImageFile[],
  executables: ReadonlyMap<string, ExecutableFacts>
): { path: string; facts: ExecutableFacts }[] {
  const programs: { path: string; facts: ExecutableFacts }[] = []
  for (const file of files) {
    if (file.type !== 'file' || (file.mode & 0o111) === 0) continue
    const facts = executables.get(file.path)
    const elf = facts?.elf
    if (facts === undefined || elf === undefined || elf.type === 'other') continue
    if (isLoaderOrLibc(file.path)) continue
    if (elf.interpreter === undefined && isSharedObjectName(file.path)) continue
    programs.push({ path: file.path, facts })
  }
  return programs
}

/** wastedPercent and efficiency from the byte counts (an empty image wastes nothing). */
export function scoreWaste(
  totalBytes: number,
  wastedBytes: number
): { wastedPercent: number; efficiency: number } {
  if (totalBytes <= 0) return { wastedPercent: 0, efficiency: 1 }
  const share = Math.min(1, Math.max(0, wastedBytes / totalBytes))
  return { wastedPercent: share * 100, efficiency: 1 - share }
}

/** Classifies every stored copy once and groups the waste into one finding per kind and layer. */
export function findWaste(input: WasteInput): WasteResult {
  const wasted: WastedCopy[] = []
  const finalByPath = new Map(input.files.map(file => [file.path, file]))
  for (const copy of input.removed) {
    if (copy.size <= 0) continue
    const replacement = copy.how === 'overwritten' ? finalByPath.get(copy.path) : undefined
    wasted.push({
      kind: copy.how,
      layer: copy.layer,
      path: copy.path,
      bytes: copy.size,
      byLayer: copy.byLayer,
      sameContent:
        replacement !== undefined &&
        replacement.layer === copy.byLayer &&
        copy.digest !== undefined &&
        replacement.digest === copy.digest,
      known: matchKnownPath(copy.path)
    })
  }

  const regular = input.files.filter(file => file.type === 'file' && file.size > 0)
  const programs = programsOf(input.files, input.executables)
  const staticGo = programs.filter(
    p => p.facts.go !== undefined && p.facts.elf?.interpreter === undefined
  )
  const loaderUnneeded =
    staticGo.length > 0 &&
    (input.unread ?? 0) === 0 &&
    programs.every(p => p.facts.elf?.interpreter === undefined)
  const otherStatic = programs.filter(p => p.facts.go === undefined).map(p => p.path)

  const classified = new Set<string>()
  for (const file of regular) {
    let copy: WastedCopy | undefined
    const known = matchKnownPath(file.path)
    if (input.executables.get(file.path)?.go?.isTest) {
      copy = { kind: 'test-binary', layer: file.layer, path: file.path, bytes: file.size }
    } else if (loaderUnneeded && isLoaderOrLibc(file.path)) {
      copy = { kind: 'unneeded-loader', layer: file.layer, path: file.path, bytes: file.size }
    } else if (known) {
      copy = { kind: 'known-path', layer: file.layer, path: file.path, bytes: file.size, known }
    }
    if (copy) {
      wasted.push(copy)
      classified.add(file.path)
    }
  }

  // Duplicates: per digest, keep the lowest layer's copy that is not already waste; copies of
  // the same content in other layers are extra. Copies in the kept copy's layer are not
  // (the same content twice in one layer is one layer's business, as dive sees it too).
  const byDigest = new Map<string, ImageFile[]>()
  for (const file of regular) {
    if (classified.has(file.path) || file.digest === undefined) continue
    const group = byDigest.get(file.digest)
    if (group) group.push(file)
    else byDigest.set(file.digest, [file])
  }
  for (const group of byDigest.values()) {
    if (group.length < 2) continue
    let kept = group[0] as ImageFile
    for (const file of group) if (file.layer < kept.layer) kept = file
    for (const file of group) {
      if (file.layer === kept.layer) continue
      wasted.push({
        kind: 'duplicate',
        layer: file.layer,
        path: file.path,
        bytes: file.size,
        keptLayer: kept.layer,
        keptPath: kept.path
      })
    }
  }

  const layerWaste = new Array<number>(input.layerCount).fill(0)
  const groups = new Map<string, WastedCopy[]>()
  for (const copy of wasted) {
    layerWaste[copy.layer] = (layerWaste[copy.layer] ?? 0) + copy.bytes
    const key = `${copy.kind}\u0000${copy.layer}`
    const group = groups.get(key)
    if (group) group.push(copy)
    else groups.set(key, [copy])
  }
  const context = { staticGo: staticGo.map(p => p.path), otherStatic }
  const findings = [...groups.values()].map(copies => toFinding(copies, context))
  findings.sort(
    (a, b) =>
      b.bytes - a.bytes ||
      a.layer - b.layer ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  )
  return {
    findings,
    layerWaste,
    wastedBytes: layerWaste.reduce((sum, bytes) => sum + bytes, 0)
  }
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`

function layerList(layers: Iterable<number>): string {
  const sorted = [...new Set(layers)].sort((a, b) => a - b).map(layer => layer + 1)
  return `${sorted.length === 1 ? 'layer' : 'layers'} ${sorted.join(', ')}`
}

/** Known-path trees of the copies, largest first, with their bytes. */
function knownTrees(copies: readonly WastedCopy[]): { match: KnownPathMatch; bytes: number }[] {
  const trees = new Map<string, { match: KnownPathMatch; bytes: number }>()
  for (const copy of copies) {
    if (copy.known === undefined) continue
    const tree = trees.get(copy.known.root)
    if (tree) tree.bytes += copy.bytes
    else trees.set(copy.known.root, { match: copy.known, bytes: copy.bytes })
  }
  return [...trees.values()].sort(
    (a, b) => b.bytes - a.bytes || a.match.root.localeCompare(b.match.root)
  )
}

function toFinding(
  copies: WastedCopy[],
  context: { staticGo: string[]; otherStatic: string[] }
): WasteFinding {
  const first = copies[0] as WastedCopy
  const { kind, layer } = first
  const bytes = copies.reduce((sum, copy) => sum + copy.bytes, 0)
  const paths = [...new Set(copies.map(copy => copy.path))].sort()
  const count = paths.length
  const what = `${plural(count, 'file')} (${formatBytes(bytes, 'decimal')}) in layer ${layer + 1}`
  let message: string
  let fix: string
  switch (kind) {
    case 'overwritten': {
      const same = copies.filter(copy => copy.sameContent).length
      message = `${what} ${count === 1 ? 'is' : 'are'} replaced by ${layerList(copies.map(c => c.byLayer ?? layer))}, but the old copies still ship${same > 0 ? ` (${same} rewritten with identical content: a metadata-only change such as chmod or chown)` : ''}`
      fix =
        same === copies.length
          ? 'set owner and mode as the files are added (COPY --chown/--chmod) instead of a later RUN chown/chmod'
          : 'write each file once: change it in the step that creates it, or merge the steps into one RUN'
      break
    }
    case 'deleted': {
      const trees = knownTrees(copies)
      const main = trees[0]
      const mostly = main !== undefined && main.bytes * 2 >= bytes
      message = `${what} ${count === 1 ? 'is' : 'are'} deleted by ${layerList(copies.map(c => c.byLayer ?? layer))}, but the bytes still ship in layer ${layer + 1}${mostly ? `: mostly ${main.match.label}` : ''}`
      fix = mostly
        ? main.match.fix
        : 'delete them in the same RUN that creates them, or never add them (.dockerignore, a narrower COPY)'
      break
    }
    case 'known-path': {
      const trees = knownTrees(copies)
      message = `${what} ${count === 1 ? 'is a build leftover' : 'are build leftovers'}: ${trees.map(t => `${t.match.label} (${formatBytes(t.bytes, 'decimal')})`).join(', ')}`
      fix = [...new Set(trees.map(t => t.match.fix))].join('; ')
      break
    }
    case 'test-binary':
      message = `${plural(count, 'Go test binary', 'Go test binaries')} (${formatBytes(bytes, 'decimal')}) in layer ${layer + 1}, built by go test -c (their build info path ends in .test)`
      fix = 'copy only the binary from the build stage, not the whole build directory'
      break
    case 'unneeded-loader': {
      const others = context.otherStatic
      message = `the dynamic loader or libc (${formatBytes(bytes, 'decimal')}) in layer ${layer + 1} is never used: every executable is static (${plural(context.staticGo.length, 'Go binary', 'Go binaries')}${others.length > 0 ? ` and ${others.length} other, e.g. ${others[0]}` : ''})`
      fix =
        others.length > 0
          ? 'drop the loader and libc: FROM scratch or gcr.io/distroless/static, copying in only the static tools you need'
          : 'use FROM scratch or gcr.io/distroless/static for the final stage'
      break
    }
    case 'duplicate': {
      const keptLayers = layerList(copies.map(c => c.keptLayer ?? 0))
      message = `${what} ${count === 1 ? 'repeats' : 'repeat'} content already in ${keptLayers} (e.g. ${first.path} = ${first.keptPath ?? '?'})`
      fix =
        'add the content once: copy or download it in one step, and do not add it again in a later one'
      break
    }
  }
  return {
    kind,
    layer,
    bytes,
    pathCount: count,
    paths: paths.slice(0, SAMPLE_PATHS),
    message,
    fix
  }
}
