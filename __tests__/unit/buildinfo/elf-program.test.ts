/** readElfProgramInfo on hand-built ELF headers: both classes and byte orders, cut short, not ELF. */
import { describe, expect, test } from '@jest/globals'
import { BufferSource, readElfProgramInfo } from '../../../src/core/buildinfo/index.js'

/** An ELF header, one PT_LOAD and (optionally) a PT_INTERP whose string follows the table. */
function elf(options: { is64: boolean; le: boolean; type: number; interp?: string }): Buffer {
  const { is64, le } = options
  const ehsize = is64 ? 64 : 52
  const phentsize = is64 ? 56 : 32
  const phnum = options.interp === undefined ? 1 : 2
  const interpAt = ehsize + phentsize * phnum
  const interp = Buffer.from(`${options.interp ?? ''}\0`, 'latin1')
  const bytes = Buffer.alloc(interpAt + interp.length)
  bytes.write('\x7fELF', 0, 'latin1')
  bytes[4] = is64 ? 2 : 1
  bytes[5] = le ? 1 : 2
  bytes[6] = 1
  const u16 = (value: number, at: number) =>
    le ? bytes.writeUInt16LE(value, at) : bytes.writeUInt16BE(value, at)
  const u32 = (value: number, at: number) =>
    le ? bytes.writeUInt32LE(value, at) : bytes.writeUInt32BE(value, at)
  const u64 = (value: number, at: number) =>
    le ? bytes.writeBigUInt64LE(BigInt(value), at) : bytes.writeBigUInt64BE(BigInt(value), at)
  u16(options.type, 16)
  if (is64) u64(ehsize, 32)
  else u32(ehsize, 28)
  const base = is64 ? 54 : 42
  u16(phentsize, base)
  u16(phnum, base + 2)
  u32(1, ehsize) // PT_LOAD
  if (options.interp !== undefined) {
    const at = ehsize + phentsize
    u32(3, at) // PT_INTERP
    if (is64) {
      u64(interpAt, at + 8)
      u64(interp.length, at + 32)
    } else {
      u32(interpAt, at + 4)
      u32(interp.length, at + 16)
    }
    interp.copy(bytes, interpAt)
  }
  return bytes
}

const read = (bytes: Buffer) => readElfProgramInfo(new BufferSource(bytes))

describe('readElfProgramInfo', () => {
  test.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false]
  ])('64-bit %s, little-endian %s: type and interpreter', async (is64, le) => {
    expect(await read(elf({ is64, le, type: 2 }))).toEqual({ type: 'exec' })
    expect(await read(elf({ is64, le, type: 3, interp: '/lib/ld-musl-armhf.so.1' }))).toEqual({
      type: 'dyn',
      interpreter: '/lib/ld-musl-armhf.so.1'
    })
    expect(await read(elf({ is64, le, type: 1 }))).toEqual({ type: 'other' })
  })

  test('not ELF, or cut short: undefined, never a throw', async () => {
    const whole = elf({ is64: true, le: true, type: 3, interp: '/lib64/ld-linux-x86-64.so.2' })
    expect(await read(Buffer.from('#!/bin/sh\n'))).toBeUndefined()
    expect(await read(Buffer.alloc(0))).toBeUndefined()
    expect(await read(whole.subarray(0, 40))).toBeUndefined()
    expect(await read(whole.subarray(0, 64 + 56))).toBeUndefined()
    // The interpreter string itself cut short: what is there is returned.
    expect((await read(whole.subarray(0, whole.length - 10)))?.interpreter).toBe(
      '/lib64/ld-linux-x8'
    )
  })
})
