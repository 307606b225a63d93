// sarif-upload bench: normalize + fingerprint a synthetic 100,000-result,
// 4-run SARIF over a generated 2,000-file Go source tree with the built CLI
// (`go-ci-kit sarif normalize --json`), and compare the fingerprint phase's
// throughput (MB of source read per second) with a plain sha256 pass over the
// same files: reading and hashing every byte once is the I/O bound.
// Second: `sarif normalize` on a real ESLint SARIF (ESLint + @microsoft/eslint-formatter-sarif
// over node_modules/lodash, ~16,000 results, ~11 MB, written to os.tmpdir() at bench time)
// against a plain JSON.parse + JSON.stringify of the same file in a node process.
// Medians of REPETITIONS runs, measured in this run. Writes bench-out/sarif-upload.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const outDir = path.join(root, 'bench-out')
const REPETITIONS = 9
const FILES = 2_000
const RESULTS = 100_000
const TARGET_RATIO = 3
const ESLINT_TARGET_RATIO = 3

mkdirSync(outDir, { recursive: true })
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gck-sarif-bench-'))
const tree = path.join(scratch, 'repo')

// Deterministic pseudo-random numbers (mulberry32), so every run sees the same input.
let seed = 0x5a1f
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = list => list[Math.floor(random() * list.length)]

const WORDS = [
  'ctx',
  'err',
  'req',
  'resp',
  'value',
  'result',
  'handler',
  'server',
  'client',
  'config',
  'items',
  'index',
  'name',
  'buf',
  'data'
]
const CALLS = [
  'fmt.Errorf',
  'strings.TrimSpace',
  'json.Marshal',
  'http.NewRequest',
  'os.Open',
  'io.Copy',
  'append',
  'len',
  'make'
]

/** A Go-looking file of roughly `bytes` bytes: tabs, spaces, blank lines, comments. */
function goFile(pkg, bytes) {
  const lines = [`package ${pkg}`, '', 'import (', '\t"fmt"', '\t"strings"', ')', '']
  let size = lines.join('\n').length
  while (size < bytes) {
    const roll = random()
    let line
    if (roll < 0.08) line = ''
    else if (roll < 0.15)
      line = `// ${pick(WORDS)} ${pick(WORDS)} is used by ${pick(CALLS)} when ${pick(WORDS)} changes`
    else if (roll < 0.22)
      line = `func ${pick(WORDS)}${Math.floor(random() * 1000)}(${pick(WORDS)} string) (int, error) {`
    else if (roll < 0.3) line = '}'
    else {
      const depth = 1 + Math.floor(random() * 3)
      line = `${'\t'.repeat(depth)}${pick(WORDS)} := ${pick(CALLS)}(${pick(WORDS)}, ${pick(WORDS)}.${pick(WORDS)})`
      if (random() < 0.2) line += ` // ${pick(WORDS)}`
    }
    lines.push(line)
    size += line.length + 1
  }
  return `${lines.join('\n')}\n`
}

function generateTree() {
  const files = []
  let bytes = 0
  for (let i = 0; i < FILES; i++) {
    const dir = `pkg${String(i % 100).padStart(2, '0')}`
    const relative = `${dir}/file${i}.go`
    const text = goFile(dir, 2_000 + Math.floor(random() * 22_000))
    mkdirSync(path.join(tree, dir), { recursive: true })
    writeFileSync(path.join(tree, relative), text)
    files.push({ relative, lines: text.split('\n').length - 1 })
    bytes += text.length
  }
  writeFileSync(path.join(tree, 'go.mod'), 'module example.com/bench\n\ngo 1.22\n')
  return { files, bytes }
}

/** Four runs with the producers' shapes: staticcheck (%SRCROOT%), golangci-lint (no rules, index 0), gosec (tags), a generic tool (file:// URIs). */
function generateSarif(files, file) {
  const location = (uri, line, extra = {}) => ({
    physicalLocation: {
      artifactLocation: { uri, ...extra },
      region: { startLine: line, startColumn: 1 + Math.floor(random() * 30) }
    }
  })
  const results = (count, ruleCount, makeLocation) =>
    Array.from({ length: count }, (_, i) => {
      const target = pick(files)
      return {
        ruleId: `R${i % ruleCount}`,
        level: pick(['error', 'warning', 'note']),
        message: {
          text: `${pick(WORDS)} is ${pick(['unused', 'shadowed', 'never read', 'nil'])} in ${pick(WORDS)}`
        },
        locations: [makeLocation(target.relative, 1 + Math.floor(random() * target.lines))]
      }
    })
  const rules = (count, extra = () => ({})) =>
    Array.from({ length: count }, (_, i) => ({
      id: `R${i}`,
      shortDescription: { text: `rule ${i}` },
      ...extra(i)
    }))
  // 25,000 per run: the most code scanning takes, so nothing is cut.
  const counts = [25_000, 25_000, 25_000, RESULTS - 75_000]
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'Staticcheck', version: '2024.1', rules: rules(150) } },
        invocations: [{ executionSuccessful: true, workingDirectory: { uri: `file://${tree}` } }],
        results: results(counts[0], 150, (uri, line) =>
          location(uri, line, { uriBaseId: '%SRCROOT%' })
        )
      },
      {
        tool: { driver: { name: 'golangci-lint' } },
        results: results(counts[1], 40, (uri, line) => location(uri, line, { index: 0 }))
      },
      {
        tool: {
          driver: {
            name: 'gosec',
            rules: rules(60, () => ({ properties: { tags: ['security', 'HIGH', 'security'] } }))
          }
        },
        results: results(counts[2], 60, (uri, line) => location(uri, line))
      },
      {
        tool: { driver: { name: 'custom', rules: rules(20) } },
        results: results(counts[3], 20, (uri, line) => location(`file://${tree}/${uri}`, line))
      }
    ]
  }
  writeFileSync(file, JSON.stringify(log))
  return statSync(file).size
}

