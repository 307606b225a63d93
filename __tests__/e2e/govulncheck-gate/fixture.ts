/**
 * An offline world for govulncheck (1.9 with Go 1.27, and 1.0.4 with Go 1.22 for
 * the compatibility tests): a `file://` vulnerability database,
 * fixture dependencies served from a `GOPROXY=file://` folder (real module
 * zips, so versions are visible to govulncheck; no `replace` to local dirs),
 * and a repository with:
 *   app/   acme.test/app: calls parser.Parse (called) and url.Parse (stdlib,
 *          called), imports imponly without calling its vulnerable function
 *          (imported only), and requires `unused` without importing it
 *          (required, not imported: no finding expected)
 *   ws/    a go.work with two modules: svc calls parser.Parse, api imports imponly
 *   bad/   a module that does not compile
 *   rep/   requires imponly v0.3.1 but replaces it with the vulnerable v0.3.0
 *          (imported only: reported on the replace line)
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { writeGoProxy, type ProxyModule } from '../../helpers/goproxy.js'

export const IDS = {
  parser: 'GO-2098-0101',
  unused: 'GO-2098-0102',
  stdlib: 'GO-2098-0103',
  imponly: 'GO-2098-0104'
} as const

export const GHSA = {
  parser: 'GHSA-2x8q-p9m4-cvw7',
  imponly: 'GHSA-9fhw-r4q5-m6vj'
} as const

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

const PARSER_SOURCE = `package parser

// Parse is vulnerable in v1.4.1 (GO-2098-0101).
//
//go:noinline
func Parse(s string) string {
\tif len(s) > 3 {
\t\treturn s[:3]
\t}
\treturn s
}

// Version is safe.
func Version() string { return "1.4" }
`

const IMPONLY_SOURCE = `package imponly

// Bad is vulnerable (GO-2098-0104).
//
//go:noinline
func Bad(n int) int { return n * 2 }

// Good is safe.
//
//go:noinline
func Good(n int) int { return n + 1 }
`

function proxyModules(): ProxyModule[] {
  return [
    { path: 'acme.test/parser', version: 'v1.4.1', files: { 'parser.go': PARSER_SOURCE } },
    { path: 'acme.test/parser', version: 'v1.4.2', files: { 'parser.go': PARSER_SOURCE } },
    { path: 'acme.test/imponly', version: 'v0.3.0', files: { 'imponly.go': IMPONLY_SOURCE } },
    { path: 'acme.test/imponly', version: 'v0.3.1', files: { 'imponly.go': IMPONLY_SOURCE } },
    {
      path: 'acme.test/unused',
      version: 'v0.1.0',
      files: { 'unused.go': 'package unused\n\nfunc U() int { return 1 }\n' }
    }
  ]
}

interface OsvSpec {
  id: string
  module: string
  fixed: string
  aliases: string[]
  /** undefined: the whole module is vulnerable. */
  imports?: { path: string; symbols: string[] }[]
}

const OSVS: OsvSpec[] = [
  {
    id: IDS.parser,
    module: 'acme.test/parser',
    fixed: '1.4.2',
    aliases: ['CVE-2098-10101', GHSA.parser],
    imports: [{ path: 'acme.test/parser', symbols: ['Parse'] }]
  },
  { id: IDS.unused, module: 'acme.test/unused', fixed: '0.2.0', aliases: ['CVE-2098-10102'] },
  {
    id: IDS.stdlib,
    module: 'stdlib',
    // Above every Go the tests use (1.22.12 … 1.27.x), so the standard library is always affected.
    fixed: '1.27.99',
    aliases: ['CVE-2098-10103'],
    imports: [{ path: 'net/url', symbols: ['Parse'] }]
  },
  {
    id: IDS.imponly,
    module: 'acme.test/imponly',
    fixed: '0.3.1',
    aliases: [GHSA.imponly],
    imports: [{ path: 'acme.test/imponly', symbols: ['Bad'] }]
  }
]

