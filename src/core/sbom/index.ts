/**
 * Software bills of materials (CycloneDX 1.6 and SPDX 2.3 JSON) from the Go build info of one or
 * more binaries: pure, for any capability that has read build info (binary-fingerprint, images).
 */
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
export { generateSbom, SBOM_FORMATS, type SbomFormat } from './generate.js'
export {
  checkSbomTarget,
  SBOM_FORMAT_CHOICES,
  sbomFileName,
  sbomOptionsFromEpoch,
  sbomRequestFromInputs,
  writeSbomDocument,
  writeSbomFile,
  type SbomFormatChoice,
  type SbomRequest,
  type SbomTargetLabel
} from './write.js'
