/**
 * The archive reader and writer: round trips, and hostile archives built
 * here with tar-stream. Each hostile archive must be refused with the target
 * left exactly as it was and no staging directory left behind.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough, Readable, Writable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import tar from 'tar-stream'
import {
  ArchiveCorruptError,
  ArchiveRefusedError,
  extractArchive,
  placeEntry,
  restoreAtomically,
  symlinkStaysInside,
  writeArchive,
  type ArchiveLimits
} from '../../../src/core/cache-transfer/index.js'

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gck-transfer-'))
})
afterEach(() => {
  makeWritable(root)
  rmSync(root, { recursive: true, force: true })
})

function makeWritable(dir: string): void {
  try {
    chmodSync(dir, 0o755)
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) makeWritable(path.join(dir, entry.name))
  } catch {
    // best effort
  }
}

const LIMITS: ArchiveLimits = { maxBytes: 64 * 1024 * 1024, maxEntries: 10_000 }

type Entry = Partial<tar.Header> & { name: string; body?: Buffer | string }

/** A gzip-compressed tar holding exactly these entries, in this order. */
async function archive(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
  const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
  for (const { body, ...header } of entries) {
    await new Promise<void>((resolve, reject) => {
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve())
      if (body !== undefined) pack.entry({ type: 'file', ...header }, body, callback)
      else pack.entry(header, callback)
    })
  }
  pack.finalize()
  await done
  return gzipSync(Buffer.concat(chunks))
}

/** Every path under `dir` with its kind, mode and content (or link target). */
function snapshot(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!existsSync(dir)) return found
  const walk = (at: string, rel: string): void => {
    for (const name of readdirSync(at).sort()) {
      const file = path.join(at, name)
      const key = rel ? `${rel}/${name}` : name
      const stat = lstatSync(file)
      const mode = (stat.mode & 0o777).toString(8)
      if (stat.isSymbolicLink()) found[key] = `link ${readlinkSync(file)}`
      else if (stat.isDirectory()) {
        found[key] = `dir ${mode}`
        walk(file, key)
      } else found[key] = `file ${mode} ${readFileSync(file, 'utf8')}`
    }
  }
  walk(dir, '')
  return found
}

/** Names beside `target` that a restore may have left (staging or previous copies). */
function leftovers(target: string): string[] {
  return readdirSync(path.dirname(target)).filter(name => name.includes('go-ci-kit'))
}

function restore(
  targets: string[],
  data: Buffer | Readable,
  options: { limits?: ArchiveLimits; signal?: AbortSignal } = {}
): Promise<unknown> {
  return restoreAtomically(targets, async staging => {
    const source = Buffer.isBuffer(data) ? Readable.from([data]) : data
    const result = await extractArchive(source, staging, {
      limits: options.limits ?? LIMITS,
      ...(options.signal ? { signal: options.signal } : {})
    })
    return { value: result, dirModes: result.dirModes }
  })
}

/** A target that already holds a file, to show a refused restore leaves it alone. */
function existingTarget(): { target: string; before: Record<string, string> } {
  const target = path.join(root, 'machine', 'cache')
  mkdirSync(path.join(target, 'kept'), { recursive: true })
  writeFileSync(path.join(target, 'kept', 'file'), 'was here')
  return { target, before: snapshot(target) }
}

async function expectRefused(
  data: Buffer | Readable,
  pattern: RegExp,
  options: { limits?: ArchiveLimits; signal?: AbortSignal; error?: unknown } = {}
): Promise<void> {
  const { target, before } = existingTarget()
  const outside = path.join(root, 'outside')
  const failure = await restore([target], data, options).then(
    () => undefined,
    (error: unknown) => error
  )
  expect(failure).toBeInstanceOf(options.error ?? ArchiveRefusedError)
  expect((failure as Error).message).toMatch(pattern)
  expect(snapshot(target)).toEqual(before)
  expect(leftovers(target)).toEqual([])
  expect(existsSync(outside)).toBe(false)
}

