/**
 * `go-ci-kit cache plan restore|save`: the layered module cache planner
 * (src/core/cache/layers) as a process, speaking the plan protocol of
 * ../shared/bench/replay.py (--plan-cmd). The action does not use it yet.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { splitEntry, zipEntries } from '../../core/gomod/index.js'
import {
  DEFAULT_REFRESH_FRACTION,
  planRestore,
  planSave,
  type LayerCheckout,
  type RestoredLayer
} from '../../core/cache/layers/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { ExitCode, parseCommandArgs, printJson, stderrLogger, type Command } from '../command.js'
import { planFor } from './cache-common.js'

const options = {
  dir: { type: 'string' },
  io: { type: 'string' },
  prefix: { type: 'string' },
  os: { type: 'string' },
  'key-files': { type: 'string', multiple: true },
  'repo-root': { type: 'string' },
  'refresh-fraction': { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' }
} as const

export const cacheCommand: Command = {
  name: 'cache',
  summary: 'Plan the layered module cache (cache plan restore|save)',
  help: `Usage: go-ci-kit cache plan restore --dir DIR [--io FILE] [options]
       go-ci-kit cache plan save --dir DIR --io FILE [options]

Plans the layered module cache: a base layer refreshed rarely plus a delta
layer keyed by the exact module set that holds only the module versions the
base lacks. Each layer holds GOMODCACHE/cache/download (zips, .mod, .info; no
.ziphash, so the go command re-hashes every zip against go.sum). Not yet used
by the cache action. Speaks the plan protocol of the replay bench (replay.py
--plan-cmd); output is always one JSON document on stdout.

  restore   print {"lookups": [{"layer", "key", "restoreKeys", "subtree"}, ...]}:
            the base lookup, then the delta lookup. --io is ignored.
  save      read --io, a JSON file {"restored": [{"key": K or null, "kind",
            "modules": ["path@version", ...]}, ...one per lookup, in order],
            "downloaded": ["path@version", ...]}, and print {"saves": [{"layer",
            "key", "modules", "goMods", "subtree", "fileKinds", "reason"}, ...],
            "decision", "explanation", "deltaFraction" (null: no base),
            "staleFraction", "refreshFraction", "missing"}.

The module set is read in-process from go.work, go.work.sum, every go.mod and
go.sum under --dir (no Go toolchain needed). In vendor mode the module cache is
not needed: no lookups and no saves.

Options:
  --dir DIR                  working directory (default: the current directory)
  --io FILE                  the save phase's input (see above)
  --prefix P                 first key segment (default: go); no commas
  --os OS                    RUNNER_OS (default: $RUNNER_OS, else from this machine)
  --key-files GLOBS          extra files that partition the cache: globs relative
                             to --dir, one per line or repeated flag (! excludes)
  --repo-root DIR            root for repo-relative paths (default: $GITHUB_WORKSPACE
                             when --dir is inside it, else the git checkout
                             holding --dir, else --dir)
  --refresh-fraction F       rebuild the base when the versions it lacks pass F
                             times its size (default: ${DEFAULT_REFRESH_FRACTION})
  --json                     accepted for symmetry; the output is always JSON
  --verbose                  debug lines on stderr

Exit codes:
  0   the plan was printed
  2   usage or configuration error (bad go.work or go.sum, unreadable or
      malformed --io file)
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('cache', argv, options)
    const [verb, phase, ...extra] = positionals
    if (verb !== 'plan' || (phase !== 'restore' && phase !== 'save') || extra.length > 0) {
      throw new ConfigurationError(
        `cache: expected "plan restore" or "plan save", got "${positionals.join(' ')}"`,
        { fix: 'see `go-ci-kit cache --help`' }
      )
    }
    const refreshFraction = parseFraction(values['refresh-fraction'])
    const logger = stderrLogger(io, { prefix: 'go-ci-kit: ', debug: values.verbose === true })
    const {
      components,
      plan: modPlan,
      options: keyOptions
    } = await planFor('mod', values, io, logger)
    if (!modPlan.needed) {
      logger.info(`the module cache is not needed: ${modPlan.notNeededReason}`)
      printJson(io, phase === 'restore' ? { lookups: [] } : { saves: [], decision: 'none' })
      return ExitCode.ok
    }
    const segment = (name: string) => modPlan.segments.find(s => s.name === name)?.value
    const keyFiles = segment('key-files')
    const checkout: LayerCheckout = {
      family: {
        prefix: segment('prefix') ?? 'go',
        os: segment('os') ?? keyOptions.os,
        ...(keyFiles ? { keyFiles: keyFiles.slice(1) } : {})
      },
      modules: zipEntries(components.moduleSet),
      goMods: components.moduleSet
        .map(splitEntry)
        .filter(entry => entry.goModOnly)
        .map(entry => `${entry.path}@${entry.version}`)
    }
    const lookups = planRestore(checkout)
    if (phase === 'restore') {
      printJson(io, { lookups })
      return ExitCode.ok
    }
    if (!values.io) {
      throw new ConfigurationError('cache plan save: --io FILE is required', {
        fix: 'pass the JSON file that describes what the restore found (see `go-ci-kit cache --help`)'
      })
    }
    const ioFile = path.resolve(io.cwd, values.io)
    const found = parseSaveIo(await readIo(ioFile), ioFile, lookups.length)
    const restored: { base?: RestoredLayer; delta?: RestoredLayer } = {}
    lookups.forEach((lookup, index) => {
      const layer = found.restored[index]
      if (layer) restored[lookup.layer] = layer
    })
    const available = new Set(found.downloaded)
    for (const layer of found.restored)
      for (const entry of layer?.modules ?? []) available.add(entry)
    const plan = planSave({
      checkout,
      restored,
      available: { modules: [...available] },
      refreshFraction
    })
    logger.debug(plan.explanation)
    printJson(io, {
      saves: plan.saves,
      decision: plan.decision,
      explanation: plan.explanation,
      deltaFraction: Number.isFinite(plan.deltaFraction) ? plan.deltaFraction : null,
      staleFraction: Number.isFinite(plan.staleFraction) ? plan.staleFraction : null,
      refreshFraction: plan.refreshFraction,
      missing: plan.missing
    })
    return ExitCode.ok
  }
}

function parseFraction(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new ConfigurationError(`cache: --refresh-fraction must be a number ≥ 0, got "${value}"`, {
      fix: `pass a fraction such as ${DEFAULT_REFRESH_FRACTION}`
    })
  }
  return number
}

async function readIo(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(`cannot read --io ${file}: ${(error as Error).message}`, {
      fix: 'pass the file the save phase was given'
    })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid JSON (${(error as Error).message})`, {
      fix: 'write the save input as one JSON object (see `go-ci-kit cache --help`)'
    })
  }
}

/** Checks the save input's shape; errors name the file and the JSON pointer. */
export function parseSaveIo(
  document: unknown,
  file: string,
  lookupCount: number
): { restored: (RestoredLayer | undefined)[]; downloaded: string[] } {
  const fail = (pointer: string, message: string) =>
    new ConfigurationError(`${file}: ${pointer}: ${message}`, {
      fix: 'write {"restored": [{"key", "kind", "modules"} per lookup], "downloaded": [...]} (see `go-ci-kit cache --help`)'
    })
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  const entries = (value: unknown, pointer: string): string[] => {
    if (!Array.isArray(value)) throw fail(pointer, 'expected an array of "path@version" strings')
    value.forEach((entry, index) => {
      if (typeof entry !== 'string' || entry.lastIndexOf('@') <= 0) {
        throw fail(
          `${pointer}/${index}`,
          `expected a "path@version" string, got ${JSON.stringify(entry)}`
        )
      }
    })
    return value as string[]
  }
  if (!isObject(document)) throw fail('', 'expected a JSON object')
  const restored = document.restored
  if (!Array.isArray(restored)) throw fail('/restored', 'expected an array, one item per lookup')
  if (restored.length !== lookupCount) {
    throw fail(
      '/restored',
      `expected ${lookupCount} items (one per lookup: base, delta), got ${restored.length}`
    )
  }
  const layers = restored.map((item, index): RestoredLayer | undefined => {
    const pointer = `/restored/${index}`
    if (!isObject(item)) throw fail(pointer, 'expected an object')
    if (item.key === null || item.key === undefined) return undefined
    if (typeof item.key !== 'string') throw fail(`${pointer}/key`, 'expected a string or null')
    return { key: item.key, modules: entries(item.modules ?? [], `${pointer}/modules`) }
  })
  return { restored: layers, downloaded: entries(document.downloaded ?? [], '/downloaded') }
}
