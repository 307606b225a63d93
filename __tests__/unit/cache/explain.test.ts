import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync } from 'node:fs'
import path from 'node:path'
import {
  discoverComponents,
  planBuildKey,
  planModKey,
  type KeyOptions,
  diffModuleSets,
  explainRestore,
  compareModuleVersions
} from '../../../src/core/cache/index.js'
import { buildModuleSet } from '../../../src/core/gomod/index.js'
import type { KeyComponents } from '../../../src/core/cache/types.js'
import {
  components,
  DOCKER_CLI_FIXTURE,
  goSum,
  removeDir,
  tempDir,
  toolchain,
  writeTree
} from './fixtures.js'

const hit = (matchedKey?: string) => ({
  primaryKey: 'k-new',
  ...(matchedKey ? { matchedKey } : {})
})

function withSums(
  files: Record<string, string>,
  extra: Partial<KeyComponents> = {}
): KeyComponents {
  const set = buildModuleSet(Object.entries(files).map(([file, text]) => ({ file, text })))
  return components([], {
    goSums: Object.entries(files).map(([path, text]) => ({ path, sha256: text })),
    moduleSet: set.entries,
    moduleSetDigest: set.digest,
    ...extra
  })
}

describe('hit kinds without a manifest', () => {
  it('calls a miss with nothing to compare a first run', () => {
    const explanation = explainRestore('mod', components([]), undefined, hit())
    expect(explanation.hitKind).toBe('miss')
    expect(explanation.reasons).toEqual(['first-run'])
  })

  it('calls a partial restore without a manifest manifest-missing', () => {
    expect(explainRestore('mod', components([]), undefined, hit('k-old')).reasons).toEqual([
      'manifest-missing'
    ])
  })

  it('gives no reasons for an exact hit', () => {
    const c = components([['a.com/a', 'v1.0.0']])
    const explanation = explainRestore('mod', c, c, hit('k-new'))
    expect(explanation.hitKind).toBe('exact')
    expect(explanation.reasons).toEqual([])
    expect(explanation.detail).toBe('exact hit on k-new')
  })
})

