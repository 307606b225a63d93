/**
 * Layers and files that several images (a matrix's outputs) or platforms hold, and the bytes a
 * shared base layer would save. STUB: the image-checks helper implements it.
 */
import type { ClusterReport, ImageAudit } from './types.js'

export function clusterImages(audits: readonly ImageAudit[]): ClusterReport {
  void audits
  throw new Error('clusterImages: not implemented yet')
}
