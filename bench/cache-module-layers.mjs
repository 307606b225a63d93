// Bench for the module cache through the action itself: the built bundles
// (dist/cache-restore, dist/cache-save) run as the runner runs them, against
// the harness cache service (built-in blob store), with Go 1.27 and a file://
// GOPROXY of 40 modules (64 KiB of incompressible content each). A history of
// JOBS jobs: the first builds the base set, each later one bumps one module
// (`go get m@v1.N.0`, as a Renovate stream does). Every job runs on a fresh
// machine (empty GOMODCACHE), once with `module-cache: layered` and once with
// `module-cache: archive`, in the same run. Measured: bytes uploaded per job
// (the sizes of the entries the post step saved), after the first job; the
// mean includes the base rebuild the 10% refresh fraction triggers.
// Writes bench-out/cache-module-layers.json.
// Usage: node bench/cache-module-layers.mjs [--jobs N]
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { emitAsJs, ratio } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'bench-out')
const jobsFlag = process.argv.indexOf('--jobs')
const JOBS = jobsFlag > 0 ? Number(process.argv[jobsFlag + 1]) : 6
const MODULES = 40
/** Issue 11's target for module-cache uploads (against the actions/cache recipe; archive mode here). */
const TARGET_UPLOAD_RATIO = 0.15

const goBin = path.join(root, '.tools', 'go1.27', 'bin')
for (const needed of [
  path.join(goBin, 'go'),
  path.join(root, 'dist', 'cache-restore', 'index.js'),
  path.join(root, 'dist', 'cache-save', 'index.js')
]) {
  if (!existsSync(needed)) {
    console.error(
      `${needed} is missing: run bash scripts/install-tools.sh and node scripts/bundle.mjs cache-restore cache-save`
    )
    process.exit(2)
  }
}
mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-modlayers-'))

/**
 * Emits the harness as JS (type checks are CI's job, not the bench's), inside
 * bench-out/ so the runner harness finds the repository root above it.
 */
function compile() {
  const build = path.join(outDir, '.build-cache-module-layers')
  rmSync(build, { recursive: true, force: true })
  emitAsJs(root, build, [
    path.join(root, '__tests__', 'harness', 'cache-server.ts'),
    path.join(root, '__tests__', 'harness', 'runner.ts'),
    path.join(root, '__tests__', 'helpers', 'goproxy.ts')
  ])
  return build
}

const names = Array.from({ length: MODULES }, (_, i) => `m${String(i).padStart(2, '0')}`)
const home = path.join(scratch, 'home')
const machineEnv = proxy => ({
  HOME: home,
  PATH: `${goBin}:${process.env.PATH}`,
  GOPATH: path.join(home, 'go'),
  GOMODCACHE: path.join(home, 'go', 'pkg', 'mod'),
  GOCACHE: path.join(home, '.cache', 'go-build'),
  GOPROXY: proxy,
  GOSUMDB: 'off',
  GOFLAGS: '-mod=mod',
  GOTOOLCHAIN: 'local',
  GOTELEMETRY: 'off'
})

function freshMachine() {
  if (existsSync(home)) execFileSync('chmod', ['-R', 'u+w', home])
  rmSync(home, { recursive: true, force: true })
  mkdirSync(home, { recursive: true })
}

/** The checkout of job `index`: module m(k) at v1.k.0 for the k < index bumped so far. */
function project(index, env) {
  const dir = path.join(scratch, 'projects', String(index))
  mkdirSync(dir, { recursive: true })
  const version = i => (i > 0 && i < index ? `v1.${i}.0` : 'v1.0.0')
  const requires = names.map((name, i) => `\texample.com/${name} ${version(i)}\n`).join('')
  writeFileSync(
    path.join(dir, 'go.mod'),
    `module example.com/app\n\ngo 1.22\n\nrequire (\n${requires})\n`
  )
  writeFileSync(
    path.join(dir, 'app.go'),
    `package app\n\nimport (\n${names.map(n => `\t"example.com/${n}"\n`).join('')})\n\nconst N = ${names.map(n => `len(${n}.Data)`).join(' + ')}\n`
  )
  execFileSync(path.join(goBin, 'go'), ['mod', 'tidy'], { cwd: dir, env, stdio: 'ignore' })
  return dir
}

