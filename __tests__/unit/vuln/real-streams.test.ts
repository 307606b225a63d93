/**
 * The stream reader on real govulncheck output (govulncheck's own test data run
 * through the Debian govulncheck 1.9.0 and 1.0.4 builds; see
 * __tests__/fixtures/vuln/README.md).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { collectingLogger } from '../../../src/core/report.js'
import { parseGovulncheckFile } from '../../../src/core/vuln/stream.js'
import { realFixture as fixture } from './fixtures.js'

async function failure(name: string): Promise<string> {
  try {
    await parseGovulncheckFile(fixture(name), { displayName: name })
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error(`expected ${name} to be rejected`)
}

describe('real govulncheck streams', () => {
  it('refuses the stdout of a failed run (config only) as incomplete', async () => {
    expect(readFileSync(fixture('govulncheck-1.9/failed-pattern.stream'), 'utf8')).toMatch(
      /^\{\n {2}"config"/
    )
    expect(await failure('govulncheck-1.9/failed-pattern.stream')).toBe(
      'govulncheck-1.9/failed-pattern.stream: the stream is incomplete: govulncheck wrote its config and then nothing (no progress, SBOM or finding), which is what a failed run leaves behind (a build error, or no package matched). Fix: run govulncheck again and check its exit code and stderr (with `set -o pipefail` when you pipe it); only the stdout of a run that exited 0 can be gated'
    )
  })

  it('refuses a -mode query stream: OSV entries, no findings about the code', async () => {
    expect(await failure('govulncheck-1.9/query.stream')).toMatch(
      /^govulncheck-1\.9\/query\.stream:1: this is a `govulncheck -mode query` stream: .*nothing to gate/
    )
  })

  it('keeps govulncheck’s own warnings (a go1.12 binary: only the standard library is checked)', async () => {
    const logger = collectingLogger()
    const scan = await parseGovulncheckFile(fixture('govulncheck-1.9/binary-old-go.stream'), {
      logger
    })
    expect(scan.warnings).toEqual([
      'binary built with Go version go1.12.10, only standard library vulnerabilities will be checked',
      'failed to extract build system specification GOOS:  GOARCH:'
    ])
    expect(logger.lines.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
      'govulncheck: binary built with Go version go1.12.10, only standard library vulnerabilities will be checked',
      'govulncheck: failed to extract build system specification GOOS:  GOARCH:'
    ])
    expect(scan.scanMode).toBe('binary')
    expect(scan.vulns.get('GO-2022-0969')?.level).toBe('called')
  })

  it('reads govulncheck 1.9 source scans at every level', async () => {
    for (const [name, level] of [
      ['symbol', 'symbol'],
      ['package', 'package'],
      ['module', 'module']
    ] as const) {
      const scan = await parseGovulncheckFile(fixture(`govulncheck-1.9/vendored-${name}.stream`))
      expect(scan.scanLevel).toBe(level)
      expect(scan.config?.scanner_version).toBe('v0.0.0')
      expect([...scan.vulns.keys()].sort()).toEqual(
        ['GO-2020-0015', 'GO-2021-0054', 'GO-2021-0113', 'GO-2021-0265'].sort()
      )
    }
  })
})
