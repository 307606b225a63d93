/** What compare-to names (an earlier binary, a directory of them, or a manifest) and each binary's counterpart in it. */
import { open, readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { fingerprintFile } from './file.js'
import { parseFingerprintManifest, type FingerprintManifest } from './manifest.js'
import type { FileFingerprint } from './types.js'

export type Baseline =
  | { kind: 'binary'; file: string }
  | { kind: 'directory'; dir: string }
  | { kind: 'manifest'; manifest: FingerprintManifest; file: string }

export async function resolveBaseline(target: string): Promise<Baseline> {
  let info
  try {
    info = await stat(target)
  } catch {
    throw new ConfigurationError(`compare-to: ${target} does not exist`, {
      fix: 'pass an earlier binary, a directory of binaries, or a manifest JSON'
    })
  }
  if (info.isDirectory()) return { kind: 'directory', dir: target }
  if ((await firstByte(target)) === '{')
    return {
      kind: 'manifest',
      manifest: parseFingerprintManifest(await readFile(target, 'utf8'), target),
      file: target
    }
  return { kind: 'binary', file: target }
}

/** The first byte of a file, without reading the rest (compare-to may be a large binary). */
async function firstByte(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, 0)
    return buffer.subarray(0, bytesRead).toString('latin1')
  } finally {
    await handle.close()
  }
}

/** The counterpart of `entry` in the baseline, fingerprinted; undefined when it has none. */
export async function baselineFor(
  baseline: Baseline,
  entry: { file: string; name: string },
  onlyFile: boolean
): Promise<{ fingerprint: FileFingerprint; file?: string; label: string } | undefined> {
  if (baseline.kind === 'manifest') {
    const found =
      baseline.manifest.binaries.find(b => b.name === entry.name) ??
      baseline.manifest.binaries.find(
        b => path.posix.basename(b.name) === path.basename(entry.file)
      ) ??
      (onlyFile && baseline.manifest.binaries.length === 1
        ? baseline.manifest.binaries[0]
        : undefined)
    return found && { fingerprint: found, label: `${baseline.file}#${found.name}` }
  }
  let file = baseline.kind === 'binary' ? baseline.file : path.join(baseline.dir, entry.name)
  if (baseline.kind === 'directory') {
    const names = await readdir(baseline.dir)
    if (!names.includes(path.basename(entry.file)) && !(await exists(file))) return undefined
    if (!(await exists(file))) file = path.join(baseline.dir, path.basename(entry.file))
  }
  return { fingerprint: await fingerprintFile(file), file, label: file }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
