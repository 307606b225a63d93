/**
 * A JSON schema for the part of SARIF 2.1.0 that code scanning reads (docs:
 * "SARIF support for code scanning"), in two strictness modes:
 *
 * - `input`: what we accept from producers. Structure must be right (runs,
 *   tool.driver.name, result.message, types), but the quirks the normalizer
 *   repairs pass: null arrays, 0 lines/columns, duplicate tags, empty URIs,
 *   unknown level spellings, numeric security-severity.
 * - `upload`: what we hand to GitHub after normalization. Everything above is
 *   tightened to what the upload endpoint and its processing require.
 *
 * Everything outside the subset is allowed and passed through (SARIF is
 * extensible and GitHub ignores what it does not know).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import * as compiledValidators from './schema-compiled.js'

type Schema = Record<string, unknown>
export type SchemaMode = 'input' | 'upload'

const SEVERITY_PATTERN = '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'

function nullable(schema: Schema, mode: SchemaMode): Schema {
  return mode === 'input' ? { anyOf: [schema, { type: 'null' }] } : schema
}

export function sarifSchema(mode: SchemaMode): Schema {
  const strict = mode === 'upload'
  const minLine = strict ? 1 : 0
  const message = {
    type: 'object',
    properties: {
      text: { type: 'string', ...(strict ? { minLength: 1 } : {}) },
      markdown: { type: 'string' },
      id: { type: 'string' },
      arguments: { type: 'array', items: { type: 'string' } }
    },
    ...(strict
      ? { required: ['text'] }
      : { anyOf: [{ required: ['text'] }, { required: ['id'] }, { required: ['markdown'] }] })
  }
  const multiformatText = {
    type: 'object',
    properties: { text: { type: 'string' }, markdown: { type: 'string' } },
    ...(strict ? { required: ['text'] } : {})
  }
  const tags = nullable(
    {
      type: 'array',
      items: { type: 'string' },
      ...(strict ? { uniqueItems: true, maxItems: 20 } : {})
    },
    mode
  )
  const securitySeverity = strict
    ? { type: 'string', pattern: SEVERITY_PATTERN }
    : {
        anyOf: [
          { type: 'string', pattern: SEVERITY_PATTERN },
          { type: 'number', minimum: 0, maximum: 10 }
        ]
      }
  const propertyBag = {
    type: 'object',
    properties: { tags, 'security-severity': securitySeverity }
  }
  const level = strict ? { enum: ['none', 'note', 'warning', 'error'] } : { type: 'string' }
  const region = {
    type: 'object',
    properties: {
      startLine: { type: 'integer', minimum: minLine },
      startColumn: { type: 'integer', minimum: minLine },
      endLine: { type: 'integer', minimum: minLine },
      endColumn: { type: 'integer', minimum: minLine },
      charOffset: { type: 'integer', minimum: -1 },
      byteOffset: { type: 'integer', minimum: -1 }
    },
    // A region starts somewhere (`region: {}` is removed by normalization).
    ...(strict
      ? {
          anyOf: [
            { required: ['startLine'] },
            { required: ['charOffset'] },
            { required: ['byteOffset'] }
          ]
        }
      : {})
  }
  const artifactLocation = {
    type: 'object',
    properties: {
      uri: { type: 'string', ...(strict ? { minLength: 1 } : {}) },
      uriBaseId: { type: 'string' },
      index: { type: 'integer', minimum: -1 }
    },
    ...(strict ? { required: ['uri'], not: { required: ['uriBaseId'] } } : {})
  }
  const location = {
    type: 'object',
    properties: {
      id: { type: 'integer', minimum: -1 },
      physicalLocation: {
        type: 'object',
        properties: {
          artifactLocation: { $ref: '#/definitions/artifactLocation' },
          region: { $ref: '#/definitions/region' },
          contextRegion: { $ref: '#/definitions/region' }
        },
        ...(strict ? { required: ['artifactLocation'] } : {})
      },
      message: { $ref: '#/definitions/message' }
    }
  }
  const locations = nullable({ type: 'array', items: { $ref: '#/definitions/location' } }, mode)
  const result = {
    type: 'object',
    required: strict ? ['message', 'locations', 'ruleId'] : ['message'],
    properties: {
      ruleId: { type: 'string' },
      ruleIndex: { type: 'integer', minimum: -1 },
      rule: { type: 'object', properties: { id: { type: 'string' }, index: { type: 'integer' } } },
      level,
      kind: { type: 'string' },
      message: { $ref: '#/definitions/message' },
      locations: strict
        ? { type: 'array', minItems: 1, items: { $ref: '#/definitions/location' } }
        : locations,
      relatedLocations: locations,
      codeFlows: nullable(
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['threadFlows'],
            properties: {
              threadFlows: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['locations'],
                  properties: {
                    locations: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { location: { $ref: '#/definitions/location' } }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        mode
      ),
      stacks: nullable(
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['frames'],
            properties: {
              frames: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { location: { $ref: '#/definitions/location' } }
                }
              }
            }
          }
        },
        mode
      ),
      partialFingerprints: nullable(
        { type: 'object', additionalProperties: { type: 'string' } },
        mode
      ),
      fingerprints: nullable({ type: 'object', additionalProperties: { type: 'string' } }, mode),
      suppressions: nullable({ type: 'array', items: { type: 'object' } }, mode),
      properties: nullable(propertyBag, mode)
    }
  }
  const reportingDescriptor = {
    type: 'object',
    required: strict ? ['id', 'shortDescription', 'fullDescription', 'help'] : ['id'],
    properties: {
      id: { type: 'string', minLength: 1 },
      name: { type: 'string', ...(strict ? { maxLength: 255 } : {}) },
      shortDescription: strict
        ? { ...multiformatText, properties: { text: { type: 'string', maxLength: 1024 } } }
        : multiformatText,
      fullDescription: strict
        ? { ...multiformatText, properties: { text: { type: 'string', maxLength: 1024 } } }
        : multiformatText,
      help: multiformatText,
      helpUri: { type: 'string' },
      defaultConfiguration: {
        type: 'object',
        properties: { level, enabled: { type: 'boolean' } }
      },
      properties: nullable(propertyBag, mode)
    }
  }
  const toolComponent = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      fullName: { type: 'string' },
      version: { type: 'string' },
      semanticVersion: { type: 'string' },
      guid: { type: 'string' },
      informationUri: { type: 'string' },
      rules: nullable(
        {
          type: 'array',
          items: { $ref: '#/definitions/reportingDescriptor' },
          ...(strict ? { maxItems: 25_000 } : {})
        },
        mode
      )
    }
  }
  const run = {
    type: 'object',
    required: strict ? ['tool', 'results'] : ['tool'],
    properties: {
      tool: {
        type: 'object',
        required: ['driver'],
        properties: {
          driver: strict
            ? { allOf: [{ $ref: '#/definitions/toolComponent' }, { required: ['rules'] }] }
            : { $ref: '#/definitions/toolComponent' },
          extensions: nullable(
            {
              type: 'array',
              items: { $ref: '#/definitions/toolComponent' },
              ...(strict ? { maxItems: 100 } : {})
            },
            mode
          )
        }
      },
      results: nullable(
        {
          type: 'array',
          items: { $ref: '#/definitions/result' },
          ...(strict ? { maxItems: 25_000 } : {})
        },
        mode
      ),
      automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
      artifacts: nullable(
        {
          type: 'array',
          items: {
            type: 'object',
            properties: { location: { $ref: '#/definitions/artifactLocation' } }
          }
        },
        mode
      ),
      invocations: nullable(
        {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
              startTimeUtc: { type: 'string' }
            }
          }
        },
        mode
      ),
      originalUriBaseIds: nullable(
        {
          type: 'object',
          additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
        },
        mode
      )
    }
  }
  return {
    $id: `https://go-ci-kit.invalid/sarif-github-subset-${mode}.json`,
    type: 'object',
    required: ['version', 'runs'],
    properties: {
      $schema: { type: 'string' },
      version: { const: '2.1.0' },
      runs: {
        type: 'array',
        items: { $ref: '#/definitions/run' },
        ...(strict ? { maxItems: 20 } : {})
      }
    },
    definitions: {
      message,
      region,
      artifactLocation,
      location,
      result,
      reportingDescriptor,
      toolComponent,
      run
    }
  }
}

/**
 * Where a malformed value is worth a warning but no more (codeql-action
 * downgrades URI format errors the same way). Kept apart from the main schema
 * so a bad URL inside `rules` does not make the whole array "invalid".
 */
