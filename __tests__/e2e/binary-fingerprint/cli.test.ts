import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmodSync, copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { describeIfTool, requireTool } from '../../helpers/tools.js'
import { repoRoot } from '../../harness/runner.js'
import { BUILDS, buildAll, goVersionM } from './fixtures.js'

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

function cli(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr })
      }
    )
  })
}

let root = ''
let out = ''

describeIfTool(['go1.23', 'go1.22'])('fingerprint CLI on real binaries', () => {
  beforeAll(async () => {
    ;({ root, outDir: out } = await buildAll())
  }, 600_000)
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  test.each(BUILDS.map(b => [b.out, b.go ?? '1.23'] as const))(
    '--go-version-m matches go version -m for %s',
    async (name, version) => {
      const ours = await cli(['fingerprint', '--go-version-m', name], out)
      expect(ours.stderr).toBe('')
      expect(ours.code).toBe(0)
      const theirs = await goVersionM(name === '' ? name : path.join(out, name), version as '1.23')
      expect(ours.stdout).toBe(theirs.replace(path.join(out, name), name))
    }
  )

  test('a universal binary reports every slice, each equal to go version -m of the slice', async () => {
    const ours = await cli(['fingerprint', '--go-version-m', 'darwin-universal'], out)
    expect(ours.code).toBe(0)
    const arm = (await goVersionM(path.join(out, 'darwin-arm64'))).split('\n').slice(1)
    const amd = (await goVersionM(path.join(out, 'darwin-amd64'))).split('\n').slice(1)
    const [first, ...rest] = ours.stdout.split('\n')
    expect(first).toMatch(/^darwin-universal \(arm64\): go1\.23/)
    const second = rest.findIndex(line => line.startsWith('darwin-universal (amd64): go1.23'))
    expect(rest.slice(0, second)).toEqual(arm.slice(0, -1))
    expect(rest.slice(second + 1)).toEqual(amd)
    const json = JSON.parse((await cli(['fingerprint', '--json', 'darwin-universal'], out)).stdout)
    expect(
      json.binaries[0].slices.map((s: { dimensions: { goarch: string } }) => s.dimensions.goarch)
    ).toEqual(['arm64', 'amd64'])
  })

  test('dimensions, warnings and the module graph of a cgo build with a replaced dep and -X', async () => {
    const { stdout, code } = await cli(['fingerprint', '--json', 'linux-amd64-cgo'], out)
    expect(code).toBe(0)
    const slice = JSON.parse(stdout).binaries[0].slices[0]
    expect(slice.dimensions).toMatchObject({
      goos: 'linux',
      goarch: 'amd64',
      archLevel: { key: 'GOAMD64', value: 'v1' },
      cgo: '1',
      targetSource: 'build settings'
    })
    expect(slice.deps[0]).toMatchObject({
      path: 'example.com/lib',
      replace: { path: '../lib', version: '(devel)' }
    })
    const warnings = slice.warnings.join('\n')
    expect(warnings).toMatch(/-trimpath/)
    expect(warnings).toMatch(/cgo is on/)
    expect(warnings).toMatch(/main\.version=1\.0/)
  })

  test('expect: every violation is listed and the exit code is 1', async () => {
    const pass = await cli(
      [
        'fingerprint',
        'linux-arm64',
        '--expect',
        'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
      ],
      out
    )
    expect(pass.code).toBe(0)
    const fail = await cli(
      [
        'fingerprint',
        'linux-amd64-go122',
        '--expect',
        'goarch=arm64 trimpath=true go>=1.23 goamd64=v1'
      ],
      out
    )
    expect(fail.code).toBe(1)
    expect(fail.stderr).toMatch(/goarch=arm64: goarch is amd64/)
    expect(fail.stderr).toMatch(/trimpath=true: trimpath is false/)
    expect(fail.stderr).toMatch(/go>=1\.23: Go version is go1\.22/)
    expect(fail.stderr).not.toMatch(/goamd64/)
  })

  test('reproducibility: -trimpath builds in different directories are identical', async () => {
    const r = await cli(
      ['fingerprint', 'linux-amd64-trim', '--compare-to', 'linux-amd64-trim-copy'],
      out
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/reproducible \(identical bytes\)/)
  })

  test('reproducibility: without -trimpath the builds differ and the report says why', async () => {
    const r = await cli(
      ['fingerprint', '--json', 'linux-amd64', '--compare-to', 'linux-amd64-copy'],
      out
    )
    expect(r.code).toBe(1)
    const b = JSON.parse(r.stdout).binaries[0]
    expect(b.comparison.classification).toBe('code or data differs')
    const names = b.comparison.sections.map((s: { section: string }) => s.section)
    expect(names).toContain('.gopclntab')
    expect(b.slices[0].warnings.join()).toMatch(/without -trimpath/)
  })

  test('reproducibility: a changed -X value differs in data sections', async () => {
    const r = await cli(
      ['fingerprint', '--json', 'linux-amd64-x2', '--compare-to', 'linux-amd64-trim'],
      out
    )
    expect(r.code).toBe(1)
    const c = JSON.parse(r.stdout).binaries[0].comparison
    expect(c.classification).toBe('code or data differs')
    const data = c.sections.filter((s: { meaning: string }) => s.meaning.startsWith('data'))
    expect(data.length).toBeGreaterThan(0)
  })

  test('reproducibility: two commits of the same code differ only in build ID / vcs stamping', async () => {
    const r = await cli(['fingerprint', '--json', 'vcs-2', '--compare-to', 'vcs-1'], out)
    const b = JSON.parse(r.stdout).binaries[0]
    expect(b.comparison.classification).toBe('only build ID / vcs stamping')
    expect(b.comparison.buildInfoDifferences.join('\n')).toMatch(
      /^vcs\.revision: [0-9a-f]{40} → [0-9a-f]{40}$/m
    )
    expect(b.slices[0].warnings.join('\n')).toMatch(/-buildvcs stamping: git revision/)
    const m = await cli(['fingerprint', '--go-version-m', 'vcs-2'], out)
    expect(m.stdout).toBe(
      (await goVersionM(path.join(out, 'vcs-2'))).replace(path.join(out, 'vcs-2'), 'vcs-2')
    )
  })

  test('compare-to an earlier manifest', async () => {
    const first = await cli(['fingerprint', '--json', 'linux-amd64-trim'], out)
    writeFileSync(path.join(root, 'manifest.json'), first.stdout)
    const again = await cli(
      ['fingerprint', 'linux-amd64-trim', '--compare-to', path.join(root, 'manifest.json')],
      out
    )
    expect(again.code).toBe(0)
    const other = await cli(
      [
        'fingerprint',
        '--json',
        'linux-amd64-trim-copy',
        '--compare-to',
        path.join(root, 'manifest.json')
      ],
      out
    )
    expect(JSON.parse(other.stdout).reproducible).toBe(true)
  })

  test('unreadable files: UPX, non-Go, random bytes, truncated', async () => {
    const upx = requireTool('upx')
    const packed = path.join(root, 'packed')
    await new Promise<void>((resolve, reject) =>
      execFile(upx, ['-q', '-o', packed, path.join(out, 'linux-amd64')], error =>
        error ? reject(error) : resolve()
      )
    )
    const u = await cli(['fingerprint', packed], root)
    expect(u.code).toBe(2)
    expect(u.stderr).toMatch(/packed with UPX; unpack first/)

    const ls = await cli(['fingerprint', '--go-version-m', '/bin/ls'], root)
    expect(ls.code).toBe(2)
    expect(ls.stderr).toBe(
      '/bin/ls: could not read Go build info from /bin/ls: not a Go executable\n'
    )

    writeFileSync(path.join(root, 'random'), randomBytes(4096))
    const r = await cli(['fingerprint', 'random'], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unrecognized file format/)

    const cut = path.join(root, 'truncated')
    copyFileSync(path.join(out, 'linux-amd64'), cut)
    chmodSync(cut, 0o755)
    truncateSync(cut, 4096)
    const t = await cli(['fingerprint', 'truncated'], root)
    expect(t.code).toBe(2)
    expect(t.stderr).toMatch(/truncated/)
    expect(readFileSync(cut).length).toBe(4096)
  })
})

describe('fingerprint CLI usage', () => {
  test('no files is a usage error', async () => {
    const r = await cli(['fingerprint'], repoRoot)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no FILE given/)
  })

  test('a directory or a missing file is a clear usage error', async () => {
    const dir = await cli(['fingerprint', 'src'], repoRoot)
    expect(dir.code).toBe(2)
    expect(dir.stderr).toMatch(/cannot open .*src: not a regular file/)
    const missing = await cli(['fingerprint', 'no-such-binary'], repoRoot)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no-such-binary: no such file/)
  })
})
