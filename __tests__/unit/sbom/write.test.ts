import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Inputs, inputSourceFromRecord } from '../../../src/core/inputs.js'
import {
  checkSbomTarget,
  sbomOptionsFromEpoch,
  sbomRequestFromInputs,
  writeSbomDocument
} from '../../../src/core/sbom/index.js'

const paths = { workspace: '/ws', defaultDir: '/tmp/rt/go-ci-kit/x' }
const inputs = (values: Record<string, string>) => new Inputs(inputSourceFromRecord(values))

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-sbom-write-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sbomRequestFromInputs', () => {
  it("'auto': no SBOM unless sbom-file or sbom-format asks for one", () => {
    expect(sbomRequestFromInputs(inputs({}), paths, 'auto', undefined)).toBeUndefined()
    expect(
      sbomRequestFromInputs(inputs({ 'sbom-file': 'out/b.json' }), paths, 'auto', undefined)
    ).toEqual({
      format: 'cyclonedx',
      file: '/ws/out/b.json',
      label: { prefix: '', name: 'sbom-file /ws/out/b.json' },
      options: {}
    })
    expect(
      sbomRequestFromInputs(inputs({ 'sbom-format': 'SPDX' }), paths, 'auto', undefined)
    ).toMatchObject({ format: 'spdx', file: '/tmp/rt/go-ci-kit/x/sbom.spdx.json' })
  })

  it('a default format writes to the default file; none writes nothing', () => {
    expect(sbomRequestFromInputs(inputs({}), paths, 'cyclonedx', undefined)).toMatchObject({
      format: 'cyclonedx',
      file: '/tmp/rt/go-ci-kit/x/sbom.cdx.json'
    })
    expect(
      sbomRequestFromInputs(inputs({ 'sbom-format': 'none' }), paths, 'cyclonedx', undefined)
    ).toBeUndefined()
  })

  it('refuses sbom-file with sbom-format none, and a format it does not know', () => {
    expect(() =>
      sbomRequestFromInputs(
        inputs({ 'sbom-format': 'none', 'sbom-file': 'a.json' }),
        paths,
        'auto',
        undefined
      )
    ).toThrow('Input sbom-file is set but sbom-format is none')
    expect(() =>
      sbomRequestFromInputs(inputs({ 'sbom-format': 'swid' }), paths, 'auto', undefined)
    ).toThrow('Input sbom-format has invalid value "swid"; allowed values: cyclonedx, spdx, none')
  })

  it('SOURCE_DATE_EPOCH makes the document reproducible; a bad one names itself', () => {
    expect(sbomOptionsFromEpoch('1767225600')).toEqual({
      timestamp: new Date(1767225600 * 1000),
      reproducible: true
    })
    expect(sbomOptionsFromEpoch(undefined)).toEqual({})
    expect(() => sbomOptionsFromEpoch('yesterday', 'sbom: ')).toThrow(
      'sbom: SOURCE_DATE_EPOCH must be whole seconds since 1970, not "yesterday"'
    )
  })
})

describe('writing an SBOM', () => {
  it('refuses a directory as the target', async () => {
    await expect(checkSbomTarget(dir, { prefix: '', name: `sbom-file ${dir}` })).rejects.toThrow(
      `sbom-file ${dir} is a directory`
    )
  })

  it('names the target when it cannot write, and leaves nothing behind', async () => {
    const parent = path.join(dir, 'a-file')
    writeFileSync(parent, 'x')
    const target = path.join(parent, 'sbom.json')
    await expect(
      writeSbomDocument(target, '{}', { prefix: 'sbom: ', name: '--output a-file/sbom.json' })
    ).rejects.toThrow('sbom: cannot write --output a-file/sbom.json: a parent of it is a file')
    mkdirSync(path.join(dir, 'ok'))
    await writeSbomDocument(path.join(dir, 'ok', 'b.json'), '{}', { prefix: '', name: 'b' })
    expect(readdirSync(path.join(dir, 'ok'))).toEqual(['b.json'])
  })
})
