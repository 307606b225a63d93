/**
 * A local GitHub REST API for tests. Every request is checked against GitHub's
 * published OpenAPI description (@octokit/openapi, api.github.com); requests
 * that do not match are recorded as violations and refused, so an action that
 * builds a wrong URL or body fails its test instead of passing against a
 * forgiving mock. Responses are checked too (prefixed `response:`), which keeps
 * the mocks honest.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  operationId?: string
  pathParams: Record<string, string>
}

export interface MockResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (
  req: RecordedRequest,
  callIndex: number
) => MockResponse | Promise<MockResponse>

export interface GitHubServer {
  /** e.g. http://127.0.0.1:PORT, no trailing slash; use as GITHUB_API_URL. */
  url: string
  requests: RecordedRequest[]
  violations: string[]
  close(): Promise<void>
}

type Json = Record<string, unknown>

interface Operation {
  operationId: string
  method: string
  template: string
  spec: Json
}

interface PathTemplate {
  template: string
  segments: string[]
  /** Exact form: each parameter matches one path segment. */
  exact: RegExp
  /** Loose form: a ref or file path parameter may span several segments. */
  loose: RegExp
  paramNames: string[]
  operations: Map<string, Operation>
}

interface SpecIndex {
  file: string
  loadMs: number
  components: Json
  byOperationId: Map<string, Operation>
  /** Path templates grouped by segment count, most specific first. */
  bySegmentCount: Map<number, PathTemplate[]>
  all: PathTemplate[]
}

const DOCS = 'https://docs.github.com/rest'

// ---------------------------------------------------------------------------
// Loading the description (once per module instance; jest gives each test file its own).

let specIndex: SpecIndex | undefined

/**
 * The spec file. The plain (non-dereferenced) description is used on purpose:
 * it parses in ~0.15 s and ~40 MB of heap, against ~0.65 s and ~190 MB for the
 * 73 MB `.deref.json`; `$ref`s are resolved lazily, only for the operations a
 * test touches. The dereferenced file is the fallback if the plain one is gone.
 */
function specFile(): string {
  const require = createRequire(import.meta.url)
  const dir = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated')
  for (const name of ['api.github.com.json', 'api.github.com.deref.json']) {
    const file = path.join(dir, name)
    if (existsSync(file)) return file
  }
  throw new Error(`no api.github.com OpenAPI description under ${dir}`)
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

/** Literal segments beat mixed ones (`{base}...{head}`), which beat bare parameters. */
function segmentRank(segment: string): number {
  if (!segment.includes('{')) return 2
  return /^\{[^}]+\}$/.test(segment) ? 0 : 1
}

function compareSpecificity(a: PathTemplate, b: PathTemplate): number {
  const length = Math.min(a.segments.length, b.segments.length)
  for (let i = 0; i < length; i++) {
    const diff = segmentRank(b.segments[i]!) - segmentRank(a.segments[i]!)
    if (diff !== 0) return diff
  }
  return b.segments.length - a.segments.length
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Parameters that hold git refs or file paths, which GitHub accepts with unescaped slashes. */
const SLASHED_PARAMS = new Set(['path', 'ref', 'branch', 'basehead', 'tag'])

function templateRegExp(template: string, loose: boolean): { regex: RegExp; names: string[] } {
  const names: string[] = []
  let source = ''
  let last = 0
  for (const match of template.matchAll(/\{([^}]+)\}/g)) {
    const spansSlashes = loose && SLASHED_PARAMS.has(match[1]!)
    source += escapeRegExp(template.slice(last, match.index)) + (spansSlashes ? '(.+?)' : '([^/]+)')
    names.push(match[1]!)
    last = match.index + match[0].length
  }
  source += escapeRegExp(template.slice(last))
  return { regex: new RegExp(`^${source}$`), names }
}

