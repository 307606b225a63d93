import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { KEY_MAX_LENGTH } from '../../../src/core/cache/index.js'
import { moduleSetDigest } from '../../../src/core/gomod/index.js'
import {
  DEFAULT_REFRESH_FRACTION,
  LAYER_SUBTREE,
  baseKey,
  deltaKey,
  layerCoverage,
  layerFiles,
  layerSetId,
  parseLayerKey,
  planRestore,
  planSave,
  type LayerCheckout,
  type LayerFamily,
  type RestoredLayer,
  type SavePlan
} from '../../../src/core/cache/layers/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'

const family: LayerFamily = { prefix: 'go', os: 'Linux' }

/** `count` module versions m00@v1.0.<patch>, … */
function modules(count: number, patch = 0, from = 0): string[] {
  return Array.from(
    { length: count },
    (_, i) => `example.com/m${String(from + i).padStart(2, '0')}@v1.0.${patch}`
  )
}

function checkout(mods: string[], goMods: string[] = []): LayerCheckout {
  return { family, modules: mods, goMods }
}

/** A base built from `mods` (the key names the set it was built from). */
function baseOf(mods: string[]): RestoredLayer {
  return { key: baseKey(family, layerSetId(checkout(mods))), modules: mods }
}

/** actions/cache semantics: immutable entries, exact key, else the newest entry with a prefix. */
class Store {
  entries = new Map<string, readonly string[]>()
  order: string[] = []

  find(key: string, prefixes: string[]): string | undefined {
    if (this.entries.has(key)) return key
    for (const prefix of prefixes) {
      const hit = [...this.order].reverse().find(candidate => candidate.startsWith(prefix))
      if (hit) return hit
    }
    return undefined
  }

  save(key: string, content: readonly string[]): boolean {
    if (this.entries.has(key)) return false
    this.entries.set(key, content)
    this.order.push(key)
    return true
  }
}

/** One CI run: restore both layers, "download" the rest, plan and apply the saves. */
function runOnce(store: Store, mods: string[], refreshFraction = DEFAULT_REFRESH_FRACTION) {
  const input = checkout(mods)
  const restored: { base?: RestoredLayer; delta?: RestoredLayer } = {}
  const have = new Set<string>()
  for (const lookup of planRestore(input)) {
    const key = store.find(lookup.key, lookup.restoreKeys)
    if (key === undefined) continue
    const content = store.entries.get(key) ?? []
    restored[lookup.layer] = { key, modules: content }
    for (const entry of content) have.add(entry)
  }
  const downloaded = mods.filter(entry => !have.has(entry))
  const plan = planSave({
    checkout: input,
    restored,
    available: { modules: [...have, ...downloaded] },
    refreshFraction
  })
  for (const save of plan.saves) store.save(save.key, save.modules)
  return { plan, restored, downloaded }
}

describe('layered module cache: restore lookups', () => {
  it('looks up the base, then the delta, with prefix ladders of their own family', () => {
    const set = layerSetId(checkout(modules(3)))
    const [base, delta] = planRestore(checkout(modules(3)))
    expect(base).toEqual({
      layer: 'base',
      key: `go-modbase-Linux-d${set}`,
      restoreKeys: ['go-modbase-Linux-'],
      subtree: LAYER_SUBTREE
    })
    expect(delta).toEqual({
      layer: 'delta',
      key: `go-moddelta-Linux-d${set}-b${set}`,
      restoreKeys: [`go-moddelta-Linux-d${set}-`, 'go-moddelta-Linux-'],
      subtree: 'cache/download'
    })
    // The archive-mode ladder (go-mod-Linux-) never matches a layer and vice versa.
    for (const key of [base.key, delta.key, ...base.restoreKeys, ...delta.restoreKeys]) {
      expect(key.startsWith('go-mod-Linux-')).toBe(false)
    }
  })

  it('names the set with the same digits as the archive key (the module set digest)', () => {
    const mods = ['a.test/x@v1.0.0', 'b.test/y@v2.0.0']
    const goMods = ['c.test/z@v0.1.0']
    const digest = moduleSetDigest([...mods, 'c.test/z@v0.1.0/go.mod'].sort())
    expect(layerSetId(checkout(mods, goMods))).toBe(digest.slice(0, 16))
    // Order and duplicates do not change the identity.
    expect(layerSetId(checkout([...mods].reverse().concat(mods), goMods))).toBe(digest.slice(0, 16))
  })

  it('puts the key-files digest before the set, so key files partition the cache', () => {
    const [base, delta] = planRestore({
      family: { ...family, keyFiles: 'abcdef0123456789' },
      modules: modules(1)
    })
    expect(base.restoreKeys).toEqual(['go-modbase-Linux-kabcdef0123456789-'])
    expect(delta.restoreKeys[1]).toBe('go-moddelta-Linux-kabcdef0123456789-')
  })

  it('reads its own keys back and nothing else', () => {
    expect(parseLayerKey(family, baseKey(family, '0123456789abcdef'))).toEqual({
      layer: 'base',
      set: '0123456789abcdef'
    })
    expect(parseLayerKey(family, deltaKey(family, '0123456789abcdef', 'fedcba9876543210'))).toEqual(
      { layer: 'delta', set: '0123456789abcdef', base: 'fedcba9876543210' }
    )
    expect(parseLayerKey(family, 'go-mod-Linux-d0123456789abcdef')).toBeUndefined()
    expect(parseLayerKey(family, 'go-modbase-Linux-dXYZ')).toBeUndefined()
    expect(parseLayerKey(family, 'go-moddelta-Linux-d0123456789abcdef')).toBeUndefined()
  })
})

