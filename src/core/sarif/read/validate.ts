/**
 * What the readers say about a parsed document: the version check (before any
 * schema noise) and the schema problems, as warnings or one error that lists
 * them by JSON pointer. Shared by the whole-file and the streaming reader.
 */
import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../report.js'
import type { SchemaProblem } from './schema.js'
import { isRecord, SARIF_VERSION } from '../types.js'

export const INVALID_JSON_FIX =
  'make sure the analysis finished writing the file (a cut-off file ends mid-value) and that nothing else wrote to it'

/** Only 2.1.0 is accepted by code scanning; say so before any schema noise. */
export function checkVersion(display: string, value: unknown): void {
  if (!isRecord(value)) {
    throw new ConfigurationError(`${display}: /: a SARIF log must be a JSON object`, {
      fix: 'pass the SARIF file itself, not a wrapper or a list'
    })
  }
  const version = value.version
  if (version === undefined) {
    throw new ConfigurationError(`${display}: /version: is required but missing`, {
      fix: `SARIF logs declare "version": "${SARIF_VERSION}"`
    })
  }
  if (version !== SARIF_VERSION) {
    throw new ConfigurationError(
      `${display}: /version: SARIF version ${JSON.stringify(version)} is not supported; code scanning accepts only ${SARIF_VERSION}`,
      {
        fix: 'produce SARIF 2.1.0 (a newer version of the tool), or convert the file with the SARIF Multitool: sarif transform --sarif-output-version Current'
      }
    )
  }
}

/** Format problems are warnings; any other problem makes the file unusable. */
export function reportProblems(display: string, problems: SchemaProblem[], logger: Logger): void {
  const warnings = problems.filter(p => p.severity === 'warning')
  for (const warning of warnings.slice(0, 5)) {
    logger.warning(`${display}: ${warning.pointer}: ${warning.message} (kept as it is)`)
  }
  if (warnings.length > 5) logger.warning(`${display}: ${warnings.length - 5} more format warnings`)
  const errors = problems.filter(p => p.severity === 'error')
  if (errors.length === 0) return
  const shown = errors.slice(0, 5).map(p => `${p.pointer}: ${p.message}`)
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : ''
  throw new ConfigurationError(
    `${display}: not valid SARIF for code scanning: ${shown.join('; ')}${more}`,
    {
      fix: 'each item is a JSON pointer into the file and what is wrong there; fix the producer (often a newer version of the tool) or the step that edits its output'
    }
  )
}
