import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  diffLocks,
  formatDrift,
  parseLock,
  snapshotEnvironment
} from '../../core/fingerprint/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { writeFileAtomic } from '../../core/io.js'
import { ExitCode, parseCommandArgs, printJson, type Command } from '../command.js'

export const envCommand: Command = {
  name: 'env',
  summary: 'Snapshot or verify the Go environment (env snapshot | env verify)',
  help: `Usage: go-ci-kit env snapshot [--out FILE] [--dir DIR] [--json]
       go-ci-kit env verify --lock FILE [--dir DIR] [--strict] [--json]

snapshot records the Go environment as a lock: GOVERSION, GOOS, GOARCH, the arch
level (GOAMD64=…), CGO_ENABLED, GOPROXY, GOSUMDB, GOFLAGS, GOTOOLCHAIN, the sha256
of the \`go\` binary on PATH and of $(go env GOTOOLDIR)/compile, and the module-set
digest of the module in DIR (the same digest the cache keys use).

verify takes a fresh snapshot and names every field that drifted from the lock.

Options:
  --out FILE     write the lock to FILE (snapshot; default: print it)
  --dir DIR      the module directory (default: the current directory)
  --lock FILE    the lock to verify against (verify; required)
  --strict       exit 42 when anything drifted (verify)
  --json         print one JSON document

Exit codes:
  0   ok (verify without --strict also exits 0 on drift, after listing it)
  2   usage or configuration error (no Go on PATH, unreadable lock)
  42  drift found with --strict
`,
  async run(argv, io) {
    const [sub, ...rest] = argv
    const { values } = parseCommandArgs(
      'env',
      rest,
      {
        out: { type: 'string' },
        dir: { type: 'string' },
        lock: { type: 'string' },
        strict: { type: 'boolean' },
        json: { type: 'boolean' }
      },
      false
    )
    const dir = path.resolve(io.cwd, values.dir ?? '.')
    const env = io.env
    if (sub === 'snapshot') {
      const lock = await snapshotEnvironment({ dir, env })
      const text = JSON.stringify(lock, null, 2) + '\n'
      if (values.out) {
        const out = path.resolve(io.cwd, values.out)
        await writeFileAtomic(out, text)
        if (values.json) printJson(io, { lockFile: out, lock })
        else io.stdout(`wrote ${out}\n`)
      } else if (values.json) printJson(io, lock)
      else io.stdout(text)
      return ExitCode.ok
    }
    if (sub === 'verify') {
      if (!values.lock) {
        throw new ConfigurationError('env verify: --lock FILE is required', {
          fix: 'write one with `go-ci-kit env snapshot --out FILE` and pass it'
        })
      }
      const lockFile = path.resolve(io.cwd, values.lock)
      let text: string
      try {
        text = await readFile(lockFile, 'utf8')
      } catch (error) {
        throw new ConfigurationError(
          `cannot read ${lockFile}: ${(error as NodeJS.ErrnoException).code}`
        )
      }
      const locked = parseLock(text, lockFile)
      const drift = diffLocks(locked, await snapshotEnvironment({ dir, env }))
      if (values.json) printJson(io, { drift, ok: drift.length === 0 })
      else if (drift.length === 0) io.stdout('environment matches the lock\n')
      else io.stdout(drift.map(d => `drift: ${formatDrift(d)}\n`).join(''))
      return drift.length > 0 && values.strict ? ExitCode.drift : ExitCode.ok
    }
    throw new ConfigurationError(`env: unknown subcommand "${sub ?? ''}"`, {
      fix: 'use `go-ci-kit env snapshot` or `go-ci-kit env verify --lock FILE`'
    })
  }
}
