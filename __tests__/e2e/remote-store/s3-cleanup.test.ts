/**
 * The build cache's cleanup of an S3 bucket (cacheprog/cleanup.ts) against
 * the local S3 server: old indexes beyond the newest of each key and packs no
 * remaining index references go after the grace period; a concurrent
 * writer's pack that no index names yet stays; a push that compacts runs it.
 * `go-ci-kit cacheprog clean` (the built CLI) runs the same cleanup on its
 * own, with --dry-run listing what would go.
 * Ages are set on s3rver's object files (it answers LastModified from their
 * mtime), so no test waits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { startS3Server, type S3Server } from '../../harness/s3-server.js'
import { repoRoot } from '../../harness/runner.js'
import { DAY, hex, indexOf } from '../../helpers/cleanup-fixtures.js'
import { createS3Store, type RemoteStore } from '../../../src/core/remote-store/index.js'
import { LocalTier, pushNewObjects } from '../../../src/core/cacheprog/index.js'
import {
  CLEANUP_GRACE_MS,
  cleanUpStore,
  KEEP_INDEXES
} from '../../../src/core/cacheprog/cleanup.js'
import {
  FORMAT_ROOT,
  packKey,
  sequenceIndexKey,
  sha256Hex
} from '../../../src/core/cacheprog/remote-format.js'

const PREFIX = 'cleanup'
let server: S3Server
let store: RemoteStore
let dir: string
let run = 0

beforeAll(async () => {
  server = await startS3Server()
  dir = mkdtempSync(path.join(os.tmpdir(), 'gck-s3-cleanup-'))
})
afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  // Each test in its own prefix of the bucket.
  store = createS3Store(`s3://${server.bucket}/${PREFIX}${++run}`, server.env, { maxAttempts: 1 })
})

let counter = 0
async function put(key: string, data: Buffer | string, ageMs: number): Promise<void> {
  const file = path.join(dir, `f${++counter}`)
  writeFileSync(file, data)
  expect(await store.write(key, file)).toBe(true)
  // s3rver answers LastModified from the object file's mtime.
  const parts = `${PREFIX}${run}/${key}`.split('/')
  const objectFile = path.join(
    server.directory,
    server.bucket,
    ...parts.slice(0, -1),
    `${parts.at(-1)}._S3rver_object`
  )
  expect(existsSync(objectFile)).toBe(true)
  const when = new Date(Date.now() - ageMs)
  // s3rver may still touch the file after answering the upload (seen on a loaded machine):
  // set the time until the store reports it.
  for (let attempt = 0; ; attempt++) {
    utimesSync(objectFile, when, when)
    const [listed] = await store.list!(key)
    if (listed && Math.abs(listed.modifiedMs - when.getTime()) < 2000) return
    if (attempt === 20) throw new Error(`s3rver does not keep the time of ${key}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

async function keys(): Promise<string[]> {
  return (await store.list!(`${FORMAT_ROOT}/`)).map(item => item.key).sort()
}

describe('cleanup of an S3 build cache', () => {
  it('keeps the newest indexes of each key and the packs they use; a fresh unreferenced pack stays', async () => {
    const pack = (n: number) => packKey(hex(1000 + n))
    // Key k: six turns, one a day, 20 to 15 days old; turn n uses pack n (turn 6 also pack 5).
    for (let n = 1; n <= 6; n++) await put(pack(n), `pack ${n}`, (21 - n) * DAY)
    for (let n = 1; n <= 6; n++) {
      await put(
        sequenceIndexKey('k', n),
        indexOf(n === 6 ? [pack(5), pack(6)] : [pack(n)]),
        (21 - n) * DAY
      )
    }
    // A concurrent writer's pack, uploaded a moment ago, whose index is not written yet.
    await put(pack(7), 'pack 7', 0)
    // Key old: a dependency set no one has built for 40 days.
    await put(pack(8), 'pack 8', 40 * DAY)
    await put(sequenceIndexKey('old', 1), indexOf([pack(8)]), 40 * DAY)
    // Key recent: one index within the grace period, however old its pack.
    await put(pack(9), 'pack 9', 60 * DAY)
    await put(sequenceIndexKey('recent', 1), indexOf([pack(9)]), 1 * DAY)

    const result = await cleanUpStore(store)
    expect(KEEP_INDEXES).toBe(4)
    expect(CLEANUP_GRACE_MS).toBe(7 * DAY)
    expect(result).toEqual({ indexesDeleted: 3, packsDeleted: 3 })
    expect(await keys()).toEqual(
      [
        ...[3, 4, 5, 6, 7, 9].map(pack),
        ...[3, 4, 5, 6].map(n => sequenceIndexKey('k', n)),
        sequenceIndexKey('recent', 1)
      ].sort()
    )
    // Nothing more to do the second time.
    expect(await cleanUpStore(store)).toEqual({ indexesDeleted: 0, packsDeleted: 0 })
  })

  it('deletes no pack when a remaining index cannot be read', async () => {
    await put(packKey(hex(1)), 'old pack', 30 * DAY)
    await put(sequenceIndexKey('k', 1), 'not an index', 10 * DAY)
    const result = await cleanUpStore(store)
    expect(result).toMatchObject({ indexesDeleted: 0, packsDeleted: 0 })
    expect(result.skipped).toMatch(/could not be read/)
    expect(await keys()).toHaveLength(2)
  })

  it('a push that compacts runs the cleanup', async () => {
    const job = (name: string, objects: [number, Buffer][]) => {
      const local = path.join(dir, `${name}-${run}`)
      for (const [n, body] of objects) new LocalTier(local).put(hex(n), sha256Hex(body), body)
      return local
    }
    // Incompressible: packs store objects compressed, and the dead megabytes must stay megabytes.
    const big = randomBytes(2 * 1024 * 1024)
    const small = Buffer.from('small object')
    const first = await pushNewObjects({
      dir: job('first', [
        [1, big],
        [2, small]
      ]),
      store,
      key: 'k',
      restorePrefixes: []
    })
    expect(first.cleanup).toBeUndefined()
    // Action 1's output changes: the first pack is then mostly dead, and is compacted.
    const second = await pushNewObjects({
      dir: job('second', [[1, Buffer.from('new output')]]),
      store,
      key: 'k',
      restorePrefixes: []
    })
    expect(second.compacted).toEqual([first.packKey])
    // It ran; everything is within the grace period, so nothing went.
    expect(second.cleanup).toEqual({ indexesDeleted: 0, packsDeleted: 0 })
  })
})

/** The built CLI, asynchronously: s3rver answers from this process. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), ...args], {
      env: { ...process.env, ...server.env }
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', code =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString()
      })
    )
  })
}

describe('go-ci-kit cacheprog clean (built CLI)', () => {
  it('--dry-run lists what would go and deletes nothing; then the same run deletes it', async () => {
    const pack = (n: number) => packKey(hex(2000 + n))
    // Six turns of key k, 20 to 15 days old, each with its own pack; a pack uploaded just now.
    for (let n = 1; n <= 6; n++) {
      await put(pack(n), `pack ${n}`, (21 - n) * DAY)
      await put(sequenceIndexKey('k', n), indexOf([pack(n)]), (21 - n) * DAY)
    }
    await put(pack(7), 'pack 7', 0)
    const before = await keys()
    const url = `s3://${server.bucket}/${PREFIX}${run}`
    const gone = [pack(1), pack(2), sequenceIndexKey('k', 1), sequenceIndexKey('k', 2)]

    const dry = await cli(['cacheprog', 'clean', '--s3', url, '--dry-run', '--json'])
    expect([dry.code, dry.stderr]).toEqual([0, ''])
    const planned = JSON.parse(dry.stdout) as {
      dryRun: boolean
      indexesDeleted: number
      packsDeleted: number
      planned: { indexes: string[]; packs: string[] }
    }
    expect(planned).toMatchObject({ dryRun: true, indexesDeleted: 2, packsDeleted: 2 })
    expect([...planned.planned.indexes, ...planned.planned.packs].sort()).toEqual(gone.sort())
    expect(await keys()).toEqual(before)

    const real = await cli(['cacheprog', 'clean', '--s3', url])
    expect([real.code, real.stdout, real.stderr]).toEqual([
      0,
      'deleted 2 indexes and 2 packs\n',
      ''
    ])
    expect(await keys()).toEqual(before.filter(key => !gone.includes(key)))
  })

  it('an index it cannot read: no pack deleted, exit 3 and one line saying why', async () => {
    await put(packKey(hex(1)), 'old pack', 30 * DAY)
    await put(sequenceIndexKey('k', 1), 'not an index', 10 * DAY)
    const result = await cli([
      'cacheprog',
      'clean',
      '--s3',
      `s3://${server.bucket}/${PREFIX}${run}`
    ])
    expect(result.code).toBe(3)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^go-ci-kit cacheprog clean: index .* could not be read/)
    ])
    expect(await keys()).toHaveLength(2)
  })

  it('the Actions cache service (--remote-config) is one usage line: it evicts by itself', async () => {
    const config = path.join(dir, 'actions-cache.json')
    writeFileSync(
      config,
      JSON.stringify({ kind: 'actions-cache', resultsUrl: 'http://127.0.0.1:1/', token: 't' }),
      { mode: 0o600 }
    )
    const result = await cli(['cacheprog', 'clean', '--remote-config', config])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/--s3 s3:\/\/bucket\/prefix or --remote-dir DIR is required/)
  })
})
