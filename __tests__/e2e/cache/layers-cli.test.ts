/**
 * `go-ci-kit cache plan restore|save` through the built CLI: the plan protocol
 * of ../shared/bench/replay.py (--plan-cmd), its errors, and a replay of the
 * last commits of the shared corpus driving the real planner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
// shared/ sits beside the clone; a worktree under wt/ finds it one level up.
const shared = [
  path.resolve(repoRoot, '..', 'shared'),
  path.resolve(repoRoot, '..', '..', 'shared')
]
  .map(dir => path.join(dir, 'bench', 'replay.py'))
  .find(file => existsSync(file))
// shared/ is not part of the repository: CI lays it beside the clone, a bare `git clone` has none.
const withShared = shared
  ? it
  : (name: string, fn: () => void) =>
      it.skip(`${name} (skipped: no shared/ beside this checkout)`, fn)
let root: string

function write(relative: string, text: string): void {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

function sum(modules: [string, string][]): string {
  return modules
    .map(([p, v]) => `${p} ${v} h1:${p}${v}=\n${p} ${v}/go.mod h1:${p}${v}mod=\n`)
    .join('')
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { HOME: os.homedir(), PATH: '/nonexistent-go-ci-kit-bin', RUNNER_OS: 'Linux' }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

type Lookup = { layer: string; key: string; restoreKeys: string[]; subtree: string }
type Save = { layer: string; key: string; modules: string[]; goMods: string[]; subtree: string }

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node scripts/bundle.mjs cli\``)
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-layers-e2e-'))
  write('go.work', 'go 1.23\n\nuse (\n\t./api\n\t./svc\n)\n')
  write('api/go.mod', 'module example.com/api\n\ngo 1.23\n\nrequire golang.org/x/net v0.25.0\n')
  write('api/go.sum', sum([['golang.org/x/net', 'v0.25.0']]))
  write('svc/go.mod', 'module example.com/svc\n\ngo 1.23\n\nrequire golang.org/x/sys v0.20.0\n')
  write(
    'svc/go.sum',
    sum([['golang.org/x/sys', 'v0.20.0']]) + 'golang.org/x/text v0.14.0/go.mod h1:text=\n'
  )
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('cache plan (layered module cache) through the built CLI', () => {
  it('restore prints one JSON document: the base lookup, then the delta lookup', () => {
    const result = run(['cache', 'plan', 'restore', '--dir', '.', '--io', 'unused.json'])
    expect(result.code).toBe(0)
    const { lookups } = JSON.parse(result.stdout) as { lookups: Lookup[] }
    expect(lookups.map(lookup => lookup.layer)).toEqual(['base', 'delta'])
    expect(lookups[0].key).toMatch(/^go-modbase-Linux-d[0-9a-f]{16}$/)
    expect(lookups[0].restoreKeys).toEqual(['go-modbase-Linux-'])
    expect(lookups[1].key).toMatch(/^go-moddelta-Linux-d[0-9a-f]{16}-b[0-9a-f]{16}$/)
    expect(lookups[1].restoreKeys[1]).toBe('go-moddelta-Linux-')
    expect(lookups.every(lookup => lookup.subtree === 'cache/download')).toBe(true)
    // The layers' set digits are the archive key's module digits.
    const key = run(['key', '--dir', '.']).stdout.trim()
    expect(lookups[0].key.slice(-17)).toBe(key.slice(-17))
  })

  it('save on a first run saves the whole set as a base; the next run saves a delta of a bump', () => {
    writeFileSync(
      path.join(root, 'io.json'),
      JSON.stringify({
        restored: [
          { key: null, kind: 'miss', modules: [] },
          { key: null, kind: 'miss', modules: [] }
        ],
        downloaded: ['golang.org/x/net@v0.25.0', 'golang.org/x/sys@v0.20.0']
      })
    )
    const first = run(['cache', 'plan', 'save', '--dir', '.', '--io', 'io.json'])
    expect(first.code).toBe(0)
    const plan = JSON.parse(first.stdout) as { saves: Save[]; decision: string }
    expect(plan.decision).toBe('first-base')
    expect(plan.saves[0]).toMatchObject({
      layer: 'base',
      modules: ['golang.org/x/net@v0.25.0', 'golang.org/x/sys@v0.20.0'],
      goMods: ['golang.org/x/text@v0.14.0'],
      subtree: 'cache/download'
    })
    const base = plan.saves[0]

    // Bump x/net: the base lacks one version, 50% of it, over the fraction unless raised.
    write('api/go.sum', sum([['golang.org/x/net', 'v0.26.0']]))
    writeFileSync(
      path.join(root, 'io2.json'),
      JSON.stringify({
        restored: [
          { key: base.key, kind: 'partial', modules: base.modules },
          { key: null, kind: 'miss', modules: [] }
        ],
        downloaded: ['golang.org/x/net@v0.26.0']
      })
    )
    const args = ['cache', 'plan', 'save', '--dir', '.', '--io', 'io2.json']
    const delta = JSON.parse(run([...args, '--refresh-fraction', '0.6']).stdout) as {
      saves: Save[]
      decision: string
      deltaFraction: number
    }
    expect(delta.decision).toBe('delta')
    expect(delta.deltaFraction).toBe(0.5)
    expect(delta.saves).toHaveLength(1)
    expect(delta.saves[0].modules).toEqual(['golang.org/x/net@v0.26.0'])
    expect(delta.saves[0].key).toMatch(new RegExp(`-b${base.key.slice(-16)}$`))
    const rebase = JSON.parse(run(args).stdout) as { decision: string }
    expect(rebase.decision).toBe('rebase')
    write('api/go.sum', sum([['golang.org/x/net', 'v0.25.0']]))
  })

  it('names the --io file and the JSON pointer of a bad entry, on one line, exit 2', () => {
    writeFileSync(
      path.join(root, 'bad.json'),
      JSON.stringify({ restored: [{ key: 'k', modules: ['ok@v1', 42] }, { key: null }] })
    )
    const bad = run(['cache', 'plan', 'save', '--dir', '.', '--io', 'bad.json'])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toContain(`${path.join(root, 'bad.json')}: /restored/0/modules/1:`)

    const missing = run(['cache', 'plan', 'save', '--dir', '.', '--io', 'nope.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json')

    const count = run(['cache', 'plan', 'save', '--dir', '.', '--io', 'io.json', '--json'])
    expect(count.code).toBe(0)
    writeFileSync(path.join(root, 'one.json'), JSON.stringify({ restored: [] }))
    const short = run(['cache', 'plan', 'save', '--dir', '.', '--io', 'one.json'])
    expect(short.code).toBe(2)
    expect(short.stderr).toContain('/restored: expected 2 items')
  })

  it('rejects a wrong phase, a missing --io and a bad fraction with exit 2; --help lists exit codes', () => {
    for (const args of [
      ['cache', 'plan', 'upload', '--dir', '.'],
      ['cache', 'plan', 'save', '--dir', '.'],
      ['cache', 'plan', 'restore', '--dir', '.', '--refresh-fraction=-1']
    ]) {
      const result = run(args)
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
    const help = run(['cache', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes:')
    expect(help.stdout).toContain('--refresh-fraction')
  })

  withShared('drives replay.py --plan-cmd over the last commits of the shared corpus', () => {
    if (!shared) throw new Error('../shared/bench/replay.py is missing (shared/ beside the clone)')
    const corpus = path.join(
      path.dirname(shared),
      '..',
      'corpus',
      'opentelemetry-go-contrib.jsonl.gz'
    )
    const out = path.join(root, 'replay.json')
    const result = spawnSync(
      'python3',
      [
        shared,
        '--corpus',
        corpus,
        '--commits',
        '5',
        '--plan-cmd',
        `${process.execPath} ${cli} cache plan {phase} --dir {dir} --io {io}`,
        '--json',
        out
      ],
      { encoding: 'utf8' }
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const data = JSON.parse(readFileSync(out, 'utf8')) as {
      floor_downloads: number
      strategies: Record<string, Record<string, number>>
    }
    const plan = data.strategies['project-plan']
    expect(plan.runs).toBe(5)
    expect(plan.lookups).toBe(10)
    // The first run saves a base (and its empty delta); nothing is downloaded twice.
    expect(plan.saves).toBeGreaterThanOrEqual(2)
    expect(plan.downloads).toBeLessThanOrEqual(data.floor_downloads)
    expect(plan.saved_entries_total).toBeLessThan(data.strategies.recipe.saved_entries_total)
  })
})
