/**
 * Fingerprints and comparisons of real builds (the shared fixture binaries): what is
 * reproducible, and when it is not, whether the report says why.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import {
  compareFingerprints,
  fingerprintFile,
  OUTSIDE_SECTIONS,
  type FileFingerprint
} from '../../../src/core/fingerprint/index.js'
import { goFixtures, type GoFixtures } from '../../e2e/binary-fingerprint/fixtures.js'
import { describeIfTool, goEnv, requireTool } from '../../helpers/tools.js'

let fx: GoFixtures
const fingerprint = (name: string): Promise<FileFingerprint> => fingerprintFile(fx.file(name), name)

async function compare(ours: string, theirs: string) {
  return compareFingerprints(await fingerprint(ours), await fingerprint(theirs), theirs, {
    oursFile: fx.file(ours),
    theirsFile: fx.file(theirs)
  })
}

describeIfTool(['go1.27', 'go1.26', 'go1.22'])('fingerprints of real builds', () => {
  beforeAll(async () => {
    fx = await goFixtures()
  }, 600_000)

  test('sha256 and size are those of the whole file; the sections cover it exactly', async () => {
    for (const name of [
      'linux-amd64',
      'darwin-universal',
      'windows-386.exe',
      'linux-mips',
      'aix-ppc64'
    ]) {
      const fp = await fingerprint(name)
      const bytes = readFileSync(fx.file(name))
      expect(fp.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect(fp.size).toBe(bytes.length)
      const covered = fp.sections.reduce((sum, s) => sum + s.size, 0)
      expect(covered).toBe(bytes.length)
      expect(fp.sections.at(-1)?.name).toBe(OUTSIDE_SECTIONS)
    }
  })

  test('the four dimensions of every target', async () => {
    // GO386's default is the toolchain's own (Debian builds Go with softfloat; upstream is sse2).
    const go386 = execFileSync(requireTool('go1.27'), ['env', 'GO386'], {
      env: goEnv('1.27', { GOARCH: '386' }),
      encoding: 'utf8'
    }).trim()
    const cases: [string, string, string, string | undefined, string][] = [
      ['linux-amd64', 'linux', 'amd64', 'GOAMD64=v1', '0'],
      ['linux-arm64', 'linux', 'arm64', 'GOARM64=v8.0', '0'],
      ['linux-386', 'linux', '386', `GO386=${go386}`, '0'],
      ['linux-mips', 'linux', 'mips', 'GOMIPS=hardfloat', '0'],
      ['darwin-arm64', 'darwin', 'arm64', 'GOARM64=v8.0', '0'],
      ['windows-amd64.exe', 'windows', 'amd64', 'GOAMD64=v1', '0'],
      ['windows-386.exe', 'windows', '386', `GO386=${go386}`, '0'],
      ['linux-amd64-cgo', 'linux', 'amd64', 'GOAMD64=v1', '1']
    ]
    for (const [name, goos, goarch, level, cgo] of cases) {
      const d = (await fingerprint(name)).slices[0].dimensions
      const archLevel = d.archLevel ? `${d.archLevel.key}=${d.archLevel.value}` : undefined
      expect({ name, goos: d.goos, goarch: d.goarch, archLevel, cgo: d.cgo }).toEqual({
        name,
        goos,
        goarch,
        archLevel: level,
        cgo
      })
      expect(d.goVersion).toMatch(/^go1\.27\.\d+$/)
      expect(d.targetSource).toBe('build settings')
    }
    expect((await fingerprint('linux-amd64-go122')).slices[0].dimensions.goVersion).toMatch(
      /^go1\.22\.\d+$/
    )
  })

  test('Go 1.27 with GOEXPERIMENT: the version without "-X:…", experiments from the setting', async () => {
    const d = (await fingerprint('linux-amd64-exp')).slices[0]
    expect(d.goVersionRaw).toMatch(/^go1\.27\.\d+-X:fieldtrack,nogreenteagc$/)
    expect(d.dimensions.goVersion).toMatch(/^go1\.27\.\d+$/)
    expect(d.dimensions.experiments).toEqual(['nogreenteagc', 'fieldtrack'])
    expect((await fingerprint('linux-amd64-trim')).slices[0].dimensions.experiments).toEqual([])
  })

  test('compatibility: Go 1.26 and 1.22 binaries, and XCOFF from the file header', async () => {
    expect((await fingerprint('linux-amd64-go126')).slices[0].dimensions.goVersion).toMatch(
      /^go1\.26\.\d+$/
    )
    const aix = (await fingerprint('aix-ppc64')).slices[0]
    expect(aix.format).toBe('xcoff64')
    expect(aix.dimensions).toMatchObject({
      goos: 'aix',
      goarch: 'ppc64',
      archLevel: { key: 'GOPPC64', value: 'power8' },
      cgo: '0'
    })
  })

  test('the module graph of a build with a replaced dependency', async () => {
    const slice = (await fingerprint('linux-amd64-replace')).slices[0]
    expect(slice.main).toEqual({ path: 'example.com/app', version: '(devel)', sum: '' })
    expect(slice.deps).toEqual([
      {
        path: 'example.com/lib',
        version: 'v1.0.0',
        sum: '',
        replace: { path: '../lib', version: '(devel)', sum: '' }
      }
    ])
  })

  test('two -trimpath builds in different directories are identical', async () => {
    const c = await compare('linux-amd64-trim', 'linux-amd64-trim-copy')
    expect(c).toMatchObject({ reproducible: true, classification: 'identical', sections: [] })
    const [a, b] = [
      await fingerprint('linux-amd64-trim'),
      await fingerprint('linux-amd64-trim-copy')
    ]
    expect(a.slices[0].buildFingerprint).toBe(b.slices[0].buildFingerprint)
  })

  test('without -trimpath they differ, and the report says why', async () => {
    const c = await compare('linux-amd64', 'linux-amd64-copy')
    expect(c.reproducible).toBe(false)
    expect(c.classification).toBe('code or data differs')
    const pclntab = c.sections.find(s => s.section === '.gopclntab')
    expect(pclntab?.meaning).toMatch(/source paths: missing -trimpath/)
    // The build info is the same: the difference is the embedded directory, not a setting.
    expect(c.buildInfoDifferences).toEqual([])
    expect((await fingerprint('linux-amd64')).slices[0].warnings.join('\n')).toMatch(
      /built without -trimpath/
    )
  })

  test('a changed -X value differs in data sections', async () => {
    const c = await compare('linux-amd64-x2', 'linux-amd64-trim')
    expect(c.classification).toBe('code or data differs')
    expect(c.sections.some(s => s.meaning.startsWith('data'))).toBe(true)
    expect(c.sections.every(s => s.section !== '.text' || !s.stampingOnly)).toBe(true)
    // With -trimpath Go leaves -ldflags out of the build info (go.dev/issue/52372), so only
    // the bytes tell the builds apart.
    expect(c.buildInfoDifferences).toEqual([])
  })

  test('the same code at two commits differs only in build ID / vcs stamping', async () => {
    const c = await compare('vcs-2', 'vcs-1')
    expect(c.classification).toBe('only build ID / vcs stamping')
    expect(c.sections.every(s => s.stampingOnly)).toBe(true)
    expect(c.buildInfoDifferences.join('\n')).toMatch(
      /^vcs\.revision: [0-9a-f]{40} → [0-9a-f]{40}$/m
    )
    const [a, b] = [await fingerprint('vcs-1'), await fingerprint('vcs-2')]
    expect(a.slices[0].buildFingerprint).not.toBe(b.slices[0].buildFingerprint)
  })

  test('compared with a different target, everything differs', async () => {
    const c = await compare('linux-amd64-trim', 'linux-arm64')
    expect(c.classification).toBe('code or data differs')
    expect(c.buildInfoDifferences).toContain('GOARCH: arm64 → amd64')
  })
})
