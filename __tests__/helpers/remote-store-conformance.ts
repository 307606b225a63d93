/**
 * One conformance suite for every RemoteStore backend: call
 * `describeRemoteStoreConformance(name, start)` in a test file with a
 * function that starts the backend's server and returns a target. Each test
 * writes under its own key namespace, so the store is never cleared.
 *
 * Faults are optional (a directory store has no 429): a target that cannot
 * inject one leaves it out of `faults`, and its tests are left out.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  RemoteStoreError,
  type RemoteStore,
  type RemoteStoreErrorKind
} from '../../src/core/remote-store/index.js'

/** Faults named by what the client sees, mapped by each target onto its server. */
export type StoreFault =
  /** Lookups answer 500 (the service or listing is broken). */
  | 'lookup-500'
  /** Reads of a stored blob answer 500. */
  | 'data-500'
  /** Lookups and reads answer 403. */
  | 'read-403'
  /** Writes answer 403. */
  | 'write-403'
  /** Every request answers 429. */
  | 'throttled-429'
  /** Requests are accepted and never answered. */
  | 'hang'
  /** Blob bodies announce their full length and stop halfway. */
  | 'truncated'
  /** Blob bodies send part of the blob, then nothing. */
  | 'stall-data'

export interface ConformanceTarget {
  store: RemoteStore
  /** Injects one of the faults the backend declared; `null` lifts it. */
  setFault?(fault: StoreFault | null): void | Promise<void>
  /** Requests the server holds unanswered (to see an abort close them), when it can tell. */
  openRequests?(): number
  /**
   * Requests the server has received so far, data plane included (to count
   * coalesced range reads, and to see that a hanging request arrived).
   * Required with the 'hang' fault; a store with no server leaves it out.
   */
  requestCount?(): number
  /**
   * How far apart in time two writes must be for "newest" to tell them apart
   * (S3 keeps whole seconds); the suite waits that long between them.
   */
  timeResolutionMs?: number
  close(): Promise<void>
}

async function expectKind(
  promise: Promise<unknown>,
  kind: RemoteStoreErrorKind
): Promise<RemoteStoreError> {
  const error = await promise.then(
    value => {
      throw new Error(`expected a RemoteStoreError ${kind}, got ${JSON.stringify(value)}`)
    },
    (error: unknown) => error
  )
  expect(error).toBeInstanceOf(RemoteStoreError)
  expect([(error as RemoteStoreError).kind, (error as Error).message]).toEqual([
    kind,
    expect.any(String)
  ])
  return error as RemoteStoreError
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 20_000) throw new Error(`gave up waiting for ${what}`)
    await sleep(10)
  }
}

export interface ConformanceBackend {
  /** Starts the server(s) and the store; called once, in beforeAll. */
  start: () => Promise<ConformanceTarget>
  /** The faults the target can inject; tests needing others are skipped. */
  faults?: readonly StoreFault[]
}

