/**
 * Fingerprints of Go binaries: digests, dimensions, checks and comparisons.
 * ("Fingerprint" here is a binary's digests; SARIF's per-result hashes live in core/sarif.)
 * The area's face: entries, CLI commands and other areas import from here.
 */
export * from './types.js'
export {
  runFingerprintFlow,
  type BinarySelection,
  type FingerprintFlowOptions,
  type FingerprintFlowResult,
  type LockVerifier,
  type NonGoFiles,
  type SkippedFile
} from './flow.js'
export { fingerprintActionResult } from './outputs.js'
export { renderSummary, renderText, shownName } from './render.js'
export { fingerprintFile } from './file.js'
export {
  parseExpect,
  checkExpectations,
  goSemver,
  type Assertion,
  type ExpectSubject
} from './expect.js'
export { compareFingerprints, type Comparison, type SectionDifference } from './compare.js'
export {
  buildFingerprintManifest,
  formatChecksums,
  parseFingerprintManifest,
  FINGERPRINT_MANIFEST_TYPE,
  type BinaryEntry,
  type FingerprintManifest
} from './manifest.js'
export { hashFile, OUTSIDE_SECTIONS } from './hash.js'
export { ldflagsX, dimensionsOf } from './analyze.js'
export {
  diffLocks,
  formatDrift,
  parseLock,
  snapshotEnvironment,
  verifyLockFile
} from './envlock.js'
