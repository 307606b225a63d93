/**
 * The facts of one Go executable found in an image, read from its bytes: the build info (with
 * the existing reader, target from the build settings else the file header) and, for ELF, the
 * program headers' dynamic loader.
 */
import { sha256Hex } from '../../hash.js'
import {
  BufferSource,
  readBuildInfoFrom,
  readElfProgramInfo,
  type BinaryInfo
} from '../../buildinfo/index.js'
import { dimensionsOf } from '../../fingerprint/index.js'
import type { GoBinaryFacts } from './types.js'

function setting(info: BinaryInfo['slices'][number], key: string): string | undefined {
  return info.buildInfo.settings.find(s => s.key === key)?.value
}

/**
 * `go test -c` writes the package path plus `.test` as the build info path (Go 1.27:
 * `example.com/server.test`, `command-line-arguments.test`); a main package cannot end so.
 */
export function isTestBinaryPath(buildInfoPath: string): boolean {
  return buildInfoPath.endsWith('.test')
}

/** Undefined for a file that is not a Go executable or cannot be read (never throws for one). */
export async function readGoBinary(
  file: { path: string; size: number; mode: number },
  content: Buffer
): Promise<GoBinaryFacts | undefined> {
  const source = new BufferSource(content)
  let info: BinaryInfo
  try {
    info = await readBuildInfoFrom(source)
  } catch {
    return undefined
  }
  // A universal Mach-O has several slices; an image's Linux binaries have one.
  const slice = info.slices[0]
  if (slice === undefined) return undefined
  const dims = dimensionsOf(slice)
  const elf = info.container === 'elf' ? await readElfProgramInfo(source) : undefined
  const buildInfo = slice.buildInfo
  const revision = setting(slice, 'vcs.revision')
  return {
    path: file.path,
    size: content.length,
    sha256: sha256Hex(content),
    goVersion: dims.goVersion,
    goos: dims.goos,
    goarch: dims.goarch,
    ...(dims.archLevel ? { archLevel: dims.archLevel } : {}),
    cgo: dims.cgo,
    trimpath: setting(slice, '-trimpath') === 'true',
    mainModule: buildInfo.main?.path ?? '',
    ...(buildInfo.main?.version ? { mainVersion: buildInfo.main.version } : {}),
    ...(revision ? { vcsRevision: revision } : {}),
    isTest: isTestBinaryPath(buildInfo.path),
    // Only an ELF file can run without a loader; Mach-O and PE always have one.
    isStatic: elf !== undefined && elf.interpreter === undefined,
    ...(elf?.interpreter ? { interpreter: elf.interpreter } : {}),
    buildInfo
  }
}
