import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { discoverLayout, layoutFromModules } from '../../../src/core/vuln/layout.js'
import { parseGoMod, parseGoWork } from '../../../src/core/gomod/index.js'
import { locateFrame, userCallSite } from '../../../src/core/vuln/paths.js'
import {
  fixDescription,
  packageName,
  symbolName,
  upgradeCommand
} from '../../../src/core/vuln/symbols.js'
import { APP_GO_MOD, GOROOT, MODCACHE, WORKSPACE, appLayout } from './fixtures.js'

describe("go.mod and go.work (the cache core's reader, with the lines the gate points at)", () => {
  it('reads require lines in blocks and single lines, with comments and quotes', () => {
    const goMod = parseGoMod(
      `// header comment
module "acme.test/app" // the app

go 1.22.3
toolchain go1.22.5

require acme.test/single v1.0.0
require (
\t// a comment line
\tacme.test/imponly v0.3.0
\tacme.test/parser v1.4.1 // indirect
)
replace acme.test/single => acme.test/other v1.1.0
`,
      'go.mod'
    )
    expect(goMod).toMatchObject({
      module: 'acme.test/app',
      moduleLine: 2,
      go: '1.22.3',
      goLine: 4,
      toolchain: 'go1.22.5',
      toolchainLine: 5
    })
    expect(goMod.requires).toEqual([
      { path: 'acme.test/single', version: 'v1.0.0', line: 7, indirect: false },
      { path: 'acme.test/imponly', version: 'v0.3.0', line: 10, indirect: false },
      { path: 'acme.test/parser', version: 'v1.4.1', line: 11, indirect: true }
    ])
  })

  it('reads use directives and the go line', () => {
    const work = parseGoWork(
      'go 1.22\n\nuse ./svc\nuse (\n\t./app // main\n\t"./lib"\n)\n',
      'go.work'
    )
    expect(work.uses).toEqual([
      { path: './svc', line: 3 },
      { path: './app', line: 5 },
      { path: './lib', line: 6 }
    ])
    expect(work).toMatchObject({ go: '1.22', goLine: 1 })
  })

  it('discovers the main modules from go.work, else the nearest go.mod', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-layout-'))
    try {
      mkdirSync(path.join(root, 'ws', 'svc', 'internal'), { recursive: true })
      mkdirSync(path.join(root, 'ws', 'app'), { recursive: true })
      writeFileSync(path.join(root, 'ws', 'go.work'), 'go 1.22\n\nuse (\n\t./svc\n\t./app\n)\n')
      writeFileSync(path.join(root, 'ws', 'svc', 'go.mod'), 'module acme.test/svc\n')
      writeFileSync(path.join(root, 'ws', 'app', 'go.mod'), APP_GO_MOD)
      const work = discoverLayout({ workspace: root, workingDirectory: path.join(root, 'ws') })
      expect(work.goWorkPath).toBe('ws/go.work')
      expect(work.modules.map(m => [m.path, m.goModPath])).toEqual([
        ['acme.test/svc', 'ws/svc/go.mod'],
        ['acme.test/app', 'ws/app/go.mod']
      ])
      const single = discoverLayout({
        workspace: root,
        workingDirectory: path.join(root, 'ws', 'svc', 'internal'),
        env: { GOWORK: 'off' }
      })
      expect(single.modules.map(m => m.goModPath)).toEqual(['ws/svc/go.mod'])

      writeFileSync(path.join(root, 'ws', 'go.work'), 'go 1.22\n\nuse ./missing\n')
      expect(() =>
        discoverLayout({ workspace: root, workingDirectory: path.join(root, 'ws') })
      ).toThrow('ws/go.work:3: use ./missing: no go.mod in that directory')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('discoverLayout follows the go command on GOWORK (shared findGoWork)', () => {
  it('treats GOWORK=auto as a search, and refuses a GOWORK file that does not exist', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-gowork-'))
    try {
      mkdirSync(path.join(root, 'ws', 'svc'), { recursive: true })
      writeFileSync(path.join(root, 'ws', 'go.work'), 'go 1.22\n\nuse ./svc\n')
      writeFileSync(path.join(root, 'ws', 'svc', 'go.mod'), 'module acme.test/svc\n')
      const svc = path.join(root, 'ws', 'svc')
      // Before: `auto` was taken as a path, so the go.work was silently ignored.
      const auto = discoverLayout({
        workspace: root,
        workingDirectory: svc,
        env: { GOWORK: 'auto' }
      })
      expect(auto.goWorkPath).toBe('ws/go.work')
      // Before: a missing GOWORK file silently meant "no go.work"; the go command fails.
      const missing = path.join(root, 'nope.work')
      expect(() =>
        discoverLayout({ workspace: root, workingDirectory: svc, env: { GOWORK: missing } })
      ).toThrow(/GOWORK names .*nope\.work, which does not exist/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('locateFrame', () => {
  const layout = appLayout()

  it('maps main-module frames to repository paths, relative or absolute', () => {
    expect(
      locateFrame(
        {
          module: 'acme.test/app',
          package: 'acme.test/app/report',
          position: { filename: 'report/report.go', line: 6, column: 21 }
        },
        layout
      )
    ).toMatchObject({ kind: 'repo', path: 'app/report/report.go', line: 6, column: 21 })
    expect(
      locateFrame(
        {
          module: 'acme.test/app',
          position: { filename: `${WORKSPACE}/app/main.go`, line: 11, column: 19 }
        },
        layout
      )
    ).toMatchObject({ kind: 'repo', path: 'app/main.go', line: 11 })
  })

  it('maps the standard library to GOROOT and dependencies to the module cache', () => {
    expect(
      locateFrame(
        {
          module: 'stdlib',
          version: 'v1.22.12',
          position: { filename: `${GOROOT}/src/net/url/url.go`, line: 473 }
        },
        layout
      )
    ).toEqual({
      kind: 'stdlib',
      uri: 'src/net/url/url.go',
      line: 473,
      column: undefined
    })
    expect(
      locateFrame({ module: 'stdlib', position: { filename: 'net/url/url.go', line: 1 } }, layout)
    ).toMatchObject({
      kind: 'stdlib',
      uri: 'src/net/url/url.go'
    })
    expect(
      locateFrame(
        {
          module: 'acme.test/parser',
          version: 'v1.4.1',
          position: { filename: `${MODCACHE}/acme.test/parser@v1.4.1/parser.go`, line: 3 }
        },
        layout
      )
    ).toMatchObject({ kind: 'external', uri: 'acme.test/parser@v1.4.1/parser.go' })
    expect(
      locateFrame(
        {
          module: 'acme.test/parser',
          version: 'v1.4.1',
          position: { filename: 'parser.go', line: 3 }
        },
        layout
      )
    ).toMatchObject({
      kind: 'external',
      uri: 'acme.test/parser@v1.4.1/parser.go'
    })
  })

  it('never calls a file outside the workspace a repository path', () => {
    expect(
      locateFrame(
        { module: 'acme.test/app', position: { filename: '/elsewhere/app/main.go', line: 2 } },
        layout
      )
    ).toMatchObject({
      kind: 'outside'
    })
    expect(locateFrame({ module: 'acme.test/app' }, layout)).toBeUndefined()
  })

  it('treats version-less frames as the user code when no go.mod is known', () => {
    const bare = layoutFromModules('/repo', '/repo/app', [])
    expect(
      locateFrame({ module: 'example.com/x', position: { filename: 'a.go', line: 1 } }, bare)
    ).toMatchObject({
      kind: 'repo',
      path: 'app/a.go'
    })
  })

  it('finds the user call site: the first main-module frame from the vulnerable symbol', () => {
    const trace = [
      { module: 'stdlib', version: 'v1.22.12', package: 'net/url', function: 'Parse' },
      { module: 'acme.test/lib', version: 'v1.0.0', package: 'acme.test/lib', function: 'Load' },
      {
        module: 'acme.test/app',
        package: 'acme.test/app/report',
        function: 'Summarize',
        position: { filename: 'report/report.go', line: 9 }
      },
      { module: 'acme.test/app', package: 'acme.test/app', function: 'main' }
    ]
    const site = userCallSite(trace, layout)!
    expect(symbolName(site.frame)).toBe('report.Summarize')
    expect(symbolName(site.callee)).toBe('lib.Load')
    expect(userCallSite(trace.slice(0, 2), layout)).toBeUndefined()
  })
})

describe('names', () => {
  it('names symbols the way Go code reads', () => {
    expect(packageName('github.com/go-yaml/yaml/v3')).toBe('yaml')
    expect(packageName('gopkg.in/yaml.v2')).toBe('yaml')
    expect(
      symbolName({
        module: 'm',
        package: 'github.com/tidwall/gjson',
        function: 'Get',
        receiver: '*Result'
      })
    ).toBe('gjson.Result.Get')
    expect(symbolName({ module: 'm', package: 'm/p' })).toBe('m/p')
  })

  it('describes fixes and upgrades, with Go releases for the standard library', () => {
    expect(fixDescription('acme.test/parser', 'v1.4.2')).toBe('acme.test/parser v1.4.2')
    expect(fixDescription('stdlib', 'v1.22.5')).toBe('Go 1.22.5')
    expect(fixDescription('acme.test/parser', undefined)).toBe(
      'no fixed version of acme.test/parser yet'
    )
    expect(upgradeCommand('acme.test/parser', 'v1.4.2')).toBe('go get acme.test/parser@v1.4.2')
    expect(upgradeCommand('stdlib', 'v1.22.5')).toBe('go get toolchain@go1.22.5')
    expect(upgradeCommand('acme.test/parser', undefined)).toBeUndefined()
  })
})
