// Bench for binary-fingerprint, driving the built CLI (dist/cli) as whole processes.
// 1. Build info from a 100+ MB Go binary (a //go:embed of 100 MiB of random bytes):
//    `go-ci-kit fingerprint --go-version-m` vs `go version -m`, both minus `node -e 0`
//    for ours (process start-up is not the reader's cost; go's own start-up is kept).
//    Target: a few milliseconds whatever the size, i.e. only the needed ranges are read.
// 2. CLI load: `node dist/cli/index.js --help` vs `node -e 0`.
// 3. sha256 throughput: `go-ci-kit fingerprint --json` (whole-file sha256 plus every
//    section's digest in one pass) vs `sha256sum` on the same file, in MB/s.
// Medians of 7 runs after a warm-up. Writes bench-out/binary-fingerprint.json.
// Usage: node bench/binary-fingerprint.mjs [--runs N]
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runsFlag = process.argv.indexOf('--runs')
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const GO = path.join(root, '.tools', 'go1.27', 'bin', 'go')
if (!existsSync(GO) || !existsSync(CLI)) {
  console.error(
    'needs .tools/go1.27 (bash scripts/install-tools.sh) and dist/cli (node scripts/bundle.mjs cli)'
  )
  process.exit(2)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-fp-'))
const median = values => {
  const s = [...values].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function timeMs(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
    ...options
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return { ms, stdout: result.stdout.toString() }
}

try {
  // A 100 MiB embedded blob makes a ~102 MB binary.
  const mod = path.join(scratch, 'big')
  mkdirSync(mod)
  writeFileSync(path.join(mod, 'go.mod'), 'module example.com/big\n\ngo 1.22\n')
  writeFileSync(path.join(mod, 'blob.bin'), randomBytes(100 << 20))
  writeFileSync(
    path.join(mod, 'main.go'),
    'package main\n\nimport _ "embed"\n\n//go:embed blob.bin\nvar blob string\n\nfunc main() { println(len(blob)) }\n'
  )
  const binary = path.join(scratch, 'big-binary')
  const env = {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    CGO_ENABLED: '0',
    GOCACHE: path.join(scratch, 'gocache')
  }
  const build = spawnSync(GO, ['build', '-trimpath', '-o', binary, '.'], {
    cwd: mod,
    env,
    stdio: 'inherit'
  })
  if (build.status !== 0) throw new Error('go build failed')
  const size = statSync(binary).size
  const mb = size / 1e6

  // Same output first: a bench of the wrong answer is worthless.
  const ours = timeMs(process.execPath, [CLI, 'fingerprint', '--go-version-m', binary]).stdout
  const theirs = timeMs(GO, ['version', '-m', binary], { env }).stdout
  if (ours !== theirs) throw new Error(`outputs differ:\n${ours}\n---\n${theirs}`)

  // Round-robin, so load from other processes on the machine hits every command alike.
  const commands = {
    nodeStart: [process.execPath, ['-e', '0']],
    oursRead: [process.execPath, [CLI, 'fingerprint', '--go-version-m', binary]],
    goRead: [GO, ['version', '-m', binary]],
    help: [process.execPath, [CLI, '--help']],
    oursHash: [process.execPath, [CLI, 'fingerprint', '--json', binary]],
    shaHash: ['sha256sum', [binary]]
  }
  const samples = Object.fromEntries(Object.keys(commands).map(k => [k, []]))
  for (let run = 0; run <= RUNS; run++) {
    for (const [name, [command, args]] of Object.entries(commands)) {
      const { ms } = timeMs(command, args)
      if (run > 0) samples[name].push(ms)
    }
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
  const nodeStart = m.nodeStart
  const oursRead = m.oursRead - nodeStart
  const goRead = m.goRead
  const help = m.help
  const oursHash = m.oursHash - nodeStart
  const shaHash = m.shaHash

  const row = (bench, metric, o, b, target, met) => ({
    bench,
    metric,
    ours: +o.toFixed(1),
    baseline: +b.toFixed(1),
    ratio: b ? +(o / b).toFixed(2) : null,
    target,
    met
  })
  const rows = [
    row(
      `build info, ${mb.toFixed(0)} MB binary`,
      'ms (minus node -e 0)',
      oursRead,
      goRead,
      '≤ 20 ms (size-independent)',
      oursRead <= 20
    ),
    row(
      'CLI load (--help)',
      'ms, vs node -e 0',
      help,
      nodeStart,
      'ratio ≤ 2',
      help <= 2 * nodeStart
    ),
    row(
      `sha256 + section digests, ${mb.toFixed(0)} MB`,
      'MB/s (higher is better)',
      mb / (oursHash / 1000),
      mb / (shaHash / 1000),
      'ratio ≥ 0.5',
      mb / (oursHash / 1000) >= 0.5 * (mb / (shaHash / 1000))
    )
  ]
  console.log('| bench | metric | ours | baseline | ratio | target | met |')
  console.log('|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.bench} | ${r.metric} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met ? 'yes' : 'no'} |`
    )
  }
  const outDir = path.join(root, 'bench-out')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(
    path.join(outDir, 'binary-fingerprint.json'),
    JSON.stringify({ rows }, null, 2) + '\n'
  )
} finally {
  spawnSync('chmod', ['-R', 'u+w', scratch])
  rmSync(scratch, { recursive: true, force: true })
}