describe('deps-changed', () => {
  it('names the first module change, how many more, and the go.sum file', () => {
    const before = withSums({
      'go.sum': 'golang.org/x/net v0.25.0 h1:a=\nx.com/keep v1.0.0 h1:k=\n',
      'api/go.sum': 'golang.org/x/text v0.15.0 h1:b=\nold.com/gone v1.0.0 h1:c=\n'
    })
    const after = withSums({
      'go.sum': 'golang.org/x/net v0.25.0 h1:a=\nx.com/keep v1.0.0 h1:k=\n',
      'api/go.sum':
        'golang.org/x/net v0.26.0 h1:d=\ngolang.org/x/text v0.16.0 h1:e=\nnew.com/n v0.1.0 h1:f=\n'
    })
    const explanation = explainRestore('mod', after, before, hit('k-old'))
    expect(explanation.hitKind).toBe('partial')
    expect(explanation.reasons).toEqual(['deps-changed'])
    expect(explanation.modules).toEqual({
      added: ['new.com/n@v0.1.0'],
      removed: ['old.com/gone@v1.0.0'],
      changed: [
        // x/net's zip set went v0.25.0 → v0.25.0, v0.26.0: a bump to v0.26.0.
        { path: 'golang.org/x/net', from: 'v0.25.0', to: 'v0.26.0' },
        { path: 'golang.org/x/text', from: 'v0.15.0', to: 'v0.16.0' }
      ]
    })
    expect(explanation.detail).toBe('golang.org/x/net v0.25.0 → v0.26.0 and 3 more in ./api/go.sum')
  })

  it('reads like "golang.org/x/net v0.25.0 → v0.26.0 and 2 more in ./api/go.sum; Go 1.23.4 → 1.23.5"', () => {
    const before = withSums(
      {
        'api/go.sum': 'golang.org/x/net v0.25.0 h1:a=\na.com/a v1.0.0 h1:b=\nb.com/b v1.0.0 h1:c=\n'
      },
      { toolchain: toolchain() }
    )
    const after = withSums(
      {
        'api/go.sum': 'golang.org/x/net v0.26.0 h1:a=\na.com/a v1.1.0 h1:b=\nb.com/b v1.2.0 h1:c=\n'
      },
      { toolchain: toolchain({ GOVERSION: 'go1.23.5' }) }
    )
    const explanation = explainRestore('build', after, before, hit())
    expect(explanation.hitKind).toBe('miss')
    expect(explanation.reasons).toEqual(['deps-changed', 'toolchain-changed'])
    expect(explanation.detail).toBe(
      'a.com/a v1.0.0 → v1.1.0 and 2 more in ./api/go.sum; Go 1.23.4 → 1.23.5'
    )
  })

  it('lists every module whose version set differs, including go.mod-only changes', () => {
    const changes = diffModuleSets(
      ['a.com/a@v1.0.0', 'a.com/a@v1.0.0/go.mod', 'b.com/b@v0.1.0/go.mod', 'c.com/c@v1.0.0'],
      [
        'a.com/a@v1.0.0',
        'a.com/a@v1.0.0/go.mod',
        'a.com/a@v0.9.0/go.mod',
        'b.com/b@v0.2.0/go.mod',
        'c.com/c@v1.0.0'
      ]
    )
    expect(changes.changed).toEqual([
      { path: 'a.com/a', from: 'v1.0.0', to: 'v1.0.0, v0.9.0/go.mod' },
      { path: 'b.com/b', from: 'v0.1.0/go.mod', to: 'v0.2.0/go.mod' }
    ])
    expect(changes.added).toEqual([])
    expect(changes.removed).toEqual([])
  })

  it('counts go.mod changes as dependency changes for the build cache only', () => {
    const before = components([['a.com/a', 'v1.0.0']], { toolchain: toolchain() })
    const after = { ...before, goMods: [{ path: 'go.mod', sha256: 'e'.repeat(64) }] }
    expect(explainRestore('build', after, before, hit('k-old')).reasons).toEqual(['deps-changed'])
    expect(explainRestore('build', after, before, hit('k-old')).detail).toBe(
      'go.mod changed: ./go.mod'
    )
    expect(explainRestore('mod', after, before, hit('k-old')).reasons).toEqual([])
  })
})

