import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { GO_CI_KIT_VERSION, userAgent } from '../../../src/core/version.js'

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

describe('version', () => {
  it('is the version in package.json', () => {
    expect(GO_CI_KIT_VERSION).toBe(packageVersion)
  })

  it('builds the User-Agent for one component', () => {
    expect(userAgent('sarif-upload')).toBe(`go-ci-kit/${packageVersion} sarif-upload`)
  })
})
