/**
 * SBOMs from real Go binaries: the module set equals what `go version -m` prints, both formats
 * validate against their official schemas, purls/hashes/replace directives/build settings are
 * recorded as documented, and a fixed timestamp with `reproducible` gives identical bytes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import {
  buildInventory,
  generateSbom,
  goModulePurl,
  parseGoSumHash,
  type SbomBinary
} from '../../../src/core/sbom/index.js'
import { describeIfTool, TOOLS_DIR } from '../../helpers/tools.js'
import {
  buildPrograms,
  goVersionMModules,
  sbomBinary,
  toolsExecutables,
  type BuiltPrograms
} from './fixtures.js'
import { cycloneDx16Validator, spdx23Validator } from './schemas.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXED = { timestamp: new Date('2026-01-02T03:04:05.678Z'), reproducible: true }

function expectValid(validate: ReturnType<typeof cycloneDx16Validator>, text: string): Json {
  const document = JSON.parse(text) as Json
  const ok = validate(document)
  expect(ok ? [] : validate.errors).toEqual([])
  return document
}

/** Module components (not the binaries, not stdlib) as `name@version`. */
function cycloneDxModules(bom: Json): string[] {
  return (bom.components as Json[])
    .filter(c => c.type === 'library' && c.name !== 'stdlib')
    .map(c => `${c.name}@${c.version ?? ''}`)
    .sort()
}

function property(component: Json, name: string): string | undefined {
  return (component.properties as Json[] | undefined)?.find(p => p.name === name)?.value
}

describe('purls and go.sum hashes', () => {
  test('module paths keep their case; versions are percent-encoded; (devel) has no version', () => {
    expect(goModulePurl('github.com/Sirupsen/logrus', 'v1.0.0')).toBe(
      'pkg:golang/github.com/Sirupsen/logrus@v1.0.0'
    )
    expect(goModulePurl('github.com/docker/docker', 'v28.0.0+incompatible')).toBe(
      'pkg:golang/github.com/docker/docker@v28.0.0%2Bincompatible'
    )
    expect(goModulePurl('example.com/app', '(devel)')).toBe('pkg:golang/example.com/app')
    expect(goModulePurl('example.com/a b', 'v1')).toBe('pkg:golang/example.com/a%20b@v1')
  })

  test('h1: is the base64 of a SHA-256 digest, written as hex', () => {
    const digest = Buffer.alloc(32, 0xab)
    expect(parseGoSumHash('h1:' + digest.toString('base64'))).toEqual({
      sum: 'h1:' + digest.toString('base64'),
      sha256Hex: 'ab'.repeat(32)
    })
    expect(parseGoSumHash('')).toBeUndefined()
    expect(parseGoSumHash('h2:' + digest.toString('base64'))).toBeUndefined()
    expect(parseGoSumHash('h1:short=')).toBeUndefined()
  })
})

describe('SPDX package comments', () => {
  test('one name=value line per fact; a value with a line break is JSON-quoted', async () => {
    const binary: SbomBinary = {
      path: 'app',
      sha256: '0'.repeat(64),
      buildInfo: {
        goVersionRaw: 'go1.27.4',
        goVersion: 'go1.27.4',
        experiments: [],
        layout: 'inline',
        path: 'example.com/app',
        deps: [],
        settings: [
          { key: '-ldflags', value: '-X "main.note=a\nb"' },
          { key: 'GOOS', value: 'linux' }
        ]
      }
    }
    const doc = JSON.parse(await generateSbom([binary], 'spdx', FIXED)) as Json
    expect((doc.packages[0].comment as string).split('\n')).toEqual([
      'go-ci-kit:binary:path=app',
      'go-ci-kit:go:version=go1.27.4',
      'go-ci-kit:go:path=example.com/app',
      'go-ci-kit:go:build:-ldflags="-X \\"main.note=a\\nb\\""',
      'go-ci-kit:go:build:GOOS=linux'
    ])
  })
})

