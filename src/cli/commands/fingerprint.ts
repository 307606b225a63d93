import path from 'node:path'
import { BuildInfoError, readBuildInfo } from '../../core/buildinfo/index.js'
import { goVersionMOutput } from '../../core/buildinfo/goversion.js'
import { ConfigurationError } from '../../core/errors.js'
import { ExitCode, parseCommandArgs, printJson, type CliIO, type Command } from '../command.js'

export const fingerprintCommand: Command = {
  name: 'fingerprint',
  summary: 'Read Go build info from binaries and check them',
  help: `Usage: go-ci-kit fingerprint FILE... [--json] [--expect '…'] [--compare-to PATH]
       go-ci-kit fingerprint --go-version-m [--all-slices] FILE...

Reads the Go build info embedded in each FILE (ELF, Mach-O including universal
binaries, PE) without a Go toolchain and prints its sha256, size, target
(GOOS/GOARCH + arch level), Go version, cgo, modules, a build fingerprint
(sha256 of dimensions, module graph and settings, vcs.time excluded) and
reproducibility warnings.

Options:
  --expect TEXT        assertions, e.g. 'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
                       (keys: goos goarch cgo go trimpath buildmode, arch levels such as goamd64,
                       or any build setting name; go supports = != >= <= > <)
  --compare-to PATH    an earlier binary, a directory holding binaries of the same names, or a
                       manifest JSON written by --json / the action; reports reproducible or the
                       per-section differences
  --go-version-m       print exactly what \`go version -m FILE\` prints, line for line (for a
                       universal binary that is its first slice only, as Go reads no other;
                       a note on stderr names the slices not shown)
  --all-slices         with --go-version-m: print every slice of a universal binary, each
                       headed "FILE (arch): goVERSION"
  --json               print the manifest (in-toto subjects + per-binary fields) as one JSON document

Exit codes:
  0   ok
  1   an expectation was violated, or --compare-to found the build not reproducible
  2   usage error, or a file is unreadable / not a Go executable
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fingerprint', argv, {
      json: { type: 'boolean' },
      expect: { type: 'string' },
      'compare-to': { type: 'string' },
      'go-version-m': { type: 'boolean' },
      'all-slices': { type: 'boolean' }
    })
    if (positionals.length === 0) {
      throw new ConfigurationError('fingerprint: no FILE given', {
        fix: 'pass one or more Go binaries, e.g. go-ci-kit fingerprint dist/app'
      })
    }
    if (values['go-version-m']) return goVersionM(positionals, io, values['all-slices'] === true)
    if (values['all-slices']) {
      throw new ConfigurationError('fingerprint: --all-slices needs --go-version-m', {
        fix: 'the normal and --json output already list every slice'
      })
    }
    // Loaded only here so --go-version-m starts as fast as the reader alone.
    const { runFingerprint } = await import('../../core/fingerprint/run.js')
    const { renderText } = await import('../../core/fingerprint/render.js')
    const files = positionals.map(name => ({ file: path.resolve(io.cwd, name), name }))
    const { manifest } = await runFingerprint({
      files,
      expect: values.expect,
      compareTo: values['compare-to'] ? path.resolve(io.cwd, values['compare-to']) : undefined
    })
    if (values.json) printJson(io, manifest)
    else io.stdout(renderText(manifest))
    for (const v of manifest.violations) io.stderr(`go-ci-kit: violation: ${v}\n`)
    const failed = manifest.violations.length > 0 || manifest.reproducible === false
    return failed ? ExitCode.gateFailed : ExitCode.ok
  }
}

async function goVersionM(files: string[], io: CliIO, allSlices: boolean): Promise<number> {
  let code: number = ExitCode.ok
  for (const name of files) {
    try {
      const info = await readBuildInfo(path.resolve(io.cwd, name), name)
      io.stdout(goVersionMOutput(name, info, { allSlices }))
      if (info.slices.length > 1 && !allSlices) {
        const hidden = info.slices.slice(1).map(slice => slice.fatArch)
        io.stderr(
          `go-ci-kit: ${name} is a universal binary; like go version -m this shows only its first slice (${info.slices[0].fatArch}), not ${hidden.join(', ')}: add --all-slices to see them\n`
        )
      }
    } catch (error) {
      if (!(error instanceof BuildInfoError)) throw error
      if (error.kind === 'unreadable') io.stderr(`go-ci-kit: ${error.message}\n`)
      else {
        const detail = error.kind === 'upx' ? error.message : error.goMessage
        io.stderr(`${name}: could not read Go build info from ${name}: ${detail}\n`)
      }
      code = ExitCode.usage
    }
  }
  return code
}
