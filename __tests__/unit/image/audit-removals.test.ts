/**
 * The merged file system tells its listener of every lower copy a layer takes away: what the
 * waste analysis counts as overwritten or deleted bytes.
 */
import { describe, expect, test } from '@jest/globals'
import { classifyEntry, MergedFileSystem } from '../../../src/core/image/filesystem.js'
import type { LayerEntry } from '../../../src/core/image/layer.js'

function entry(name: string): LayerEntry {
  const isDir = name.endsWith('/')
  const parts = name.replace(/\/$/, '').split('/')
  return {
    parts,
    type: isDir ? 'directory' : 'file',
    size: isDir ? 0 : name.length,
    mode: 0o644,
    uid: 0,
    gid: 0
  }
}

/** Applies layers of names and returns what each removal reported: "layer>byLayer how path". */
function removals(layers: string[][]): string[] {
  const fs = new MergedFileSystem()
  const heard: string[] = []
  layers.forEach((names, index) => {
    const entries: LayerEntry[] = []
    const whiteouts: string[][] = []
    const opaque: string[][] = []
    for (const name of names) {
      const item = entry(name)
      const kind = classifyEntry(item)
      if (kind.kind === 'opaque') opaque.push(kind.dir)
      else if (kind.kind === 'whiteout') whiteouts.push(kind.target)
      else entries.push(item)
    }
    fs.applyLayer(index, entries, whiteouts, opaque, (file, byLayer, how) =>
      heard.push(`${file.layer}>${byLayer} ${how} ${file.path} ${file.size}`)
    )
  })
  return heard
}

describe('removal listener', () => {
  test('an overwrite reports the lower copy with its layer and size', () => {
    expect(removals([['etc/', 'etc/a'], ['etc/a']])).toEqual(['0>1 overwritten /etc/a 5'])
  })

  test('a whiteout of a directory reports the directory and every path under it', () => {
    expect(removals([['var/', 'var/old/', 'var/old/x', 'var/old/y'], ['var/.wh.old']])).toEqual([
      '0>1 deleted /var/old 0',
      '0>1 deleted /var/old/x 9',
      '0>1 deleted /var/old/y 9'
    ])
  })

  test('an opaque directory reports what it hides, not what its own layer adds', () => {
    expect(
      removals([
        ['d/', 'd/a', 'd/s/', 'd/s/b'],
        ['d/c', 'd/.wh..wh..opq']
      ])
    ).toEqual(['0>1 deleted /d/a 3', '0>1 deleted /d/s 0', '0>1 deleted /d/s/b 5'])
  })

  test('a file replacing a directory deletes its contents; a directory replacing a file overwrites it', () => {
    expect(
      removals([
        ['x/', 'x/y', 'f'],
        ['x', 'f/g']
      ])
    ).toEqual(['0>1 overwritten /x 0', '0>1 deleted /x/y 3', '0>1 overwritten /f 1'])
  })

  test('the same path twice in one layer reports the first copy', () => {
    expect(removals([['a', 'a']])).toEqual(['0>0 overwritten /a 1'])
  })

  test('a whiteout of a path no lower layer has reports nothing', () => {
    expect(removals([['a'], ['.wh.b']])).toEqual([])
  })
})
