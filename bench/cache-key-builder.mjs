// Bench for the cache-key-builder core, in one run:
//  (a) Replay: ../shared/bench/replay.py replays 300 commits of
//      opentelemetry-go-contrib with `go-ci-kit key --cache mod --json` as the
//      project's key, then summarize.py; the project-smart row is checked
//      against the targets (downloads vs floor, uploads vs the recipe row,
//      final cache vs what the last commit needs). The layered cache's own rows
//      (the real planner through replay.py --plan-cmd) are in bench/cache-layers.mjs.
//  (b) Key time: `go-ci-kit key` against @actions/glob hashFiles('**/go.sum')
//      on a generated 150-module go.work workspace, both in fresh processes,
//      timed in-process and as whole processes (medians of 7).
// Writes bench-out/cache-key-builder.json. Usage: node bench/cache-key-builder.mjs [--skip-replay]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median, privateCli, ratio } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '..', 'shared')
const corpus = path.join(shared, 'corpus', 'opentelemetry-go-contrib.jsonl.gz')
const outDir = path.join(root, 'bench-out')
const REPETITIONS = 7
const skipReplay = process.argv.includes('--skip-replay')

mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-cache-'))
const cli = privateCli(root, scratch)

const rows = []
const result = { rows }

function run(command, args, options = {}) {
  const started = performance.now()
  const child = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options
  })
  const ms = performance.now() - started
  if (child.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${child.status}): ${child.stderr?.slice(-2000)}`
    )
  }
  return { ms, stdout: child.stdout, stderr: child.stderr }
}

try {
  if (!skipReplay) replayBench()
  keyTimeBench()
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

console.log('\n| bench | metric | ours | baseline | ratio | target | met |')
console.log('|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.target ? (row.met ? 'yes' : 'no') : ''} |`
  )
}
writeFileSync(path.join(outDir, 'cache-key-builder.json'), JSON.stringify(result, null, 2) + '\n')

function replayBench() {
  const replayJson = path.join(outDir, 'replay.json')
  const projectCmd = `node ${cli} key --cache mod --json --dir {dir}`
  console.log(
    `replay: python3 replay.py --corpus ${path.basename(corpus)} --project-cmd '${projectCmd}'`
  )
  const started = performance.now()
  run('python3', [
    path.join(shared, 'bench', 'replay.py'),
    '--corpus',
    corpus,
    '--project-cmd',
    projectCmd,
    '--json',
    replayJson
  ])
  const seconds = (performance.now() - started) / 1000
  console.log(run('python3', [path.join(shared, 'bench', 'summarize.py'), replayJson]).stdout)
  const data = JSON.parse(readFileSync(replayJson, 'utf8'))
  result.replay = data
  const recipe = data.strategies.recipe
  const smart = data.strategies['project-smart']

  console.log(
    '\nAll strategies (ratios: downloads / floor, uploaded / recipe uploaded, final cache / last commit need):\n'
  )
  console.log(
    '| strategy | downloads | × floor | exact | partial | miss | saves | uploaded | × recipe | final cache | × last need |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|')
  for (const [name, s] of Object.entries(data.strategies)) {
    console.log(
      `| ${name} | ${s.downloads} | ${ratio(s.downloads, data.floor_downloads)} | ${s.exact} | ${s.partial} | ${s.miss} | ${s.saves} | ${s.saved_entries_total} | ${ratio(s.saved_entries_total, recipe.saved_entries_total)} | ${s.final_cache_entries} | ${ratio(s.final_cache_entries, data.last_need)} |`
    )
  }

  const downloads = ratio(smart.downloads, data.floor_downloads)
  const uploads = ratio(smart.saved_entries_total, recipe.saved_entries_total)
  const finalCache = ratio(smart.final_cache_entries, data.last_need)
  rows.push(
    {
      bench: 'replay',
      metric: 'project-smart module downloads (vs floor)',
      ours: smart.downloads,
      baseline: data.floor_downloads,
      ratio: downloads,
      target: '≤ 1.05',
      met: downloads <= 1.05
    },
    {
      bench: 'replay',
      metric: 'project-smart uploaded module zips (vs recipe)',
      ours: smart.saved_entries_total,
      baseline: recipe.saved_entries_total,
      ratio: uploads,
      target: '≤ 0.6',
      met: uploads <= 0.6
    },
    {
      bench: 'replay',
      metric: 'project-smart final cache entries (vs last commit need)',
      ours: smart.final_cache_entries,
      baseline: data.last_need,
      ratio: finalCache,
      target: '≤ 1.1',
      met: finalCache <= 1.1
    },
    {
      bench: 'replay',
      metric: 'key process median over 300 commits (s)',
      ours: +data.project_key_seconds_median.toFixed(3)
    },
    { bench: 'replay', metric: 'replay wall time (s)', ours: +seconds.toFixed(1) }
  )
}

