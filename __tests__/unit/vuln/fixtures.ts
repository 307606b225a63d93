/**
 * govulncheck streams for unit tests, shaped like real output: one
 * pretty-printed object after another (json.Encoder with two-space indent).
 * `v104` mirrors govulncheck 1.0.4 (absolute filenames, no scan_mode, no SBOM,
 * duplicate stdlib findings); `v11` mirrors v1.1.4+ (module-relative
 * filenames, scan_mode, SBOM).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { layoutFromModules, type ModuleLayout } from '../../../src/core/vuln/layout.js'

export function stream(messages: unknown[]): string {
  return messages.map(m => JSON.stringify(m, null, 2)).join('\n') + '\n'
}

export const WORKSPACE = '/repo'
export const GOROOT = '/usr/lib/go-1.22'
export const MODCACHE = '/home/runner/go/pkg/mod'

export function osv(id: string, module: string, fixed: string, aliases: string[] = []) {
  return {
    osv: {
      schema_version: '1.3.1',
      id,
      modified: '2024-01-01T00:00:00Z',
      published: '2024-01-01T00:00:00Z',
      aliases,
      summary: `Summary of ${id}`,
      details: `Details of ${id}`,
      affected: [
        {
          package: { name: module, ecosystem: 'Go' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }],
          ecosystem_specific: { imports: [{ path: module, symbols: ['Parse'] }] }
        }
      ],
      database_specific: { url: `https://pkg.go.dev/vuln/${id}` }
    }
  }
}

function finding(osvId: string, fixed: string, trace: unknown[]) {
  return { finding: { osv: osvId, fixed_version: fixed, trace } }
}

/** A source scan of /repo/app (module acme.test/app): parser.Parse is called, imponly imported, stdlib called. */
export function v104SourceStream(): string {
  return stream([
    {
      config: {
        protocol_version: 'v1.0.0',
        scanner_name: 'govulncheck',
        scanner_version: 'v0.0.0',
        db: 'file:///db',
        db_last_modified: '2024-01-01T00:00:00Z',
        go_version: 'go1.22.12',
        scan_level: 'symbol'
      }
    },
    {
      progress: {
        message:
          'Scanning your code and 48 packages across 3 dependent modules for known vulnerabilities...'
      }
    },
    osv('GO-2098-0101', 'acme.test/parser', '1.4.2', ['CVE-2098-0101', 'GHSA-aaaa-bbbb-cccc']),
    osv('GO-2098-0103', 'stdlib', '1.22.99', ['CVE-2098-0103']),
    osv('GO-2098-0104', 'acme.test/imponly', '0.3.1', ['GHSA-dddd-eeee-ffff']),
    osv('GO-2098-0199', 'acme.test/unrelated', '9.9.9'),
    finding('GO-2098-0101', 'v1.4.2', [{ module: 'acme.test/parser', version: 'v1.4.1' }]),
    finding('GO-2098-0103', 'v1.22.99', [
      { module: 'stdlib', version: 'v1.22.12', package: 'net/url' }
    ]),
    finding('GO-2098-0104', 'v0.3.1', [{ module: 'acme.test/imponly', version: 'v0.3.0' }]),
    finding('GO-2098-0104', 'v0.3.1', [
      { module: 'acme.test/imponly', version: 'v0.3.0', package: 'acme.test/imponly' }
    ]),
    finding('GO-2098-0101', 'v1.4.2', [
      { module: 'acme.test/parser', version: 'v1.4.1', package: 'acme.test/parser' }
    ]),
    // govulncheck 1.0.4 repeats this one.
    finding('GO-2098-0103', 'v1.22.99', [
      { module: 'stdlib', version: 'v1.22.12', package: 'net/url' }
    ]),
    finding('GO-2098-0101', 'v1.4.2', [
      {
        module: 'acme.test/parser',
        version: 'v1.4.1',
        package: 'acme.test/parser',
        function: 'Parse',
        position: {
          filename: `${MODCACHE}/acme.test/parser@v1.4.1/parser.go`,
          offset: 21,
          line: 3,
          column: 6
        }
      },
      {
        module: 'acme.test/app',
        package: 'acme.test/app/report',
        function: 'Summarize',
        position: { filename: `${WORKSPACE}/app/report/report.go`, offset: 97, line: 6, column: 21 }
      }
    ]),
    finding('GO-2098-0103', 'v1.22.99', [
      {
        module: 'stdlib',
        version: 'v1.22.12',
        package: 'net/url',
        function: 'Parse',
        position: { filename: `${GOROOT}/src/net/url/url.go`, offset: 13737, line: 473, column: 6 }
      },
      {
        module: 'acme.test/app',
        package: 'acme.test/app',
        function: 'main',
        position: { filename: `${WORKSPACE}/app/main.go`, offset: 101, line: 11, column: 19 }
      }
    ])
  ])
}

