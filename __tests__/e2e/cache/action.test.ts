/**
 * The cache action end to end: the built bundles run through the runner
 * harness, moving their archives through the local cache service (Twirp + Azurite),
 * real Go 1.27 (and 1.26 for a toolchain change) and modules from a file:// GOPROXY.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isKeyOrGeneration } from '../../../src/core/cache/index.js'
import { startCacheService, type CacheService } from '../../harness/cache-server.js'
import { describeStep, runStep, type StepResult } from '../../harness/runner.js'
import { RESTORE, cacheMainStep, cachePostStep, closeCacheJobs } from '../../helpers/cache-jobs.js'
import { describeIfTool } from '../../helpers/tools.js'
import {
  buildCacheEntries,
  checkout,
  go,
  makeMachine,
  makeProject,
  makeProxy,
  moduleZips,
  type Machine
} from './fixtures.js'

let root: string
let proxy: string
let service: CacheService
/** go.sum pins alpha v1.0.0; `bumped` pins v1.1.0; `vendored` builds from vendor/. */
let projects: { base: string; bumped: string; vendored: string }

interface Job {
  main: StepResult
  post?: StepResult
}

async function restoreStep(
  machine: Machine,
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {}
): Promise<StepResult> {
  // These runs are about archive mode for both caches: layered.test.ts and cacheprog.test.ts
  // cover the defaults.
  const archives = { 'module-cache': 'archive', 'build-cache': 'archive', ...inputs }
  return cacheMainStep(service, machine, workspace, archives, env, { errors: false })
}

/** Main step, `go build ./...` as the job's build, then the post step. */
async function job(
  machine: Machine,
  workspace: string,
  inputs: Record<string, string> = {}
): Promise<Job> {
  const main = await restoreStep(machine, workspace, inputs)
  go(machine, workspace, ['build', './...'])
  const post = await cachePostStep(main, { errors: false })
  return { main, post }
}

function keysWithPrefix(prefix: string): string[] {
  return service
    .entries()
    .filter(entry => entry.finalized && entry.key.startsWith(`${prefix}-`))
    .map(entry => entry.key)
    .sort()
}