const FORMAT_SCHEMA_ID = 'https://go-ci-kit.invalid/sarif-formats.json'

function formatSchema(): Schema {
  const uri = { format: 'uri' }
  const component = {
    type: 'object',
    properties: {
      informationUri: uri,
      rules: { type: 'array', items: { type: 'object', properties: { helpUri: uri } } }
    }
  }
  return {
    $id: FORMAT_SCHEMA_ID,
    type: 'object',
    properties: {
      runs: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            tool: {
              type: 'object',
              properties: { driver: component, extensions: { type: 'array', items: component } }
            },
            invocations: {
              type: 'array',
              items: { type: 'object', properties: { startTimeUtc: { format: 'date-time' } } }
            }
          }
        }
      }
    }
  }
}

/** One problem found by validation, located by JSON pointer. */
export interface SchemaProblem {
  pointer: string
  message: string
  /** Format problems (a malformed URI or date) are reported as warnings, as codeql-action does. */
  severity: 'error' | 'warning'
}

export interface SarifValidators {
  log(value: unknown, pointerPrefix?: string): SchemaProblem[]
  /** One element of `runs[].results`, for the streaming reader. */
  result(value: unknown, pointerPrefix: string): SchemaProblem[]
}

const cache = new Map<SchemaMode, SarifValidators>()

