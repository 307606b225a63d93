/**
 * The build cache's cleanup of a shared directory (`--remote-dir`), which
 * never evicts by itself: the same rules as S3 (s3-cleanup.test.ts), with
 * the files' mtimes as their ages, through cleanUpStore and the built CLI.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../harness/runner.js'
import { DAY, hex, indexOf } from '../../helpers/cleanup-fixtures.js'
import { createDirectoryStore, type RemoteStore } from '../../../src/core/remote-store/index.js'
import { cleanUpStore } from '../../../src/core/cacheprog/cleanup.js'
import {
  FORMAT_ROOT,
  packKey,
  sequenceIndexKey
} from '../../../src/core/cacheprog/remote-format.js'

let root: string
let store: RemoteStore
let counter = 0

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-dir-cleanup-'))
  store = createDirectoryStore(path.join(root, 'remote'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function put(key: string, data: Buffer | string, ageMs: number): Promise<void> {
  const file = path.join(root, `f${++counter}`)
  writeFileSync(file, data)
  expect(await store.write(key, file)).toBe(true)
  const when = new Date(Date.now() - ageMs)
  utimesSync(path.join(root, 'remote', ...key.split('/')), when, when)
}

const keys = async () => (await store.list!(`${FORMAT_ROOT}/`)).map(item => item.key).sort()

it('cleans a shared directory as it cleans a bucket: on demand through the CLI, or by itself', async () => {
  const pack = (n: number) => packKey(hex(1000 + n))
  // Key k: six turns a day apart, 20 to 15 days old; turn n uses pack n.
  for (let n = 1; n <= 6; n++) {
    await put(pack(n), `pack ${n}`, (21 - n) * DAY)
    await put(sequenceIndexKey('k', n), indexOf([pack(n)]), (21 - n) * DAY)
  }
  // A concurrent writer's pack whose index is not written yet.
  await put(pack(7), 'pack 7', 0)
  const before = await keys()
  expect(before).toHaveLength(13)

  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'cacheprog', 'clean', ...args],
      { encoding: 'utf8' }
    )
  const dryRun = run(['--remote-dir', path.join(root, 'remote'), '--dry-run', '--json'])
  expect(dryRun.status).toBe(0)
  expect(JSON.parse(dryRun.stdout)).toMatchObject({
    dryRun: true,
    indexesDeleted: 2,
    packsDeleted: 2
  })
  expect(await keys()).toEqual(before)

  const cleaned = run(['--remote-dir', path.join(root, 'remote')])
  expect([cleaned.status, cleaned.stdout.split('\n')[0]]).toEqual([
    0,
    'deleted 2 indexes and 2 packs'
  ])
  expect(await keys()).toEqual(
    [...[3, 4, 5, 6, 7].map(pack), ...[3, 4, 5, 6].map(n => sequenceIndexKey('k', n))].sort()
  )
  expect(await cleanUpStore(store)).toEqual({ indexesDeleted: 0, packsDeleted: 0 })

  const neither = run([])
  expect([neither.status, neither.stderr.trim().split('\n')]).toEqual([
    2,
    [expect.stringMatching(/--s3 s3:\/\/bucket\/prefix or --remote-dir DIR is required/)]
  ])
})
