import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  BACKDATE_MS,
  dateRestoredEntries,
  escapeModulePath,
  inventoryModCache,
  listBuildCacheEntries,
  newEntries,
  newModuleVersions,
  pruneModCache,
  RETENTION_MS,
  staleCutoff,
  trimStale,
  trimVerdict,
  unescapeModulePath
} from '../../../src/core/cache/index.js'
import { removeDir, tempDir } from './fixtures.js'
import { downloadModule, entryName, makeWritable, useBuildEntries } from './flows/fakes.js'

let root: string
beforeEach(() => {
  root = tempDir('cache-action-disk')
})
afterEach(() => {
  makeWritable(root)
  removeDir(root)
})

describe('GOCACHE trim', () => {
  const now = Date.UTC(2026, 0, 10, 12)
  const HOUR = 3_600_000
  const DAY = 24 * HOUR

  it('deletes only what no saved run used within the retention window, and trim.txt', async () => {
    const goCache = path.join(root, 'gocache')
    // The archive's dates: the saving run ended 3 h ago; it used `used` and `skipped` then.
    const used = [entryName('used'), entryName('used', 'd')]
    const skipped = [entryName('skipped'), entryName('skipped', 'd')]
    const stale = [entryName('stale'), entryName('stale', 'd')]
    useBuildEntries(goCache, [...used, ...skipped], now - 3 * HOUR)
    useBuildEntries(goCache, stale, now - 3 * HOUR - 6 * DAY)
    writeFileSync(path.join(goCache, 'README'), 'not an entry')

    const restored = await listBuildCacheEntries(goCache)
    expect(restored).toEqual(
      [...used, ...skipped, ...stale].map(name => `${name.slice(0, 2)}/${name}`).sort()
    )
    const dates = await dateRestoredEntries(goCache, restored, now)
    expect(dates).toEqual({
      untouchedBefore: now - BACKDATE_MS,
      staleBefore: now - RETENTION_MS,
      backdated: 0
    })
    // The archive's dates are kept.
    expect(statSync(path.join(goCache, restored[0]!)).mtimeMs).toBeLessThan(now - 2 * HOUR)

    // The build reads `used`, writes a new entry; a cached test result stands for `skipped`.
    const fresh = entryName('fresh')
    useBuildEntries(goCache, [...used, fresh], now + 60_000)
    const current = await listBuildCacheEntries(goCache)
    expect(newEntries(current, restored)).toEqual([`${fresh.slice(0, 2)}/${fresh}`])

    const result = await trimStale(goCache, restored, dates)
    expect(result).toMatchObject({ removed: 2, used: 2, keptUnused: 2 })
    const left = (await listBuildCacheEntries(goCache)).map(entry => path.basename(entry))
    expect(left.sort()).toEqual([...used, ...skipped, fresh].sort())
    expect(existsSync(path.join(goCache, 'trim.txt'))).toBe(false)
    expect(existsSync(path.join(goCache, 'README'))).toBe(true)
  })

  it('dates back entries newer than two hours, so a use by this run refreshes them', async () => {
    const goCache = path.join(root, 'gocache')
    const recent = entryName('recent')
    useBuildEntries(goCache, [recent], now - 10 * 60_000)
    const restored = await listBuildCacheEntries(goCache)
    const dates = await dateRestoredEntries(goCache, restored, now)
    expect(dates.backdated).toBe(1)
    expect(statSync(path.join(goCache, restored[0]!)).mtimeMs).toBe(now - BACKDATE_MS)
    useBuildEntries(goCache, [recent], now)
    expect(statSync(path.join(goCache, restored[0]!)).mtimeMs).toBe(now)
    expect(await trimStale(goCache, restored, dates)).toMatchObject({ removed: 0, used: 1 })
  })

  it("uses Go's own trim cutoff: unused for five days and an hour", () => {
    expect(staleCutoff(now)).toBe(now - 5 * DAY - HOUR)
    expect(RETENTION_MS).toBe(5 * DAY + HOUR) // Go's trimLimit + mtimeInterval
  })

  it('the verdict: used since the restore, kept within the window, stale before it', () => {
    const dates = { untouchedBefore: now - BACKDATE_MS, staleBefore: now - RETENTION_MS }
    fc.assert(
      fc.property(fc.integer({ min: -30 * DAY, max: HOUR }), offset => {
        const mtime = now + offset
        const verdict = trimVerdict(mtime, dates)
        if (mtime > dates.untouchedBefore + 1000) expect(verdict).toBe('used')
        else if (mtime >= dates.staleBefore) expect(verdict).toBe('kept')
        else expect(verdict).toBe('stale')
        // Nothing used within the retention window is ever deleted.
        if (mtime >= dates.staleBefore) expect(verdict).not.toBe('stale')
      })
    )
  })

  it('lists nothing for a missing directory', async () => {
    expect(await listBuildCacheEntries(path.join(root, 'none'))).toEqual([])
  })
})

