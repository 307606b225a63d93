/**
 * The reader on real Go 1.27 binaries (and Go 1.26/1.22 for compatibility; cross-compiled once,
 * shared with the e2e tests): `go version -m` parity in-process, byte for byte, how few bytes it
 * reads, binaries cut short anywhere, XCOFF, 64-bit universal binaries, build info Go cannot
 * find, the pre-1.18 pointer layout hand-assembled into real executables, and Go's own words.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  BufferSource,
  BuildInfoError,
  encodeGoString,
  FileSource,
  readBuildInfo,
  readBuildInfoFrom,
  type BinaryInfo,
  type ByteSource
} from '../../../src/core/buildinfo/index.js'
import { BUILDINFO_MAGIC } from '../../../src/core/buildinfo/blob.js'
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

/** A 64-bit universal binary (FAT_MAGIC_64): 32-byte fat_arch_64 entries with u64 offset/size. */
function fatBinary64(slices: Buffer[], cputypes: number[]): Buffer {
  const align = 1 << 14
  const header = Buffer.alloc(8 + 32 * slices.length)
  header.writeUInt32BE(0xcafebabf, 0)
  header.writeUInt32BE(slices.length, 4)
  const parts: Buffer[] = [header]
  let offset = header.length
  slices.forEach((data, i) => {
    const start = Math.ceil(offset / align) * align
    parts.push(Buffer.alloc(start - offset), data)
    const at = 8 + 32 * i
    header.writeUInt32BE(cputypes[i], at)
    header.writeBigUInt64BE(BigInt(start), at + 8)
    header.writeBigUInt64BE(BigInt(data.length), at + 16)
    header.writeUInt32BE(14, at + 24)
    offset = start + data.length
  })
  return Buffer.concat(parts)
}

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

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('the reader on real Go binaries', () => {
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
      // Bytes, not text: build info may hold bytes that are not UTF-8 (linux-amd64-badutf8).
      const ours = encodeGoString(goVersionMOutput(name, info)).toString('latin1')
      expect(ours).toBe((await goVersionM(fx.file(name), go)).stdoutBytes.toString('latin1'))
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

  test('invalid UTF-8 stays raw bytes, as Go prints it, and \\xNN inside quotes', async () => {
    const info = await readBuildInfo(fx.file('linux-amd64-badutf8'))
    const out = encodeGoString(goVersionMOutput('b', info))
    expect(out.includes(Buffer.from('\tbuild\t-tags=t\xffu\n', 'latin1'))).toBe(true)
    expect(out.includes(Buffer.from('-ldflags="-X main.version=\\xfe\xc3\xa9"', 'latin1'))).toBe(
      true
    )
    expect(out.includes(Buffer.from('\ufffd'))).toBe(false)
  })

  test('XCOFF (aix/ppc64) is read as go version -m reads it', async () => {
    const info = await readBuildInfo(fx.file('aix-ppc64'))
    expect(info.container).toBe('xcoff')
    expect(info.slices[0]).toMatchObject({
      format: 'xcoff',
      bits: 64,
      goos: 'aix',
      goarch: 'ppc64'
    })
    expect(settingsOf(info)).toMatchObject({ GOOS: 'aix', GOARCH: 'ppc64' })
  })

  describe('a binary cut short is never read as another binary', () => {
    const targets = [
      'darwin-arm64',
      'darwin-amd64',
      'windows-amd64.exe',
      'windows-386.exe',
      'aix-ppc64',
      'linux-amd64',
      'linux-mips'
    ]

    test.each(targets)('%s cut at any offset: the same build info, or an error', async name => {
      const bytes = readFileSync(fx.file(name))
      const full = await readBuildInfoFrom(new BufferSource(bytes))
      const blob = bytes.indexOf(BUILDINFO_MAGIC)
      expect(blob).toBeGreaterThan(0)
      // The blob: 32-byte header, two varint-prefixed strings (a few KiB at most here).
      const blobEnd = blob + 32 + full.slices[0].buildInfo.goVersionRaw.length + 4096
      const cut = fc.oneof(
        fc.integer({ min: blob, max: Math.min(blobEnd, bytes.length - 1) }),
        fc.integer({ min: 0, max: bytes.length - 1 })
      )
      await fc.assert(
        fc.asyncProperty(cut, async at => {
          const result = await readBuildInfoFrom(new BufferSource(bytes.subarray(0, at))).then(
            info => ({ info }),
            (error: unknown) => ({ error })
          )
          if ('info' in result) {
            expect(result.info.slices.map(s => s.buildInfo)).toEqual(
              full.slices.map(s => s.buildInfo)
            )
            return
          }
          expect(result.error).toBeInstanceOf(BuildInfoError)
          if (at >= blob && at < blobEnd) {
            // Inside the build info: damaged, never "not Go" (which would only be skipped).
            expect((result.error as BuildInfoError).kind).toBe('truncated')
          }
        }),
        { numRuns: 150 }
      )
    })

    test.each(['darwin-arm64', 'windows-amd64.exe', 'aix-ppc64'])(
      '%s cut inside the module info: an error in the words of Go (which exits 1)',
      async name => {
        const bytes = readFileSync(fx.file(name))
        const full = await readBuildInfoFrom(new BufferSource(bytes))
        const modinfoAt = bytes.indexOf(
          Buffer.from('path\texample.com/hello'),
          bytes.indexOf(BUILDINFO_MAGIC)
        )
        const file = path.join(scratch, `cut-${name}`)
        await writeFile(file, bytes.subarray(0, modinfoAt + 40), { mode: 0o755 })
        expect(full.slices[0].buildInfo.path).toBe('example.com/hello')
        const error = await readBuildInfo(file).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(error).toBeInstanceOf(BuildInfoError)
        expect((error as BuildInfoError).kind).toBe('truncated')
        expect((error as BuildInfoError).message).toMatch(
          /truncated: the file ends inside the build info's module info string: \d+ of its \d+ bytes are there/
        )
        // Go's own parsers stop first, at the symbol tables past the cut.
        const go = await goVersionM(file)
        expect(go.code).toBe(1)
        expect(go.stderr).toBe(
          `cut-${name}: could not read Go build info from cut-${name}: ${(error as BuildInfoError).goMessage}\n`
        )
      }
    )
  })

  test('a 64-bit universal binary: refused like Go in --go-version-m mode, read otherwise', async () => {
    const arm = readFileSync(fx.file('darwin-arm64'))
    const amd = readFileSync(fx.file('darwin-amd64'))
    const file = path.join(scratch, 'universal64')
    await writeFile(file, fatBinary64([arm, amd], [0x0100000c, 0x01000007]), { mode: 0o755 })
    const strict = await readBuildInfo(file, 'universal64', { goCompatible: true }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect((strict as BuildInfoError).goMessage).toBe('unrecognized file format')
    const go = await goVersionM(file)
    expect(go.stderr).toBe(
      'universal64: could not read Go build info from universal64: unrecognized file format\n'
    )
    const info = await readBuildInfo(file)
    expect(info.slices.map(s => s.fatArch)).toEqual(['arm64', 'amd64'])
    expect(info.slices[1].buildInfo).toEqual(
      (await readBuildInfo(fx.file('darwin-amd64'))).slices[0].buildInfo
    )
  })

  test.each([
    ['linux-amd64', '.go.buildinfo\0', '.go.buildinfX\0'],
    ['darwin-arm64', '__go_buildinfo', '__go_buildinfX']
  ])(
    '%s with its build info section renamed: Go cannot read it, we can outside --go-version-m',
    async (name, from, to) => {
      const bytes = Buffer.from(readFileSync(fx.file(name)))
      for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) {
        bytes.write(to, at, 'latin1')
      }
      const file = path.join(scratch, `renamed-${name}`)
      await writeFile(file, bytes, { mode: 0o755 })
      const go = await goVersionM(file)
      expect(go.stderr).toMatch(/: not a Go executable\n$/)
      const strict = await readBuildInfo(file, file, { goCompatible: true }).then(
        () => undefined,
        (e: unknown) => e
      )
      expect((strict as BuildInfoError).goMessage).toBe('not a Go executable')
      const info = await readBuildInfo(file)
      expect(info.slices[0].buildInfo).toEqual(
        (await readBuildInfo(fx.file(name))).slices[0].buildInfo
      )
    }
  )

  test('ELF section headers zeroed: Go cannot read it, we can outside --go-version-m', async () => {
    const bytes = Buffer.from(readFileSync(fx.file('linux-amd64-trim')))
    const shoff = Number(bytes.readBigUInt64LE(40))
    const shnum = bytes.readUInt16LE(60)
    bytes.fill(0, shoff, shoff + 64 * shnum)
    const file = path.join(scratch, 'zeroed-sections')
    await writeFile(file, bytes, { mode: 0o755 })
    const go = await goVersionM(file)
    expect(go.code).toBe(1)
    const strict = await readBuildInfo(file, file, { goCompatible: true }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(go.stderr).toBe(
      `zeroed-sections: could not read Go build info from zeroed-sections: ${(strict as BuildInfoError).goMessage}\n`
    )
    const info = await readBuildInfo(file)
    expect(info.slices[0].buildInfo).toEqual(
      (await readBuildInfo(fx.file('linux-amd64-trim'))).slices[0].buildInfo
    )
  })

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

    test.each(['darwin-amd64', 'darwin-arm64', 'windows-386.exe'])(
      '%s cut inside its pre-1.18 module info string: truncated, not a binary without modules',
      async name => {
        const bytes = await toPointerLayout(readFileSync(fx.file(name)))
        const blob = bytes.indexOf(BUILDINFO_MAGIC)
        const modinfoAt = bytes.indexOf(Buffer.from('path\texample.com/hello'), blob)
        const error = await readBuildInfoFrom(
          new BufferSource(bytes.subarray(0, modinfoAt + 20))
        ).then(
          () => undefined,
          (e: unknown) => e
        )
        expect((error as BuildInfoError).kind).toBe('truncated')
        expect((error as BuildInfoError).message).toMatch(/module info string/)
      }
    )

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
