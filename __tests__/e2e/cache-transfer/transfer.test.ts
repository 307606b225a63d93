/**
 * The cache action's own transfer end to end: the built bundles
 * (dist/cache-restore, dist/cache-save) against the harness cache service
 * with Azurite as the blob store, real Go 1.27 module and build caches, a
 * poisoned entry put straight into the service, and service faults. A cache
 * problem must end in a warning, never in a failed step or a half-written
 * cache directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import tar from 'tar-stream'
import {
  startCacheService,
  type CacheFault,
  type CacheService
} from '../../harness/cache-server.js'
import type { StepResult } from '../../harness/runner.js'
import { cacheMainStep, cachePostStep, closeCacheJobs } from '../../helpers/cache-jobs.js'
import { describeIfTool } from '../../helpers/tools.js'
import { archiveVersion } from '../../../src/core/cache-transfer/index.js'
import { cacheVersion } from '../../../src/core/cache/flows/index.js'
import {
  checkout,
  go,
  makeMachine,
  makeProject,
  makeProxy,
  type Machine
} from '../cache/fixtures.js'

let root: string
let proxy: string
let service: CacheService
let project: string

// Archive modes for both caches: the whole-GOMODCACHE and GOCACHE archives these tests compare
// byte for byte (layered: e2e/cache/layered; cacheprog: e2e/cache/cacheprog.test.ts).
const restoreStep = (machine: Machine, workspace: string, inputs: Record<string, string>) =>
  cacheMainStep(service, machine, workspace, {
    'module-cache': 'archive',
    'build-cache': 'archive',
    ...inputs
  })

const saveStep = (main: StepResult) => cachePostStep(main)

/** Every path under `dir` with its kind, mode and a content hash. */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!existsSync(dir)) return found
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel)
    const stat = lstatSync(file)
    const mode = (stat.mode & 0o777).toString(8)
    found[rel] = stat.isSymbolicLink()
      ? `link ${readlinkSync(file)}`
      : stat.isDirectory()
        ? `dir ${mode}`
        : `file ${mode} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`
  }
  return found
}

/** Leftovers of a restore beside a cache directory (staging or previous copies). */
function leftovers(dir: string): string[] {
  const parent = path.dirname(dir)
  return existsSync(parent) ? readdirSync(parent).filter(name => name.includes('go-ci-kit')) : []
}

