// The pure decisions of the cache action's cacheprog mode: which build cache
// mode a job gets, the GOCACHEPROG command line as cmd/go splits it, how an
// index key is explained, and the per-job figures in the summary and metrics.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  buildKeyOfIndex,
  cacheprogKeyPart,
  cacheprogUnusableReason,
  chooseBuildCacheMode,
  explainIndex,
  goCacheProgCommand,
  quoteGoCacheProgField
} from '../../../src/core/cache/flows/cacheprog.js'
import { finalSummary, renderMetrics, type RestoreRecord } from '../../../src/core/cache/index.js'
import { emptyFigures } from '../../../src/core/cacheprog/index.js'
import { isValidKeyPart } from '../../../src/core/cacheprog/index.js'

/** cmd/internal/quoted.Split (Go 1.22–1.27), ported for the round trip: what cmd/go does with GOCACHEPROG. */
function goQuotedSplit(text: string): string[] {
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r'
  const fields: string[] = []
  let s = text
  while (s.length > 0) {
    while (s.length > 0 && isSpace(s[0]!)) s = s.slice(1)
    if (s.length === 0) break
    if (s[0] === '"' || s[0] === "'") {
      const quote = s[0]
      s = s.slice(1)
      const end = s.indexOf(quote)
      if (end < 0) throw new Error(`unterminated ${quote} string`)
      fields.push(s.slice(0, end))
      s = s.slice(end + 1)
      continue
    }
    let i = 0
    while (i < s.length && !isSpace(s[i]!)) i++
    fields.push(s.slice(0, i))
    s = s.slice(i)
  }
  return fields
}

describe('chooseBuildCacheMode', () => {
  it('auto: cacheprog from Go 1.24, archive before', () => {
    expect(chooseBuildCacheMode(undefined, 'go1.24.0')).toEqual({ mode: 'cacheprog' })
    expect(chooseBuildCacheMode(undefined, 'go1.27.1')).toEqual({ mode: 'cacheprog' })
    expect(chooseBuildCacheMode(undefined, 'go1.23.4')).toEqual({ mode: 'archive' })
    expect(chooseBuildCacheMode(undefined, undefined)).toEqual({ mode: 'archive' })
  })

  it('archive is kept when asked for, whatever the Go version', () => {
    expect(chooseBuildCacheMode('archive', 'go1.27.0')).toEqual({ mode: 'archive' })
  })

  it('cacheprog with Go < 1.24 falls back to archive with a notice naming the version', () => {
    const choice = chooseBuildCacheMode('cacheprog', 'go1.23.4')
    expect(choice.mode).toBe('archive')
    expect(choice.notice).toMatch(/needs Go 1\.24 or later.*go1\.23\.4/)
    expect(chooseBuildCacheMode('cacheprog', 'go1.24rc1')).toEqual({ mode: 'cacheprog' })
  })
})

describe('the GOCACHEPROG command line', () => {
  it('leaves plain paths bare and quotes paths with spaces', () => {
    expect(goCacheProgCommand(['/usr/bin/node', '/a/dist/cli/index.js', 'cacheprog'])).toBe(
      '/usr/bin/node /a/dist/cli/index.js cacheprog'
    )
    expect(quoteGoCacheProgField('C:\\Program Files\\node.exe')).toBe(
      "'C:\\Program Files\\node.exe'"
    )
    expect(quoteGoCacheProgField("/home/o'brien/x y")).toBe('"/home/o\'brien/x y"')
    expect(quoteGoCacheProgField("/x/'lead")).toBe('"/x/\'lead"')
  })

  it('refuses what cmd/go cannot split back: both quotes, a line break, an empty field', () => {
    expect(() => quoteGoCacheProgField(`/a'b"c`)).toThrow(/both ' and "/)
    expect(() => quoteGoCacheProgField('/a\nb')).toThrow(/line break/)
    expect(() => quoteGoCacheProgField('')).toThrow(/empty/)
  })

  it('round-trips through cmd/go quoted.Split for every field it accepts', () => {
    const field = fc
      .string({
        minLength: 1,
        maxLength: 12,
        unit: fc.constantFrom('a', '/', ' ', '\t', "'", '"', 'é', '\\')
      })
      .filter(text => !(text.includes("'") && text.includes('"')))
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), fields => {
        expect(goQuotedSplit(goCacheProgCommand(fields))).toEqual(fields)
      })
    )
  })

  it('a runtime it cannot express is a reason for archive mode, not a failure', () => {
    expect(cacheprogUnusableReason({ nodePath: '/usr/bin/node' }, '/tmp')).toMatch(/CLI/)
    expect(
      cacheprogUnusableReason({ nodePath: '/usr/bin/node', cliPath: '/a/cli.js' }, `/t'"mp`)
    ).toMatch(/both ' and "/)
    expect(
      cacheprogUnusableReason({ nodePath: '/usr/bin/node', cliPath: '/a b/cli.js' }, '/tmp')
    ).toBeUndefined()
  })
})

