/** Renders `go version -m` output from what the reader found. */
import type { BinaryInfo, SliceInfo } from './index.js'
import { formatModInfo } from './modinfo.js'

/** Exactly what `go version -m FILE` prints for one executable. */
export function formatGoVersionM(file: string, slice: SliceInfo): string {
  let out = `${file}: ${slice.buildInfo.goVersionRaw}\n`
  const mod = formatModInfo(slice.buildInfo)
  if (mod.length > 0) out += '\t' + mod.slice(0, -1).replaceAll('\n', '\n\t') + '\n'
  return out
}

/**
 * For a universal binary Go prints only the first slice; we print every slice,
 * each headed `FILE (arm64): goVERSION`, so nothing is hidden.
 */
export function formatGoVersionMAll(file: string, info: BinaryInfo): string {
  if (info.container !== 'macho-fat') return formatGoVersionM(file, info.slices[0])
  return info.slices.map(slice => formatGoVersionM(`${file} (${slice.fatArch})`, slice)).join('')
}
