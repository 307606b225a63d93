/**
 * The cache action on workspaces far larger than the other tests': a
 * 10,000-module go.work whose `components` output is over GitHub's 1 MB limit
 * for an output, and a 600-module go.work read under a 256 open-file limit
 * (as on self-hosted runners with a low `ulimit -n`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { describeStep, repoRoot, runPostStep, runStep } from '../../harness/runner.js'

let root: string
let service: CacheService

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-large-'))
  service = await startCacheService({ blob: 'builtin' })
})

afterAll(async () => {
  await service?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

const h1 = (text: string) => `h1:${createHash('sha256').update(text).digest('base64')}`

/** A go.work using `count` modules, each with a go.mod and a go.sum pinning its own dependency. */
function generateWorkspace(name: string, count: number): string {
  const workspace = path.join(root, name)
  const uses: string[] = []
  for (let i = 0; i < count; i++) {
    const id = String(i).padStart(5, '0')
    const dir = path.join(workspace, 'mods', `m${id}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), `module example.com/m${id}\n\ngo 1.22\n`)
    writeFileSync(
      path.join(dir, 'go.sum'),
      `example.com/dep${id} v1.0.${i} ${h1(`zip ${id}`)}\n` +
        `example.com/dep${id} v1.0.${i}/go.mod ${h1(`mod ${id}`)}\n`
    )
    uses.push(`\t./mods/m${id}`)
  }
  writeFileSync(path.join(workspace, 'go.work'), `go 1.22\n\nuse (\n${uses.join('\n')}\n)\n`)
  return workspace
}

/** A runner machine with its own module cache, and the local cache service. */
function machineEnv(name: string): Record<string, string> {
  const home = path.join(root, `home-${name}`)
  mkdirSync(home, { recursive: true })
  return {
    ...service.env,
    HOME: home,
    GOMODCACHE: path.join(home, 'go', 'pkg', 'mod'),
    GOFLAGS: '',
    GOWORK: ''
  }
}

describe('cache action on large workspaces', () => {
  it('cuts a components output over 1 MB with a marker and outputs the file with all of it', async () => {
    const workspace = generateWorkspace('ten-thousand', 10_000)
    const main = await runStep({
      entry: 'dist/cache-restore/index.js',
      inputs: { cache: 'mod', prefix: 'large' },
      env: machineEnv('large'),
      workspace,
      timeoutMs: 600_000
    })
    expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
    const components = main.outputs.components ?? ''
    expect(Buffer.byteLength(components)).toBeLessThanOrEqual(1_000_000)
    expect(components).toMatch(
      /\n\[go-ci-kit: output components cut at 1000000 of \d+ bytes \(GitHub's limit is 1 MB\); the full value is in .+components\.txt, also named by output components-file\]$/
    )
    const file = main.outputs['components-file'] ?? ''
    expect(existsSync(file)).toBe(true)
    const full = JSON.parse(readFileSync(file, 'utf8')) as { goSums: unknown[]; goMods: unknown[] }
    expect([full.goMods.length, full.goSums.length]).toEqual([10_000, 10_000])
    expect(main.warnings.map(warning => warning.message)).toEqual([
      expect.stringMatching(/^Output components is \d+ bytes, over GitHub's 1 MB limit/)
    ])
    // Every output of the step stays under the limit.
    for (const value of Object.values(main.outputs))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(1_000_000)
  })

  it('reads 600 modules under a 256 open-file limit with nothing left out of the key', async () => {
    const workspace = generateWorkspace('six-hundred', 600)
    // The harness runs `node <entry>`; this entry lowers the limit, then runs the bundle.
    const limited = (bundle: string) => {
      const wrapper = path.join(root, `ulimit-${path.basename(path.dirname(bundle))}.mjs`)
      writeFileSync(
        wrapper,
        [
          "import { spawnSync } from 'node:child_process'",
          `const bundle = ${JSON.stringify(path.join(repoRoot, bundle))}`,
          "const child = spawnSync('bash', ['-c', 'ulimit -n 256; exec \"$0\" \"$1\"', process.execPath, bundle], { stdio: 'inherit' })",
          'process.exit(child.status ?? 1)'
        ].join('\n')
      )
      return wrapper
    }
    const main = await runStep({
      entry: limited('dist/cache-restore/index.js'),
      inputs: { cache: 'mod', prefix: 'ulimit', 'module-cache': 'archive' },
      env: machineEnv('ulimit'),
      workspace,
      timeoutMs: 300_000
    })
    expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
    expect([main.warnings, main.errors]).toEqual([[], []])
    expect(main.outputs['mod-miss-reason']).toBe('first-run')
    const components = JSON.parse(main.outputs.components ?? '{}') as {
      goSums: { path: string }[]
      goMods: unknown[]
      moduleSet: string[]
    }
    expect([components.goMods.length, components.goSums.length]).toEqual([600, 600])
    expect(components.moduleSet).toHaveLength(1200)
    // The job downloads every module version its go.sum files pin (`go mod download`).
    const modCache = machineEnv('ulimit').GOMODCACHE
    for (let i = 0; i < 600; i++) {
      const id = String(i).padStart(5, '0')
      const download = path.join(modCache, 'cache', 'download', 'example.com', `dep${id}`, '@v')
      mkdirSync(download, { recursive: true })
      for (const ext of ['info', 'mod', 'zip', 'ziphash'])
        writeFileSync(path.join(download, `v1.0.${i}.${ext}`), `${ext} ${id}\n`)
      const extracted = path.join(modCache, 'example.com', `dep${id}@v1.0.${i}`)
      mkdirSync(extracted, { recursive: true })
      writeFileSync(path.join(extracted, 'go.mod'), `module example.com/dep${id}\n`)
    }
    const post = await runPostStep(main, limited('dist/cache-save/index.js'))
    expect([post.exitCode, describeStep(post)]).toEqual([0, expect.any(String)])
    expect([post.warnings, post.errors]).toEqual([[], []])
    // All 600 zips and 600 go.mod files are seen as new, and saved.
    expect(post.stdout).toMatch(/module cache: 1200 new module versions/)
    expect(post.stdout).toMatch(/module cache: saved ulimit-mod-/)
  })
})
