import { describe, expect, it } from '@jest/globals'
import {
  KEY_MAX_LENGTH,
  classifyListedMiss,
  hitKindOf,
  matchAgainst,
  moduleSetNeeded,
  planBuildKey,
  planKeys,
  planModKey,
  sanitizeSegment,
  type KeyOptions,
  type ToolchainIdentity
} from '../../../src/core/cache/index.js'
import { generationKey, isKeyOrGeneration } from '../../../src/core/cache/keys.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { components, toolchain } from './fixtures.js'

const base: KeyOptions = { dir: '/w', repoRoot: '/w', os: 'Linux', arch: 'X64' }
const deps: [string, string][] = [
  ['golang.org/x/net', 'v0.25.0'],
  ['golang.org/x/sys', 'v0.20.0']
]

describe('module key', () => {
  it('follows the documented segment order and ends its ladder at <prefix>-mod-<OS>-', () => {
    const plan = planModKey(components(deps), base)
    expect(plan.key).toMatch(/^go-mod-Linux-d[0-9a-f]{16}$/)
    expect(plan.restoreKeys).toEqual(['go-mod-Linux-'])
    expect(plan.segments.map(segment => segment.name)).toEqual(['prefix', 'cache', 'os', 'modules'])
    expect(plan.paths).toEqual(['~/go/pkg/mod'])
    expect(plan.needed).toBe(true)
  })

  it('ignores the toolchain, GOOS/GOARCH, the matrix, PATH and the runner arch', () => {
    const plain = planModKey(components(deps), base).key
    const other = planModKey(
      components(deps, {
        toolchain: toolchain({ GOVERSION: 'go1.22.1', GOOS: 'windows', GOARCH: 'arm64' }),
        matrix: { goarch: 'arm64' },
        matrixDigest: 'f'.repeat(64),
        pathHash: '0123456789abcdef'
      }),
      { ...base, arch: 'ARM64' }
    ).key
    expect(other).toBe(plain)
  })

  it('changes with the module set, the OS, the prefix and key files', () => {
    const plain = planModKey(components(deps), base).key
    expect(planModKey(components([...deps, ['x.com/y', 'v1.0.0']]), base).key).not.toBe(plain)
    expect(planModKey(components(deps), { ...base, os: 'macOS' }).key).not.toBe(plain)
    expect(planModKey(components(deps), { ...base, prefix: 'lint' }).key).toMatch(
      /^lint-mod-Linux-d/
    )
    const withFiles = planModKey(
      components(deps, { keyFiles: [{ path: 'tools.go', sha256: 'c'.repeat(64) }] }),
      base
    )
    expect(withFiles.key).toMatch(/^go-mod-Linux-d[0-9a-f]{16}-k[0-9a-f]{16}$/)
    expect(withFiles.restoreKeys).toEqual([
      withFiles.key.replace(/k[0-9a-f]{16}$/, ''),
      'go-mod-Linux-'
    ])
  })

  it('uses GOMODCACHE from the toolchain or the explicit path', () => {
    expect(planModKey(components(deps, { toolchain: toolchain() }), base).paths).toEqual([
      '/home/runner/go/pkg/mod'
    ])
    expect(planModKey(components(deps), { ...base, modCachePath: '/m' }).paths).toEqual(['/m'])
  })

  it('is not needed in vendor mode, and says why', () => {
    const plan = planModKey(
      components(deps, {
        vendor: { modulesTxt: [], vendorMode: true, reason: 'GOFLAGS sets -mod=vendor' }
      }),
      base
    )
    expect(plan.needed).toBe(false)
    expect(plan.notNeededReason).toBe('vendor mode: GOFLAGS sets -mod=vendor')
  })
})

