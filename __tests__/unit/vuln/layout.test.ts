import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { rebasePattern, scanDirectory } from '../../../src/core/vuln/layout.js'

describe('where govulncheck runs in a go.work directory that is not a module', () => {
  it('runs in the first used module (govulncheck refuses a directory without go.mod)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-layout-'))
    try {
      writeFileSync(path.join(dir, 'go.work'), 'go 1.27\n\nuse (\n\t./svc\n\t./api\n)\n')
      expect(scanDirectory(dir)).toBe(path.join(dir, 'svc'))
      writeFileSync(path.join(dir, 'go.mod'), 'module acme.test/root\n')
      expect(scanDirectory(dir)).toBe(dir)
      const plain = path.join(dir, 'plain')
      mkdirSync(plain)
      expect(scanDirectory(plain)).toBe(plain)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rewrites relative patterns for the new directory and leaves import paths alone', () => {
    const ws = '/repo/ws'
    const svc = '/repo/ws/svc'
    expect(rebasePattern('./svc/...', ws, svc)).toBe('./...')
    expect(rebasePattern('./api/...', ws, svc)).toBe('../api/...')
    expect(rebasePattern('./api/cmd', ws, svc)).toBe('../api/cmd')
    expect(rebasePattern('.', ws, svc)).toBe('..')
    expect(rebasePattern('acme.test/api/...', ws, svc)).toBe('acme.test/api/...')
    expect(rebasePattern('./api/...', ws, ws)).toBe('./api/...')
  })
})
