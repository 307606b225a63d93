/**
 * go.sum reading and the normalized module set.
 *
 * The module set is the sorted, de-duplicated list of `module@version` (a zip
 * the build needs) and `module@version/go.mod` (only the go.mod is needed)
 * entries from every go.sum and go.work.sum. Hashes are left out on purpose:
 * with the checksum database a module version has exactly one hash, so the
 * hash adds nothing to the key, and a go.sum whose hash disagrees with another
 * for the same version is a checksum mismatch the go command refuses whatever
 * the cache holds (a restore-key fallback would bring the same zip back). Such
 * conflicts are reported as warnings naming both places instead.
 */
import { fileError } from '../errors.js'
import type { Logger } from '../report.js'
import { digestParts } from '../hash.js'

export interface GoSumFile {
  /** Repo-relative path, used in messages. */
  file: string
  text: string
}

/** `module@version` or `module@version/go.mod` for each line, in file order (duplicates kept). */
export function parseGoSum(text: string, file: string): { entries: string[]; hashes: string[] } {
  const entries: string[] = []
  const hashes: string[] = []
  scanGoSum(text, file, (s0, e0, s1, e1, s2, e2) => {
    entries.push(text.slice(s0, e0) + '@' + text.slice(s1, e1))
    hashes.push(text.slice(s2, e2))
  })
  return { entries, hashes }
}

/**
 * Calls `visit` with the start and end offsets of the module, version and
 * hash fields of each go.sum line; a malformed line is a `file:line` error.
 * Works on offsets (no per-line strings or arrays): go.sum files can have
 * 100k lines and a workspace has one per module.
 */
export function scanGoSum(
  text: string,
  file: string,
  visit: (s0: number, e0: number, s1: number, e1: number, s2: number, e2: number) => void
): void {
  const length = text.length
  // Files with only single spaces between fields (nearly all) take a fast path of indexOf calls.
  const plain = !/[\t\r\v\f\uFEFF]/.test(text)
  let lineNumber = 0
  let position = 0
  while (position < length) {
    lineNumber++
    let end = text.indexOf('\n', position)
    if (end < 0) end = length
    if (plain && end > position && text.charCodeAt(position) !== 32) {
      const space1 = text.indexOf(' ', position)
      const space2 = space1 < 0 ? -1 : text.indexOf(' ', space1 + 1)
      const space3 = space2 < 0 ? -1 : text.indexOf(' ', space2 + 1)
      if (
        space1 > position &&
        space2 > space1 + 1 &&
        space2 < end - 1 &&
        (space3 < 0 || space3 >= end) &&
        text.charCodeAt(space1 + 1) === 118 /* v */
      ) {
        const colon = text.indexOf(':', space2 + 1)
        if (colon > space2 + 1 && colon < end - 1) {
          const start = position
          position = end + 1
          visit(start, space1, space1 + 1, space2, space2 + 1, end)
          continue
        }
      }
    }
    let count = 0
    let s0 = 0
    let e0 = 0
    let s1 = 0
    let e1 = 0
    let s2 = 0
    let e2 = 0
    let i = position
    while (i < end) {
      while (i < end && isSpace(text.charCodeAt(i))) i++
      if (i >= end) break
      const fieldStart = i
      while (i < end && !isSpace(text.charCodeAt(i))) i++
      if (count === 0) {
        s0 = fieldStart
        e0 = i
      } else if (count === 1) {
        s1 = fieldStart
        e1 = i
      } else if (count === 2) {
        s2 = fieldStart
        e2 = i
      }
      count++
    }
    position = end + 1
    if (count === 0) continue
    if (count !== 3) {
      throw fileError(
        { file, line: lineNumber },
        `malformed go.sum line: expected "module version hash", found ${count} field${count === 1 ? '' : 's'}`,
        'fix or delete the line, then run `go mod tidy` to rewrite go.sum'
      )
    }
    const hashColon = text.indexOf(':', s2)
    if (text.charCodeAt(s1) !== 118 /* v */ || hashColon <= s2 || hashColon >= e2) {
      throw fileError(
        { file, line: lineNumber },
        `malformed go.sum line: "${text.slice(s0, e0)} ${text.slice(s1, e1)} ${text.slice(s2, e2)}" is not "module vX.Y.Z[/go.mod] h1:…"`,
        'fix or delete the line, then run `go mod tidy` to rewrite go.sum'
      )
    }
    visit(s0, e0, s1, e1, s2, e2)
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xfeff
}

export interface ModuleSet {
  entries: string[]
  digest: string
}

/** Merges go.sum files into the normalized module set; warns on hash conflicts. */
export function buildModuleSet(files: GoSumFile[], logger?: Logger): ModuleSet {
  // "module version" -> its h1 hash and the file it was first seen in (null: no h1 hash yet).
  // Keys are single slices of the line, cheaper to hash than joined strings.
  const seen = new Map<string, { hash: string; file: string } | null>()
  const conflicts: string[] = []
  for (const { file, text } of files) {
    scanGoSum(text, file, (s0, e0, s1, e1, s2, e2) => {
      const key =
        s1 === e0 + 1 && text.charCodeAt(e0) === 32
          ? text.slice(s0, e1)
          : text.slice(s0, e0) + ' ' + text.slice(s1, e1)
      const isH1 = text.startsWith('h1:', s2)
      const earlier = seen.get(key)
      if (earlier === undefined || (earlier === null && isH1)) {
        seen.set(key, isH1 ? { hash: text.slice(s2, e2), file } : null)
      } else if (
        isH1 &&
        earlier !== null &&
        !(earlier.hash.length === e2 - s2 && text.startsWith(earlier.hash, s2)) &&
        conflicts.length < 20
      ) {
        const entry = key.replace(' ', '@')
        conflicts.push(
          `${entry} is ${earlier.hash} in ${earlier.file} but ${text.slice(s2, e2)} in ${file}`
        )
      }
    })
  }
  for (const conflict of conflicts) {
    logger?.warning(
      `go.sum checksum conflict: ${conflict}; the go command will report a checksum mismatch (run \`go mod tidy\` in the stale module)`
    )
  }
  const entries = Array.from(seen.keys(), key => key.replace(' ', '@')).sort()
  return { entries, digest: moduleSetDigest(entries) }
}

/** The digest of a sorted, de-duplicated module set. */
export function moduleSetDigest(sortedEntries: readonly string[]): string {
  return digestParts(sortedEntries)
}

/** `module@version` entries whose zips are needed (the go.mod-only ones dropped). */
export function zipEntries(moduleSet: readonly string[]): string[] {
  return moduleSet.filter(entry => !entry.endsWith('/go.mod'))
}

/** Splits `module@version[/go.mod]` into its parts. */
export function splitEntry(entry: string): { path: string; version: string; goModOnly: boolean } {
  const at = entry.lastIndexOf('@')
  const goModOnly = entry.endsWith('/go.mod')
  const version = entry.slice(at + 1, goModOnly ? -'/go.mod'.length : undefined)
  return { path: entry.slice(0, at), version, goModOnly }
}