/** The same scan as govulncheck v1.1.4+ prints it: scan_mode, SBOM, module-relative filenames. */
export function v11SourceStream(): string {
  return stream([
    {
      config: {
        protocol_version: 'v1.0.0',
        scanner_name: 'govulncheck',
        scanner_version: 'v1.1.4',
        db: 'https://vuln.go.dev',
        go_version: 'go1.22.12',
        scan_level: 'symbol',
        scan_mode: 'source'
      }
    },
    {
      SBOM: {
        go_version: 'go1.22.12',
        modules: [{ path: 'acme.test/app' }, { path: 'acme.test/parser', version: 'v1.4.1' }],
        roots: ['acme.test/app']
      }
    },
    osv('GO-2098-0101', 'acme.test/parser', '1.4.2', ['CVE-2098-0101', 'GHSA-aaaa-bbbb-cccc']),
    finding('GO-2098-0101', 'v1.4.2', [{ module: 'acme.test/parser', version: 'v1.4.1' }]),
    finding('GO-2098-0101', 'v1.4.2', [
      {
        module: 'acme.test/parser',
        version: 'v1.4.1',
        package: 'acme.test/parser',
        function: 'Parse',
        receiver: '*Parser',
        position: { filename: 'parser.go', offset: 21, line: 3, column: 6 }
      },
      {
        module: 'acme.test/app',
        package: 'acme.test/app/report',
        function: 'Summarize',
        position: { filename: 'report/report.go', offset: 97, line: 6, column: 21 }
      },
      {
        module: 'acme.test/app',
        package: 'acme.test/app',
        function: 'main',
        position: { filename: 'main.go', offset: 101, line: 12, column: 2 }
      }
    ])
  ])
}

/** A 1.0.4 binary scan: no scan_mode, no go_version, symbol findings are one frame without position. */
export function v104BinaryStream(): string {
  return stream([
    {
      config: {
        protocol_version: 'v1.0.0',
        scanner_name: 'govulncheck',
        scanner_version: 'v0.0.0',
        db: 'file:///db',
        scan_level: 'symbol'
      }
    },
    { progress: { message: 'Scanning your binary for known vulnerabilities...' } },
    osv('GO-2098-0101', 'acme.test/parser', '1.4.2', ['GHSA-aaaa-bbbb-cccc']),
    osv('GO-2098-0103', 'stdlib', '1.22.99'),
    finding('GO-2098-0101', 'v1.4.2', [{ module: 'acme.test/parser', version: 'v1.4.1' }]),
    finding('GO-2098-0101', 'v1.4.2', [
      {
        module: 'acme.test/parser',
        version: 'v1.4.1',
        package: 'acme.test/parser',
        function: 'Parse'
      }
    ]),
    finding('GO-2098-0103', 'v1.22.99', [
      { module: 'stdlib', version: 'v1.22.12', package: 'net/url', function: 'Parse' }
    ])
  ])
}

export const APP_GO_MOD = `module acme.test/app

go 1.22

require (
\tacme.test/imponly v0.3.0
\tacme.test/parser v1.4.1 // indirect
\tacme.test/unused v0.1.0
)
`

export function appLayout(): ModuleLayout {
  return layoutFromModules(WORKSPACE, path.join(WORKSPACE, 'app'), [
    { path: 'acme.test/app', dir: path.join(WORKSPACE, 'app'), goModText: APP_GO_MOD }
  ])
}

export async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8')
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

/** A file of real govulncheck output under __tests__/fixtures/vuln (see its README). */
export function realFixture(name: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/vuln', name)
}
