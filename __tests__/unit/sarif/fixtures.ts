/**
 * Fixtures for the SARIF tests: a go.work repository with two modules, and
 * hand-written SARIF that reproduces each documented producer quirk
 * (shared/reference/sarif.md §5). Built in temp directories; call `cleanup`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { collectingLogger } from '../../../src/core/report.js'
import { oasisProblems } from './oasis.js'
import {
  prepareSarif,
  type PrepareOptions,
  type PreparedSarif
} from '../../../src/core/sarif/prepare.js'

export interface TempRepo {
  dir: string
  write(relative: string, content: string | object): string
  cleanup(): void
}

export function tempDir(prefix = 'gck-sarif-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function tempRepo(files: Record<string, string> = WORKSPACE_FILES): TempRepo {
  const dir = tempDir()
  const write = (relative: string, content: string | object) => {
    const file = path.join(dir, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
    return file
  }
  for (const [relative, content] of Object.entries(files)) write(relative, content)
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A go.work with modules moda and modb; both have a main.go, so bare `main.go` is ambiguous. */
export const WORKSPACE_FILES: Record<string, string> = {
  'go.work': 'go 1.22\n\nuse (\n\t./moda\n\t./modb\n)\n',
  'moda/go.mod': 'module example.com/moda\n\ngo 1.22\n\nrequire golang.org/x/text v0.3.7\n',
  'moda/main.go':
    'package main\n\nimport "example.com/moda/pkg"\n\nfunc main() {\n\tx := 1\n\tx = 2\n\t_ = x\n\tpkg.Run()\n}\n',
  'moda/pkg/run.go': 'package pkg\n\nimport "os"\n\nfunc Run() {\n\tos.Remove("x")\n}\n',
  'modb/go.mod': 'module example.com/modb\n\ngo 1.22\n',
  'modb/main.go': 'package main\n\nfunc main() {\n\tprintln("b")\n}\n',
  'modb/util/strings.go':
    'package util\n\n// Upper ünïcödé\nfunc Upper(s string) string { return s }\n',
  'tools/lint/.golangci.yml': 'version: "2"\n'
}

export function sarifLog(
  runs: unknown[],
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs,
    ...extra
  }
}

export function location(
  uri: string,
  line?: number,
  column?: number,
  extra: Record<string, unknown> = {}
) {
  return {
    physicalLocation: {
      artifactLocation: { uri, ...extra },
      ...(line === undefined
        ? {}
        : { region: { startLine: line, ...(column === undefined ? {} : { startColumn: column }) } })
    }
  }
}

/**
 * golangci-lint (pkg/printers/sarif.go): no version, no rules, `index: 0`
 * without artifacts; v2 writes paths relative to the config file's directory
 * (here tools/lint/), and before v1.60 levels such as `high` passed through.
 */
export function golangciRun(uris: string[] = ['../../moda/main.go', '../../moda/pkg/run.go']) {
  return {
    tool: { driver: { name: 'golangci-lint' } },
    results: [
      {
        ruleId: 'ineffassign',
        level: 'warning',
        message: { text: 'ineffectual assignment to x' },
        locations: [location(uris[0], 6, 2, { index: 0 })]
      },
      {
        ruleId: 'errcheck',
        level: 'high',
        message: { text: 'Error return value of `os.Remove` is not checked' },
        locations: [location(uris[1], 6, 11, { index: 0 })]
      }
    ]
  }
}

/**
 * staticcheck 2024.1 (lintcmd/sarif.go): `%SRCROOT%` without
 * originalUriBaseIds, the working directory as a file:// URI, rules without
 * fullDescription, and 0 columns for position-less diagnostics.
 */
export function staticcheckRun(workingDirectory: string) {
  return {
    tool: {
      driver: {
        name: 'Staticcheck',
        version: '2024.1',
        informationUri: 'https://staticcheck.dev',
        rules: [
          {
            id: 'SA4006',
            shortDescription: {
              text: 'A value assigned to a variable is never read before being overwritten'
            },
            helpUri: 'https://staticcheck.dev/docs/checks#SA4006',
            help: { text: 'Forgotten error checks or dead code' },
            defaultConfiguration: { enabled: true, level: 'error' }
          },
          {
            id: 'compile',
            shortDescription: { text: 'compile error' },
            defaultConfiguration: { enabled: true, level: 'error' }
          }
        ]
      }
    },
    invocations: [
      { executionSuccessful: true, workingDirectory: { uri: `file://${workingDirectory}` } }
    ],
    results: [
      {
        ruleId: 'SA4006',
        level: 'error',
        message: { text: 'this value of x is never used [x](1)' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'main.go', uriBaseId: '%SRCROOT%' },
              region: { startLine: 6, startColumn: 2, endLine: 6, endColumn: 3 }
            }
          }
        ],
        relatedLocations: [{ id: 1, ...location('main.go', 7, 2, { uriBaseId: '%SRCROOT%' }) }]
      },
      {
        ruleId: 'compile',
        level: 'error',
        message: { text: 'position-less diagnostic' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'main.go', uriBaseId: '%SRCROOT%' },
              region: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 }
            }
          }
        ]
      }
    ]
  }
}

