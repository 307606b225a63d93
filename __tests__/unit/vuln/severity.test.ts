import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { GitHubApiError } from '../../../src/core/github/errors.js'
import { collectingLogger } from '../../../src/core/report.js'
import {
  FAIL_ON_VALUES,
  judge,
  type GatePolicy
} from '../../../src/core/vuln/vulnerability-verdict.js'
import {
  ghsaAliases,
  labelForScore,
  SEVERITY_THRESHOLDS,
  SeverityResolver,
  severityFromAdvisory,
  severityRank,
  type AdvisoryFetcher,
  type SeverityLabel
} from '../../../src/core/vuln/advisory-severity.js'
import { reachabilityRank, type Reachability } from '../../../src/core/vuln/types.js'

/** An in-memory advisory database standing in for GitHub, counting calls. */
function advisoryTable(
  entries: Record<string, unknown>,
  failWith?: () => Error
): AdvisoryFetcher & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    async fetchAdvisory(id) {
      calls.push(id)
      if (failWith) throw failWith()
      return entries[id]
    }
  }
}

describe('severityFromAdvisory', () => {
  it('takes the label and the CVSS v3 score, then v4, then the legacy field', () => {
    expect(
      severityFromAdvisory(
        {
          severity: 'high',
          cvss_severities: {
            cvss_v3: { vector_string: 'CVSS:3.1/AV:N', score: 7.5 },
            cvss_v4: { score: 8.7 }
          }
        },
        'GHSA-1'
      )
    ).toEqual({ label: 'high', score: 7.5, vector: 'CVSS:3.1/AV:N', source: 'GHSA-1' })
    expect(
      severityFromAdvisory(
        { severity: 'medium', cvss_severities: { cvss_v3: null, cvss_v4: { score: 5.1 } } },
        'G'
      )
    ).toMatchObject({ score: 5.1 })
    expect(severityFromAdvisory({ severity: 'low', cvss: { score: '3.1' } }, 'G')).toMatchObject({
      label: 'low',
      score: 3.1
    })
  })

  it('derives the label from the score when GitHub says unknown, and survives junk', () => {
    expect(
      severityFromAdvisory(
        { severity: 'unknown', cvss_severities: { cvss_v3: { score: 9.8 } } },
        'G'
      ).label
    ).toBe('critical')
    expect(severityFromAdvisory({ severity: 'unknown' }, 'G').label).toBe('unknown')
    expect(severityFromAdvisory('not an object', 'G').label).toBe('unknown')
    expect(severityFromAdvisory({ severity: 42, cvss_severities: 'x' }, 'G').label).toBe('unknown')
  })

  it('bands scores as CVSS does', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(labelForScore)).toEqual([
      'unknown',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical'
    ])
  })

  it('picks GHSA ids out of aliases', () => {
    expect(
      ghsaAliases(['GO-2024-0001', 'CVE-2024-1', 'GHSA-abcd-2345-wxyz', 'GHSA-abcd-2345-wxyz'])
    ).toEqual(['GHSA-abcd-2345-wxyz'])
  })
})