// ajv-formats is CommonJS with a default export; NodeNext sees the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv, formats: string[]) => Ajv

const instances = new Map<boolean, Ajv>()

/** Ajv options shared by the runtime instances and the precompiled validators. */
export const AJV_OPTIONS = {
  strict: false,
  validateSchema: false,
  inlineRefs: false,
  code: { optimize: false }
} as const

/** Every schema the validators use, registered on `ajv`. */
export function addSarifSchemas(ajv: Ajv): Ajv {
  addFormats(ajv, ['uri', 'uri-reference', 'date-time'])
  ajv.addSchema(sarifSchema('input'))
  ajv.addSchema(sarifSchema('upload'))
  ajv.addSchema(formatSchema())
  return ajv
}

/** The fast (first-error) validators precompiled into schema-compiled.ts, by export name. */
export const PRECOMPILED: Record<string, string> = {
  inputLog: 'https://go-ci-kit.invalid/sarif-github-subset-input.json',
  uploadLog: 'https://go-ci-kit.invalid/sarif-github-subset-upload.json',
  inputResult: 'https://go-ci-kit.invalid/sarif-github-subset-input.json#/definitions/result',
  uploadResult: 'https://go-ci-kit.invalid/sarif-github-subset-upload.json#/definitions/result',
  formats: 'https://go-ci-kit.invalid/sarif-formats.json'
}

/**
 * One ajv per error mode, shared by every schema. Compiling dominates a run
 * on a typical file, so the schemas (ours, known good) are not checked against
 * the meta-schema, and valid input is checked by a validator that stops at the
 * first error; the one that collects every error is compiled only for bad input.
 */
function ajvInstance(allErrors: boolean): Ajv {
  let ajv = instances.get(allErrors)
  if (!ajv) {
    ajv = addSarifSchemas(new Ajv({ ...AJV_OPTIONS, allErrors }))
    instances.set(allErrors, ajv)
  }
  return ajv
}

/** `validate(value)` first, fast; the problems from the all-errors twin when it fails. */
function twoStage(schemaId: string): (value: unknown, prefix: string) => SchemaProblem[] {
  let fast: ValidateFunction | undefined
  let full: ValidateFunction | undefined
  return (value, prefix) => {
    fast ??= precompiled(schemaId) ?? (ajvInstance(false).getSchema(schemaId) as ValidateFunction)
    if (fast(value)) return []
    full ??= ajvInstance(true).getSchema(schemaId) as ValidateFunction
    return problems(full, value, prefix)
  }
}

