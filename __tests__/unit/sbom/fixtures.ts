/**
 * Real Go binaries for the SBOM tests: two programs built offline with Go 1.27 (one with
 * dependencies from a file:// module proxy: a module path with capitals, a module replaced by
 * another module, and one replaced by a local directory; one without any), and the Debian-built
 * Go executables of .tools (go, gofmt, the go tool binaries, govulncheck, staticcheck).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { readBuildInfo } from '../../../src/core/buildinfo/index.js'
import { sbomBinariesOf, type SbomBinary } from '../../../src/core/sbom/index.js'
import { GOCACHE_ROOT } from '../../e2e/binary-fingerprint/fixtures.js'
import { writeGoProxy } from '../../helpers/goproxy.js'
import { goEnv, requireTool, TOOLS_DIR } from '../../helpers/tools.js'

const exec = promisify(execFile)

export interface BuiltPrograms {
  dir: string
  withDeps: string
  noDeps: string
}

const MAIN_WITH_DEPS = `package main

import (
\t"example.com/Upper/Lib"
\t"example.com/local"
\t"example.com/orig"
)

func main() { println(lib.Name(), orig.Name(), local.Name()) }
`

const GO_MOD_WITH_DEPS = `module example.com/sbomdemo

go 1.22

require (
\texample.com/Upper/Lib v1.2.0
\texample.com/local v0.0.0
\texample.com/orig v1.0.0
)

replace example.com/orig => example.com/fork v1.1.0

replace example.com/local => ./local
`

function write(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), content)
  }
}

export async function buildPrograms(): Promise<BuiltPrograms> {
  requireTool('go1.27')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-sbom-'))
  const proxy = writeGoProxy(path.join(dir, 'proxy'), [
    {
      path: 'example.com/Upper/Lib',
      version: 'v1.2.0',
      files: { 'lib.go': 'package lib\n\nfunc Name() string { return "upper" }\n' }
    },
    {
      path: 'example.com/fork',
      version: 'v1.1.0',
      files: {
        'go.mod': 'module example.com/orig\n\ngo 1.21\n',
        'orig.go': 'package orig\n\nfunc Name() string { return "fork" }\n'
      }
    }
  ])
  write(path.join(dir, 'a'), {
    'go.mod': GO_MOD_WITH_DEPS,
    'main.go': MAIN_WITH_DEPS,
    'local/go.mod': 'module example.com/local\n\ngo 1.21\n',
    'local/local.go': 'package local\n\nfunc Name() string { return "local" }\n'
  })
  write(path.join(dir, 'b'), {
    'go.mod': 'module example.com/plain\n\ngo 1.22\n',
    'main.go': 'package main\n\nfunc main() { println("plain") }\n'
  })
  const result: BuiltPrograms = {
    dir,
    withDeps: path.join(dir, 'out', 'with-deps'),
    noDeps: path.join(dir, 'out', 'no-deps')
  }
  // The build cache the binary-fingerprint fixtures share, so the standard library is compiled
  // once per machine.
  const GOCACHE = path.join(GOCACHE_ROOT, '1.27')
  await exec('go', ['build', '-o', result.withDeps, '.'], {
    cwd: path.join(dir, 'a'),
    env: goEnv('1.27', { GOPROXY: proxy, GOFLAGS: '-mod=mod', CGO_ENABLED: '0', GOCACHE })
  })
  await exec('go', ['build', '-trimpath', '-o', result.noDeps, '.'], {
    cwd: path.join(dir, 'b'),
    env: goEnv('1.27', { GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0', GOCACHE })
  })
  return result
}

/** Regular executable files under .tools (symlinks not followed), Go or not. */
export function toolsExecutables(): string[] {
  const files: string[] = []
  for (const entry of readdirSync(TOOLS_DIR, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    if ((statSync(file).mode & 0o111) !== 0) files.push(file)
  }
  return files.sort()
}

export interface GoVersionM {
  goVersion: string
  /** `path@version` of every module linked in, after replace; a local directory gives `path@`. */
  modules: string[]
}

/** Runs `go version -m` over files and parses each binary's module set. */
export async function goVersionMModules(files: string[]): Promise<Map<string, GoVersionM>> {
  let stdout: string
  try {
    ;({ stdout } = await exec(requireTool('go1.27'), ['version', '-m', ...files], {
      env: goEnv('1.27'),
      maxBuffer: 256 << 20
    }))
  } catch (error) {
    // Exit status 1 when some files are not Go binaries; stdout still lists the others.
    stdout = (error as { stdout: string }).stdout
  }
  const result = new Map<string, GoVersionM>()
  let current: GoVersionM | undefined
  let lastDep: string[] | undefined
  const flush = () => {
    if (current && lastDep)
      current.modules.push(`${lastDep[0]}@${lastDep[1] === '(devel)' ? '' : lastDep[1]}`)
    lastDep = undefined
  }
  for (const line of stdout.split('\n')) {
    const header = /^(.+): (go\S*.*)$/.exec(line)
    if (header && !line.startsWith('\t')) {
      flush()
      current = { goVersion: header[2], modules: [] }
      result.set(header[1], current)
      continue
    }
    const cols = line.split('\t')
    if (cols[1] === 'dep') {
      flush()
      lastDep = [cols[2], cols[3]]
    } else if (cols[1] === '=>' && lastDep) {
      const local = /^(\.\.?\/|\/)/.test(cols[2])
      lastDep = local ? [lastDep[0], ''] : [cols[2], cols[3]]
    }
  }
  flush()
  return result
}

export async function sbomBinary(file: string, label = file): Promise<SbomBinary> {
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
  const [binary, ...others] = sbomBinariesOf(label, sha256, await readBuildInfo(file))
  if (others.length > 0) throw new Error(`${file}: a universal binary; use sbomBinariesOf`)
  return binary
}
