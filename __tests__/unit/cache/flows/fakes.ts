/**
 * In-memory stand-ins for what the cache action's flows are given: a cache
 * service that follows GitHub's restore order and keeps directory snapshots,
 * a `go env` reader, a clock, and helpers that imitate what the go command
 * writes into GOMODCACHE and GOCACHE.
 */
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  cacheVersion,
  type CacheClient,
  type ClientFailure,
  type RestoreOutcome,
  type SaveOutcome
} from '../../../../src/core/cache/flows/index.js'
import { parseToolchainIdentity, type GoEnvReader } from '../../../../src/core/cache/index.js'

interface Entry {
  id: number
  key: string
  version: string
  snapshot: string
}

export interface FakeCache extends CacheClient {
  entries: Entry[]
  calls: { method: 'restore' | 'save'; key: string; restoreKeys?: string[]; lookupOnly?: boolean }[]
  /** Makes every call fail this way until set to undefined. */
  fault?: ClientFailure
  /** Makes the next save lose the race (another job reserved the key first). */
  loseNextSave?: boolean
  unavailable?: string
  close(): void
}

function versionOf(paths: string[]): string {
  return cacheVersion(paths, 'zstd-without-long', 'linux')
}

/** GitHub's order: exact key, newest prefix of the key, then each restore key (exact, newest prefix). */
function find(entries: Entry[], version: string, key: string, restoreKeys: string[]) {
  const candidates = entries.filter(entry => entry.version === version)
  const exact = (k: string) => candidates.find(entry => entry.key === k)
  const newest = (prefix: string) =>
    candidates.filter(entry => entry.key.startsWith(prefix)).sort((a, b) => b.id - a.id)[0]
  return (
    exact(key) ??
    newest(key) ??
    restoreKeys.map(k => exact(k) ?? newest(k)).find(entry => entry !== undefined)
  )
}

export function fakeCache(): FakeCache {
  const store = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fake-cache-'))
  let nextId = 1
  const cache: FakeCache = {
    entries: [],
    calls: [],
    unavailableReason: () => cache.unavailable,
    async restore(paths, key, restoreKeys, options): Promise<RestoreOutcome> {
      cache.calls.push({ method: 'restore', key, restoreKeys, lookupOnly: options.lookupOnly })
      if (cache.fault) return { failure: cache.fault }
      const entry = find(cache.entries, versionOf(paths), key, restoreKeys)
      if (!entry) return {}
      if (options.lookupOnly) return { matchedKey: entry.key }
      // Like tar: files come back with their saved mtimes, over whatever is there.
      cpSync(entry.snapshot, paths[0], { recursive: true, preserveTimestamps: true })
      return { matchedKey: entry.key, archiveBytes: sizeOf(entry.snapshot) }
    },
    async save(paths, key, options): Promise<SaveOutcome> {
      cache.calls.push({ method: 'save', key })
      if (cache.fault) return { cacheId: -1, failure: cache.fault }
      const version = versionOf(paths)
      if (cache.loseNextSave || cache.entries.some(e => e.key === key && e.version === version)) {
        cache.loseNextSave = false
        return {
          cacheId: -1,
          failure: { kind: 'reserved', message: `Unable to reserve cache with key ${key}` }
        }
      }
      const id = nextId++
      const snapshot = path.join(store, String(id))
      cpSync(options.dirs?.[0] ?? paths[0], snapshot, { recursive: true, preserveTimestamps: true })
      cache.entries.push({ id, key, version, snapshot })
      return { cacheId: id, archiveBytes: sizeOf(snapshot) }
    },
    async cacheVersion(paths) {
      return versionOf(paths)
    },
    close() {
      makeWritable(store)
      rmSync(store, { recursive: true, force: true })
    }
  }
  return cache
}

function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

export function makeWritable(dir: string): void {
  if (!existsSync(dir)) return
  chmodSync(dir, 0o755)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeWritable(path.join(dir, entry.name))
  }
}

/** `go env -json` for a toolchain whose caches live in `home`. */
export function fakeGoEnv(
  home: string,
  overrides: Record<string, string> = {}
): GoEnvReader & { json: Record<string, string> } {
  const json: Record<string, string> = {
    GOVERSION: 'go1.22.12',
    GOOS: 'linux',
    GOARCH: 'amd64',
    GOAMD64: 'v1',
    CGO_ENABLED: '0',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: path.join(home, 'gomod'),
    GOCACHE: path.join(home, 'gocache'),
    GOWORK: '',
    ...overrides
  }
  return {
    json,
    async read() {
      return { identity: parseToolchainIdentity(JSON.stringify(json)), gowork: json.GOWORK }
    }
  }
}

export function fakeClock(start = Date.UTC(2026, 10, 23, 12)): {
  now(): number
  advance(ms: number): void
} {
  let now = start
  return {
    now: () => now,
    advance: ms => {
      now += ms
    }
  }
}

/** What `go mod download` leaves for one module version (extracted tree read-only, as Go makes it). */
export function downloadModule(
  modCache: string,
  escapedPath: string,
  version: string,
  zip = true
): void {
  const dir = path.join(modCache, 'cache', 'download', escapedPath, '@v')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'list'), `${version}\n`)
  writeFileSync(path.join(dir, `${version}.mod`), `module ${escapedPath}\n`)
  writeFileSync(path.join(dir, `${version}.info`), `{"Version":"${version}"}\n`)
  if (!zip) return
  writeFileSync(path.join(dir, `${version}.zip`), 'PK')
  writeFileSync(path.join(dir, `${version}.ziphash`), 'h1:x')
  const extracted = path.join(modCache, `${escapedPath}@${version}`)
  mkdirSync(path.join(extracted, 'sub'), { recursive: true })
  writeFileSync(path.join(extracted, 'go.mod'), `module ${escapedPath}\n`)
  writeFileSync(path.join(extracted, 'sub', 'x.go'), 'package sub\n')
  for (const dir of [path.join(extracted, 'sub'), extracted]) chmodSync(dir, 0o555)
}

/**
 * Imitates the go command using GOCACHE entries: an existing entry is read
 * (its mtime refreshed only when older than an hour, as Go does), a missing
 * one is written. `now` is the wall clock the files get.
 */
export function useBuildEntries(goCache: string, names: string[], now: number): void {
  for (const name of names) {
    const file = path.join(goCache, name.slice(0, 2), name)
    if (existsSync(file)) {
      const age = now - statSync(file).mtimeMs
      if (age > 60 * 60_000) utimesSync(file, now / 1000, now / 1000)
    } else {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, name)
      utimesSync(file, now / 1000, now / 1000)
    }
  }
  writeFileSync(path.join(goCache, 'trim.txt'), `${Math.floor(now / 1000)}\n`)
}

/** A GOCACHE entry name: 64 hex digits and `-a` or `-d`. */
export function entryName(seed: string, kind: 'a' | 'd' = 'a'): string {
  return `${createHash('sha256').update(seed).digest('hex')}-${kind}`
}
