import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, cpSync, mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { discoverComponents, planModKey, type KeyOptions } from '../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import {
  DOCKER_CLI_FIXTURE,
  goMod,
  goSum,
  removeDir,
  tempDir,
  testLogger,
  writeTree
} from './fixtures.js'

let root: string
beforeEach(() => {
  root = tempDir('discover')
})
afterEach(() => removeDir(root))

function options(extra: Partial<KeyOptions> = {}): KeyOptions {
  return { dir: root, repoRoot: root, os: 'Linux', ...extra }
}

async function rejection(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('discoverComponents without go.work', () => {
  it('finds every go.mod, skipping vendor, testdata, node_modules, dot and underscore dirs', async () => {
    writeTree(root, {
      'go.mod': goMod('example.com/root', '1.22'),
      'go.sum': goSum([['a.com/a', 'v1.0.0']]),
      'api/go.mod': goMod('example.com/api', '1.22'),
      'api/go.sum': goSum([['b.com/b', 'v2.0.0']]),
      'api/internal/deep/go.mod': goMod('example.com/deep', '1.22'),
      'vendor/x/go.mod': 'module x\n',
      'testdata/go.mod': 'module t\n',
      'node_modules/n/go.mod': 'module n\n',
      '.git/go.mod': 'module g\n',
      '_build/go.mod': 'module b\n',
      'api/testdata/go.sum': 'garbage that would fail parsing\n'
    })
    const components = await discoverComponents(options())
    expect(components.goMods.map(file => file.path)).toEqual([
      'go.mod',
      'api/go.mod',
      'api/internal/deep/go.mod'
    ])
    expect(components.goSums.map(file => file.path)).toEqual(['go.sum', 'api/go.sum'])
    expect(components.moduleSet).toEqual([
      'a.com/a@v1.0.0',
      'a.com/a@v1.0.0/go.mod',
      'b.com/b@v2.0.0',
      'b.com/b@v2.0.0/go.mod'
    ])
    expect(components.workDir).toBe('.')
    expect(components.goWork).toBeUndefined()
    // The root has a vendor/ directory and no requirements: the go command would use vendor mode there.
    expect(components.vendor?.vendorMode).toBe(false)
    expect(components.vendor?.reason).toBe(
      '1 of 3 modules build in vendor mode; 2 use the module cache (./api: no vendor directory)'
    )
  })

  it('makes paths relative to the repository root', async () => {
    writeTree(root, {
      'svc/go.mod': goMod('example.com/svc', '1.22'),
      'svc/go.sum': goSum([['a.com/a', 'v1.0.0']])
    })
    const components = await discoverComponents(options({ dir: path.join(root, 'svc') }))
    expect(components.workDir).toBe('svc')
    expect(components.goSums).toEqual([
      { path: 'svc/go.sum', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }
    ])
  })

  it('gives CRLF and LF checkouts the same digests', async () => {
    const sum = goSum([
      ['a.com/a', 'v1.0.0'],
      ['b.com/b', 'v1.2.3']
    ])
    writeTree(root, { 'lf/go.mod': goMod('m', '1.22'), 'lf/go.sum': sum })
    writeTree(root, {
      'crlf/go.mod': goMod('m', '1.22').replace(/\n/g, '\r\n'),
      'crlf/go.sum': sum.replace(/\n/g, '\r\n')
    })
    const lf = await discoverComponents(
      options({ dir: path.join(root, 'lf'), repoRoot: path.join(root, 'lf') })
    )
    const crlf = await discoverComponents(
      options({ dir: path.join(root, 'crlf'), repoRoot: path.join(root, 'crlf') })
    )
    expect(crlf.moduleSetDigest).toBe(lf.moduleSetDigest)
    expect(crlf.goSums).toEqual(lf.goSums)
    expect(crlf.goMods).toEqual(lf.goMods)
  })

  it('reports a malformed go.sum line with its repo-relative file:line', async () => {
    writeTree(root, {
      'api/go.mod': goMod('m', '1.22'),
      'api/go.sum': goSum([['a.com/a', 'v1.0.0']]) + 'oops\n'
    })
    const error = await rejection(discoverComponents(options()))
    expect(error.message).toMatch(/^api\/go\.sum:3: malformed go\.sum line/)
  })

  it('reports a conflicting go line in go.mod', async () => {
    writeTree(root, { 'go.mod': 'module m\ngo 1.21\ngo 1.22\n' })
    const error = await rejection(discoverComponents(options()))
    expect(error.message).toBe('go.mod:3: repeated go statement (the first is at line 2)')
  })

  it('tolerates symlink loops and broken links, warning with the path', async () => {
    writeTree(root, { 'go.mod': goMod('m', '1.22'), 'b/go.mod': goMod('b', '1.22') })
    symlinkSync('go.sum', path.join(root, 'go.sum')) // a link to itself: ELOOP
    symlinkSync('missing-target', path.join(root, 'b', 'go.sum'))
    mkdirSync(path.join(root, 'loop'))
    symlinkSync('..', path.join(root, 'loop', 'up')) // a directory loop: never followed
    const logger = testLogger()
    const components = await discoverComponents(
      options({ logger, keyFiles: ['**/*.txt', 'loop/**'] })
    )
    expect(components.goMods.map(file => file.path)).toEqual(['go.mod', 'b/go.mod'])
    expect(components.moduleSet).toEqual([])
    expect(logger.warnings()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cannot read go\.sum: symbolic link loop \(ELOOP\)/),
        expect.stringMatching(/^cannot read b\/go\.sum: it is a broken symbolic link/)
      ])
    )
  })

  it('warns about an unreadable go.sum and leaves it out', async () => {
    writeTree(root, { 'go.mod': goMod('m', '1.22') })
    // Root reads any file whatever its mode, so then a directory in the way stands in.
    const asRoot = process.getuid?.() === 0
    if (asRoot) mkdirSync(path.join(root, 'go.sum'))
    else {
      writeTree(root, { 'go.sum': goSum([['a.com/a', 'v1.0.0']]) })
      chmodSync(path.join(root, 'go.sum'), 0)
    }
    const logger = testLogger()
    const components = await discoverComponents(options({ logger }))
    if (!asRoot) chmodSync(path.join(root, 'go.sum'), 0o644)
    expect(components.goSums).toEqual([])
    expect(logger.warnings()).toEqual([
      expect.stringMatching(
        asRoot
          ? /^cannot read go\.sum: it is a directory \(EISDIR\)/
          : /^cannot read go\.sum: permission denied/
      )
    ])
  })

  it('warns when there is no go.mod at all but still yields components', async () => {
    const logger = testLogger()
    const components = await discoverComponents(options({ logger }))
    expect(components.moduleSet).toEqual([])
    expect(logger.warnings()).toEqual([expect.stringMatching(/no go\.mod found/)])
  })

  it('rejects a working directory that does not exist', async () => {
    const error = await rejection(discoverComponents(options({ dir: path.join(root, 'nope') })))
    expect(error.message).toMatch(/does not exist or is not a directory/)
  })
})

