/**
 * The manifest on disk, inside each cache directory, so it travels with the
 * archive: written just before a save, read right after a restore.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { manifestFileName, manifestFor, parseCacheManifest } from './manifest.js'
import type { CacheKind, KeyComponents } from './types.js'
import { isConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'
import { writeFileAtomic } from '../io.js'

/** The components saved with the restored entry, or undefined when there is no usable manifest. */
export async function readCacheManifest(
  cacheDir: string,
  kind: CacheKind,
  logger: Logger
): Promise<{ components: KeyComponents; key: string } | undefined> {
  const file = path.join(cacheDir, manifestFileName(kind))
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    const manifest = parseCacheManifest(text, file)
    if (manifest.kind !== kind) {
      logger.warning(`${file} describes a ${manifest.kind} cache, not a ${kind} cache; ignored`)
      return undefined
    }
    return { components: manifest.components, key: manifest.key }
  } catch (error) {
    if (!isConfigurationError(error)) throw error
    logger.warning(`the restored cache manifest is unusable: ${error.userMessage}`)
    return undefined
  }
}

export async function writeCacheManifest(
  cacheDir: string,
  kind: CacheKind,
  key: string,
  components: KeyComponents,
  now: Date
): Promise<void> {
  const file = path.join(cacheDir, manifestFileName(kind))
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, JSON.stringify(manifestFor(kind, key, components, now), null, 1))
}
