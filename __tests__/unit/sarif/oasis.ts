/**
 * The OASIS SARIF 2.1.0 JSON schema (the SARIF SDK's copy, stored under
 * __tests__/fixtures/sarif-sdk/) compiled once with ajv as draft-07: every
 * SARIF the pipeline writes must pass it, not only our GitHub subset.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

export const SARIF_SDK_FIXTURES = path.join(repoRoot, '__tests__', 'fixtures', 'sarif-sdk')

let validate: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (validate) return validate
  const schema = JSON.parse(
    readFileSync(path.join(SARIF_SDK_FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')
  ) as Record<string, unknown>
  // It declares draft 2020-12 but is written in draft-07 terms (definitions, no $defs).
  delete schema.$schema
  const ajv = new Ajv({ strict: false, allErrors: true })
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (ajv: Ajv) => Ajv
  addFormats(ajv)
  validate = ajv.compile(schema)
  return validate
}

/** The schema's complaints about a SARIF document (parsed or JSON text), as `pointer: message` lines. */
export function oasisProblems(document: unknown): string[] {
  const value = typeof document === 'string' ? (JSON.parse(document) as unknown) : document
  const check = validator()
  if (check(value)) return []
  return (check.errors ?? []).map(
    error => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`
  )
}
