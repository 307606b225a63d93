/**
 * The reader on real Go 1.22/1.23 binaries (cross-compiled once, shared with the e2e tests):
 * `go version -m` parity in-process, how few bytes it reads, the header fallback, the
 * pre-1.18 pointer layout hand-assembled into real executables, and Go's own error words.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  BufferSource,
  BuildInfoError,
  FileSource,
  readBuildInfo,
  readBuildInfoFrom,
  type BinaryInfo,
  type ByteSource
} from '../../../src/core/buildinfo/index.js'
import { goVersionMOutput } from '../../../src/core/buildinfo/goversion.js'
import { dimensionsOf } from '../../../src/core/fingerprint/index.js'
import {
  ALL_GO_BINARIES,
  findUpx,
  goFixtures,
  goVersionM,
  upxAvailable,
  type GoFixtures
} from '../../e2e/binary-fingerprint/fixtures.js'
import { describeIfTool } from '../../helpers/tools.js'
import { toPointerLayout } from './builders.js'

const exec = promisify(execFile)

/** Counts what the reader asks for, to show it never reads a binary whole. */
class CountingSource implements ByteSource {
  bytesRead = 0
  reads = 0
  constructor(private readonly inner: ByteSource) {}

  get size(): number {
    return this.inner.size
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const bytes = await this.inner.read(offset, length)
    this.bytesRead += bytes.length
    this.reads++
    return bytes
  }
}

async function readCounting(file: string): Promise<{ info: BinaryInfo; counter: CountingSource }> {
  const source = await FileSource.open(file)
  try {
    const counter = new CountingSource(source)
    return { info: await readBuildInfoFrom(counter), counter }
  } finally {
    await source.close()
  }
}

function settingsOf(info: BinaryInfo, slice = 0): Record<string, string> {
  return Object.fromEntries(info.slices[slice].buildInfo.settings.map(s => [s.key, s.value]))
}

let fx: GoFixtures
let scratch = ''