describe('layered module cache: saves', () => {
  const expectDecision = (plan: SavePlan, decision: SavePlan['decision']) =>
    expect({ decision: plan.decision, explanation: plan.explanation }).toMatchObject({ decision })

  it('saves the whole set as a base (and an empty delta on it) when no base came back', () => {
    const mods = modules(5)
    const plan = planSave({ checkout: checkout(mods), restored: {} })
    expectDecision(plan, 'first-base')
    const set = layerSetId(checkout(mods))
    expect(plan.saves).toEqual([
      expect.objectContaining({ layer: 'base', key: baseKey(family, set), modules: mods }),
      expect.objectContaining({ layer: 'delta', key: deltaKey(family, set, set), modules: [] })
    ])
    expect(plan.saves[0]).toMatchObject({
      subtree: 'cache/download',
      fileKinds: ['zip', 'mod', 'info']
    })
  })

  it('treats a restored entry that is not one of its bases as no base', () => {
    const plan = planSave({
      checkout: checkout(modules(2)),
      restored: { base: { key: 'go-mod-Linux-d0123456789abcdef', modules: modules(2) } }
    })
    expectDecision(plan, 'first-base')
    expect(plan.explanation).toContain('go-mod-Linux-d0123456789abcdef')
  })

  it('saves nothing when the base built from this set came back', () => {
    const mods = modules(20)
    const plan = planSave({ checkout: checkout(mods), restored: { base: baseOf(mods) } })
    expectDecision(plan, 'none')
    expect(plan.saves).toEqual([])
  })

  it('saves a delta of exactly the versions the base lacks after a bump', () => {
    const old = modules(40)
    // Two modules bumped: base lacks their new versions.
    const bumped = [...modules(38), ...modules(2, 1, 38)]
    const plan = planSave({ checkout: checkout(bumped), restored: { base: baseOf(old) } })
    expectDecision(plan, 'delta')
    expect(plan.missing).toEqual(modules(2, 1, 38))
    expect(plan.saves).toEqual([
      expect.objectContaining({
        layer: 'delta',
        key: deltaKey(family, layerSetId(checkout(bumped)), layerSetId(checkout(old))),
        modules: modules(2, 1, 38)
      })
    ])
    expect(plan.deltaFraction).toBeCloseTo(2 / 40)
  })

  it('saves nothing when base and a delta on that base hold everything', () => {
    const old = modules(40)
    const bumped = [...modules(38), ...modules(2, 1, 38)]
    const base = baseOf(old)
    const onBase = deltaKey(family, 'aaaaaaaaaaaaaaaa', parseSet(base.key))
    const plan = planSave({
      checkout: checkout(bumped),
      restored: { base, delta: { key: onBase, modules: [...modules(2, 1, 38), 'x.test/y@v9.0.0'] } }
    })
    expectDecision(plan, 'none')
  })

  it('saves a delta on the restored base when the restored delta sits on another base', () => {
    const old = modules(40)
    const bumped = [...modules(38), ...modules(2, 1, 38)]
    const foreign = deltaKey(family, 'aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb')
    const plan = planSave({
      checkout: checkout(bumped),
      restored: { base: baseOf(old), delta: { key: foreign, modules: modules(2, 1, 38) } }
    })
    expectDecision(plan, 'delta')
    expect(plan.missing).toEqual([])
    expect(plan.saves[0].modules).toEqual(modules(2, 1, 38))
  })

  it('rebuilds the base when the versions it lacks pass the refresh fraction of it', () => {
    const old = modules(40)
    const bumped = [...modules(35), ...modules(5, 1, 35)] // 5/40 = 12.5% > 10%
    const plan = planSave({ checkout: checkout(bumped), restored: { base: baseOf(old) } })
    expectDecision(plan, 'rebase')
    const set = layerSetId(checkout(bumped))
    expect(plan.saves.map(save => [save.layer, save.key, save.modules.length])).toEqual([
      ['base', baseKey(family, set), 40],
      ['delta', deltaKey(family, set, set), 0]
    ])
    // At a higher fraction the same run only saves a delta.
    expect(
      planSave({
        checkout: checkout(bumped),
        restored: { base: baseOf(old) },
        refreshFraction: 0.2
      }).decision
    ).toBe('delta')
  })

  it('rebuilds the base when it holds too many versions the set dropped (a shrinking go.sum)', () => {
    const old = modules(40)
    const shrunk = modules(30) // the base holds 10 versions nothing needs: 33% of the set
    const plan = planSave({ checkout: checkout(shrunk), restored: { base: baseOf(old) } })
    expectDecision(plan, 'rebase')
    expect(plan.staleFraction).toBeCloseTo(10 / 30)
    expect(plan.saves[0].modules).toEqual(shrunk)
  })

  it('rebuilds the base when the exact delta of this set lacks versions (entries are immutable)', () => {
    const old = modules(40)
    const bumped = [...modules(39), ...modules(1, 1, 39)]
    const base = baseOf(old)
    const exact = deltaKey(family, layerSetId(checkout(bumped)), parseSet(base.key))
    const plan = planSave({
      checkout: checkout(bumped),
      restored: { base, delta: { key: exact, modules: [] } }
    })
    expectDecision(plan, 'rebase')
  })

  it('says so when the base and delta of this very set were saved incomplete', () => {
    const mods = modules(10)
    const set = layerSetId(checkout(mods))
    const plan = planSave({
      checkout: checkout(mods),
      restored: {
        base: { key: baseKey(family, set), modules: modules(9) },
        delta: { key: deltaKey(family, set, set), modules: [] }
      }
    })
    expectDecision(plan, 'none')
    expect(plan.missing).toEqual(modules(1, 0, 9))
    expect(plan.explanation).toContain('cannot be replaced')
  })

  it('saves an empty delta when the base covers the set but a stale delta came back', () => {
    const mods = modules(40)
    const smaller = modules(39)
    const base = baseOf(mods)
    const stale = deltaKey(family, 'aaaaaaaaaaaaaaaa', parseSet(base.key))
    const plan = planSave({
      checkout: checkout(smaller),
      restored: { base, delta: { key: stale, modules: modules(3, 1, 40) } }
    })
    expectDecision(plan, 'delta')
    expect(plan.saves).toEqual([
      expect.objectContaining({
        key: deltaKey(family, layerSetId(checkout(smaller)), parseSet(base.key)),
        modules: []
      })
    ])
  })

  it('lists only versions that are on disk', () => {
    const old = modules(40)
    const bumped = [...modules(38), ...modules(2, 1, 38)]
    const plan = planSave({
      checkout: checkout(bumped),
      restored: { base: baseOf(old) },
      available: { modules: [...old, modules(1, 1, 38)[0]] }
    })
    expect(plan.saves[0].modules).toEqual(modules(1, 1, 38))
  })

  it('lets go.mod-only versions ride along, covered by a base that holds the zip', () => {
    const mods = modules(40)
    const bumped = [...modules(39), ...modules(1, 1, 39)]
    const goMods = ['example.com/m00@v1.0.0', 'graph.test/only@v1.0.0']
    const plan = planSave({ checkout: checkout(bumped, goMods), restored: { base: baseOf(mods) } })
    expect(plan.saves[0].goMods).toEqual(['graph.test/only@v1.0.0'])
    // go.mod-only versions never trigger a save on their own.
    const covered = planSave({
      checkout: checkout(mods, ['graph.test/only@v1.0.0']),
      restored: { base: baseOf(mods) }
    })
    expect(covered.decision).toBe('none')
  })

  it('refuses a refresh fraction that is not a number ≥ 0', () => {
    for (const refreshFraction of [-0.1, Number.NaN, Infinity]) {
      expect(() =>
        planSave({ checkout: checkout(modules(1)), restored: {}, refreshFraction })
      ).toThrow(ConfigurationError)
    }
  })

  it('moves along a history: one base, small deltas, downloads only new versions', () => {
    const store = new Store()
    const history = [modules(40), [...modules(39), ...modules(1, 1, 39)]]
    history.push([...modules(38), ...modules(2, 1, 38)])
    history.push([...modules(37), ...modules(3, 1, 37)])
    const runs = history.map(set => runOnce(store, set))
    expect(runs.map(run => run.plan.decision)).toEqual(['first-base', 'delta', 'delta', 'delta'])
    expect(runs.map(run => run.downloaded.length)).toEqual([40, 1, 1, 1])
    expect(runs.map(run => run.plan.saves.reduce((sum, s) => sum + s.modules.length, 0))).toEqual([
      40, 1, 2, 3
    ])
    // The same commit again: everything restored, nothing saved.
    const again = runOnce(store, history[3])
    expect(again.downloaded).toEqual([])
    expect(again.plan.saves).toEqual([])
  })
})

