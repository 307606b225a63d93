// Runs every bench/*.mjs (or the ones named) in turn and prints their tables.
// Each bench measures ours against its baseline in the same run and writes
// bench-out/<name>.json; this script only sequences them and sums up.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = path.join(root, 'bench')
const wanted = process.argv.slice(2)
const benches = readdirSync(benchDir)
  .filter(name => name.endsWith('.mjs') && !name.startsWith('_'))
  .map(name => name.slice(0, -4))
  .filter(name => wanted.length === 0 || wanted.includes(name))
  .sort()

if (!existsSync(path.join(root, 'dist', 'cli', 'index.js'))) {
  console.error('dist/ is missing: run `npm run bundle` first')
  process.exit(2)
}
mkdirSync(path.join(root, 'bench-out'), { recursive: true })

let failures = 0
for (const name of benches) {
  console.log(`\n## ${name}\n`)
  const result = spawnSync(process.execPath, [path.join(benchDir, `${name}.mjs`)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GO_CI_KIT_BENCH: '1' }
  })
  if (result.status !== 0) {
    failures++
    console.log(`\n${name}: bench failed (exit ${result.status})`)
  }
}

// One combined table of targets, from the JSON each bench wrote.
console.log('\n## Targets\n')
console.log('| bench | metric | ours | baseline | ratio | target | met |')
console.log('|---|---|---|---|---|---|---|')
for (const name of benches) {
  const file = path.join(root, 'bench-out', `${name}.json`)
  if (!existsSync(file)) continue
  const { rows = [] } = JSON.parse(readFileSync(file, 'utf8'))
  for (const row of rows.filter(r => r.target)) {
    console.log(
      `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target} | ${row.met ? 'yes' : 'no'} |`
    )
  }
}
process.exit(failures > 0 ? 1 : 0)