describe('module path escaping', () => {
  it('escapes upper case as Go does and round-trips', () => {
    expect(escapeModulePath('github.com/Azure/azure-SDK')).toBe('github.com/!azure/azure-!s!d!k')
    expect(unescapeModulePath('github.com/!azure/azure-!s!d!k')).toBe('github.com/Azure/azure-SDK')
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._~/-]{1,40}$/), value => {
        expect(unescapeModulePath(escapeModulePath(value))).toBe(value)
        expect(escapeModulePath(value)).not.toMatch(/[A-Z]/)
      })
    )
  })
})

describe('GOMODCACHE inventory and prune', () => {
  function populate(modCache: string): void {
    downloadModule(modCache, 'example.com/a', 'v1.0.0')
    downloadModule(modCache, 'example.com/a', 'v1.1.0')
    downloadModule(modCache, 'example.com/!big', 'v2.0.0-!r!c1')
    downloadModule(modCache, 'example.com/graph', 'v0.3.0', false)
    downloadModule(modCache, 'example.com/graph', 'v0.2.0')
    downloadModule(modCache, 'example.com/gone', 'v1.0.0')
    downloadModule(modCache, 'golang.org/toolchain', 'v0.0.1-go1.23.5.linux-amd64')
    mkdirSync(path.join(modCache, 'cache', 'download', 'sumdb', 'sum.golang.org', 'tile'), {
      recursive: true
    })
    writeFileSync(
      path.join(modCache, 'cache', 'download', 'sumdb', 'sum.golang.org', 'latest'),
      'x'
    )
  }

  it('lists zips and go.mod files with unescaped paths and versions', async () => {
    const modCache = path.join(root, 'mod')
    populate(modCache)
    const inventory = await inventoryModCache(modCache)
    expect([...inventory.zips].sort()).toEqual([
      'example.com/Big@v2.0.0-RC1',
      'example.com/a@v1.0.0',
      'example.com/a@v1.1.0',
      'example.com/gone@v1.0.0',
      'example.com/graph@v0.2.0',
      'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64'
    ])
    expect(inventory.mods.has('example.com/graph@v0.3.0')).toBe(true)
  })

  it('keeps exactly the needed versions, go.mod-only ones as go.mod, and toolchains', async () => {
    const modCache = path.join(root, 'mod')
    populate(modCache)
    const result = await pruneModCache(modCache, {
      zips: new Set(['example.com/a@v1.1.0', 'example.com/Big@v2.0.0-RC1']),
      goMods: new Set(['example.com/graph@v0.3.0', 'example.com/graph@v0.2.0'])
    })
    expect(result.removedVersions).toEqual(['example.com/a@v1.0.0', 'example.com/gone@v1.0.0'])
    expect(result.reducedToGoMod).toEqual(['example.com/graph@v0.2.0'])

    const download = path.join(modCache, 'cache', 'download')
    expect(readdirSync(path.join(download, 'example.com', 'a', '@v')).sort()).toEqual([
      'list',
      'v1.1.0.info',
      'v1.1.0.mod',
      'v1.1.0.zip',
      'v1.1.0.ziphash'
    ])
    expect(readdirSync(path.join(download, 'example.com', 'graph', '@v')).sort()).toEqual([
      'list',
      'v0.2.0.info',
      'v0.2.0.mod',
      'v0.3.0.info',
      'v0.3.0.mod'
    ])
    expect(existsSync(path.join(download, 'example.com', 'gone'))).toBe(false)
    expect(existsSync(path.join(download, 'sumdb', 'sum.golang.org', 'latest'))).toBe(true)
    const extracted = readdirSync(path.join(modCache, 'example.com')).sort()
    expect(extracted).toEqual(['!big@v2.0.0-!r!c1', 'a@v1.1.0'])
    expect(
      existsSync(path.join(modCache, 'golang.org', 'toolchain@v0.0.1-go1.23.5.linux-amd64'))
    ).toBe(true)

    const after = await inventoryModCache(modCache)
    expect([...after.zips].sort()).toEqual([
      'example.com/Big@v2.0.0-RC1',
      'example.com/a@v1.1.0',
      'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64'
    ])
  })

  it('counts as new only what was downloaded after the restore (and is needed, when pruning)', async () => {
    const modCache = path.join(root, 'mod')
    downloadModule(modCache, 'example.com/a', 'v1.0.0')
    const baseline = await inventoryModCache(modCache)
    downloadModule(modCache, 'example.com/tool', 'v0.1.0')
    const current = await inventoryModCache(modCache)
    expect(newModuleVersions(current, baseline)).toEqual([
      'example.com/tool@v0.1.0',
      'example.com/tool@v0.1.0/go.mod'
    ])
    expect(
      newModuleVersions(current, baseline, {
        zips: new Set(['example.com/a@v1.0.0']),
        mods: new Set()
      })
    ).toEqual([])
  })

  it('a read-only module tree can be removed', async () => {
    const modCache = path.join(root, 'mod')
    downloadModule(modCache, 'example.com/a', 'v1.0.0')
    const tree = path.join(modCache, 'example.com', 'a@v1.0.0')
    utimesSync(tree, 0, 0)
    await pruneModCache(modCache, { zips: new Set(), goMods: new Set() })
    expect(existsSync(tree)).toBe(false)
    expect(existsSync(path.join(modCache, 'example.com'))).toBe(false)
  })
})