function loadSpec(): SpecIndex {
  if (specIndex) return specIndex
  const started = performance.now()
  const file = specFile()
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Json>
    components?: Json
  }
  const byOperationId = new Map<string, Operation>()
  const bySegmentCount = new Map<number, PathTemplate[]>()
  const all: PathTemplate[] = []
  for (const [template, item] of Object.entries(spec.paths)) {
    const exact = templateRegExp(template, false)
    const entry: PathTemplate = {
      template,
      segments: template.split('/').slice(1),
      exact: exact.regex,
      loose: templateRegExp(template, true).regex,
      paramNames: exact.names,
      operations: new Map()
    }
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined
      if (!op) continue
      const operation: Operation = {
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        spec: op
      }
      entry.operations.set(operation.method, operation)
      byOperationId.set(operation.operationId, operation)
    }
    const group = bySegmentCount.get(entry.segments.length) ?? []
    group.push(entry)
    bySegmentCount.set(entry.segments.length, group)
    all.push(entry)
  }
  for (const group of bySegmentCount.values()) group.sort(compareSpecificity)
  all.sort(compareSpecificity)
  specIndex = {
    file,
    loadMs: performance.now() - started,
    components: spec.components ?? {},
    byOperationId,
    bySegmentCount,
    all
  }
  return specIndex
}

/** How long loading and indexing the description took in this module instance (loads it if needed). */
export function specLoadInfo(): { file: string; loadMs: number; operations: number } {
  const index = loadSpec()
  return { file: index.file, loadMs: index.loadMs, operations: index.byOperationId.size }
}

interface PathMatch {
  template: PathTemplate
  operation?: Operation
  pathParams: Record<string, string>
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function matchPath(method: string, pathname: string): PathMatch | undefined {
  const index = loadSpec()
  const count = pathname.split('/').length - 1
  const attempt = (candidates: PathTemplate[], loose: boolean): PathMatch | undefined => {
    let firstPathMatch: PathMatch | undefined
    for (const template of candidates) {
      const found = (loose ? template.loose : template.exact).exec(pathname)
      if (!found) continue
      const pathParams: Record<string, string> = {}
      template.paramNames.forEach((name, i) => (pathParams[name] = safeDecode(found[i + 1]!)))
      const operation = template.operations.get(method)
      if (operation) return { template, operation, pathParams }
      firstPathMatch ??= { template, pathParams }
    }
    return firstPathMatch
  }
  const exact = attempt(index.bySegmentCount.get(count) ?? [], false)
  if (exact?.operation) return exact
  return attempt(index.all, true) ?? exact
}

/** The operationId GitHub's description gives `method path` (a query string is ignored), if any. */
export function operationIdFor(method: string, requestPath: string): string | undefined {
  const pathname = requestPath.split('?')[0]!
  return matchPath(method.toUpperCase(), pathname)?.operation?.operationId
}

// ---------------------------------------------------------------------------
// Schemas: OpenAPI 3.0 → JSON Schema for ajv, built lazily per operation.

function resolveRef(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`)
  let node: unknown = { components: loadSpec().components }
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    node = (node as Json | undefined)?.[key]
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`)
  return node
}

/** Follows `$ref`s of non-schema objects (parameters, responses, request bodies). */
function deref<T>(node: unknown): T {
  let current = node
  while (current && typeof current === 'object' && typeof (current as Json).$ref === 'string')
    current = resolveRef((current as Json).$ref as string)
  return current as T
}

const SCHEMA_REF = '#/components/schemas/'
const DROPPED_KEYWORDS = new Set([
  'description',
  'example',
  'examples',
  'discriminator',
  'externalDocs',
  'xml',
  'deprecated'
])

interface ConvertedSchema {
  schema: unknown
  dependencies: Set<string>
}

const convertedComponents = new Map<string, ConvertedSchema>()

/**
 * Rewrites one OpenAPI schema: component `$ref`s point into `definitions`,
 * `nullable` becomes a `null` type (ajv only accepts it next to `type`), and
 * documentation-only keywords are dropped.
 */
