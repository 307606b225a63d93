/**
 * Builds the real Go binaries the binary-fingerprint e2e tests read, once per test file.
 * GOCACHE persists under os.tmpdir() across runs: cross-compiling the runtime for nine
 * targets from cold takes minutes, from a warm cache seconds.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { goEnv, requireTool, type GoVersion } from '../../helpers/tools.js'

const exec = promisify(execFile)

export const GOCACHE = path.join(os.tmpdir(), 'go-ci-kit-binary-fingerprint-gocache')

interface Build {
  out: string
  module: 'a' | 'a2' | 'b'
  env: Record<string, string>
  args?: string[]
  go?: GoVersion
}

const linux = (arch: string) => ({ GOOS: 'linux', GOARCH: arch })

export const BUILDS: Build[] = [
  { out: 'linux-amd64', module: 'a', env: linux('amd64') },
  { out: 'linux-amd64-copy', module: 'a2', env: linux('amd64') },
  { out: 'linux-amd64-trim', module: 'a', env: linux('amd64'), args: ['-trimpath'] },
  { out: 'linux-amd64-trim-copy', module: 'a2', env: linux('amd64'), args: ['-trimpath'] },
  {
    out: 'linux-amd64-x2',
    module: 'a',
    env: linux('amd64'),
    args: ['-trimpath', '-ldflags=-X main.version=2']
  },
  { out: 'linux-arm64', module: 'a', env: linux('arm64'), args: ['-trimpath'] },
  { out: 'linux-386', module: 'a', env: linux('386') },
  { out: 'linux-mips', module: 'a', env: linux('mips'), args: ['-trimpath'] },
  { out: 'darwin-arm64', module: 'a', env: { GOOS: 'darwin', GOARCH: 'arm64' } },
  { out: 'darwin-amd64', module: 'a', env: { GOOS: 'darwin', GOARCH: 'amd64' } },
  { out: 'windows-amd64.exe', module: 'a', env: { GOOS: 'windows', GOARCH: 'amd64' } },
  { out: 'windows-386.exe', module: 'a', env: { GOOS: 'windows', GOARCH: '386' } },
  { out: 'linux-amd64-stripped', module: 'a', env: linux('amd64'), args: ['-ldflags=-s -w'] },
  { out: 'linux-amd64-pie', module: 'a', env: linux('amd64'), args: ['-buildmode=pie'] },
  {
    out: 'linux-amd64-cgo',
    module: 'b',
    env: { ...linux('amd64'), CGO_ENABLED: '1' },
    args: ['-ldflags=-X main.version=1.0 -X "main.name=a b"']
  },
  { out: 'linux-amd64-go122', module: 'a', env: linux('amd64'), go: '1.22' }
]

function writeModules(root: string): void {
  const a = path.join(root, 'a')
  mkdirSync(a, { recursive: true })
  writeFileSync(path.join(a, 'go.mod'), 'module example.com/hello\n\ngo 1.22\n')
  writeFileSync(
    path.join(a, 'main.go'),
    'package main\n\nvar version = "dev"\n\nfunc main() { println("hello", version) }\n'
  )
  cpSync(a, path.join(root, 'a2'), { recursive: true })
  const lib = path.join(root, 'lib')
  mkdirSync(lib)
  writeFileSync(path.join(lib, 'go.mod'), 'module example.com/lib\n\ngo 1.22\n')
  writeFileSync(path.join(lib, 'lib.go'), 'package lib\n\nfunc Name() string { return "lib" }\n')
  const b = path.join(root, 'b')
  mkdirSync(b)
  writeFileSync(
    path.join(b, 'go.mod'),
    'module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n'
  )
  writeFileSync(
    path.join(b, 'main.go'),
    'package main\n\nimport "example.com/lib"\n\nvar version, name = "dev", ""\n\nfunc main() { println(lib.Name(), version, name, twice(2)) }\n'
  )
  writeFileSync(
    path.join(b, 'cgo.go'),
    'package main\n\n// static int twice_c(int x) { return 2 * x; }\nimport "C"\n\nfunc twice(x int) int { return int(C.twice_c(C.int(x))) }\n'
  )
}

async function build(root: string, outDir: string, spec: Build): Promise<void> {
  const version = spec.go ?? '1.23'
  const go = requireTool(`go${version}`)
  const env = goEnv(version, {
    GOCACHE: path.join(GOCACHE, version),
    GOFLAGS: '-mod=mod',
    CGO_ENABLED: '0',
    ...spec.env
  })
  await exec(go, ['build', ...(spec.args ?? []), '-o', path.join(outDir, spec.out), '.'], {
    cwd: path.join(root, spec.module),
    env
  })
}

/** Builds every fixture, two at a time; returns the directory holding them. */
export async function buildAll(only?: string[]): Promise<{ root: string; outDir: string }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-'))
  const outDir = path.join(root, 'out')
  mkdirSync(outDir)
  writeModules(root)
  const queue = BUILDS.filter(b => !only || only.includes(b.out))
  await Promise.all(
    [0, 1].map(async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) await build(root, outDir, spec)
    })
  )
  if (only) return { root, outDir }
  await buildVcsPair(root, outDir)
  writeFileSync(
    path.join(outDir, 'darwin-universal'),
    fatBinary([
      { cputype: 0x0100000c, cpusubtype: 0, data: readFileSync(path.join(outDir, 'darwin-arm64')) },
      { cputype: 0x01000007, cpusubtype: 3, data: readFileSync(path.join(outDir, 'darwin-amd64')) }
    ])
  )
  return { root, outDir }
}

