import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { pathForMessages } from '../../../src/core/gomod/index.js'

describe('pathForMessages', () => {
  const root = path.resolve('/work/repo')

  it('names a file inside the root relative to it, /-separated', () => {
    expect(pathForMessages(root, path.join(root, 'a', 'b.sarif'))).toBe('a/b.sarif')
    // A directory whose name starts with two dots is still inside.
    expect(pathForMessages(root, path.join(root, '..cache', 'x.json'))).toBe('..cache/x.json')
  })

  it('keeps the root itself and files outside it as given', () => {
    expect(pathForMessages(root, root)).toBe(root)
    const outside = path.resolve('/elsewhere/report.json')
    expect(pathForMessages(root, outside)).toBe(outside)
    expect(pathForMessages(root, path.join(root, '..', 'sibling', 'f'))).toBe(
      path.join(root, '..', 'sibling', 'f')
    )
  })
})