describe('index keys', () => {
  it('build keys become valid cacheprog keys (a shortened segment has ~)', () => {
    const key = 'go-build-Linux-X64-go1.27.0-linux-amd64-tabc-dxyz~0123'
    expect(isValidKeyPart(cacheprogKeyPart(key))).toBe(true)
    expect(cacheprogKeyPart('go-build-Linux-')).toBe('go-build-Linux-')
  })

  it('finds the build key an index was written under', () => {
    expect(buildKeyOfIndex('gck-remote-1/index/go-build-Linux-d1/000001733000000-ab12')).toBe(
      'go-build-Linux-d1'
    )
    expect(buildKeyOfIndex('nonsense')).toBeUndefined()
  })

  const plan = {
    kind: 'build' as const,
    key: 'go-build-Linux-go1.27.0-t1-d2',
    segments: [
      { name: 'toolchain', value: 'go-build-Linux-go1.27.0-t1' },
      { name: 'deps', value: 'd2' }
    ]
  }
  const record = (): RestoreRecord => ({
    kind: 'build',
    needed: true,
    key: plan.key,
    restoreKeys: [],
    paths: [],
    dir: '/tmp/x',
    hitKind: 'miss',
    reasons: [],
    detail: '',
    seconds: 0
  })

  it('explains exact, partial and miss of the index ladder', () => {
    const exact = record()
    explainIndex(exact, plan as never, {} as never, `r/index/${plan.key}/0001-a`)
    expect([exact.hitKind, exact.reasons]).toEqual(['exact', []])
    expect(exact.matchedKey).toBe(`r/index/${plan.key}/0001-a`)

    const miss = record()
    explainIndex(miss, plan as never, {} as never, undefined)
    expect([miss.hitKind, miss.reasons]).toEqual(['miss', ['first-run']])

    const partial = record()
    explainIndex(
      partial,
      plan as never,
      {} as never,
      'r/index/go-build-Linux-go1.27.0-t1-d1/0001-a'
    )
    expect(partial.hitKind).toBe('partial')
    expect(partial.detail).toContain('go-build-Linux-go1.27.0-t1-d1')
  })
})

describe('the job figures in the summary and the metrics file', () => {
  const figures = {
    ...emptyFigures(),
    objectsRequested: 120,
    hitLocal: 3,
    hitRemote: 100,
    missed: 17,
    objectsStored: 17,
    bytesDownloaded: 2048,
    bytesRead: 3072,
    bytesUploaded: 4096,
    packsFetched: 2,
    objectsUploaded: 17
  }

  it('the summary has one table row with every figure', () => {
    const summary = finalSummary([], [], 'restore-save', figures)
    expect(summary).toContain('#### Build cache (cacheprog)')
    expect(summary).toContain('| 120 | 3 | 100 | 17 | 2.0 KB | 4.0 KB | 2 |')
    expect(finalSummary([], [], 'restore-save')).not.toContain('cacheprog')
  })

  it('OpenMetrics gauges, label-less where there is one sample, still ending in # EOF', () => {
    const text = renderMetrics([], [], figures)
    expect(text).toContain('go_ci_kit_build_cache_objects{result="requested"} 120')
    expect(text).toContain('go_ci_kit_build_cache_objects{result="hit-local"} 3')
    expect(text).toContain('go_ci_kit_build_cache_objects{result="hit-remote"} 100')
    expect(text).toContain('go_ci_kit_build_cache_objects{result="missed"} 17')
    expect(text).toContain('go_ci_kit_build_cache_bytes{direction="downloaded"} 2048')
    expect(text).toContain('go_ci_kit_build_cache_bytes{direction="uploaded"} 4096')
    expect(text).toContain('go_ci_kit_build_cache_bytes{direction="read"} 3072')
    expect(text).toContain('# UNIT go_ci_kit_build_cache_bytes bytes')
    expect(text).toContain('\ngo_ci_kit_build_cache_packs_fetched 2\n')
    expect(text.endsWith('# EOF\n')).toBe(true)
    expect(renderMetrics([], [])).not.toContain('build_cache')
  })
})
