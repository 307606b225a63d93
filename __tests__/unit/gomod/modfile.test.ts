import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import { compareGoVersions, parseGoMod, parseGoWork } from '../../../src/core/gomod/index.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseGoWork', () => {
  it('reads go, toolchain, godebug, use (single and block), replace and comments', () => {
    const work = parseGoWork(
      [
        '// a workspace',
        'go 1.23.0 // language version',
        'toolchain go1.23.4',
        'godebug default=go1.21',
        'godebug (',
        '\tpanicnil=1',
        ')',
        'use ./api',
        'use (',
        '\t./tools // linters',
        '\t"./with space"',
        '\t`./raw`',
        '',
        ')',
        'replace example.com/a v1.0.0 => example.com/b v1.1.0',
        'replace (',
        '\texample.com/c => ../c',
        '\texample.com/d v0.1.0 => /abs/d',
        ')'
      ].join('\n'),
      'go.work'
    )
    expect(work.go).toBe('1.23.0')
    expect(work.toolchain).toBe('go1.23.4')
    expect(work.godebug).toEqual(['default=go1.21', 'panicnil=1'])
    expect(work.uses.map(use => use.path)).toEqual(['./api', './tools', './with space', './raw'])
    expect(work.uses.map(use => use.line)).toEqual([8, 10, 11, 12])
    expect(work.replaces).toEqual([
      {
        oldPath: 'example.com/a',
        oldVersion: 'v1.0.0',
        newPath: 'example.com/b',
        newVersion: 'v1.1.0',
        line: 15
      },
      {
        oldPath: 'example.com/c',
        oldVersion: undefined,
        newPath: '../c',
        newVersion: undefined,
        line: 17
      },
      {
        oldPath: 'example.com/d',
        oldVersion: 'v0.1.0',
        newPath: '/abs/d',
        newVersion: undefined,
        line: 18
      }
    ])
  })

  it('accepts CRLF line endings and an empty block', () => {
    const work = parseGoWork('go 1.22\r\nuse ()\r\nuse (\r\n\t./a\r\n)\r\n', 'go.work')
    expect(work.uses).toEqual([{ path: './a', line: 4 }])
  })

  it.each([
    ['go 1.22\nusee ./a\n', /^go\.work:2: unknown directive "usee"/, /did you mean "use"/],
    ['go 1.22\nuse (\n\t./a\n', /^go\.work:2: the use block is never closed/, /\)/],
    [
      'go 1.22\ngo 1.23\n',
      /^go\.work:2: repeated go statement \(the first is at line 1\)/,
      /one `go` line/
    ],
    ['go 1.x\n', /^go\.work:1: invalid go version "1\.x"/, /go 1\.23/],
    ['use ./a ./b\n', /^go\.work:1: usage: use \.\/local\/dir/, /use/],
    [
      'replace example.com/a => example.com/b\n',
      /^go\.work:1: replacement module without version/,
      /add a version/
    ],
    ['replace example.com/a v1 ./b\n', /^go\.work:1: usage: replace/, /=>/],
    ['use "./a\n', /^go\.work:1:5: unterminated quoted string/, /close/],
    ['/* no */\n', /^go\.work:1:1: mod files must use \/\/ comments/, /\/\//],
    ['use ./a )\n', /^go\.work:1:9: unexpected "\)"/, /block/],
    ['go (\n1.22\n)\n', /^go\.work:1: the go directive does not take a block/, /one line/],
    ['use (\n\t./a\n) x\n', /^go\.work:3: unexpected "x" after "\)"/, /own/],
    ['toolchain 1.23\n', /^go\.work:1: invalid toolchain "1\.23"/, /go1\.23\.4/]
  ])('reports %j with file:line and a fix', (text, message, fix) => {
    const error = errorOf(() => parseGoWork(text, 'go.work'))
    expect(error.message).toMatch(message)
    expect(error.fix).toMatch(fix)
  })
})

