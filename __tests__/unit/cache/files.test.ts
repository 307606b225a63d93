import { describe, expect, it } from '@jest/globals'
import { OPEN_FILES_AT_ONCE, withOpenFile } from '../../../src/core/cache/files.js'

const emfile = () => Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' })

describe('withOpenFile', () => {
  it(`keeps at most ${OPEN_FILES_AT_ONCE} tasks running at once`, async () => {
    let running = 0
    let most = 0
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        withOpenFile(async () => {
          running++
          most = Math.max(most, running)
          await new Promise(resolve => setImmediate(resolve))
          running--
          return index
        })
      )
    )
    expect(results).toEqual(Array.from({ length: 500 }, (_, index) => index))
    expect(most).toBe(OPEN_FILES_AT_ONCE)
  })

  it('retries a read that ran out of descriptors', async () => {
    let attempts = 0
    const value = await withOpenFile(async () => {
      if (++attempts < 3) throw emfile()
      return 'read'
    })
    expect([value, attempts]).toEqual(['read', 3])
  })

  it('passes other errors on at once, and gives up on EMFILE after its retries', async () => {
    let attempts = 0
    const eacces = Object.assign(new Error('EACCES'), { code: 'EACCES' })
    await expect(
      withOpenFile(async () => {
        attempts++
        throw eacces
      })
    ).rejects.toBe(eacces)
    expect(attempts).toBe(1)
    await expect(
      withOpenFile(async () => {
        throw emfile()
      })
    ).rejects.toMatchObject({ code: 'EMFILE' })
  })
})
