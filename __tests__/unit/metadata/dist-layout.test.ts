/**
 * dist/ is one bundle, dist/shared/ (a dispatcher and the chunks its lazy
 * imports split off), plus a stub dist/<step>/index.js per step
 * (scripts/bundle.mjs): no code is written twice, and the action.yml files and
 * the package's bin run the stubs.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { stepNames } from '../../../src/bundle.js'
import { repoRoot } from '../../harness/runner.js'

const dist = path.join(repoRoot, 'dist')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('dist/ layout', () => {
  it('holds the shared bundle and one stub folder per step of src/bundle.ts, nothing else', () => {
    expect(readdirSync(dist).sort()).toEqual([...stepNames, 'package.json', 'shared'].sort())
    expect(JSON.parse(readFileSync(path.join(dist, 'package.json'), 'utf8'))).toEqual({
      type: 'module'
    })
  })

  it.each(stepNames)('dist/%s/index.js is a stub that runs its step from dist/shared', name => {
    expect(readdirSync(path.join(dist, name))).toEqual(['index.js'])
    const stub = readFileSync(path.join(dist, name, 'index.js'), 'utf8')
    expect(stub.length).toBeLessThan(300)
    expect(stub).toContain("import { run } from '../shared/index.js'")
    expect(stub).toContain(`await run('${name}')`)
  })

  it('holds no file twice', () => {
    const byDigest = new Map<string, string[]>()
    for (const file of filesUnder(dist)) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(dist, file)))
        .digest('hex')
      byDigest.set(digest, [...(byDigest.get(digest) ?? []), file])
    }
    expect([...byDigest.values()].filter(files => files.length > 1)).toEqual([])
  })

  it("runs the package's bin as an executable with a shebang", () => {
    const { bin } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
    }
    expect(bin).toEqual({ 'go-ci-kit': 'dist/cli/index.js' })
    const cli = path.join(repoRoot, bin['go-ci-kit'])
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(cli).mode & 0o111).toBe(0o111)
  })
})