/** Two -trimpath builds of the same code from two git commits: they differ only in vcs stamping. */
async function buildVcsPair(root: string, outDir: string): Promise<void> {
  const dir = path.join(root, 'g')
  cpSync(path.join(root, 'a'), dir, { recursive: true })
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
    GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z'
  }
  const git = (...args: string[]) =>
    exec('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, env: gitEnv })
  await git('init', '-q')
  await git('add', '.')
  await git('commit', '-q', '-m', 'one')
  const go = requireTool('go1.23')
  const env = goEnv('1.23', {
    GOCACHE: path.join(GOCACHE, '1.23'),
    GOFLAGS: '-mod=mod',
    CGO_ENABLED: '0',
    ...linux('amd64')
  })
  await exec(go, ['build', '-trimpath', '-o', path.join(outDir, 'vcs-1'), '.'], { cwd: dir, env })
  await git('commit', '-q', '--allow-empty', '-m', 'two')
  await exec(go, ['build', '-trimpath', '-o', path.join(outDir, 'vcs-2'), '.'], { cwd: dir, env })
}

/** A universal (fat) Mach-O: big-endian header, 20-byte fat_arch records, 16 KiB-aligned slices. */
export function fatBinary(slices: { cputype: number; cpusubtype: number; data: Buffer }[]): Buffer {
  const ALIGN_LOG2 = 14
  const align = 1 << ALIGN_LOG2
  const header = Buffer.alloc(8 + 20 * slices.length)
  header.writeUInt32BE(0xcafebabe, 0)
  header.writeUInt32BE(slices.length, 4)
  const parts: Buffer[] = [header]
  let offset = header.length
  slices.forEach((slice, i) => {
    const start = Math.ceil(offset / align) * align
    parts.push(Buffer.alloc(start - offset), slice.data)
    const at = 8 + 20 * i
    header.writeUInt32BE(slice.cputype, at)
    header.writeUInt32BE(slice.cpusubtype, at + 4)
    header.writeUInt32BE(start, at + 8)
    header.writeUInt32BE(slice.data.length, at + 12)
    header.writeUInt32BE(ALIGN_LOG2, at + 16)
    offset = start + slice.data.length
  })
  return Buffer.concat(parts)
}

export async function goVersionM(file: string, version: GoVersion = '1.23'): Promise<string> {
  const { stdout } = await exec(requireTool(`go${version}`), ['version', '-m', file], {
    env: goEnv(version)
  })
  return stdout
}
