/**
 * The manifest saved inside each cache (`<cache dir>/.go-ci-kit/manifest-<kind>.json`),
 * so a restore brings back the components it was saved with at no extra cost.
 * Reading it checks every field and names the JSON pointer of the first bad
 * one: a truncated or hand-edited manifest is a ConfigurationError, not a crash.
 */
import { ConfigurationError } from '../errors.js'
import { moduleSetDigest } from '../gomod/index.js'
import type { CacheKind, CacheManifest, KeyComponents } from './types.js'

export const MANIFEST_DIR = '.go-ci-kit'

/** `manifest-mod.json` / `manifest-build.json`, relative to the cache directory. */
export function manifestFileName(kind: CacheKind): string {
  return `${MANIFEST_DIR}/manifest-${kind}.json`
}

export function manifestFor(
  kind: CacheKind,
  key: string,
  components: KeyComponents,
  now: Date
): CacheManifest {
  return { schema: 1, kind, key, components, createdAt: now.toISOString() }
}

export function parseCacheManifest(text: string, file: string): CacheManifest {
  const value = parseJson(text, file)
  const check = new Checker(file)
  const manifest = check.object(value, '')
  check.equals(
    manifest.schema,
    '/schema',
    1,
    'a manifest written by a newer go-ci-kit; upgrade the action'
  )
  if (manifest.kind !== 'mod' && manifest.kind !== 'build')
    check.fail('/kind', 'must be "mod" or "build"')
  check.string(manifest.key, '/key')
  check.string(manifest.createdAt, '/createdAt')
  checkComponents(check, manifest.components, '/components')
  return value as CacheManifest
}

/**
 * Reads components from `key --json` output, a manifest or a bare components
 * object (what `explain --previous` accepts). `key` is set when the document has one.
 */
export function parseComponentsDocument(
  text: string,
  file: string
): { components: KeyComponents; key?: string } {
  const value = parseJson(text, file)
  const check = new Checker(file)
  const document = check.object(value, '')
  if ('components' in document) {
    if (document.key !== undefined) check.string(document.key, '/key')
    checkComponents(check, document.components, '/components')
    return {
      components: document.components as KeyComponents,
      ...(typeof document.key === 'string' ? { key: document.key } : {})
    }
  }
  checkComponents(check, document, '')
  return { components: document as unknown as KeyComponents }
}