/** A go.work workspace of 150 modules, each with packages and a go.sum drawn from a shared pool. */
function generateWorkspace(dir, modules = 150) {
  const write = (relative, text) => {
    const file = path.join(dir, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  const hash = text => `h1:${createHash('sha256').update(text).digest('base64')}`
  const pool = Array.from({ length: 1500 }, (_, i) => `github.com/org${i % 97}/lib${i}`)
  const names = Array.from({ length: modules }, (_, i) => `mod${String(i).padStart(3, '0')}`)
  write('go.work', `go 1.23.0\n\nuse (\n${names.map(name => `\t./${name}`).join('\n')}\n)\n`)
  write(
    'go.work.sum',
    pool
      .slice(0, 40)
      .map(p => `${p} v0.0.1 ${hash(p + 'w')}\n`)
      .join('')
  )
  names.forEach((name, m) => {
    const deps = Array.from({ length: 180 }, (_, k) => pool[(m * 37 + k * 11) % pool.length])
    const unique = [...new Set(deps)]
    write(
      `${name}/go.mod`,
      `module example.com/${name}\n\ngo 1.23.0\n\nrequire (\n${unique
        .slice(0, 30)
        .map(p => `\t${p} v1.${m % 7}.0`)
        .join('\n')}\n)\n`
    )
    write(
      `${name}/go.sum`,
      unique
        .flatMap(p => {
          const v = `v1.${(p.length + m) % 7}.0`
          return [`${p} ${v} ${hash(p + v)}`, `${p} ${v}/go.mod ${hash(p + v + 'mod')}`]
        })
        .join('\n') + '\n'
    )
    for (let pkg = 0; pkg < 5; pkg++) {
      for (let file = 0; file < 3; file++) {
        write(
          `${name}/pkg${pkg}/internal/f${file}.go`,
          `package pkg${pkg}\n\nconst X${file} = ${file}\n`
        )
      }
    }
  })
}

function keyTimeBench() {
  const tree = path.join(scratch, 'workspace')
  generateWorkspace(tree)
  const hashFilesScript = path.join(scratch, 'hash-files.mjs')
  const globModule = pathToFileURL(
    path.join(root, 'node_modules', '@actions', 'glob', 'lib', 'glob.js')
  ).href
  // The same shape as our --timing: time the work only, after module loading.
  writeFileSync(
    hashFilesScript,
    `import { hashFiles } from ${JSON.stringify(globModule)}\n` +
      `const started = performance.now()\n` +
      `const digest = await hashFiles('**/go.sum', process.cwd(), { followSymbolicLinks: false })\n` +
      `process.stderr.write('timing ' + JSON.stringify({ totalMs: performance.now() - started }) + '\\n')\n` +
      `process.stdout.write(digest + '\\n')\n`
  )
  const env = { ...process.env, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', GITHUB_WORKSPACE: tree }
  const ours = { inProcess: [], process: [] }
  const baseline = { inProcess: [], process: [] }
  const timing = stderr => JSON.parse(/timing (\{.*\})/.exec(stderr)[1]).totalMs
  // One warm-up each so both read from the page cache, then alternate.
  run(process.execPath, [cli, 'key', '--dir', '.'], { cwd: tree, env })
  run(process.execPath, [hashFilesScript], { cwd: tree, env })
  let key = ''
  let digest = ''
  for (let i = 0; i < REPETITIONS; i++) {
    const a = run(process.execPath, [cli, 'key', '--dir', '.', '--timing'], { cwd: tree, env })
    ours.process.push(a.ms)
    ours.inProcess.push(timing(a.stderr))
    key = a.stdout.trim()
    const b = run(process.execPath, [hashFilesScript], { cwd: tree, env })
    baseline.process.push(b.ms)
    baseline.inProcess.push(timing(b.stderr))
    digest = b.stdout.trim().split('\n').pop()
  }
  const summary = {
    tree: { modules: 150, goSumFiles: 150, goSumLines: 150 * 360 },
    key,
    hashFiles: digest,
    ours,
    baseline
  }
  result.keyTime = summary
  const inOurs = median(ours.inProcess)
  const inBase = median(baseline.inProcess)
  const procOurs = median(ours.process)
  const procBase = median(baseline.process)
  console.log(`\nkey time on a 150-module go.work workspace (${REPETITIONS} runs each, medians):`)
  console.log(
    `  go-ci-kit key: in-process ${inOurs.toFixed(1)} ms, process ${procOurs.toFixed(1)} ms (${key})`
  )
  console.log(
    `  hashFiles('**/go.sum'): in-process ${inBase.toFixed(1)} ms, process ${procBase.toFixed(1)} ms`
  )
  rows.push(
    {
      bench: 'key-time',
      metric: 'in-process ms, 150-module go.work (median of 7)',
      ours: +inOurs.toFixed(1),
      baseline: +inBase.toFixed(1),
      ratio: ratio(inOurs, inBase),
      target: '< 1 (faster than hashFiles)',
      met: inOurs < inBase
    },
    {
      bench: 'key-time',
      metric: 'whole process ms, 150-module go.work (median of 7)',
      ours: +procOurs.toFixed(1),
      baseline: +procBase.toFixed(1),
      ratio: ratio(procOurs, procBase),
      target: '< 1 (faster than hashFiles)',
      met: procOurs < procBase
    }
  )
}

if (!existsSync(path.join(outDir, 'cache-key-builder.json'))) process.exitCode = 1
