import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import {
  cacheRunEnvFrom,
  DEFAULT_TIMEOUT_MS,
  forkOf,
  readableRefs,
  readCacheRunInputs,
  saveGate
} from '../../../../src/core/cache/flows/index.js'
import {
  planBuildKey,
  planModKey,
  probeKeys,
  segmentDifference,
  type KeyComponents
} from '../../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { Inputs, inputSourceFromRecord } from '../../../../src/core/inputs.js'
import { toolchain } from '../fixtures.js'

const pr = (head: string | null, base = 'acme/widgets') => ({
  pull_request: {
    head: { repo: head === null ? null : { full_name: head } },
    base: { repo: { full_name: base } }
  }
})

describe('forkOf and saveGate', () => {
  it('recognises fork pull requests, including pull_request_target and deleted forks', () => {
    expect(forkOf('pull_request', pr('mallory/widgets'))).toBe('mallory/widgets')
    expect(forkOf('pull_request_target', pr('mallory/widgets'))).toBe('mallory/widgets')
    expect(forkOf('pull_request', pr(null))).toBe('(deleted fork)')
    expect(forkOf('pull_request', pr('Acme/Widgets'))).toBe(undefined)
    expect(forkOf('push', pr('mallory/widgets'))).toBe(undefined)
    expect(forkOf('pull_request', {})).toBe(undefined)
  })

  it('says why a save is skipped, save-if first', () => {
    const base = { saveIf: true, cacheMode: '', eventName: 'push', payload: {} }
    expect(saveGate(base)).toEqual({})
    expect(saveGate({ ...base, saveIf: false }).reason).toBe('save-skipped-condition')
    expect(saveGate({ ...base, cacheMode: 'read' }).reason).toBe('save-skipped-read-only')
    expect(saveGate({ ...base, cacheMode: 'none' }).reason).toBe('save-skipped-read-only')
    expect(saveGate({ ...base, cacheMode: 'write' })).toEqual({})
    expect(
      saveGate({ ...base, eventName: 'pull_request', payload: pr('mallory/widgets') }).reason
    ).toBe('save-skipped-fork')
  })

  it('readable refs: this ref, the PR base and the default branch', () => {
    expect(
      readableRefs('refs/pull/7/merge', 'main', { repository: { default_branch: 'trunk' } })
    ).toEqual(['refs/pull/7/merge', 'refs/heads/main', 'refs/heads/trunk'])
  })
})

describe('inputs', () => {
  const read = (values: Record<string, string>) =>
    readCacheRunInputs(new Inputs(inputSourceFromRecord(values)), '/ws')

  it('has the documented defaults', () => {
    expect(read({})).toEqual({
      workingDirectory: '/ws',
      caches: ['mod', 'build'],
      prefix: 'go',
      keyFiles: [],
      matrix: undefined,
      pathHash: false,
      saveIf: true,
      mode: 'restore-save',
      trimBuildCache: true,
      pruneModuleCache: true,
      moduleCache: 'layered',
      metricsFile: undefined,
      githubToken: undefined,
      failOnCacheMiss: false,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      buildCachePrefetch: false,
      buildCacheServer: true
    })
  })

  it('parses every input', () => {
    const inputs = read({
      'working-directory': 'svc',
      cache: 'build',
      'key-files': 'tools.go\n# comment\nMakefile',
      matrix: '{"os":"linux","go":"1.23"}',
      'path-hash': 'true',
      'save-if': 'false',
      mode: 'lookup-only',
      'metrics-file': 'out/metrics.txt',
      timeout: '90s'
    })
    expect(inputs).toMatchObject({
      workingDirectory: path.resolve('/ws', 'svc'),
      caches: ['build'],
      keyFiles: ['tools.go', 'Makefile'],
      matrix: { os: 'linux', go: '1.23' },
      pathHash: true,
      saveIf: false,
      mode: 'lookup-only',
      metricsFile: path.resolve('/ws', 'out/metrics.txt'),
      timeoutMs: 90_000
    })
    expect(read({ cache: 'build, mod, gomodcache' }).caches).toEqual(['mod', 'build'])
  })

  it('rejects a bad cache name, mode or matrix with the input named', () => {
    expect(() => read({ cache: 'mod,vendor' })).toThrow(/Input cache has invalid value "vendor"/)
    expect(() => read({ mode: 'save-always' })).toThrow(ConfigurationError)
    expect(() => read({ matrix: '{os: linux}' })).toThrow(/Input matrix is not valid JSON/)
  })

  it('reads the runner environment', () => {
    const env = cacheRunEnvFrom(
      { GITHUB_WORKSPACE: '/w', RUNNER_OS: 'macOS', ACTIONS_CACHE_MODE: ' Read ' },
      'darwin'
    )
    expect(env).toMatchObject({ workspace: '/w', runnerOs: 'macOS', cacheMode: 'read' })
    expect(cacheRunEnvFrom({}, 'win32').runnerOs).toBe('Windows')
    expect(cacheRunEnvFrom({ GOPATH: '/gp:/other' }, 'linux').goModCache).toBe('/gp/pkg/mod')
    expect(cacheRunEnvFrom({ GOMODCACHE: '/m', GOPATH: '/gp' }, 'linux').goModCache).toBe('/m')
  })
})

