/** One SBOM document from the binaries' build info, in the format asked for. */
import { toCycloneDx } from './cyclonedx.js'
import { buildInventory, type SbomBinary } from './inventory.js'
import type { SbomOptions } from './options.js'
import { toSpdx } from './spdx.js'

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