function convertSchema(node: unknown, dependencies: Set<string>): unknown {
  if (Array.isArray(node)) return node.map(item => convertSchema(item, dependencies))
  if (!node || typeof node !== 'object') return node
  const source = node as Json
  if (typeof source.$ref === 'string') {
    if (!source.$ref.startsWith(SCHEMA_REF))
      return convertSchema(resolveRef(source.$ref), dependencies)
    const name = source.$ref.slice(SCHEMA_REF.length)
    dependencies.add(name)
    return { $ref: `#/definitions/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` }
  }
  const out: Json = {}
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-') || key === 'nullable') continue
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      const map: Json = {}
      for (const [name, sub] of Object.entries(value as Json))
        map[name] = convertSchema(sub, dependencies)
      out[key] = map
    } else if (
      ['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key) &&
      typeof value === 'object'
    ) {
      out[key] = convertSchema(value, dependencies)
    } else if (
      (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') &&
      typeof value === 'boolean'
    ) {
      // OpenAPI 3.0 boolean form: applied below together with minimum/maximum.
    } else {
      out[key] = value
    }
  }
  if (source.exclusiveMinimum === true && typeof source.minimum === 'number') {
    out.exclusiveMinimum = source.minimum
    delete out.minimum
  }
  if (source.exclusiveMaximum === true && typeof source.maximum === 'number') {
    out.exclusiveMaximum = source.maximum
    delete out.maximum
  }
  if (source.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.type)) out.type = [...new Set([...out.type, 'null'])]
    else return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

function convertComponent(name: string): ConvertedSchema {
  let converted = convertedComponents.get(name)
  if (!converted) {
    const dependencies = new Set<string>()
    const schemas = (loadSpec().components.schemas ?? {}) as Json
    converted = { schema: convertSchema(schemas[name], dependencies), dependencies }
    convertedComponents.set(name, converted)
  }
  return converted
}

/** A standalone JSON Schema: the converted root plus every component it reaches. */
function standaloneSchema(root: unknown): Json {
  const dependencies = new Set<string>()
  const converted = convertSchema(root, dependencies)
  const definitions: Json = {}
  const pending = [...dependencies]
  while (pending.length > 0) {
    const name = pending.pop()!
    if (name in definitions) continue
    const component = convertComponent(name)
    definitions[name] = component.schema
    for (const next of component.dependencies) if (!(next in definitions)) pending.push(next)
  }
  if (typeof converted !== 'object' || converted === null) return {}
  return Object.keys(definitions).length > 0
    ? { ...(converted as Json), definitions }
    : (converted as Json)
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv

let bodyAjv: Ajv | undefined
let paramAjv: Ajv | undefined
const validators = new Map<string, ValidateFunction | null>()

function compiled(
  cacheKey: string,
  build: () => Json | undefined,
  coerce = false
): ValidateFunction | null {
  if (validators.has(cacheKey)) return validators.get(cacheKey)!
  let validate: ValidateFunction | null = null
  const schema = build()
  if (schema) {
    // OpenAPI formats ajv does not know (int32, binary, uri-template…) are ignored silently.
    if (coerce) {
      paramAjv ??= addFormats(
        new Ajv({ strict: false, allErrors: true, coerceTypes: 'array', logger: false })
      )
      validate = paramAjv.compile(schema)
    } else {
      bodyAjv ??= addFormats(new Ajv({ strict: false, allErrors: true, logger: false }))
      validate = bodyAjv.compile(schema)
    }
  }
  validators.set(cacheKey, validate)
  return validate
}

function describeErrors(errors: ErrorObject[] | null | undefined, limit = 6): string {
  const lines = (errors ?? []).slice(0, limit).map(error => {
    const where = error.instancePath || '/'
    const extra =
      'additionalProperty' in error.params
        ? ` (${String(error.params.additionalProperty)})`
        : 'allowedValues' in error.params
          ? ` (${JSON.stringify(error.params.allowedValues)})`
          : ''
    return `${where} ${error.message ?? 'is invalid'}${extra}`
  })
  const more = (errors?.length ?? 0) - lines.length
  return lines.join('; ') + (more > 0 ? `; …and ${more} more` : '')
}

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: unknown
}