describe('key segment differences', () => {
  const components: KeyComponents = {
    schema: 1,
    workDir: '.',
    goMods: [],
    goSums: [],
    moduleSet: [],
    moduleSetDigest: 'a'.repeat(64),
    keyFiles: [],
    toolchain: toolchain()
  }
  const options = { dir: '/ws', repoRoot: '/ws', os: 'Linux', arch: 'X64' }

  it('names the first segment that differs', () => {
    const plan = planBuildKey(components, options)
    const older = planBuildKey(
      { ...components, toolchain: toolchain({ GOVERSION: 'go1.22.12' }) },
      options
    )
    expect(segmentDifference(plan, older.key)).toMatchObject({
      reason: 'toolchain-changed',
      detail: 'Go 1.22.12 → 1.23.4'
    })
    const otherArch = planBuildKey(
      { ...components, toolchain: toolchain({ GOARCH: 'arm64' }) },
      options
    )
    expect(segmentDifference(plan, otherArch.key)?.detail).toBe('GOARCH arm64 → amd64')
    const cgo = planBuildKey({ ...components, toolchain: toolchain({ CGO_ENABLED: '1' }) }, options)
    expect(segmentDifference(plan, cgo.key)?.reason).toBe('env-changed')
    const matrix = planBuildKey(
      { ...components, matrix: { go: '1' }, matrixDigest: 'b'.repeat(64) },
      options
    )
    expect(segmentDifference(plan, matrix.key)?.reason).toBe('matrix-changed')
    expect(segmentDifference(plan, plan.key)).toBe(undefined)
  })

  it('module keys differ in the module set or the key files', () => {
    const plan = planModKey(components, options)
    const deps = planModKey({ ...components, moduleSetDigest: 'c'.repeat(64) }, options)
    expect(segmentDifference(plan, deps.key)?.reason).toBe('deps-changed')
    expect(segmentDifference(plan, `${plan.key}-k0123456789abcdef`)?.reason).toBe(
      'key-files-changed'
    )
  })

  it('the miss probe goes below the restore ladder down to <prefix>-build-<OS>-', () => {
    const plan = planBuildKey(components, options)
    const keys = probeKeys(plan)
    expect(keys).toEqual([
      'go-build-Linux-X64-go1.23.4-linux-amd64-',
      'go-build-Linux-X64-go1.23.4-linux-',
      'go-build-Linux-X64-go1.23.4-',
      'go-build-Linux-X64-',
      'go-build-Linux-'
    ])
    for (const key of keys) expect(plan.restoreKeys).not.toContain(key)
  })
})

describe('optional key segments', () => {
  it('a matrix on one side only is matrix-changed, whichever side has it', () => {
    const components: KeyComponents = {
      schema: 1,
      workDir: '.',
      goMods: [],
      goSums: [],
      moduleSet: [],
      moduleSetDigest: 'a'.repeat(64),
      keyFiles: [],
      toolchain: toolchain()
    }
    const options = { dir: '/ws', repoRoot: '/ws', os: 'Linux' }
    const plain = planBuildKey(components, options)
    const withMatrix = planBuildKey(
      { ...components, matrix: { go: '1' }, matrixDigest: 'b'.repeat(64) },
      options
    )
    expect(segmentDifference(plain, withMatrix.key)).toMatchObject({
      reason: 'matrix-changed',
      to: '(none)'
    })
    expect(segmentDifference(withMatrix, plain.key)).toMatchObject({
      reason: 'matrix-changed',
      from: '(none)'
    })
  })
})