/** The database layout govulncheck 1.0.4 reads from file:// (plain JSON, index/db.json optional but sent). */
function writeVulnDb(dir: string): string {
  write(path.join(dir, 'index', 'db.json'), JSON.stringify({ modified: '2098-01-02T00:00:00Z' }))
  const byModule = new Map<string, { id: string; modified: string; fixed: string }[]>()
  for (const spec of OSVS) {
    const entry = {
      schema_version: '1.3.1',
      id: spec.id,
      modified: '2098-01-02T00:00:00Z',
      published: '2098-01-01T00:00:00Z',
      aliases: spec.aliases,
      summary: `Test vulnerability in ${spec.module}`,
      details: `${spec.id} is a made-up vulnerability for go-ci-kit's tests.`,
      affected: [
        {
          package: { name: spec.module, ecosystem: 'Go' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: spec.fixed }] }],
          ...(spec.imports ? { ecosystem_specific: { imports: spec.imports } } : {})
        }
      ],
      references: [{ type: 'FIX', url: `https://example.test/${spec.id}` }],
      // govulncheck 1.0.4 dereferences this in text mode; keep every entry complete.
      database_specific: { url: `https://pkg.go.dev/vuln/${spec.id}` }
    }
    write(path.join(dir, 'ID', `${spec.id}.json`), JSON.stringify(entry, null, 2))
    byModule.set(spec.module, [
      ...(byModule.get(spec.module) ?? []),
      { id: spec.id, modified: entry.modified, fixed: spec.fixed }
    ])
  }
  write(
    path.join(dir, 'index', 'modules.json'),
    JSON.stringify([...byModule].map(([module, vulns]) => ({ path: module, vulns })))
  )
  write(
    path.join(dir, 'index', 'vulns.json'),
    JSON.stringify(
      OSVS.map(s => ({ id: s.id, modified: '2098-01-02T00:00:00Z', aliases: s.aliases }))
    )
  )
  return `file://${dir}`
}

function writeRepo(repo: string): void {
  write(
    path.join(repo, 'app', 'go.mod'),
    `module acme.test/app

go 1.22

require (
\tacme.test/imponly v0.3.0
\tacme.test/parser v1.4.1
\tacme.test/unused v0.1.0
)
`
  )
  write(
    path.join(repo, 'app', 'main.go'),
    `package main

import (
\t"fmt"
\t"net/url"

\t"acme.test/app/report"
\t"acme.test/imponly"
)

func main() {
\tu, err := url.Parse("https://example.test/a")
\tfmt.Println(u, err, report.Summarize("abcdef"), imponly.Good(1))
}
`
  )
  write(
    path.join(repo, 'app', 'report', 'report.go'),
    `package report

import "acme.test/parser"

// Summarize shortens a report title.
func Summarize(title string) string {
\treturn parser.Parse(title)
}
`
  )

  write(path.join(repo, 'ws', 'go.work'), 'go 1.22\n\nuse (\n\t./svc\n\t./api\n)\n')
  write(
    path.join(repo, 'ws', 'svc', 'go.mod'),
    'module acme.test/svc\n\ngo 1.22\n\nrequire acme.test/parser v1.4.1\n'
  )
  write(
    path.join(repo, 'ws', 'svc', 'svc.go'),
    'package svc\n\nimport "acme.test/parser"\n\n// Handle parses a request line.\nfunc Handle(line string) string {\n\treturn parser.Parse(line)\n}\n'
  )
  write(
    path.join(repo, 'ws', 'api', 'go.mod'),
    'module acme.test/api\n\ngo 1.22\n\nrequire acme.test/imponly v0.3.0\n'
  )
  write(
    path.join(repo, 'ws', 'api', 'api.go'),
    'package api\n\nimport "acme.test/imponly"\n\n// Next is safe.\nfunc Next(n int) int {\n\treturn imponly.Good(n)\n}\n'
  )

  write(
    path.join(repo, 'rep', 'go.mod'),
    'module acme.test/rep\n\ngo 1.22\n\nrequire acme.test/imponly v0.3.1\n\nreplace acme.test/imponly v0.3.1 => acme.test/imponly v0.3.0\n'
  )
  write(
    path.join(repo, 'rep', 'rep.go'),
    'package rep\n\nimport "acme.test/imponly"\n\n// Next is safe.\nfunc Next(n int) int {\n\treturn imponly.Good(n)\n}\n'
  )

  write(path.join(repo, 'bad', 'go.mod'), 'module acme.test/bad\n\ngo 1.22\n')
  write(path.join(repo, 'bad', 'bad.go'), 'package bad\n\nfunc Broken( {\n')
}

/** A directory whose `govulncheck` is the given real one, to put first on PATH. */
export function govulncheckBin(root: string, binary: string): string {
  const dir = path.join(root, `bin-${path.basename(binary)}`)
  mkdirSync(dir, { recursive: true })
  symlinkSync(binary, path.join(dir, 'govulncheck'))
  return dir
}

export interface VulnWorld {
  root: string
  repo: string
  goproxy: string
  db: string
}

export function buildVulnWorld(root: string): VulnWorld {
  const goproxy = writeGoProxy(path.join(root, 'proxy'), proxyModules())
  const db = writeVulnDb(path.join(root, 'vulndb'))
  const repo = path.join(root, 'repo')
  writeRepo(repo)
  return { root, repo, goproxy, db }
}

/** Only the Go-related variables (plus PATH/HOME) from a goEnv result, so runner variables stay the harness's. */
export function goVariables(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const picked: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('GO') || name === 'PATH' || name === 'HOME') picked[name] = value
  }
  return picked
}
