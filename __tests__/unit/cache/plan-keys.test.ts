import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import {
  defaultRepoRoot,
  parseToolchainIdentity,
  planCacheKeys,
  type GoEnvReader,
  type KeySettings
} from '../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { goMod, goSum, removeDir, tempDir, writeTree } from './fixtures.js'

let root: string

beforeEach(() => {
  root = tempDir('plan-keys')
  writeTree(root, {
    'checkout/.git/HEAD': 'ref: refs/heads/main\n',
    'checkout/go.work': 'go 1.22\n\nuse (\n\t./api\n\t./tools\n)\n',
    'checkout/api/go.mod': goMod('example.com/api', '1.22', [['example.com/a', 'v1.0.0']]),
    'checkout/api/go.sum': goSum([['example.com/a', 'v1.0.0']]),
    'checkout/tools/go.mod': goMod('example.com/tools', '1.22'),
    'loose/go.mod': goMod('example.com/loose', '1.22')
  })
})

afterEach(() => removeDir(root))

function settings(dir: string, repoRoot: string): KeySettings {
  return { dir, repoRoot, os: 'Linux', arch: 'X64', environment: { goflags: '' } }
}

/** A reader whose `go env` fails the way it does with no Go on PATH. */
const noGo: GoEnvReader = {
  async read() {
    throw new ConfigurationError('go is not on PATH')
  },
  async readWorkspace() {
    return {}
  }
}

function goReader(gowork: string): GoEnvReader & { asked: string[] } {
  const asked: string[] = []
  const json = { GOVERSION: 'go1.22.12', GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' }
  return {
    asked,
    async read() {
      asked.push('toolchain')
      return { identity: parseToolchainIdentity(JSON.stringify(json)), gowork }
    },
    async readWorkspace() {
      asked.push('workspace')
      return { gowork }
    }
  }
}

describe('defaultRepoRoot', () => {
  it('is GITHUB_WORKSPACE when the directory is inside it', () => {
    const api = path.join(root, 'checkout', 'api')
    expect(defaultRepoRoot(api, root)).toBe(root)
  })

  it('is the checkout holding the directory outside GITHUB_WORKSPACE, else the directory', () => {
    const api = path.join(root, 'checkout', 'api')
    expect(defaultRepoRoot(api, undefined)).toBe(path.join(root, 'checkout'))
    expect(defaultRepoRoot(api, path.join(root, 'loose'))).toBe(path.join(root, 'checkout'))
    const loose = path.join(root, 'loose')
    expect(defaultRepoRoot(loose, undefined)).toBe(loose)
  })
})

describe('planCacheKeys', () => {
  it('asks Go only for GOWORK and GOROOT for a module key when the toolchain is needed for the build key alone', async () => {
    const api = path.join(root, 'checkout', 'api')
    const reader = goReader('')
    const planning = await planCacheKeys(
      settings(api, path.join(root, 'checkout')),
      ['mod'],
      reader,
      {
        toolchain: 'build-key'
      }
    )
    expect(reader.asked).toEqual(['workspace'])
    expect(planning.components?.goWork?.file.path).toBe('go.work')
    expect(planning.components?.toolchain).toBeUndefined()
    expect(typeof planning.plans.get('mod')).toBe('object')
  })

  it('gives the same keys whichever way Go was asked', async () => {
    const api = path.join(root, 'checkout', 'api')
    const keySettings = settings(api, path.join(root, 'checkout'))
    const light = await planCacheKeys(keySettings, ['mod'], goReader(''), {
      toolchain: 'build-key'
    })
    const full = await planCacheKeys(keySettings, ['mod', 'build'], goReader(''), {
      toolchain: 'always'
    })
    expect((full.plans.get('mod') as { key: string }).key).toBe(
      (light.plans.get('mod') as { key: string }).key
    )
    expect(full.plans.get('build')).toMatchObject({ key: expect.stringMatching(/^go-build-/) })
  })

  it('returns problems as values: no Go leaves the build key unavailable, not the module key', async () => {
    const api = path.join(root, 'checkout', 'api')
    const told: string[] = []
    const planning = await planCacheKeys(
      settings(api, path.join(root, 'checkout')),
      ['mod', 'build'],
      noGo,
      { toolchain: 'always', onGoEnvProblem: problem => told.push(problem.userMessage) }
    )
    expect(told).toEqual(['go is not on PATH'])
    expect(planning.goEnvProblem).toBeInstanceOf(ConfigurationError)
    expect(typeof planning.plans.get('mod')).toBe('object')
    expect(planning.plans.get('build')).toBe(
      'the build cache key needs the Go toolchain: go is not on PATH'
    )
  })

  it('a bad go.work leaves every key unavailable, naming the file and line', async () => {
    writeTree(root, { 'checkout/go.work': 'go 1.22\nuse ./gone\n' })
    const api = path.join(root, 'checkout', 'api')
    const planning = await planCacheKeys(
      settings(api, path.join(root, 'checkout')),
      ['mod', 'build'],
      goReader(''),
      { toolchain: 'always' }
    )
    expect(planning.discoveryProblem?.userMessage).toMatch(/^go\.work:2: /)
    for (const kind of ['mod', 'build'] as const) {
      expect(planning.plans.get(kind)).toMatch(/^the key cannot be computed: go\.work:2: /)
    }
  })
})
