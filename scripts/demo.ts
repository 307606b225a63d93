/**
 * `npm run demo`: the suite's main job on examples/workspace, run the way a
 * workflow run would run it. Every action's built bundle runs as a child
 * process with INPUT_* and file commands (the test harness), against a local
 * cache service backed by Azurite, a local GitHub API answering the advisory
 * lookups from examples/advisories.json, and the offline module proxy and
 * vuln DB in examples/: nothing goes to the network. Prints each step's
 * outputs and annotations; writes every job's summaries to demo-out/summary.md.
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService } from '../__tests__/harness/cache-server.js'
import { repoRoot, runPostStep, runStep, type StepResult } from '../__tests__/harness/runner.js'
import { startAdvisoryApi } from '../__tests__/e2e/govulncheck-gate/advisory-api.js'
import { writeExampleProxy } from './example-proxy.js'

// Today's toolchain: Go 1.27 and govulncheck 1.9.
const tools = path.join(repoRoot, '.tools')
const goBin = path.join(tools, 'go1.27', 'bin')
const govulncheck = path.join(tools, 'bin', 'govulncheck-1.9')
if (!existsSync(path.join(goBin, 'go')) || !existsSync(govulncheck)) {
  console.error('The Go tools are missing: run `bash scripts/install-tools.sh` first.')
  process.exit(2)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-demo-'))
const outDir = path.join(repoRoot, 'demo-out')
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const summaries: string[] = []

const workspace = path.join(scratch, 'workspace')
cpSync(path.join(repoRoot, 'examples', 'workspace'), workspace, { recursive: true })
const goproxy = writeExampleProxy(repoRoot, path.join(scratch, 'goproxy'))
const vulnDb = `file://${path.join(repoRoot, 'examples', 'vulndb')}`
// The runner's tool directory: `govulncheck` is version 1.9.
const toolBin = path.join(scratch, 'tools')
mkdirSync(toolBin)
symlinkSync(govulncheck, path.join(toolBin, 'govulncheck'))
const advisories = JSON.parse(
  readFileSync(path.join(repoRoot, 'examples', 'advisories.json'), 'utf8')
) as Record<string, Record<string, unknown>>

/**
 * One runner machine per job: the same HOME path each time (as on hosted
 * runners, where cache paths match across jobs) but emptied when a new job
 * starts, so each job begins with empty Go caches.
 */
let currentJob = ''
/** Each job's runner directory: its steps share the job summary file, as on GitHub. */
const jobRunnerDir = (job: string) => path.join(scratch, 'runner', job)

function machine(name: string): Record<string, string> {
  const home = path.join(scratch, 'home', 'runner')
  if (name !== currentJob && existsSync(home)) removeTree(home)
  currentJob = name
  mkdirSync(home, { recursive: true })
  return goVars(home)
}

/** A developer's laptop: its own Go caches, never the runner's. */
function developerMachine(): Record<string, string> {
  const home = path.join(scratch, 'home', 'developer')
  mkdirSync(home, { recursive: true })
  return goVars(home)
}

function goVars(home: string): Record<string, string> {
  return {
    HOME: home,
    PATH: `${goBin}:${toolBin}:${process.env.PATH}`,
    GOPATH: path.join(home, 'go'),
    GOMODCACHE: path.join(home, 'go', 'pkg', 'mod'),
    GOCACHE: path.join(home, '.cache', 'go-build'),
    GOPROXY: goproxy,
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    GOFLAGS: '-trimpath',
    CGO_ENABLED: '0'
  }
}

/** The cache action's per-cache outputs repeat the overall ones; the demo shows those. */
const REPEATED_OUTPUT = /^(mod|build)-|^components$|^restore-keys$/

function show(title: string, result: StepResult): void {
  console.log(`\n━━ ${title} (exit ${result.exitCode})`)
  // The step's log as the runner shows it (workflow commands are listed below).
  for (const line of result.stdout.split('\n')) {
    if (line.trim() !== '' && !line.startsWith('::')) console.log(`   │ ${line}`)
  }
  for (const [name, value] of Object.entries(result.outputs)) {
    if (REPEATED_OUTPUT.test(name)) continue
    const shown = value.length > 160 ? `${value.slice(0, 157)}…` : value
    console.log(`   ${name.padEnd(22)} ${shown.replace(/\n/g, '⏎')}`)
  }
  for (const command of [...result.errors, ...result.warnings, ...result.notices]) {
    const where = command.properties.file
      ? ` ${command.properties.file}:${command.properties.line ?? ''}`
      : ''
    console.log(`   ::${command.command}${where} ${command.message.split('\n')[0]}`)
  }
  if (result.exitCode !== 0 && result.errors.length === 0)
    console.log(result.stderr || result.stdout)
}

/** A job's summary: what its steps wrote to the job's summary file, in step order. */
function collectSummary(title: string, lastStep: StepResult): void {
  if (lastStep.summary.trim()) summaries.push(`## ${title}\n\n${lastStep.summary.trim()}\n`)
}

function go(env: Record<string, string>, args: string[], cwd = workspace): void {
  const shown = args.map(arg => (arg.startsWith(workspace) ? path.relative(cwd, arg) : arg))
  const where = cwd === workspace ? '' : `  (in ${path.relative(workspace, cwd)}/)`
  console.log(`   $ go ${shown.join(' ')}${where}`)
  execFileSync(path.join(env.PATH.split(':')[0], 'go'), args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: 'inherit'
  })
}

