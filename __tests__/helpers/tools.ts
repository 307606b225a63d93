/**
 * The real Go tools that `bash scripts/install-tools.sh` (npm run tools) unpacks into
 * `<repo>/.tools/` (layout at the top of that script):
 *   go1.22 … go1.27      .tools/go<version>/bin/go (1.22, 1.23, 1.26, 1.27)
 *   govulncheck-1.9      .tools/bin/govulncheck-1.9 (what users run; any current Go on PATH)
 *   staticcheck-2026.2   .tools/bin/staticcheck-2026.2
 *   govulncheck-1.0.4    .tools/bin/govulncheck-1.0.4 (compatibility: scan with Go 1.22 on PATH)
 *   staticcheck-2024.1   .tools/bin/staticcheck-2024.1 (compatibility)
 *   govulncheck, staticcheck   the current versions (1.9, 2026.2) under their plain names, which
 *                        is what a bundle finds on PATH
 *   upx                  .tools/bin/upx (4.2, to pack test binaries)
 *   crane                .tools/bin/crane (0.20: append layers, build an index, push/pull)
 *   umoci                .tools/bin/umoci (0.6: OCI image layouts, zstd layers)
 *   skopeo               .tools/bin/skopeo (1.9, bookworm: copy to docker-archive/oci-archive;
 *                        pass --insecure-policy, no policy.json is installed)
 *   docker-registry      .tools/bin/docker-registry (CNCF distribution 2.8, on 127.0.0.1)
 *   busybox              .tools/bin/busybox (static: a tiny real root file system)
 *   musl                 .tools/musl/libc.so (musl's libc, also its dynamic loader
 *                        /lib/ld-musl-<arch>.so.1 in an image)
 *
 * Under CI (CI=true) a missing tool is a test failure, never a skip: use `requireTool` in
 * hooks and tests, and `describeIfTool` for blocks that need tools.
 */
import { beforeAll, describe, test } from '@jest/globals'
import { accessSync, chmodSync, constants, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type GoVersion = '1.22' | '1.23' | '1.26' | '1.27'
export type ToolName =
  | `go${GoVersion}`
  | 'govulncheck'
  | 'staticcheck'
  | 'govulncheck-1.9'
  | 'staticcheck-2026.2'
  | 'govulncheck-1.0.4'
  | 'staticcheck-2024.1'
  | 'upx'
  | 'crane'
  | 'umoci'
  | 'skopeo'
  | 'docker-registry'
  | 'busybox'
  | 'musl'

export const CI = process.env.CI === 'true'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools')

const TOOL_FILES: Record<ToolName, string> = {
  'go1.22': path.join(TOOLS_DIR, 'go1.22', 'bin', 'go'),
  'go1.23': path.join(TOOLS_DIR, 'go1.23', 'bin', 'go'),
  'go1.26': path.join(TOOLS_DIR, 'go1.26', 'bin', 'go'),
  'go1.27': path.join(TOOLS_DIR, 'go1.27', 'bin', 'go'),
  govulncheck: path.join(TOOLS_DIR, 'bin', 'govulncheck'),
  staticcheck: path.join(TOOLS_DIR, 'bin', 'staticcheck'),
  'govulncheck-1.9': path.join(TOOLS_DIR, 'bin', 'govulncheck-1.9'),
  'staticcheck-2026.2': path.join(TOOLS_DIR, 'bin', 'staticcheck-2026.2'),
  'govulncheck-1.0.4': path.join(TOOLS_DIR, 'bin', 'govulncheck-1.0.4'),
  'staticcheck-2024.1': path.join(TOOLS_DIR, 'bin', 'staticcheck-2024.1'),
  upx: path.join(TOOLS_DIR, 'bin', 'upx'),
  crane: path.join(TOOLS_DIR, 'bin', 'crane'),
  umoci: path.join(TOOLS_DIR, 'bin', 'umoci'),
  skopeo: path.join(TOOLS_DIR, 'bin', 'skopeo'),
  'docker-registry': path.join(TOOLS_DIR, 'bin', 'docker-registry'),
  busybox: path.join(TOOLS_DIR, 'bin', 'busybox'),
  musl: path.join(TOOLS_DIR, 'musl', 'libc.so')
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Absolute path of the tool's binary in .tools, or undefined when it is not installed. */
export function toolPath(name: ToolName): string | undefined {
  const file = TOOL_FILES[name]
  if (file === undefined) throw new Error(`unknown tool '${name}'`)
  return isExecutable(file) ? file : undefined
}

export function haveTool(name: ToolName): boolean {
  return toolPath(name) !== undefined
}

/** Like toolPath, but a missing tool is an Error that says how to install it. */
export function requireTool(name: ToolName): string {
  const file = toolPath(name)
  if (file === undefined) {
    throw new Error(
      `${name} is not installed: expected an executable at ${TOOL_FILES[name]}. ` +
        `Run 'bash scripts/install-tools.sh' (npm run tools) from ${REPO_ROOT}` +
        (CI ? ' before the tests (CI=true: missing tools fail the tests).' : '.')
    )
  }
  return file
}

let goTempRoot: string | undefined

/** Read-only module cache directories must be made writable before they can be removed. */
function makeWritable(dir: string): void {
  try {
    chmodSync(dir, 0o755)
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) makeWritable(path.join(dir, entry.name))
    }
  } catch {
    // best effort: rmSync reports what is left
  }
}

