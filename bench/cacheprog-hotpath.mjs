// Hot path of the GOCACHEPROG build cache: the same build run twice, the
// second (warm) build timed, with Go's own GOCACHE (baseline) and with
// cacheprog's local tier as the cache action sets it up on Linux: one
// `go-ci-kit cacheprog server` for the job and GOCACHEPROG="bash RELAY", so a
// go command attaches to it instead of starting Node. The per-command program
// (`go-ci-kit cacheprog --dir DIR`, what runs elsewhere or with
// build-cache-server: false) is timed too and reported. Medians over several
// alternating runs. Target: ours ≤ 2× Go's on-disk cache. Two builds: a
// synthetic module of small packages (the worst case: a fixed cost per go
// command weighs most on a short build) and, when its mirror is here, the real
// containerd target of cache-build-replay.
// Writes bench-out/cacheprog-hotpath.json.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { containerd, median, ratio } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const goBin = path.join(root, '.tools', 'go1.27', 'bin')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const outDir = path.join(root, 'bench-out')
const RUNS = Number(process.env.CACHEPROG_BENCH_RUNS ?? 7)
const PACKAGES = 40

if (!existsSync(path.join(goBin, 'go')) || !existsSync(cli)) {
  console.error('needs .tools/go1.27 (npm run tools) and dist/cli (node scripts/bundle.mjs cli)')
  process.exit(2)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-cacheprog-'))
const rows = []

/** A module of PACKAGES packages in a chain, each using a few standard packages. */
function writeModule(dir) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/bench\n\ngo 1.24\n')
  for (let n = 0; n < PACKAGES; n++) {
    const pkg = path.join(dir, `p${n}`)
    mkdirSync(pkg, { recursive: true })
    const previous = n === 0 ? '' : `\t"example.com/bench/p${n - 1}"\n`
    const use = n === 0 ? '""' : `p${n - 1}.Name()`
    writeFileSync(
      path.join(pkg, `p${n}.go`),
      `package p${n}\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"strings"\n${previous})\n\n` +
        `func Name() string {\n\tdata, _ := json.Marshal(${use})\n` +
        `\treturn strings.ToUpper(fmt.Sprint("p${n}", string(data)))\n}\n`
    )
  }
}

function goEnv(extra) {
  const env = { ...process.env }
  delete env.GOROOT
  delete env.GOCACHEPROG
  return {
    ...env,
    PATH: `${goBin}${path.delimiter}${process.env.PATH}`,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTELEMETRY: 'off',
    GOPATH: path.join(scratch, 'gopath'),
    ...extra
  }
}

