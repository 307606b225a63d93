import { expect, test } from '@jest/globals'
import { compareFingerprints, type FileFingerprint } from '../../../src/core/fingerprint/index.js'

function fp(
  sha: string,
  sections: Record<string, string>,
  settings: Record<string, string>
): FileFingerprint {
  return {
    name: 'app',
    sha256: sha,
    size: 10,
    sections: Object.entries(sections).map(([name, sha256]) => ({
      name,
      offset: 0,
      size: 1,
      sha256
    })),
    slices: [
      {
        format: 'elf64',
        dimensions: {
          goos: 'linux',
          goarch: 'amd64',
          goVersion: 'go1.23.5',
          experiments: [],
          cgo: '0',
          targetSource: 'build settings'
        },
        goVersionRaw: 'go1.23.5',
        path: 'p',
        deps: [],
        settings: Object.entries(settings).map(([key, value]) => ({ key, value })),
        buildFingerprint: '',
        warnings: []
      }
    ]
  }
}

test('identical bytes are reproducible', async () => {
  const a = fp('x', {}, {})
  expect(await compareFingerprints(a, a, 'b')).toMatchObject({
    reproducible: true,
    classification: 'identical'
  })
})

test('only build ID and vcs stamping', async () => {
  const a = fp(
    'a',
    { '.text': '1', '.note.go.buildid': 'a', '.go.buildinfo': 'a' },
    { 'vcs.revision': 'aaa', 'vcs.time': 't1' }
  )
  const b = fp(
    'b',
    { '.text': '1', '.note.go.buildid': 'b', '.go.buildinfo': 'b' },
    { 'vcs.revision': 'bbb', 'vcs.time': 't2' }
  )
  const c = await compareFingerprints(a, b, 'old')
  expect(c.classification).toBe('only build ID / vcs stamping')
  expect(c.sections.map(s => s.section)).toEqual(['.note.go.buildid', '.go.buildinfo'])
  expect(c.buildInfoDifferences).toEqual(['vcs.revision: bbb → aaa', 'vcs.time: t2 → t1'])
})

test('a different -ldflags or .rodata is a code or data difference', async () => {
  const a = fp('a', { '.rodata': '1', '.go.buildinfo': 'a' }, { '-ldflags': '-X main.v=1' })
  const b = fp('b', { '.rodata': '2', '.go.buildinfo': 'b' }, { '-ldflags': '-X main.v=2' })
  const c = await compareFingerprints(a, b, 'old')
  expect(c.classification).toBe('code or data differs')
  expect(c.sections.find(s => s.section === '.rodata')?.meaning).toMatch(/^data/)
})
