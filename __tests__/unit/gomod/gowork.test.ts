import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import {
  findGoWork,
  insideRelative,
  readGoWorkSetting,
  relativeOrDotDot
} from '../../../src/core/gomod/index.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

// The go command's rule (cmd/go/internal/modload FindGoWork, findWorkspaceFile).
describe('findGoWork', () => {
  let root: string
  let deep: string
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gck-gowork-'))
    deep = path.join(root, 'repo', 'svc', 'cmd')
    mkdirSync(deep, { recursive: true })
    writeFileSync(path.join(root, 'go.work'), 'go 1.22\n\nuse ./repo/svc\n')
    writeFileSync(path.join(root, 'alt.work'), 'go 1.22\n')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('unset, empty and auto search upwards past a repository root, as go does', () => {
    const expected = path.join(root, 'go.work')
    expect(findGoWork(deep)).toBe(expected)
    expect(findGoWork(deep, { gowork: '' })).toBe(expected)
    expect(findGoWork(deep, { gowork: 'auto' })).toBe(expected)
  })

  it('off disables the go.work', () => {
    expect(findGoWork(deep, { gowork: 'off' })).toBeUndefined()
  })

  it('an absolute path names the go.work, and it must exist', () => {
    expect(findGoWork(deep, { gowork: path.join(root, 'alt.work') })).toBe(
      path.join(root, 'alt.work')
    )
    expect(() => findGoWork(deep, { gowork: path.join(root, 'nope.work') })).toThrow(
      /GOWORK names .*nope\.work, which does not exist/
    )
  })

  it('a relative path is refused, as the go command refuses it', () => {
    expect(() => findGoWork(deep, { gowork: 'alt.work' })).toThrow(ConfigurationError)
    expect(() => findGoWork(deep, { gowork: 'alt.work' })).toThrow(/not an absolute path/)
  })

  it('never crosses into GOROOT', () => {
    expect(findGoWork(deep, { goroot: path.join(root, 'repo') })).toBeUndefined()
    expect(findGoWork(deep, { goroot: path.join(root, 'elsewhere') })).toBe(
      path.join(root, 'go.work')
    )
  })

  it('a directory named go.work is not a go.work', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-gowork-dir-'))
    try {
      mkdirSync(path.join(dir, 'go.work'))
      const found = findGoWork(dir)
      expect(found === undefined || !found.startsWith(dir)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('repository-relative paths: one name per contract', () => {
  it('relativeOrDotDot always answers (manifests name every file read)', () => {
    expect(relativeOrDotDot('/r', '/r')).toBe('.')
    expect(relativeOrDotDot('/r', '/r/a/go.mod')).toBe('a/go.mod')
    expect(relativeOrDotDot('/r/a', '/r/go.work')).toBe('../go.work')
  })

  it('insideRelative answers only inside the root (annotation locations)', () => {
    expect(insideRelative('/r', '/r')).toBe('')
    expect(insideRelative('/r', '/r/a/go.mod')).toBe('a/go.mod')
    expect(insideRelative('/r/a', '/r/go.work')).toBeUndefined()
    expect(insideRelative('/r', '/other/x')).toBeUndefined()
    expect(insideRelative('/r', '/r/..hidden/x')).toBe('..hidden/x')
  })
})

describeIfTool(['go1.27'])('readGoWorkSetting', () => {
  it('asks `go env`, which sees a GOWORK set with `go env -w`; falls back to $GOWORK without Go', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-gowork-env-'))
    try {
      const alt = path.join(dir, 'alt.work')
      writeFileSync(alt, 'go 1.22\n')
      const goenvFile = path.join(dir, 'goenv')
      writeFileSync(goenvFile, `GOWORK=${alt}\n`)
      const env = goEnv('1.27', { GOENV: goenvFile })
      delete env.GOWORK
      const setting = await readGoWorkSetting(dir, env)
      expect(setting.gowork).toBe(alt)
      expect(setting.goroot).toBeTruthy()
      expect(findGoWork(dir, setting)).toBe(alt)
      const reasons: string[] = []
      const fallback = await readGoWorkSetting(
        dir,
        { PATH: '/nonexistent', GOWORK: 'off' },
        reason => reasons.push(reason)
      )
      expect(fallback).toEqual({ gowork: 'off', goroot: undefined })
      expect(reasons).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