describe('build key', () => {
  const withToolchain = components(deps, { toolchain: toolchain() })

  it('carries OS, arch, Go version, target and toolchain digest before the volatile parts', () => {
    const plan = planBuildKey(withToolchain, base)
    expect(plan.key).toMatch(
      /^go-build-Linux-X64-go1\.23\.4-linux-amd64-t[0-9a-f]{16}-d[0-9a-f]{16}$/
    )
    expect(plan.restoreKeys).toEqual([plan.key.replace(/d[0-9a-f]{16}$/, '')])
    expect(plan.paths).toEqual(['/home/runner/.cache/go-build'])
  })

  it('has a prefix ladder from most to least similar, never crossing the toolchain', () => {
    const plan = planBuildKey(
      components(deps, {
        toolchain: toolchain(),
        matrix: { os: 'ubuntu' },
        matrixDigest: '1'.repeat(64),
        pathHash: 'abcdef0123456789',
        keyFiles: [{ path: 'Makefile', sha256: '2'.repeat(64) }]
      }),
      base
    )
    const names = plan.segments.map(segment => segment.name)
    expect(names).toEqual([
      'prefix',
      'cache',
      'os',
      'arch',
      'go',
      'goos',
      'goarch',
      'toolchain',
      'matrix',
      'path',
      'dependencies',
      'key-files'
    ])
    const values = plan.segments.map(segment => segment.value)
    expect(plan.restoreKeys).toEqual([
      values.slice(0, 11).join('-') + '-',
      values.slice(0, 10).join('-') + '-',
      values.slice(0, 9).join('-') + '-',
      values.slice(0, 8).join('-') + '-'
    ])
    for (let i = 1; i < plan.restoreKeys.length; i++) {
      expect(plan.restoreKeys[i - 1].startsWith(plan.restoreKeys[i])).toBe(true)
    }
  })

  it.each([
    ['Go patch', { GOVERSION: 'go1.23.5' }],
    ['GOARCH', { GOARCH: 'arm64' }],
    ['arch level', { archLevel: 'GOAMD64=v3' }],
    ['cgo', { CGO_ENABLED: '1' }],
    ['GOFLAGS', { GOFLAGS: '-tags=integration' }],
    ['GOEXPERIMENT', { GOEXPERIMENT: 'rangefunc' }],
    ['a build flag next to an output-neutral one', { GOFLAGS: '-modcacherw -trimpath' }]
  ])('changes with %s', (_name, change) => {
    const a = planBuildKey(withToolchain, base).key
    const b = planBuildKey(
      components(deps, { toolchain: toolchain(change as Partial<ToolchainIdentity>) }),
      base
    ).key
    expect(b).not.toBe(a)
  })

  // No GOCACHE entry depends on these: a proxy change must not throw the build cache away.
  it.each([
    ['GOPROXY', { GOPROXY: 'https://goproxy.example.com' }],
    ['GONOPROXY', { GONOPROXY: 'example.com/*' }],
    ['GOPRIVATE', { GOPRIVATE: 'example.com/*' }],
    ['GONOSUMDB', { GONOSUMDB: 'example.com/*' }],
    ['GOSUMDB', { GOSUMDB: 'off' }],
    ['GOINSECURE', { GOINSECURE: 'example.com' }],
    ['GOTOOLCHAIN', { GOTOOLCHAIN: 'auto' }],
    ['GOFLAGS -modcacherw', { GOFLAGS: '-modcacherw' }],
    ['GOFLAGS -mod=mod -x -p=4', { GOFLAGS: '-mod=mod -x -p=4' }]
  ])('does not change with %s, in either key', (_name, change) => {
    const changed = components(deps, { toolchain: toolchain(change as Partial<ToolchainIdentity>) })
    expect(planBuildKey(changed, base).key).toBe(planBuildKey(withToolchain, base).key)
    expect(planModKey(changed, base).key).toBe(planModKey(withToolchain, base).key)
  })

  it('makes matrix legs distinct', () => {
    const leg = (goarch: string) =>
      planBuildKey(
        components(deps, {
          toolchain: toolchain(),
          matrix: { goarch },
          matrixDigest: goarch.repeat(16)
        }),
        base
      ).key
    expect(leg('amd64')).not.toBe(leg('arm64'))
  })

  it('needs the toolchain identity', () => {
    expect(() => planBuildKey(components(deps), base)).toThrow(ConfigurationError)
    expect(() => planKeys(components(deps), base)).toThrow(/needs the Go toolchain identity/)
    expect(planKeys(withToolchain, base).mod.kind).toBe('mod')
    expect(planBuildKey(components(deps), { ...base, toolchain: toolchain() }).key).toBe(
      planBuildKey(withToolchain, base).key
    )
  })
})

