import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createCacheLister } from '../../../src/core/cache/flows/index.js'
import {
  finalSummary,
  renderMetrics,
  restoreAnnotations,
  restoreOutputs,
  restoreSummary,
  type RestoreRecord,
  type SaveRecord
} from '../../../src/core/cache/index.js'
import { startGitHubServer, type GitHubServer } from '../../harness/github-server.js'

function record(overrides: Partial<RestoreRecord>): RestoreRecord {
  return {
    kind: 'build',
    needed: true,
    key: 'go-build-k',
    restoreKeys: ['go-build-'],
    paths: ['/home/runner/.cache/go-build'],
    dir: '/home/runner/.cache/go-build',
    hitKind: 'exact',
    reasons: [],
    detail: '',
    seconds: 1.25,
    ...overrides
  }
}

const mod = record({
  kind: 'mod',
  key: 'go-mod-k',
  restoreKeys: ['go-mod-'],
  dir: '/home/runner/go/pkg/mod',
  hitKind: 'partial',
  matchedKey: 'go-mod-old',
  reasons: ['deps-changed'],
  detail: 'golang.org/x/net v0.25.0 → v0.26.0 in ./go.sum',
  restoredBytes: 12_345_678
})
const build = record({
  hitKind: 'miss',
  reasons: ['toolchain-changed'],
  detail: 'Go 1.22.12 → 1.23.5: the newest build cache is for another toolchain'
})

describe('outputs', () => {
  it('per cache and for the run, the worst hit kind winning', () => {
    const outputs = restoreOutputs([mod, build], undefined)
    expect(outputs).toMatchObject({
      'mod-cache-hit': false,
      'mod-hit-kind': 'partial',
      'mod-miss-reason': 'deps-changed',
      'mod-matched-key': 'go-mod-old',
      'build-hit-kind': 'miss',
      'build-matched-key': '',
      'cache-hit': false,
      'hit-kind': 'miss',
      'miss-reason': 'deps-changed,toolchain-changed',
      key: 'go-mod-k\ngo-build-k',
      'matched-key': 'go-mod-old\n',
      'restore-keys': 'go-mod-\ngo-build-',
      components: ''
    })
    expect(outputs['miss-detail']).toBe(
      'module cache: golang.org/x/net v0.25.0 → v0.26.0 in ./go.sum; build cache: Go 1.22.12 → 1.23.5: the newest build cache is for another toolchain'
    )
  })

  it('a not-needed cache does not spoil the aggregate', () => {
    const vendored = record({
      kind: 'mod',
      needed: false,
      hitKind: 'miss',
      reasons: ['not-needed'],
      detail: 'vendor mode'
    })
    const outputs = restoreOutputs([vendored, record({})], undefined)
    expect(outputs).toMatchObject({
      'cache-hit': true,
      'hit-kind': 'exact',
      'miss-reason': '',
      'mod-needed': false
    })
  })
})

describe('annotations and summaries', () => {
  it('a notice per non-exact restore, a warning when the service failed', () => {
    const down = record({
      kind: 'mod',
      hitKind: 'miss',
      reasons: ['cache-unavailable'],
      detail: 'down'
    })
    expect(restoreAnnotations([mod, down, record({})])).toEqual([
      {
        level: 'notice',
        title: 'Go module cache: partial (deps-changed)',
        message: 'golang.org/x/net v0.25.0 → v0.26.0 in ./go.sum (restored go-mod-old)'
      },
      { level: 'warning', title: 'Go module cache: miss (cache-unavailable)', message: 'down' }
    ])
  })

  it('tables carry key, hit kind, reason, sizes and time', () => {
    const restore = restoreSummary([mod, build], 'restore-save')
    expect(restore).toContain(
      '| module cache | `go-mod-k` | partial | deps-changed | 12 MB | 1.3 s |'
    )
    expect(restore).toContain('- **build cache**: Go 1.22.12 → 1.23.5')
    const saves: SaveRecord[] = [
      {
        kind: 'mod',
        key: 'go-mod-k',
        saved: true,
        savedBytes: 2048,
        seconds: 2,
        prunedVersions: 3,
        detail: ''
      },
      {
        kind: 'build',
        key: 'go-build-k',
        saved: false,
        reason: 'save-skipped-reserved',
        detail: 'another job saved it first',
        seconds: 0.5
      }
    ]
    const final = finalSummary([mod, build], saves, 'restore-save')
    expect(final).toContain(
      '| module cache | `go-mod-k` | partial | deps-changed | 12 MB | 2.0 KB (pruned 3 module versions) | 3.3 s |'
    )
    expect(final).toContain('skipped: save-skipped-reserved')
    expect(final).toContain('- **build cache** not saved: another job saved it first.')
  })

  it('a key with a pipe or a backtick stays in its cell, shown as written', () => {
    // Keys come from user inputs (key-prefix); they used to break the row.
    const odd = record({ key: 'go-build-a|b`c', hitKind: 'miss', reasons: ['first-run' as never] })
    expect(restoreSummary([odd], 'restore-save')).toContain(
      '| build cache | ``go-build-a\\|b`c`` | miss | first-run | — | 1.3 s |'
    )
  })
})

