/**
 * Cache keys. Segments are joined with `-`, in this order (optional ones are
 * left out when empty):
 *
 *   module cache: <prefix>-mod-<RUNNER_OS>-d<modules>[-k<key files>]
 *   build cache:  <prefix>-build-<RUNNER_OS>[-<RUNNER_ARCH>]-<GOVERSION>-<GOOS>-<GOARCH>
 *                 -t<toolchain env>[-m<matrix>][-p<PATH>]-d<dependencies>[-k<key files>]
 *
 * `d…`, `t…`, `m…`, `p…` and `k…` are the first 16 hex digits of a sha256.
 * The module key holds only what changes module content: the module set
 * (go.sum and go.work.sum entries, without hashes). GOOS, GOARCH and the Go
 * version are left out, since module zips are the same for every target.
 * RUNNER_OS stays: @actions/cache scopes entries by OS anyway (paths and the
 * Windows marker are part of its version), so keeping it makes keys honest.
 *
 * Restore keys are a prefix ladder: drop the last segment, then the one
 * before, most similar first. The module ladder ends at `<prefix>-mod-<OS>-`;
 * the build ladder ends at the toolchain segment, because GOCACHE entries from
 * another compiler or another GOFLAGS are dead weight.
 *
 * Length: free-text segments (prefix, OS, arch, Go version, GOOS, GOARCH) are
 * limited to [A-Za-z0-9._+=~-] (anything else becomes `_`), and one longer than
 * 64 characters becomes its first 47 characters, `~` and 16 hex digits of its
 * sha256. That bounds every key below 512 characters; commas cannot occur.
 */
import { ConfigurationError } from '../errors.js'
import { silentLogger } from '../report.js'
import { digestParts, sha256Hex } from '../hash.js'
import type { KeyOptions } from './options.js'
import { BUILD_IDENTITY_FIELDS, buildIdentityValue } from './toolchain.js'
import type { CacheKeyPlan, KeyComponents } from './types.js'

export const KEY_MAX_LENGTH = 512
export const SEGMENT_MAX_LENGTH = 64
export const DEFAULT_PREFIX = 'go'
const DIGEST_LENGTH = 16

type Segment = { name: string; value: string }

/** Makes free text safe for a key segment; see the module comment for the rule. */
export function sanitizeSegment(value: string): string {
  const cleaned = value.trim().replace(/[^A-Za-z0-9._+=~-]/g, '_') || '_'
  if (cleaned.length <= SEGMENT_MAX_LENGTH) return cleaned
  return `${cleaned.slice(0, SEGMENT_MAX_LENGTH - DIGEST_LENGTH - 1)}~${sha256Hex(value).slice(0, DIGEST_LENGTH)}`
}

function short(digest: string): string {
  return digest.slice(0, DIGEST_LENGTH)
}

function prefixSegment(options: KeyOptions): string {
  const prefix = options.prefix?.trim() || DEFAULT_PREFIX
  if (prefix.includes(',')) {
    throw new ConfigurationError(`the cache key prefix "${prefix}" contains a comma`, {
      fix: '@actions/cache rejects commas in keys; pick a prefix without commas'
    })
  }
  const clean = sanitizeSegment(prefix)
  if (clean !== prefix) {
    ;(options.logger ?? silentLogger).warning(
      `the cache key prefix "${prefix}" is used as "${clean}"`
    )
  }
  return clean
}

/** The digest the module key is made of (module content only). */
export function modDependencyDigest(components: KeyComponents): string {
  return components.moduleSetDigest
}

/** What the build compiles against: the module set plus what every go.mod says, go.work and vendor/modules.txt. */
export function buildDependencyDigest(components: KeyComponents): string {
  return digestParts([
    components.moduleSetDigest,
    components.goWork ? `${components.goWork.file.path}:${components.goWork.file.sha256}` : '',
    // What each go.mod says (comments and the toolchain line change no build); the file for old manifests.
    ...(components.goModContents ?? components.goMods).map(file => `${file.path}:${file.sha256}`),
    ...(components.vendor?.modulesTxt ?? []).map(file => `${file.path}:${file.sha256}`),
    `vendor=${components.vendor?.vendorMode ?? false}`
  ])
}

export function keyFilesDigest(components: KeyComponents): string | undefined {
  if (components.keyFiles.length === 0) return undefined
  return digestParts(components.keyFiles.map(file => `${file.path}:${file.sha256}`))
}

/** Digest of every toolchain value that changes build output. */
export function toolchainDigest(components: KeyComponents): string {
  const toolchain = components.toolchain
  if (!toolchain) return ''
  return digestParts(
    BUILD_IDENTITY_FIELDS.map(field => `${field}=${buildIdentityValue(toolchain, field)}`)
  )
}

function assemble(
  segments: Segment[],
  ladderFloor: number
): { key: string; restoreKeys: string[] } {
  const values = segments.map(segment => segment.value)
  const key = values.join('-')
  if (key.length > KEY_MAX_LENGTH || key.includes(',')) {
    // Unreachable with sanitized, length-capped segments; kept as a guard for future segments.
    throw new ConfigurationError(
      `cache key is ${key.length} characters, over the ${KEY_MAX_LENGTH} limit`,
      {
        fix: 'use a shorter prefix'
      }
    )
  }
  const restoreKeys: string[] = []
  for (let keep = values.length - 1; keep >= ladderFloor; keep--) {
    restoreKeys.push(values.slice(0, keep).join('-') + '-')
  }
  return { key, restoreKeys }
}