function collect(): { sink: Writable; data: () => Buffer } {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      callback()
    }
  })
  return { sink, data: () => Buffer.concat(chunks) }
}

describe('round trip', () => {
  it('restores files, modes, mtimes, read-only directories and inner symlinks', async () => {
    const source = path.join(root, 'source')
    mkdirSync(path.join(source, 'pkg', 'mod@v1.0.0', 'sub'), { recursive: true })
    writeFileSync(path.join(source, 'pkg', 'mod@v1.0.0', 'a.go'), 'package a\n')
    writeFileSync(path.join(source, 'pkg', 'mod@v1.0.0', 'sub', 'b.go'), 'package sub\n')
    writeFileSync(path.join(source, 'big'), Buffer.alloc(3 * 1024 * 1024, 7))
    writeFileSync(path.join(source, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 })
    symlinkSync('pkg/mod@v1.0.0', path.join(source, 'current'))
    const mtime = new Date('2026-01-02T03:04:05Z')
    utimesSync(path.join(source, 'run.sh'), mtime, mtime)
    chmodSync(path.join(source, 'pkg', 'mod@v1.0.0', 'a.go'), 0o444)
    chmodSync(path.join(source, 'pkg', 'mod@v1.0.0', 'sub'), 0o555)
    chmodSync(path.join(source, 'pkg', 'mod@v1.0.0'), 0o555)

    const { sink, data } = collect()
    const packed = await writeArchive([source], sink)
    expect(packed.skipped).toEqual([])
    const target = path.join(root, 'restored', 'cache')
    await restore([target], data())
    const expected = snapshot(source)
    delete expected.big
    const got = snapshot(target)
    delete got.big
    expect(got).toEqual(expected)
    expect(readFileSync(path.join(target, 'big')).equals(Buffer.alloc(3 * 1024 * 1024, 7))).toBe(
      true
    )
    expect(lstatSync(path.join(target, 'run.sh')).mtime.getTime()).toBe(mtime.getTime())
    expect(leftovers(target)).toEqual([])
  })

  it('keeps every file its mtime, small and streamed, as the GOCACHE trim reads them', async () => {
    const source = path.join(root, 'source')
    mkdirSync(path.join(source, 'ab'), { recursive: true })
    const small = path.join(source, 'ab', `${'a'.repeat(64)}-a`)
    const large = path.join(source, 'ab', `${'b'.repeat(64)}-d`)
    writeFileSync(small, 'v1 action entry\n')
    writeFileSync(large, Buffer.alloc(2 * 1024 * 1024, 1)) // above the in-memory size: streamed
    const sixDaysAgo = new Date(Date.UTC(2026, 0, 4, 5, 6, 7))
    const lastHour = new Date(Date.UTC(2026, 0, 10, 11, 0, 0))
    utimesSync(small, sixDaysAgo, sixDaysAgo)
    utimesSync(large, lastHour, lastHour)

    const { sink, data } = collect()
    await writeArchive([source], sink)
    const target = path.join(root, 'restored', 'gocache')
    await restore([target], data())
    const mtime = (name: string) => lstatSync(path.join(target, 'ab', name)).mtime.getTime()
    expect(mtime(path.basename(small))).toBe(sixDaysAgo.getTime())
    expect(mtime(path.basename(large))).toBe(lastHour.getTime())
  })

  it('restores over an existing directory like tar: the archive wins, other files stay', async () => {
    const source = path.join(root, 'source')
    mkdirSync(path.join(source, 'aa'), { recursive: true })
    writeFileSync(path.join(source, 'aa', 'entry'), 'from the cache')
    const { sink, data } = collect()
    await writeArchive([source], sink)

    const target = path.join(root, 'machine', 'cache')
    mkdirSync(path.join(target, 'aa'), { recursive: true })
    mkdirSync(path.join(target, 'bb'), { recursive: true })
    writeFileSync(path.join(target, 'aa', 'entry'), 'stale')
    writeFileSync(path.join(target, 'aa', 'mine'), 'mine')
    writeFileSync(path.join(target, 'bb', 'other'), 'other')
    await restore([target], data())
    expect(readFileSync(path.join(target, 'aa', 'entry'), 'utf8')).toBe('from the cache')
    expect(readFileSync(path.join(target, 'aa', 'mine'), 'utf8')).toBe('mine')
    expect(readFileSync(path.join(target, 'bb', 'other'), 'utf8')).toBe('other')
    expect(leftovers(target)).toEqual([])
  })

  it('keeps several cache directories apart and leaves out what cannot be restored', async () => {
    const first = path.join(root, 'one')
    const second = path.join(root, 'two')
    mkdirSync(first)
    mkdirSync(second)
    writeFileSync(path.join(first, 'f'), '1')
    writeFileSync(path.join(second, 'f'), '2')
    symlinkSync('../../etc/passwd', path.join(second, 'escape'))
    const { sink, data } = collect()
    const packed = await writeArchive([first, second], sink)
    expect(packed.skipped).toEqual([path.join(second, 'escape')])
    const targets = [path.join(root, 'r', 'one'), path.join(root, 'r', 'two')]
    await restore(targets, data())
    expect(snapshot(targets[0]!)).toEqual({ f: 'file 644 1' })
    expect(snapshot(targets[1]!)).toEqual({ f: 'file 644 2' })
  })
})

