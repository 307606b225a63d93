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
  platformLabel,
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
