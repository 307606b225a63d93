// Bench for the govulncheck-gate core: parse and gate a synthetic ~100 MB
// govulncheck -json stream with 5,000 findings through the built CLI
// (`go-ci-kit vuln --input … --json --offline`), against the bound: one
// JSON.parse of the same bytes wrapped as an array, in its own process.
// Both run as fresh Node processes with a preload that prints
// process.resourceUsage().maxRSS at exit; times are wall-clock medians.
// Writes bench-out/govulncheck-gate.json. Usage: node bench/govulncheck-gate.mjs [--runs N]
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, privateCli } from './_common.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'bench-out')
const runsFlag = process.argv.indexOf('--runs')
const REPETITIONS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5
const TARGET_BYTES = 100 * 1024 * 1024
const FINDINGS = 5000
const OSV_IDS = 1000
const TARGET_RATIO = 2
const TARGET_RSS_MB = 100

mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-bench-vuln-'))
const cli = privateCli(root, scratch)
const preload = path.join(scratch, 'maxrss.mjs')
writeFileSync(
  preload,
  "process.on('exit', () => process.stderr.write(`\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`))\n"
)

/** Deterministic pseudo-random numbers, so every run benches the same stream. */
function rng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Writes the stream as govulncheck does (json.Encoder, two-space indent, one
 * object after another) and, alongside, the same objects as one JSON array
 * for the JSON.parse bound. OSV entries are padded with symbols until the
 * stream reaches TARGET_BYTES.
 */
