import { describe, expect, it } from '@jest/globals'
import {
  MANIFEST_DIR,
  manifestFileName,
  manifestFor,
  parseComponentsDocument,
  parseCacheManifest,
  parseToolchainIdentity
} from '../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { components, toolchain } from './fixtures.js'

function configurationError(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('manifest', () => {
  const c = components([['a.com/a', 'v1.0.0']], {
    toolchain: toolchain(),
    vendor: { modulesTxt: [], vendorMode: false, reason: 'no vendor directory' },
    goWork: { file: { path: 'go.work', sha256: 'x' }, go: '1.23', uses: ['a'] },
    goModContents: [
      {
        path: 'go.mod',
        sha256: 'a',
        deps: 'b',
        module: 'example.com/m',
        go: '1.23',
        godebug: ['panicnil=1'],
        requires: [{ path: 'a.com/a', version: 'v1.0.0', indirect: true }]
      }
    ],
    matrix: { os: 'linux' },
    matrixDigest: 'd'
  })

  it('lives at <cache dir>/.go-ci-kit/manifest-<kind>.json', () => {
    expect(MANIFEST_DIR).toBe('.go-ci-kit')
    expect(manifestFileName('build')).toBe('.go-ci-kit/manifest-build.json')
  })

  it('round-trips through JSON', () => {
    const manifest = manifestFor('build', 'go-build-x', c, new Date('2026-01-02T03:04:05Z'))
    expect(manifest).toEqual({
      schema: 1,
      kind: 'build',
      key: 'go-build-x',
      components: c,
      createdAt: '2026-01-02T03:04:05.000Z'
    })
    expect(parseCacheManifest(JSON.stringify(manifest), 'm.json')).toEqual(manifest)
  })

  it.each([
    ['{"schema":1', /^m\.json: not valid JSON/],
    ['[]', /^m\.json: \/ must be an object/],
    [JSON.stringify({ schema: 2 }), /^m\.json: \/schema must be 1, found 2/],
    [JSON.stringify({ schema: 1, kind: 'x' }), /^m\.json: \/kind must be "mod" or "build"/],
    [
      JSON.stringify({
        schema: 1,
        kind: 'mod',
        key: 'k',
        createdAt: 'now',
        components: { schema: 1, workDir: 3 }
      }),
      /^m\.json: \/components\/workDir must be a string/
    ],
    [
      JSON.stringify({
        schema: 1,
        kind: 'mod',
        key: 'k',
        createdAt: 'now',
        components: { ...c, goSums: [{ path: 'go.sum' }] }
      }),
      /^m\.json: \/components\/goSums\/0\/sha256 must be a string/
    ],
    [
      JSON.stringify({
        schema: 1,
        kind: 'mod',
        key: 'k',
        createdAt: 'now',
        components: { ...c, moduleSet: c.moduleSet.slice(1) }
      }),
      /^m\.json: \/components\/moduleSetDigest does not match \/moduleSet/
    ],
    [
      JSON.stringify({
        schema: 1,
        kind: 'mod',
        key: 'k',
        createdAt: 'now',
        components: { ...c, moduleSet: [...c.moduleSet].reverse() }
      }),
      /^m\.json: \/components\/moduleSet\/1 is out of order or repeated/
    ],
    [
      JSON.stringify({
        schema: 1,
        kind: 'build',
        key: 'k',
        createdAt: 'now',
        components: {
          ...c,
          goModContents: [
            { path: 'go.mod', sha256: 'a', deps: 'b', godebug: [], requires: [{ path: 'x' }] }
          ]
        }
      }),
      /^m\.json: \/components\/goModContents\/0\/requires\/0\/version must be a string/
    ]
  ])('rejects bad data with a JSON pointer: %s', (text, message) => {
    const error = configurationError(() => parseCacheManifest(text, 'm.json'))
    expect(error.message).toMatch(message)
    expect(error.fix).toBeTruthy()
  })

  it('accepts key --json output, a manifest or bare components as a previous document', () => {
    expect(
      parseComponentsDocument(
        JSON.stringify({ key: 'k1', restoreKeys: [], components: c }),
        'p.json'
      )
    ).toEqual({ components: c, key: 'k1' })
    expect(
      parseComponentsDocument(JSON.stringify(manifestFor('mod', 'k2', c, new Date(0))), 'p.json')
        .key
    ).toBe('k2')
    expect(parseComponentsDocument(JSON.stringify(c), 'p.json')).toEqual({ components: c })
  })
})

describe('parseToolchainIdentity', () => {
  const env = {
    GOVERSION: 'go1.23.4',
    GOOS: 'linux',
    GOARCH: 'arm64',
    GOARM64: 'v8.0',
    GOAMD64: 'v3',
    CGO_ENABLED: '1',
    CC: 'gcc',
    GOFLAGS: '-mod=mod',
    GOEXPERIMENT: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'https://proxy.golang.org,direct',
    GOPRIVATE: 'example.com/*',
    GOMODCACHE: '/m',
    GOCACHE: '/c',
    GOROOT: '/ignored'
  }

  it('keeps the fields that change builds, the arch level of GOARCH, and cc --version when cgo is on', () => {
    const identity = parseToolchainIdentity(
      JSON.stringify(env),
      '\ngcc (Ubuntu 13.2.0) 13.2.0\nCopyright …\n'
    )
    expect(identity).toEqual({
      GOVERSION: 'go1.23.4',
      GOOS: 'linux',
      GOARCH: 'arm64',
      archLevel: 'GOARM64=v8.0',
      CGO_ENABLED: '1',
      CC: 'gcc',
      CCVersion: 'gcc (Ubuntu 13.2.0) 13.2.0',
      GOFLAGS: '-mod=mod',
      GOEXPERIMENT: '',
      GOTOOLCHAIN: 'local',
      GOPROXY: 'https://proxy.golang.org,direct',
      GONOPROXY: '',
      GOPRIVATE: 'example.com/*',
      GONOSUMDB: '',
      GOSUMDB: '',
      GOINSECURE: '',
      GOMODCACHE: '/m',
      GOCACHE: '/c'
    })
  })

  it('leaves CC out when cgo is off', () => {
    const identity = parseToolchainIdentity(JSON.stringify({ ...env, CGO_ENABLED: '0' }), 'gcc 13')
    expect(identity.CC).toBeUndefined()
    expect(identity.CCVersion).toBeUndefined()
  })

  it.each([
    ['not json', /not JSON/],
    ['[1]', /expected a JSON object/],
    ['{"GOOS":"linux","GOARCH":"amd64"}', /GOVERSION is missing/]
  ])('rejects %s', (text, message) => {
    expect(() => parseToolchainIdentity(text)).toThrow(message)
  })
})
