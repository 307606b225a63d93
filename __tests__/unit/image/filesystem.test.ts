import { describe, expect, test } from '@jest/globals'
import { classifyEntry, MergedFileSystem } from '../../../src/core/image/filesystem.js'
import type { LayerEntry } from '../../../src/core/image/layer.js'

function entry(name: string, type: LayerEntry['type'] = 'file'): LayerEntry {
  return {
    parts: name.split('/'),
    type,
    size: type === 'file' ? 1 : 0,
    mode: 0o644,
    uid: 0,
    gid: 0
  }
}

/** Applies layers of names as a runtime would: whiteouts sorted out of each layer first. */
function apply(layers: string[][]): { paths: string[]; fs: MergedFileSystem } {
  const fs = new MergedFileSystem()
  layers.forEach((names, index) => {
    const entries: LayerEntry[] = []
    const whiteouts: string[][] = []
    const opaque: string[][] = []
    for (const name of names) {
      const item = entry(name.replace(/\/$/, ''), name.endsWith('/') ? 'directory' : 'file')
      const kind = classifyEntry(item)
      if (kind.kind === 'opaque') opaque.push(kind.dir)
      else if (kind.kind === 'whiteout') whiteouts.push(kind.target)
      else entries.push(item)
    }
    fs.applyLayer(index, entries, whiteouts, opaque)
  })
  return { paths: fs.files().map(file => file.path), fs }
}

describe('whiteouts as the runtime applies them', () => {
  test('a whiteout deletes a file and a whole directory of a lower layer', () => {
    const { paths } = apply([
      ['etc/', 'etc/a', 'var/', 'var/old/', 'var/old/x'],
      ['etc/.wh.a', 'var/.wh.old']
    ])
    expect(paths).toEqual(['/etc', '/var'])
  })

  test('an opaque directory hides lower contents but keeps what its own layer adds, in any order', () => {
    const { paths } = apply([
      ['d/', 'd/a', 'd/sub/', 'd/sub/b'],
      ['d/c', 'd/.wh..wh..opq']
    ])
    expect(paths).toEqual(['/d', '/d/c'])
  })

  test('a whiteout only hides lower layers, not a later one re-adding the path', () => {
    const { paths } = apply([['a'], ['.wh.a'], ['a']])
    expect(paths).toEqual(['/a'])
  })

  test('a file replacing a directory drops the directory contents; implied parents appear', () => {
    const { paths } = apply([
      ['x/', 'x/y'],
      ['x', 'deep/er/file']
    ])
    expect(paths).toEqual(['/deep', '/deep/er', '/deep/er/file', '/x'])
  })

  test('changes per layer count added, changed and deleted paths', () => {
    const fs = new MergedFileSystem()
    fs.applyLayer(0, [entry('a'), entry('b')], [], [])
    const changes = fs.applyLayer(1, [entry('a'), entry('c')], [['b']], [])
    expect(changes).toMatchObject({ added: 1, changed: 1, deleted: 1, entries: 2, fileBytes: 2 })
  })
})