describe('parseGoMod', () => {
  it('reads module, go, toolchain, requires with // indirect and replaces', () => {
    const mod = parseGoMod(
      [
        'module example.com/app',
        'go 1.22.1',
        'toolchain go1.23.0',
        'require example.com/x v1.0.0',
        'require (',
        '\texample.com/y v0.2.0 // indirect',
        '\texample.com/z v0.3.0 // indirect; for tests',
        ')',
        'replace example.com/x => ./x',
        'exclude example.com/y v0.1.0',
        'retract [v1.0.0, v1.0.1]',
        'tool example.com/tool',
        'ignore ./node_modules'
      ].join('\r\n'),
      'go.mod'
    )
    expect(mod.module).toBe('example.com/app')
    expect(mod.go).toBe('1.22.1')
    expect(mod.toolchain).toBe('go1.23.0')
    expect(mod.requires).toEqual([
      { path: 'example.com/x', version: 'v1.0.0', indirect: false, line: 4 },
      { path: 'example.com/y', version: 'v0.2.0', indirect: true, line: 6 },
      { path: 'example.com/z', version: 'v0.3.0', indirect: true, line: 7 }
    ])
    expect(mod.replaces).toHaveLength(1)
    expect(mod.unknown).toEqual([])
  })

  it('rejects a conflicting go line, naming both lines', () => {
    const error = errorOf(() => parseGoMod('module a\ngo 1.21\n\ngo 1.22\n', 'api/go.mod'))
    expect(error.message).toBe('api/go.mod:4: repeated go statement (the first is at line 2)')
    expect(error.fix).toMatch(/keep exactly one `go` line/)
  })

  it('records unknown directives instead of failing (a newer Go may add some)', () => {
    expect(parseGoMod('module a\nfuture thing\n', 'go.mod').unknown).toEqual([
      { verb: 'future', line: 2 }
    ])
  })
})

describe('compareGoVersions', () => {
  it('orders language versions, release candidates and patches like the go command', () => {
    const sorted = ['1.22.1', '1.21rc1', '1.9', '1.21', '1.21.0', '1.14'].sort(compareGoVersions)
    expect(sorted).toEqual(['1.9', '1.14', '1.21', '1.21rc1', '1.21.0', '1.22.1'])
  })
})

describe('what the go command accepts (x/mod/modfile, as Go 1.27 reads it)', () => {
  it('reads a `module ( … )` block', () => {
    const mod = parseGoMod('module (\n\texample.com/blk // the path\n)\n\ngo 1.22\n', 'go.mod')
    expect(mod.module).toBe('example.com/blk')
    expect(mod.moduleLine).toBe(2)
    expect(mod.go).toBe('1.22')
  })

  it('still refuses two module paths, in a block or not', () => {
    expect(errorOf(() => parseGoMod('module (\n\ta.com/a\n\tb.com/b\n)\n', 'go.mod')).message).toBe(
      'go.mod:3: repeated module statement (the first is at line 2)'
    )
  })

  it('rejects a UTF-8 byte-order mark in go.mod and go.work with one line naming the file and the fix', () => {
    const mod = errorOf(() => parseGoMod('\uFEFFmodule example.com/bom\n\ngo 1.22\n', 'api/go.mod'))
    expect(mod.userMessage).toBe(
      'api/go.mod:1:1: unexpected input character U+FEFF (a byte-order mark); the go command rejects it. Fix: save api/go.mod as UTF-8 without a BOM (editors call it "UTF-8", not "UTF-8 with BOM")'
    )
    const work = errorOf(() => parseGoWork('\uFEFFgo 1.22\n\nuse ./a\n', 'go.work'))
    expect(work.message).toMatch(/^go\.work:1:1: unexpected input character U\+FEFF/)
    // Between tokens too: the go command skips only spaces, tabs and carriage returns.
    expect(errorOf(() => parseGoMod('module a.com/a\ngo\u00A01.22\n', 'go.mod')).message).toMatch(
      /^go\.mod:2:3: unexpected input character U\+00A0/
    )
  })
})

// The judgment above must be the go command's: run Go 1.27 on the same files.
describeIfTool(['go1.27'])('the same files through Go 1.27', () => {
  const cases: { name: string; text: string; accepted: boolean }[] = [
    { name: 'module block', text: 'module (\n\texample.com/blk\n)\n\ngo 1.22\n', accepted: true },
    { name: 'BOM', text: '\uFEFFmodule example.com/bom\n\ngo 1.22\n', accepted: false },
    { name: 'BOM in a comment', text: 'module a.com/a // \uFEFF\n\ngo 1.22\n', accepted: true },
    { name: 'no-break space', text: 'module a.com/a\ngo\u00A01.22\n', accepted: false },
    { name: 'form feed', text: 'module a.com/a\ngo\f1.22\n', accepted: false },
    { name: 'carriage return inside a line', text: 'module\ra.com/a\n', accepted: true }
  ]
  it.each(cases)('$name: accepted=$accepted', ({ text, accepted }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-modfile-'))
    try {
      writeFileSync(path.join(dir, 'go.mod'), text)
      const go = spawnSync('go', ['mod', 'edit', '-json'], {
        cwd: dir,
        env: goEnv('1.27'),
        encoding: 'utf8'
      })
      expect({ go: go.status === 0 }).toEqual({ go: accepted })
      let ours = true
      try {
        parseGoMod(text, 'go.mod')
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        ours = false
      }
      expect({ ours }).toEqual({ ours: accepted })
      if (accepted && text.includes('example.com/blk')) {
        expect(JSON.parse(go.stdout).Module.Path).toBe(parseGoMod(text, 'go.mod').module)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
