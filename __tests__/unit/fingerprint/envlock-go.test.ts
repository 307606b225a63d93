import { afterAll, beforeAll, expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import { snapshotEnvironment } from '../../../src/core/fingerprint/envlock.js'
import { buildModuleSet } from '../../../src/core/gomod/index.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

const SUM_A = 'a.com/a v1.0.0 h1:a=\na.com/a v1.0.0/go.mod h1:amod=\n'
const SUM_B = 'b.com/b v1.0.0 h1:b=\nb.com/b v1.0.0/go.mod h1:bmod=\n'

describeIfTool(['go1.27'])('snapshotEnvironment with a real Go (shared go env reader)', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-envlock-'))
    mkdirSync(path.join(root, 'a'))
    mkdirSync(path.join(root, 'b'))
    writeFileSync(path.join(root, 'go.work'), 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n')
    writeFileSync(path.join(root, 'a', 'go.mod'), 'module a.test/a\n\ngo 1.22\n')
    writeFileSync(path.join(root, 'a', 'go.sum'), SUM_A)
    writeFileSync(path.join(root, 'b', 'go.mod'), 'module a.test/b\n\ngo 1.22\n')
    writeFileSync(path.join(root, 'b', 'go.sum'), SUM_B)
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('digests the module set of the go.work the go command uses from a module directory', async () => {
    // Before: discovery stopped at the snapshot directory and saw only a/go.sum.
    const lock = await snapshotEnvironment({ dir: path.join(root, 'a'), env: goEnv('1.27') })
    const workspace = buildModuleSet([
      { file: 'a/go.sum', text: SUM_A },
      { file: 'b/go.sum', text: SUM_B }
    ])
    expect(lock.moduleSetDigest).toBe(workspace.digest)
  })

  it('reports a failing `go env` as a configuration error naming the cause', async () => {
    // Before: the raw exec error escaped (a stack trace).
    const env = goEnv('1.27', { GOTOOLCHAIN: 'bogus' })
    const snapshot = snapshotEnvironment({ dir: root, env })
    await expect(snapshot).rejects.toThrow(ConfigurationError)
    await expect(snapshotEnvironment({ dir: root, env })).rejects.toThrow(
      /go env -json failed in .*invalid GOTOOLCHAIN "bogus"/
    )
  })
})
