import path from 'node:path'
import { readBuildInfo } from '../../core/buildinfo/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { sha256File } from '../../core/hash.js'
import {
  checkSbomTarget,
  generateSbom,
  SBOM_FORMATS,
  sbomOptionsFromEpoch,
  sbomBinariesOf,
  type SbomBinary,
  type SbomFormat,
  writeSbomDocument
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
    const options = sbomOptionsFromEpoch(io.env.SOURCE_DATE_EPOCH, 'sbom: ')
    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output)
    const label = { prefix: 'sbom: ', name: `--output ${values.output ?? ''}` }
    if (output !== undefined) await checkSbomTarget(output, label, '--output sbom.cdx.json')

    const binaries: SbomBinary[] = []
    for (const name of positionals) binaries.push(...(await describe(io, name)))
    // The CycloneDX library loads only here, on first use (see core/sbom/cyclonedx.ts).
    const document = await generateSbom(binaries, format as SbomFormat, options)
    if (output === undefined) {
      io.stdout(document)
    } else {
      await writeSbomDocument(output, document, label)
      io.stderr(
        `go-ci-kit: wrote ${values.output} (${format}, ${binaries.length} ${binaries.length === 1 ? 'binary' : 'binaries'})\n`
      )
    }
    return ExitCode.ok
  }
}

async function describe(io: CliIO, name: string): Promise<SbomBinary[]> {
  const file = path.resolve(io.cwd, name)
  const info = await readBuildInfo(file, name)
  return sbomBinariesOf(name, await sha256File(file), info)
}
