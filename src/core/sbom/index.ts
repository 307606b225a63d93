/**
 * Software bills of materials (CycloneDX 1.6 and SPDX 2.3 JSON) from the Go build info of one or
 * more binaries: pure, for any capability that has read build info (binary-fingerprint, images).
 */
import { toCycloneDx } from './cyclonedx.js'
import { buildInventory, type SbomBinary } from './inventory.js'
import type { SbomOptions } from './options.js'
import { toSpdx } from './spdx.js'

export {
  buildInventory,
  sbomBinariesOf,
  type BinaryEntry,
  type Inventory,
  type ModuleEntry,
  type SbomBinary
} from './inventory.js'
export { goModulePurl } from './purl.js'
export { parseGoSumHash, type GoSumHash } from './gosum.js'
export { toCycloneDx } from './cyclonedx.js'
export { toSpdx } from './spdx.js'
export type { SbomOptions } from './options.js'

export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

/** The document in `format` for `binaries` (at least one). */
export async function generateSbom(
  binaries: readonly SbomBinary[],
  format: SbomFormat,
  options: SbomOptions = {}
): Promise<string> {
  if (binaries.length === 0) throw new Error('generateSbom: no binaries')
  const inventory = buildInventory(binaries)
  return format === 'cyclonedx' ? toCycloneDx(inventory, options) : toSpdx(inventory, options)
}
