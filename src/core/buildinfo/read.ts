/** Reading a binary's Go build info: each slice's header fields, sections and module info. */
import { readRawBuildInfo, type BuildInfoReadOptions } from './blob.js'
import { openContainer, looksUpxPacked, type Container } from './detect.js'
import { BuildInfoError, NOT_GO, upxPacked } from './errors.js'
import type { Exe, ExeFormat, ExeSection } from './exe.js'
import { ModInfoError, parseModInfo, splitGoVersion, type ModInfo } from './modinfo.js'
import { FileSource, type ByteSource } from './source.js'

export interface BuildInfo extends ModInfo {
  /** Exactly as embedded, e.g. "go1.22.0 X:boringcrypto" or "go1.27.4-X:fieldtrack". */
  goVersionRaw: string
  goVersion: string
  /**
   * The GOEXPERIMENT build setting (Go 1.18+; what the builder set), else the list the
   * version string carries (pre-1.18).
   */
  experiments: string[]
  layout: 'inline' | 'pointer'
}

export interface SliceInfo {
  format: ExeFormat
  bits: 32 | 64
  littleEndian: boolean
  /** From the file header. */
  goos: string
  goarch: string
  fatArch?: string
  offset: number
  size: number
  sections: ExeSection[]
  buildInfo: BuildInfo
}

export interface BinaryInfo {
  container: Container
  size: number
  /** One entry, or one per slice of a universal binary. */
  slices: SliceInfo[]
}

async function readSlice(exe: Exe, options: BuildInfoReadOptions): Promise<BuildInfo> {
  const raw = await readRawBuildInfo(exe, options)
  let modinfo: ModInfo
  try {
    modinfo = parseModInfo(raw.modinfo)
  } catch (error) {
    if (error instanceof ModInfoError)
      throw new BuildInfoError('not-go', error.message, error.message)
    throw error
  }
  const { version, experiments: fromVersion } = splitGoVersion(raw.version)
  const goexperiment = modinfo.settings.find(setting => setting.key === 'GOEXPERIMENT')
  const experiments = goexperiment
    ? goexperiment.value.split(',').filter(x => x !== '')
    : fromVersion
  return {
    goVersionRaw: raw.version,
    goVersion: version,
    experiments,
    layout: raw.layout,
    ...modinfo
  }
}

export async function readBuildInfoFrom(
  source: ByteSource,
  options: BuildInfoReadOptions = {}
): Promise<BinaryInfo> {
  try {
    const { container, slices } = await openContainer(source, options)
    const result: SliceInfo[] = []
    for (const slice of slices) {
      const exe = await slice.open()
      result.push({
        format: exe.format,
        bits: exe.bits,
        littleEndian: exe.littleEndian,
        goos: exe.goos,
        goarch: exe.goarch,
        fatArch: slice.fatArch,
        offset: slice.offset,
        size: slice.size,
        sections: exe.sections,
        buildInfo: await readSlice(exe, options)
      })
    }
    return { container, size: source.size, slices: result }
  } catch (error) {
    if (error instanceof BuildInfoError && error.goMessage === NOT_GO && error.kind !== 'upx') {
      if (await looksUpxPacked(source)) {
        throw upxPacked()
      }
    }
    throw error
  }
}

function describeOpenError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOTFILE') return 'not a regular file'
  if (error.code === 'ENOENT') return 'no such file'
  return error.code ?? error.message
}

/**
 * Reads a file's build info; errors are BuildInfoErrors naming the file as `label` (by
 * default its path), so users see the name they gave.
 */
export async function readBuildInfo(
  file: string,
  label = file,
  options: BuildInfoReadOptions = {}
): Promise<BinaryInfo> {
  let source: FileSource
  try {
    source = await FileSource.open(file)
  } catch (error) {
    throw new BuildInfoError(
      'unreadable',
      (error as Error).message,
      `cannot open ${label}: ${describeOpenError(error as NodeJS.ErrnoException)}`,
      'check the path and permissions'
    )
  }
  try {
    return await readBuildInfoFrom(source, options)
  } catch (error) {
    if (error instanceof BuildInfoError) {
      throw new BuildInfoError(error.kind, error.goMessage, `${label}: ${error.message}`, error.fix)
    }
    throw error
  } finally {
    await source.close()
  }
}