export function describeRemoteStoreConformance(name: string, backend: ConformanceBackend): void {
  const known = backend.faults ?? []
  const can = (fault: StoreFault): typeof it => (known.includes(fault) ? it : it.skip) as typeof it
  describe(`RemoteStore conformance: ${name}`, () => {
    let target: ConformanceTarget
    let store: RemoteStore
    let dir: string
    let counter = 0
    /** A fresh key namespace for one test. */
    const space = (): string => `t${++counter}-${randomBytes(4).toString('hex')}/`
    const file = (content: Buffer | string): string => {
      const written = path.join(dir, `blob-${++counter}`)
      writeFileSync(written, content)
      return written
    }
    const put = async (key: string, content: Buffer | string): Promise<void> => {
      expect(await store.write(key, file(content))).toBe(true)
    }
    /** Waits so that the next write is newer than the last one, as the store tells time. */
    const tick = (): Promise<void> => sleep((target.timeResolutionMs ?? 0) + 50)
    const withFault = async <T>(fault: StoreFault, work: () => Promise<T>): Promise<T> => {
      await target.setFault!(fault)
      try {
        return await work()
      } finally {
        await target.setFault!(null)
      }
    }

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'gck-store-conformance-'))
      target = await backend.start()
      store = target.store
    })
    afterAll(async () => {
      await target?.close()
      rmSync(dir, { recursive: true, force: true })
    })

    describe('write and read', () => {
      it('reads back what was written, whole and in ranges', async () => {
        const key = `${space()}blob`
        const content = randomBytes(200_000)
        await put(key, content)
        expect((await store.read(key)).equals(content)).toBe(true)
        const ranges = [
          { offset: 150_000, length: 10 },
          { offset: 0, length: 5 },
          { offset: 3, length: 4 }, // overlaps the previous one
          { offset: 0, length: 5 }, // asked twice
          { offset: 199_990, length: 10 }, // up to the last byte
          { offset: 7, length: 0 } // empty
        ]
        const parts = await store.readRanges(key, ranges)
        expect(parts.map(part => part.toString('hex'))).toEqual(
          ranges.map(({ offset, length }) =>
            content.subarray(offset, offset + length).toString('hex')
          )
        )
      })

      it('coalesces near ranges into fewer requests than ranges and keeps their order', async () => {
        const key = `${space()}blob`
        const content = randomBytes(4096)
        await put(key, content)
        const ranges = Array.from({ length: 16 }, (_, i) => ({
          offset: (15 - i) * 256,
          length: 100
        }))
        const count = (): number => target.requestCount?.() ?? 0
        const before = count()
        const parts = await store.readRanges(key, ranges)
        expect(count() - before).toBeLessThan(ranges.length)
        expect(parts.map(part => part.toString('hex'))).toEqual(
          ranges.map(({ offset, length }) =>
            content.subarray(offset, offset + length).toString('hex')
          )
        )
      })

      it('calls a range past the end of the blob corrupt', async () => {
        const key = `${space()}blob`
        await put(key, 'twelve bytes')
        await expectKind(store.readRanges(key, [{ offset: 8, length: 10 }]), 'corrupt')
        await expectKind(store.readRanges(key, [{ offset: 100, length: 1 }]), 'corrupt')
      })

      it('refuses a whole read over maxBytes as too-large, and reads one at the limit', async () => {
        const key = `${space()}capped`
        await put(key, 'twelve bytes')
        await expectKind(store.read(key, undefined, 11), 'too-large')
        expect((await store.read(key, undefined, 12)).toString()).toBe('twelve bytes')
      })

      it('calls a missing key not-found and looks it up as undefined', async () => {
        const key = `${space()}missing`
        await expectKind(store.read(key), 'not-found')
        await expectKind(store.readRanges(key, [{ offset: 0, length: 1 }]), 'not-found')
        expect(await store.lookup(key, [])).toBeUndefined()
      })

      it('writes a key once: a second write resolves false and keeps the first bytes', async () => {
        const key = `${space()}once`
        await put(key, 'first')
        expect(await store.write(key, file('second'))).toBe(false)
        expect((await store.read(key)).toString()).toBe('first')
      })

      it('lets exactly one of two racing writers of a key win', async () => {
        const key = `${space()}raced`
        const results = await Promise.all([
          store.write(key, file('writer one')),
          store.write(key, file('writer two'))
        ])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(['writer one', 'writer two']).toContain((await store.read(key)).toString())
      })
    })

    describe('lookup: the restore-key ladder', () => {
      it('returns the key itself when it is stored, before any prefix match', async () => {
        const ns = space()
        await put(`${ns}index-a`, 'a')
        await tick()
        await put(`${ns}index-a-newer`, 'b')
        expect(await store.lookup(`${ns}index-a`, [`${ns}index-`])).toBe(`${ns}index-a`)
      })

      it('takes the newest key under a prefix, not the one that sorts last', async () => {
        const ns = space()
        await put(`${ns}index-b`, 'older')
        await tick()
        await put(`${ns}index-a`, 'newer')
        expect(await store.lookup(`${ns}index-zzz`, [`${ns}index-`])).toBe(`${ns}index-a`)
      })

      it('takes the first prefix that matches, even when a later one holds a newer key', async () => {
        const ns = space()
        await put(`${ns}main/old`, 'x')
        await tick()
        await put(`${ns}any/new`, 'y')
        expect(
          await store.lookup(`${ns}feature/x`, [`${ns}feature/`, `${ns}main/`, `${ns}any/`])
        ).toBe(`${ns}main/old`)
      })

      it('does not match a stored key that merely starts with the asked key', async () => {
        const ns = space()
        await put(`${ns}index-10`, 'x')
        expect(await store.lookup(`${ns}index-1`, [])).toBeUndefined()
        expect(await store.lookup(`${ns}index-1`, [`${ns}other-`])).toBeUndefined()
        expect(await store.lookup(`${ns}index-1`, [`${ns}index-`])).toBe(`${ns}index-10`)
      })

      it('answers undefined when nothing matches', async () => {
        const ns = space()
        expect(await store.lookup(`${ns}k`, [`${ns}p-`, `${ns}q-`])).toBeUndefined()
      })
    })

    describe('errors, each with its kind', () => {
      can('lookup-500')('a lookup answered 500 is unavailable', async () => {
        const ns = space()
        await withFault('lookup-500', () =>
          expectKind(store.lookup(`${ns}k`, [`${ns}`]), 'unavailable')
        )
      })

      can('data-500')('a read answered 500 is unavailable', async () => {
        const key = `${space()}blob`
        await put(key, 'some bytes')
        await withFault('data-500', async () => {
          await expectKind(store.read(key), 'unavailable')
          await expectKind(store.readRanges(key, [{ offset: 0, length: 4 }]), 'unavailable')
        })
      })

      can('read-403')('a read or lookup answered 403 is denied', async () => {
        const key = `${space()}blob`
        await put(key, 'some bytes')
        await withFault('read-403', async () => {
          await expectKind(store.lookup(key, []), 'denied')
          await expectKind(store.read(key), 'denied')
        })
      })

      can('write-403')('a write answered 403 is denied', async () => {
        const key = `${space()}blob`
        await withFault('write-403', () => expectKind(store.write(key, file('x')), 'denied'))
      })

      can('throttled-429')('a request answered 429 is throttled', async () => {
        const key = `${space()}blob`
        await put(key, 'some bytes')
        await withFault('throttled-429', async () => {
          await expectKind(store.lookup(key, []), 'throttled')
          await expectKind(store.write(`${key}-2`, file('x')), 'throttled')
        })
      })

      can('truncated')('a body cut off is corrupt', async () => {
        const key = `${space()}blob`
        await put(key, randomBytes(100_000))
        await withFault('truncated', async () => {
          await expectKind(store.read(key), 'corrupt')
          await expectKind(store.readRanges(key, [{ offset: 0, length: 90_000 }]), 'corrupt')
        })
      })

      can('hang')('a request that outlives its deadline is a timeout', async () => {
        const ns = space()
        await withFault('hang', async () => {
          await expectKind(store.lookup(`${ns}k`, [`${ns}`], AbortSignal.timeout(300)), 'timeout')
          await expectKind(store.read(`${ns}k`, AbortSignal.timeout(300)), 'timeout')
          await expectKind(store.write(`${ns}w`, file('x'), AbortSignal.timeout(300)), 'timeout')
        })
      })

      can('hang')('an abort stops the request under way', async () => {
        const ns = space()
        await withFault('hang', async () => {
          const count = (): number => target.requestCount!()
          const before = count()
          const controller = new AbortController()
          const lookup = store.lookup(`${ns}k`, [`${ns}`], controller.signal)
          await until(() => count() > before, 'the request to arrive')
          controller.abort()
          await expectKind(lookup, 'timeout')
          if (target.openRequests)
            await until(() => target.openRequests!() === 0, 'the server to see the request closed')
        })
      })

      can('stall-data')('an abort stops a read whose body stalls', async () => {
        const key = `${space()}blob`
        await put(key, randomBytes(100_000))
        await withFault('stall-data', async () => {
          const count = (): number => target.requestCount!()
          const before = count()
          const controller = new AbortController()
          const read = store.read(key, controller.signal)
          await until(() => count() > before, 'the read to start')
          await sleep(100)
          controller.abort()
          await expectKind(read, 'timeout')
          if (target.openRequests)
            await until(() => target.openRequests!() === 0, 'the server to see the read closed')
        })
      })

      it('an already aborted signal stops every call before any request', async () => {
        const ns = space()
        const signal = AbortSignal.abort()
        const count = (): number => target.requestCount?.() ?? 0
        const before = count()
        await expectKind(store.lookup(`${ns}k`, [], signal), 'timeout')
        await expectKind(store.read(`${ns}k`, signal), 'timeout')
        await expectKind(store.readRanges(`${ns}k`, [{ offset: 0, length: 1 }], signal), 'timeout')
        await expectKind(store.write(`${ns}k`, file('x'), signal), 'timeout')
        expect(count()).toBe(before)
      })
    })
  })
}