describe('key limits', () => {
  it('rejects a prefix with a comma', () => {
    expect(() => planModKey(components(deps), { ...base, prefix: 'a,b' })).toThrow(
      /contains a comma/
    )
  })

  it('shortens free-text segments over 64 characters with a hash, keeping keys under 512', () => {
    const long = 'p'.repeat(600)
    const plan = planBuildKey(
      components(deps, { toolchain: toolchain({ GOVERSION: `devel ${'x'.repeat(700)}` }) }),
      {
        ...base,
        prefix: long,
        os: 'o'.repeat(300),
        arch: 'a'.repeat(300)
      }
    )
    expect(plan.key.length).toBeLessThanOrEqual(KEY_MAX_LENGTH)
    expect(plan.key).not.toContain(',')
    expect(plan.segments[0].value).toMatch(/^p{47}~[0-9a-f]{16}$/)
    const other = planModKey(components(deps), { ...base, prefix: 'p'.repeat(599) + 'q' })
    expect(other.segments[0].value).not.toBe(plan.segments[0].value)
  })

  it('replaces characters outside the key alphabet', () => {
    expect(sanitizeSegment('devel go1.25-abc Thu, 1 Jan')).toBe('devel_go1.25-abc_Thu__1_Jan')
  })
})

describe('matchAgainst', () => {
  it('mirrors @actions/cache: exact, a prefix of the key, a restore key, or nothing', () => {
    const plan = { key: 'go-mod-Linux-d1', restoreKeys: ['go-mod-Linux-'] }
    expect(matchAgainst(plan, 'go-mod-Linux-d1')).toBe('exact')
    expect(matchAgainst(plan, 'go-mod-Linux-d1-k2')).toBe('partial')
    expect(matchAgainst(plan, 'go-mod-Linux-d2')).toBe('partial')
    expect(matchAgainst(plan, 'go-mod-macOS-d1')).toBe('miss')
  })
})

describe('generations of a build key (archive mode)', () => {
  const key = 'go-build-Linux-X64-go1.23.4-linux-amd64-t0123456789abcdef-d0123456789abcdef'

  it('appends -g<id> and treats a generation as an exact hit, never a longer key', () => {
    const generation = generationKey(key, '12345678-2')
    expect(generation).toBe(`${key}-g123456782`)
    expect(isKeyOrGeneration(key, key)).toBe(true)
    expect(isKeyOrGeneration(key, generation)).toBe(true)
    expect(isKeyOrGeneration(key, `${key}-kfedcba9876543210`)).toBe(false)
    expect(isKeyOrGeneration(key, `${key}-kfedcba9876543210-g1`)).toBe(false)
    expect(isKeyOrGeneration(key, `${key}0`)).toBe(false)
    expect(matchAgainst({ key, restoreKeys: [] }, generation)).toBe('exact')
    expect(hitKindOf({ primaryKey: key, matchedKey: generation })).toBe('exact')
    expect(hitKindOf({ primaryKey: key, matchedKey: `${key}-kfedcba9876543210` })).toBe('partial')
  })
})

describe('moduleSetNeeded', () => {
  it('lists the zips the build needs, without go.mod-only entries', () => {
    const c = components(deps)
    const needed = moduleSetNeeded({
      ...c,
      moduleSet: [...c.moduleSet, 'old.com/o@v0.1.0/go.mod'].sort()
    })
    expect([...needed].sort()).toEqual(['golang.org/x/net@v0.25.0', 'golang.org/x/sys@v0.20.0'])
  })
})

describe('classifyListedMiss', () => {
  const plan = { key: 'go-mod-Linux-d1', restoreKeys: ['go-mod-Linux-'] }
  const scope = { version: 'v-linux', readableRefs: ['refs/heads/feature', 'refs/heads/main'] }

  it('says version-mismatch for a matching key in a readable ref with another cache version', () => {
    const listed = [{ key: 'go-mod-Linux-d0', ref: 'refs/heads/main', version: 'v-other-paths' }]
    expect(classifyListedMiss(plan, listed, scope)).toBe('version-mismatch')
  })

  it('says other-branch-scope when matching keys live only in refs this run cannot read', () => {
    const listed = [{ key: 'go-mod-Linux-d1', ref: 'refs/heads/sibling', version: 'v-linux' }]
    expect(classifyListedMiss(plan, listed, scope)).toBe('other-branch-scope')
  })

  it('says nothing when no listed entry matches the ladder', () => {
    const listed = [{ key: 'go-build-Linux-x', ref: 'refs/heads/main', version: 'v-linux' }]
    expect(classifyListedMiss(plan, listed, scope)).toBeUndefined()
  })
})