const preload = path.join(scratch, 'maxrss.mjs')
writeFileSync(
  preload,
  "process.on('exit', () => process.stderr.write(`\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`))\n"
)

function measure(args) {
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', preload, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - started
  const rss = /MAXRSS_KB (\d+)/.exec(child.stderr)
  if (child.status !== 0 || !rss) {
    throw new Error(`${args.join(' ')} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`)
  }
  return { ms, rssMb: Number(rss[1]) / 1024, stdout: child.stdout }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const SHA_PASS = `
const { readFileSync } = require('node:fs')
const { createHash } = require('node:crypto')
const files = JSON.parse(readFileSync(process.argv[1], 'utf8'))
const started = performance.now()
let bytes = 0
for (const file of files) {
  const data = readFileSync(file)
  bytes += data.length
  createHash('sha256').update(data).digest('hex')
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, bytes }))
`

// The rules are chosen to report a lot on lodash's real (old-style) code, as a big legacy tree would.
const ESLINT_RULES = Object.fromEntries(
  [
    'no-var',
    'prefer-const',
    'eqeqeq',
    'curly',
    'no-undef',
    'no-unused-vars',
    'one-var',
    'no-plusplus',
    'vars-on-top',
    'func-style',
    'no-param-reassign',
    'prefer-rest-params',
    'no-nested-ternary',
    'prefer-arrow-callback',
    'object-shorthand',
    'no-void',
    'no-underscore-dangle',
    'id-length',
    'no-magic-numbers',
    'prefer-template',
    'no-negated-condition',
    'capitalized-comments'
  ].map(rule => [rule, rule === 'eqeqeq' || rule === 'no-undef' ? 'error' : 'warn'])
)

/** Real ESLint and the real SARIF formatter over a real tree already on the machine. */
async function generateEslintSarif(tree, file) {
  const { ESLint } = await import('eslint')
  const { createRequire } = await import('node:module')
  const formatter = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif')
  const eslint = new ESLint({
    cwd: tree,
    overrideConfigFile: true,
    overrideConfig: {
      files: ['**/*.js'],
      languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' },
      rules: ESLINT_RULES
    },
    ignore: false
  })
  const results = await eslint.lintFiles(['**/*.js'])
  writeFileSync(
    file,
    formatter(results, { cwd: tree, rulesMeta: eslint.getRulesMetaForResults(results) })
  )
  return {
    files: results.length,
    results: results.reduce((sum, r) => sum + r.messages.length, 0),
    bytes: statSync(file).size
  }
}

const PARSE_STRINGIFY = `
const { readFileSync, writeFileSync } = require('node:fs')
writeFileSync(process.argv[2], JSON.stringify(JSON.parse(readFileSync(process.argv[1], 'utf8'))))
`

const rows = []
let details = {}
try {
  const { files, bytes: treeBytes } = generateTree()
  const sarif = path.join(scratch, 'bench.sarif')
  const sarifBytes = generateSarif(files, sarif)
  const fileList = path.join(scratch, 'files.json')
  writeFileSync(fileList, JSON.stringify(files.map(f => path.join(tree, f.relative))))
  console.log(
    `generated ${FILES} files (${(treeBytes / 1e6).toFixed(1)} MB of source) and a ${(sarifBytes / 1e6).toFixed(1)} MB SARIF with ${RESULTS} results in 4 runs`
  )

  const oursArgs = [
    cli,
    'sarif',
    'normalize',
    sarif,
    '--out',
    path.join(scratch, 'out.sarif'),
    '--checkout',
    tree,
    '--json'
  ]
  const shaArgs = ['-e', SHA_PASS, fileList]

  // A checked run first: every result must have been fingerprinted.
  const check = JSON.parse(measure(oursArgs).stdout)
  if (check.fingerprints.computed !== RESULTS || check.warnings.length > 0) {
    throw new Error(
      `unexpected report: ${JSON.stringify({ fingerprints: check.fingerprints, warnings: check.warnings })}`
    )
  }

  const ours = []
  const sha = []
  for (let i = 0; i < REPETITIONS; i++) {
    const run = measure(oursArgs)
    const report = JSON.parse(run.stdout)
    ours.push({
      ms: run.ms,
      rssMb: run.rssMb,
      fingerprintMs: report.fingerprints.ms,
      hashMs: report.fingerprints.hashMs,
      bytesRead: report.fingerprints.bytesRead,
      timings: report.timings
    })
    sha.push(JSON.parse(measure(shaArgs).stdout))
  }
  const oursMs = median(ours.map(r => r.ms))
  const oursRss = median(ours.map(r => r.rssMb))
  const fingerprintMs = median(ours.map(r => r.fingerprintMs))
  const oursMBps = median(ours.map(r => r.bytesRead / 1e6 / (r.fingerprintMs / 1000)))
  const hashMBps = median(ours.map(r => r.bytesRead / 1e6 / (r.hashMs / 1000)))
  const shaMs = median(sha.map(r => r.ms))
  const shaMBps = median(sha.map(r => r.bytes / 1e6 / (r.ms / 1000)))
  const ratio = +(shaMBps / oursMBps).toFixed(2)
  rows.push(
    {
      bench: 'sarif-normalize-100k',
      metric: 'normalize + fingerprint, wall time (ms, median)',
      ours: Math.round(oursMs)
    },
    {
      bench: 'sarif-normalize-100k',
      metric: 'peak RSS (MB, median)',
      ours: +oursRss.toFixed(1)
    },
    {
      bench: 'sarif-normalize-100k',
      metric: 'fingerprint phase vs sha256 pass (ms, median)',
      ours: Math.round(fingerprintMs),
      baseline: Math.round(shaMs),
      ratio: +(fingerprintMs / shaMs).toFixed(2)
    },
    {
      bench: 'sarif-normalize-100k',
      metric: 'fingerprint throughput (MB of source/s, median)',
      ours: +oursMBps.toFixed(1),
      baseline: +shaMBps.toFixed(1),
      ratio,
      target: `≤ ${TARGET_RATIO}× slower than sha256`,
      met: ratio <= TARGET_RATIO
    },
    {
      bench: 'sarif-normalize-100k',
      metric: 'of which reading + hashing files (MB of source/s, median)',
      ours: +hashMBps.toFixed(1),
      baseline: +shaMBps.toFixed(1),
      ratio: +(shaMBps / hashMBps).toFixed(2)
    }
  )
  details = {
    input: { files: FILES, sourceBytes: treeBytes, sarifBytes, results: RESULTS, runs: 4 },
    phases: Object.fromEntries(
      Object.keys(ours[0].timings).map(phase => [phase, median(ours.map(r => r.timings[phase]))])
    ),
    runs: {
      ours: ours.map(r => ({
        ms: Math.round(r.ms),
        rssMb: +r.rssMb.toFixed(1),
        fingerprintMs: r.fingerprintMs,
        bytesRead: r.bytesRead
      })),
      sha256: sha.map(r => ({ ms: +r.ms.toFixed(1), bytes: r.bytes }))
    },
    node: process.version,
    cpus: os.cpus().length
  }
  console.log(`phases (ms, median): ${JSON.stringify(details.phases)}`)

  const lodash = path.join(root, 'node_modules', 'lodash')
  const eslintSarif = path.join(scratch, 'eslint.sarif')
  const eslintInput = await generateEslintSarif(lodash, eslintSarif)
  console.log(
    `ESLint SARIF: ${eslintInput.results} results over ${eslintInput.files} files of lodash, ${(eslintInput.bytes / 1e6).toFixed(1)} MB`
  )
  const normalizeArgs = [
    cli,
    'sarif',
    'normalize',
    eslintSarif,
    '--out',
    path.join(scratch, 'eslint-out.sarif'),
    '--checkout',
    lodash
  ]
  const plainArgs = ['-e', PARSE_STRINGIFY, eslintSarif, path.join(scratch, 'eslint-plain.json')]
  measure(normalizeArgs)
  const normalizeRuns = []
  const plainRuns = []
  for (let i = 0; i < REPETITIONS; i++) {
    normalizeRuns.push(measure(normalizeArgs).ms)
    plainRuns.push(measure(plainArgs).ms)
  }
  const normalizeMs = median(normalizeRuns)
  const plainMs = median(plainRuns)
  const eslintRatio = +(normalizeMs / plainMs).toFixed(2)
  rows.push({
    bench: 'sarif-normalize-eslint',
    metric: `normalize ${(eslintInput.bytes / 1e6).toFixed(1)} MB / ${eslintInput.results} results vs JSON.parse + JSON.stringify (ms, median)`,
    ours: Math.round(normalizeMs),
    baseline: Math.round(plainMs),
    ratio: eslintRatio,
    target: `≤ ${ESLINT_TARGET_RATIO}×`,
    met: eslintRatio <= ESLINT_TARGET_RATIO
  })
  details.eslint = {
    input: eslintInput,
    runs: { normalize: normalizeRuns.map(Math.round), plain: plainRuns.map(Math.round) }
  }
  writeFileSync(
    path.join(outDir, 'sarif-upload.json'),
    `${JSON.stringify({ rows, ...details }, null, 2)}\n`
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
process.exit(rows.every(row => !row.target || row.met) ? 0 : 1)
