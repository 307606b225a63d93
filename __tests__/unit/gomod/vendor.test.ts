import { describe, expect, it } from '@jest/globals'
import { parseGoMod } from '../../../src/core/gomod/index.js'
import {
  decideModuleVendorMode,
  decideWorkspaceVendorMode,
  modFlag,
  parseModulesTxt,
  vendorInconsistencies
} from '../../../src/core/gomod/index.js'

const modulesTxt = [
  '# a.com/a v1.0.0',
  '## explicit; go 1.20',
  'a.com/a',
  'a.com/a/sub',
  '# b.com/b v0.2.0 => b.com/fork v0.2.1',
  '## explicit',
  'b.com/b',
  '# c.com/c v1.1.0',
  'c.com/c',
  '# d.com/d => ./local/d',
  ''
].join('\n')

const goMod = [
  'module example.com/app',
  'go 1.22',
  'require (',
  '\ta.com/a v1.0.0',
  '\tb.com/b v0.2.0',
  '\tc.com/c v1.1.0 // indirect',
  ')',
  'replace b.com/b v0.2.0 => b.com/fork v0.2.1',
  'replace d.com/d => ./local/d'
].join('\n')

describe('modules.txt', () => {
  it('parses modules, explicit markers, replacements and the workspace marker', () => {
    const txt = parseModulesTxt('## workspace\n' + modulesTxt)
    expect(txt.workspace).toBe(true)
    expect(txt.modules.get('a.com/a')).toEqual({ version: 'v1.0.0', explicit: true })
    expect(txt.modules.get('b.com/b')).toEqual({
      version: 'v0.2.0',
      explicit: true,
      replacement: 'b.com/fork v0.2.1'
    })
    expect(txt.modules.get('c.com/c')).toEqual({ version: 'v1.1.0', explicit: false })
    expect(txt.wildcardReplacements.get('d.com/d')).toBe('./local/d')
  })

  it('flags a required module without ## explicit, and nothing once it is marked', () => {
    // c.com/c is required (indirect) but not explicit: the go command (1.17+) flags that too.
    const problems = vendorInconsistencies(parseGoMod(goMod, 'go.mod'), parseModulesTxt(modulesTxt))
    expect(problems).toEqual([
      'c.com/c is required in go.mod but not marked "## explicit" in vendor/modules.txt'
    ])
    const fixed = parseModulesTxt(
      modulesTxt.replace('# c.com/c v1.1.0\n', '# c.com/c v1.1.0\n## explicit\n')
    )
    expect(vendorInconsistencies(parseGoMod(goMod, 'go.mod'), fixed)).toEqual([])
  })

  it('reports version, replacement and explicit mismatches', () => {
    const txt = parseModulesTxt(
      modulesTxt
        .replace('# a.com/a v1.0.0', '# a.com/a v0.9.0')
        .replace('b.com/fork v0.2.1', 'b.com/other v1.0.0')
        .replace(
          '# c.com/c v1.1.0\n',
          '# c.com/c v1.1.0\n## explicit\n# e.com/e v1.0.0\n## explicit\n'
        )
    )
    expect(vendorInconsistencies(parseGoMod(goMod, 'go.mod'), txt)).toEqual([
      'go.mod requires a.com/a v1.0.0 but vendor/modules.txt has v0.9.0',
      'e.com/e is marked explicit in vendor/modules.txt but not required in go.mod',
      'go.mod replaces b.com/b with b.com/fork v0.2.1 but vendor/modules.txt says b.com/other v1.0.0'
    ])
  })

  it('does not check explicit markers before go 1.17 when modules.txt has none', () => {
    const old = parseGoMod('module m\ngo 1.15\nrequire a.com/a v1.0.0\n', 'go.mod')
    expect(vendorInconsistencies(old, parseModulesTxt('# a.com/a v1.0.0\na.com/a\n'))).toEqual([])
  })
})

describe('vendor mode decisions', () => {
  const mod = parseGoMod('module m\ngo 1.22\n', 'go.mod')

  it('reads the last -mod flag from GOFLAGS', () => {
    expect(modFlag('-mod=vendor -trimpath --mod=mod')).toBe('mod')
    expect(modFlag('-trimpath')).toBeUndefined()
  })

  it('uses vendor/ for go >= 1.14 with a consistent modules.txt', () => {
    expect(
      decideModuleVendorMode({
        goflags: '',
        mod,
        vendorDirExists: true,
        modulesTxt: parseModulesTxt('')
      }).vendorMode
    ).toBe(true)
    expect(decideModuleVendorMode({ goflags: '', mod, vendorDirExists: false }).vendorMode).toBe(
      false
    )
    expect(
      decideModuleVendorMode({ goflags: '-mod=readonly', mod, vendorDirExists: true }).reason
    ).toBe('GOFLAGS sets -mod=readonly')
    expect(
      decideModuleVendorMode({
        goflags: '',
        mod: parseGoMod('module m\n', 'go.mod'),
        vendorDirExists: true
      }).reason
    ).toBe('go.mod has no go line, so vendor/ is not used')
  })

  it('in workspace mode needs a ## workspace modules.txt next to go.work', () => {
    const txt = parseModulesTxt('## workspace\n')
    expect(
      decideWorkspaceVendorMode({
        goflags: '',
        workGo: '1.22',
        vendorDirExists: true,
        modulesTxt: txt,
        mods: [mod]
      }).vendorMode
    ).toBe(true)
    expect(
      decideWorkspaceVendorMode({
        goflags: '',
        workGo: '1.22',
        vendorDirExists: true,
        modulesTxt: parseModulesTxt(''),
        mods: [mod]
      }).reason
    ).toMatch(/not a workspace vendor directory/)
    expect(
      decideWorkspaceVendorMode({
        goflags: '',
        workGo: '1.22',
        vendorDirExists: true,
        modulesTxt: txt,
        mods: [parseGoMod('module m\ngo 1.22\nrequire x.com/x v1.0.0\n', 'go.mod')]
      }).reason
    ).toMatch(/lacks x\.com\/x/)
  })
})
