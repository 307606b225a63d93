/**
 * The official JSON schemas, compiled with ajv: CycloneDX 1.6 as @cyclonedx/cyclonedx-library
 * ships it (with the SPDX licence-id and JSF schemas it references), SPDX 2.3 from
 * spdx/spdx-spec (see __tests__/fixtures/sbom/README.md).
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { REPO_ROOT } from '../../helpers/tools.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const require = createRequire(import.meta.url)

type Schema = Record<string, unknown>
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Schema

function cycloneDxSchemaDir(): string {
  const packageJson = require.resolve('@cyclonedx/cyclonedx-library/package.json')
  return path.join(path.dirname(packageJson), 'res', 'schema')
}

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  // ajv-formats has no IRI formats: an IRI is a URI once its non-ASCII characters are
  // percent-encoded (RFC 3987 section 3.1), so check that.
  const asUri = (text: string) =>
    text.replace(/[\u0080-\u{10ffff}]/gu, char => encodeURIComponent(char))
  const uriReference = fullFormats['uri-reference'] as RegExp
  const email = fullFormats.email as RegExp
  ajv.addFormat('iri-reference', (text: string) => uriReference.test(asUri(text)))
  ajv.addFormat('idn-email', (text: string) => email.test(asUri(text)))
  return ajv
}

export function cycloneDx16Validator(): ValidateFunction {
  const dir = cycloneDxSchemaDir()
  const ajv = newAjv()
  // bom-1.6 refers to its siblings by their SNAPSHOT file names, relative to its own $id.
  for (const name of ['spdx', 'jsf-0.82', 'cryptography-defs']) {
    const schema = readJson(path.join(dir, `${name}.SNAPSHOT.schema.json`))
    schema.$id = `http://cyclonedx.org/schema/${name}.SNAPSHOT.schema.json`
    ajv.addSchema(schema)
  }
  return ajv.compile(readJson(path.join(dir, 'bom-1.6.SNAPSHOT.schema.json')))
}

export function spdx23Validator(): ValidateFunction {
  const ajv = newAjv()
  return ajv.compile(readJson(path.join(REPO_ROOT, '__tests__/fixtures/sbom/spdx-2.3-schema.json')))
}
