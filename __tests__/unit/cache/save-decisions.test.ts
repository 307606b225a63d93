/**
 * The save policy of the post step (src/core/cache/flows/save-decisions.ts): when a
 * shrinking go.sum and a run of source-only commits get saved.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ADVANCE_MIN_ENTRIES,
  buildCacheSaveDecision,
  modCacheSaveDecision,
  staleModuleVersions
} from '../../../src/core/cache/flows/save-decisions.js'
import { isAlwaysKeptModule } from '../../../src/core/cache/index.js'
import { buildModuleSet, splitEntry } from '../../../src/core/gomod/index.js'
import { DOCKER_CLI_FIXTURE } from './fixtures.js'

/** What a module cache holds after a build of this module set: its zips and go.mod files. */
function inventoryOf(entries: readonly string[]) {
  const zips = new Set<string>()
  const mods = new Set<string>()
  for (const entry of entries) {
    const { path: modulePath, version, goModOnly } = splitEntry(entry)
    if (!goModOnly) zips.add(`${modulePath}@${version}`)
    mods.add(`${modulePath}@${version}`)
  }
  return { zips, mods }
}

function neededOf(entries: readonly string[]) {
  const zips = new Set<string>()
  const mods = new Set<string>()
  for (const entry of entries) {
    const { path: modulePath, version, goModOnly } = splitEntry(entry)
    ;(goModOnly ? mods : zips).add(`${modulePath}@${version}`)
  }
  return { zips, mods }
}

const sumSet = (state: 'before' | 'after') =>
  buildModuleSet([
    {
      file: 'vendor.sum',
      text: readFileSync(path.join(DOCKER_CLI_FIXTURE, state, 'vendor.sum'), 'utf8')
    }
  ]).entries

describe('module cache: a shrinking go.sum is saved (and pruned)', () => {
  // docker/cli 58d9cdd2d9: vendor.sum drops the go-spew and go-difflib zips and
  // the old logrus and testify versions. A cache restored from the parent commit
  // holds them; this run downloads nothing new.
  const restored = inventoryOf(sumSet('before'))
  const needed = neededOf(sumSet('after'))

  it('finds the versions the module set dropped', () => {
    const stale = staleModuleVersions(restored, needed)
    expect(stale).toEqual(
      expect.arrayContaining([
        'github.com/davecgh/go-spew@v1.1.1',
        'github.com/pmezard/go-difflib@v1.0.0',
        'github.com/sirupsen/logrus@v1.9.4',
        'github.com/sirupsen/logrus@v1.9.4/go.mod',
        'github.com/stretchr/testify@v1.11.1'
      ])
    )
    // go-spew v1.1.1 is still needed for its go.mod: only the zip is stale.
    expect(stale).not.toContain('github.com/davecgh/go-spew@v1.1.1/go.mod')
  })

  it('saves under the new key when the set shrank, although nothing was downloaded', () => {
    const stale = staleModuleVersions(restored, needed).length
    const decision = modCacheSaveDecision({ hitKind: 'partial', added: 0, stale })
    expect(decision.save).toBe(true)
    expect(decision.detail).toBe(
      `the module set dropped ${stale} versions: saved without them under the new key`
    )
  })

  it('still skips a partial restore that holds exactly what is needed', () => {
    expect(modCacheSaveDecision({ hitKind: 'partial', added: 0, stale: 0 })).toEqual({
      save: false,
      detail:
        'this run downloaded no module version the restored cache lacked; the next run restores the same entry'
    })
    expect(modCacheSaveDecision({ hitKind: 'miss', added: 2, stale: 0 }).save).toBe(true)
  })

  it('never counts toolchain downloads as stale', () => {
    const withToolchain = {
      zips: new Set(['golang.org/toolchain@v0.0.1-go1.23.4.linux-amd64']),
      mods: new Set(['golang.org/toolchain@v0.0.1-go1.23.4.linux-amd64'])
    }
    expect(staleModuleVersions(withToolchain, { zips: new Set(), mods: new Set() })).toEqual([])
  })

  it('keeps the same modules a prune keeps (one rule: isAlwaysKeptModule)', () => {
    expect(isAlwaysKeptModule('golang.org/toolchain')).toBe(true)
    expect(isAlwaysKeptModule('golang.org/toolchainx')).toBe(false)
    const lookalike = { zips: new Set(['golang.org/toolchainx@v1.0.0']), mods: new Set<string>() }
    expect(staleModuleVersions(lookalike, { zips: new Set(), mods: new Set() })).toEqual([
      'golang.org/toolchainx@v1.0.0'
    ])
  })
})

describe('build cache (archive mode): source-only commits advance the cache', () => {
  it('saves a new generation after an exact hit once the build wrote enough new entries', () => {
    const decision = buildCacheSaveDecision({
      hitKind: 'exact',
      restoredEntries: 5000,
      newEntries: 620
    })
    expect(decision).toMatchObject({ save: true, newGeneration: true })
    expect(decision.detail).toBe(
      'the build wrote 620 new GOCACHE entries, at least 500 (10% of the 5000 restored): saved as a new generation of the key'
    )
  })

  it('does not save on every exact hit: a small rebuild saves nothing', () => {
    expect(
      buildCacheSaveDecision({ hitKind: 'exact', restoredEntries: 5000, newEntries: 12 })
    ).toEqual({
      save: false,
      detail:
        'the restore was an exact hit and the build wrote 12 new GOCACHE entries, under the 500 that start a new generation'
    })
    // A small cache still needs ADVANCE_MIN_ENTRIES new entries.
    expect(
      buildCacheSaveDecision({
        hitKind: 'exact',
        restoredEntries: 40,
        newEntries: ADVANCE_MIN_ENTRIES - 1
      }).save
    ).toBe(false)
  })

  it('keeps the rule for misses and partial restores: any new entry is saved', () => {
    expect(buildCacheSaveDecision({ hitKind: 'miss', restoredEntries: 0, newEntries: 1 })).toEqual({
      save: true,
      detail: '1 new GOCACHE entry'
    })
    expect(
      buildCacheSaveDecision({ hitKind: 'partial', restoredEntries: 10, newEntries: 0 }).save
    ).toBe(false)
  })
})
