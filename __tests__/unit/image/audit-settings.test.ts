import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  ACTION_OPTION_NAMES,
  CLI_OPTION_NAMES,
  parseAuditOptions,
  parseByteSize,
  parseFailOn,
  runImageAudit,
  VIOLATION_KINDS
} from '../../../src/core/image/audit/index.js'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-audit-settings-'))
  mkdirSync(path.join(dir, 'with'))
  writeFileSync(path.join(dir, 'with', 'Dockerfile'), 'FROM scratch\n')
  mkdirSync(path.join(dir, 'without'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function message(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('did not throw')
}

describe('parseAuditOptions', () => {
  it('types every option; empty ones mean none', () => {
    const settings = parseAuditOptions(
      {
        images: ['a.tar', 'layouts/b'],
        lowestEfficiency: '0.95',
        highestWastedBytes: '20MB',
        highestWastedPercent: '10%',
        failOn: 'platform-mismatch, expect'
      },
      ACTION_OPTION_NAMES,
      path.join(dir, 'without')
    )
    expect(settings.images).toEqual([{ label: 'a.tar' }, { label: 'layouts/b' }])
    expect(settings.dockerfile).toBeUndefined()
    expect(settings.expectPlatforms).toEqual([])
    expect(settings.assertions).toEqual([])
    expect(settings.thresholds).toEqual({
      lowestEfficiency: 0.95,
      highestWastedBytes: 20_000_000,
      highestWastedPercent: 10
    })
    expect([...settings.failOn]).toEqual(['platform-mismatch', 'expect'])
  })

  it('finds ./Dockerfile in the working directory when none is named', () => {
    const found = parseAuditOptions({ images: ['x'] }, ACTION_OPTION_NAMES, path.join(dir, 'with'))
    expect(found).toMatchObject({
      dockerfile: path.join(dir, 'with', 'Dockerfile'),
      dockerfileFound: true
    })
    const named = parseAuditOptions(
      { images: ['x'], dockerfile: 'with/Dockerfile' },
      ACTION_OPTION_NAMES,
      dir
    )
    expect(named).toMatchObject({
      dockerfile: path.join(dir, 'with', 'Dockerfile'),
      dockerfileFound: false
    })
  })

  it('names the input (action) or the flag (CLI) in each error', () => {
    const cwd = path.join(dir, 'without')
    expect(message(() => parseAuditOptions({ images: [] }, ACTION_OPTION_NAMES, cwd))).toBe(
      'no image given (images)'
    )
    expect(
      message(() =>
        parseAuditOptions({ images: ['x'], dockerfile: 'nope/Dockerfile' }, CLI_OPTION_NAMES, cwd)
      )
    ).toBe('--dockerfile: nope/Dockerfile does not exist')
    expect(
      message(() => parseAuditOptions({ images: ['x'], dockerfile: '.' }, ACTION_OPTION_NAMES, cwd))
    ).toBe('dockerfile: . is not a file')
    expect(
      message(() =>
        parseAuditOptions({ images: ['x'], lowestEfficiency: '95' }, ACTION_OPTION_NAMES, cwd)
      )
    ).toBe('lowest-efficiency must be a number from 0 to 1, not "95"')
    expect(
      message(() =>
        parseAuditOptions({ images: ['x'], highestWastedPercent: 'lots' }, CLI_OPTION_NAMES, cwd)
      )
    ).toBe('--highest-wasted-percent must be a number from 0 to 100, not "lots"')
    expect(
      message(() =>
        parseAuditOptions({ images: ['x'], expect: 'gooss=linux' }, CLI_OPTION_NAMES, cwd)
      )
    ).toBe('--expect: "gooss=linux": unknown key "gooss"')
    expect(
      message(() =>
        parseAuditOptions({ images: ['x'], expect: 'cgo=yes' }, ACTION_OPTION_NAMES, cwd)
      )
    ).toMatch(/^expect: "cgo=yes"/)
  })
})

describe('parseByteSize', () => {
  it('reads bytes and dive-style sizes', () => {
    expect(parseByteSize('1048576', 'x')).toBe(1048576)
    expect(parseByteSize('20MB', 'x')).toBe(20_000_000)
    expect(parseByteSize('1.5 GiB', 'x')).toBe(1.5 * 1024 ** 3)
    expect(parseByteSize('', 'x')).toBeUndefined()
    expect(message(() => parseByteSize('20 parsecs', 'highest-wasted-bytes'))).toBe(
      'highest-wasted-bytes must be a size such as 20MB or 1048576, not "20 parsecs"'
    )
    expect(message(() => parseByteSize('-1', 'x'))).toMatch(/must be a size/)
  })
})

describe('parseFailOn: the fail-on policy', () => {
  it('fails on every kind by default; all, none and lists', () => {
    expect([...parseFailOn(undefined, 'fail-on')]).toEqual([...VIOLATION_KINDS])
    expect([...parseFailOn('all', 'fail-on')]).toEqual([...VIOLATION_KINDS])
    expect([...parseFailOn('none', 'fail-on')]).toEqual([])
    expect([...parseFailOn('missing-platform\nwaste-threshold', 'fail-on')]).toEqual([
      'missing-platform',
      'waste-threshold'
    ])
    expect(message(() => parseFailOn('platform-mismatch,wastes', '--fail-on'))).toBe(
      '--fail-on: unknown violation kind "wastes"'
    )
  })
})

describe('runImageAudit fails closed before any analysis', () => {
  it('an image that does not exist is an error naming it, never a pass', async () => {
    const settings = parseAuditOptions(
      { images: ['missing.tar'] },
      ACTION_OPTION_NAMES,
      path.join(dir, 'without')
    )
    await expect(runImageAudit({ settings, cwd: path.join(dir, 'without') })).rejects.toThrow(
      /^cannot open missing\.tar: ENOENT/
    )
  })

  it('an SBOM target that is a directory is refused before any image is read', async () => {
    const cwd = path.join(dir, 'without')
    const settings = parseAuditOptions({ images: ['missing.tar'] }, ACTION_OPTION_NAMES, cwd)
    await expect(
      runImageAudit({
        settings,
        cwd,
        sbom: { format: 'spdx', file: cwd, label: { prefix: '', name: `sbom-file ${cwd}` } }
      })
    ).rejects.toThrow(`sbom-file ${cwd} is a directory`)
  })
})
