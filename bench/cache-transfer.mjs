// Bench for the cache action's own transfer (src/core/cache-transfer) against
// @actions/cache 6.3 (tar + zstd when zstd is on PATH, as on hosted runners),
// measured in the same run on the same data: a real GOMODCACHE (the modules
// Go 1.27 vendors in src/cmd/vendor, served by a file:// GOPROXY and fetched
// by `go mod download`) and a real GOCACHE (Go 1.27 compiling those modules'
// packages). Each save and restore runs in a fresh Node process against the
// harness cache service (built-in blob store) on loopback; the time is the
// call itself, with each side's code already loaded (the loading is a row of
// its own). Restores go into emptied directories, as on a fresh runner.
// Medians of 5 (--runs N). Also: extraction alone (our archive from a local
// file, ours vs GNU tar -xzf: the format's share of the gap against zstd),
// gzip level choices (time and bytes) and the dist/cache-restore bundle size.
// Writes bench-out/cache-transfer.json.
// Usage: node bench/cache-transfer.mjs [--runs N]
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  cpSync,
  chmodSync,
  createReadStream,
  createWriteStream
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { emitAsJs, median } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'bench-out')
const runsFlag = process.argv.indexOf('--runs')
const REPETITIONS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5
const TARGET_RESTORE_RATIO = 1.0
const goRoot = path.join(root, '.tools', 'go1.27')
const goBin = path.join(goRoot, 'bin', 'go')
if (!existsSync(goBin)) {
  console.error(`Go 1.27 is missing at ${goBin}: run bash scripts/install-tools.sh`)
  process.exit(2)
}
mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-cache-transfer-'))

function makeWritable(dir) {
  try {
    chmodSync(dir, 0o755)
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) makeWritable(path.join(dir, entry.name))
  } catch {
    // best effort
  }
}

function remove(dir) {
  makeWritable(dir)
  rmSync(dir, { recursive: true, force: true })
}

function treeBytes(dir) {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size
      files++
    }
  }
  return { bytes, files }
}

const home = path.join(scratch, 'home')
const goEnv = {
  ...process.env,
  PATH: `${path.dirname(goBin)}${path.delimiter}${process.env.PATH}`,
  HOME: home,
  GOROOT: goRoot,
  GOPATH: path.join(home, 'go'),
  GOMODCACHE: path.join(home, 'go', 'pkg', 'mod'),
  GOCACHE: path.join(home, '.cache', 'go-build'),
  GOPROXY: `file://${path.join(scratch, 'proxy')}`,
  GOSUMDB: 'off',
  GOFLAGS: '-mod=mod',
  GOTOOLCHAIN: 'local',
  GOTELEMETRY: 'off'
}

/** A file:// GOPROXY holding the modules Go 1.27 vendors for cmd/, and their package list. */
function writeProxy() {
  const vendor = path.join(goRoot, 'src', 'cmd', 'vendor')
  const modules = []
  let current
  for (const line of readFileSync(path.join(vendor, 'modules.txt'), 'utf8').split('\n')) {
    const header = /^# (\S+) (\S+)$/.exec(line)
    if (header) {
      current = { path: header[1], version: header[2], packages: [] }
      modules.push(current)
    } else if (current && line && !line.startsWith('#')) current.packages.push(line)
  }
  const proxy = path.join(scratch, 'proxy')
  const zipRoot = path.join(scratch, 'zips')
  for (const module of modules) {
    const dir = path.join(proxy, module.path, '@v')
    mkdirSync(dir, { recursive: true })
    const goMod = `module ${module.path}\n\ngo 1.26\n`
    writeFileSync(path.join(dir, `${module.version}.mod`), goMod)
    writeFileSync(
      path.join(dir, `${module.version}.info`),
      JSON.stringify({ Version: module.version, Time: '2026-01-01T00:00:00Z' })
    )
    const tree = path.join(zipRoot, `${module.path}@${module.version}`)
    mkdirSync(path.dirname(tree), { recursive: true })
    cpSync(path.join(vendor, module.path), tree, { recursive: true })
    writeFileSync(path.join(tree, 'go.mod'), goMod)
    execFileSync(
      'zip',
      ['-qr', path.join(dir, `${module.version}.zip`), `${module.path}@${module.version}`],
      {
        cwd: zipRoot
      }
    )
  }
  return modules
}