/** gosec (report/sarif/formatter.go): an empty URI for files outside its scan roots; tags; ruleIndex. */
export function gosecRun() {
  return {
    tool: {
      driver: {
        name: 'gosec',
        version: '2.21.4',
        semanticVersion: '2.21.4',
        rules: [
          {
            id: 'G104',
            name: 'Audit errors not checked',
            shortDescription: { text: 'Audit errors not checked' },
            fullDescription: { text: 'Errors unhandled' },
            help: { text: 'Errors unhandled' },
            properties: { tags: ['security', 'LOW', 'security'], precision: 'high' },
            defaultConfiguration: { level: 'warning' }
          }
        ]
      }
    },
    results: [
      {
        ruleId: 'G104',
        ruleIndex: 0,
        level: 'warning',
        message: { text: 'Errors unhandled' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: '' },
              region: {
                startLine: 6,
                endLine: 6,
                startColumn: 2,
                endColumn: 2,
                snippet: { text: 'os.Remove("x")' }
              }
            }
          }
        ]
      },
      {
        ruleId: 'G104',
        ruleIndex: 0,
        level: 'warning',
        message: { text: 'Errors unhandled' },
        locations: [location('moda/pkg/run.go', 6, 2)]
      }
    ],
    taxonomies: [{ name: 'CWE', version: '4.4', taxa: [{ id: '703' }] }]
  }
}

/**
 * govulncheck (internal/sarif/handler.go): primary location `go.mod` line 1
 * relative to the module (%SRCROOT%), duplicate alias tags and stacks, stack
 * frames in %GOROOT% and %GOMODCACHE%, and (before v1.1.4) null results/tags.
 */
export function govulncheckRun(options: { nullResults?: boolean } = {}) {
  const frame = (uri: string, base: string, line: number, text: string) => ({
    module: 'example.com/moda',
    location: { ...location(uri, line, 1, { uriBaseId: base }), message: { text } }
  })
  const stack = {
    message: { text: 'A call stack for vulnerable function golang.org/x/text/language.Parse' },
    frames: [
      frame('main.go', '%SRCROOT%', 9, 'example.com/moda.main'),
      frame('pkg/run.go', '%SRCROOT%', 6, 'example.com/moda/pkg.Run'),
      frame(
        'golang.org/x/text@v0.3.7/language/parse.go',
        '%GOMODCACHE%',
        1,
        'golang.org/x/text/language.Parse'
      ),
      frame('src/os/file.go', '%GOROOT%', 1, 'os.Remove')
    ]
  }
  return {
    tool: {
      driver: {
        name: 'govulncheck',
        semanticVersion: 'v1.1.3',
        informationUri: 'https://golang.org/x/vuln',
        properties: { protocol_version: 'v1.0.0', scan_level: 'symbol', nested: null },
        rules: [
          {
            id: 'GO-2022-1059',
            shortDescription: {
              text: '[GO-2022-1059] Denial of service via crafted Accept-Language header'
            },
            fullDescription: {
              text: 'Denial of service via crafted Accept-Language header in golang.org/x/text/language'
            },
            help: { text: 'An attacker may cause a denial of service.' },
            helpUri: 'https://pkg.go.dev/vuln/GO-2022-1059',
            properties: { tags: ['CVE-2022-32149', 'GHSA-69ch-w2m2-3vjp', 'CVE-2022-32149'] }
          },
          {
            id: 'GO-2099-0001',
            shortDescription: { text: '[GO-2099-0001] Nothing' },
            fullDescription: { text: 'Nothing' },
            help: { text: 'Nothing' },
            properties: { tags: null }
          }
        ]
      }
    },
    results: options.nullResults
      ? null
      : [
          {
            ruleId: 'GO-2022-1059',
            level: 'error',
            message: {
              text: 'Your code calls vulnerable functions in 1 package (golang.org/x/text/language).'
            },
            locations: [
              {
                ...location('go.mod', 1, undefined, { uriBaseId: '%SRCROOT%' }),
                message: { text: 'Findings for vulnerability GO-2022-1059' }
              }
            ],
            stacks: [stack, structuredClone(stack)]
          }
        ]
  }
}

export function silent() {
  return collectingLogger()
}

export async function prepare(
  repo: TempRepo,
  inputs: string[],
  extra: Partial<PrepareOptions> = {}
): Promise<PreparedSarif & { log: ReturnType<typeof collectingLogger> }> {
  const log = collectingLogger()
  const prepared = await prepareSarif({
    inputs,
    cwd: repo.dir,
    checkoutDir: repo.dir,
    baseDirs: {},
    logger: log,
    ...extra
  })
  // Every output of normalize, merge and split must be valid SARIF 2.1.0, not only our subset.
  for (const upload of prepared.uploads) {
    const problems = oasisProblems(upload.json)
    if (problems.length > 0)
      throw new Error(`upload ${upload.index} fails the OASIS schema: ${problems.join('; ')}`)
  }
  return { ...prepared, log }
}