/** Removes the temp GOPATH/GOCACHE that goEnv created (also done when the process exits). */
export function removeGoTemp(): void {
  if (goTempRoot === undefined) return
  const dir = goTempRoot
  goTempRoot = undefined
  makeWritable(dir)
  rmSync(dir, { recursive: true, force: true })
}

function goTemp(): string {
  if (goTempRoot === undefined) {
    goTempRoot = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-go-'))
    process.once('exit', removeGoTemp)
  }
  return goTempRoot
}

/**
 * A copy of process.env for running that Go offline: PATH starts with its bin dir and
 * .tools/bin; GOTOOLCHAIN=local, GOPROXY=off, GOSUMDB=off, GOTELEMETRY=off, GOFLAGS='';
 * GOPATH, GOCACHE and GOMODCACHE in one temp dir per test file (removed at exit, or by
 * removeGoTemp) unless `extra` sets them. An inherited GOROOT is dropped (each Go finds its
 * own). `extra` is applied last and wins. Throws when that Go is not installed.
 */
export function goEnv(version: GoVersion, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const goBin = path.dirname(requireTool(`go${version}`))
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.GOROOT
  env.PATH = [goBin, path.join(TOOLS_DIR, 'bin'), process.env.PATH]
    .filter(part => part !== undefined && part !== '')
    .join(path.delimiter)
  env.GOTOOLCHAIN = 'local'
  env.GOFLAGS = ''
  env.GOPROXY = 'off'
  env.GOSUMDB = 'off'
  env.GOTELEMETRY = 'off'
  if (extra.GOPATH === undefined) env.GOPATH = path.join(goTemp(), 'gopath')
  if (extra.GOCACHE === undefined) env.GOCACHE = path.join(goTemp(), 'gocache')
  if (extra.GOMODCACHE === undefined) {
    // With a caller's GOPATH, let Go derive GOMODCACHE from it.
    if (extra.GOPATH === undefined) env.GOMODCACHE = path.join(goTemp(), 'gopath', 'pkg', 'mod')
    else delete env.GOMODCACHE
  }
  return { ...env, ...extra }
}

/**
 * `describe` for blocks that need tools. All present: a plain describe. Missing under CI:
 * the block runs and every test in it fails with requireTool's message. Missing locally:
 * the block is skipped (its body is not even run), with the missing tools in its name.
 * Call requireTool/goEnv inside hooks and tests, not in the describe body.
 */
export function describeIfTool(names: ToolName[]): (name: string, fn: () => void) => void {
  const missing = names.filter(name => !haveTool(name))
  if (missing.length === 0) return (name, fn) => describe(name, fn)
  if (CI) {
    return (name, fn) =>
      describe(name, () => {
        beforeAll(() => {
          for (const tool of names) requireTool(tool)
        })
        fn()
      })
  }
  return name =>
    describe(`${name} (skipped: ${missing.join(', ')} not installed)`, () => {
      test.skip('run `npm run tools` to install the Go tools', () => {})
    })
}
