/**
 * The vulnerability gate's face: the one flow (runVulnGate) the action and the
 * CLI run, the values their options take, and what they print. Entries, CLI
 * commands and other areas import only from this file.
 */
export {
  runVulnGate,
  isGovulncheckFailure,
  defaultSarifCategory,
  type AdvisoryLookup,
  type VulnGateOptions,
  type VulnGateResult
} from './flow.js'
export type { GovulncheckRequest } from './source.js'
export type { InputNames } from './check-paths.js'
export { vulnerabilitiesOutput, type VulnerabilityOutput } from './outputs.js'
export {
  FAIL_ON_VALUES,
  UNKNOWN_SEVERITY_VALUES,
  type FailOnReachability,
  type UnknownSeverityPolicy
} from './vulnerability-verdict.js'
export { SEVERITY_THRESHOLDS, type SeverityThreshold } from './advisory-severity.js'
export { DEFAULT_GOVULNCHECK_VERSION } from './govulncheck.js'
export type { GateReport, VulnerabilityReport } from './gate.js'
export { callSiteMessage, manifestMessage } from './messages.js'
export { goRelease } from './symbols.js'
export type { ScanLevel } from './types.js'
