/**
 * The real Go binaries the binary-fingerprint tests (unit and e2e) read, built ONCE per
 * machine into a shared cache directory and reused by every test file and every run:
 *
 *   <tmp>/go-ci-kit-fp-fixtures-<key>/out/<name>   the binaries (BUILDS, vcs-1/2, darwin-universal)
 *   <tmp>/go-ci-kit-fp-fixtures-<key>/src/…        the modules they were built from
 *   <tmp>/go-ci-kit-fp-gocache/<go version>        GOCACHE shared by every key
 *
 * <key> hashes this file and the installed Go versions, so editing a build spec or a fixture
 * source (or reinstalling Go) rebuilds, and older keys are removed. Jest runs test files in
 * parallel workers: an exclusive claim file makes one worker build while the others wait, and the
 * build goes to a scratch directory renamed into place when complete, so a half-built cache is
 * never seen. Builds are offline: GOPROXY=off, GOFLAGS=-mod=mod, GOTOOLCHAIN=local.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { CI, goEnv, requireTool, toolPath, TOOLS_DIR, type GoVersion } from '../../helpers/tools.js'

const exec = promisify(execFile)

const PREFIX = 'go-ci-kit-fp-fixtures-'
export const GOCACHE_ROOT = path.join(os.tmpdir(), 'go-ci-kit-fp-gocache')
/** How many `go build`s run at once (each is itself parallel; the machines have 2 cores). */
const PARALLEL_BUILDS = 2

export interface Build {
  out: string
  module: 'a' | 'a2' | 'b'
  env: Record<string, string>
  args?: string[]
  /** Extra `go build` arguments as bash words, for bytes argv strings cannot carry ($'\xff'). */
  bashArgs?: string
  go?: GoVersion
}

/** The Go that builds every fixture unless a spec names another (compatibility cases). */
export const CURRENT_GO: GoVersion = '1.27'

const linux = (arch: string) => ({ GOOS: 'linux', GOARCH: arch })

/** Every `go build` the tests need; each is built once per cache key. */
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
  { out: 'linux-amd64-replace', module: 'b', env: linux('amd64'), args: ['-trimpath'] },
  { out: 'linux-amd64-go122', module: 'a', env: linux('amd64'), go: '1.22' },
  { out: 'linux-amd64-go126', module: 'a', env: linux('amd64'), args: ['-trimpath'], go: '1.26' },
  // XCOFF, as go version -m reads it.
  { out: 'aix-ppc64', module: 'a', env: { GOOS: 'aix', GOARCH: 'ppc64' } },
  // Go 1.27 writes "go1.27.N-X:…" (no " X:"); the GOEXPERIMENT setting is the source.
  {
    out: 'linux-amd64-exp',
    module: 'a',
    env: { ...linux('amd64'), GOEXPERIMENT: 'nogreenteagc,fieldtrack' },
    args: ['-trimpath']
  },
  // Invalid UTF-8 in a raw setting (-tags) and in a quoted one (-ldflags).
  {
    out: 'linux-amd64-badutf8',
    module: 'a',
    env: linux('amd64'),
    bashArgs: "-tags=$'t\\xffu' -ldflags=$'-X main.version=\\xfe\\xc3\\xa9'"
  }
]

/** Binaries made from BUILDS outputs rather than by `go build`. */
export const DERIVED = ['vcs-1', 'vcs-2', 'darwin-universal'] as const

/** Every Go binary in the cache, with the Go whose `go version -m` it is compared with. */
export const ALL_GO_BINARIES: { name: string; go: GoVersion }[] = [
  ...BUILDS.map(b => ({ name: b.out, go: b.go ?? CURRENT_GO })),
  ...DERIVED.map(name => ({ name, go: CURRENT_GO }))
]