function parameterValidator(operation: Operation): ValidateFunction | null {
  return compiled(
    `${operation.operationId} params`,
    () => {
      const parameters = ((operation.spec.parameters as unknown[]) ?? []).map(p =>
        deref<Parameter>(p)
      )
      const group = (where: string): Json => {
        const chosen = parameters.filter(p => p.in === where)
        return {
          type: 'object',
          properties: Object.fromEntries(chosen.map(p => [p.name, p.schema ?? {}])),
          required: chosen.filter(p => p.required || where === 'path').map(p => p.name)
        }
      }
      return standaloneSchema({
        type: 'object',
        properties: { path: group('path'), query: group('query') }
      })
    },
    true
  )
}

interface MediaType {
  schema?: unknown
  example?: unknown
  examples?: Record<string, unknown>
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]!.trim().toLowerCase() || undefined
}

function isJsonMedia(media: string): boolean {
  return media === 'application/json' || media.endsWith('+json')
}

function jsonContent(
  content: Record<string, MediaType> | undefined
): [string, MediaType] | undefined {
  return Object.entries(content ?? {}).find(([media]) => isJsonMedia(media))
}

interface ResponseSpec {
  content?: Record<string, MediaType>
}

function responseSpec(operation: Operation, status: number): ResponseSpec | undefined {
  const responses = (operation.spec.responses ?? {}) as Json
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`]
  return entry === undefined ? undefined : deref<ResponseSpec>(entry)
}

/**
 * The example body GitHub's description gives for an operation's response, as
 * a starting point for a mock (examples are illustrative: they are not always
 * schema-valid themselves).
 */
export function exampleResponse(operationId: string, status?: number): unknown {
  const operation = loadSpec().byOperationId.get(operationId)
  if (!operation) throw new Error(`unknown operationId ${operationId}`)
  const responses = (operation.spec.responses ?? {}) as Json
  const chosen = status ?? Number(Object.keys(responses).find(code => /^2\d\d$/.test(code)))
  const media = jsonContent(responseSpec(operation, chosen)?.content)?.[1]
  if (!media) return undefined
  if (media.example !== undefined) return media.example
  const first = Object.values(media.examples ?? {})[0]
  return first === undefined ? undefined : deref<{ value?: unknown }>(first).value
}

// ---------------------------------------------------------------------------
// Checking one request.

interface RequestCheck {
  operation?: Operation
  pathParams: Record<string, string>
  problems: string[]
  notFound: boolean
}

function checkRequest(
  method: string,
  pathname: string,
  query: Record<string, string>,
  contentType: string | undefined,
  rawBody: string,
  body: unknown,
  bodyParseError: string | undefined
): RequestCheck {
  const match = matchPath(method, pathname)
  if (!match) {
    return {
      pathParams: {},
      problems: [`no path ${pathname} in the GitHub REST API description`],
      notFound: true
    }
  }
  if (!match.operation) {
    const allowed = [...match.template.operations.keys()].join(', ')
    return {
      pathParams: match.pathParams,
      problems: [`${match.template.template} has no ${method} operation (only ${allowed})`],
      notFound: true
    }
  }
  const operation = match.operation
  const problems: string[] = []
  const params = { path: { ...match.pathParams }, query: { ...query } }
  const validateParams = parameterValidator(operation)
  if (validateParams && !validateParams(params)) {
    for (const error of validateParams.errors ?? []) {
      // instancePath is /path/<name> or /query/<name>; a missing one is reported on /path or /query.
      const [where, name] = error.instancePath.split('/').slice(1)
      const missing = (error.params as { missingProperty?: string }).missingProperty
      problems.push(
        missing !== undefined
          ? `missing required ${where} parameter ${missing}`
          : `${where} parameter ${name} ${error.message ?? 'is invalid'}`
      )
    }
  }
  const requestBody = operation.spec.requestBody
    ? deref<{ required?: boolean; content?: Record<string, MediaType> }>(operation.spec.requestBody)
    : undefined
  const hasBody = rawBody.length > 0
  if (!requestBody) {
    if (hasBody) problems.push(`${operation.operationId} takes no request body`)
  } else if (!hasBody) {
    if (requestBody.required) problems.push('missing required request body')
  } else {
    const media = mediaTypeOf(contentType)
    const accepted = Object.keys(requestBody.content ?? {})
    if (!media || !accepted.includes(media)) {
      problems.push(
        `content-type ${media ?? '(none)'} does not match the operation's ${accepted.join(', ')}`
      )
    } else if (isJsonMedia(media)) {
      if (bodyParseError) {
        problems.push(`request body is not JSON: ${bodyParseError}`)
      } else {
        const validate = compiled(`${operation.operationId} body ${media}`, () => {
          const schema = requestBody.content?.[media]?.schema
          return schema === undefined ? undefined : standaloneSchema(schema)
        })
        if (validate && !validate(body))
          problems.push(`request body: ${describeErrors(validate.errors)}`)
      }
    }
  }
  return { operation, pathParams: match.pathParams, problems, notFound: false }
}