function generate(streamFile, arrayFile) {
  const random = rng(42)
  const stream = openSync(streamFile, 'w')
  const array = openSync(arrayFile, 'w')
  let bytes = 0
  let first = true
  const emit = message => {
    const text = JSON.stringify(message, null, 2)
    writeSync(stream, text + '\n')
    writeSync(array, (first ? '[' : ',\n') + text)
    first = false
    bytes += text.length + 1
  }
  const modules = Array.from({ length: 200 }, (_, i) => `example.com/dep${i}/v${1 + (i % 3)}`)
  emit({
    config: {
      protocol_version: 'v1.0.0',
      scanner_name: 'govulncheck',
      scanner_version: 'v1.1.4',
      db: 'https://vuln.go.dev',
      db_last_modified: '2026-01-01T00:00:00Z',
      go_version: 'go1.22.12',
      scan_level: 'symbol',
      scan_mode: 'source'
    }
  })
  emit({
    SBOM: {
      go_version: 'go1.22.12',
      modules: modules.map(path => ({ path, version: 'v1.2.3' })),
      roots: ['example.com/app/...']
    }
  })
  emit({
    progress: {
      message:
        'Scanning your code and 4000 packages across 200 dependent modules for known vulnerabilities...'
    }
  })

  // Symbol-level traces: user frames at the top, dependency frames below.
  const trace = (module, osvIndex, variant) => {
    const depth = 30 + Math.floor(random() * 30)
    const frames = [
      {
        module,
        version: 'v1.2.3',
        package: `${module}/pkg${osvIndex % 7}`,
        function: `Vulnerable${osvIndex}`,
        receiver: osvIndex % 2 ? '*Client' : undefined,
        position: {
          filename: `pkg${osvIndex % 7}/client.go`,
          offset: 1000 + osvIndex,
          line: 40 + (osvIndex % 300),
          column: 6
        }
      }
    ]
    for (let i = 1; i < depth; i++) {
      const user = i > depth - 4
      const dep = modules[Math.floor(random() * modules.length)]
      frames.push({
        module: user ? 'example.com/app' : dep,
        version: user ? undefined : 'v1.2.3',
        package: user ? `example.com/app/internal/svc${variant}` : `${dep}/internal/part${i % 11}`,
        function: user ? `Handle${variant}_${i}` : `step${i}_${Math.floor(random() * 500)}`,
        position: {
          filename: user
            ? `internal/svc${variant}/handler.go`
            : `internal/part${i % 11}/file${i % 13}.go`,
          offset: Math.floor(random() * 100000),
          line: 1 + Math.floor(random() * 2000),
          column: 2 + Math.floor(random() * 40)
        }
      })
    }
    return frames
  }

  const findingsPerOsv = FINDINGS / OSV_IDS
  const padSymbols = Math.max(0, Math.floor((TARGET_BYTES * 0.45) / OSV_IDS / 30))
  for (let i = 0; i < OSV_IDS; i++) {
    const id = `GO-2099-${String(i).padStart(4, '0')}`
    const module = modules[i % modules.length]
    emit({
      osv: {
        schema_version: '1.3.1',
        id,
        modified: '2026-01-01T00:00:00Z',
        published: '2025-06-01T00:00:00Z',
        aliases: [`CVE-2099-${10000 + i}`, `GHSA-${String(i).padStart(4, '0')}-abcd-efgh`],
        summary: `Denial of service in ${module}`,
        details: `A crafted input can make ${module} consume unbounded memory. `.repeat(20),
        affected: [
          {
            package: { name: module, ecosystem: 'Go' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.4' }] }],
            ecosystem_specific: {
              imports: [
                {
                  path: `${module}/pkg${i % 7}`,
                  symbols: Array.from({ length: padSymbols }, (_, s) => `Client.Method${s}`)
                }
              ]
            }
          }
        ],
        references: Array.from({ length: 8 }, (_, r) => ({
          type: 'WEB',
          url: `https://example.com/advisory/${id}/${r}`
        })),
        database_specific: { url: `https://pkg.go.dev/vuln/${id}`, review_status: 'REVIEWED' }
      }
    })
    emit({ finding: { osv: id, fixed_version: 'v1.2.4', trace: [{ module, version: 'v1.2.3' }] } })
    emit({
      finding: {
        osv: id,
        fixed_version: 'v1.2.4',
        trace: [{ module, version: 'v1.2.3', package: `${module}/pkg${i % 7}` }]
      }
    })
    for (let f = 2; f < findingsPerOsv; f++)
      emit({ finding: { osv: id, fixed_version: 'v1.2.4', trace: trace(module, i, f) } })
  }
  writeSync(array, ']\n')
  closeSync(stream)
  closeSync(array)
  return bytes
}

function measure(args) {
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', preload, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - started
  const rss = /MAXRSS_KB (\d+)/.exec(child.stderr)
  if (!rss)
    throw new Error(
      `no maxRSS from ${args.join(' ')} (exit ${child.status}): ${child.stderr.slice(-2000)}`
    )
  return {
    ms,
    rssMb: Number(rss[1]) / 1024,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr
  }
}

const rows = []
try {
  const streamFile = path.join(scratch, 'govulncheck.json')
  const arrayFile = path.join(scratch, 'govulncheck-array.json')
  const generated = generate(streamFile, arrayFile)
  const size = statSync(streamFile).size
  console.log(
    `generated ${(size / 1048576).toFixed(1)} MiB, ${FINDINGS} findings, ${OSV_IDS} OSV entries (${generated} bytes written)`
  )

  const oursArgs = [cli, 'vuln', '--input', streamFile, '--json', '--offline', '--root', scratch]
  const boundArgs = [
    '-e',
    `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(arrayFile)}, 'utf8'))`
  ]

  // One checked run first: the gate must have read everything.
  const check = measure(oursArgs)
  const doc = JSON.parse(check.stdout)
  if (
    check.status !== 1 ||
    doc.vulnerabilities.length !== OSV_IDS ||
    doc.counts.called !== OSV_IDS
  ) {
    throw new Error(
      `unexpected result (exit ${check.status}): ${check.stdout.slice(0, 500)} ${check.stderr.slice(-1000)}`
    )
  }

  const ours = []
  const bound = []
  for (let i = 0; i < REPETITIONS; i++) {
    ours.push(measure(oursArgs))
    bound.push(measure(boundArgs))
  }
  const oursMs = median(ours.map(r => r.ms))
  const boundMs = median(bound.map(r => r.ms))
  const oursRss = median(ours.map(r => r.rssMb))
  const boundRss = median(bound.map(r => r.rssMb))
  const ratio = +(oursMs / boundMs).toFixed(2)
  const mb = size / 1048576
  rows.push(
    {
      bench: 'vuln-parse-100MB',
      metric: 'wall time (ms, median)',
      ours: Math.round(oursMs),
      baseline: Math.round(boundMs),
      ratio,
      target: `≤ ${TARGET_RATIO}× JSON.parse`,
      met: ratio <= TARGET_RATIO
    },
    {
      bench: 'vuln-parse-100MB',
      metric: 'throughput (MiB/s)',
      ours: +(mb / (oursMs / 1000)).toFixed(1),
      baseline: +(mb / (boundMs / 1000)).toFixed(1),
      ratio: +(boundMs / oursMs).toFixed(2)
    },
    {
      bench: 'vuln-parse-100MB',
      metric: 'peak RSS (MB, median)',
      ours: +oursRss.toFixed(1),
      baseline: +boundRss.toFixed(1),
      ratio: +(oursRss / boundRss).toFixed(2),
      target: `< ${TARGET_RSS_MB} MB`,
      met: oursRss < TARGET_RSS_MB
    }
  )
  writeFileSync(
    path.join(outDir, 'govulncheck-gate.json'),
    JSON.stringify(
      {
        rows,
        input: { bytes: size, findings: FINDINGS, osvEntries: OSV_IDS },
        runs: {
          ours: ours.map(r => ({ ms: Math.round(r.ms), rssMb: +r.rssMb.toFixed(1) })),
          bound: bound.map(r => ({ ms: Math.round(r.ms), rssMb: +r.rssMb.toFixed(1) }))
        },
        node: process.version,
        cpus: os.cpus().length
      },
      null,
      2
    ) + '\n'
  )
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

console.log('\n| bench | metric | ours | baseline | ratio | target | met |')
console.log('|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.bench} | ${row.metric} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.target ? (row.met ? 'yes' : 'no') : ''} |`
  )
}
// Unmet targets are reported in the table (and bench-out), not as a failed bench run.
if (rows.length === 0) process.exitCode = 1