/** Compiling the schemas took longer than validating a 15,000-result file: it is done at build time. */
function precompiled(schemaId: string): ValidateFunction | undefined {
  const name = Object.keys(PRECOMPILED).find(key => PRECOMPILED[key] === schemaId)
  return name === undefined
    ? undefined
    : (compiledValidators as unknown as Record<string, ValidateFunction>)[name]
}

export function sarifValidators(mode: SchemaMode): SarifValidators {
  const cached = cache.get(mode)
  if (cached) return cached
  const id = sarifSchema(mode).$id as string
  const validateLog = twoStage(id)
  const validateResult = twoStage(`${id}#/definitions/result`)
  const validateFormats = twoStage(FORMAT_SCHEMA_ID)
  const validators: SarifValidators = {
    log: (value, prefix = '') => [
      ...validateLog(value, prefix),
      ...validateFormats(value, prefix).map(p => ({ ...p, severity: 'warning' as const }))
    ],
    result: (value, prefix) => validateResult(value, prefix)
  }
  cache.set(mode, validators)
  return validators
}

type FormatCheck = ((value: string) => boolean) | RegExp | { validate: FormatCheck }

function checkFormat(check: FormatCheck, value: string): boolean {
  if (typeof check === 'function') return check(value)
  if (check instanceof RegExp) return check.test(value)
  return checkFormat(check.validate, value)
}

/** Whether a string is a valid `uri`, `uri-reference` or `date-time` as the SARIF schema means it. */
export function matchesFormat(
  format: 'uri' | 'uri-reference' | 'date-time',
  value: string
): boolean {
  return checkFormat(fullFormats[format] as FormatCheck, value)
}

function problems(validate: ValidateFunction, value: unknown, prefix: string): SchemaProblem[] {
  if (validate(value)) return []
  return describeErrors(validate.errors ?? [], prefix)
}

/**
 * ajv reports every branch of an `anyOf`; keep the most telling error per
 * location and phrase it as "pointer: what is wrong".
 */
export function describeErrors(errors: ErrorObject[], prefix = ''): SchemaProblem[] {
  const byPointer = new Map<string, SchemaProblem>()
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'if' || error.keyword === 'not') {
      if (error.keyword === 'not') {
        add(
          byPointer,
          `${prefix}${error.instancePath}/uriBaseId`,
          'must be resolved and removed',
          'error'
        )
      }
      continue
    }
    let pointer = prefix + error.instancePath
    let text: string
    switch (error.keyword) {
      case 'required':
        pointer += `/${escapePointer(String(error.params.missingProperty))}`
        text = 'is required but missing'
        break
      case 'type':
        text = `must be ${error.params.type}`
        break
      case 'const':
        text = `must be ${JSON.stringify(error.params.allowedValue)}`
        break
      case 'enum':
        text = `must be one of ${(error.params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`
        break
      case 'format':
        text = `is not a valid ${error.params.format}`
        break
      case 'pattern':
        text = 'must be a number from 0.0 to 10.0 written as a string'
        break
      default:
        text = error.message ?? error.keyword
    }
    add(byPointer, pointer, text, error.keyword === 'format' ? 'warning' : 'error')
  }
  // A nullable value that is wrong inside also fails the `null` branch; that says nothing.
  const all = [...byPointer.values()]
  return all.filter(
    problem =>
      problem.message !== 'must be null' ||
      !all.some(other => other !== problem && other.pointer.startsWith(`${problem.pointer}/`))
  )
}

function add(
  map: Map<string, SchemaProblem>,
  pointer: string,
  message: string,
  severity: SchemaProblem['severity']
): void {
  const existing = map.get(pointer)
  // Within an anyOf, "must be null" is the least useful alternative.
  if (existing && !(existing.message === 'must be null' && message !== 'must be null')) return
  map.set(pointer, { pointer: pointer || '/', message, severity })
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}