function parseSet(key: string): string {
  const parsed = parseLayerKey(family, key)
  if (!parsed) throw new Error(`not a layer key: ${key}`)
  return parsed.set
}

describe('layered module cache: files', () => {
  it('lists zip, .mod and .info per version under cache/download, case-escaped as Go does', () => {
    expect(
      layerFiles({
        modules: ['github.com/BurntSushi/toml@v1.3.2'],
        goMods: ['golang.org/x/text@v0.14.0']
      })
    ).toEqual([
      'cache/download/github.com/!burnt!sushi/toml/@v/v1.3.2.zip',
      'cache/download/github.com/!burnt!sushi/toml/@v/v1.3.2.mod',
      'cache/download/github.com/!burnt!sushi/toml/@v/v1.3.2.info',
      'cache/download/golang.org/x/text/@v/v0.14.0.mod',
      'cache/download/golang.org/x/text/@v/v0.14.0.info'
    ])
    // Never a .ziphash: without it the go command re-hashes each zip against go.sum.
    const files = layerFiles({ modules: modules(3), goMods: [] })
    expect(files.some(file => file.endsWith('.ziphash'))).toBe(false)
  })
})

describe('layered module cache: properties', () => {
  // Histories over 12 module paths with 3 versions each: each step picks a version or drops the path.
  const moduleSet = fc
    .array(fc.integer({ min: -1, max: 2 }), { minLength: 12, maxLength: 12 })
    .map(choices =>
      choices.flatMap((version, index) => (version < 0 ? [] : [`p${index}.test/m@v1.${version}.0`]))
    )
  const history = fc.array(moduleSet, { minLength: 1, maxLength: 12 })
  const fraction = fc.constantFrom(0, 0.05, 0.1, 0.3, 1)

  it('after a save, restoring base + delta covers the set that was saved', () => {
    fc.assert(
      fc.property(history, fraction, (sets, refreshFraction) => {
        const store = new Store()
        for (const set of sets) {
          runOnce(store, set, refreshFraction)
          const next = runOnce(store, set, refreshFraction)
          expect(next.downloaded).toEqual([])
        }
      })
    )
  })

  it('a delta never holds a version the restored base holds', () => {
    fc.assert(
      fc.property(history, fraction, (sets, refreshFraction) => {
        const store = new Store()
        for (const set of sets) {
          const { plan, restored } = runOnce(store, set, refreshFraction)
          const base = new Set(plan.decision === 'delta' ? restored.base?.modules : [])
          for (const save of plan.saves.filter(s => s.layer === 'delta')) {
            for (const entry of save.modules) expect(base.has(entry)).toBe(false)
          }
        }
      })
    )
  })

  it('keys never hold a comma and stay within the service limit, whatever the prefix and OS', () => {
    const text = fc.string({ unit: 'binary', maxLength: 600 })
    fc.assert(
      fc.property(
        text,
        text,
        fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: undefined }),
        moduleSet,
        (prefix, os, keyFiles, set) => {
          const input = { family: { prefix, os, keyFiles }, modules: set }
          const keys = planRestore(input).flatMap(lookup => [lookup.key, ...lookup.restoreKeys])
          keys.push(...planSave({ checkout: input, restored: {} }).saves.map(save => save.key))
          for (const key of keys) {
            expect(key.length).toBeLessThanOrEqual(KEY_MAX_LENGTH)
            expect(key).not.toContain(',')
          }
          // The service also allows at most 10 keys per lookup.
          for (const lookup of planRestore(input)) {
            expect(1 + lookup.restoreKeys.length).toBeLessThanOrEqual(10)
          }
        }
      )
    )
  })
})

describe('layerCoverage: how base + delta map onto hit-kind', () => {
  const checkout = { modules: ['a@v1', 'b@v1'], goMods: ['a@v1', 'c@v1'] }
  it('exact when the layers together hold every zip and go.mod-only version', () => {
    expect(
      layerCoverage(checkout, {
        base: { key: 'base', modules: ['a@v1'], goMods: ['c@v1'] },
        delta: { key: 'delta', modules: ['b@v1'] }
      })
    ).toEqual({ hitKind: 'exact', missing: [], needed: 3 })
  })
  it('partial when a layer came back but versions are in neither', () => {
    expect(layerCoverage(checkout, { base: { key: 'base', modules: ['a@v1', 'old@v0'] } })).toEqual(
      { hitKind: 'partial', missing: ['b@v1', 'c@v1/go.mod'], needed: 3 }
    )
  })
  it('a zip brings its .mod; miss when nothing came back', () => {
    expect(
      layerCoverage(checkout, { delta: { key: 'd', modules: ['a@v1', 'b@v1', 'c@v1'] } }).hitKind
    ).toBe('exact')
    expect(layerCoverage(checkout, {}).hitKind).toBe('miss')
  })
})