describe('SeverityResolver', () => {
  it('looks each GHSA up once per run and keeps the highest of several aliases', async () => {
    const fetcher = advisoryTable({
      'GHSA-aaaa-aaaa-aaaa': { severity: 'medium', cvss_severities: { cvss_v3: { score: 5 } } },
      'GHSA-bbbb-bbbb-bbbb': { severity: 'high', cvss_severities: { cvss_v3: { score: 7.2 } } }
    })
    const resolver = new SeverityResolver({ fetcher, logger: collectingLogger() })
    const results = await resolver.resolveAll([
      { key: 'GO-1', ids: ['GO-1', 'GHSA-aaaa-aaaa-aaaa', 'GHSA-bbbb-bbbb-bbbb'] },
      { key: 'GO-2', ids: ['GO-2', 'GHSA-aaaa-aaaa-aaaa'] },
      { key: 'GO-3', ids: ['GO-3', 'CVE-2024-1'] },
      { key: 'GO-4', ids: ['GO-4', 'GHSA-cccc-cccc-cccc'] }
    ])
    expect(results.get('GO-1')).toMatchObject({
      label: 'high',
      score: 7.2,
      source: 'GHSA-bbbb-bbbb-bbbb'
    })
    expect(results.get('GO-2')).toMatchObject({ label: 'medium' })
    expect(results.get('GO-3')).toEqual({ label: 'unknown' })
    expect(results.get('GO-4')).toEqual({ label: 'unknown' })
    expect(fetcher.calls.sort()).toEqual([
      'GHSA-aaaa-aaaa-aaaa',
      'GHSA-bbbb-bbbb-bbbb',
      'GHSA-cccc-cccc-cccc'
    ])
  })

  it('degrades to unknown with one warning and stops calling when the API is unreachable', async () => {
    const fetcher = advisoryTable(
      {},
      () =>
        new GitHubApiError({
          status: 0,
          kind: 'network',
          method: 'GET',
          path: '/advisories/x',
          attempts: 3,
          cause: new Error('connect ECONNREFUSED 127.0.0.1:9')
        })
    )
    const logger = collectingLogger()
    const resolver = new SeverityResolver({ fetcher, logger, concurrency: 1 })
    const results = await resolver.resolveAll([
      { key: 'GO-1', ids: ['GHSA-aaaa-aaaa-aaaa'] },
      { key: 'GO-2', ids: ['GHSA-bbbb-bbbb-bbbb'] }
    ])
    expect([...results.values()].map(r => r.label)).toEqual(['unknown', 'unknown'])
    expect(fetcher.calls).toEqual(['GHSA-aaaa-aaaa-aaaa'])
    const warnings = logger.lines.filter(l => l.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toMatch(
      /Could not look up advisory severities .*ECONNREFUSED.*; severities are unknown for this run/
    )
    expect(resolver.unavailableReason).toMatch(/ECONNREFUSED/)
  })

  it('is off without a fetcher', async () => {
    const resolver = new SeverityResolver({ logger: collectingLogger() })
    expect(resolver.enabled).toBe(false)
    expect(await resolver.resolve(['GHSA-aaaa-aaaa-aaaa'])).toEqual({ label: 'unknown' })
  })
})

describe('judge', () => {
  const base: GatePolicy = {
    failOn: 'called',
    severityThreshold: 'low',
    unknownSeverity: 'fail',
    now: new Date('2026-01-01')
  }
  const found = fc.constantFrom<Reachability>('called', 'imported', 'required')
  const label = fc.constantFrom<SeverityLabel>('unknown', 'low', 'medium', 'high', 'critical')

  it('blocks exactly when evidence reaches fail-on and severity reaches the threshold', () => {
    fc.assert(
      fc.property(
        found,
        label,
        fc.constantFrom(...FAIL_ON_VALUES),
        fc.constantFrom(...SEVERITY_THRESHOLDS),
        fc.constantFrom('fail' as const, 'pass' as const),
        (level, severity, failOn, severityThreshold, unknownSeverity) => {
          const verdict = judge(
            { ids: ['GO-1'], found: level, severity: { label: severity } },
            'symbol',
            { ...base, failOn, severityThreshold, unknownSeverity }
          )
          const evidence = failOn !== 'none' && reachabilityRank(level) >= reachabilityRank(failOn)
          const severe =
            severity === 'unknown'
              ? unknownSeverity === 'fail'
              : severityRank(severity) >= severityRank(severityThreshold)
          expect(verdict.status).toBe(evidence && severe ? 'blocking' : 'allowed')
        }
      )
    )
  })

  it('counts findings at the scan level as called when the scan cannot see calls', () => {
    const imported = {
      ids: ['GO-1'],
      found: 'imported' as const,
      severity: { label: 'high' as const }
    }
    expect(judge(imported, 'symbol', base).status).toBe('allowed')
    const atPackageLevel = judge(imported, 'package', base)
    expect(atPackageLevel).toMatchObject({ status: 'blocking', gateLevel: 'called' })
    expect(atPackageLevel.reason).toMatch(/imported, counted as called at -scan package/)
    expect(judge({ ...imported, found: 'required' }, 'module', base).status).toBe('blocking')
  })
})