/** Module sources, relative to src/. `a2` is a copy of `a` in another directory. */
const SOURCES: Record<string, string> = {
  'a/go.mod': 'module example.com/hello\n\ngo 1.22\n',
  'a/main.go': 'package main\n\nvar version = "dev"\n\nfunc main() { println("hello", version) }\n',
  'lib/go.mod': 'module example.com/lib\n\ngo 1.22\n',
  'lib/lib.go': 'package lib\n\nfunc Name() string { return "lib" }\n',
  'b/go.mod':
    'module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n',
  'b/main.go':
    'package main\n\nimport "example.com/lib"\n\nvar version, name = "dev", ""\n\nfunc main() { println(lib.Name(), version, name, twice(2)) }\n',
  'b/cgo.go':
    'package main\n\n// static int twice_c(int x) { return 2 * x; }\nimport "C"\n\nfunc twice(x int) int { return int(C.twice_c(C.int(x))) }\n',
  'b/nocgo.go': '//go:build !cgo\n\npackage main\n\nfunc twice(x int) int { return 2 * x }\n'
}

export interface GoFixtures {
  /** The directory holding every binary. */
  out: string
  /** The module sources (src/a, src/b, …). */
  src: string
  file(name: string): string
}

function fixtureKey(): string {
  const hash = createHash('sha256')
  // This file holds every spec and source, so hashing it covers them all.
  hash.update(readFileSync(fileURLToPath(import.meta.url)))
  for (const version of ['1.22', '1.26', '1.27'] as const) {
    hash.update(readFileSync(path.join(TOOLS_DIR, `go${version}`, 'VERSION')))
  }
  return hash.digest('hex').slice(0, 16)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Removes read-only trees (module caches) too. */
function removeTree(dir: string): void {
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isDirectory()) chmodSync(path.join(entry.parentPath, entry.name), 0o755)
    }
  } catch {
    // best effort
  }
  rmSync(dir, { recursive: true, force: true })
}

/** Other cache keys, and scratch directories of builders that died. */
function removeStale(keep: string): void {
  const tmp = os.tmpdir()
  for (const name of readdirSync(tmp)) {
    if (!name.startsWith(PREFIX) || name === keep) continue
    const scratch = /\.partial-(\d+)$/.exec(name)
    const otherKey = /^[0-9a-f]{16}$/.test(name.slice(PREFIX.length))
    if (otherKey || (scratch && !isAlive(Number(scratch[1])))) removeTree(path.join(tmp, name))
  }
}

let memo: Promise<GoFixtures> | undefined

/** The shared fixture binaries, built on first use (by this or another worker). */
export function goFixtures(): Promise<GoFixtures> {
  memo ??= ensureFixtures()
  return memo
}