describe('hostile archives are refused and leave nothing behind', () => {
  it('an absolute path', async () => {
    await expectRefused(
      await archive([
        { name: '0', type: 'directory' },
        { name: '/tmp/gck-evil', body: 'x' }
      ]),
      /absolute path/
    )
  })

  it('a .. entry, however it is spelled', async () => {
    for (const name of ['0/../outside', '../outside', '0/a/../../outside', '0/..']) {
      await expectRefused(await archive([{ name, body: 'x' }]), /'\.\.' segment/)
    }
  })

  it('a write through a symlink (the symlink first, then a file under it)', async () => {
    await expectRefused(
      await archive([
        { name: '0', type: 'directory' },
        { name: '0/sub', type: 'directory' },
        { name: '0/link', type: 'symlink', linkname: 'sub' },
        { name: '0/link/file', body: 'through the link' }
      ]),
      /written through the symlink "0\/link"/
    )
    await expectRefused(
      await archive([
        { name: '0/out', type: 'symlink', linkname: '../../outside' },
        { name: '0/out/file', body: 'x' }
      ]),
      /written through the symlink/
    )
  })

  it('a symlink pointing outside the cache directory', async () => {
    for (const linkname of ['../outside', '/etc/passwd', 'a/../../outside']) {
      await expectRefused(
        await archive([{ name: '0/evil', type: 'symlink', linkname }]),
        /points outside its cache directory/
      )
    }
    // Only out through another link: a -> ., b -> a/.. (lexically `.`).
    await expectRefused(
      await archive([
        { name: '0/a', type: 'symlink', linkname: '.' },
        { name: '0/b', type: 'symlink', linkname: 'a/..' }
      ]),
      /symlink "0\/b" points outside/
    )
  })

  it('a gzip bomb: the expansion cap stops it, whatever the headers claim', async () => {
    const zeros = Buffer.alloc(1024 * 1024)
    const entries: Entry[] = [{ name: '0', type: 'directory' }]
    for (let i = 0; i < 32; i++) entries.push({ name: `0/zero${i}`, body: zeros })
    const bomb = await archive(entries)
    expect(bomb.length).toBeLessThan(100 * 1024) // 32 MiB of zeros in well under 100 KiB
    const limits = { maxBytes: 4 * 1024 * 1024, maxEntries: 1000 }
    await expectRefused(bomb, /expands to more than 4194304 bytes/, { limits })
    // One entry whose header alone claims more than the cap is refused before a byte is written.
    await expectRefused(
      await archive([{ name: '0/huge', body: Buffer.alloc(8 * 1024 * 1024) }]),
      /claims 8388608/,
      { limits: { maxBytes: 4 * 1024 * 1024, maxEntries: 1000 } }
    )
  })

  it('too many entries', async () => {
    const entries: Entry[] = []
    for (let i = 0; i < 50; i++) entries.push({ name: `0/f${i}`, body: '' })
    await expectRefused(await archive(entries), /more than 20 entries/, {
      limits: { maxBytes: LIMITS.maxBytes, maxEntries: 20 }
    })
  })

  it('hard links, devices, duplicates and foreign roots', async () => {
    await expectRefused(
      await archive([
        { name: '0/f', body: 'x' },
        { name: '0/g', type: 'link', linkname: '0/f' }
      ]),
      /is a link/
    )
    await expectRefused(await archive([{ name: '0/fifo', type: 'fifo' }]), /is a fifo/)
    await expectRefused(
      await archive([
        { name: '0/f', body: 'x' },
        { name: '0/f', body: 'y' }
      ]),
      /appears twice/
    )
    await expectRefused(await archive([{ name: '1/f', body: 'x' }]), /belongs to no cache/)
    await expectRefused(
      await archive([
        { name: '0/f', body: Buffer.alloc(2 * 1024 * 1024) },
        { name: '0/f/g', body: 'under a file' }
      ]),
      /"0\/f\/g" clashes with an earlier entry/
    )
  })

  it('an extraction that hits the timeout stops and cleans up', async () => {
    const beginning = await archive([{ name: '0/slow', body: Buffer.alloc(4 * 1024 * 1024, 1) }])
    const source = new PassThrough()
    source.write(beginning.subarray(0, beginning.length / 2)) // then nothing more arrives
    const signal = AbortSignal.timeout(200)
    await expectRefused(source, /timed out|aborted|TimeoutError/i, {
      signal,
      error: Error
    })
    expect(source.destroyed).toBe(true)
  })

  it('a truncated or damaged archive is corrupt', async () => {
    const whole = await archive([{ name: '0/f', body: Buffer.alloc(200_000, 3) }])
    await expectRefused(whole.subarray(0, whole.length - 20), /gzip|tar|end/i, {
      error: ArchiveCorruptError
    })
    await expectRefused(Buffer.from('not gzip at all'), /gzip/, { error: ArchiveCorruptError })
    const notTar = gzipSync(Buffer.alloc(2048, 'x'))
    await expectRefused(notTar, /tar/, { error: ArchiveCorruptError })
  })
})

describe('entry names and symlink targets', () => {
  it('refuses every name with a .. segment or a leading slash', () => {
    const segment = fc.stringMatching(/^[a-z.]{1,4}$/)
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), segments => {
        const name = ['0', ...segments].join('/')
        const bad = segments.some(s => s === '..' || s === '.')
        let refused = false
        try {
          placeEntry(name, 1)
        } catch {
          refused = true
        }
        expect(refused).toBe(bad)
        expect(() => placeEntry(`/${name}`, 1)).toThrow(ArchiveRefusedError)
      })
    )
  })

  it('without other links, a target stays inside exactly when it normalizes inside', () => {
    const segment = fc.constantFrom('..', '.', 'a', 'b', 'c')
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'y'), { maxLength: 3 }),
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        (dirs, target) => {
          const link = [...dirs, 'link'].join('/')
          const resolved = path.posix.normalize(path.posix.join(...dirs, '.', target.join('/')))
          const inside = resolved !== '..' && !resolved.startsWith('../')
          expect(symlinkStaysInside(link, target.join('/'), new Map())).toBe(inside)
        }
      )
    )
  })
})
