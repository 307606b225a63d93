/**
 * The cache core: discover the inputs, build the keys, write and read the
 * manifest, and explain a restore. Pure: no @actions/* imports and no stdout.
 */
import { zipEntries, splitEntry } from '../gomod/index.js'
import type { KeyComponents } from './types.js'

export type * from './types.js'
export type { KeyOptions } from './options.js'
export { discoverComponents, normalizeMatrix, normalizePathHash } from './discover.js'
export {
  planKeys,
  planModKey,
  planBuildKey,
  matchAgainst,
  sanitizeSegment,
  KEY_MAX_LENGTH,
  SEGMENT_MAX_LENGTH,
  DEFAULT_PREFIX
} from './keys.js'
export { explainRestore, hitKindOf, diffModuleSets, compareModuleVersions } from './explain.js'
export { parseToolchainIdentity, GO_ENV_VARIABLES } from './toolchain.js'
export {
  MANIFEST_DIR,
  manifestFor,
  manifestFileName,
  parseManifest,
  parseComponents,
  parseComponentsDocument
} from './manifest.js'
export { classifyListedMiss, type ListedCache } from './listing.js'

/** `module@version` entries whose zips the build needs (for pruning GOMODCACHE). */
export function moduleSetNeeded(components: KeyComponents): Set<string> {
  return new Set(zipEntries(components.moduleSet))
}

/**
 * `module@version` entries needed only for their go.mod (the module graph):
 * a prune should keep their `cache/download/<module>/@v/<version>.mod` files.
 */
export function moduleGoModsNeeded(components: KeyComponents): Set<string> {
  const needed = new Set<string>()
  for (const entry of components.moduleSet) {
    const { path, version, goModOnly } = splitEntry(entry)
    if (goModOnly) needed.add(`${path}@${version}`)
  }
  return needed
}