describe('other reasons', () => {
  const base = components([['a.com/a', 'v1.0.0']], { toolchain: toolchain() })

  it('go-work-changed names the uses that changed', () => {
    const before = {
      ...base,
      goWork: { file: { path: 'go.work', sha256: '1' }, go: '1.22', uses: ['a'] }
    }
    const after = {
      ...base,
      goWork: { file: { path: 'go.work', sha256: '2' }, go: '1.23', uses: ['a', 'b'] }
    }
    const explanation = explainRestore('mod', after, before, hit('k-old'))
    expect(explanation.reasons).toEqual(['go-work-changed'])
    expect(explanation.detail).toBe('go.work: now uses ./b, go 1.22 → 1.23')
  })

  it('vendor-changed reports vendor mode flipping', () => {
    const after = {
      ...base,
      vendor: {
        modulesTxt: [{ path: 'vendor/modules.txt', sha256: '1' }],
        vendorMode: true,
        reason: 'x'
      }
    }
    const explanation = explainRestore('mod', after, base, hit('k-old'))
    expect(explanation.reasons).toEqual(['vendor-changed'])
    expect(explanation.detail).toBe(
      'vendor mode off → on, vendor/modules.txt added: ./vendor/modules.txt'
    )
    expect(explanation.settings).toEqual([{ name: 'vendor-mode', from: 'false', to: 'true' }])
  })

  it('separates compiler changes (toolchain-changed) from settings (env-changed)', () => {
    const after = {
      ...base,
      toolchain: toolchain({ GOARCH: 'arm64', archLevel: undefined, GOFLAGS: '-race' })
    }
    const explanation = explainRestore('build', after, base, hit())
    expect(explanation.reasons).toEqual(['toolchain-changed', 'env-changed'])
    expect(explanation.detail).toBe(
      'GOARCH amd64 → arm64, archLevel GOAMD64=v1 → (unset); GOFLAGS (unset) → -race'
    )
    expect(explanation.settings.map(setting => setting.name)).toEqual([
      'GOARCH',
      'archLevel',
      'GOFLAGS'
    ])
  })

  it('does not report settings that are not keyed (the proxy family, output-neutral GOFLAGS)', () => {
    const after = {
      ...base,
      toolchain: toolchain({ GOPROXY: 'off', GOPRIVATE: 'example.com', GOFLAGS: '-modcacherw' })
    }
    const explanation = explainRestore('build', after, base, hit('k-old'))
    expect(explanation.reasons).toEqual([])
    expect(explanation.settings).toEqual([])
  })

  it('ignores toolchain, PATH and matrix for the module cache', () => {
    const after = {
      ...base,
      toolchain: toolchain({ GOVERSION: 'go1.24.0' }),
      matrix: { os: 'x' },
      matrixDigest: 'm',
      pathHash: 'p'
    }
    expect(explainRestore('mod', after, base, hit('k-old')).reasons).toEqual([])
  })

  it('path-changed, matrix-changed and key-files-changed', () => {
    const before = {
      ...base,
      matrix: { goarch: 'amd64', os: 'linux' },
      matrixDigest: '1',
      pathHash: 'aaaa',
      keyFiles: [{ path: 'tools.go', sha256: '1' }]
    }
    const after = {
      ...base,
      matrix: { goarch: 'arm64', os: 'linux' },
      matrixDigest: '2',
      pathHash: 'bbbb',
      keyFiles: [{ path: 'tools.go', sha256: '2' }]
    }
    const explanation = explainRestore('build', after, before, hit('k-old'))
    expect(explanation.reasons).toEqual(['path-changed', 'matrix-changed', 'key-files-changed'])
    expect(explanation.detail).toBe(
      'PATH changed; matrix goarch "amd64" → "arm64"; key files changed: ./tools.go'
    )
    expect(explanation.files.changed).toEqual(['tools.go'])
  })
})

describe('compareModuleVersions', () => {
  it('orders semver, pre-releases and pseudo-versions', () => {
    const versions = [
      'v1.10.0',
      'v1.2.0',
      'v1.2.0-rc.1',
      'v0.0.0-20240101000000-abcdef012345',
      'v2.0.0+incompatible',
      'v1.2.0-rc.10'
    ]
    expect([...versions].sort(compareModuleVersions)).toEqual([
      'v0.0.0-20240101000000-abcdef012345',
      'v1.2.0-rc.1',
      'v1.2.0-rc.10',
      'v1.2.0',
      'v1.10.0',
      'v2.0.0+incompatible'
    ])
  })
})

