/**
 * `go-ci-kit key` and `go-ci-kit explain` as processes, the way scripts and the
 * replay bench call them: exit codes, one JSON document with --json, and the
 * module key working with no Go toolchain on PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { goEnv } from '../helpers/tools.js'
import { repoRoot, runStep } from '../harness/runner.js'

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
let root: string
let fakeGoBin: string
const NO_GO_PATH = '/nonexistent-go-ci-kit-bin'

function write(relative: string, text: string): string {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

function sum(modules: [string, string][]): string {
  return modules
    .map(([p, v]) => `${p} ${v} h1:${p}${v}=\n${p} ${v}/go.mod h1:${p}${v}mod=\n`)
    .join('')
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { HOME: os.homedir(), PATH: NO_GO_PATH, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ...env }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function json(stdout: string): Record<string, unknown> {
  // Exactly one document: JSON.parse fails on anything around it.
  return JSON.parse(stdout) as Record<string, unknown>
}

function fakeGo(
  dir: string,
  goVersion: string,
  goarch = 'amd64',
  extra: Record<string, string> = {}
): string {
  const bin = path.join(root, dir)
  mkdirSync(bin, { recursive: true })
  const env = {
    GOVERSION: goVersion,
    GOOS: 'linux',
    GOARCH: goarch,
    CGO_ENABLED: '0',
    GOFLAGS: '',
    GOMODCACHE: '/tmp/gomodcache',
    GOCACHE: '/tmp/gocache',
    ...extra
  }
  // printf is a shell builtin: PATH holds only this directory.
  writeFileSync(path.join(bin, 'go'), `#!/bin/sh\nprintf '%s\\n' '${JSON.stringify(env)}'\n`)
  chmodSync(path.join(bin, 'go'), 0o755)
  return bin
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: run \`node scripts/bundle.mjs cli\` first`)
  root = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-cli-cache-'))
  // Only dependency files, as the replay bench hands them over.
  write('repo/go.work', 'go 1.23\n\nuse (\n\t./api\n\t./tools\n)\n')
  write('repo/go.work.sum', sum([['w.com/w', 'v0.1.0']]))
  write('repo/api/go.mod', 'module example.com/api\n\ngo 1.23\n')
  write(
    'repo/api/go.sum',
    sum([
      ['golang.org/x/net', 'v0.25.0'],
      ['golang.org/x/text', 'v0.15.0']
    ])
  )
  write('repo/tools/go.mod', 'module example.com/tools\n\ngo 1.23\n')
  write('repo/tools/go.sum', sum([['honnef.co/go/tools', 'v0.5.0']]))
  fakeGoBin = fakeGo('bin-go123', 'go1.23.4')
})

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('go-ci-kit key', () => {
  it('prints the module key on the last stdout line with no Go on PATH', () => {
    const result = run(['key', '--dir', 'repo'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n').pop()).toMatch(/^go-mod-Linux-d[0-9a-f]{16}$/)
  })

  it('prints one JSON document with key, restoreKeys and components', () => {
    const result = run(['key', '--dir', 'repo', '--cache', 'mod', '--json', '--prefix', 'ci'])
    expect(result.code).toBe(0)
    const doc = json(result.stdout)
    expect(doc.key).toMatch(/^ci-mod-Linux-d[0-9a-f]{16}$/)
    expect(doc.restoreKeys).toEqual(['ci-mod-Linux-'])
    expect(doc.needed).toBe(true)
    const components = doc.components as { goSums: { path: string }[]; goWork: { uses: string[] } }
    expect(components.goSums.map(file => file.path)).toEqual([
      'api/go.sum',
      'tools/go.sum',
      'go.work.sum'
    ])
    expect(components.goWork.uses).toEqual(['api', 'tools'])
  })

  it('exits 2 with a clear message for --cache build without go on PATH', () => {
    const result = run(['key', '--dir', 'repo', '--cache', 'build'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /--cache build needs the go command, and it is not on PATH\. Fix: install Go/
    )
    const withJson = run(['key', '--dir', 'repo', '--cache', 'build', '--json'])
    expect(withJson.code).toBe(2)
    expect(json(withJson.stdout)).toEqual({
      error: { message: expect.stringMatching(/needs the go command/), kind: 'configuration' }
    })
  })

  it('keys the build cache from `go env -json`, with distinct matrix legs', () => {
    const env = { PATH: fakeGoBin }
    const amd = run(
      ['key', '--dir', 'repo', '--cache', 'build', '--matrix', '{"goarch":"amd64"}', '--json'],
      env
    )
    const arm = run(
      ['key', '--dir', 'repo', '--cache', 'build', '--matrix', '{"goarch":"arm64"}', '--json'],
      env
    )
    expect(amd.code).toBe(0)
    expect(amd.stderr).toBe('')
    const amdKey = json(amd.stdout).key as string
    expect(amdKey).toMatch(
      /^go-build-Linux-X64-go1\.23\.4-linux-amd64-t[0-9a-f]{16}-m[0-9a-f]{16}-d[0-9a-f]{16}$/
    )
    expect(json(arm.stdout).key).not.toBe(amdKey)
    expect(json(amd.stdout).paths).toEqual(['/tmp/gocache'])
  })

  it('records the C compiler version when cgo is on', () => {
    const cc = path.join(root, 'bin-cc', 'fake-cc')
    mkdirSync(path.dirname(cc), { recursive: true })
    writeFileSync(cc, "#!/bin/sh\nprintf 'fake-cc 13.2.0\\nCopyright\\n'\n")
    chmodSync(cc, 0o755)
    const bin = fakeGo('bin-go-cgo', 'go1.23.4', 'amd64', { CGO_ENABLED: '1', CC: cc })
    const result = run(['key', '--dir', 'repo', '--cache', 'build', '--json'], { PATH: bin })
    expect(result.code).toBe(0)
    const toolchain = (json(result.stdout).components as { toolchain: Record<string, string> })
      .toolchain
    expect(toolchain).toMatchObject({ CGO_ENABLED: '1', CC: cc, CCVersion: 'fake-cc 13.2.0' })
  })

  it('exits 2 naming file:line for a malformed go.sum and for a use of a missing directory', () => {
    write('bad-sum/go.mod', 'module m\ngo 1.22\n')
    write('bad-sum/go.sum', sum([['a.com/a', 'v1.0.0']]) + 'a.com/b v1.0.0\n')
    const badSum = run(['key', '--dir', 'bad-sum'])
    expect(badSum.code).toBe(2)
    expect(badSum.stderr).toMatch(/^go-ci-kit: go\.sum:3: malformed go\.sum line/)
    write('bad-work/go.work', 'go 1.23\nuse ./gone\n')
    const badWork = run(['key', '--dir', 'bad-work', '--json'])
    expect(badWork.code).toBe(2)
    expect((json(badWork.stdout).error as { message: string }).message).toMatch(
      /^go\.work:2: use \.\/gone: directory gone does not exist/
    )
  })

  it('rejects an unknown --cache and bad --matrix JSON with exit 2', () => {
    expect(run(['key', '--dir', 'repo', '--cache', 'nope']).code).toBe(2)
    const matrix = run(['key', '--dir', 'repo', '--matrix', '{x'])
    expect(matrix.code).toBe(2)
    expect(matrix.stderr).toMatch(/--matrix: not valid JSON/)
  })

  it('documents every option and exit code in --help', () => {
    const result = run(['key', '--help'])
    expect(result.code).toBe(0)
    for (const option of [
      '--dir',
      '--cache',
      '--prefix',
      '--matrix',
      '--key-files',
      '--json',
      'Exit codes'
    ]) {
      expect(result.stdout).toContain(option)
    }
  })
})

describe('go-ci-kit key finds the go.work the go command uses', () => {
  it('uses a go.work in a parent of --dir, with or without Go on PATH', () => {
    // Before: the search stopped at --dir (the repo root outside Actions).
    const withoutGo = run(['key', '--dir', 'repo/api', '--json'])
    expect(withoutGo.code).toBe(0)
    const components = json(withoutGo.stdout).components as { goWork?: { file: { path: string } } }
    expect(components.goWork?.file.path).toBe('../go.work')
    const env = goEnv('1.27')
    const withGo = run(['key', '--dir', 'repo/api', '--json'], { PATH: env.PATH ?? '' })
    expect(withGo.code).toBe(0)
    expect(json(withGo.stdout).key).toBe(json(withoutGo.stdout).key)
  })

  it('follows `go env GOWORK`, which sees a GOWORK set with `go env -w`', () => {
    // Before: only $GOWORK was read, so the GOENV file's GOWORK was ignored.
    const alt = write('repo/alt.work', 'go 1.23\n\nuse ./tools\n')
    const goenvFile = write('goenv', `GOWORK=${alt}\n`)
    const env = goEnv('1.27', { GOENV: goenvFile })
    const result = run(['key', '--dir', 'repo/api', '--json'], {
      PATH: env.PATH ?? '',
      GOENV: goenvFile,
      GOTOOLCHAIN: 'local',
      GOCACHE: env.GOCACHE ?? '',
      GOPATH: env.GOPATH ?? ''
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const components = json(result.stdout).components as {
      goWork?: { file: { path: string }; uses: string[] }
    }
    expect(components.goWork?.file.path).toBe('../alt.work')
    expect(components.goWork?.uses).toEqual(['../tools'])
  })
})

describe('go-ci-kit key run from a subdirectory of a go.work workspace', () => {
  it('gets the keys the action computes for that working directory', async () => {
    // Before: outside Actions the CLI took the subdirectory as the repository root, so the
    // build key was made of ../go.work and ../tools/go.mod and differed from the action's.
    write('checkout/.git/HEAD', 'ref: refs/heads/main\n')
    write('checkout/go.work', 'go 1.23\n\nuse (\n\t./api\n\t./tools\n)\n')
    write('checkout/api/go.mod', 'module example.com/api\n\ngo 1.23\n')
    write('checkout/api/go.sum', sum([['golang.org/x/net', 'v0.25.0']]))
    write('checkout/tools/go.mod', 'module example.com/tools\n\ngo 1.23\n')
    write('checkout/tools/go.sum', sum([['honnef.co/go/tools', 'v0.5.0']]))
    const checkout = path.join(root, 'checkout')
    const go = goEnv('1.27', {
      GOCACHE: path.join(root, 'checkout-gocache'),
      GOMODCACHE: path.join(root, 'checkout-gomodcache')
    })
    const goVariables: Record<string, string> = {}
    for (const name of ['PATH', 'GOTOOLCHAIN', 'GOFLAGS', 'GOPROXY', 'GOSUMDB', 'GOTELEMETRY']) {
      goVariables[name] = go[name] ?? ''
    }
    for (const name of ['GOPATH', 'GOCACHE', 'GOMODCACHE']) goVariables[name] = go[name] ?? ''
    const action = await runStep({
      entry: 'dist/cache-restore/index.js',
      workspace: checkout,
      inputs: { 'working-directory': 'api' },
      env: goVariables
    })
    expect(action.exitCode).toBe(0)
    expect(action.outputs['build-key']).toMatch(/^go-build-Linux-X64-go1\.27/)
    for (const cache of ['mod', 'build']) {
      const result = spawnSync(process.execPath, [cli, 'key', '--cache', cache, '--json'], {
        cwd: path.join(checkout, 'api'),
        encoding: 'utf8',
        env: { HOME: os.homedir(), RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ...goVariables }
      })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      const doc = json(result.stdout)
      expect(doc.key).toBe(action.outputs[`${cache}-key`])
      expect((doc.components as { goWork?: { file: { path: string } } }).goWork?.file.path).toBe(
        'go.work'
      )
    }
  })
})

describe('go-ci-kit explain', () => {
  it('explains a go.sum bump as a partial restore with every changed module', () => {
    const before = run(['key', '--dir', 'repo', '--json'])
    write('previous.json', before.stdout)
    write(
      'repo/api/go.sum',
      sum([
        ['golang.org/x/net', 'v0.26.0'],
        ['golang.org/x/text', 'v0.16.0'],
        ['new.com/n', 'v1.0.0']
      ])
    )
    const result = run(['explain', '--previous', 'previous.json', '--dir', 'repo', '--json'])
    expect(result.code).toBe(0)
    const doc = json(result.stdout)
    expect(doc.hitKind).toBe('partial')
    expect(doc.reasons).toEqual(['deps-changed'])
    expect(doc.modules).toEqual({
      added: ['new.com/n@v1.0.0'],
      removed: [],
      changed: [
        { path: 'golang.org/x/net', from: 'v0.25.0', to: 'v0.26.0' },
        { path: 'golang.org/x/text', from: 'v0.15.0', to: 'v0.16.0' }
      ]
    })
    expect(doc.detail).toBe('golang.org/x/net v0.25.0 → v0.26.0 and 2 more in ./api/go.sum')
    const text = run(['explain', '--previous', 'previous.json', '--dir', 'repo'])
    expect(text.stdout).toMatch(/^hit-kind: partial\nreasons: deps-changed\n/)
  })

  it('says exact when nothing changed', () => {
    write('now.json', run(['key', '--dir', 'repo', '--json']).stdout)
    const doc = json(run(['explain', '--previous', 'now.json', '--dir', 'repo', '--json']).stdout)
    expect(doc.hitKind).toBe('exact')
    expect(doc.reasons).toEqual([])
  })

  it('calls a Go upgrade a toolchain-changed miss for the build cache', () => {
    const old = run(['key', '--dir', 'repo', '--cache', 'build', '--json'], {
      PATH: fakeGo('bin-go122', 'go1.22.9')
    })
    write('build-previous.json', old.stdout)
    const result = run(
      [
        'explain',
        '--previous',
        'build-previous.json',
        '--dir',
        'repo',
        '--cache',
        'build',
        '--json'
      ],
      {
        PATH: fakeGoBin
      }
    )
    expect(result.code).toBe(0)
    const doc = json(result.stdout)
    expect(doc.hitKind).toBe('miss')
    expect(doc.reasons).toEqual(['toolchain-changed'])
    expect(doc.detail).toBe('Go 1.22.9 → 1.23.4')
  })

  it('exits 2 for a missing or damaged --previous file', () => {
    expect(run(['explain', '--dir', 'repo']).code).toBe(2)
    expect(run(['explain', '--previous', 'nope.json', '--dir', 'repo']).stderr).toMatch(
      /cannot read --previous nope\.json/
    )
    write('damaged.json', '{"components": {"schema": 1')
    const damaged = run(['explain', '--previous', 'damaged.json', '--dir', 'repo', '--json'])
    expect(damaged.code).toBe(2)
    expect((json(damaged.stdout).error as { message: string }).message).toMatch(
      /^damaged\.json: not valid JSON/
    )
  })
})
