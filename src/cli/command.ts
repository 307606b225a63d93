import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigurationError } from '../core/errors.js'
import type { Logger } from '../core/report.js'

/** Documented exit codes shared by every command. */
export const ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  toolFailed: 3,
  drift: 42
} as const

export interface CliIO {
  /** Bytes for output that must reach stdout unchanged (Go build info need not be UTF-8). */
  stdout(text: string | Uint8Array): void
  stderr(text: string): void
  cwd: string
  env: NodeJS.ProcessEnv
}

export interface Command {
  name: string
  summary: string
  /** Full `--help` text. */
  help: string
  run(argv: string[], io: CliIO): Promise<number>
}

type Options = NonNullable<ParseArgsConfig['options']>

/** parseArgs with usage errors turned into ConfigurationErrors that name the command. */
export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = true
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true })
  } catch (error) {
    throw new ConfigurationError(`${command}: ${(error as Error).message}`, {
      fix: `see \`go-ci-kit ${command} --help\``
    })
  }
}

/** Writes exactly one JSON document to stdout. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n')
}

/**
 * The CLI's logger: every level goes to stderr, so stdout holds only a
 * command's output or its one JSON document. `prefix` starts each line;
 * debug lines show when `debug` is set (default: GO_CI_KIT_DEBUG is set).
 */
export function stderrLogger(
  io: CliIO,
  options: { prefix?: string; debug?: boolean } = {}
): Logger {
  const prefix = options.prefix ?? ''
  const debug = options.debug ?? Boolean(io.env.GO_CI_KIT_DEBUG)
  return {
    info: message => io.stderr(`${prefix}${message}\n`),
    warning: message => io.stderr(`${prefix}warning: ${message}\n`),
    debug: message => {
      if (debug) io.stderr(`${prefix}debug: ${message}\n`)
    }
  }
}
