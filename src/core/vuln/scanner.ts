/**
 * Which govulncheck ran. govulncheck takes its version from its own build
 * info, so distribution builds (Debian's, built without module information)
 * report v0.0.0. The gate then reads the binary's build info itself (a `go
 * install` build records the module version), and, for a Debian package, the
 * package changelog installed beside it; otherwise it says the version is
 * unknown instead of printing v0.0.0 as if it were one.
 */
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { readBuildInfo as readExecutableBuildInfo } from '../buildinfo/index.js'

export interface ScannerIdentity {
  /** A real version (v1.9.0), when one was found. */
  version?: string
  /** Where it came from, or why there is none, e.g. "Debian package 1.9.0-1". */
  note: string
}

/** True for the placeholder govulncheck reports when its build info has no version. */
export function isPlaceholderVersion(version: string | undefined): boolean {
  return version === undefined || version === '' || /^v0\.0\.0(?:-|$)/.test(version)
}

/** The version of the govulncheck binary at `binary`, from its build info or its package. */
export async function identifyScanner(binary: string): Promise<ScannerIdentity> {
  let builtWith: string | undefined
  try {
    const { buildInfo } = (await readExecutableBuildInfo(binary)).slices[0]
    builtWith = buildInfo.goVersion
    const version = buildInfo.main?.version
    if (version && version !== '(devel)' && !isPlaceholderVersion(version)) {
      return { version, note: 'from the binary’s build info' }
    }
  } catch {
    // Not readable as a Go binary (a wrapper script, say): try the package below.
  }
  const debian = await debianPackageVersion(binary)
  if (debian) {
    return {
      version: `v${debian.replace(/-[^-]*$/, '').replace(/^\d+:/, '')}`,
      note: `Debian package ${debian}`
    }
  }
  return {
    note: `the binary records no version${builtWith ? ` (a distribution build with ${builtWith})` : ''}`
  }
}

/** `1.9.0-1` from <prefix>/share/doc/govulncheck/changelog.Debian.gz beside <prefix>/bin/govulncheck. */
async function debianPackageVersion(binary: string): Promise<string | undefined> {
  try {
    const real = await realpath(binary)
    const changelog = path.join(
      path.dirname(path.dirname(real)),
      'share',
      'doc',
      path.basename(real),
      'changelog.Debian.gz'
    )
    const firstLine = gunzipSync(await readFile(changelog))
      .toString('utf8')
      .split('\n', 1)[0]
    return /^\S+ \(([^)\s]+)\)/.exec(firstLine)?.[1]
  } catch {
    return undefined
  }
}