describe('what a go.mod edit is (components read from real files)', () => {
  let root: string
  beforeEach(() => {
    root = tempDir('explain')
  })
  afterEach(() => removeDir(root))

  const opts = (): KeyOptions => ({
    dir: root,
    repoRoot: root,
    os: 'Linux',
    arch: 'X64',
    toolchain: toolchain()
  })
  const read = () => discoverComponents(opts())
  const modText = (lines: string[]) => lines.join('\n') + '\n'
  const baseMod = [
    'module example.com/app',
    '',
    'go 1.22',
    '',
    'toolchain go1.23.4',
    '',
    'godebug panicnil=1',
    '',
    'require (',
    '\tz.com/bumped v1.2.0',
    '\ta.com/indirect v0.1.0 // indirect',
    ')'
  ]
  const baseSum = goSum([
    ['z.com/bumped', 'v1.2.0'],
    ['a.com/indirect', 'v0.1.0']
  ])

  async function change(mod: string[], sum = baseSum) {
    writeTree(root, { 'go.mod': modText(baseMod), 'go.sum': baseSum })
    const before = await read()
    writeTree(root, { 'go.mod': modText(mod), 'go.sum': sum })
    const after = await read()
    const keys = (c: KeyComponents) => ({
      mod: planModKey(c, opts()).key,
      build: planBuildKey(c, opts()).key
    })
    return {
      before,
      after,
      sameKeys: JSON.stringify(keys(before)) === JSON.stringify(keys(after)),
      build: explainRestore('build', after, before, hit('k-old')),
      mod: explainRestore('mod', after, before, hit('k-old'))
    }
  }

  it('changes no key for a comment-only edit, an `// indirect` marker or the toolchain line', async () => {
    const comment = await change([
      '// The application.',
      ...baseMod.slice(0, 9),
      '\tz.com/bumped v1.2.0 // keep in step with y',
      ...baseMod.slice(10)
    ])
    expect(comment.sameKeys).toBe(true)
    expect(comment.build.reasons).toEqual([])
    const indirect = await change(baseMod.map(l => l.replace(' // indirect', '')))
    expect(indirect.sameKeys).toBe(true)
    const toolchainLine = await change(baseMod.map(l => l.replace('go1.23.4', 'go1.23.5')))
    expect(toolchainLine.sameKeys).toBe(true)
    expect(toolchainLine.build.reasons).toEqual([])
  })

  it('calls a go-line or godebug edit go-mod-changed, not deps-changed', async () => {
    const goLine = await change(baseMod.map(l => l.replace('go 1.22', 'go 1.23')))
    expect(goLine.sameKeys).toBe(false)
    expect(goLine.build.reasons).toEqual(['go-mod-changed'])
    expect(goLine.build.detail).toBe('go.mod: go 1.22 → 1.23')
    expect(goLine.mod.reasons).toEqual([])
    const godebug = await change(baseMod.map(l => l.replace('panicnil=1', 'panicnil=0')))
    expect(godebug.build.reasons).toEqual(['go-mod-changed'])
    expect(godebug.build.detail).toBe('go.mod: godebug panicnil=1 → panicnil=0')
  })

  it('names the module go.mod bumped, read as a bump although go.sum keeps the old lines', async () => {
    // `go get z.com/bumped@v1.2.1`, which also moved an indirect dependency that sorts first.
    const bumped = await change(
      baseMod
        .map(l => l.replace('z.com/bumped v1.2.0', 'z.com/bumped v1.2.1'))
        .map(l => l.replace('a.com/indirect v0.1.0', 'a.com/indirect v0.2.0')),
      goSum([
        ['z.com/bumped', 'v1.2.0'],
        ['z.com/bumped', 'v1.2.1'],
        ['a.com/indirect', 'v0.1.0'],
        ['a.com/indirect', 'v0.2.0']
      ])
    )
    for (const explanation of [bumped.build, bumped.mod]) {
      expect(explanation.reasons).toEqual(['deps-changed'])
      expect(explanation.detail).toBe('z.com/bumped v1.2.0 → v1.2.1 and 1 more in ./go.sum')
    }
    expect(bumped.build.modules.changed).toEqual([
      { path: 'a.com/indirect', from: 'v0.1.0', to: 'v0.2.0' },
      { path: 'z.com/bumped', from: 'v1.2.0', to: 'v1.2.1' }
    ])
  })

  it('names the bump of a real docker/cli commit (vendor.mod: logrus v1.9.4 → v1.10.1)', async () => {
    cpSync(path.join(DOCKER_CLI_FIXTURE, 'before'), root, { recursive: true })
    const before = await read()
    cpSync(path.join(DOCKER_CLI_FIXTURE, 'after'), root, { recursive: true })
    const after = await read()
    const build = explainRestore('build', after, before, hit('k-old'))
    expect(build.reasons).toEqual(['deps-changed', 'vendor-changed'])
    expect(build.detail).toBe(
      'github.com/sirupsen/logrus v1.9.4 → v1.10.1 and 3 more in ./vendor.sum; vendor/modules.txt changed: ./vendor/modules.txt'
    )
    expect(build.modules.changed).toContainEqual({
      path: 'github.com/stretchr/testify',
      from: 'v1.11.1',
      to: 'v1.12.0'
    })
  })
})
