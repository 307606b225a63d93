/**
 * `npm run demo`: the suite's main job on examples/workspace, run the way a
 * workflow run would run it. Every action's built bundle runs as a child
 * process with INPUT_* and file commands (the test harness), against a local
 * cache service backed by Azurite, the offline module proxy and vuln DB in
 * examples/. Prints each step's outputs and annotations; writes the job
 * summaries to demo-out/summary.md.
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService } from '../__tests__/harness/cache-server.js'
import { repoRoot, runPostStep, runStep, type StepResult } from '../__tests__/harness/runner.js'
import { writeExampleProxy } from './example-proxy.js'

const tools = path.join(repoRoot, '.tools')
const go123 = path.join(tools, 'go1.23', 'bin')
const go122 = path.join(tools, 'go1.22', 'bin')
if (!existsSync(path.join(go123, 'go')) || !existsSync(path.join(tools, 'bin', 'govulncheck'))) {
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

/**
 * One runner machine per job: the same HOME path each time (as on hosted
 * runners, where cache paths match across jobs) but emptied when a new job
 * starts, so each job begins with empty Go caches.
 */
let currentJob = ''
function machine(name: string, goBin: string): Record<string, string> {
  const home = path.join(scratch, 'home', 'runner')
  if (name !== currentJob && existsSync(home)) removeTree(home)
  currentJob = name
  mkdirSync(home, { recursive: true })
  return {
    HOME: home,
    PATH: `${goBin}:${path.join(tools, 'bin')}:${process.env.PATH}`,
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

function show(title: string, result: StepResult): void {
  console.log(`\n━━ ${title} (exit ${result.exitCode})`)
  for (const [name, value] of Object.entries(result.outputs)) {
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

function collectSummary(title: string, result: StepResult): void {
  if (result.summary.trim()) summaries.push(`## ${title}\n\n${result.summary.trim()}\n`)
}

function go(env: Record<string, string>, args: string[], cwd = workspace): void {
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
try {
  const matrix = JSON.stringify({ goos: 'linux', goarch: 'amd64' })
  const cacheInputs = { 'working-directory': '.', matrix }

  // Job 1: a cold cache. Restore misses, the build fills the caches, the post step saves them.
  let env = { ...machine('job1', go123), ...service.env }
  const restore1 = await runStep({
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 1 · cache restore (first run)', restore1)
  const binDir = path.join(scratch, 'bin')
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
  collectSummary('Job 1: cache', save1)

  // Job 2: the same commit again on a fresh machine: both caches hit exactly, nothing is saved.
  env = { ...machine('job2', go123), ...service.env }
  const restore2 = await runStep({
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 2 · cache restore (rerun)', restore2)
  const save2 = await runPostStep(restore2, 'dist/cache-save/index.js')
  show('job 2 · cache save (post step)', save2)

  // The vulnerability gate (govulncheck 1.0.4 needs Go 1.22), then its SARIF as annotations.
  env = { ...machine('job2', go122) }
  const gate = await runStep({
    entry: 'dist/govulncheck-gate/index.js',
    inputs: {
      'working-directory': '.',
      packages: './api/... ./cmd/server/...',
      db: vulnDb,
      'fail-on': 'called'
    },
    env,
    workspace
  })
  show('govulncheck-gate (fail-on: called)', gate)
  collectSummary('Vulnerability gate', gate)

  if (gate.outputs['sarif-file']) {
    const sarif = await runStep({
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
    show('sarif-upload (annotate only)', sarif)
    collectSummary('SARIF', sarif)
  }

  const fingerprint = await runStep({
    entry: 'dist/binary-fingerprint/index.js',
    inputs: { paths: `${binDir}/*`, expect: 'goos=linux cgo=0 trimpath=true go>=1.23' },
    env,
    workspace
  })
  show('binary-fingerprint (expect goos=linux: the windows binary is a violation)', fingerprint)
  collectSummary('Binary fingerprints', fingerprint)

  // Job 3: the fix lands (money v1.2.0 → v1.2.1). The cache restores partially and says why.
  env = { ...machine('job3', go123), ...service.env }
  go(
    { ...env, GOWORK: 'off', GOFLAGS: '-mod=mod' },
    ['get', 'example.test/money@v1.2.1'],
    path.join(workspace, 'api')
  )
  go(
    { ...env, GOWORK: 'off', GOFLAGS: '-mod=mod' },
    ['get', 'example.test/money@v1.2.1'],
    path.join(workspace, 'cmd', 'server')
  )
  const restore3 = await runStep({
    entry: 'dist/cache-restore/index.js',
    inputs: cacheInputs,
    env,
    workspace
  })
  show('job 3 · cache restore after bumping example.test/money', restore3)
  go(env, ['build', '-o', path.join(binDir, 'server-linux-amd64'), './cmd/server'])
  const save3 = await runPostStep(restore3, 'dist/cache-save/index.js')
  show('job 3 · cache save (post step)', save3)
  collectSummary('Job 3: cache after a dependency bump', save3)

  const gate3 = await runStep({
    entry: 'dist/govulncheck-gate/index.js',
    inputs: {
      'working-directory': '.',
      packages: './api/... ./cmd/server/...',
      db: vulnDb,
      'fail-on': 'called'
    },
    env: { ...machine('job3', go122) },
    workspace
  })
  show('govulncheck-gate after the fix', gate3)
  collectSummary('Vulnerability gate after the fix', gate3)
} finally {
  await service.close()
  writeFileSync(path.join(outDir, 'summary.md'), `# go-ci-kit demo\n\n${summaries.join('\n')}`)
  removeTree(scratch)
  console.log(`\nJob summaries: ${path.relative(process.cwd(), path.join(outDir, 'summary.md'))}`)
}
