import { lstat, readdir, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import path from 'node:path'
import {
  BuildInfoError,
  encodeGoString,
  goVersionMOutput,
  readBuildInfo
} from '../../core/buildinfo/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { ExitCode, parseCommandArgs, printJson, type CliIO, type Command } from '../command.js'

export const fingerprintCommand: Command = {
  name: 'fingerprint',
  summary: 'Read Go build info from binaries and check them',
  help: `Usage: go-ci-kit fingerprint FILE... [--json] [--expect '…'] [--compare-to PATH]
                                 [--non-go-files skip|fail]
       go-ci-kit fingerprint --go-version-m [--all-slices] FILE|DIR...

Reads the Go build info embedded in each FILE (ELF, Mach-O including universal
binaries, PE, XCOFF) without a Go toolchain and prints its sha256, size, target
(GOOS/GOARCH + arch level), Go version, cgo, modules, a build fingerprint
(sha256 of dimensions, module graph and settings, vcs.time excluded) and
reproducibility warnings.

Options:
  --expect TEXT        assertions, e.g. 'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
                       (keys: goos goarch cgo go trimpath buildmode experiments, arch levels such
                       as goamd64, or a build setting Go records; go supports = != >= <= > <);
                       an unknown key or impossible value is a usage error (exit 2)
  --non-go-files M     files that are not Go executables (README, archives): skip (default; a
                       note on stderr names each) or fail (exit 2)
  --compare-to PATH    an earlier binary, a directory holding binaries of the same names, or a
                       manifest JSON written by --json / the action; reports reproducible or the
                       per-section differences
  --go-version-m       print exactly what \`go version -m FILE\` prints, byte for byte, and exit
                       as it exits (1 when a named FILE has no readable build info). A DIR is
                       walked and its Go binaries listed; other files in it are skipped silently.
                       A universal binary shows its first slice only, as Go reads no other (a
                       note on stderr names the rest); a 64-bit universal binary is refused,
                       as Go refuses it
  --all-slices         with --go-version-m: print every slice of a universal binary, each
                       headed "FILE (arch): goVERSION"
  --json               print the manifest (in-toto subjects + per-binary fields) as one JSON document

Exit codes:
  0   ok
  1   an expectation was violated, or --compare-to found the build not reproducible;
      with --go-version-m: a named FILE has no readable build info (as go version -m)
  2   usage error, or a file is unreadable, damaged or (with --non-go-files fail, or when no
      FILE is one) not a Go executable
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fingerprint', argv, {
      json: { type: 'boolean' },
      expect: { type: 'string' },
      'compare-to': { type: 'string' },
      'go-version-m': { type: 'boolean' },
      'all-slices': { type: 'boolean' },
      'non-go-files': { type: 'string' }
    })
    const nonGoFiles = values['non-go-files'] ?? 'skip'
    if (nonGoFiles !== 'skip' && nonGoFiles !== 'fail') {
      throw new ConfigurationError(
        `fingerprint: --non-go-files must be skip or fail, not "${nonGoFiles}"`,
        { fix: 'skip lists and ignores files that are not Go executables; fail stops at the first' }
      )
    }
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
    const { runFingerprintFlow, renderText, shownName } =
      await import('../../core/fingerprint/index.js')
    const { manifest, skipped } = await runFingerprintFlow({
      binaries: { files: positionals },
      cwd: io.cwd,
      expect: values.expect,
      compareTo: values['compare-to'] ? path.resolve(io.cwd, values['compare-to']) : undefined,
      nonGoFiles
    })
    for (const file of skipped) {
      io.stderr(`go-ci-kit: ${shownName(file.name)}: skipped, ${file.reason}\n`)
    }
    if (values.json) printJson(io, manifest)
    else io.stdout(renderText(manifest))
    for (const v of manifest.violations) io.stderr(`go-ci-kit: violation: ${v}\n`)
    const failed = manifest.violations.length > 0 || manifest.reproducible === false
    return failed ? ExitCode.gateFailed : ExitCode.ok
  }
}

/** What Go's os.Stat error says after "stat FILE: ". */
function statErrorText(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long'
  }
  return words[error.code ?? ''] ?? error.message
}

/** Go's isGoBinaryCandidate: only such files get an error line when they are not Go binaries. */
function looksLikeBinary(name: string, mode: number): boolean {
  if ((mode & 0o111) !== 0) return true
  const lower = name.toLowerCase()
  return /\.(so|exe|dll)$/.test(lower) || lower.includes('.so.')
}

/** Every regular file (or symlink) under `dir` in Go's filepath.WalkDir order, errors skipped. */
async function walkFiles(dir: string, shown: string): Promise<{ file: string; name: string }[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
  // WalkDir visits names in byte order.
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
  const found: { file: string; name: string }[] = []
  for (const entry of entries) {
    const file = path.join(dir, entry.name)
    const name = path.join(shown, entry.name)
    if (entry.isDirectory()) found.push(...(await walkFiles(file, name)))
    else if (entry.isFile() || entry.isSymbolicLink()) found.push({ file, name })
  }
  return found
}

/**
 * `go version -m ARG...`, byte for byte: a directory is walked and its Go binaries listed
 * (anything else in it is skipped silently); a named file that is not a readable Go binary
 * makes the exit status 1, with an error line only when it looks like a binary, as Go does.
 */
async function goVersionM(args: string[], io: CliIO, allSlices: boolean): Promise<number> {
  let code: number = ExitCode.ok
  for (const arg of args) {
    const abs = path.resolve(io.cwd, arg)
    let info: Stats
    try {
      info = await stat(abs)
    } catch (error) {
      io.stderr(`stat ${arg}: ${statErrorText(error as NodeJS.ErrnoException)}\n`)
      code = ExitCode.gateFailed
      continue
    }
    if (info.isDirectory()) {
      // Go's WalkDir does not follow a symlinked root: it sees one link to a non-file, silently.
      if ((await lstat(abs)).isSymbolicLink()) continue
      for (const { file, name } of await walkFiles(abs, arg)) {
        await printOne(file, name, io, allSlices, undefined)
      }
    } else if (!(await printOne(abs, arg, io, allSlices, info.mode))) {
      code = ExitCode.gateFailed
    }
  }
  return code
}

/**
 * Prints one file's `go version -m` lines; false when it has no readable build info. With
 * `namedMode` (a file named on the command line) errors are reported as Go reports them.
 */
async function printOne(
  file: string,
  name: string,
  io: CliIO,
  allSlices: boolean,
  namedMode: number | undefined
): Promise<boolean> {
  try {
    const info = await readBuildInfo(file, name, { goCompatible: true })
    const text = goVersionMOutput(name, info, { allSlices })
    // Build info may hold bytes that are not UTF-8: write them as they are, like Go.
    const bytes = encodeGoString(text)
    io.stdout(bytes.toString('utf8') === text ? text : bytes)
    if (info.slices.length > 1 && !allSlices) {
      const hidden = info.slices.slice(1).map(slice => slice.fatArch)
      io.stderr(
        `go-ci-kit: ${name} is a universal binary; like go version -m this shows only its first slice (${info.slices[0].fatArch}), not ${hidden.join(', ')}: add --all-slices to see them\n`
      )
    }
    return true
  } catch (error) {
    if (!(error instanceof BuildInfoError)) throw error
    if (namedMode === undefined) return false
    // Go prints just the path when the file itself cannot be opened.
    if (error.kind === 'unreadable') {
      if (!/not a regular file/.test(error.message)) io.stderr(`${name}\n`)
    } else if (looksLikeBinary(name, namedMode)) {
      io.stderr(
        error.kind === 'upx'
          ? `${name}: packed with UPX; unpack first (go version -m: ${error.goMessage})\n`
          : `${name}: could not read Go build info from ${name}: ${error.goMessage}\n`
      )
    }
    return false
  }
}