/** Processes whose working directory is under `dir` (none may outlive a step). */
function processesIn(dir: string): string[] {
  const found: string[] = []
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`)
      if (cwd === dir || cwd.startsWith(`${dir}/`)) found.push(pid)
    } catch {
      // gone, or not ours to read
    }
  }
  return found
}

async function hostileArchive(): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
  const ended = new Promise<void>(resolve => pack.on('end', () => resolve()))
  pack.entry({ name: '0', type: 'directory' })
  pack.entry({ name: '0/cache', type: 'directory' })
  pack.entry({ name: '0/cache/harmless', type: 'file' }, 'ok')
  // A link to the machine's home, then a file written through it.
  pack.entry({ name: '0/escape', type: 'symlink', linkname: '../../..' })
  pack.entry({ name: '0/escape/pwned', type: 'file' }, 'written outside the cache')
  pack.finalize()
  await ended
  return gzipSync(Buffer.concat(chunks))
}

describeIfTool(['go1.27'])('cache transfer (bundles, Go 1.27, Azurite)', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-transfer-e2e-'))
    proxy = makeProxy(root)
    service = await startCacheService({ blob: 'azurite' })
    const setup = makeMachine(root, '1.27', proxy)
    project = makeProject(root, 'app', setup, { alphaVersion: 'v1.0.0' })
    // A main package that reaches into std, so GOCACHE holds real compiler output.
    writeFileSync(
      path.join(project, 'cmd.go'),
      'package app\n\nimport "strconv"\n\nfunc Show(n int) string {\n\treturn strconv.Itoa(n) + Names\n}\n'
    )
  })

  afterAll(() => closeCacheJobs(service, root))

  it('saves real module and build caches and restores them byte for byte', async () => {
    const first = makeMachine(root, '1.27', proxy)
    const workspace = checkout(project, root, 'first')
    const main = await restoreStep(first, workspace, { prefix: 'rt' })
    expect(main.outputs['hit-kind']).toBe('miss')
    go(first, workspace, ['build', './...'])
    await saveStep(main)
    const saved = { mod: tree(first.modCache), build: tree(first.buildCache) }
    expect(Object.keys(saved.build).length).toBeGreaterThan(20)
    // Entries carry our archive version, never one @actions/cache would look up.
    for (const entry of service.entries().filter(e => e.key.startsWith('rt-'))) {
      const dir = entry.key.startsWith('rt-mod-') ? first.modCache : first.buildCache
      expect(entry.version).toBe(archiveVersion([dir]))
      expect(entry.version).not.toBe(cacheVersion([dir], 'zstd-without-long', 'linux'))
      expect(entry.version).not.toBe(cacheVersion([dir], 'gzip', 'linux'))
    }

    const second = makeMachine(root, '1.27', proxy)
    const again = await restoreStep(second, checkout(project, root, 'second'), { prefix: 'rt' })
    expect(again.outputs['cache-hit']).toBe('true')
    expect(tree(second.modCache)).toEqual(saved.mod)
    expect(tree(second.buildCache)).toEqual(saved.build)
    expect(leftovers(second.modCache)).toEqual([])
    expect(leftovers(second.buildCache)).toEqual([])
    // Everything the build needs came back: offline, nothing compiles.
    const offline = { ...second, env: { ...second.env, GOPROXY: 'off' } }
    const log = go(offline, again.workspace, ['build', '-x', './...'])
    expect(log).not.toMatch(/\/compile /)
  })

  it('a poisoned entry put straight into the service is refused with a warning; the job goes on', async () => {
    const machine = makeMachine(root, '1.27', proxy)
    const workspace = checkout(project, root, 'poisoned')
    const lookup = await restoreStep(machine, workspace, {
      prefix: 'poison',
      cache: 'mod',
      mode: 'lookup-only'
    })
    const modKey = lookup.outputs['mod-key']!
    await service.putEntry(modKey, archiveVersion([machine.modCache]), await hostileArchive())

    const main = await restoreStep(machine, workspace, { prefix: 'poison', cache: 'mod' })
    expect(main.outputs['mod-hit-kind']).toBe('miss')
    expect(main.outputs['mod-miss-reason']).toContain('archive-corrupt')
    const warnings = main.warnings.map(warning => warning.message).join('\n')
    expect(warnings).toMatch(/refused an unsafe archive: .*through the symlink "0\/escape"/)
    expect(existsSync(path.join(machine.home, 'pwned'))).toBe(false)
    expect(existsSync(path.join(path.dirname(machine.modCache), 'pwned'))).toBe(false)
    expect(existsSync(machine.modCache)).toBe(false)
    expect(leftovers(machine.modCache)).toEqual([])
    // The job downloads from the proxy and its post step passes.
    go(machine, workspace, ['mod', 'download'])
    await saveStep(main)
  })

  describe('faults end in a warning and leave the caches as they were', () => {
    const restoreFaults: CacheFault[] = ['500', '403-read', '429', 'truncated-blob', 'blob-5xx']
    for (const fault of restoreFaults) {
      it(`restore with ${fault}`, async () => {
        const machine = makeMachine(root, '1.27', proxy)
        service.setFault(fault)
        try {
          const main = await restoreStep(machine, checkout(project, root, `fault-${fault}`), {
            prefix: 'rt',
            mode: 'restore-only'
          })
          expect(main.outputs['hit-kind']).toBe('miss')
          expect(main.outputs['miss-reason']).toMatch(/cache-unavailable|archive-corrupt/)
          expect(main.warnings.length).toBeGreaterThan(0)
        } finally {
          service.setFault(null)
        }
        expect(existsSync(machine.modCache)).toBe(false)
        expect(existsSync(machine.buildCache)).toBe(false)
        expect(leftovers(machine.modCache)).toEqual([])
        expect(leftovers(machine.buildCache)).toEqual([])
      }, 60_000)
    }

    it('a service that never answers: the step timeout ends the restore', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      service.setFault('timeout')
      try {
        const main = await restoreStep(machine, checkout(project, root, 'fault-timeout'), {
          prefix: 'rt',
          mode: 'restore-only',
          timeout: '2s'
        })
        expect(main.outputs['miss-reason']).toContain('cache-unavailable')
        expect(main.warnings.map(w => w.message).join('\n')).toMatch(/timed out after 2 s/)
      } finally {
        service.setFault(null)
      }
    })

    it('an extraction that hits the timeout stops, leaves nothing, and no process outlives the step', async () => {
      const machine = makeMachine(root, '1.27', proxy)
      const workspace = checkout(project, root, 'fault-slow')
      service.setFault('slow-blob')
      try {
        const main = await restoreStep(machine, workspace, {
          prefix: 'rt',
          cache: 'build',
          mode: 'restore-only',
          timeout: '3s'
        })
        expect(main.outputs['build-hit-kind']).toBe('miss')
        expect(main.warnings.map(w => w.message).join('\n')).toMatch(/timed out after 3 s/)
      } finally {
        service.setFault(null)
      }
      expect(existsSync(machine.buildCache)).toBe(false)
      expect(leftovers(machine.buildCache)).toEqual([])
      expect(processesIn(machine.home)).toEqual([])
      expect(processesIn(workspace)).toEqual([])
    })

    for (const fault of ['403-write', '500'] as const) {
      it(`save with ${fault}`, async () => {
        const machine = makeMachine(root, '1.27', proxy)
        const workspace = checkout(project, root, `save-${fault}`)
        const main = await restoreStep(machine, workspace, { prefix: `save${fault}`, cache: 'mod' })
        go(machine, workspace, ['mod', 'download'])
        service.setFault(fault)
        let post: StepResult
        try {
          post = await saveStep(main)
        } finally {
          service.setFault(null)
        }
        if (fault === '403-write') {
          // A read-only token is expected (untrusted triggers): said in the summary, no warning.
          expect(post.summary).toMatch(/save-skipped-read-only/)
          expect(post.summary).toMatch(/HTTP 403 permission_denied/)
        } else {
          expect(post.summary).toMatch(/save-skipped-unavailable/)
          expect(post.warnings.length).toBeGreaterThan(0)
        }
        expect(service.entries().filter(e => e.key.startsWith(`save${fault}-`))).toEqual([])
        expect(
          readdirSync(path.join(post.runnerDir, 'temp')).filter(n => n.endsWith('.tar.gz'))
        ).toEqual([])
      }, 60_000)
    }
  })
})
