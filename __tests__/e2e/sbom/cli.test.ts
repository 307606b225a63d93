/**
 * `node dist/cli/index.js sbom …` on real Go binaries: CycloneDX on stdout and SPDX to
 * --output, both valid against their official schemas with go version -m's module set;
 * SOURCE_DATE_EPOCH gives byte-identical documents; bad input exits 2 with one line and
 * leaves no file behind.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli as cli } from '../../helpers/cli.js'
import { describeIfTool } from '../../helpers/tools.js'
import { goFixtures } from '../binary-fingerprint/fixtures.js'
import { buildPrograms, goVersionMModules, type BuiltPrograms } from '../../unit/sbom/fixtures.js'
import { cycloneDx16Validator, spdx23Validator } from '../../unit/sbom/schemas.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let programs: BuiltPrograms
let work: string

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('go-ci-kit sbom', () => {
  beforeAll(async () => {
    programs = await buildPrograms()
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-sbom-cli-'))
  })
  afterAll(() => {
    if (programs) rmSync(programs.dir, { recursive: true, force: true })
    if (work) rmSync(work, { recursive: true, force: true })
  })

  test('CycloneDX on stdout: valid, one application per binary, go version -m module set', async () => {
    const { code, stdout, stderr } = await cli(
      ['sbom', 'with-deps', 'no-deps'],
      path.dirname(programs.withDeps)
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const bom = JSON.parse(stdout) as Json
    const validate = cycloneDx16Validator()
    expect(validate(bom) ? [] : validate.errors).toEqual([])
    const apps = (bom.components as Json[]).filter(c => c.type === 'application')
    expect(apps.map(a => a['bom-ref']).sort()).toEqual(['binary:no-deps', 'binary:with-deps'])
    const expected = await goVersionMModules([programs.withDeps, programs.noDeps])
    const all = [...expected.values()].flatMap(e => e.modules)
    const modules = (bom.components as Json[])
      .filter(c => c.type === 'library' && c.name !== 'stdlib')
      .map(c => `${c.name}@${c.version ?? ''}`)
    expect(modules.sort()).toEqual([...new Set(all)].sort())
  })

  test('SPDX to --output (parents created, atomically); SOURCE_DATE_EPOCH: identical bytes', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' }
    const outputs = ['a/b/sbom.spdx.json', 'again.spdx.json']
    for (const output of outputs) {
      const { code, stderr } = await cli(
        ['sbom', programs.withDeps, '--format', 'spdx', '--output', output],
        work,
        env
      )
      expect(code).toBe(0)
      expect(stderr).toBe(`go-ci-kit: wrote ${output} (spdx, 1 binary)\n`)
    }
    const [first, second] = outputs.map(o => readFileSync(path.join(work, o), 'utf8'))
    expect(second).toBe(first)
    const doc = JSON.parse(first) as Json
    const validate = spdx23Validator()
    expect(validate(doc) ? [] : validate.errors).toEqual([])
    expect(doc.creationInfo.created).toBe('2026-01-01T00:00:00Z')
    expect(readdirSync(path.join(work, 'a', 'b'))).toEqual(['sbom.spdx.json'])
  })

  test('a universal binary: each slice is an application of its own', async () => {
    const universal = (await goFixtures()).file('darwin-universal')
    const { code, stdout } = await cli(['sbom', universal], work)
    expect(code).toBe(0)
    const bom = JSON.parse(stdout) as Json
    const apps = (bom.components as Json[]).filter(c => c.type === 'application')
    expect(apps.map(a => a['bom-ref']).sort()).toEqual([
      `binary:${universal} (amd64)`,
      `binary:${universal} (arm64)`
    ])
    const arches = apps.map(
      a => a.properties.find((p: Json) => p.name === 'go-ci-kit:go:build:GOARCH').value
    )
    expect(arches.sort()).toEqual(['amd64', 'arm64'])
  })

  test('--help lists the formats and exit codes', async () => {
    const { code, stdout } = await cli(['sbom', '--help'], work)
    expect(code).toBe(0)
    expect(stdout).toMatch(/--format F\s+cyclonedx \(default\) or spdx/)
    expect(stdout).toMatch(/Exit codes:/)
  })

  test('bad input: exit 2, one line naming it, nothing written', async () => {
    const dir = path.join(work, 'bad')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'README'), 'not a binary\n')
    writeFileSync(path.join(dir, 'afile'), '')
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [
        ['sbom', 'README', '--output', 'out.json'],
        {},
        /^go-ci-kit: README: unrecognized file format/
      ],
      [
        ['sbom', 'missing', '--output', 'out.json'],
        {},
        /^go-ci-kit: cannot open missing: no such file/
      ],
      [
        ['sbom', programs.noDeps, '--format', 'xml'],
        {},
        /--format must be cyclonedx or spdx, not "xml"/
      ],
      [['sbom', '--output', 'out.json'], {}, /sbom: no FILE given/],
      [['sbom', programs.noDeps, '--output', '.'], {}, /--output \. is a directory/],
      [
        ['sbom', programs.noDeps, '--output', 'afile/x.json'],
        {},
        /cannot write --output afile\/x\.json/
      ],
      [
        ['sbom', programs.noDeps],
        { SOURCE_DATE_EPOCH: 'yesterday' },
        /SOURCE_DATE_EPOCH must be whole seconds/
      ]
    ]
    for (const [args, env, message] of cases) {
      const { code, stdout, stderr } = await cli(args, dir, env)
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' })
      expect(stderr).toMatch(message)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    }
    expect(readdirSync(dir).sort()).toEqual(['README', 'afile'])
  })
})
