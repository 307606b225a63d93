import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import {
  explainRestore,
  matchAgainst,
  parseComponentsDocument,
  planBuildKey,
  planModKey,
  type Explanation
} from '../../core/cache/index.js'
import {
  ExitCode,
  parseCommandArgs,
  printJson,
  stderrLogger,
  type CliIO,
  type Command
} from '../command.js'
import { cacheKind, cacheOptions, cacheOptionsHelp, planFor } from './cache-common.js'

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Explain why a cache key differs from a previous one',
  help: `Usage: go-ci-kit explain --previous FILE [--dir DIR] [--cache mod|build] [--json]

Compares earlier key components with the current ones and says what a cache
restore would be (exact, partial or miss) and why. FILE is the output of
\`go-ci-kit key --json\`, a cache manifest (.go-ci-kit/manifest-<kind>.json) or
a bare components object.

With --json prints one object: { "hitKind", "reasons", "detail", "modules":
{ "added", "removed", "changed": [{ "path", "from", "to" }] }, "settings",
"files", "key", "previousKey" }. Every module whose version set differs is
listed. Reasons: deps-changed, go-mod-changed, go-work-changed, vendor-changed,
toolchain-changed, env-changed, path-changed, matrix-changed,
key-files-changed, first-run.

Options:
  --previous FILE      earlier components (required)
${cacheOptionsHelp}

Exit codes:
  0   the explanation was printed (whatever the hit kind)
  2   usage or configuration error (unreadable --previous, bad go.work or go.sum)
`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'explain',
      argv,
      { ...cacheOptions, previous: { type: 'string' } },
      false
    )
    if (!values.previous) {
      throw new ConfigurationError('explain: --previous FILE is required', {
        fix: 'save the output of `go-ci-kit key --json` from the earlier run and pass it'
      })
    }
    const kind = cacheKind('explain', values.cache)
    const logger = stderrLogger(io, { prefix: 'go-ci-kit: ', debug: values.verbose === true })
    const previousFile = path.resolve(io.cwd, values.previous)
    let text: string
    try {
      text = await readFile(previousFile, 'utf8')
    } catch (error) {
      throw new ConfigurationError(
        `explain: cannot read --previous ${values.previous} (${(error as Error).message})`,
        {
          fix: 'pass the path of a file written by `go-ci-kit key --json`'
        }
      )
    }
    const previous = parseComponentsDocument(text, values.previous)
    const { components, plan, options } = await planFor(kind, values, io, logger)
    let previousKey = previous.key
    if (previousKey === undefined) {
      if (kind === 'mod') previousKey = planModKey(previous.components, options).key
      else if (previous.components.toolchain)
        previousKey = planBuildKey(previous.components, options).key
    }
    const hitKind = previousKey === undefined ? 'miss' : matchAgainst(plan, previousKey)
    const explanation = explainRestore(kind, components, previous.components, {
      primaryKey: plan.key,
      ...(hitKind !== 'miss' ? { matchedKey: previousKey } : {})
    })
    if (values.json) {
      printJson(io, { ...explanation, key: plan.key, previousKey: previousKey ?? null })
    } else {
      printText(io, explanation, plan.key)
    }
    return ExitCode.ok
  }
}

function printText(io: CliIO, explanation: Explanation, key: string): void {
  const lines = [
    `hit-kind: ${explanation.hitKind}`,
    `reasons: ${explanation.reasons.join(', ') || '(none)'}`,
    `detail: ${explanation.detail}`,
    `key: ${key}`
  ]
  const { added, removed, changed } = explanation.modules
  if (added.length + removed.length + changed.length > 0) {
    lines.push('modules:')
    for (const change of changed) lines.push(`  ~ ${change.path} ${change.from} → ${change.to}`)
    for (const entry of added) lines.push(`  + ${entry}`)
    for (const entry of removed) lines.push(`  - ${entry}`)
  }
  for (const setting of explanation.settings) {
    lines.push(`setting: ${setting.name} ${setting.from || '(unset)'} → ${setting.to || '(unset)'}`)
  }
  io.stdout(lines.join('\n') + '\n')
}
