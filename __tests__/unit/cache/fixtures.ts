/** Fixture trees for the cache core tests, built in temp dirs and removed after. */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectingLogger } from '../../../src/core/report.js'
import { parseToolchainIdentity } from '../../../src/core/cache/index.js'
import { buildModuleSet } from '../../../src/core/gomod/index.js'
import type { KeyComponents, ToolchainIdentity } from '../../../src/core/cache/types.js'

/** Real docker/cli dependency files before and after one commit (see its README). */
export const DOCKER_CLI_FIXTURE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'cache-keys',
  'docker-cli'
)

export function tempDir(name = 'cache'): string {
  return mkdtempSync(path.join(os.tmpdir(), `go-ci-kit-${name}-`))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Writes `{ 'a/go.mod': '…' }` under root, creating directories. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

/** A fake but well-formed h1 hash for a module version (stable per input). */
export function fakeHash(...parts: string[]): string {
  return `h1:${createHash('sha256').update(parts.join(' ')).digest('base64')}`
}

/** go.sum text: a zip line and a go.mod line for each module version. */
export function goSum(modules: [string, string][]): string {
  return modules
    .flatMap(([modulePath, version]) => [
      `${modulePath} ${version} ${fakeHash(modulePath, version)}`,
      `${modulePath} ${version}/go.mod ${fakeHash(modulePath, version, 'go.mod')}`
    ])
    .join('\n')
    .concat('\n')
}

export function goMod(
  modulePath: string,
  goVersion: string,
  requires: [string, string][] = []
): string {
  const lines = [`module ${modulePath}`, '', `go ${goVersion}`]
  if (requires.length) {
    lines.push('', 'require (', ...requires.map(([p, v]) => `\t${p} ${v}`), ')')
  }
  return lines.join('\n') + '\n'
}

export function testLogger() {
  const logger = collectingLogger()
  return Object.assign(logger, {
    warnings: () => logger.lines.filter(line => line.level === 'warning').map(line => line.message)
  })
}

/** A toolchain identity as `go env -json` on linux/amd64 would give it. */
export function toolchain(overrides: Partial<ToolchainIdentity> = {}): ToolchainIdentity {
  return {
    ...parseToolchainIdentity(
      JSON.stringify({
        GOVERSION: 'go1.23.4',
        GOOS: 'linux',
        GOARCH: 'amd64',
        GOAMD64: 'v1',
        CGO_ENABLED: '0',
        GOFLAGS: '',
        GOPROXY: 'https://proxy.golang.org,direct',
        GOSUMDB: 'sum.golang.org',
        GOMODCACHE: '/home/runner/go/pkg/mod',
        GOCACHE: '/home/runner/.cache/go-build'
      })
    ),
    ...overrides
  }
}

/** Components for a single go.sum holding these modules. */
export function components(
  modules: [string, string][],
  extra: Partial<KeyComponents> = {}
): KeyComponents {
  const set = buildModuleSet([{ file: 'go.sum', text: goSum(modules) }])
  return {
    schema: 1,
    workDir: '.',
    goMods: [{ path: 'go.mod', sha256: 'a'.repeat(64) }],
    goSums: [{ path: 'go.sum', sha256: 'b'.repeat(64) }],
    moduleSet: set.entries,
    moduleSetDigest: set.digest,
    keyFiles: [],
    ...extra
  }
}