describeIfTool(['go1.27'])('SBOMs of real Go binaries', () => {
  let programs: BuiltPrograms
  let withDeps: SbomBinary
  let noDeps: SbomBinary
  let validateCycloneDx: ReturnType<typeof cycloneDx16Validator>
  let validateSpdx: ReturnType<typeof spdx23Validator>

  beforeAll(async () => {
    programs = await buildPrograms()
    withDeps = await sbomBinary(programs.withDeps, 'out/with-deps')
    noDeps = await sbomBinary(programs.noDeps, 'out/no-deps')
    validateCycloneDx = cycloneDx16Validator()
    validateSpdx = spdx23Validator()
  })
  afterAll(() => {
    if (programs) rmSync(programs.dir, { recursive: true, force: true })
  })

  test('the module set equals go version -m for the built programs', async () => {
    const expected = await goVersionMModules([programs.withDeps, programs.noDeps])
    for (const [file, binary] of [
      [programs.withDeps, withDeps],
      [programs.noDeps, noDeps]
    ] as const) {
      const bom = expectValid(validateCycloneDx, await generateSbom([binary], 'cyclonedx', FIXED))
      expect(cycloneDxModules(bom)).toEqual([...expected.get(file)!.modules].sort())
    }
    expect(expected.get(programs.withDeps)!.modules.sort()).toEqual([
      'example.com/Upper/Lib@v1.2.0',
      'example.com/fork@v1.1.0',
      'example.com/local@'
    ])
  })

  test('CycloneDX: main module, purls, h1 hashes, replaces, stdlib, settings, graph', async () => {
    const bom = expectValid(validateCycloneDx, await generateSbom([withDeps], 'cyclonedx', FIXED))
    expect(bom.specVersion).toBe('1.6')
    const main = bom.metadata.component as Json
    expect(main).toMatchObject({
      type: 'application',
      name: 'example.com/sbomdemo',
      purl: 'pkg:golang/example.com/sbomdemo',
      hashes: [{ alg: 'SHA-256', content: withDeps.sha256 }]
    })
    expect(main.version).toBeUndefined()
    expect(property(main, 'go-ci-kit:go:build:GOOS')).toBe('linux')
    expect(property(main, 'go-ci-kit:go:build:CGO_ENABLED')).toBe('0')
    expect(property(main, 'go-ci-kit:go:version')).toBe(withDeps.buildInfo.goVersionRaw)
    expect(property(main, 'go-ci-kit:binary:path')).toBe('out/with-deps')

    const byName = new Map((bom.components as Json[]).map(c => [c.name, c]))
    const upper = byName.get('example.com/Upper/Lib')!
    const upperDep = withDeps.buildInfo.deps.find(d => d.path === 'example.com/Upper/Lib')!
    expect(upper).toMatchObject({
      type: 'library',
      version: 'v1.2.0',
      purl: 'pkg:golang/example.com/Upper/Lib@v1.2.0',
      'bom-ref': 'pkg:golang/example.com/Upper/Lib@v1.2.0',
      hashes: [
        {
          alg: 'SHA-256',
          content: Buffer.from(upperDep.sum.slice(3), 'base64').toString('hex')
        }
      ]
    })
    expect(property(upper, 'go-ci-kit:go:sum')).toBe(upperDep.sum)

    const fork = byName.get('example.com/fork')!
    expect(fork.purl).toBe('pkg:golang/example.com/fork@v1.1.0')
    expect(property(fork, 'go-ci-kit:go:replaces')).toBe('example.com/orig v1.0.0')
    expect(fork.hashes).toHaveLength(1)

    const local = byName.get('example.com/local')!
    expect(local.purl).toBe('pkg:golang/example.com/local')
    expect(local.version).toBeUndefined()
    expect(local.hashes).toBeUndefined()
    expect(property(local, 'go-ci-kit:go:replace-directory')).toBe('./local')

    const goRelease = withDeps.buildInfo.goVersion.slice(2)
    const stdlib = byName.get('stdlib')!
    expect(stdlib).toMatchObject({
      type: 'library',
      version: goRelease,
      purl: `pkg:golang/stdlib@${goRelease}`,
      cpe: `cpe:2.3:a:golang:go:${goRelease}:*:*:*:*:*:*:*`
    })

    // Only the binary has an entry: build info says nothing of module-to-module edges, and an
    // empty entry would claim a module has no dependencies.
    expect(bom.dependencies).toEqual([
      {
        ref: main['bom-ref'],
        dependsOn: [fork, local, upper, stdlib].map(c => c['bom-ref'])
      }
    ])
    expect(bom.metadata.tools.components[0]).toMatchObject({ name: 'go-ci-kit' })
  })

  test('several binaries: one application component each, modules listed once', async () => {
    const bom = expectValid(
      validateCycloneDx,
      await generateSbom([withDeps, noDeps, noDeps], 'cyclonedx', FIXED)
    )
    expect(bom.metadata.component).toBeUndefined()
    const apps = (bom.components as Json[]).filter(c => c.type === 'application')
    expect(apps.map(a => a['bom-ref']).sort()).toEqual([
      'binary:out/no-deps',
      'binary:out/no-deps#2',
      'binary:out/with-deps'
    ])
    const stdlibs = (bom.components as Json[]).filter(c => c.name === 'stdlib')
    expect(stdlibs).toHaveLength(1)
    const arm = apps.find(a => a['bom-ref'] === 'binary:out/no-deps')!
    expect(property(arm, 'go-ci-kit:go:build:GOARCH')).toBe('arm64')
    expect(property(arm, 'go-ci-kit:go:build:-trimpath')).toBe('true')
  })

  test('SPDX 2.3: valid, SPDXIDs per the spec, DESCRIBES and DEPENDS_ON, checksums, purls', async () => {
    const doc = expectValid(validateSpdx, await generateSbom([withDeps, noDeps], 'spdx', FIXED))
    expect(doc.creationInfo.created).toBe('2026-01-02T03:04:05Z')
    expect(doc.documentNamespace).not.toContain('#')
    const ids = (doc.packages as Json[]).map(p => p.SPDXID as string)
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/)
    expect(new Set(ids).size).toBe(ids.length)
    const known = new Set([...ids, 'SPDXRef-DOCUMENT'])
    for (const r of doc.relationships as Json[]) {
      expect(known.has(r.spdxElementId)).toBe(true)
      expect(known.has(r.relatedSpdxElement)).toBe(true)
    }
    const apps = (doc.packages as Json[]).filter(p => p.primaryPackagePurpose === 'APPLICATION')
    expect(apps.map(a => a.packageFileName).sort()).toEqual(['out/no-deps', 'out/with-deps'])
    const describes = (doc.relationships as Json[]).filter(r => r.relationshipType === 'DESCRIBES')
    expect(describes.map(r => r.relatedSpdxElement).sort()).toEqual(apps.map(a => a.SPDXID).sort())
    const app = apps.find(a => a.packageFileName === 'out/with-deps')!
    expect(app.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: withDeps.sha256 }])
    const dependsOn = (doc.relationships as Json[])
      .filter(r => r.relationshipType === 'DEPENDS_ON' && r.spdxElementId === app.SPDXID)
      .map(r => (doc.packages as Json[]).find(p => p.SPDXID === r.relatedSpdxElement)!)
    expect(dependsOn.map(p => p.externalRefs[0].referenceLocator).sort()).toEqual(
      [
        'pkg:golang/example.com/Upper/Lib@v1.2.0',
        'pkg:golang/example.com/fork@v1.1.0',
        'pkg:golang/example.com/local',
        `pkg:golang/stdlib@${withDeps.buildInfo.goVersion.slice(2)}`
      ].sort()
    )
    const upper = dependsOn.find(p => p.name === 'example.com/Upper/Lib')!
    expect(upper.checksums[0].algorithm).toBe('SHA256')
    expect(upper.comment).toContain('go-ci-kit:go:sum=h1:')
    expect(upper.externalRefs[0]).toEqual({
      referenceCategory: 'PACKAGE-MANAGER',
      referenceType: 'purl',
      referenceLocator: 'pkg:golang/example.com/Upper/Lib@v1.2.0'
    })
  })

  test('reproducible: same input and timestamp give identical bytes; otherwise a new serial', async () => {
    for (const format of ['cyclonedx', 'spdx'] as const) {
      const first = await generateSbom([withDeps, noDeps], format, FIXED)
      expect(await generateSbom([withDeps, noDeps], format, FIXED)).toBe(first)
      const other = await generateSbom([withDeps], format, FIXED)
      expect(other).not.toBe(first)
      const random = [
        await generateSbom([withDeps], format, { timestamp: FIXED.timestamp }),
        await generateSbom([withDeps], format, { timestamp: FIXED.timestamp })
      ]
      expect(random[0]).not.toBe(random[1])
    }
    const bom = JSON.parse(await generateSbom([withDeps], 'cyclonedx', FIXED)) as Json
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05.000Z')
  })

  test('a binary without a main module (Debian GOPATH build): named by its package, no purl', async () => {
    const goCommand = await sbomBinary(path.join(TOOLS_DIR, 'go1.27', 'bin', 'go'), 'go')
    expect(goCommand.buildInfo.main).toBeUndefined()
    const bom = expectValid(validateCycloneDx, await generateSbom([goCommand], 'cyclonedx', FIXED))
    expect(bom.metadata.component.name).toBe('cmd/go')
    expect(bom.metadata.component.purl).toBeUndefined()
    expect(bom.components.map((c: Json) => c.name)).toEqual(['stdlib'])
    const doc = expectValid(validateSpdx, await generateSbom([goCommand], 'spdx', FIXED))
    expect(doc.packages[0]).not.toHaveProperty('externalRefs')
  })

  test("Debian's Go executables in .tools: module sets equal go version -m; documents valid", async () => {
    const expected = await goVersionMModules(toolsExecutables())
    expect(expected.size).toBeGreaterThan(20)
    let documents = 0
    for (const [file, goVersionM] of expected) {
      const binary = await sbomBinary(file, path.relative(TOOLS_DIR, file))
      const inventory = buildInventory([binary])
      const modules = inventory.modules
        .filter(m => m.kind === 'module')
        .map(m => `${m.name}@${m.version}`)
        .sort()
      expect({ file, modules }).toEqual({ file, modules: [...goVersionM.modules].sort() })
      // Full documents for a sample (every tenth), both formats.
      if (documents++ % 10 === 0) {
        expectValid(validateCycloneDx, await generateSbom([binary], 'cyclonedx', FIXED))
        expectValid(validateSpdx, await generateSbom([binary], 'spdx', FIXED))
      }
    }
  })
})
