import { describe, expect, it } from '@jest/globals'
import { collectingLogger } from '../../../src/core/report.js'
import { matchAllowList, parseAllowList } from '../../../src/core/vuln/allowlist.js'

function errorOf(text: string): string {
  try {
    parseAllowList(text, 'osv-scanner.toml')
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error('expected the file to be rejected')
}

const FILE = `# Shared with osv-scanner
GoVersionOverride = "1.22.4"

[[IgnoredVulns]]
id = "GO-2098-0101"
ignoreUntil = 2099-01-01
reason = "Parse only sees trusted input"

[[IgnoredVulns]]
id = "CVE-2098-0103" # an alias works too
ignoreUntil = 2020-06-30T12:00:00Z
reason = "old"

[[IgnoredVulns]]
id = "GHSA-dddd-eeee-ffff"

[[PackageOverrides]]
name = "golang.org/x/net"
ecosystem = "Go"
`

describe('parseAllowList', () => {
  it('reads osv-scanner entries with their lines and skips other osv-scanner sections', () => {
    const logger = collectingLogger()
    const list = parseAllowList(FILE, 'osv-scanner.toml', logger)
    expect(list.entries).toEqual([
      {
        id: 'GO-2098-0101',
        ignoreUntil: new Date('2099-01-01T00:00:00Z'),
        reason: 'Parse only sees trusted input',
        file: 'osv-scanner.toml',
        line: 4
      },
      {
        id: 'CVE-2098-0103',
        ignoreUntil: new Date('2020-06-30T12:00:00Z'),
        reason: 'old',
        file: 'osv-scanner.toml',
        line: 9
      },
      { id: 'GHSA-dddd-eeee-ffff', file: 'osv-scanner.toml', line: 14, reason: undefined }
    ])
    expect(logger.lines.filter(l => l.level === 'warning')).toEqual([])
  })

  it('names the line and key of an unknown key in an entry', () => {
    expect(
      errorOf(
        '[[IgnoredVulns]]\nid = "GO-1"\n\n[[IgnoredVulns]]\nid = "GO-2"\nexpires = 2030-01-01\n'
      )
    ).toBe(
      'osv-scanner.toml:6: unknown key "expires" in IgnoredVulns entry 2. Fix: allowed keys are id, ignoreUntil, reason'
    )
  })

  it('names the line and key of an unknown top-level key', () => {
    expect(errorOf('[[IgnoredVulns]]\nid = "GO-1"\n\n[IgnoreList]\nids = ["GO-2"]\n')).toMatch(
      /^osv-scanner\.toml:4: unknown key "IgnoreList"/
    )
    expect(errorOf('ignored = ["GO-1"]\n')).toMatch(/^osv-scanner\.toml:1: unknown key "ignored"/)
  })

  it('names the line, column and key of an impossible date', () => {
    expect(errorOf('[[IgnoredVulns]]\nid = "GO-1"\nignoreUntil = 2024-13-45\n')).toMatch(
      /^osv-scanner\.toml:3:\d+: invalid TOML: invalid date \(key "ignoreUntil"\)/
    )
  })

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(errorOf('[[IgnoredVulns]]\nid = "GO-1"\nignoreUntil = 2025-02-30\n')).toMatch(
      /^osv-scanner\.toml:3: ignoreUntil: 2025-02-30 is not a valid date/
    )
  })

  it('refuses a date written as free text, naming the line', () => {
    expect(
      errorOf('[[IgnoredVulns]]\nid = "GO-1"\nreason = "x"\nignoreUntil = "next week"\n')
    ).toBe(
      'osv-scanner.toml:4: ignoreUntil: "next week" is not a valid date. Fix: write a real calendar date such as ignoreUntil = 2026-01-31 (or a date-time with a zone)'
    )
  })

  it('accepts a quoted ISO date', () => {
    const [entry] = parseAllowList(
      '[[IgnoredVulns]]\nid = "GO-1"\nignoreUntil = "2030-01-02"\n',
      'f'
    ).entries
    expect(entry.ignoreUntil).toEqual(new Date('2030-01-02T00:00:00Z'))
  })

  it('requires an id', () => {
    expect(errorOf('[[IgnoredVulns]]\nreason = "no id"\n')).toMatch(
      /^osv-scanner\.toml:1: IgnoredVulns entry 1: "id" must be a non-empty string/
    )
    expect(errorOf('[[IgnoredVulns]]\nid = 42\n')).toMatch(
      /^osv-scanner\.toml:2: IgnoredVulns entry 1: "id"/
    )
  })

  it('reports TOML syntax errors with the position', () => {
    expect(errorOf('[[IgnoredVulns]\nid = "GO-1"\n')).toMatch(
      /^osv-scanner\.toml:1:\d+: invalid TOML/
    )
  })

  it('warns about duplicate entries', () => {
    const logger = collectingLogger()
    parseAllowList('[[IgnoredVulns]]\nid = "GO-1"\n[[IgnoredVulns]]\nid = "go-1"\n', 'f', logger)
    expect(logger.lines).toContainEqual({
      level: 'warning',
      message: 'f:3: go-1 is also listed at line 1; the first unexpired entry applies'
    })
  })
})

describe('matchAllowList', () => {
  const list = parseAllowList(FILE, 'osv-scanner.toml')
  const now = new Date('2026-01-01T00:00:00Z')

  it('matches the GO id or any alias, case-insensitively', () => {
    expect(matchAllowList(['GO-2098-0101', 'CVE-2098-0101'], list, now)).toMatchObject({
      status: 'ignored',
      entry: { line: 4 }
    })
    expect(matchAllowList(['GO-2098-0104', 'ghsa-dddd-eeee-ffff'], list, now)).toMatchObject({
      status: 'ignored',
      entry: { line: 14 }
    })
    expect(matchAllowList(['GO-2098-0199'], list, now)).toEqual({ status: 'none' })
  })

  it('stops ignoring when the entry expires, and names it', () => {
    expect(matchAllowList(['GO-2098-0103', 'CVE-2098-0103'], list, now)).toMatchObject({
      status: 'expired',
      entry: { id: 'CVE-2098-0103', line: 9 }
    })
    expect(
      matchAllowList(['GO-2098-0103', 'CVE-2098-0103'], list, new Date('2020-06-30T11:59:59Z'))
    ).toMatchObject({ status: 'ignored' })
    // Like osv-scanner, a date means midnight UTC at the start of that day.
    expect(matchAllowList(['GO-2098-0101'], list, new Date('2099-01-01T00:00:00Z'))).toMatchObject({
      status: 'expired'
    })
  })

  it('prefers an unexpired entry over an expired one for the same vulnerability', () => {
    const both = parseAllowList(
      '[[IgnoredVulns]]\nid = "GO-1"\nignoreUntil = 2020-01-01\n[[IgnoredVulns]]\nid = "CVE-1"\nignoreUntil = 2099-01-01\n',
      'f'
    )
    expect(matchAllowList(['GO-1', 'CVE-1'], both, now)).toMatchObject({
      status: 'ignored',
      entry: { id: 'CVE-1' }
    })
  })
})