function build(module, env, targets = ['./...']) {
  const started = process.hrtime.bigint()
  const result = spawnSync('go', ['build', ...targets], { cwd: module, env, encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`go build failed: ${result.stderr}`)
  return seconds
}

/**
 * The same build run twice with Go's own GOCACHE and with cacheprog (local tier); the second
 * builds are timed, alternating, RUNS times. Returns the medians and the cacheprog figures.
 */
async function startServer(dir, relay) {
  const child = spawn(
    process.execPath,
    [cli, 'cacheprog', 'server', '--dir', dir, '--relay-script', relay],
    { stdio: 'ignore' }
  )
  for (let waited = 0; !existsSync(relay); waited += 10) {
    if (waited > 10_000) throw new Error('the cache server did not start')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  return child
}

async function hotPath(name, module, targets, extraEnv) {
  const cacheprogDir = path.join(scratch, `${name}-cacheprog`)
  const relay = path.join(scratch, `${name}-relay.sh`)
  const server = await startServer(cacheprogDir, relay)
  const cacheprogEnv = program =>
    goEnv({
      ...extraEnv,
      GOCACHE: path.join(scratch, `${name}-gocache-for-fuzz`),
      GOCACHEPROG: program
    })
  const variants = {
    gocache: goEnv({ ...extraEnv, GOCACHE: path.join(scratch, `${name}-gocache`) }),
    server: cacheprogEnv(`bash ${relay}`),
    perCommand: cacheprogEnv(`${process.execPath} ${cli} cacheprog --dir ${cacheprogDir}`)
  }
  try {
    // The first build of each fills its cache; it is not timed.
    for (const env of Object.values(variants)) build(module, env, targets)
    const times = { gocache: [], server: [], perCommand: [] }
    for (let run = 0; run < RUNS; run++) {
      for (const [variant, env] of Object.entries(variants))
        times[variant].push(build(module, env, targets))
    }
    const figures = JSON.parse(
      spawnSync(process.execPath, [cli, 'cacheprog', 'figures', '--dir', cacheprogDir, '--json'], {
        encoding: 'utf8'
      }).stdout
    )
    return {
      ours: median(times.server),
      perCommand: median(times.perCommand),
      baseline: median(times.gocache),
      figures,
      builds: 2 * (RUNS + 1)
    }
  } finally {
    server.kill('SIGTERM')
  }
}

function hotRow(metric, result) {
  const hotRatio = ratio(result.ours, result.baseline, 2)
  return {
    bench: 'cacheprog-hotpath',
    metric,
    ours: +result.ours.toFixed(3),
    baseline: +result.baseline.toFixed(3),
    ratio: hotRatio,
    target: '≤ 2',
    met: hotRatio <= 2
  }
}

/** The per-command program (a Node start-up per go command): reported, no target. */
function perCommandRow(build, result) {
  return {
    bench: 'cacheprog-hotpath',
    metric: `${build}: per-command program (no cache server) vs GOCACHE (s; reported)`,
    ours: +result.perCommand.toFixed(3),
    baseline: +result.baseline.toFixed(3),
    ratio: ratio(result.perCommand, result.baseline, 2)
  }
}

try {
  const module = path.join(scratch, 'module')
  writeModule(module)
  const synthetic = await hotPath('synthetic', module, ['./...'], {})
  // Every go command starts one cacheprog: a Node start-up is the floor of our overhead.
  const nodeStarts = []
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', '0'])
    nodeStarts.push(Number(process.hrtime.bigint() - started) / 1e9)
  }
  const getsPerBuild = Math.round(synthetic.figures.objectsRequested / synthetic.builds)
  rows.push(
    hotRow(
      `warm go build, ${PACKAGES} packages + std, median of ${RUNS} (s): cacheprog local tier (cache server + relay) vs GOCACHE`,
      synthetic
    ),
    perCommandRow(`warm go build, ${PACKAGES} packages + std`, synthetic),
    {
      bench: 'cacheprog-hotpath',
      metric:
        'one Node start-up (node -e 0), paid per go command by the per-command program, median (s)',
      ours: +median(nodeStarts).toFixed(3)
    },
    { bench: 'cacheprog-hotpath', metric: 'gets per warm build', ours: getsPerBuild },
    {
      bench: 'cacheprog-hotpath',
      metric: 'local hits / gets over all builds',
      ours: `${synthetic.figures.hitLocal} / ${synthetic.figures.objectsRequested}`
    }
  )
  // The same on a real vendored repository, when its mirror is here (see cache-build-replay).
  if (existsSync(containerd.gitDir)) {
    const tree = path.join(scratch, 'containerd')
    mkdirSync(tree, { recursive: true })
    execFileSync('sh', [
      '-c',
      `git --git-dir "$0" archive "$1" | tar -x -C "$2"`,
      containerd.gitDir,
      containerd.head,
      tree
    ])
    const real = await hotPath('containerd', tree, containerd.packages, {
      GOFLAGS: '-mod=vendor',
      CGO_ENABLED: '0'
    })
    rows.push(
      hotRow(
        `warm go build of containerd ${containerd.head} (${containerd.packages.length} targets, about 250 packages), median of ${RUNS} (s): cacheprog local tier (cache server + relay) vs GOCACHE`,
        real
      ),
      perCommandRow(`warm go build of containerd ${containerd.head}`, real),
      {
        bench: 'cacheprog-hotpath',
        metric: 'gets per warm containerd build',
        ours: Math.round(real.figures.objectsRequested / real.builds)
      }
    )
  } else {
    console.log(`no containerd mirror at ${containerd.gitDir}: the real-build row is skipped`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

mkdirSync(outDir, { recursive: true })
console.log('\n| bench | metric | ours | baseline | ratio | target | met |')
console.log('|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.target ? (row.met ? 'yes' : 'no') : ''} |`
  )
}
writeFileSync(path.join(outDir, 'cacheprog-hotpath.json'), JSON.stringify({ rows }, null, 2) + '\n')
