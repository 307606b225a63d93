import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import {
  BufferSource,
  BuildInfoError,
  readBuildInfoFrom
} from '../../../src/core/buildinfo/index.js'
import { formatGoVersionM } from '../../../src/core/buildinfo/goversion.js'
import {
  elf,
  fat,
  framedModinfo,
  inlineBlob,
  macho32,
  macho64,
  MODINFO,
  pe,
  pointerBlob
} from './builders.js'

const read = (bytes: Buffer) => readBuildInfoFrom(new BufferSource(bytes))

async function failure(bytes: Buffer): Promise<BuildInfoError> {
  try {
    await read(bytes)
  } catch (error) {
    if (error instanceof BuildInfoError) return error
    throw error
  }
  throw new Error('expected a BuildInfoError')
}

describe('ELF', () => {
  test.each([
    [64, false],
    [64, true],
    [32, false],
    [32, true]
  ] as const)('%i-bit big-endian=%s, inline layout, via .go.buildinfo', async (bits, bigEndian) => {
    const info = await read(
      elf({
        bits,
        bigEndian,
        machine: 183,
        sections: true,
        data: inlineBlob(),
        vaddr: 0x400000,
        padBefore: 64
      })
    )
    const slice = info.slices[0]
    expect(slice).toMatchObject({ format: 'elf', bits, littleEndian: !bigEndian, goos: 'linux' })
    expect(slice.buildInfo.goVersion).toBe('go1.23.1')
    expect(slice.buildInfo.layout).toBe('inline')
    expect(slice.buildInfo.path).toBe('example.com/app')
    expect(slice.buildInfo.deps[0].replace).toEqual({ path: '../lib', version: '(devel)', sum: '' })
    expect(slice.buildInfo.settings[0]).toEqual({ key: '-ldflags', value: '-X main.v=1' })
  })

  test('no section headers: falls back to the first writable PT_LOAD', async () => {
    const info = await read(
      elf({
        bits: 64,
        bigEndian: false,
        machine: 62,
        sections: false,
        data: inlineBlob(),
        vaddr: 0x500000
      })
    )
    expect(info.slices[0].goarch).toBe('amd64')
    expect(info.slices[0].buildInfo.goVersion).toBe('go1.23.1')
  })

  test.each([
    [4, true, 8, 'mips'],
    [8, false, 62, 'amd64'],
    [4, false, 3, '386']
  ] as const)(
    'pre-1.18 pointer layout (ptr %i, big-endian %s)',
    async (ptrSize, bigEndian, machine, arch) => {
      const vaddr = 0x10000
      const mod = framedModinfo('path\texample.com/old\nmod\texample.com/old\tv1.2.3\th1:abc=\n')
      const data = pointerBlob(vaddr, ptrSize, bigEndian, 'go1.16.15', mod)
      const info = await read(
        elf({ bits: ptrSize === 8 ? 64 : 32, bigEndian, machine, sections: false, data, vaddr })
      )
      const slice = info.slices[0]
      expect(slice.goarch).toBe(arch)
      expect(slice.buildInfo).toMatchObject({
        goVersion: 'go1.16.15',
        layout: 'pointer',
        settings: []
      })
      expect(slice.buildInfo.main).toEqual({
        path: 'example.com/old',
        version: 'v1.2.3',
        sum: 'h1:abc='
      })
    }
  )

  test('an unaligned magic is skipped', async () => {
    const data = Buffer.concat([Buffer.alloc(8), inlineBlob()])
    const err = await failure(
      elf({ bits: 64, bigEndian: false, machine: 62, sections: true, data, vaddr: 0x400000 })
    )
    expect(err.goMessage).toBe('not a Go executable')
  })

  test('truncated section header table is reported as truncated', async () => {
    const full = elf({
      bits: 64,
      bigEndian: false,
      machine: 62,
      sections: true,
      data: inlineBlob(),
      vaddr: 0x400000
    })
    const err = await failure(full.subarray(0, full.length - 10))
    expect(err.kind).toBe('truncated')
    expect(err.message).toMatch(/unrecognized file format \(truncated: the section header table/)
  })
})

describe('Mach-O', () => {
  test('thin 64-bit with __go_buildinfo, and the segment fallback', async () => {
    for (const withSection of [true, false]) {
      const info = await read(macho64(0x0100000c, inlineBlob(), withSection))
      expect(info.container).toBe('macho')
      expect(info.slices[0]).toMatchObject({ goos: 'darwin', goarch: 'arm64' })
      expect(info.slices[0].buildInfo.goVersion).toBe('go1.23.1')
    }
  })

  test.each([true, false])(
    'thin 32-bit (big-endian %s), pre-1.18 pointer layout',
    async bigEndian => {
      const addr = 0x3000
      const data = pointerBlob(addr, 4, bigEndian, 'go1.15.2', framedModinfo('path\tx\n'))
      const info = await read(macho32(bigEndian ? 18 : 7, bigEndian, data, addr))
      expect(info.slices[0]).toMatchObject({
        bits: 32,
        littleEndian: !bigEndian,
        goarch: bigEndian ? 'ppc' : '386'
      })
      expect(info.slices[0].buildInfo).toMatchObject({
        goVersion: 'go1.15.2',
        layout: 'pointer',
        path: 'x'
      })
    }
  )

  test('universal binary: every slice is read', async () => {
    const info = await read(
      fat([
        { cputype: 0x0100000c, data: macho64(0x0100000c, inlineBlob('go1.23.1')) },
        { cputype: 0x01000007, data: macho64(0x01000007, inlineBlob('go1.22.0 X:boringcrypto')) }
      ])
    )
    expect(info.container).toBe('macho-fat')
    expect(
      info.slices.map(s => [s.fatArch, s.buildInfo.goVersion, s.buildInfo.experiments])
    ).toEqual([
      ['arm64', 'go1.23.1', []],
      ['amd64', 'go1.22.0', ['boringcrypto']]
    ])
  })

  test('a Java class file (also 0xCAFEBABE) is not taken for a universal binary', async () => {
    const java = Buffer.from('cafebabe00000034' + '00'.repeat(64), 'hex')
    expect((await failure(java)).goMessage).toBe('unrecognized file format')
  })
})

describe('PE', () => {
  test.each([
    [true, 0x8664, 'amd64'],
    [false, 0x14c, '386']
  ] as const)('PE32%s .data section', async (is64, machine, arch) => {
    const info = await read(pe(is64, machine, inlineBlob()))
    expect(info.slices[0]).toMatchObject({
      format: 'pe',
      goos: 'windows',
      goarch: arch,
      bits: is64 ? 64 : 32
    })
    expect(info.slices[0].buildInfo.goVersion).toBe('go1.23.1')
  })

  test('lenient: a .data section with ALIGN_16BYTES characteristics (golang/go#53071)', async () => {
    const bytes = pe(true, 0x8664, inlineBlob(), 0xc0500040)
    const info = await read(bytes)
    expect(info.slices[0].buildInfo.goVersion).toBe('go1.23.1')
    // Go 1.27 ignores only the ALIGN_32BYTES bits, so --go-version-m finds nothing, as Go does.
    const strict = await readBuildInfoFrom(new BufferSource(bytes), { goCompatible: true }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect((strict as BuildInfoError).goMessage).toBe('not a Go executable')
  })
})

describe('not readable', () => {
  test('random bytes and empty files are an unrecognized format', async () => {
    fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 512 }), async bytes => {
        const buf = Buffer.from(bytes)
        if (
          buf[0] === 0x7f ||
          buf[0] === 0x4d ||
          buf[0] === 0xfe ||
          buf[0] === 0xca ||
          buf[0] === 0xcf ||
          buf[0] === 0xce
        )
          return
        expect((await failure(buf)).goMessage).toBe('unrecognized file format')
      })
    )
    expect((await failure(randomBytes(0))).message).toMatch(/empty file/)
  })

  test('random bytes after a valid ELF magic never crash the reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 300 }), async bytes => {
        const buf = Buffer.concat([Buffer.from('\x7fELF\x02\x01', 'latin1'), Buffer.from(bytes)])
        await expect(read(buf)).rejects.toBeInstanceOf(BuildInfoError)
      })
    )
  })

  test('a UPX-packed ELF says so', async () => {
    const packed = elf({
      bits: 64,
      bigEndian: false,
      machine: 62,
      sections: false,
      data: Buffer.alloc(64),
      vaddr: 0x400000
    })
    packed.write('UPX!', 0xe8, 'latin1')
    const err = await failure(packed)
    expect(err.kind).toBe('upx')
    expect(err.message).toBe('packed with UPX; unpack first')
  })
})

test('go version -m rendering', async () => {
  const info = await read(macho64(0x0100000c, inlineBlob()))
  expect(formatGoVersionM('app', info.slices[0])).toBe(
    'app: go1.23.1\n' +
      MODINFO.replace('(devel)\t\nbuild', '(devel)\t\n\nbuild')
        .slice(0, -1)
        .split('\n')
        .map(line => `\t${line}`)
        .join('\n') +
      '\n'
  )
})
