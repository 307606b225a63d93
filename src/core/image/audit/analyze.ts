/**
 * One streaming pass over a platform image: per-layer changes, wasted bytes, the Go binaries
 * of the final file system and its file digests. STUB: the image-waste helper implements it.
 */
import type { OpenedImage, PlatformImage, ReadLimits } from '../image.js'
import type { PlatformAudit } from './types.js'

export interface AnalyzeOptions {
  limits?: Partial<ReadLimits>
}

export async function auditPlatformImage(
  opened: OpenedImage,
  image: PlatformImage,
  options: AnalyzeOptions = {}
): Promise<PlatformAudit> {
  void opened
  void image
  void options
  throw new Error('auditPlatformImage: not implemented yet')
}