describe('discoverComponents with go.work', () => {
  const workspace = {
    'go.work': 'go 1.23.0\n\nuse (\n\t./b\n\t./a // first module\n)\n',
    'go.work.sum': goSum([['w.com/w', 'v0.1.0']]),
    'a/go.mod': goMod('example.com/a', '1.23'),
    'a/go.sum': goSum([['x.com/x', 'v1.0.0']]),
    'b/go.mod': goMod('example.com/b', '1.23'),
    'b/go.sum': goSum([['y.com/y', 'v1.0.0']]),
    'unused/go.mod': goMod('example.com/unused', '1.23'),
    'unused/go.sum': goSum([['z.com/z', 'v9.9.9']])
  }

  it('reads only the used modules plus go.work.sum, in a stable order', async () => {
    writeTree(root, workspace)
    const components = await discoverComponents(options())
    expect(components.goWork).toEqual({
      file: { path: 'go.work', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      go: '1.23.0',
      uses: ['a', 'b']
    })
    expect(components.goMods.map(file => file.path)).toEqual(['a/go.mod', 'b/go.mod'])
    expect(components.goSums.map(file => file.path)).toEqual([
      'a/go.sum',
      'b/go.sum',
      'go.work.sum'
    ])
    expect(components.moduleSet.filter(entry => !entry.endsWith('/go.mod'))).toEqual([
      'w.com/w@v0.1.0',
      'x.com/x@v1.0.0',
      'y.com/y@v1.0.0'
    ])
  })

  it('finds go.work in a parent directory inside the repository', async () => {
    writeTree(root, workspace)
    const components = await discoverComponents(options({ dir: path.join(root, 'a') }))
    expect(components.goWork?.uses).toEqual(['a', 'b'])
    expect(components.workDir).toBe('a')
  })

  it('follows GOWORK: off ignores go.work, a path names another one', async () => {
    writeTree(root, { ...workspace, 'alt.work': 'go 1.23\nuse ./unused\n' })
    const off = await discoverComponents(options({ gowork: 'off' }))
    expect(off.goWork).toBeUndefined()
    expect(off.goMods.map(file => file.path)).toEqual(['a/go.mod', 'b/go.mod', 'unused/go.mod'])
    const alt = await discoverComponents(options({ gowork: path.join(root, 'alt.work') }))
    expect(alt.goWork?.uses).toEqual(['unused'])
    const error = await rejection(
      discoverComponents(options({ gowork: path.join(root, 'nope.work') }))
    )
    expect(error.message).toMatch(/GOWORK names .*nope\.work, which does not exist/)
  })

  it('finds go.work above the repository root too, as the go command does', async () => {
    // Before: the search stopped at repoRoot, so keys ignored a go.work the build used.
    writeTree(root, workspace)
    const components = await discoverComponents(
      options({ dir: path.join(root, 'a'), repoRoot: path.join(root, 'a') })
    )
    expect(components.goWork?.file.path).toBe('../go.work')
    expect(components.goWork?.uses).toEqual(['.', '../b'])
  })

  it('refuses a relative GOWORK, as the go command does', async () => {
    // Before: it was resolved against the working directory.
    writeTree(root, { ...workspace, 'alt.work': 'go 1.23\nuse ./unused\n' })
    const error = await rejection(discoverComponents(options({ gowork: 'alt.work' })))
    expect(error.message).toMatch(/GOWORK=alt\.work is not an absolute path/)
  })

  it('names the line of a use whose directory is missing', async () => {
    writeTree(root, { ...workspace, 'go.work': 'go 1.23\nuse ./a\nuse ./gone\n' })
    const error = await rejection(discoverComponents(options()))
    expect(error.message).toBe('go.work:3: use ./gone: directory gone does not exist')
    expect(error.fix).toMatch(/go work use -r \./)
  })

  it('names the line of a use whose directory has no go.mod', async () => {
    writeTree(root, {
      ...workspace,
      'go.work': 'go 1.23\nuse ./a\nuse ./empty\n',
      'empty/README': 'x'
    })
    const error = await rejection(discoverComponents(options()))
    expect(error.message).toBe('go.work:3: use ./empty: empty has no readable go.mod')
  })

  it('reports a go.work syntax error with file:line', async () => {
    writeTree(root, { ...workspace, 'go.work': 'go 1.23\nuse (\n\t./a\n' })
    const error = await rejection(discoverComponents(options()))
    expect(error.message).toBe('go.work:2: the use block is never closed')
  })
})

describe('vendor mode', () => {
  const vendored = {
    'go.mod': goMod('example.com/v', '1.22', [['a.com/a', 'v1.0.0']]),
    'go.sum': goSum([['a.com/a', 'v1.0.0']]),
    'vendor/modules.txt': '# a.com/a v1.0.0\n## explicit; go 1.20\na.com/a\n'
  }

  it('detects a consistent vendor directory: the module cache is not needed', async () => {
    writeTree(root, vendored)
    const components = await discoverComponents(options())
    expect(components.vendor).toEqual({
      modulesTxt: [{ path: 'vendor/modules.txt', sha256: expect.any(String) }],
      vendorMode: true,
      reason: 'go.mod says go 1.22 (>= 1.14) and vendor/modules.txt is consistent'
    })
    const plan = planModKey(components, options())
    expect(plan.needed).toBe(false)
    expect(plan.notNeededReason).toMatch(/^vendor mode: go\.mod says go 1\.22/)
  })

  it('keeps the module cache, with a warning, when modules.txt is inconsistent', async () => {
    writeTree(root, {
      ...vendored,
      'vendor/modules.txt': '# a.com/a v0.9.0\n## explicit\na.com/a\n'
    })
    const logger = testLogger()
    const components = await discoverComponents(options({ logger }))
    expect(components.vendor?.vendorMode).toBe(false)
    expect(components.vendor?.reason).toMatch(
      /inconsistent with go\.mod \(go\.mod requires a\.com\/a v1\.0\.0 but vendor\/modules\.txt has v0\.9\.0\)/
    )
    expect(logger.warnings()).toEqual([expect.stringMatching(/inconsistent vendoring/)])
    expect(planModKey(components, options()).needed).toBe(true)
  })

  it('follows -mod in GOFLAGS (from the toolchain or the goflags option)', async () => {
    writeTree(root, vendored)
    const off = await discoverComponents(options({ goflags: '-mod=mod' }))
    expect(off.vendor?.vendorMode).toBe(false)
    expect(off.vendor?.reason).toBe('GOFLAGS sets -mod=mod')
    writeTree(root, { 'go.mod': goMod('example.com/v', '1.13', [['a.com/a', 'v1.0.0']]) })
    expect((await discoverComponents(options())).vendor?.vendorMode).toBe(false)
    expect(
      (await discoverComponents(options({ goflags: '-trimpath -mod=vendor' }))).vendor?.vendorMode
    ).toBe(true)
  })

  it('ignores a vendor directory when go.mod says go < 1.14', async () => {
    writeTree(root, {
      ...vendored,
      'go.mod': goMod('example.com/v', '1.13', [['a.com/a', 'v1.0.0']])
    })
    const components = await discoverComponents(options())
    expect(components.vendor?.vendorMode).toBe(false)
    expect(components.vendor?.reason).toMatch(/go 1\.13 \(< 1\.14\)/)
  })

  it('needs the module cache when only some modules are vendored', async () => {
    writeTree(root, {
      ...vendored,
      'other/go.mod': goMod('example.com/o', '1.22'),
      'other/go.sum': goSum([['b.com/b', 'v1.0.0']])
    })
    const components = await discoverComponents(options())
    expect(components.vendor?.vendorMode).toBe(false)
    expect(components.vendor?.reason).toMatch(/^1 of 2 modules build in vendor mode/)
  })

  it('uses the workspace vendor directory in workspace mode (go work vendor)', async () => {
    writeTree(root, {
      'go.work': 'go 1.22\nuse ./a\n',
      'a/go.mod': goMod('example.com/a', '1.22', [['x.com/x', 'v1.0.0']]),
      'a/go.sum': goSum([['x.com/x', 'v1.0.0']]),
      'a/vendor/modules.txt': '# x.com/x v1.0.0\n## explicit\nx.com/x\n',
      'vendor/modules.txt': '## workspace\n# x.com/x v1.0.0\n## explicit; go 1.20\nx.com/x\n'
    })
    const components = await discoverComponents(options())
    expect(components.vendor).toEqual({
      modulesTxt: [{ path: 'vendor/modules.txt', sha256: expect.any(String) }],
      vendorMode: true,
      reason: 'go.work says go 1.22 (>= 1.14) and a workspace vendor directory exists'
    })
  })

  it('does not use a module-level vendor directory in workspace mode', async () => {
    writeTree(root, {
      'go.work': 'go 1.22\nuse ./a\n',
      'a/go.mod': goMod('example.com/a', '1.22', [['x.com/x', 'v1.0.0']]),
      'a/vendor/modules.txt': '# x.com/x v1.0.0\n## explicit\nx.com/x\n'
    })
    const components = await discoverComponents(options())
    expect(components.vendor).toBeUndefined()
  })
})

describe('key files, matrix and PATH', () => {
  it('globs key files relative to dir (with ! excludes), sorted, with repo-relative paths', async () => {
    writeTree(root, {
      'svc/go.mod': goMod('m', '1.22'),
      'svc/tools/b.txt': 'b',
      'svc/tools/a.txt': 'a',
      'svc/tools/skip.txt': 's',
      'svc/.hidden/c.txt': 'c'
    })
    const components = await discoverComponents(
      options({
        dir: path.join(root, 'svc'),
        keyFiles: ['tools/*.txt', '!tools/skip.txt', '.hidden/*']
      })
    )
    expect(components.keyFiles.map(file => file.path)).toEqual([
      'svc/.hidden/c.txt',
      'svc/tools/a.txt',
      'svc/tools/b.txt'
    ])
  })

  it('warns when key-files match nothing', async () => {
    writeTree(root, { 'go.mod': goMod('m', '1.22') })
    const logger = testLogger()
    const components = await discoverComponents(options({ logger, keyFiles: ['nothing/*.x'] }))
    expect(components.keyFiles).toEqual([])
    expect(logger.warnings()).toEqual([
      expect.stringMatching(/^key-files: no file matches nothing\/\*\.x/)
    ])
  })

  it('sorts matrix keys and treats null and {} as no matrix', async () => {
    writeTree(root, { 'go.mod': goMod('m', '1.22') })
    const a = await discoverComponents(
      options({ matrix: { os: 'ubuntu', go: { v: '1.23', a: 1 } } })
    )
    const b = await discoverComponents(
      options({ matrix: { go: { a: 1, v: '1.23' }, os: 'ubuntu' } })
    )
    expect(Object.keys(a.matrix ?? {})).toEqual(['go', 'os'])
    expect(a.matrixDigest).toBe(b.matrixDigest)
    expect((await discoverComponents(options({ matrix: null }))).matrix).toBeUndefined()
    expect((await discoverComponents(options({ matrix: {} }))).matrixDigest).toBeUndefined()
    expect((await discoverComponents(options({ matrix: 'linux' }))).matrix).toEqual({
      value: 'linux'
    })
  })

  it('never stores a raw PATH, only a digest', async () => {
    writeTree(root, { 'go.mod': goMod('m', '1.22') })
    const components = await discoverComponents(options({ pathHash: '/usr/bin:/bin' }))
    expect(components.pathHash).toMatch(/^[0-9a-f]{16}$/)
    expect((await discoverComponents(options({ pathHash: 'abcdef0123456789' }))).pathHash).toBe(
      'abcdef0123456789'
    )
  })
})

describe('vendor.mod / vendor.sum (docker/cli: no go.mod)', () => {
  it('reads vendor.mod and vendor.sum where a directory has no go.mod', async () => {
    cpSync(path.join(DOCKER_CLI_FIXTURE, 'after'), root, { recursive: true })
    writeTree(root, { 'cmd/docker-trust/go.mod': goMod('github.com/docker/cli/cmd/x', '1.25') })
    const components = await discoverComponents(options())
    expect(components.goMods.map(file => file.path)).toEqual([
      'vendor.mod',
      'cmd/docker-trust/go.mod'
    ])
    expect(components.goSums.map(file => file.path)).toEqual(['vendor.sum'])
    expect(components.moduleSet).toContain('github.com/sirupsen/logrus@v1.10.1')
    // vendor/ next to vendor.mod, consistent with it: the build reads vendor/, not GOMODCACHE.
    expect(components.vendor?.modulesTxt.map(file => file.path)).toEqual(['vendor/modules.txt'])
    expect(components.vendor?.reason).toMatch(/^1 of 2 modules build in vendor mode/)
    cpSync(path.join(DOCKER_CLI_FIXTURE, 'before'), root, { recursive: true })
    const older = await discoverComponents(options())
    expect(older.moduleSetDigest).not.toBe(components.moduleSetDigest)
    expect(planModKey(older, options()).key).not.toBe(planModKey(components, options()).key)
  })

  it('prefers go.mod when both are there, and follows -modfile in GOFLAGS', async () => {
    writeTree(root, {
      'go.mod': goMod('example.com/m', '1.22'),
      'go.sum': goSum([['a.com/a', 'v1.0.0']]),
      'vendor.mod': goMod('example.com/m', '1.22'),
      'vendor.sum': goSum([['b.com/b', 'v1.0.0']])
    })
    const plain = await discoverComponents(options())
    expect(plain.goMods.map(file => file.path)).toEqual(['go.mod'])
    expect(plain.moduleSet).toEqual(['a.com/a@v1.0.0', 'a.com/a@v1.0.0/go.mod'])
    const flagged = await discoverComponents(options({ goflags: '-modfile=vendor.mod' }))
    expect(flagged.goMods.map(file => file.path)).toEqual(['vendor.mod'])
    expect(flagged.goSums.map(file => file.path)).toEqual(['vendor.sum'])
    expect(flagged.moduleSet).toEqual(['b.com/b@v1.0.0', 'b.com/b@v1.0.0/go.mod'])
  })
})

describe('go.mod syntax the go command accepts or rejects', () => {
  it('keys a module declared in a `module ( … )` block (Go 1.27 builds it)', async () => {
    writeTree(root, {
      'go.mod': 'module (\n\texample.com/blk\n)\n\ngo 1.22\n',
      'go.sum': goSum([['a.com/a', 'v1.0.0']])
    })
    const components = await discoverComponents(options())
    expect(planModKey(components, options()).key).toMatch(/^go-mod-Linux-d[0-9a-f]{16}$/)
  })

  it('refuses a go.mod or go.work with a byte-order mark, naming the file', async () => {
    writeTree(root, { 'api/go.mod': '\uFEFFmodule example.com/api\n\ngo 1.22\n' })
    expect((await rejection(discoverComponents(options()))).message).toMatch(
      /^api\/go\.mod:1:1: unexpected input character U\+FEFF \(a byte-order mark\)/
    )
    writeTree(root, {
      'api/go.mod': goMod('example.com/api', '1.22'),
      'go.work': '\uFEFFuse ./api\n'
    })
    expect((await rejection(discoverComponents(options()))).message).toMatch(
      /^go\.work:1:1: unexpected input character U\+FEFF/
    )
  })
})
