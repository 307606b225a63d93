/**
 * The image audit: waste per layer, the Go binaries of each platform and their checks,
 * clusters across images. The area's face for the flow, the action and the CLI.
 */
export * from './types.js'
export { auditPlatformImage, type AnalyzeOptions } from './analyze.js'
export { readGoBinary } from './go-binary.js'
export {
  checkExpect,
  checkPlatforms,
  checkWasteThresholds,
  expectSubject,
  normalizePlatform,
  parsePlatformList,
  samePlatform
} from './checks.js'
export { clusterImages, MIN_CLUSTER_FILE_BYTES } from './cluster.js'
export {
  dockerfileLinesFor,
  findDockerfile,
  parseDockerfile,
  type DockerfileInstruction,
  type ParsedDockerfile
} from './dockerfile.js'
// The flow (image-action helper): settings, run, outputs and renderings.
export {
  ACTION_OPTION_NAMES,
  CLI_OPTION_NAMES,
  DEFAULT_FAIL_ON,
  DOCKERFILE_NAME,
  parseAuditOptions,
  parseByteSize,
  parseFailOn,
  VIOLATION_KINDS,
  type AuditSettings,
  type ImageSource,
  type OptionNames,
  type RawAuditOptions
} from './settings.js'
export { platformLabel } from '../image.js'
export {
  auditViolations,
  runImageAudit,
  type AuditFlowOptions,
  type AuditFlowResult,
  type AuditViolation,
  type GoBinaryRow
} from './flow.js'
export { auditAnnotations, auditJson, failureMessage, imageAuditActionResult } from './outputs.js'
export { percentText, renderSummary, renderText, sizeText } from './render.js'