describe('OpenMetrics', () => {
  it('renders families with TYPE/UNIT/HELP before their samples and ends with # EOF', () => {
    const saves: SaveRecord[] = [
      {
        kind: 'build',
        key: 'k',
        saved: true,
        savedBytes: 100,
        seconds: 0.25,
        trimmedEntries: 7,
        detail: ''
      }
    ]
    const text = renderMetrics([mod, build], saves)
    const lines = text.trimEnd().split('\n')
    expect(lines.at(-1)).toBe('# EOF')
    expect(text).toContain(
      'go_ci_kit_cache_restore_total{cache="build",hit_kind="miss",reason="toolchain-changed"} 1'
    )
    expect(text).toContain('go_ci_kit_cache_restore_bytes{cache="mod"} 12345678')
    expect(text).toContain(
      'go_ci_kit_cache_save_total{cache="build",outcome="saved",reason="none"} 1'
    )
    expect(text).toContain('go_ci_kit_cache_trimmed_entries{cache="build"} 7')
    expect(text).not.toContain('go_ci_kit_cache_pruned_versions')
    // Every sample belongs to the family declared most recently, and no family is declared twice.
    const declared: string[] = []
    for (const line of lines.slice(0, -1)) {
      const type = /^# TYPE (\S+) (counter|gauge)$/.exec(line)
      if (type) {
        expect(declared).not.toContain(type[1])
        declared.push(type[1])
        continue
      }
      if (line.startsWith('#')) {
        expect(line).toMatch(new RegExp(`^# (UNIT|HELP) ${declared.at(-1)} `))
        continue
      }
      const family = declared.at(-1) ?? ''
      expect(line).toMatch(/^[a-z_]+\{(?:[a-z_]+="(?:[^"\\]|\\.)*",?)*\} -?\d+(\.\d+)?$/)
      expect(line.startsWith(`${family}_total{`) || line.startsWith(`${family}{`)).toBe(true)
    }
  })

  it('escapes label values', () => {
    const odd = record({ hitKind: 'miss', reasons: ['first-run'], kind: 'mod' })
    expect(renderMetrics([{ ...odd, reasons: ['a"b\\c' as never] }])).toContain(
      'reason="a\\"b\\\\c"'
    )
  })
})

describe('the cache list lister', () => {
  let github: GitHubServer
  beforeAll(async () => {
    github = await startGitHubServer({
      'actions/get-actions-cache-list': {
        status: 200,
        body: {
          total_count: 1,
          actions_caches: [
            {
              id: 1,
              ref: 'refs/heads/feature',
              key: 'go-mod-Linux-d0123456789abcdef',
              version: 'v1',
              last_accessed_at: '2026-11-01T00:00:00Z',
              created_at: '2026-11-01T00:00:00Z',
              size_in_bytes: 10
            }
          ]
        }
      }
    })
  })
  afterAll(async () => {
    await github.close()
  })

  it('asks GET /repos/{owner}/{repo}/actions/caches for the key prefix', async () => {
    const lister = createCacheLister({ apiUrl: github.url, token: 't', repository: 'acme/widgets' })
    expect(await lister?.list('go-mod-Linux-')).toEqual([
      { key: 'go-mod-Linux-d0123456789abcdef', ref: 'refs/heads/feature', version: 'v1' }
    ])
    expect(github.violations).toEqual([])
    expect(github.requests.at(-1)?.query).toMatchObject({ key: 'go-mod-Linux-' })
    expect(createCacheLister({ apiUrl: github.url, token: 't', repository: '' })).toBe(undefined)
  })
})
