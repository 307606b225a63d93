import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  formatModInfo,
  goQuote,
  goUnquote,
  parseModInfo,
  splitGoVersion
} from '../../../src/core/buildinfo/index.js'

describe('modinfo', () => {
  test('parses path, mod, dep, => and quoted build settings', () => {
    const text =
      'path\tx/cmd\nmod\tx\t(devel)\t\ndep\ty\tv1.0.0\th1:a=\ndep\tz\tv1.0.0\n=>\tz2\tv1.1.0\th1:b=\n' +
      'build\t-ldflags="-s -w -X \\"main.a=b c\\""\nbuild\tDefaultGODEBUG=a=1,b=0\nbuild\t"we ird"=`raw`\n'
    const info = parseModInfo(text)
    expect(info.deps[1]).toEqual({
      path: 'z',
      version: 'v1.0.0',
      sum: '',
      replace: { path: 'z2', version: 'v1.1.0', sum: 'h1:b=' }
    })
    expect(info.settings).toEqual([
      { key: '-ldflags', value: '-s -w -X "main.a=b c"' },
      { key: 'DefaultGODEBUG', value: 'a=1,b=0' },
      { key: 'we ird', value: 'raw' }
    ])
    // Go 1.23's BuildInfo.String writes an empty line after a replacement (the "=>" line ends
    // in two newlines); `go version -m` prints it as a lone tab, and so do we.
    expect(formatModInfo(info)).toBe(text.replace('`raw`', 'raw').replace('h1:b=\n', 'h1:b=\n\n'))
  })

  test.each([
    ['build\t=x\n', 'build line with missing key'],
    ['build\tnoequals\n', "build line missing '=' after key"],
    ['build\tk=a b\n', 'unquoted value "a b" must be quoted'],
    ['dep\ta\n', 'expected 2 or 3 columns; got 1'],
    ['=>\ta\tb\tc\n', 'replacement with no module on previous line']
  ])('rejects %j', (text, message) => {
    expect(() => parseModInfo(text)).toThrow(`could not parse Go build info: line 1: ${message}`)
  })

  test('a final line without a newline is dropped, as in Go', () => {
    expect(parseModInfo('path\ta\nbuild\tGOOS=linux').settings).toEqual([])
  })

  test('render then parse is the identity for arbitrary settings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.string({ minLength: 1 }),
            value: fc.string().map(v => v.replace(/\n/g, ' '))
          })
        ),
        settings => {
          const info = { path: 'p', deps: [], settings }
          expect(parseModInfo(formatModInfo(info)).settings).toEqual(settings)
        }
      )
    )
  })
})

describe('Go quoting', () => {
  test('strconv.Quote escapes', () => {
    expect(goQuote('a "b"\t\\\x07é\u200b')).toBe('"a \\"b\\"\\t\\\\\\aé\\u200b"')
    expect(goUnquote('"\\x41\\101\\u00e9\\U0001F600"')).toBe('AAé😀')
    expect(goUnquote("'x'")).toBeUndefined()
  })

  test('experiments are split from the version', () => {
    expect(splitGoVersion('go1.22.0 X:boringcrypto,loopvar')).toEqual({
      version: 'go1.22.0',
      experiments: ['boringcrypto', 'loopvar']
    })
    expect(splitGoVersion('go1.23.5')).toEqual({ version: 'go1.23.5', experiments: [] })
    // Go 1.27 joins the experiments with "-X:".
    expect(splitGoVersion('go1.27.4-X:fieldtrack,nogreenteagc')).toEqual({
      version: 'go1.27.4',
      experiments: ['fieldtrack', 'nogreenteagc']
    })
  })
})
