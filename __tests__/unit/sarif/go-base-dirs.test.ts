import { expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { goBaseDirs } from '../../../src/core/sarif/env.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

describeIfTool(['go1.27'])('goBaseDirs (shared go env reader)', () => {
  it('takes GOROOT and GOMODCACHE from the environment first, else from `go env`', () => {
    const env = goEnv('1.27')
    const [goroot, gomodcache] = execFileSync('go', ['env', 'GOROOT', 'GOMODCACHE'], {
      env,
      encoding: 'utf8'
    }).split('\n')
    expect(goBaseDirs({ ...env, GOMODCACHE: '' })).toEqual({
      GOROOT: goroot,
      GOMODCACHE: gomodcache
    })
    expect(goBaseDirs({ ...env, GOROOT: '/given/root', GOMODCACHE: '/given/mod' })).toEqual({
      GOROOT: '/given/root',
      GOMODCACHE: '/given/mod'
    })
  })

  it('leaves them out without Go and without GOPATH', () => {
    expect(goBaseDirs({ PATH: '/nonexistent' })).toEqual({})
  })
})