const DEFAULT_BUILD_CACHE: Record<string, string> = {
  Linux: '~/.cache/go-build',
  macOS: '~/Library/Caches/go-build',
  Windows: '~/AppData/Local/go-build'
}

/** The module cache (GOMODCACHE) plan. Needs no toolchain. */
export function planModKey(components: KeyComponents, options: KeyOptions): CacheKeyPlan {
  const segments: Segment[] = [
    { name: 'prefix', value: prefixSegment(options) },
    { name: 'cache', value: 'mod' },
    { name: 'os', value: sanitizeSegment(options.os) },
    { name: 'modules', value: `d${short(modDependencyDigest(components))}` }
  ]
  const files = keyFilesDigest(components)
  if (files) segments.push({ name: 'key-files', value: `k${short(files)}` })
  const { key, restoreKeys } = assemble(segments, 3)
  const vendorMode = components.vendor?.vendorMode === true
  return {
    kind: 'mod',
    key,
    restoreKeys,
    paths: [options.modCachePath ?? (components.toolchain?.GOMODCACHE || '~/go/pkg/mod')],
    needed: !vendorMode,
    ...(vendorMode
      ? {
          notNeededReason: `vendor mode: ${components.vendor?.reason ?? 'the build reads vendor/'}`
        }
      : {}),
    segments
  }
}

/** The build cache (GOCACHE) plan. Requires the toolchain identity. */
export function planBuildKey(components: KeyComponents, options: KeyOptions): CacheKeyPlan {
  const toolchain = components.toolchain ?? options.toolchain
  if (!toolchain) {
    throw new ConfigurationError(
      'the build cache key needs the Go toolchain identity (`go env -json`)',
      {
        fix: 'put Go on PATH (for example with actions/setup-go) before this step, or key only the module cache'
      }
    )
  }
  const withToolchain = components.toolchain ? components : { ...components, toolchain }
  const segments: Segment[] = [
    { name: 'prefix', value: prefixSegment(options) },
    { name: 'cache', value: 'build' },
    { name: 'os', value: sanitizeSegment(options.os) }
  ]
  if (options.arch) segments.push({ name: 'arch', value: sanitizeSegment(options.arch) })
  segments.push(
    { name: 'go', value: sanitizeSegment(toolchain.GOVERSION) },
    { name: 'goos', value: sanitizeSegment(toolchain.GOOS) },
    { name: 'goarch', value: sanitizeSegment(toolchain.GOARCH) },
    { name: 'toolchain', value: `t${short(toolchainDigest(withToolchain))}` }
  )
  const ladderFloor = segments.length
  if (components.matrixDigest) {
    segments.push({ name: 'matrix', value: `m${short(components.matrixDigest)}` })
  }
  if (components.pathHash) {
    segments.push({ name: 'path', value: `p${short(sha256Hex(components.pathHash))}` })
  }
  segments.push({ name: 'dependencies', value: `d${short(buildDependencyDigest(components))}` })
  const files = keyFilesDigest(components)
  if (files) segments.push({ name: 'key-files', value: `k${short(files)}` })
  const { key, restoreKeys } = assemble(segments, ladderFloor)
  return {
    kind: 'build',
    key,
    restoreKeys,
    paths: [
      options.buildCachePath ??
        (toolchain.GOCACHE || DEFAULT_BUILD_CACHE[options.os] || DEFAULT_BUILD_CACHE.Linux)
    ],
    needed: true,
    segments
  }
}

/** Both plans. Throws a ConfigurationError when there is no toolchain identity (use planModKey alone then). */
export function planKeys(
  components: KeyComponents,
  options: KeyOptions
): { mod: CacheKeyPlan; build: CacheKeyPlan } {
  return { mod: planModKey(components, options), build: planBuildKey(components, options) }
}

/**
 * Generations of a build key (archive mode): `<key>-g<id>`. A key never
 * changes once saved, and the build key has no source component, so a run of
 * source-only commits would keep restoring the first commit's GOCACHE. The
 * post step therefore saves under a generation of the key, never the bare key
 * (policy: buildCacheSaveDecision). A restore of the bare key then matches
 * the newest generation by prefix (@actions/cache takes the most recently
 * created entry among prefix matches), and a generation counts as an exact
 * hit: the inputs are the same, only the build's progress differs. `-g` cannot
 * be confused with the next segment a longer key could have (`-k` key files).
 */
export function generationKey(key: string, id: string): string {
  const clean =
    id
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')
      .slice(0, 24) || '0'
  return `${key}-g${clean}`
}

/** True when `candidate` is `key` or one of its generations. */
export function isKeyOrGeneration(key: string, candidate: string): boolean {
  return (
    candidate === key ||
    (/^-g[0-9a-z]+$/.test(candidate.slice(key.length)) && candidate.startsWith(key))
  )
}

/**
 * What @actions/cache would restore if `candidate` were the only entry: exact
 * (the key or a generation of it), a prefix match of the key or a restore key (partial), or nothing.
 */
export function matchAgainst(
  plan: Pick<CacheKeyPlan, 'key' | 'restoreKeys'>,
  candidate: string
): 'exact' | 'partial' | 'miss' {
  if (isKeyOrGeneration(plan.key, candidate)) return 'exact'
  if (candidate.startsWith(plan.key)) return 'partial'
  return plan.restoreKeys.some(prefix => candidate.startsWith(prefix)) ? 'partial' : 'miss'
}