describeIfTool(['go1.23', 'go1.22'])('the reader on real Go binaries', () => {
  beforeAll(async () => {
    fx = await goFixtures()
    scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-buildinfo-'))
  }, 600_000)
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test.each(ALL_GO_BINARIES)(
    '$name: go version -m parity, a few KiB read, header target = settings',
    async ({ name, go }) => {
      const { info, counter } = await readCounting(fx.file(name))
      expect(goVersionMOutput(name, info)).toBe((await goVersionM(fx.file(name), go)).stdout)
      // Headers, section tables and the build info blob only: a few KiB of a ~1.5 MB file.
      expect(counter.bytesRead).toBeLessThan(64 * 1024)
      for (const [i, slice] of info.slices.entries()) {
        const settings = settingsOf(info, i)
        expect({ goos: slice.goos, goarch: slice.goarch }).toEqual({
          goos: settings.GOOS,
          goarch: settings.GOARCH
        })
      }
    }
  )

  test('a 200 MB binary costs the same few reads as a small one', async () => {
    const big = path.join(scratch, 'big')
    copyFileSync(fx.file('linux-amd64-stripped'), big)
    truncateSync(big, 200 * 1024 * 1024) // sparse: the tail is a hole of zeros
    const small = await readCounting(fx.file('linux-amd64-stripped'))
    const large = await readCounting(big)
    expect(large.info.size).toBe(200 * 1024 * 1024)
    expect(large.info.slices[0].buildInfo).toEqual(small.info.slices[0].buildInfo)
    expect(large.counter.bytesRead).toBe(small.counter.bytesRead)
    expect(large.counter.reads).toBe(small.counter.reads)
  })

  test('a universal binary: every slice, each equal to its thin binary', async () => {
    const fat = await readBuildInfo(fx.file('darwin-universal'))
    expect(fat.container).toBe('macho-fat')
    expect(fat.slices.map(s => s.fatArch)).toEqual(['arm64', 'amd64'])
    const arm = await readBuildInfo(fx.file('darwin-arm64'))
    const amd = await readBuildInfo(fx.file('darwin-amd64'))
    expect(fat.slices[0].buildInfo).toEqual(arm.slices[0].buildInfo)
    expect(fat.slices[1].buildInfo).toEqual(amd.slices[0].buildInfo)
    expect(goVersionMOutput('u', fat, { allSlices: true })).toBe(
      goVersionMOutput('u (arm64)', arm) + goVersionMOutput('u (amd64)', amd)
    )
  })

  test('stripped (-s -w), PIE and cgo binaries keep readable build info', async () => {
    for (const name of ['linux-amd64-stripped', 'linux-amd64-pie', 'linux-amd64-cgo']) {
      const info = await readBuildInfo(fx.file(name))
      expect(info.slices[0].buildInfo.layout).toBe('inline')
    }
    expect(settingsOf(await readBuildInfo(fx.file('linux-amd64-pie')))['-buildmode']).toBe('pie')
    expect(settingsOf(await readBuildInfo(fx.file('linux-amd64-stripped')))['-ldflags']).toBe(
      '-s -w'
    )
  })

  describe('pre-1.18 pointer layout, hand-assembled into real executables', () => {
    const targets = [
      'linux-amd64', // ELF64 little-endian
      'linux-386', // ELF32 little-endian
      'linux-mips', // ELF32 big-endian
      'linux-arm64',
      'darwin-amd64', // Mach-O 64
      'darwin-arm64',
      'windows-amd64.exe', // PE32+
      'windows-386.exe' // PE32
    ]

    test.each(targets)('%s: read through the segments, as go version -m reads it', async name => {
      const doctored = path.join(scratch, name)
      await writeFile(doctored, await toPointerLayout(readFileSync(fx.file(name))))
      const info = await readBuildInfo(doctored)
      expect(info.slices[0].buildInfo.layout).toBe('pointer')
      expect(info.slices[0].buildInfo).toEqual({
        ...(await readBuildInfo(fx.file(name))).slices[0].buildInfo,
        layout: 'pointer'
      })
      expect(goVersionMOutput(name, info)).toBe((await goVersionM(doctored)).stdout)
    })

    test.each(targets)(
      '%s as Go 1.16 wrote it (no build settings): target from the header, cgo unknown',
      async name => {
        const original = await readBuildInfo(fx.file(name))
        const modinfo =
          `path\t${original.slices[0].buildInfo.path}\n` +
          `mod\t${original.slices[0].buildInfo.main?.path}\t(devel)\t\n`
        const doctored = path.join(scratch, `old-${name}`)
        await writeFile(
          doctored,
          await toPointerLayout(readFileSync(fx.file(name)), { version: 'go1.16.15', modinfo })
        )
        const info = await readBuildInfo(doctored)
        expect(goVersionMOutput(`old-${name}`, info)).toBe((await goVersionM(doctored)).stdout)
        const settings = settingsOf(original)
        expect(dimensionsOf(info.slices[0])).toEqual({
          goos: settings.GOOS,
          goarch: settings.GOARCH,
          goVersion: 'go1.16.15',
          experiments: [],
          cgo: 'unknown',
          targetSource: 'file header'
        })
      }
    )
  })

  describe("unreadable files get go version -m's own words", () => {
    async function goError(file: string): Promise<string> {
      // Go reports errors only for files that look executable.
      if (file.startsWith(scratch)) chmodSync(file, 0o755)
      return (await goVersionM(file)).stderr
    }

    async function ourError(file: string): Promise<BuildInfoError> {
      const error = await readBuildInfo(file).then(
        () => undefined,
        (e: unknown) => e
      )
      if (!(error instanceof BuildInfoError))
        throw new Error(`expected a BuildInfoError for ${file}`)
      return error
    }

    test('/bin/ls: not a Go executable', async () => {
      const error = await ourError('/bin/ls')
      expect(error.kind).toBe('not-go')
      expect(error.goMessage).toBe('not a Go executable')
      expect(await goError('/bin/ls')).toBe(
        'ls: could not read Go build info from ls: not a Go executable\n'
      )
    })

    test('random bytes and an empty file: unrecognized file format', async () => {
      for (const [name, bytes] of [
        ['random', randomBytes(8192)],
        ['empty', Buffer.alloc(0)]
      ] as const) {
        const file = path.join(scratch, name)
        await writeFile(file, bytes)
        const error = await ourError(file)
        expect(error.goMessage).toBe('unrecognized file format')
        expect(await goError(file)).toBe(
          `${name}: could not read Go build info from ${name}: unrecognized file format\n`
        )
      }
    })

    test.each([
      ['the section headers cut off', 1_000_000, 'truncated'],
      ['only the first 4 KiB', 4096, 'truncated']
    ])('a truncated binary (%s)', async (_what, size, kind) => {
      const file = path.join(scratch, `truncated-${size}`)
      copyFileSync(fx.file('linux-amd64'), file)
      truncateSync(file, size)
      const error = await ourError(file)
      expect(error.kind).toBe(kind)
      expect(error.goMessage).toBe('unrecognized file format')
      expect(error.message).toMatch(/truncated: .* lies beyond the end of the file/)
      expect(await goError(file)).toMatch(/: unrecognized file format\n$/)
    })

    ;(upxAvailable ? test : test.skip)(
      'a UPX-packed binary: "packed with UPX; unpack first"',
      async () => {
        const upx = findUpx()
        if (!upx)
          throw new Error('upx is not installed (.tools/bin/upx or PATH): run npm run tools')
        const packed = path.join(scratch, 'packed')
        await exec(upx, ['-q', '-o', packed, fx.file('linux-amd64-trim')])
        const error = await ourError(packed)
        expect(error.kind).toBe('upx')
        expect(error.message).toBe(`${packed}: packed with UPX; unpack first`)
        // Go sees no build info at all.
        expect(error.goMessage).toBe('not a Go executable')
        expect(await goError(packed)).toMatch(/: not a Go executable\n$/)
      }
    )
  })

  test('a BufferSource and a FileSource read the same', async () => {
    const bytes = readFileSync(fx.file('windows-386.exe'))
    const fromBuffer = await readBuildInfoFrom(new BufferSource(bytes))
    expect(fromBuffer).toEqual(await readBuildInfo(fx.file('windows-386.exe')))
  })
})
