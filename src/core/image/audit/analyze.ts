/**
 * One streaming pass over a platform image: per-layer changes, wasted bytes, the Go binaries
 * of the final file system and its file digests.
 *
 * Every layer is read once (readFileSystem): each regular file is hashed as it streams, only
 * files with an exec bit (the Go-binary candidates) are buffered, one at a time, for their
 * build info and ELF program headers, and memory holds one record per path plus one per lower
 * copy a later layer took away.
 *
 * The scores, next to dive's (filetree/efficiency.go and image Analyze in wagoodman/dive):
 * - totalBytes is dive's SizeBytes when it reads layer tars: the sum of the layers' file bytes.
 * - dive's efficiency is Σ(smallest size seen at a path) / Σ(every size seen at a path), i.e.
 *   1 − (bytes a later layer replaced or deleted) / total, counting the smallest copy of a path
 *   as needed. Ours is 1 − wastedBytes / totalBytes, counting as needed the copy that ships (a
 *   replacement may be larger than what it replaced) and counting more kinds of waste: the
 *   same content in several layers, known build leftovers, test binaries, an unused loader.
 *   When the only waste is replaced (never grown) or deleted files, both scores are equal,
 *   except that dive counts a whiteout of a directory as new bytes rather than waste.
 * - dive's wastedBytes adds every copy of a path seen twice, the surviving copy included; ours
 *   counts only the copies that could go (a byte counts once, see waste.ts).
 * - dive's wasted percent divides by the layers above the first (user) layer; ours divides by
 *   all of them: in a Go image FROM scratch the first layer is the user's own binary, and a
 *   single-layer image would divide by zero.
 */
import { BufferSource, readElfProgramInfo } from '../../buildinfo/index.js'
import type { OpenedImage, PlatformImage, ReadLimits } from '../image.js'
import { readGoBinary } from './go-binary.js'
import type { FileDigest, GoBinaryFacts, LayerReport, PlatformAudit } from './types.js'
import { findWaste, scoreWaste, type ExecutableFacts, type RemovedCopy } from './waste.js'

export interface AnalyzeOptions {
  limits?: Partial<ReadLimits>
  /**
   * Executables larger than this are not read for build info (default 1 GiB): each one read
   * is buffered whole, so this caps the pass's memory.
   */
  maxBinaryBytes?: number
}

export const DEFAULT_MAX_BINARY_BYTES = 1024 ** 3

/** The smallest ELF header; shorter executables are scripts or stubs. */
const MIN_BINARY_BYTES = 52

async function executableFacts(
  file: { path: string; size: number; mode: number },
  content: Buffer
): Promise<ExecutableFacts | undefined> {
  let elf: ExecutableFacts['elf']
  try {
    elf = await readElfProgramInfo(new BufferSource(content))
  } catch {
    elf = undefined
  }
  const go = await readGoBinary(file, content)
  if (elf === undefined && go === undefined) return undefined
  return { ...(elf ? { elf } : {}), ...(go ? { go } : {}) }
}

export async function auditPlatformImage(
  opened: OpenedImage,
  image: PlatformImage,
  options: AnalyzeOptions = {}
): Promise<PlatformAudit> {
  const maxBinaryBytes = options.maxBinaryBytes ?? DEFAULT_MAX_BINARY_BYTES
  const removed: RemovedCopy[] = []
  const view = await opened.readFileSystem<ExecutableFacts>(
    image,
    options.limits,
    {
      wants: file =>
        (file.mode & 0o111) !== 0 && file.size >= MIN_BINARY_BYTES && file.size <= maxBinaryBytes,
      inspect: executableFacts
    },
    {
      removed: (file, byLayer, how) => {
        if (file.type !== 'file' || file.size <= 0) return
        removed.push({
          path: file.path,
          layer: file.layer,
          size: file.size,
          digest: file.digest,
          byLayer,
          how
        })
      }
    }
  )
  const waste = findWaste({
    layerCount: image.layers.length,
    removed,
    files: view.files,
    executables: view.inspected,
    unread: view.files.filter(
      file => file.type === 'file' && (file.mode & 0o111) !== 0 && file.size > maxBinaryBytes
    ).length
  })
  const layers: LayerReport[] = image.layers.map((layer, index) => {
    const changes = view.layers[index]
    return {
      index,
      ...(layer.digest ? { digest: layer.digest } : {}),
      ...(layer.diffId ? { diffId: layer.diffId } : {}),
      size: layer.size,
      fileBytes: changes?.fileBytes ?? 0,
      added: changes?.added ?? 0,
      changed: changes?.changed ?? 0,
      deleted: changes?.deleted ?? 0,
      ...(layer.createdBy !== undefined ? { createdBy: layer.createdBy } : {}),
      wastedBytes: waste.layerWaste[index] ?? 0
    }
  })
  const totalBytes = layers.reduce((sum, layer) => sum + layer.fileBytes, 0)
  const goBinaries: GoBinaryFacts[] = [...view.inspected.values()]
    .flatMap(facts => (facts.go ? [facts.go] : []))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const files: FileDigest[] = view.files.flatMap(file =>
    file.type === 'file' && file.size > 0 && file.digest !== undefined
      ? [{ path: file.path, size: file.size, digest: file.digest, layer: file.layer }]
      : []
  )
  return {
    platform: image.platform,
    ...(image.manifestDigest ? { manifestDigest: image.manifestDigest } : {}),
    configDigest: image.configDigest,
    layers,
    findings: waste.findings,
    totalBytes,
    wastedBytes: waste.wastedBytes,
    ...scoreWaste(totalBytes, waste.wastedBytes),
    goBinaries,
    files
  }
}
