import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findCheckoutRoot, GIT_OBJECT_ID, readGitHead } from '../../../src/core/checkout.js'

const HEAD_SHA = 'A'.repeat(40)
const OTHER_SHA = 'b'.repeat(40)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-checkout-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

describe('findCheckoutRoot', () => {
  it('finds the nearest directory holding .git, a directory or a worktree file', () => {
    mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true })
    mkdirSync(path.join(dir, 'repo', 'a', 'b'), { recursive: true })
    expect(findCheckoutRoot(path.join(dir, 'repo', 'a', 'b'))).toBe(path.join(dir, 'repo'))
    expect(findCheckoutRoot(path.join(dir, 'repo'))).toBe(path.join(dir, 'repo'))

    write(path.join(dir, 'repo', 'a', '.git'), 'gitdir: ../.git/worktrees/a\n')
    expect(findCheckoutRoot(path.join(dir, 'repo', 'a', 'b'))).toBe(path.join(dir, 'repo', 'a'))
  })

  it('answers undefined outside any checkout', () => {
    mkdirSync(path.join(dir, 'loose'))
    // The temp dir itself is not in a checkout on any machine that runs the tests.
    expect(findCheckoutRoot(path.join(dir, 'loose'))).toBeUndefined()
  })
})

describe('readGitHead', () => {
  it('reads a detached HEAD, a loose branch and a packed branch', () => {
    const repo = path.join(dir, 'repo')
    write(path.join(repo, '.git', 'HEAD'), `${HEAD_SHA}\n`)
    expect(readGitHead(repo)).toBe(HEAD_SHA.toLowerCase())

    write(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    write(path.join(repo, '.git', 'refs', 'heads', 'main'), `${OTHER_SHA}\n`)
    expect(readGitHead(repo)).toBe(OTHER_SHA)

    rmSync(path.join(repo, '.git', 'refs'), { recursive: true })
    write(
      path.join(repo, '.git', 'packed-refs'),
      `# pack-refs with: peeled fully-peeled sorted\n${HEAD_SHA} refs/heads/main\n`
    )
    expect(readGitHead(repo)).toBe(HEAD_SHA.toLowerCase())
  })

  it('follows a worktree .git file to its git dir and the common dir', () => {
    const main = path.join(dir, 'main')
    const worktree = path.join(dir, 'wt')
    write(path.join(main, '.git', 'refs', 'heads', 'topic'), `${OTHER_SHA}\n`)
    write(path.join(main, '.git', 'worktrees', 'wt', 'HEAD'), 'ref: refs/heads/topic\n')
    write(path.join(main, '.git', 'worktrees', 'wt', 'commondir'), '../..\n')
    write(path.join(worktree, '.git'), `gitdir: ${path.join(main, '.git', 'worktrees', 'wt')}\n`)
    expect(readGitHead(worktree)).toBe(OTHER_SHA)
  })

  it('answers undefined when there is no .git or HEAD is unreadable', () => {
    expect(readGitHead(dir)).toBeUndefined()
    write(path.join(dir, '.git'), 'not a pointer\n')
    expect(readGitHead(dir)).toBeUndefined()
  })
})

describe('GIT_OBJECT_ID', () => {
  it('accepts SHA-1 and SHA-256 commit ids only', () => {
    expect(GIT_OBJECT_ID.test('a'.repeat(40))).toBe(true)
    expect(GIT_OBJECT_ID.test('a'.repeat(64))).toBe(true)
    expect(GIT_OBJECT_ID.test('a'.repeat(41))).toBe(false)
    expect(GIT_OBJECT_ID.test('main')).toBe(false)
  })
})