export function parseComponents(text: string, file: string): KeyComponents {
  const value = parseJson(text, file)
  checkComponents(new Checker(file), value, '')
  return value as KeyComponents
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid JSON (${(error as Error).message})`, {
      fix: 'the file is damaged or truncated; a fresh cache save replaces it'
    })
  }
}

class Checker {
  constructor(private readonly file: string) {}

  fail(pointer: string, message: string, fix?: string): never {
    throw new ConfigurationError(`${this.file}: ${pointer || '/'} ${message}`, {
      fix:
        fix ?? 'the file is damaged or was written by another tool; a fresh cache save replaces it'
    })
  }

  object(value: unknown, pointer: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(pointer, 'must be an object')
    return value as Record<string, unknown>
  }

  string(value: unknown, pointer: string): string {
    if (typeof value !== 'string') this.fail(pointer, 'must be a string')
    return value as string
  }

  optionalString(value: unknown, pointer: string): void {
    if (value !== undefined) this.string(value, pointer)
  }

  boolean(value: unknown, pointer: string): void {
    if (typeof value !== 'boolean') this.fail(pointer, 'must be true or false')
  }

  equals(value: unknown, pointer: string, expected: unknown, fix?: string): void {
    if (value !== expected)
      this.fail(pointer, `must be ${JSON.stringify(expected)}, found ${JSON.stringify(value)}`, fix)
  }

  array(value: unknown, pointer: string): unknown[] {
    if (!Array.isArray(value)) this.fail(pointer, 'must be an array')
    return value as unknown[]
  }

  strings(value: unknown, pointer: string): void {
    this.array(value, pointer).forEach((item, index) => this.string(item, `${pointer}/${index}`))
  }

  files(value: unknown, pointer: string): void {
    this.array(value, pointer).forEach((item, index) =>
      this.fileDigest(item, `${pointer}/${index}`)
    )
  }

  fileDigest(value: unknown, pointer: string): void {
    const file = this.object(value, pointer)
    this.string(file.path, `${pointer}/path`)
    this.string(file.sha256, `${pointer}/sha256`)
  }
}

const TOOLCHAIN_REQUIRED = ['GOVERSION', 'GOOS', 'GOARCH']

function checkGoModSummary(check: Checker, value: unknown, pointer: string): void {
  const summary = check.object(value, pointer)
  check.string(summary.path, `${pointer}/path`)
  check.string(summary.sha256, `${pointer}/sha256`)
  check.string(summary.deps, `${pointer}/deps`)
  check.optionalString(summary.module, `${pointer}/module`)
  check.optionalString(summary.go, `${pointer}/go`)
  check.strings(summary.godebug, `${pointer}/godebug`)
  check.array(summary.requires, `${pointer}/requires`).forEach((item, index) => {
    const require = check.object(item, `${pointer}/requires/${index}`)
    check.string(require.path, `${pointer}/requires/${index}/path`)
    check.string(require.version, `${pointer}/requires/${index}/version`)
    if (require.indirect !== undefined)
      check.equals(require.indirect, `${pointer}/requires/${index}/indirect`, true)
  })
}

function checkComponents(check: Checker, value: unknown, pointer: string): void {
  const components = check.object(value, pointer)
  check.equals(
    components.schema,
    `${pointer}/schema`,
    1,
    'written by a newer go-ci-kit; upgrade the action'
  )
  check.string(components.workDir, `${pointer}/workDir`)
  if (components.goWork !== undefined) {
    const work = check.object(components.goWork, `${pointer}/goWork`)
    check.fileDigest(work.file, `${pointer}/goWork/file`)
    check.optionalString(work.go, `${pointer}/goWork/go`)
    check.optionalString(work.toolchain, `${pointer}/goWork/toolchain`)
    check.strings(work.uses, `${pointer}/goWork/uses`)
  }
  check.files(components.goMods, `${pointer}/goMods`)
  if (components.goModContents !== undefined) {
    check
      .array(components.goModContents, `${pointer}/goModContents`)
      .forEach((item, index) => checkGoModSummary(check, item, `${pointer}/goModContents/${index}`))
  }
  check.files(components.goSums, `${pointer}/goSums`)
  if (components.vendor !== undefined) {
    const vendor = check.object(components.vendor, `${pointer}/vendor`)
    check.files(vendor.modulesTxt, `${pointer}/vendor/modulesTxt`)
    check.boolean(vendor.vendorMode, `${pointer}/vendor/vendorMode`)
    check.string(vendor.reason, `${pointer}/vendor/reason`)
  }
  check.strings(components.moduleSet, `${pointer}/moduleSet`)
  check.string(components.moduleSetDigest, `${pointer}/moduleSetDigest`)
  const entries = components.moduleSet as string[]
  for (let i = 1; i < entries.length; i++) {
    if (!(entries[i - 1] < entries[i]))
      check.fail(`${pointer}/moduleSet/${i}`, 'is out of order or repeated')
  }
  if (moduleSetDigest(entries) !== components.moduleSetDigest) {
    check.fail(`${pointer}/moduleSetDigest`, 'does not match /moduleSet (edited or truncated)')
  }
  if (components.toolchain !== undefined) {
    const toolchain = check.object(components.toolchain, `${pointer}/toolchain`)
    for (const [name, field] of Object.entries(toolchain))
      check.string(field, `${pointer}/toolchain/${name}`)
    for (const name of TOOLCHAIN_REQUIRED)
      check.string(toolchain[name], `${pointer}/toolchain/${name}`)
  }
  check.optionalString(components.pathHash, `${pointer}/pathHash`)
  if (components.matrix !== undefined) check.object(components.matrix, `${pointer}/matrix`)
  check.optionalString(components.matrixDigest, `${pointer}/matrixDigest`)
  check.files(components.keyFiles, `${pointer}/keyFiles`)
}
