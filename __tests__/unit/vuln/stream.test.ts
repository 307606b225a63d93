import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { collectingLogger } from '../../../src/core/report.js'
import { parseGovulncheckFile, parseGovulncheckStream } from '../../../src/core/vuln/stream.js'
import type { ScanResult } from '../../../src/core/vuln/types.js'
import { chunked, stream, v104BinaryStream, v104SourceStream, v11SourceStream } from './fixtures.js'

function summary(scan: ScanResult) {
  return Object.fromEntries(
    [...scan.vulns.values()].map(v => [v.id, { level: v.level, findings: v.findings.length }])
  )
}

async function parseText(text: string, chunkSize = 64 * 1024) {
  const logger = collectingLogger()
  const scan = await parseGovulncheckStream(chunked(text, chunkSize), {
    sourceName: 'out.json',
    logger
  })
  return { scan, logger }
}

async function failure(text: string): Promise<string> {
  try {
    await parseText(text)
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error)
  }
  throw new Error('expected the stream to be rejected')
}

describe('parseGovulncheckStream', () => {
  it('refuses a scan that matched no packages (govulncheck exits 0 and reports nothing)', async () => {
    const text = stream([
      { config: { protocol_version: 'v1.0.0', scanner_name: 'govulncheck', scan_level: 'symbol' } },
      { progress: { message: 'No packages matching the provided pattern.' } }
    ])
    expect(await failure(text)).toMatch(
      /govulncheck scanned nothing.*Fix: check the package patterns/
    )
  })

  it('classifies each OSV id by its strongest evidence and drops duplicate findings (v1.0.4)', async () => {
    const { scan } = await parseText(v104SourceStream())
    expect(summary(scan)).toEqual({
      'GO-2098-0101': { level: 'called', findings: 3 },
      'GO-2098-0103': { level: 'called', findings: 2 },
      'GO-2098-0104': { level: 'imported', findings: 2 }
    })
    expect(scan.findingMessages).toBe(8)
    // Entries sent for modules in use but never found are counted, not reported.
    expect(scan.osvCount).toBe(4)
    expect(scan.scanMode).toBe('source')
    expect(scan.scanLevel).toBe('symbol')
    const parser = scan.vulns.get('GO-2098-0101')!
    expect(parser.osv?.aliases).toEqual(['CVE-2098-0101', 'GHSA-aaaa-bbbb-cccc'])
    expect(parser.modules).toEqual([
      { path: 'acme.test/parser', version: 'v1.4.1', fixedVersion: 'v1.4.2' }
    ])
    // Strongest first, and the symbol trace is kept whole.
    expect(parser.findings[0].level).toBe('called')
    expect(parser.findings[0].trace().map(f => f.function)).toEqual(['Parse', 'Summarize'])
  })

  it('gives the same result for every chunk size', async () => {
    const text = v104SourceStream()
    const whole = summary((await parseText(text)).scan)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), async size => {
        expect(summary((await parseText(text, size)).scan)).toEqual(whole)
      }),
      { numRuns: 25 }
    )
  })

  it('reads v1.1+ streams: scan_mode, SBOM, receivers and relative positions', async () => {
    const { scan } = await parseText(v11SourceStream())
    expect(scan.scanMode).toBe('source')
    expect(scan.sbom?.roots).toEqual(['acme.test/app'])
    const called = scan.vulns.get('GO-2098-0101')!.findings[0].trace()
    expect(called[0]).toMatchObject({
      function: 'Parse',
      receiver: '*Parser',
      position: { filename: 'parser.go', line: 3 }
    })
    expect(called).toHaveLength(3)
  })

  it('recognises a v1.0.x binary scan, which has no scan_mode', async () => {
    const { scan } = await parseText(v104BinaryStream())
    expect(scan.scanMode).toBe('binary')
    expect(summary(scan)).toEqual({
      'GO-2098-0101': { level: 'called', findings: 2 },
      'GO-2098-0103': { level: 'called', findings: 1 }
    })
  })

  const config19 = {
    config: {
      protocol_version: 'v1.0.0',
      scanner_name: 'govulncheck',
      scanner_version: 'v1.9.0',
      scan_level: 'symbol',
      scan_mode: 'source'
    }
  }

  it.each([
    [
      'an unknown message kind',
      { vulnerability: { osv: 'GO-1', trace: [{ module: 'm' }] } },
      'a message of kind "vulnerability"'
    ],
    [
      'a finding field the protocol does not define',
      { finding: { osv: 'GO-1', trace: [{ module: 'm' }], reachable: false } },
      'a finding message with the field "reachable"'
    ],
    [
      'a frame without module',
      { finding: { osv: 'GO-1', trace: [{ package: 'm/p', function: 'F' }] } },
      'a finding frame (trace[0]) without "module"'
    ],
    [
      'a frame field the protocol does not define',
      { finding: { osv: 'GO-1', trace: [{ module: 'm', symbol: 'F' }] } },
      'a finding frame (trace[0]) with the field "symbol"'
    ],
    ['a finding without a trace', { finding: { osv: 'GO-1' } }, 'finding GO-1 without a trace'],
    [
      'two kinds in one message',
      { progress: { message: 'x' }, finding: { osv: 'GO-1', trace: [{ module: 'm' }] } },
      'a message with 2 kinds (progress, finding)'
    ]
  ])(
    'fails closed on %s, naming the govulncheck version and the part',
    async (_name, message, part) => {
      const text = stream([config19, { progress: { message: 'Scanning...' } }, message])
      expect(await failure(text)).toBe(
        `out.json:15: govulncheck v1.9.0 (protocol v1.0.0) wrote ${part}, which the gate does not know; it fails closed rather than guess what it means. Fix: use a govulncheck release the gate is tested with (v1.0.4 to v1.9.0; set govulncheck-version), or update go-ci-kit`
      )
    }
  )

  it('fails closed on an unknown config field, protocol, scan level or scan mode', async () => {
    const variant = (extra: Record<string, unknown>) =>
      stream([{ config: { ...config19.config, ...extra } }, { progress: { message: 'x' } }])
    expect(await failure(variant({ reachability: 'off' }))).toMatch(
      /^out\.json:1: govulncheck v1\.9\.0 \(protocol v1\.0\.0\) wrote a config message with the field "reachability"/
    )
    expect(await failure(variant({ protocol_version: 'v2.0.0' }))).toMatch(
      /wrote protocol version v2\.0\.0, which the gate does not know/
    )
    expect(await failure(variant({ scan_level: 'function' }))).toMatch(
      /wrote the scan level "function", which the gate does not know/
    )
    expect(await failure(variant({ scan_mode: 'convert' }))).toMatch(
      /wrote the scan mode "convert", which the gate does not know/
    )
  })

  it('rejects an empty stream', async () => {
    expect(await failure('')).toMatch(
      /out\.json: the stream is empty \(no JSON objects\).*Fix: govulncheck printed nothing/
    )
    expect(await failure('\n  \n')).toMatch(/the stream is empty/)
  })

  it('rejects a truncated stream, naming the line', async () => {
    const text = v104SourceStream()
    const cut = text.slice(0, text.lastIndexOf('"function": "main"'))
    const line = cut.slice(0, cut.lastIndexOf('\n{')).split('\n').length + 1
    expect(await failure(cut)).toMatch(
      new RegExp(
        `^out\\.json:${line}: the stream ends inside the JSON object that starts on this line \\(truncated output\\)`
      )
    )
  })

  it('rejects garbage in the middle, naming the line', async () => {
    const text = v104SourceStream()
    const lines = text.split('\n')
    const at = lines.findIndex((l, i) => i > 20 && l === '{')
    lines.splice(at, 0, 'go: downloading acme.test/parser v1.4.1')
    expect(await failure(lines.join('\n'))).toMatch(
      new RegExp(
        `^out\\.json:${at + 1}: unexpected text between JSON objects: "go: downloading acme.test/parser v1.4.1"`
      )
    )
  })

  it('rejects invalid JSON inside an object, pointing at the bad line', async () => {
    const text = '{\n  "config": {\n    "scan_level": "symbol",\n    "oops"\n  }\n}\n'
    expect(await failure(text)).toMatch(
      /^out\.json:5: invalid JSON in the object that starts on line 1: /
    )
  })

  it('says when it was given SARIF instead of the JSON stream', async () => {
    const sarif = JSON.stringify({ version: '2.1.0', runs: [] }, null, 2)
    expect(await failure(sarif)).toMatch(/no govulncheck messages found \(this looks like SARIF\)/)
  })

  it('rejects a finding without an OSV id', async () => {
    const text = stream([{ config: {} }, { finding: { trace: [{ module: 'm' }] } }])
    expect(await failure(text)).toMatch(/^out\.json:4: a finding without an "osv" id/)
  })

  it('refuses a stream without the config message: its scan level is unknown', async () => {
    expect(await failure(stream([{ finding: { osv: 'GO-1', trace: [{ module: 'm' }] } }]))).toMatch(
      /^out\.json:1: the stream does not start with govulncheck's config message, so its scan level and version are unknown/
    )
  })

  it('reads files and names a missing one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-vuln-stream-'))
    try {
      const file = path.join(dir, 'vuln.json')
      writeFileSync(file, v104SourceStream())
      const scan = await parseGovulncheckFile(file)
      expect(scan.vulns.size).toBe(3)
      await expect(
        parseGovulncheckFile(path.join(dir, 'missing.json'), { displayName: 'missing.json' })
      ).rejects.toThrow('govulncheck output file not found: missing.json')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
