import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nodeGoEnvReader, parseToolchainIdentity } from '../../../src/core/cache/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { describeIfTool, goEnv, REPO_ROOT } from '../../helpers/tools.js'

describeIfTool(['go1.22', 'go1.23'])('nodeGoEnvReader with a real Go', () => {
  it.each(['1.22', '1.23'] as const)(
    'Go %s: the named variables give the identity a full `go env -json` gives (so keys match the CLI)',
    async version => {
      const env = goEnv(version, { CGO_ENABLED: '1', GOFLAGS: '-trimpath' })
      const { identity, gowork } = await nodeGoEnvReader(env).read(REPO_ROOT)
      const full = execFileSync('go', ['env', '-json'], { cwd: REPO_ROOT, env, encoding: 'utf8' })
      const cc = execFileSync(JSON.parse(full).CC.split(/\s+/)[0], ['--version'], {
        encoding: 'utf8'
      })
      expect(identity).toEqual(parseToolchainIdentity(full, cc))
      expect(identity.GOVERSION).toMatch(new RegExp(`^go${version.replace('.', '\\.')}\\.`))
      expect(identity.GOFLAGS).toBe('-trimpath')
      expect(gowork).toBe('')
    }
  )
})

describeIfTool(['go1.23'])('nodeGoEnvReader and the C compiler', () => {
  it('runs CC with its own words, as the go command and the CLI do (`ccache gcc` asks gcc)', async () => {
    // Before: the action ran only CC's first word, so `env fake-cc` recorded env's version.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-goenv-cc-'))
    try {
      const fakeCc = path.join(dir, 'fake-cc')
      writeFileSync(fakeCc, "#!/bin/sh\nprintf 'fake-cc 9.9.0\\n'\n")
      chmodSync(fakeCc, 0o755)
      const env = goEnv('1.23', { CGO_ENABLED: '1', CC: `env ${fakeCc}` })
      const { identity } = await nodeGoEnvReader(env).read(REPO_ROOT)
      expect(identity.CC).toBe(`env ${fakeCc}`)
      expect(identity.CCVersion).toBe('fake-cc 9.9.0')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('nodeGoEnvReader without Go', () => {
  it('says Go is missing and how to fix it', async () => {
    const reader = nodeGoEnvReader({ PATH: '/nonexistent', HOME: '/tmp' })
    await expect(reader.read(REPO_ROOT)).rejects.toThrow(ConfigurationError)
    await expect(reader.read(REPO_ROOT)).rejects.toThrow(/go is not on PATH/)
  })
})
