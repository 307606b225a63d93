/**
 * GOMODCACHE: what module versions it holds, and pruning the ones the current
 * module set no longer needs, so the saved cache does not grow without bound.
 *
 * Layout (cmd/go/internal/modfetch), with paths and versions case-escaped
 * (`github.com/Azure/x` is stored as `github.com/!azure/x`):
 *   cache/download/<path>/@v/<version>.{zip,ziphash,mod,info,lock,partial}, plus `list`
 *   <path>@<version>/…   the extracted zip, read-only (directories 0555)
 * A version needed only for its go.mod (a `/go.mod` line in go.sum) keeps its
 * .mod and .info files; a version whose zip is needed keeps everything.
 * Toolchain downloads (golang.org/toolchain, from GOTOOLCHAIN=auto) are not in
 * go.sum and are always kept.
 */
import { chmod, readdir, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

const VERSION_FILE = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/
const ALWAYS_KEPT = new Set(['golang.org/toolchain'])

/** Whether a prune keeps every version of `modulePath` whatever go.sum says (toolchain downloads). */
export function isAlwaysKeptModule(modulePath: string): boolean {
  return ALWAYS_KEPT.has(modulePath)
}

/** Go's case-escaping for module paths and versions on disk: `A` → `!a`. */
export function escapeModulePath(value: string): string {
  return value.replace(/[A-Z]/g, letter => `!${letter.toLowerCase()}`)
}

export function unescapeModulePath(value: string): string {
  return value.replace(/!([a-z])/g, (_match, letter: string) => letter.toUpperCase())
}

export interface ModCacheInventory {
  /** `path@version` with a .zip in cache/download. */
  zips: Set<string>
  /** `path@version` with a .mod in cache/download. */
  mods: Set<string>
}

interface VersionFiles {
  id: string
  modulePath: string
  /** Absolute file path by extension. */
  files: Map<string, string>
}

interface DownloadModule {
  modulePath: string
  /** The `<escaped path>` directory under cache/download. */
  dir: string
  versions: Map<string, VersionFiles>
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

/** Every module directory in cache/download (the ones holding `@v`). */
async function downloadModules(modCache: string): Promise<DownloadModule[]> {
  const root = path.join(modCache, 'cache', 'download')
  const found: DownloadModule[] = []
  const walk = async (dir: string, relative: string): Promise<void> => {
    const children = await entries(dir)
    await Promise.all(
      children.map(async child => {
        if (!child.isDirectory()) return
        // sumdb holds checksum-database tiles, not modules.
        if (relative === '' && child.name === 'sumdb') return
        const childDir = path.join(dir, child.name)
        if (child.name === '@v') {
          const modulePath = unescapeModulePath(relative)
          const versions = new Map<string, VersionFiles>()
          for (const file of await entries(childDir)) {
            if (!file.isFile()) continue
            const match = VERSION_FILE.exec(file.name)
            if (!match) continue
            const id = `${modulePath}@${unescapeModulePath(match[1])}`
            let version = versions.get(id)
            if (!version) versions.set(id, (version = { id, modulePath, files: new Map() }))
            version.files.set(match[2], path.join(childDir, file.name))
          }
          found.push({ modulePath, dir, versions })
          return
        }
        await walk(childDir, relative === '' ? child.name : `${relative}/${child.name}`)
      })
    )
  }
  await walk(root, '')
  return found
}

/** Extracted module directories (`<path>@<version>`), outside cache/. */
async function extractedModules(
  modCache: string
): Promise<{ id: string; modulePath: string; dir: string }[]> {
  const found: { id: string; modulePath: string; dir: string }[] = []
  const walk = async (dir: string, relative: string): Promise<void> => {
    const children = await entries(dir)
    await Promise.all(
      children.map(async child => {
        if (!child.isDirectory()) return
        if (relative === '' && (child.name === 'cache' || child.name.startsWith('.'))) return
        const childDir = path.join(dir, child.name)
        const at = child.name.indexOf('@')
        if (at >= 0) {
          const modulePath = unescapeModulePath(
            relative === '' ? child.name.slice(0, at) : `${relative}/${child.name.slice(0, at)}`
          )
          const version = unescapeModulePath(child.name.slice(at + 1))
          found.push({ id: `${modulePath}@${version}`, modulePath, dir: childDir })
          return
        }
        await walk(childDir, relative === '' ? child.name : `${relative}/${child.name}`)
      })
    )
  }
  await walk(modCache, '')
  return found
}

/** Which module versions the cache holds (zips and go.mod files in cache/download). */
export async function inventoryModCache(modCache: string): Promise<ModCacheInventory> {
  const inventory: ModCacheInventory = { zips: new Set(), mods: new Set() }
  for (const module of await downloadModules(modCache)) {
    for (const version of module.versions.values()) {
      if (version.files.has('zip')) inventory.zips.add(version.id)
      if (version.files.has('mod')) inventory.mods.add(version.id)
    }
  }
  return inventory
}

/** Flattens an inventory to sorted `path@version` and `path@version/go.mod` entries (the module-set notation). */
export function inventoryEntries(inventory: ModCacheInventory): string[] {
  return [...[...inventory.zips], ...[...inventory.mods].map(id => `${id}/go.mod`)].sort()
}

export function inventoryFromEntries(list: readonly string[]): ModCacheInventory {
  const inventory: ModCacheInventory = { zips: new Set(), mods: new Set() }
  for (const entry of list) {
    if (entry.endsWith('/go.mod')) inventory.mods.add(entry.slice(0, -'/go.mod'.length))
    else inventory.zips.add(entry)
  }
  return inventory
}

/**
 * What this run added that is worth saving: versions present now but not
 * after the restore, limited to the needed ones when `needed` is given (a
 * pruned save would drop the rest anyway).
 */
export function newModuleVersions(
  current: ModCacheInventory,
  baseline: ModCacheInventory,
  needed?: { zips: ReadonlySet<string>; mods: ReadonlySet<string> }
): string[] {
  const added: string[] = []
  for (const id of current.zips) {
    if (baseline.zips.has(id)) continue
    if (needed && !needed.zips.has(id)) continue
    added.push(id)
  }
  for (const id of current.mods) {
    if (baseline.mods.has(id)) continue
    if (needed && !needed.zips.has(id) && !needed.mods.has(id)) continue
    added.push(`${id}/go.mod`)
  }
  return added.sort()
}

/** Makes a read-only tree (the go command extracts modules 0555) removable, then removes it. */
export async function removeTree(dir: string): Promise<void> {
  const makeWritable = async (current: string): Promise<void> => {
    try {
      await chmod(current, 0o755)
    } catch {
      return
    }
    const children = await entries(current)
    await Promise.all(
      children.filter(c => c.isDirectory()).map(c => makeWritable(path.join(current, c.name)))
    )
  }
  await makeWritable(dir)
  await rm(dir, { recursive: true, force: true })
}

/** Removes `dir` and then its parents while they are empty, stopping at `stop`. */
async function removeEmptyUpwards(dir: string, stop: string): Promise<void> {
  for (let current = dir; current.startsWith(stop + path.sep); current = path.dirname(current)) {
    try {
      await rmdir(current)
    } catch {
      return
    }
  }
}

export interface PruneResult {
  /** `path@version` whose zip (and extracted tree) were removed. */
  removedVersions: string[]
  /** `path@version` reduced to their go.mod. */
  reducedToGoMod: string[]
  keptVersions: number
}

/**
 * Deletes every module version the module set does not need: `zips` are the
 * versions whose code is built, `goMods` those needed only for their go.mod.
 */
export async function pruneModCache(
  modCache: string,
  needed: { zips: ReadonlySet<string>; goMods: ReadonlySet<string> }
): Promise<PruneResult> {
  const result: PruneResult = { removedVersions: [], reducedToGoMod: [], keptVersions: 0 }
  const keepZip = (id: string, modulePath: string) =>
    needed.zips.has(id) || isAlwaysKeptModule(modulePath)
  const downloadRoot = path.join(modCache, 'cache', 'download')
  for (const module of await downloadModules(modCache)) {
    let remaining = 0
    for (const version of module.versions.values()) {
      if (keepZip(version.id, module.modulePath)) {
        remaining++
        result.keptVersions++
        continue
      }
      const keepGoMod = needed.goMods.has(version.id)
      const doomed = [...version.files.entries()].filter(
        ([extension]) => !keepGoMod || (extension !== 'mod' && extension !== 'info')
      )
      if (doomed.length === 0) {
        remaining++
        continue
      }
      await Promise.all(doomed.map(([, file]) => rm(file, { force: true })))
      if (keepGoMod) {
        remaining++
        if (version.files.has('zip')) result.reducedToGoMod.push(version.id)
      } else if (version.files.has('zip') || version.files.has('mod')) {
        result.removedVersions.push(version.id)
      }
    }
    if (remaining === 0) {
      // Only `list` files are left: the module is gone from the cache.
      await rm(module.dir, { recursive: true, force: true })
      await removeEmptyUpwards(path.dirname(module.dir), downloadRoot)
    }
  }
  for (const extracted of await extractedModules(modCache)) {
    if (keepZip(extracted.id, extracted.modulePath)) continue
    await removeTree(extracted.dir)
    await removeEmptyUpwards(path.dirname(extracted.dir), modCache)
    if (
      !result.removedVersions.includes(extracted.id) &&
      !result.reducedToGoMod.includes(extracted.id)
    ) {
      result.removedVersions.push(extracted.id)
    }
  }
  result.removedVersions.sort()
  result.reducedToGoMod.sort()
  return result
}
