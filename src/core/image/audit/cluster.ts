/**
 * Layers and files that several images (a matrix's outputs) or platforms hold, and the bytes a
 * shared base layer would save.
 *
 * - A layer cluster is one diff ID in two or more images or platforms. A registry stores a blob once, so
 *   a layer shared by the same blob costs nothing: its duplicatedBytes is 0, and it is still
 *   listed, to show what is shared. Only when the same content was compressed into different
 *   blobs (another compressor or level) does the registry keep each: then every blob but the
 *   smallest counts. A layer cluster's size is the stored (compressed) size of its smallest
 *   blob.
 * - A file cluster is one content digest (files of at least MIN_CLUSTER_FILE_BYTES, to keep
 *   the report small) in two or more images or platforms, in different layers. Each image
 *   and platform needs one copy; a shared base layer would hold one for all, so
 *   duplicatedBytes is size × (copies − 1), where copies in one layer (the same diff ID, so
 *   one blob) count once. A second copy inside the same image and platform is that image's
 *   own 'duplicate' waste and is not counted again here; a file whose copies all sit in
 *   shared layers saves nothing and is left out.
 *
 * Order is deterministic: most duplicated bytes first, then digest, layers before files.
 */
import { platformLabel } from '../image.js'
import type { Cluster, ClusterReport, ImageAudit, PlatformAudit } from './types.js'

/** Files smaller than this are left out of file clusters. */
export const MIN_CLUSTER_FILE_BYTES = 4096

type Member = Cluster['members'][number]

interface Occurrence {
  member: Member
  /** Which image and platform it is in. */
  owner: string
  /** Where its bytes are stored: the layer's diff ID (or blob digest) when known. */
  unit: string
}

function ownerKey(audit: ImageAudit, platform: PlatformAudit): string {
  return `${audit.source}\u0000${platformLabel(platform.platform)}`
}

function layerUnit(audit: ImageAudit, platform: PlatformAudit, layer: number): string {
  const report = platform.layers[layer]
  return report?.diffId ?? report?.digest ?? `${ownerKey(audit, platform)}\u0000${layer.toString()}`
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function compareMembers(a: Member, b: Member): number {
  return (
    compare(a.image, b.image) ||
    compare(a.platform, b.platform) ||
    a.layer - b.layer ||
    compare(a.path ?? '', b.path ?? '')
  )
}

function group<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Copies beyond one when each image and platform keeps one copy and copies in the same unit
 * coalesce: units that more owners share are picked first, so sharing is counted fully.
 */
function extraCopies(occurrences: readonly Occurrence[]): number {
  const ownersOfUnit = new Map<string, Set<string>>()
  for (const { unit, owner } of occurrences) {
    const owners = ownersOfUnit.get(unit) ?? new Set<string>()
    owners.add(owner)
    ownersOfUnit.set(unit, owners)
  }
  const ranked = [...ownersOfUnit.entries()]
    .sort(([a, x], [b, y]) => y.size - x.size || compare(a, b))
    .map(([unit]) => unit)
  const chosen = new Set<string>()
  for (const owner of new Set(occurrences.map(o => o.owner))) {
    chosen.add(ranked.find(unit => ownersOfUnit.get(unit)?.has(owner)) as string)
  }
  return chosen.size - 1
}

function layerClusters(audits: readonly ImageAudit[]): Cluster[] {
  const byDiffId = new Map<
    string,
    { member: Member; owner: string; digest?: string; size: number }[]
  >()
  for (const audit of audits) {
    for (const platform of audit.platforms) {
      for (const layer of platform.layers) {
        const key = layer.diffId ?? layer.digest
        if (!key) continue
        group(byDiffId, key, {
          member: {
            image: audit.source,
            platform: platformLabel(platform.platform),
            layer: layer.index
          },
          owner: ownerKey(audit, platform),
          digest: layer.digest,
          size: layer.size
        })
      }
    }
  }
  const clusters: Cluster[] = []
  for (const [diffId, found] of byDiffId) {
    if (new Set(found.map(f => f.owner)).size < 2) continue
    // One blob per distinct stored digest; an unknown digest is taken to be the same blob.
    const blobs = new Map<string, number>()
    for (const { digest, size } of found) {
      const key = digest ?? ''
      blobs.set(key, Math.min(size, blobs.get(key) ?? size))
    }
    const sizes = [...blobs.values()]
    const smallest = Math.min(...sizes)
    clusters.push({
      kind: 'layer',
      digest: diffId,
      size: smallest,
      members: found.map(f => f.member).sort(compareMembers),
      duplicatedBytes: sizes.reduce((sum, size) => sum + size, 0) - smallest
    })
  }
  return clusters
}

function fileClusters(audits: readonly ImageAudit[]): Cluster[] {
  const byDigest = new Map<string, { size: number; occurrences: Occurrence[] }>()
  for (const audit of audits) {
    for (const platform of audit.platforms) {
      const owner = ownerKey(audit, platform)
      const label = platformLabel(platform.platform)
      for (const file of platform.files) {
        if (file.size < MIN_CLUSTER_FILE_BYTES) continue
        const entry = byDigest.get(file.digest) ?? { size: file.size, occurrences: [] }
        // One digest is one size; should the input disagree, the order must not matter.
        entry.size = Math.max(entry.size, file.size)
        entry.occurrences.push({
          member: { image: audit.source, platform: label, path: file.path, layer: file.layer },
          owner,
          unit: layerUnit(audit, platform, file.layer)
        })
        byDigest.set(file.digest, entry)
      }
    }
  }
  const clusters: Cluster[] = []
  for (const [digest, { size, occurrences }] of byDigest) {
    const owners = new Set(occurrences.map(o => o.owner))
    const units = new Set(occurrences.map(o => o.unit))
    // Across images or platforms, and not all inside one shared layer (the layer cluster
    // already shows that).
    if (owners.size < 2 || units.size < 2) continue
    const extra = extraCopies(occurrences)
    if (extra === 0) continue
    clusters.push({
      kind: 'file',
      digest,
      size,
      members: occurrences.map(o => o.member).sort(compareMembers),
      duplicatedBytes: size * extra
    })
  }
  return clusters
}

export function clusterImages(audits: readonly ImageAudit[]): ClusterReport {
  const clusters = [...layerClusters(audits), ...fileClusters(audits)].sort(
    (a, b) =>
      b.duplicatedBytes - a.duplicatedBytes ||
      compare(a.digest, b.digest) ||
      (a.kind === b.kind ? 0 : a.kind === 'layer' ? -1 : 1)
  )
  return {
    clusters,
    duplicatedBytes: clusters.reduce((sum, cluster) => sum + cluster.duplicatedBytes, 0)
  }
}
