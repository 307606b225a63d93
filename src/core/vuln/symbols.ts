/** Names for frames and fixes as people read them: `parser.Parse`, `Go 1.22.5`, `go get m@v`. */
import type { Frame } from './types.js'
import { isStdlibFrame } from './paths.js'

/** The last element of an import path that reads as a package name (skips `/v2`, trims `.v3`). */
export function packageName(importPath: string): string {
  const parts = importPath.split('/')
  let name = parts[parts.length - 1] ?? importPath
  if (/^v\d+$/.test(name) && parts.length > 1) name = parts[parts.length - 2]
  return name.replace(/\.v\d+$/, '')
}

/** `parser.Parse`, `gjson.Result.Get` (pointer receivers drop the `*`), or the package/module when there is no symbol. */
export function symbolName(frame: Frame): string {
  if (!frame.function) return frame.package ?? frame.module
  const receiver = frame.receiver ? `${frame.receiver.replace(/^\*/, '')}.` : ''
  const pkg = frame.package ? `${packageName(frame.package)}.` : ''
  return `${pkg}${receiver}${frame.function}`
}

/** `v1.22.5` → `1.22.5` for Go releases; module versions keep their `v`. */
export function goRelease(version: string): string {
  return version.replace(/^v/, '').replace(/^go/, '')
}

export function isStdlibModule(module: string): boolean {
  return isStdlibFrame({ module })
}

/** How a fix is named: "acme.test/parser v1.4.2" or "Go 1.22.5". */
export function fixDescription(module: string, fixedVersion: string | undefined): string {
  if (!fixedVersion) return `no fixed version of ${isStdlibModule(module) ? 'Go' : module} yet`
  return isStdlibModule(module) ? `Go ${goRelease(fixedVersion)}` : `${module} ${fixedVersion}`
}

/** The command that applies a fix, or the Go upgrade for the standard library. */
export function upgradeCommand(
  module: string,
  fixedVersion: string | undefined
): string | undefined {
  if (!fixedVersion) return undefined
  // The standard library is fixed by building with a newer Go; the toolchain line pins it.
  if (isStdlibModule(module)) return `go get toolchain@go${goRelease(fixedVersion)}`
  return `go get ${module}@${fixedVersion}`
}