describeIfTool(['go1.26', 'go1.27'])('cache action (bundles, local cache service)', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-cache-e2e-'))
    proxy = makeProxy(root)
    service = await startCacheService({ blob: 'builtin' })
    const setup = makeMachine(root, '1.27', proxy)
    projects = {
      base: makeProject(root, 'base', setup, { alphaVersion: 'v1.0.0' }),
      bumped: makeProject(root, 'bumped', setup, { alphaVersion: 'v1.1.0' }),
      vendored: makeProject(root, 'vendored', setup, { alphaVersion: 'v1.0.0', vendor: true })
    }
  })

  afterAll(() => closeCacheJobs(service, root))

  describe('one repository over several runs (prefix "flow")', () => {
    const inputs = { prefix: 'flow' }

    it('first run misses, then saves both caches', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const { main, post } = await job(machine, checkout(projects.base, root, 'first'), inputs)
      expect(main.outputs['cache-hit']).toBe('false')
      expect(main.outputs['hit-kind']).toBe('miss')
      expect(main.outputs['mod-miss-reason']).toContain('first-run')
      expect(main.outputs['mod-key']).toMatch(/^flow-mod-Linux-d[0-9a-f]{16}$/)
      expect(main.outputs['build-key']).toMatch(/^flow-build-Linux-X64-go1\.27/)
      expect(main.notices.length).toBeGreaterThanOrEqual(1)
      expect(JSON.parse(main.outputs.components!).moduleSet).toContain('example.com/alpha@v1.0.0')
      // Archive-mode build caches are saved as generations of their key (`<key>-g<id>`).
      const saved = keysWithPrefix('flow')
      expect(saved).toHaveLength(2)
      expect(saved).toContain(main.outputs['mod-key'])
      expect(saved.some(key => isKeyOrGeneration(main.outputs['build-key']!, key))).toBe(true)
      expect(post!.summary).toMatch(/\| cache \|/i)
      expect(existsSync(path.join(machine.modCache, '.go-ci-kit', 'manifest-mod.json'))).toBe(true)
    })

    it('a rerun on a fresh machine is an exact hit and saves nothing', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const before = service.entries().length
      const workspace = checkout(projects.base, root, 'rerun')
      const main = await restoreStep(machine, workspace, inputs)
      expect(main.outputs['cache-hit']).toBe('true')
      expect(main.outputs['hit-kind']).toBe('exact')
      expect(main.outputs['mod-matched-key']).toBe(main.outputs['mod-key'])
      // The module cache really came back: the build works with the proxy off.
      go({ ...machine, env: { ...machine.env, GOPROXY: 'off' } }, workspace, ['build', './...'])
      const post = await cachePostStep(main, { errors: false })
      expect(service.entries().length).toBe(before)
      expect(post.summary).toContain('save-skipped-exact-hit')
    })

    it('a go.sum bump is a partial hit naming the module; prune shapes what is saved, the trim keeps recent entries', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.bumped, root, 'bump')
      const main = await restoreStep(machine, workspace, inputs)
      expect(main.outputs['mod-hit-kind']).toBe('partial')
      expect(main.outputs['mod-miss-reason']).toContain('deps-changed')
      expect(main.outputs['mod-miss-detail']).toContain('example.com/alpha')
      expect(main.outputs['build-hit-kind']).toBe('partial')
      expect(main.notices.map(notice => notice.message).join('\n')).toContain('example.com/alpha')

      const restored = buildCacheEntries(machine.buildCache)
      expect(restored.size).toBeGreaterThan(0)
      expect(existsSync(path.join(machine.buildCache, 'trim.txt'))).toBe(false)
      const restoredAt = Date.now()
      // Restored entries are dated at least an hour back, so Go refreshes the ones it uses.
      for (const mtime of restored.values()) expect(mtime).toBeLessThan(restoredAt - 3_600_000)

      go(machine, workspace, ['build', './...'])
      const afterBuild = buildCacheEntries(machine.buildCache)
      const used = [...restored.keys()].filter(
        entry => afterBuild.get(entry)! > restoredAt - 60_000
      )
      const unused = [...restored.keys()].filter(entry => !used.includes(entry))
      expect(used.length).toBeGreaterThan(0)
      expect(unused.length).toBeGreaterThan(0) // alpha v1.0.0's compile is no longer needed

      await cachePostStep(main, { errors: false })
      const afterSave = buildCacheEntries(machine.buildCache)
      for (const entry of used) expect([entry, afterSave.has(entry)]).toEqual([entry, true])
      // Unused by this run but used within the retention window (five days): kept, since a
      // later run may need what this one skipped; Go's own trim and ours drop it after that.
      for (const entry of unused) expect([entry, afterSave.has(entry)]).toEqual([entry, true])

      // Prune keeps exactly the needed module versions.
      expect(moduleZips(machine.modCache)).toEqual([
        'example.com/!beta@v1.0.0',
        'example.com/alpha@v1.1.0'
      ])
      expect(existsSync(path.join(machine.modCache, 'example.com', 'alpha@v1.0.0'))).toBe(false)
      expect(existsSync(path.join(machine.modCache, 'example.com', 'alpha@v1.1.0'))).toBe(true)
      expect(keysWithPrefix('flow')).toContain(main.outputs['mod-key'])
      expect(
        keysWithPrefix('flow').some(key => isKeyOrGeneration(main.outputs['build-key']!, key))
      ).toBe(true)
    })

    it('a partial module restore holding a version the set dropped is saved pruned', async () => {
      // A key-files change alters the module key, so the first run's module cache comes back
      // through a restore key (partial) while it already holds every module the build needs.
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'nothing-new')
      const main = await restoreStep(machine, workspace, {
        ...inputs,
        'key-files': 'app.go',
        cache: 'mod'
      })
      expect(main.outputs['mod-hit-kind']).toBe('partial')
      const before = keysWithPrefix('flow')
      const post = await cachePostStep(main, { errors: false })
      // The newest module cache (the bump's) came back: it holds every needed module, plus
      // alpha v1.1.0, which the set dropped, so it is saved pruned rather than skipped.
      expect(post.summary).toContain('pruned 1 module version')
      expect(keysWithPrefix('flow')).toEqual([...before, main.outputs['mod-key']].sort())
    })

    it('Go 1.26 after Go 1.27 explains the build cache miss as toolchain-changed', async () => {
      const machine = makeMachine(root, '1.26', proxy)
      const main = await restoreStep(machine, checkout(projects.base, root, 'go126'), inputs)
      expect(main.outputs['build-key']).toMatch(/^flow-build-Linux-X64-go1\.26/)
      expect(main.outputs['build-hit-kind']).not.toBe('exact')
      expect(main.outputs['build-miss-reason']).toContain('toolchain-changed')
      // The module cache does not depend on the Go version.
      expect(main.outputs['mod-hit-kind']).toBe('exact')
    })
  })

  it('matrix legs with different GOARCH get different build keys', async () => {
    const machine = makeMachine(root, '1.27', proxy)
    const workspace = checkout(projects.base, root, 'matrix')
    const legs = await Promise.all(
      ['amd64', 'arm64'].map(goarch =>
        restoreStep(
          machine,
          workspace,
          { prefix: 'matrix', mode: 'lookup-only', matrix: JSON.stringify({ goarch }) },
          { GOARCH: goarch }
        )
      )
    )
    const [amd64, arm64] = legs.map(leg => leg.outputs['build-key'])
    expect(amd64).toContain('-amd64-')
    expect(arm64).toContain('-arm64-')
    expect(amd64).not.toBe(arm64)
    expect(legs[0]!.outputs['mod-key']).toBe(legs[1]!.outputs['mod-key'])
  })

  it('two legs saving the same key: one saves, the other notes it and passes', async () => {
    // Both legs restore before either saves (both miss), then both save the same key.
    const machine = makeMachine(root, '1.27', proxy)
    const workspace = checkout(projects.base, root, 'race')
    const legs = [
      await restoreStep(machine, workspace, { prefix: 'race', cache: 'mod' }),
      await restoreStep(machine, workspace, { prefix: 'race', cache: 'mod' })
    ]
    go(machine, workspace, ['mod', 'download'])
    const posts = await Promise.all(legs.map(main => cachePostStep(main)))
    expect(keysWithPrefix('race')).toEqual([legs[0]!.outputs['mod-key']])
    const text = posts.map(post => post.stdout + post.summary).join('\n')
    expect(text).toMatch(/save-skipped-reserved|another job may be creating this cache/)
  })

  it('a vendored repository marks the module cache as not needed', async () => {
    const machine = makeMachine(root, '1.27', proxy)
    const workspace = checkout(projects.vendored, root, 'vendor')
    const main = await restoreStep(machine, workspace, { prefix: 'vendor' }, { GOFLAGS: '' })
    expect(main.outputs['mod-needed']).toBe('false')
    expect(main.outputs['mod-miss-detail'] + main.outputs['miss-detail']).toMatch(/vendor/i)
    await cachePostStep(main, { errors: false })
    expect(keysWithPrefix('vendor').some(key => key.startsWith('vendor-mod-'))).toBe(false)
  })

  describe('save policy', () => {
    it('a pull request from a fork restores but does not save', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'fork')
      const main = await runStep({
        entry: RESTORE,
        workspace,
        inputs: { prefix: 'fork', cache: 'mod' },
        env: { ...machine.env, ...service.env },
        event: {
          name: 'pull_request',
          payload: {
            pull_request: {
              head: { repo: { full_name: 'mallory/widgets' } },
              base: { repo: { full_name: 'acme/widgets' } }
            },
            repository: { full_name: 'acme/widgets' }
          }
        }
      })
      expect([main.exitCode, describeStep(main)]).toEqual([0, expect.any(String)])
      go(machine, workspace, ['mod', 'download'])
      const post = await cachePostStep(main, { errors: false })
      expect(post.summary).toContain('save-skipped-fork')
      expect(keysWithPrefix('fork')).toEqual([])
    })

    it('save-if false skips the save', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'save-if')
      const { post } = await job(machine, workspace, { prefix: 'saveif', 'save-if': 'false' })
      expect(post!.summary).toContain('save-skipped-condition')
      expect(keysWithPrefix('saveif')).toEqual([])
    })
  })

  describe('service faults never fail the job', () => {
    it('service down: cache-unavailable on restore, save skipped', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'down')
      service.setFault('down')
      try {
        const main = await restoreStep(machine, workspace, { prefix: 'down' })
        expect(main.outputs['miss-reason']).toContain('cache-unavailable')
        expect(main.warnings.length).toBeGreaterThan(0)
        expect(main.errors).toEqual([])
        go(machine, workspace, ['build', './...'])
        const post = await cachePostStep(main)
        expect(post.summary).toMatch(/save-skipped-/)
      } finally {
        service.setFault(null)
      }
      expect(keysWithPrefix('down')).toEqual([])
    })

    it('403 on write: the save is skipped with a warning, the job passes', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'denied')
      const main = await restoreStep(machine, workspace, { prefix: 'denied', cache: 'mod' })
      go(machine, workspace, ['mod', 'download'])
      service.setFault('403-write')
      try {
        const post = await cachePostStep(main)
        expect(post.summary).toMatch(/save-skipped-(read-only|unavailable)/)
      } finally {
        service.setFault(null)
      }
      expect(keysWithPrefix('denied')).toEqual([])
    })

    it('a corrupt archive is a miss with a warning, not a failure', async () => {
      let machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'corrupt')
      await job(machine, workspace, { prefix: 'corrupt', cache: 'mod' })
      machine = makeMachine(root, '1.27', proxy)
      service.setFault('corrupt-archive')
      try {
        const main = await restoreStep(machine, workspace, { prefix: 'corrupt', cache: 'mod' })
        expect(main.outputs['mod-hit-kind']).toBe('miss')
        expect(main.outputs['mod-miss-reason']).toMatch(/archive-corrupt|cache-unavailable/)
        expect(main.errors).toEqual([])
      } finally {
        service.setFault(null)
      }
    })

    it('5xx on restore: one retry cycle, then cache-unavailable and the job passes', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      service.setFault('5xx')
      try {
        const main = await restoreStep(machine, checkout(projects.base, root, '5xx'), {
          prefix: '5xx',
          cache: 'mod',
          mode: 'restore-only'
        })
        expect(main.outputs['mod-miss-reason']).toContain('cache-unavailable')
        expect(main.errors).toEqual([])
      } finally {
        service.setFault(null)
      }
    }, 60_000)

    it('writes the metrics file in OpenMetrics format', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(projects.base, root, 'metrics')
      const { main } = await job(machine, workspace, {
        prefix: 'metrics',
        'metrics-file': 'cache.prom'
      })
      expect(main.outputs['hit-kind']).toBe('miss')
      const text = readFileSync(path.join(workspace, 'cache.prom'), 'utf8')
      expect(text).toMatch(/^go_ci_kit_cache_restore_total\{cache="build",hit_kind="miss"/m)
      expect(text).toMatch(/^go_ci_kit_cache_save_seconds\{/m)
      expect(text).toMatch(/^go_ci_kit_cache_save_bytes\{/m)
      expect(text.trimEnd().endsWith('# EOF')).toBe(true)
    })
  })
})

