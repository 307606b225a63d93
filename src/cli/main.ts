import { ConfigurationError, GateFailure, getErrorMessage } from '../core/errors.js'
import { ExitCode, printJson, type CliIO, type Command } from './command.js'
import { GO_CI_KIT_VERSION } from '../core/version.js'

/**
 * Commands load lazily so `go-ci-kit fingerprint` does not pay for the SARIF
 * schema or the cache core at start-up.
 */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  key: {
    summary: 'Print the cache key for the Go module or build cache',
    load: async () => (await import('./commands/key.js')).keyCommand
  },
  explain: {
    summary: 'Explain why a cache key differs from a previous one',
    load: async () => (await import('./commands/explain.js')).explainCommand
  },
  vuln: {
    summary: 'Run govulncheck (or read its output) and gate on the findings',
    load: async () => (await import('./commands/vuln.js')).vulnCommand
  },
  sarif: {
    summary: 'Normalize, annotate or upload SARIF',
    load: async () => (await import('./commands/sarif.js')).sarifCommand
  },
  fingerprint: {
    summary: 'Read Go build info from binaries and check them',
    load: async () => (await import('./commands/fingerprint.js')).fingerprintCommand
  },
  sbom: {
    summary: 'Write a CycloneDX or SPDX SBOM from the build info of Go binaries',
    load: async () => (await import('./commands/sbom.js')).sbomCommand
  },
  env: {
    summary: 'Snapshot or verify the Go environment (env snapshot | env verify)',
    load: async () => (await import('./commands/env.js')).envCommand
  },
  cache: {
    summary: 'Plan the layered module cache (cache plan restore|save)',
    load: async () => (await import('./commands/cache.js')).cacheCommand
  },
  cacheprog: {
    summary: 'A GOCACHEPROG build cache for Go 1.24+ (local dir, shared dir or S3 packs)',
    load: async () => (await import('./commands/cacheprog.js')).cacheprogCommand
  },
  image: {
    summary: 'Audit container images (no daemon): layer waste, Go binaries per platform, an SBOM',
    load: async () => (await import('./commands/image.js')).imageCommand
  }
}

export const topLevelHelp = `go-ci-kit: Go CI tools (cache keys, vulnerability gate, SARIF, binary fingerprints)

Usage: go-ci-kit <command> [options] [--json]

Commands:
${Object.entries(commands)
  .map(([name, entry]) => `  ${name.padEnd(12)} ${entry.summary}`)
  .join('\n')}

Every command takes --help. With --json a command prints exactly one JSON
document on stdout; logs go to stderr.

Exit codes:
  0   ok
  1   a gate failed (vulnerabilities, SARIF levels, expectations)
  2   usage or configuration error
  3   an external tool failed (govulncheck)
  42  environment drift (env verify --strict)
`

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelHelp)
    return name === undefined ? ExitCode.usage : ExitCode.ok
  }
  if (name === '--version') {
    io.stdout(`${GO_CI_KIT_VERSION}\n`)
    return ExitCode.ok
  }
  const entry = commands[name]
  const json = rest.includes('--json')
  if (!entry) {
    return reportError(
      io,
      json,
      new ConfigurationError(`unknown command "${name}"`, {
        fix: 'run `go-ci-kit --help` for the list'
      })
    )
  }
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.endsWith('\n') ? command.help : command.help + '\n')
    return ExitCode.ok
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    return reportError(io, json, error)
  }
}

function reportError(io: CliIO, json: boolean, error: unknown): number {
  const userError = error instanceof ConfigurationError || error instanceof GateFailure
  const code = error instanceof GateFailure ? ExitCode.gateFailed : userError ? ExitCode.usage : 70
  const message = getErrorMessage(error)
  if (json) printJson(io, { error: { message, kind: userError ? 'configuration' : 'internal' } })
  io.stderr(`go-ci-kit: ${message}\n`)
  if (!userError && error instanceof Error && error.stack) io.stderr(error.stack + '\n')
  return code
}
