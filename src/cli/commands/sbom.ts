import { stat } from 'node:fs/promises'
import path from 'node:path'
import { readBuildInfo } from '../../core/buildinfo/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { sha256File } from '../../core/hash.js'
import { writeFileAtomic } from '../../core/io.js'
import {
  generateSbom,
  SBOM_FORMATS,
  sbomBinariesOf,
  type SbomBinary,
  type SbomFormat
} from '../../core/sbom/index.js'
import { ExitCode, parseCommandArgs, type CliIO, type Command } from '../command.js'

export const sbomCommand: Command = {
  name: 'sbom',
  summary: 'Write a CycloneDX or SPDX SBOM from the build info of Go binaries',
  help: `Usage: go-ci-kit sbom FILE... [--format cyclonedx|spdx] [--output FILE]

Reads the Go build info embedded in each FILE (no Go toolchain needed) and writes
one SBOM describing them all: CycloneDX 1.6 JSON (default) or SPDX 2.3 JSON.

Each binary is an application (its main module, the file's sha256, its Go version
and build settings such as GOOS, GOARCH, CGO_ENABLED, -trimpath and vcs.revision);
every module linked in is a library with a pkg:golang purl (after replace
directives, the replaced module recorded), the SHA-256 its go.sum h1: hash names,
and the standard library as pkg:golang/stdlib@<Go version>. Each slice of a
universal binary is described on its own.

Options:
  --format F       cyclonedx (default) or spdx
  --output FILE    write the SBOM to FILE (atomically: the old file or the whole new
                   one, never half) instead of stdout

Environment:
  SOURCE_DATE_EPOCH   when set (seconds since 1970), the document's timestamp, and
                      its serial number / namespace is derived from the content, so
                      the same binaries give byte-identical output

Exit codes:
  0   the SBOM was written
  2   usage error, or a FILE is missing, unreadable or not a Go executable, or the
      output cannot be written (nothing is written then)
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('sbom', argv, {
      format: { type: 'string' },
      output: { type: 'string' }
    })
    const format = values.format ?? 'cyclonedx'
    if (!(SBOM_FORMATS as readonly string[]).includes(format)) {
      throw new ConfigurationError(`sbom: --format must be cyclonedx or spdx, not "${format}"`, {
        fix: 'cyclonedx writes CycloneDX 1.6 JSON, spdx writes SPDX 2.3 JSON'
      })
    }
    if (positionals.length === 0) {
      throw new ConfigurationError('sbom: no FILE given', {
        fix: 'pass one or more Go binaries, e.g. go-ci-kit sbom dist/app --output app.cdx.json'
      })
    }
    const timestamp = sourceDateEpoch(io.env.SOURCE_DATE_EPOCH)
    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output)
    if (output !== undefined) await checkOutput(output, values.output as string)

    const binaries: SbomBinary[] = []
    for (const name of positionals) binaries.push(...(await describe(io, name)))
    // The CycloneDX library loads only here, on first use (see core/sbom/cyclonedx.ts).
    const document = await generateSbom(binaries, format as SbomFormat, {
      timestamp,
      reproducible: timestamp !== undefined
    })
    if (output === undefined) {
      io.stdout(document)
    } else {
      try {
        await writeFileAtomic(output, document)
      } catch (error) {
        throw outputError(values.output as string, error as NodeJS.ErrnoException)
      }
      io.stderr(
        `go-ci-kit: wrote ${values.output} (${format}, ${binaries.length} ${binaries.length === 1 ? 'binary' : 'binaries'})\n`
      )
    }
    return ExitCode.ok
  }
}

function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^\d{1,12}$/.test(value)) {
    throw new ConfigurationError(
      `sbom: SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${value}"`,
      { fix: 'e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it' }
    )
  }
  return new Date(Number(value) * 1000)
}

async function checkOutput(output: string, shown: string): Promise<void> {
  const info = await stat(output).catch(() => undefined)
  if (info?.isDirectory()) {
    throw new ConfigurationError(`sbom: --output ${shown} is a directory`, {
      fix: 'give a file name, e.g. --output sbom.cdx.json'
    })
  }
}

function outputError(shown: string, error: NodeJS.ErrnoException): ConfigurationError {
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a parent of it is a file',
    EEXIST: 'a parent of it is a file',
    EISDIR: 'it is a directory',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device'
  }
  return new ConfigurationError(
    `sbom: cannot write --output ${shown}: ${why[error.code ?? ''] ?? error.message}`,
    { fix: 'choose a writable path; nothing was written' }
  )
}

async function describe(io: CliIO, name: string): Promise<SbomBinary[]> {
  const file = path.resolve(io.cwd, name)
  const info = await readBuildInfo(file, name)
  return sbomBinariesOf(name, await sha256File(file), info)
}