const rows = []
let service
try {
  const build = compile()
  const load = file => import(pathToFileURL(path.join(build, file)).href)
  const { startCacheService } = await load('__tests__/harness/cache-server.js')
  const { runStep, runPostStep } = await load('__tests__/harness/runner.js')
  const { writeGoProxy } = await load('__tests__/helpers/goproxy.js')
  const modules = names.flatMap((name, i) =>
    Array.from({ length: i < JOBS ? 2 : 1 }, (_, bump) => ({
      path: `example.com/${name}`,
      version: bump === 0 ? 'v1.0.0' : `v1.${i}.0`,
      files: {
        [`${name}.go`]: `package ${name}\n\nconst Data = "${randomBytes(48 * 1024).toString('base64')}"\n`
      }
    }))
  )
  const proxy = writeGoProxy(path.join(scratch, 'proxy'), modules)
  const env = machineEnv(proxy)
  freshMachine()
  const checkouts = Array.from({ length: JOBS }, (_, index) => project(index + 1, env))
  service = await startCacheService({ blob: 'builtin' })

  const results = {}
  for (const mode of ['layered', 'archive']) {
    const jobs = []
    for (const [index, workspace] of checkouts.entries()) {
      freshMachine()
      const before = new Set(service.entries().map(entry => entry.key))
      const main = await runStep({
        entry: path.join(root, 'dist', 'cache-restore', 'index.js'),
        workspace,
        inputs: { cache: 'mod', prefix: mode, 'module-cache': mode },
        env: { ...env, ...service.env }
      })
      if (main.exitCode !== 0) throw new Error(`${mode} job ${index + 1}: ${main.stderr}`)
      execFileSync(path.join(goBin, 'go'), ['build', './...'], { cwd: workspace, env })
      const post = await runPostStep(main, path.join(root, 'dist', 'cache-save', 'index.js'))
      if (post.exitCode !== 0) throw new Error(`${mode} job ${index + 1} post: ${post.stderr}`)
      const uploaded = service
        .entries()
        .filter(entry => entry.finalized && !before.has(entry.key))
        .reduce((sum, entry) => sum + entry.sizeBytes, 0)
      jobs.push({ hitKind: main.outputs['mod-hit-kind'], uploaded })
      console.log(
        `${mode} job ${index + 1}: ${main.outputs['mod-hit-kind']}, uploaded ${uploaded} B`
      )
    }
    results[mode] = jobs
  }
  const mean = values => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1)
  const later = mode => results[mode].slice(1)
  const ours = Math.round(mean(later('layered').map(job => job.uploaded)))
  const baseline = Math.round(mean(later('archive').map(job => job.uploaded)))
  const uploadRatio = ratio(ours, baseline)
  rows.push({
    bench: 'cache-module-layers',
    metric: `module cache bytes uploaded per job after the first (${JOBS - 1} one-module bumps, ${MODULES} modules; vs module-cache: archive)`,
    ours,
    baseline,
    ratio: uploadRatio,
    target: `≤ ${TARGET_UPLOAD_RATIO}`,
    met: uploadRatio !== null && uploadRatio <= TARGET_UPLOAD_RATIO
  })
  rows.push({
    bench: 'cache-module-layers',
    metric:
      'module cache bytes uploaded by the first job (a new base and its empty delta; vs one archive)',
    ours: results.layered[0].uploaded,
    baseline: results.archive[0].uploaded,
    ratio: ratio(results.layered[0].uploaded, results.archive[0].uploaded),
    target: '(report)',
    met: true
  })
  writeFileSync(
    path.join(outDir, 'cache-module-layers.json'),
    JSON.stringify({ rows, jobs: results }, null, 2) + '\n'
  )
  console.log('| bench | metric | ours | baseline | ratio | target | met |')
  console.log('|---|---|---|---|---|---|---|')
  for (const row of rows) {
    console.log(
      `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met ? 'yes' : 'no'} |`
    )
  }
} finally {
  await service?.close()
  if (existsSync(scratch)) execFileSync('chmod', ['-R', 'u+w', scratch])
  rmSync(scratch, { recursive: true, force: true })
  rmSync(path.join(outDir, '.build-cache-module-layers'), { recursive: true, force: true })
}