describeIfTool(['go1.27'])('cache action with Azurite as the blob store', () => {
  it('saves on the first run and restores exactly on the next', async () => {
    const azRoot = mkdtempSync(path.join(os.tmpdir(), 'gck-cache-az-'))
    const azure = await startCacheService({ blob: 'azurite' })
    try {
      const azProxy = makeProxy(azRoot)
      const setup = makeMachine(azRoot, '1.27', azProxy)
      const project = makeProject(azRoot, 'az', setup, { alphaVersion: 'v1.0.0' })
      const run = async (name: string): Promise<Job> => {
        const machine = makeMachine(azRoot, '1.27', azProxy)
        const workspace = checkout(project, azRoot, name)
        const inputs = { 'build-cache': 'archive' }
        const main = await cacheMainStep(azure, machine, workspace, inputs, {}, { errors: false })
        go(machine, workspace, ['build', './...'])
        const post = await cachePostStep(main, { errors: false })
        return { main, post }
      }
      const first = await run('az-first')
      expect(first.main.outputs['hit-kind']).toBe('miss')
      // The default layered module cache: a base and its empty delta, plus the build cache.
      expect(
        azure
          .entries()
          .filter(entry => entry.finalized)
          .map(entry => entry.key.replace(/-.*/, '') + entry.key.split('-')[1])
          .sort()
      ).toEqual(['gobuild', 'gomodbase', 'gomoddelta'])
      const second = await run('az-second')
      expect(second.main.outputs['cache-hit']).toBe('true')
    } finally {
      await closeCacheJobs(azure, azRoot)
    }
  })
})
