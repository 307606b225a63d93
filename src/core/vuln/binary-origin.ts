/**
 * The module a Go binary was built from, so binary-mode findings can point at the
 * go.mod it came from. Read with the shared build-info reader (src/core/buildinfo:
 * ELF, Mach-O and PE, both blob layouts, no Go toolchain).
 */
import { BuildInfoError, readBuildInfo as readExecutableBuildInfo } from '../buildinfo/index.js'

export interface BinaryOrigin {
  goVersion: string
  /** The `mod` line's path, e.g. acme.test/app. */
  mainModule?: string
  /** The `path` line: the main package. */
  mainPackage?: string
}

/** Undefined when the file is not a Go executable with readable build info: callers fall back. */
export async function readBinaryOrigin(file: string): Promise<BinaryOrigin | undefined> {
  try {
    // A universal binary's slices come from one build: the first says it.
    const { buildInfo } = (await readExecutableBuildInfo(file)).slices[0]
    return {
      goVersion: buildInfo.goVersion,
      mainModule: buildInfo.main?.path,
      mainPackage: buildInfo.path || undefined
    }
  } catch (error) {
    if (error instanceof BuildInfoError) return undefined
    throw error
  }
}
