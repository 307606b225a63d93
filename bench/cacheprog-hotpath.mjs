// Hot path of the GOCACHEPROG build cache: the same build run twice, the
// second (warm) build timed, with Go's own GOCACHE (baseline) and with
// `go-ci-kit cacheprog --dir DIR` (local tier only). Medians over several
// alternating runs. Target: ours ≤ 2× Go's on-disk cache.
// Writes bench-out/cacheprog-hotpath.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, ratio } from './_common.mjs'

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

function build(module, env) {
  const started = process.hrtime.bigint()
  const result = spawnSync('go', ['build', './...'], { cwd: module, env, encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`go build failed: ${result.stderr}`)
  return seconds
}

try {
  const module = path.join(scratch, 'module')
  writeModule(module)
  const cacheprogDir = path.join(scratch, 'cacheprog')
  const variants = {
    gocache: goEnv({ GOCACHE: path.join(scratch, 'gocache') }),
    cacheprog: goEnv({
      GOCACHE: path.join(scratch, 'gocache-for-fuzz'),
      GOCACHEPROG: `${process.execPath} ${cli} cacheprog --dir ${cacheprogDir}`
    })
  }
  // The first build of each fills its cache; it is not timed.
  for (const env of Object.values(variants)) build(module, env)
  const times = { gocache: [], cacheprog: [] }
  for (let run = 0; run < RUNS; run++) {
    for (const [name, env] of Object.entries(variants)) times[name].push(build(module, env))
  }
  // Every go command starts one cacheprog: a Node start-up is the floor of our overhead.
  const nodeStarts = []
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', '0'])
    nodeStarts.push(Number(process.hrtime.bigint() - started) / 1e9)
  }
  const figures = JSON.parse(
    spawnSync(process.execPath, [cli, 'cacheprog', 'figures', '--dir', cacheprogDir, '--json'], {
      encoding: 'utf8'
    }).stdout
  )
  const ours = median(times.cacheprog)
  const baseline = median(times.gocache)
  const hotRatio = ratio(ours, baseline, 2)
  const getsPerBuild = Math.round(figures.objectsRequested / (RUNS + 1))
  rows.push(
    {
      bench: 'cacheprog-hotpath',
      metric: `warm go build, ${PACKAGES} packages + std, median of ${RUNS} (s): cacheprog local tier vs GOCACHE`,
      ours: +ours.toFixed(3),
      baseline: +baseline.toFixed(3),
      ratio: hotRatio,
      target: '≤ 2',
      met: hotRatio <= 2
    },
    {
      bench: 'cacheprog-hotpath',
      metric: 'of which one Node start-up (node -e 0), median (s)',
      ours: +median(nodeStarts).toFixed(3)
    },
    { bench: 'cacheprog-hotpath', metric: 'gets per warm build', ours: getsPerBuild },
    {
      bench: 'cacheprog-hotpath',
      metric: 'local hits / gets over all builds',
      ours: `${figures.hitLocal} / ${figures.objectsRequested}`
    }
  )
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
