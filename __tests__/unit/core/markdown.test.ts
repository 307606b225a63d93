import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cell, codeCell } from '../../../src/core/markdown.js'

/**
 * What GitHub (cmark-gfm) does with one table row, reduced to the steps that
 * matter for escaping: split on pipes not directly after a backslash, trim,
 * drop the one backslash before each escaped pipe.
 */
function splitRow(row: string): string[] {
  const inner = row.slice(2, -2)
  const cells: string[] = []
  let start = 0
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '|' && inner[i - 1] !== '\\') {
      cells.push(inner.slice(start, i))
      start = i + 1
    }
  }
  cells.push(inner.slice(start))
  return cells.map(c => c.trim().replace(/\\\|/g, '|'))
}

/** CommonMark inline text: backslash escapes of ASCII punctuation, and the entity we emit. */
function renderText(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
}

/** CommonMark code span: strip the fence, then one padding space on each side when both have one. */
function renderCode(span: string): string {
  const fence = /^`+/.exec(span)?.[0] ?? ''
  const inner = span.slice(fence.length, span.length - fence.length)
  expect(span.endsWith(fence)).toBe(true)
  // No backtick run inside as long as the fence, or the span would end early.
  expect((inner.match(/`+/g) ?? []).some(run => run.length === fence.length)).toBe(false)
  return /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    '|',
    '\\',
    '`',
    '<',
    '&',
    'lt;',
    'amp;',
    '*',
    '_',
    '\n',
    '\r',
    '\t',
    'é'
  )
})

describe('cell', () => {
  it('escapes pipes, doubles backslashes, turns < and & into entities and flattens line breaks', () => {
    expect(cell('a|b')).toBe('a\\|b')
    expect(cell('C:\\dir\\_x')).toBe('C:\\\\dir\\\\_x')
    expect(cell('a\\|b')).toBe('a\\\\\\|b')
    expect(cell('<details>')).toBe('&lt;details>')
    expect(cell('R&D &lt;')).toBe('R&amp;D &amp;lt;')
    expect(cell('one\r\ntwo\nthree\rfour')).toBe('one two three four')
    expect(cell('  spaced   out  ')).toBe('spaced out')
  })

  it('cuts to max characters with an ellipsis', () => {
    expect(cell('abcdef', { max: 4 })).toBe('abc…')
    expect(cell('abcd', { max: 4 })).toBe('abcd')
    expect(cell('a\n\nb', { max: 3 })).toBe('a b')
  })

  it('stays one cell and shows the (flattened) text literally', () => {
    fc.assert(
      fc.property(tricky, tricky, (left, right) => {
        const row = `| ${cell(left)} | ${cell(right)} |`
        expect(row.includes('\n') || row.includes('\r')).toBe(false)
        const cells = splitRow(row)
        expect(cells).toHaveLength(2)
        expect(cells.map(renderText)).toEqual([flat(left), flat(right)])
      })
    )
  })
})

describe('codeCell', () => {
  it('fences, escapes only the pipe and keeps backslashes and < as they are', () => {
    expect(codeCell('go.sum')).toBe('`go.sum`')
    expect(codeCell('a|b')).toBe('`a\\|b`')
    expect(codeCell('C:\\go\\<x>')).toBe('`C:\\go\\<x>`')
    expect(codeCell('a\\|')).toBe('`a\\\\|`')
  })

  it('uses a longer fence around backticks, padded when they touch the ends', () => {
    expect(codeCell('a`b')).toBe('``a`b``')
    expect(codeCell('`x`')).toBe('`` `x` ``')
    expect(codeCell('a``b')).toBe('```a``b```')
  })

  it('gives nothing for empty text and flattens line breaks', () => {
    expect(codeCell('')).toBe('')
    expect(codeCell('a\nb')).toBe('`a b`')
  })

  it('stays one cell and shows the (flattened) text literally', () => {
    fc.assert(
      fc.property(tricky, tricky, (left, right) => {
        fc.pre(flat(left) !== '' && flat(right) !== '')
        const cells = splitRow(`| ${codeCell(left)} | ${codeCell(right)} |`)
        expect(cells).toHaveLength(2)
        expect(cells.map(renderCode)).toEqual([flat(left), flat(right)])
      })
    )
  })
})
