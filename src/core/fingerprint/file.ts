/** One file's fingerprint: its build info, digest and per-section digests. */
import path from 'node:path'
import { readBuildInfo, type BinaryInfo } from '../buildinfo/index.js'
import { analyzeSlice } from './analyze.js'
import { hashFile, type Region } from './hash.js'
import type { FileFingerprint } from './types.js'

/** Reads build info, then hashes the file and its sections in one pass. */
export async function fingerprintFile(file: string, name = file): Promise<FileFingerprint> {
  return (await fingerprintFileWithInfo(file, name)).fingerprint
}

/** The fingerprint and the build info it was made from (for an SBOM of the same files). */
export async function fingerprintFileWithInfo(
  file: string,
  name = file
): Promise<{ fingerprint: FileFingerprint; info: BinaryInfo }> {
  const info = await readBuildInfo(file, name)
  const regions: Region[] = info.slices.flatMap(slice =>
    slice.sections
      .filter(s => s.fileSize > 0)
      .map(s => ({
        name: slice.fatArch ? `${slice.fatArch}:${s.name}` : s.name,
        offset: slice.offset + s.fileOffset,
        size: s.fileSize
      }))
  )
  const digest = await hashFile(file, regions)
  const fingerprint: FileFingerprint = {
    name: name.split(path.sep).join('/'),
    sha256: digest.sha256,
    size: digest.size,
    slices: info.slices.map(analyzeSlice),
    sections: digest.sections
  }
  return { fingerprint, info }
}
