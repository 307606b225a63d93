/**
 * SARIF for code scanning: read → shape → deliver. The action entry, the CLI
 * command and other areas import only from this file.
 *
 * - `flow.ts`: the one flow both the action and the CLI run (prepareSarif,
 *   deliverSarif with an explicit RefusalPolicy, runSarifUpload).
 * - `read/`: finding and reading SARIF files (whole or streamed), encodings,
 *   the version check and the schema.
 * - `shape/`: normalizing paths and URIs, merging runs, GitHub's limits,
 *   partial fingerprints (primaryLocationLineHash) and splitting into uploads.
 * - `deliver/`: the code scanning upload, check runs, workflow commands, the
 *   analysis ref and the job summary.
 * - At the top: the SARIF log types, result severity, the tally and `fail-on`,
 *   GitHub's limits and the settings read from the environment.
 */
export {
  ACTION_UPLOAD_ALWAYS_POLICY,
  ACTION_UPLOAD_AUTO_POLICY,
  actionRefusalPolicy,
  ANNOTATION_MODES,
  CLI_UPLOAD_POLICY,
  commandAnnotations,
  defaultCategory,
  deliverSarif,
  prepareSarif,
  runSarifUpload,
  UPLOAD_MODES,
  type AnnotationMode,
  type DeliveryOutcome,
  type DeliveryRequest,
  type RefusalPolicy,
  type SarifUploadEnvironment,
  type SarifUploadInputs,
  type SarifUploadServices,
  type UploadMode
} from './flow.js'
export type { PrepareOptions, PreparedSarif, SourceSummary } from './prepare.js'
export {
  parseSarifFailOn,
  SARIF_FAIL_ON_HELP,
  sarifGateFailure,
  type SarifFailOn
} from './fail-on.js'
export { goBaseDirs, pollOptionsFromEnv, retryFromEnv, uploadBudget } from './env.js'
export { GITHUB_LIMITS, type Limits } from './github-limits.js'
export { describeCut, type Cut } from './shape/limits.js'
export { resolveAnalysisRef, type AnalysisRef } from './deliver/refs.js'
export {
  DEFAULT_UPLOAD_TIMEOUT_MS,
  type PollOptions,
  type ProcessingResult,
  type UploadBudget
} from './deliver/upload.js'
export {
  sarifValidators,
  type SarifValidators,
  type SchemaMode,
  type SchemaProblem
} from './read/schema.js'
// The SARIF 2.1.0 log, as code scanning reads it: for anything that writes SARIF.
export {
  LEVELS,
  SARIF_SCHEMA_URI,
  SARIF_VERSION,
  type Artifact,
  type ArtifactLocation,
  type CodeFlow,
  type Invocation,
  type Level,
  type Location,
  type Message,
  type PhysicalLocation,
  type PropertyBag,
  type ReportingDescriptor,
  type ReportingDescriptorReference,
  type SarifLog,
  type SarifRegion,
  type SarifResult,
  type SarifRun,
  type Stack,
  type StackFrame,
  type Suppression,
  type ThreadFlow,
  type ThreadFlowLocation,
  type ToolComponent
} from './types.js'
