/**
 * The numbers code scanning enforces on an upload, kept apart from the code
 * that applies them so that any area writing SARIF (sarif, vuln) can use them.
 */

export interface Limits {
  /** gzip-compressed size of one upload. */
  maxGzipBytes: number
  maxRunsPerUpload: number
  maxResultsPerRun: number
  maxRulesPerRun: number
  maxExtensionsPerRun: number
  maxLocationsPerResult: number
  maxThreadFlowLocationsPerResult: number
  /** Tags in one rule's `properties.tags`. */
  maxTagsPerRule: number
  maxRuleNameLength: number
  maxDescriptionLength: number
}

/**
 * Code scanning's hard limits: a SARIF upload over any of them is rejected.
 * GitHub also has display limits under some of them (only 10 of a rule's tags,
 * 100 locations of a result, 5,000 results of a run are kept); those do not
 * reject anything, so output is cut at the hard limit and GitHub picks what to show.
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
export const GITHUB_LIMITS: Limits = {
  maxGzipBytes: 10 * 1024 * 1024,
  maxRunsPerUpload: 20,
  maxResultsPerRun: 25_000,
  maxRulesPerRun: 25_000,
  maxExtensionsPerRun: 100,
  maxLocationsPerResult: 1_000,
  maxThreadFlowLocationsPerResult: 10_000,
  maxTagsPerRule: 20,
  maxRuleNameLength: 255,
  maxDescriptionLength: 1_024
}
