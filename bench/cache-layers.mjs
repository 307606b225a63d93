// Bench for the layered module cache planner (src/core/cache/layers), in one run:
// ../shared/bench/replay.py replays 300 commits of opentelemetry-go-contrib with
// `go-ci-kit cache plan {phase} --dir {dir} --io {io}` as the project's plan
// (--plan-cmd: a base layer plus a delta layer per module set, real planning
// code, not a model). The project-plan row is checked against the targets:
// module downloads vs the floor (every distinct version downloaded once),
// uploaded module zips vs the actions/cache recipe replayed in the same run,
// and the final cache vs what the last commit needs.
// Writes bench-out/cache-layers.json.
// Usage: node bench/cache-layers.mjs [--commits N] [--refresh-fraction F] (F: sweep the threshold)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { privateCli, ratio } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// shared/ sits beside the clone (../shared); a worktree under wt/ finds it one level up.
const shared =
  [path.resolve(root, '..', 'shared'), path.resolve(root, '..', '..', 'shared')].find(dir =>
    existsSync(path.join(dir, 'bench', 'replay.py'))
  ) ?? path.resolve(root, '..', 'shared')
const corpus = path.join(shared, 'corpus', 'opentelemetry-go-contrib.jsonl.gz')
const outDir = path.join(root, 'bench-out')
const commitsArg = process.argv.indexOf('--commits')
const commits = commitsArg > 0 ? process.argv[commitsArg + 1] : '300'
const fractionArg = process.argv.indexOf('--refresh-fraction')
const fraction =
  fractionArg > 0 ? ` --refresh-fraction ${Number(process.argv[fractionArg + 1])}` : ''

mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-layers-'))
const cli = privateCli(root, scratch)

const rows = []
const result = { rows }

try {
  const replayJson = path.join(scratch, 'replay.json')
  const planCmd = `node ${cli} cache plan {phase} --dir {dir} --io {io}${fraction}`
  console.log(
    `replay: python3 replay.py --corpus ${path.basename(corpus)} --commits ${commits} --plan-cmd '${planCmd}'`
  )
  const started = performance.now()
  const child = spawnSync(
    'python3',
    [
      path.join(shared, 'bench', 'replay.py'),
      '--corpus',
      corpus,
      '--commits',
      commits,
      '--plan-cmd',
      planCmd,
      '--json',
      replayJson
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  if (child.status !== 0) {
    throw new Error(`replay.py failed (${child.status}): ${child.stderr.slice(-2000)}`)
  }
  const seconds = (performance.now() - started) / 1000
  const data = JSON.parse(readFileSync(replayJson, 'utf8'))
  result.replay = data
  const recipe = data.strategies.recipe
  const plan = data.strategies['project-plan']
  console.log(
    `\n${data.repo}: ${data.commits} commits, ${data.dep_changing_commits} change dependencies; floor ${data.floor_downloads} module zips, last commit needs ${data.last_need}`
  )
  console.log('\n| strategy | downloads | saves | uploaded | final cache |')
  console.log('|---|---|---|---|---|')
  for (const name of ['recipe', 'project-plan']) {
    const s = data.strategies[name]
    console.log(
      `| ${name} | ${s.downloads} | ${s.saves} | ${s.saved_entries_total} | ${s.final_cache_entries} |`
    )
  }

  const downloads = ratio(plan.downloads, data.floor_downloads)
  const uploads = ratio(plan.saved_entries_total, recipe.saved_entries_total)
  const finalCache = ratio(plan.final_cache_entries, data.last_need)
  rows.push(
    {
      bench: 'cache-layers',
      metric: 'module downloads (vs floor)',
      ours: plan.downloads,
      baseline: data.floor_downloads,
      ratio: downloads,
      target: '≤ 1.05',
      met: downloads <= 1.05
    },
    {
      bench: 'cache-layers',
      metric: 'uploaded module zips (vs actions/cache recipe)',
      ours: plan.saved_entries_total,
      baseline: recipe.saved_entries_total,
      ratio: uploads,
      target: '≤ 0.15',
      met: uploads <= 0.15
    },
    {
      bench: 'cache-layers',
      metric: 'uploaded module zips, moonshot (vs actions/cache recipe)',
      ours: plan.saved_entries_total,
      baseline: recipe.saved_entries_total,
      ratio: uploads,
      target: '≤ 0.05',
      met: uploads <= 0.05
    },
    {
      bench: 'cache-layers',
      metric: 'final cache entries (vs last commit need)',
      ours: plan.final_cache_entries,
      baseline: data.last_need,
      ratio: finalCache,
      target: '≤ 1.1',
      met: finalCache <= 1.1
    },
    { bench: 'cache-layers', metric: 'saves (entries written)', ours: plan.saves },
    {
      bench: 'cache-layers',
      metric: `replay wall time, ${data.commits} commits × 2 plan calls (s)`,
      ours: +seconds.toFixed(1)
    }
  )
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
writeFileSync(path.join(outDir, 'cache-layers.json'), JSON.stringify(result, null, 2) + '\n')