/** Fills GOMODCACHE (go mod download) and GOCACHE (go build of the vendored packages). */
function fillCaches(modules) {
  const project = path.join(scratch, 'project')
  mkdirSync(project, { recursive: true })
  writeFileSync(
    path.join(project, 'go.mod'),
    `module example.com/bench\n\ngo 1.27\n\nrequire (\n${modules.map(m => `\t${m.path} ${m.version}`).join('\n')}\n)\n`
  )
  writeFileSync(path.join(project, 'main.go'), 'package main\n\nfunc main() {}\n')
  execFileSync(goBin, ['mod', 'download', 'all'], { cwd: project, env: goEnv, stdio: 'inherit' })
  // Only the packages that build here (some are for other OSes or need cgo).
  const listed = execFileSync(
    goBin,
    [
      'list',
      '-e',
      '-f',
      '{{if and (not .Error) (not .DepsErrors)}}{{.ImportPath}}{{end}}',
      ...modules.flatMap(m => m.packages)
    ],
    { cwd: project, env: goEnv, encoding: 'utf8', maxBuffer: 1 << 26 }
  )
  const packages = listed.split('\n').filter(Boolean)
  const started = performance.now()
  execFileSync(goBin, ['build', ...packages], { cwd: project, env: goEnv, stdio: 'inherit' })
  console.log(`built the GOCACHE in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

/** Emits the transfer and the harness as JS (type checks are CI's job, not the bench's). */
function compile() {
  const build = path.join(scratch, 'build')
  emitAsJs(root, build, [
    path.join(root, 'src', 'core', 'cache-transfer', 'index.ts'),
    path.join(root, '__tests__', 'harness', 'cache-server.ts')
  ])
  symlinkSync(path.join(root, 'node_modules'), path.join(build, 'node_modules'), 'dir')
  return build
}

// Each side's code is loaded before its call is timed (loadMs reports it):
// @actions/cache loads the Azure SDK when it is imported, our restoreEntry
// imports blob.js (the same SDK) on its first download, so it is loaded here
// first, or our restore time would include 0.5 s of SDK loading theirs does not.
const CHILD = `
const args = JSON.parse(process.env.BENCH_ARGS)
let result
const loading = performance.now()
if (args.who === 'ours') {
  const t = await import(args.transfer)
  await import(new URL('./blob.js', args.transfer).href)
  const loadMs = performance.now() - loading
  const service = new t.CacheServiceClient({ resultsUrl: process.env.ACTIONS_RESULTS_URL, token: process.env.ACTIONS_RUNTIME_TOKEN })
  const started = performance.now()
  if (args.op === 'save') {
    const saved = await t.saveEntry(service, { paths: args.paths, dirs: args.paths, key: args.key, tempDir: process.env.RUNNER_TEMP, level: args.level })
    result = { ms: performance.now() - started, bytes: saved.archiveBytes, loadMs }
  } else {
    const restored = await t.restoreEntry(service, { paths: args.paths, dirs: args.paths, key: args.key, restoreKeys: [] })
    result = { ms: performance.now() - started, bytes: restored.archiveBytes, hit: restored.matchedKey === args.key, loadMs }
  }
} else {
  const cache = await import('@actions/cache')
  const loadMs = performance.now() - loading
  const started = performance.now()
  if (args.op === 'save') {
    const id = await cache.saveCache(args.paths, args.key)
    result = { ms: performance.now() - started, saved: id !== -1, loadMs }
  } else {
    const key = await cache.restoreCache(args.paths, args.key)
    result = { ms: performance.now() - started, hit: key === args.key, loadMs }
  }
}
process.stdout.write('\\nRESULT ' + JSON.stringify(result) + '\\n')
`

function runChild(serviceEnv, args) {
  const temp = mkdtempSync(path.join(scratch, 'runner-temp-'))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      // The repository, so `@actions/cache` resolves from its node_modules.
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: home,
        RUNNER_TEMP: temp,
        GITHUB_WORKSPACE: scratch,
        BENCH_ARGS: JSON.stringify(args),
        ...serviceEnv
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    child.on('error', reject)
    child.on('close', code => {
      rmSync(temp, { recursive: true, force: true })
      const line = output.split('\n').find(text => text.startsWith('RESULT '))
      if (code !== 0 || !line)
        return reject(new Error(`${args.who} ${args.op} failed (${code}):\n${output.slice(-2000)}`))
      resolve(JSON.parse(line.slice('RESULT '.length)))
    })
  })
}

const rows = []
let service
try {
  const modules = writeProxy()
  fillCaches(modules)
  const build = compile()
  const { startCacheService } = await import(
    pathToFileURL(path.join(build, '__tests__', 'harness', 'cache-server.js')).href
  )
  service = await startCacheService({ blob: 'builtin' })
  const transfer = pathToFileURL(path.join(build, 'src', 'core', 'cache-transfer', 'index.js')).href
  const caches = [
    { name: 'GOMODCACHE', dir: goEnv.GOMODCACHE },
    { name: 'GOCACHE', dir: goEnv.GOCACHE }
  ]
  // Keep pristine copies: restores replace the directories.
  for (const cache of caches) {
    cache.pristine = path.join(scratch, `pristine-${cache.name}`)
    cpSync(cache.dir, cache.pristine, { recursive: true })
    cache.size = treeBytes(cache.dir)
    console.log(
      `${cache.name}: ${cache.size.files} files, ${(cache.size.bytes / 1048576).toFixed(1)} MiB`
    )
  }
  const resetTo = cache => {
    remove(cache.dir)
    cpSync(cache.pristine, cache.dir, { recursive: true })
  }

  for (const cache of caches) {
    const times = {
      ours: { save: [], restore: [], load: [] },
      theirs: { save: [], restore: [], load: [] }
    }
    let oursBytes = 0
    for (let i = 0; i < REPETITIONS; i++) {
      // Alternate, so drift on a shared machine hits both alike.
      for (const who of ['ours', 'theirs']) {
        resetTo(cache)
        const key = `bench-${cache.name}-${who}-${i}`
        const saved = await runChild(service.env, {
          who,
          op: 'save',
          paths: [cache.dir],
          key,
          transfer
        })
        if (who === 'ours') oursBytes = saved.bytes
        else if (!saved.saved) throw new Error('@actions/cache did not save')
        times[who].save.push(saved.ms)
        remove(cache.dir)
        const restored = await runChild(service.env, {
          who,
          op: 'restore',
          paths: [cache.dir],
          key,
          transfer
        })
        if (!restored.hit) throw new Error(`${who} did not restore ${key}`)
        times[who].restore.push(restored.ms)
        times[who].load.push(restored.loadMs)
        const back = treeBytes(cache.dir)
        if (back.files !== cache.size.files + 0 && back.files < cache.size.files)
          throw new Error(`${who} restored ${back.files} of ${cache.size.files} files`)
      }
    }
    const theirsEntry = service
      .entries()
      .find(entry => entry.key === `bench-${cache.name}-theirs-0`)
    const o = { save: median(times.ours.save), restore: median(times.ours.restore) }
    const t = { save: median(times.theirs.save), restore: median(times.theirs.restore) }
    const label = `${cache.name} (${cache.size.files} files, ${(cache.size.bytes / 1048576).toFixed(0)} MiB)`
    rows.push(
      {
        bench: 'restore',
        metric: `${label} ms, median of ${REPETITIONS}`,
        ours: +o.restore.toFixed(0),
        baseline: +t.restore.toFixed(0),
        ratio: +(o.restore / t.restore).toFixed(2),
        target: `≤ ${TARGET_RESTORE_RATIO}`,
        met: o.restore <= TARGET_RESTORE_RATIO * t.restore
      },
      {
        bench: 'restore',
        metric: `${label}: loading the code before the call (ours: transfer + blob SDK; theirs: @actions/cache), ms, median`,
        ours: +median(times.ours.load).toFixed(0),
        baseline: +median(times.theirs.load).toFixed(0),
        ratio: +(median(times.ours.load) / median(times.theirs.load)).toFixed(2)
      },
      {
        bench: 'save',
        metric: `${label} ms, median of ${REPETITIONS}`,
        ours: +o.save.toFixed(0),
        baseline: +t.save.toFixed(0),
        ratio: +(o.save / t.save).toFixed(2)
      },
      {
        bench: 'bytes',
        metric: `${label} archive bytes (ours gzip -1, theirs zstd)`,
        ours: oursBytes,
        baseline: theirsEntry?.sizeBytes,
        ratio: theirsEntry ? +(oursBytes / theirsEntry.sizeBytes).toFixed(2) : null
      }
    )
  }

  // Where a restore's time goes: the same gzip archive extracted from a local file by our
  // extractor (staging + swap) and by GNU tar -xzf, in this process, no service involved.
  const t = await import(transfer)
  for (const cache of caches) {
    resetTo(cache)
    const archive = path.join(scratch, `${cache.name}.tar.gz`)
    await t.writeArchive([cache.dir], createWriteStream(archive))
    const ours = []
    const tars = []
    for (let i = 0; i < REPETITIONS; i++) {
      remove(cache.dir)
      let started = performance.now()
      await t.restoreAtomically([cache.dir], async staging => {
        const result = await t.extractArchive(createReadStream(archive), staging, {
          limits: t.defaultLimits(statSync(archive).size)
        })
        return { value: result, dirModes: result.dirModes }
      })
      ours.push(performance.now() - started)
      remove(cache.dir)
      mkdirSync(cache.dir, { recursive: true })
      started = performance.now()
      execFileSync('tar', ['-xzf', archive, '-C', cache.dir, '--strip-components=1'])
      tars.push(performance.now() - started)
    }
    rows.push({
      bench: 'extract',
      metric: `${cache.name}: our gzip archive from a local file, ours vs GNU tar -xzf (ms, median of ${REPETITIONS})`,
      ours: +median(ours).toFixed(0),
      baseline: +median(tars).toFixed(0),
      ratio: +(median(ours) / median(tars)).toFixed(2)
    })
  }

  // gzip level choice: save time and bytes per level (ours only), on both caches at once.
  for (const level of [1, 3, 6]) {
    const times = []
    let bytes = 0
    for (let i = 0; i < 3; i++) {
      for (const cache of caches) resetTo(cache)
      const result = await runChild(service.env, {
        who: 'ours',
        op: 'save',
        paths: caches.map(c => c.dir),
        key: `level-${level}-${i}`,
        transfer,
        level
      })
      times.push(result.ms)
      bytes = result.bytes
    }
    rows.push({
      bench: 'gzip level',
      metric: `level ${level}: save ms (median of 3) / archive MiB, both caches`,
      ours: `${median(times).toFixed(0)} ms / ${(bytes / 1048576).toFixed(1)} MiB`
    })
  }
  // The restore step's code size is cache-action's `bundle` row (stepFiles over dist/shared).
} finally {
  await service?.close()
  remove(scratch)
}

console.log('\n| bench | metric | ours | baseline | ratio | target | met |')
console.log('|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.target ? (row.met ? 'yes' : 'no') : ''} |`
  )
}
writeFileSync(path.join(outDir, 'cache-transfer.json'), JSON.stringify({ rows }, null, 2) + '\n')
