/** Renders `go version -m` output from what the reader found. */
import type { BinaryInfo, SliceInfo } from './read.js'
import { formatModInfo } from './modinfo.js'

/**
 * What `go version -m` prints for one executable: `FILE: <raw Go version>`, then
 * BuildInfo.String() without its `go` line, every line indented by a tab.
 */
export function formatGoVersionM(file: string, slice: SliceInfo): string {
  let out = `${file}: ${slice.buildInfo.goVersionRaw}\n`
  const mod = formatModInfo(slice.buildInfo)
  if (mod.length > 0) out += '\t' + mod.slice(0, -1).replaceAll('\n', '\n\t') + '\n'
  return out
}

/**
 * Exactly what `go version -m FILE` prints. Go reads only the first slice of a universal
 * binary, and so does this unless `allSlices` is set: then every slice is printed, each
 * headed `FILE (arm64): goVERSION`, so nothing is hidden.
 */
export function goVersionMOutput(
  file: string,
  info: BinaryInfo,
  options: { allSlices?: boolean } = {}
): string {
  if (info.container !== 'macho-fat' || !options.allSlices) {
    return formatGoVersionM(file, info.slices[0])
  }
  return info.slices.map(slice => formatGoVersionM(`${file} (${slice.fatArch})`, slice)).join('')
}