async function ensureFixtures(): Promise<GoFixtures> {
  requireTool(`go${CURRENT_GO}`)
  requireTool('go1.26')
  requireTool('go1.22')
  const name = PREFIX + fixtureKey()
  const dir = path.join(os.tmpdir(), name)
  const result: GoFixtures = {
    out: path.join(dir, 'out'),
    src: path.join(dir, 'src'),
    file: binary => path.join(dir, 'out', binary)
  }
  // The claim file is the lock: created exclusively, it holds the builder's pid.
  const claim = `${dir}.claim`
  const deadline = Date.now() + 15 * 60_000
  while (!existsSync(dir)) {
    try {
      writeFileSync(claim, String(process.pid), { flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let owner = 0
      try {
        owner = Number(readFileSync(claim, 'utf8') || '0')
      } catch {
        continue // released meanwhile
      }
      if (owner > 0 && !isAlive(owner)) rmSync(claim, { force: true })
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${claim}`)
      else await sleep(250)
      continue
    }
    try {
      if (existsSync(dir)) break
      removeStale(name)
      const scratch = `${dir}.partial-${process.pid}`
      removeTree(scratch)
      await buildAll(scratch)
      renameSync(scratch, dir)
    } finally {
      rmSync(claim, { force: true })
    }
  }
  return result
}

function writeSources(src: string): void {
  for (const [file, text] of Object.entries(SOURCES)) {
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true })
    writeFileSync(path.join(src, file), text)
  }
  cpSync(path.join(src, 'a'), path.join(src, 'a2'), { recursive: true })
}

function buildEnv(version: GoVersion, extra: Record<string, string>): NodeJS.ProcessEnv {
  return goEnv(version, {
    GOCACHE: path.join(GOCACHE_ROOT, version),
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    CGO_ENABLED: '0',
    ...extra
  })
}

async function build(root: string, spec: Build): Promise<void> {
  const version = spec.go ?? CURRENT_GO
  const out = path.join(root, 'out', spec.out)
  const go = requireTool(`go${version}`)
  const options = { cwd: path.join(root, 'src', spec.module), env: buildEnv(version, spec.env) }
  if (spec.bashArgs) {
    const script = `exec "$0" build ${spec.bashArgs} ${(spec.args ?? []).join(' ')} -o "$1" .`
    await exec('bash', ['-c', script, go, out], options)
  } else await exec(go, ['build', ...(spec.args ?? []), '-o', out, '.'], options)
}

async function buildAll(root: string): Promise<void> {
  mkdirSync(path.join(root, 'out'), { recursive: true })
  writeSources(path.join(root, 'src'))
  const queue = [...BUILDS]
  const workers = Array.from({ length: PARALLEL_BUILDS }, async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) await build(root, spec)
  })
  await Promise.all([...workers, buildVcsPair(root)])
  const out = (name: string) => path.join(root, 'out', name)
  writeFileSync(
    out('darwin-universal'),
    fatBinary([
      { cputype: 0x0100000c, cpusubtype: 0, data: readFileSync(out('darwin-arm64')) },
      { cputype: 0x01000007, cpusubtype: 3, data: readFileSync(out('darwin-amd64')) }
    ])
  )
  chmodSync(out('darwin-universal'), 0o755)
}

/** Two -trimpath builds of the same code at two git commits: they differ only in vcs stamping. */
async function buildVcsPair(root: string): Promise<void> {
  const dir = path.join(root, 'src', 'g')
  cpSync(path.join(root, 'src', 'a'), dir, { recursive: true })
  const gitEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
    GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z'
  }
  const git = (...args: string[]) =>
    exec('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, env: gitEnv })
  const go = (out: string) =>
    exec(
      requireTool(`go${CURRENT_GO}`),
      ['build', '-trimpath', '-o', path.join(root, 'out', out), '.'],
      { cwd: dir, env: buildEnv(CURRENT_GO, linux('amd64')) }
    )
  await git('init', '-q')
  await git('add', '.')
  await git('commit', '-q', '-m', 'one')
  await go('vcs-1')
  await git('commit', '-q', '--allow-empty', '-m', 'two')
  await go('vcs-2')
}

/**
 * A universal (fat) Mach-O. The fat header is always big-endian: magic 0xCAFEBABE, the slice
 * count, then one 20-byte fat_arch per slice (cputype, cpusubtype, offset, size, align as a
 * power of two); each slice is a thin Mach-O at its offset, here 16 KiB-aligned.
 */
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

/**
 * What the real `go version -m` prints for `file` (a file or a directory), run from its parent
 * directory with its base name, so the output starts `NAME: go1…` like ours given the same NAME.
 * `stdoutBytes` is the output as bytes (build info may hold invalid UTF-8); `code` is Go's exit
 * status (1 when a named file has no readable build info).
 */
export function goVersionM(
  file: string,
  version: GoVersion = CURRENT_GO
): Promise<{ stdout: string; stderr: string; stdoutBytes: Buffer; code: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      requireTool(`go${version}`),
      ['version', '-m', path.basename(file)],
      { env: goEnv(version), cwd: path.dirname(file), encoding: 'buffer' },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0
        if (typeof code !== 'number') return reject(error)
        resolve({
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8'),
          stdoutBytes: stdout,
          code
        })
      }
    )
  })
}

/**
 * UPX from .tools/bin (scripts/install-tools.sh) or else from PATH; undefined when neither
 * has it. Callers fail under CI=true and skip locally.
 */
export function findUpx(): string | undefined {
  const installed = toolPath('upx')
  if (installed) return installed
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['upx', 'upx-ucl']) {
      const candidate = path.join(dir, name)
      try {
        if (statSync(candidate).isFile()) return candidate
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/** Whether a test needing UPX runs: always under CI (and fails if UPX is missing). */
export const upxAvailable = CI || findUpx() !== undefined
