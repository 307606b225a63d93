import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  tempPathBeside,
  writeFileAtomic,
  writeFileAtomicSync,
  writeFilesAtomicSync,
  writeThroughTemp
} from '../../../src/core/io.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-io-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const tempsIn = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.tmp'))

describe('tempPathBeside', () => {
  it('is in the same directory, unique per call', () => {
    const file = path.join(dir, 'out.json')
    const first = tempPathBeside(file)
    expect(path.dirname(first)).toBe(dir)
    expect(first.startsWith(`${file}.${process.pid}-`)).toBe(true)
    expect(first.endsWith('.tmp')).toBe(true)
    expect(tempPathBeside(file)).not.toBe(first)
  })
})

describe('writeFileAtomic', () => {
  it('writes the file, creating its directory, and leaves no temp file', async () => {
    const file = path.join(dir, 'a', 'b', 'out.txt')
    await writeFileAtomic(file, 'hello\n')
    expect(readFileSync(file, 'utf8')).toBe('hello\n')
    expect(tempsIn(path.dirname(file))).toEqual([])
  })

  it('replaces an existing file', async () => {
    const file = path.join(dir, 'out.txt')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, new Uint8Array([110, 101, 119]))
    expect(readFileSync(file, 'utf8')).toBe('new')
  })

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    // A directory in the target's place makes the rename fail after the temp file was written.
    const target = path.join(dir, 'taken')
    mkdirSync(path.join(target, 'child'), { recursive: true })
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow()
    expect(readdirSync(target)).toEqual(['child'])
    expect(tempsIn(dir)).toEqual([])
  })
})

describe('writeThroughTemp', () => {
  it('renames what fill wrote and returns its result', async () => {
    const file = path.join(dir, 'out.txt')
    const result = await writeThroughTemp(file, async temp => {
      writeFileSync(temp, 'done')
      return 42
    })
    expect(result).toBe(42)
    expect(readFileSync(file, 'utf8')).toBe('done')
    expect(tempsIn(dir)).toEqual([])
  })

  it('removes the temp file and leaves the target alone when fill throws', async () => {
    const file = path.join(dir, 'out.txt')
    writeFileSync(file, 'previous')
    await expect(
      writeThroughTemp(file, async temp => {
        writeFileSync(temp, 'half')
        throw new Error('tool failed')
      })
    ).rejects.toThrow('tool failed')
    expect(readFileSync(file, 'utf8')).toBe('previous')
    expect(tempsIn(dir)).toEqual([])
  })
})

describe('writeFilesAtomicSync', () => {
  it('writes every file', () => {
    const files = ['x.sarif', 'sub/y.sarif'].map(name => ({
      file: path.join(dir, name),
      data: name
    }))
    writeFilesAtomicSync(files)
    for (const { file, data } of files) expect(readFileSync(file, 'utf8')).toBe(data)
    expect(tempsIn(dir)).toEqual([])
  })

  it('writes none when one cannot be written, and leaves no temp file', () => {
    const blocker = path.join(dir, 'blocker')
    writeFileSync(blocker, 'a file, not a directory')
    const good = path.join(dir, 'good.sarif')
    expect(() =>
      writeFilesAtomicSync([
        { file: good, data: 'ok' },
        { file: path.join(blocker, 'bad.sarif'), data: 'no' }
      ])
    ).toThrow()
    expect(readdirSync(dir)).toEqual(['blocker'])
  })

  it('writeFileAtomicSync writes one file', () => {
    const file = path.join(dir, 'one.txt')
    writeFileAtomicSync(file, 'one')
    expect(readFileSync(file, 'utf8')).toBe('one')
  })
})