function checkResponse(operation: Operation, response: MockResponse): string | undefined {
  const spec = responseSpec(operation, response.status)
  if (!spec) return undefined // undocumented status (500s, 502s…): nothing to compare with
  const json = jsonContent(spec.content)
  if (!json) {
    return response.body === undefined
      ? undefined
      : `status ${response.status} has no response body in the description`
  }
  const [media, mediaSpec] = json
  if (mediaSpec.schema === undefined) return undefined
  if (response.body === undefined) return `status ${response.status} needs a ${media} body`
  const validate = compiled(`${operation.operationId} response ${response.status}`, () =>
    standaloneSchema(mediaSpec.schema)
  )
  if (validate && !validate(response.body)) return describeErrors(validate.errors)
  return undefined
}

// ---------------------------------------------------------------------------
// The server.

function isMockResponse(value: unknown): value is MockResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MockResponse).status === 'number'
  )
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: http.ServerResponse, mock: MockResponse): void {
  const headers: Record<string, string> = {
    'x-github-request-id': 'LOCAL:0000:0000:0000:0000',
    'x-github-media-type': 'github.v3; format=json',
    ...Object.fromEntries(Object.entries(mock.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
  }
  let payload = ''
  if (mock.body !== undefined) {
    const contentType = headers['content-type'] ?? 'application/json; charset=utf-8'
    headers['content-type'] = contentType
    payload =
      typeof mock.body === 'string' && !contentType.includes('json')
        ? mock.body
        : JSON.stringify(mock.body)
  }
  headers['content-length'] = String(Buffer.byteLength(payload))
  response.writeHead(mock.status, headers)
  response.end(payload)
}

/**
 * Starts the server. Route keys are operationIds ('code-scanning/upload-sarif');
 * a value is a handler, one response, or a list played in order (the last repeats).
 * Throws at once for a key that is not an operationId in the description.
 */
export async function startGitHubServer(
  routes: Record<string, Handler | MockResponse | MockResponse[]>
): Promise<GitHubServer> {
  const index = loadSpec()
  for (const key of Object.keys(routes)) {
    if (!index.byOperationId.has(key))
      throw new Error(
        `startGitHubServer: '${key}' is not an operationId in the GitHub REST API description`
      )
  }
  const requests: RecordedRequest[] = []
  const violations: string[] = []
  const callCounts = new Map<string, number>()

  const respond = async (operationId: string, recorded: RecordedRequest): Promise<MockResponse> => {
    const route = routes[operationId]
    const callIndex = callCounts.get(operationId) ?? 0
    callCounts.set(operationId, callIndex + 1)
    if (typeof route === 'function') return route(recorded, callIndex)
    if (Array.isArray(route)) {
      if (route.length === 0) throw new Error(`route ${operationId} has an empty response list`)
      return route[Math.min(callIndex, route.length - 1)]!
    }
    return route!
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const method = (request.method ?? 'GET').toUpperCase()
      // Split by hand: new URL('//repos/…') would read 'repos' as a host.
      const rawUrl = request.url ?? '/'
      const queryStart = rawUrl.indexOf('?')
      const pathname = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart)
      const query = Object.fromEntries(
        new URLSearchParams(queryStart < 0 ? '' : rawUrl.slice(queryStart + 1)).entries()
      )
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(request.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
      const rawBody = await readBody(request)
      const contentType = headers['content-type']
      let body: unknown = rawBody.length > 0 ? rawBody : undefined
      let parseError: string | undefined
      if (rawBody.length > 0 && (contentType === undefined || /json/i.test(contentType))) {
        try {
          body = JSON.parse(rawBody)
        } catch (error) {
          parseError = (error as Error).message
        }
      }
      const check = checkRequest(method, pathname, query, contentType, rawBody, body, parseError)
      const recorded: RecordedRequest = {
        method,
        path: pathname,
        query,
        headers,
        body,
        operationId: check.operation?.operationId,
        pathParams: check.pathParams
      }
      requests.push(recorded)
      const label = `${method} ${pathname}${check.operation ? ` (${check.operation.operationId})` : ''}`
      if (check.problems.length > 0) {
        for (const problem of check.problems) violations.push(`${label}: ${problem}`)
        send(response, {
          status: check.notFound ? 404 : 400,
          body: {
            message: check.notFound
              ? 'Not Found (not in the GitHub REST API description)'
              : 'Request does not match the GitHub REST API description',
            errors: check.problems,
            documentation_url: DOCS
          }
        })
        return
      }
      const operation = check.operation!
      if (!(operation.operationId in routes)) {
        send(response, {
          status: 404,
          body: {
            message: `Not Found (no mock for ${operation.operationId})`,
            documentation_url: DOCS
          }
        })
        return
      }
      let mock: MockResponse
      try {
        mock = await respond(operation.operationId, recorded)
        if (!isMockResponse(mock)) throw new Error(`handler returned ${JSON.stringify(mock)}`)
      } catch (error) {
        violations.push(`handler: ${label}: ${(error as Error).message}`)
        send(response, {
          status: 500,
          body: { message: `mock handler failed: ${(error as Error).message}` }
        })
        return
      }
      try {
        const mismatch = checkResponse(operation, mock)
        if (mismatch) violations.push(`response: ${label} ${mock.status}: ${mismatch}`)
      } catch (error) {
        violations.push(
          `response: ${label} ${mock.status}: cannot check: ${(error as Error).message}`
        )
      }
      send(response, mock)
    })().catch(error => {
      violations.push(`internal: ${(error as Error).message}`)
      if (!response.headersSent) send(response, { status: 500, body: { message: 'harness error' } })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/**
 * Fault injection: GitHub's rate-limit answers. `primary`: 403 with
 * `x-ratelimit-remaining: 0` and a reset `seconds` from now (a token's hourly
 * quota); `secondary`: 429 with `retry-after: seconds` (too many requests at once).
 */
export function rateLimitResponse(kind: 'primary' | 'secondary', seconds: number): MockResponse {
  const documentation_url =
    'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'
  if (kind === 'primary') {
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '1000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + seconds)),
        'x-ratelimit-resource': 'core'
      },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url }
    }
  }
  return {
    status: 429,
    headers: { 'retry-after': String(seconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url
    }
  }
}
