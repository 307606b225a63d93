import { ExitCode, parseCommandArgs, printJson, stderrLogger, type Command } from '../command.js'
import { cacheKind, cacheOptions, cacheOptionsHelp, planFor } from './cache-common.js'

export const keyCommand: Command = {
  name: 'key',
  summary: 'Print the cache key for the Go module or build cache',
  help: `Usage: go-ci-kit key [--dir DIR] [--cache mod|build] [--prefix P] [--matrix JSON]
                     [--key-files GLOBS] [--path-hash V] [--json] [--timing]

Prints the cache key on the last stdout line. With --json prints one object:
{ "key", "restoreKeys", "components", "cache", "needed", "notNeededReason",
  "paths", "segments" }. Warnings go to stderr.

The module key reads go.work, go.work.sum, every go.mod and go.sum and
vendor/modules.txt in-process: it needs no Go toolchain. In vendor mode the
module cache is not needed; the key is still printed and "needed" is false.

Options:
${cacheOptionsHelp}
  --timing             print the in-process time on stderr as
                       "go-ci-kit: timing {...}" (milliseconds)

Exit codes:
  0   the key was printed
  2   usage or configuration error (bad go.work or go.sum, no go for --cache build)
`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'key',
      argv,
      { ...cacheOptions, timing: { type: 'boolean' } },
      false
    )
    const started = performance.now()
    const kind = cacheKind('key', values.cache)
    const logger = stderrLogger(io, { prefix: 'go-ci-kit: ', debug: values.verbose === true })
    const { components, plan } = await planFor(kind, values, io, logger)
    if (values.timing) {
      io.stderr(
        `go-ci-kit: timing ${JSON.stringify({ totalMs: +(performance.now() - started).toFixed(2) })}\n`
      )
    }
    if (!plan.needed) logger.info(`the ${kind} cache is not needed: ${plan.notNeededReason}`)
    if (values.json) {
      printJson(io, {
        key: plan.key,
        restoreKeys: plan.restoreKeys,
        components,
        cache: plan.kind,
        needed: plan.needed,
        ...(plan.notNeededReason ? { notNeededReason: plan.notNeededReason } : {}),
        paths: plan.paths,
        segments: plan.segments
      })
    } else {
      io.stdout(`${plan.key}\n`)
    }
    return ExitCode.ok
  }
}