/** The module cache is read-only; make it writable so it can be removed. */
function removeTree(dir: string): void {
  const walk = (current: string) => {
    chmodSync(current, 0o755)
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(current, entry.name))
    }
  }
  walk(dir)
  rmSync(dir, { recursive: true, force: true })
}

const service = await startCacheService({ blob: 'azurite' })
const githubApi = await startAdvisoryApi(advisories)
// Every step talks to the local GitHub API, never to api.github.com.
const github = { GITHUB_API_URL: githubApi.url }
try {
  const matrix = JSON.stringify({ goos: 'linux', goarch: 'amd64' })
  const cacheInputs = { 'working-directory': '.', matrix }
  // govulncheck runs inside a module (the go.work root has no go.mod); the workspace lets
  // the server's module scan the api module too.
  const gateInputs = {
    'working-directory': 'cmd/server',
    packages: './... ../../api/...',
    db: vulnDb,
    'fail-on': 'called'
  }

  // Job 1: a cold cache. Restore misses, the build fills the caches, the post step saves them.
  let env = { ...machine('job1'), ...service.env, ...github }
  const restore1 = await runStep({
    runnerDir: jobRunnerDir('job1'),
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 1 · cache restore (first run)', restore1)
  console.log('\n── job 1 · the build')
  const binDir = path.join(workspace, 'bin')
  for (const [goos, goarch] of [
    ['linux', 'amd64'],
    ['linux', 'arm64'],
    ['windows', 'amd64']
  ]) {
    const suffix = goos === 'windows' ? '.exe' : ''
    go({ ...env, GOOS: goos, GOARCH: goarch }, [
      'build',
      '-o',
      path.join(binDir, `server-${goos}-${goarch}${suffix}`),
      './cmd/server'
    ])
  }
  const save1 = await runPostStep(restore1, 'dist/cache-save/index.js')
  show('job 1 · cache save (post step)', save1)
  collectSummary('Job 1: a cold cache', save1)

  // Job 2: the same commit again on a fresh machine: both caches hit exactly, nothing is saved.
  env = { ...machine('job2'), ...service.env, ...github }
  const restore2 = await runStep({
    runnerDir: jobRunnerDir('job2'),
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 2 · cache restore (rerun)', restore2)

  // The vulnerability gate, then its SARIF as annotations.
  const gate = await runStep({
    runnerDir: jobRunnerDir('job2'),
    entry: 'dist/govulncheck-gate/index.js',
    inputs: gateInputs,
    env,
    workspace
  })
  show('job 2 · govulncheck-gate (fail-on: called)', gate)

  if (gate.outputs['sarif-file']) {
    const sarif = await runStep({
      runnerDir: jobRunnerDir('job2'),
      entry: 'dist/sarif-upload/index.js',
      inputs: {
        'sarif-file': gate.outputs['sarif-file'],
        upload: 'never',
        annotations: 'commands',
        'fail-on': 'none'
      },
      env,
      workspace
    })
    show('job 2 · sarif-upload (annotate only)', sarif)
  }

  const fingerprint = await runStep({
    runnerDir: jobRunnerDir('job2'),
    entry: 'dist/binary-fingerprint/index.js',
    inputs: { paths: 'bin/*', expect: 'goos=linux cgo=0 trimpath=true go>=1.23' },
    env,
    workspace
  })
  show(
    'job 2 · binary-fingerprint (expect goos=linux: the windows binary is a violation)',
    fingerprint
  )

  // The post step runs when the job ends.
  const save2 = await runPostStep(restore2, 'dist/cache-save/index.js')
  show('job 2 · cache save (post step)', save2)
  collectSummary('Job 2: a rerun, with the vulnerability gate, SARIF and fingerprints', save2)

  // Job 3: the fix lands (money v1.2.0 → v1.2.1), bumped and committed on a developer's
  // machine. The runner starts clean; the cache restores partially and says why.
  console.log('\n── a developer bumps example.test/money on their own machine and pushes')
  const developer = { ...developerMachine(), GOWORK: 'off', GOFLAGS: '-mod=mod' }
  for (const module of ['api', path.join('cmd', 'server')]) {
    go(developer, ['get', 'example.test/money@v1.2.1'], path.join(workspace, module))
    go(developer, ['mod', 'tidy'], path.join(workspace, module))
  }
  env = { ...machine('job3'), ...service.env, ...github }
  const restore3 = await runStep({
    runnerDir: jobRunnerDir('job3'),
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 3 · cache restore after bumping example.test/money', restore3)
  console.log('\n── job 3 · the build')
  go(env, ['build', '-o', path.join(binDir, 'server-linux-amd64'), './cmd/server'])
  const gate3 = await runStep({
    runnerDir: jobRunnerDir('job3'),
    entry: 'dist/govulncheck-gate/index.js',
    inputs: gateInputs,
    env,
    workspace
  })
  show('job 3 · govulncheck-gate after the fix', gate3)

  // The post step runs when the job ends.
  const save3 = await runPostStep(restore3, 'dist/cache-save/index.js')
  show('job 3 · cache save (post step)', save3)
  collectSummary('Job 3: after a dependency bump', save3)
} finally {
  await service.close()
  await githubApi.close()
  writeFileSync(path.join(outDir, 'summary.md'), `# go-ci-kit demo\n\n${summaries.join('\n')}`)
  removeTree(scratch)
  console.log(`\nJob summaries: ${path.relative(process.cwd(), path.join(outDir, 'summary.md'))}`)
}
