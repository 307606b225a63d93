/**
 * Turning a SARIF artifact location into a path relative to the repository
 * root. GitHub ignores `uriBaseId`, so everything has to be resolved here:
 *
 * - `uriBaseId` through the run's `originalUriBaseIds`, or the known ones:
 *   `%SRCROOT%` (staticcheck and govulncheck leave it undefined; it is the
 *   tool's working directory), `%GOROOT%` and `%GOMODCACHE%` (from the
 *   environment; outside the repository);
 * - `file://` and plain absolute paths inside the checkout; absolute paths
 *   under a working directory that is not on this machine (SARIF made in a
 *   container) are re-rooted;
 * - relative paths whose base is unknown (golangci-lint v2 writes them
 *   relative to its config file; a tool run in a module subdirectory writes
 *   them relative to that module) by looking for the file: first in the base
 *   that explains most of the run's paths, then the checkout, the SARIF
 *   file's directory and its parents, and every Go module directory.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ArtifactLocation, SarifRun } from '../types.js'
import { insideRelative } from '../../gomod/index.js'
import { decodeUriPath, encodeRepoPath, filePathOfUri, uriScheme } from './uris.js'

export type ResolvedLocation =
  /**
   * Inside the repository; `exists` says whether the file is there. `ambiguous`
   * lists the directories that each have the file when nothing tells which one
   * the tool meant: `path` is then the URI as written, relative to the root.
   */
  | { kind: 'repo'; path: string; exists: boolean; ambiguous?: string[] }
  /** An absolute path outside the checkout (kept as a `file://` URI). */
  | { kind: 'outside'; absolute: string }
  /** A non-file URI such as https:; kept as it is. */
  | { kind: 'other'; uri: string }
  /** Relative to a base nobody defined (e.g. %GOROOT% with GOROOT unknown). */
  | { kind: 'unresolved'; uri: string; baseId: string }
  | { kind: 'empty' }

/** Cached existence checks: the same few files are asked about thousands of times. */
export class FileLookup {
  private readonly files = new Map<string, boolean>()
  private readonly dirs = new Map<string, boolean>()
  private readonly uris = new Map<string, string>()
  private readonly lines = new Map<string, number>()

  /**
   * The URI of a repository path, one string per path: encoded once, and results
   * pointing at the same file share it, so later lookups by URI (fingerprinting
   * groups 100,000s of results by file) compare identical strings.
   */
  repoUri(repoPath: string): string {
    let uri = this.uris.get(repoPath)
    if (uri === undefined) {
      uri = encodeRepoPath(repoPath)
      this.uris.set(repoPath, uri)
    }
    return uri
  }

  isFile(file: string): boolean {
    let known = this.files.get(file)
    if (known === undefined) {
      known = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
      this.files.set(file, known)
    }
    return known
  }

  /** Lines in a file (a last line without a newline counts); read once, only when asked. */
  lineCount(file: string): number {
    let count = this.lines.get(file)
    if (count === undefined) {
      count = 0
      try {
        const bytes = readFileSync(file)
        for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++
        if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) count++
      } catch {
        count = 0
      }
      this.lines.set(file, count)
    }
    return count
  }

  isDirectory(dir: string): boolean {
    let known = this.dirs.get(dir)
    if (known === undefined) {
      known = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false
      this.dirs.set(dir, known)
    }
    return known
  }
}

export interface PathOptions {
  checkoutDir: string
  /** Absolute directories holding a go.mod, inside the checkout. */
  moduleDirs: string[]
  /** Absolute directories holding a golangci-lint config file. */
  configDirs?: string[]
  /** Known bases by name without percent signs, e.g. GOROOT, GOMODCACHE. */
  baseDirs: Record<string, string>
}

const SOURCE_ROOT_IDS = new Set(['SRCROOT', 'SRC_ROOT', 'SOURCEROOT', 'PROJECTROOT', 'REPOROOT'])

/** `%SRCROOT%` → `SRCROOT`. */
export function baseIdName(id: string): string {
  return id.replace(/^%+|%+$/g, '').toUpperCase()
}

/** A base directory: local and usable, or where the tool ran but not on this machine. */
type Base = { dir: string; local: boolean } | undefined

export class RunPathResolver {
  private readonly bases = new Map<string, Base>()
  private readonly workingDirectory: Base
  private candidates: string[] | undefined
  private readonly byFileUri = new Map<string, ResolvedLocation>()
  /** Where the tool evidently ran: a file found there is the one it meant. */
  private trusted: Set<string> | undefined
  /** The candidate that explains most of the run's relative paths, if one does. */
  private favourite: string | undefined

  constructor(
    private readonly lookup: FileLookup,
    private readonly options: PathOptions,
    private readonly run: SarifRun,
    /** Absolute path of the SARIF file the run came from. */
    private readonly sarifFile: string
  ) {
    const uri = run.invocations?.find(
      invocation => typeof invocation?.workingDirectory?.uri === 'string'
    )?.workingDirectory?.uri
    const dir = typeof uri === 'string' ? foreignOrLocalPath(filePathOfUri(uri)) : undefined
    this.workingDirectory = dir === undefined ? undefined : { dir, local: lookup.isDirectory(dir) }
  }

  /** Picks the search order from the run's paths; call before any location is rewritten. */
  prepare(): void {
    if (this.candidates === undefined) this.inferCandidates()
  }

  /** `line`: the region's start line, when known, tells apart files of one name. */
  resolve(location: ArtifactLocation, line?: number): ResolvedLocation {
    const uri = location.uri
    if (typeof uri !== 'string' || uri.trim() === '') return { kind: 'empty' }
    const scheme = uriScheme(uri)
    if (scheme === 'file') {
      // Thousands of results share a few hundred files: each absolute URI is resolved once.
      const known = this.byFileUri.get(uri)
      if (known !== undefined) return known
      const absolute = filePathOfUri(uri)
      if (absolute !== undefined) {
        const resolved = this.fromAbsolute(foreignOrLocalPath(absolute))
        this.byFileUri.set(uri, resolved)
        return resolved
      }
      // `file://src/f.go`: relative, as codeql-action reads it.
      const relative = relativeFileUriPath(uri)
      return relative === undefined ? { kind: 'other', uri } : this.search(relative, line)
    }
    if (scheme !== undefined) return { kind: 'other', uri }
    return this.resolveRelative(uri, location.uriBaseId, line)
  }

  private resolveRelative(
    uri: string,
    baseId: string | undefined,
    line: number | undefined
  ): ResolvedLocation {
    const relative = decodeUriPath(uri).replace(/\\/g, '/')
    if (path.isAbsolute(relative) || WINDOWS_DRIVE.test(relative))
      return this.fromAbsolute(foreignOrLocalPath(relative))
    if (baseId === undefined) return this.search(relative, line)
    const base = this.base(baseId)
    if (base === undefined) {
      if (SOURCE_ROOT_IDS.has(baseIdName(baseId))) return this.search(relative, line)
      return { kind: 'unresolved', uri, baseId }
    }
    if (!base.local) return this.search(relative, line)
    return this.fromAbsolute(path.resolve(base.dir, relative))
  }

  private fromAbsolute(absolute: string): ResolvedLocation {
    const inside = insideRelative(this.options.checkoutDir, absolute)
    if (inside !== undefined && inside !== '') {
      return { kind: 'repo', path: inside, exists: this.lookup.isFile(absolute) }
    }
    // Made elsewhere (a container's /github/workspace, another runner's path):
    // re-root what sits under the tool's working directory or a foreign base.
    for (const base of [this.workingDirectory, ...this.bases.values()]) {
      if (!base || base.local) continue
      const underBase = insideRelative(base.dir, absolute)
      if (underBase) {
        const found = this.search(underBase)
        if (found.kind === 'repo' && found.exists) return found
      }
    }
    return { kind: 'outside', absolute }
  }

  /** The directory a uriBaseId stands for, or undefined when nobody defined it. */
  private base(id: string, seen = new Set<string>()): Base {
    if (this.bases.has(id)) return this.bases.get(id)
    let base: Base
    const defined = this.run.originalUriBaseIds?.[id]
    if (defined && typeof defined.uri === 'string' && !seen.has(id)) {
      seen.add(id)
      const uri = defined.uri
      const absolute = filePathOfUri(uri)
      if (absolute !== undefined) base = { dir: absolute, local: this.lookup.isDirectory(absolute) }
      else if (uriScheme(uri) === undefined) {
        const relative = decodeUriPath(uri)
        const parent =
          defined.uriBaseId !== undefined
            ? this.base(defined.uriBaseId, seen)
            : path.isAbsolute(relative)
              ? { dir: '/', local: true }
              : { dir: this.options.checkoutDir, local: true }
        if (parent) {
          const dir = path.resolve(parent.dir, relative)
          base = { dir, local: parent.local && this.lookup.isDirectory(dir) }
        }
      }
    } else {
      const name = baseIdName(id)
      if (SOURCE_ROOT_IDS.has(name)) base = this.workingDirectory
      else {
        const known = this.options.baseDirs[name]
        if (known) base = { dir: known, local: true }
      }
    }
    this.bases.set(id, base)
    return base
  }

  /**
   * A relative path with an unknown base. Where the tool ran (its working
   * directory, the SARIF file's directory and parents, the checkout root)
   * decides first; else a module or config directory, when only one has the
   * file (with the line), or the run's other paths single it out. Several
   * equally likely: ambiguous, nothing guessed. Nowhere: relative to the
   * working directory or the root, as code scanning reads it.
   */
  private search(relative: string, line?: number): ResolvedLocation {
    const candidates = this.candidates ?? this.inferCandidates()
    const having: string[] = []
    for (const dir of candidates) {
      if (this.lookup.isFile(path.resolve(dir, relative))) having.push(dir)
    }
    // Where the tool evidently ran wins (candidates are in order of likelihood).
    const trusted =
      having.find(dir => this.trusted?.has(dir)) ?? (having.length === 1 ? having[0] : undefined)
    if (trusted !== undefined) return this.fromAbsoluteFound(path.resolve(trusted, relative))
    if (having.length === 0) {
      const base =
        this.workingDirectory?.local &&
        insideRelative(this.options.checkoutDir, this.workingDirectory.dir) !== undefined
          ? this.workingDirectory.dir
          : this.options.checkoutDir
      const absolute = path.resolve(base, relative)
      const inside = insideRelative(this.options.checkoutDir, absolute)
      if (inside === undefined || inside === '') return { kind: 'outside', absolute }
      return { kind: 'repo', path: inside, exists: false }
    }
    // A line past the end of a file says it is the wrong file.
    const fitting =
      line === undefined
        ? having
        : having.filter(dir => this.lookup.lineCount(path.resolve(dir, relative)) >= line)
    const remaining = fitting.length > 0 ? fitting : having
    if (remaining.length === 1) return this.fromAbsoluteFound(path.resolve(remaining[0], relative))
    if (this.favourite !== undefined && remaining.includes(this.favourite))
      return this.fromAbsoluteFound(path.resolve(this.favourite, relative))
    const inside = insideRelative(
      this.options.checkoutDir,
      path.resolve(this.options.checkoutDir, relative)
    )
    if (inside === undefined || inside === '')
      return { kind: 'outside', absolute: path.resolve(this.options.checkoutDir, relative) }
    return {
      kind: 'repo',
      path: inside,
      exists: false,
      ambiguous: remaining.map(dir => insideRelative(this.options.checkoutDir, dir) || '.')
    }
  }

  private fromAbsoluteFound(absolute: string): ResolvedLocation {
    const inside = insideRelative(this.options.checkoutDir, absolute)
    return inside === undefined || inside === ''
      ? { kind: 'outside', absolute }
      : { kind: 'repo', path: inside, exists: true }
  }

  /**
   * Orders the directories a relative path may be relative to. The one that
   * explains most of the run's primary locations goes first, so a run made in
   * a module directory resolves `main.go` to that module even when another
   * module has a `main.go` too.
   */
  private inferCandidates(): string[] {
    const checkout = this.options.checkoutDir
    const ordered: string[] = []
    const add = (dir: string | undefined) => {
      if (dir === undefined || ordered.includes(dir)) return
      if (insideRelative(checkout, dir) === undefined) return
      ordered.push(dir)
    }
    if (this.workingDirectory?.local) add(this.workingDirectory.dir)
    // The SARIF file's directory and its parents (nearest first): a tool usually
    // writes its report where it ran, so on a tie that directory wins.
    for (let dir = path.dirname(this.sarifFile); insideRelative(checkout, dir) !== undefined;) {
      add(dir)
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
    add(checkout)
    const trusted = (this.trusted = new Set(ordered))
    for (const dir of this.options.moduleDirs) add(dir)
    // golangci-lint v2 writes paths relative to its config file's directory.
    for (const dir of this.options.configDirs ?? []) add(dir)

    // A working directory from another machine (/github/workspace/moda in a
    // container) still names the module: directories it ends with come first.
    const foreign =
      this.workingDirectory && !this.workingDirectory.local ? this.workingDirectory.dir : undefined
    if (foreign) {
      const suffix = (dir: string) => insideRelative(checkout, dir) ?? ''
      const matching = ordered
        .filter(
          dir => suffix(dir) !== '' && foreign.replace(/\\/g, '/').endsWith(`/${suffix(dir)}`)
        )
        .sort((a, b) => suffix(b).length - suffix(a).length)
      for (const dir of matching.reverse()) {
        ordered.unshift(...ordered.splice(ordered.indexOf(dir), 1))
        trusted.add(dir)
      }
    }

    const samples = this.sampleRelativePaths(200)
    let best = 0
    let bestScore = 0
    let tied = false
    ordered.forEach((dir, index) => {
      let score = 0
      for (const relative of samples) if (this.lookup.isFile(path.resolve(dir, relative))) score++
      if (score > bestScore) {
        best = index
        bestScore = score
        tied = false
      } else if (score === bestScore && score > 0) tied = true
    })
    // The directory that explains more of the run's paths than any other.
    if (bestScore > 0 && !tied) this.favourite = ordered[best]
    if (best > 0) ordered.unshift(...ordered.splice(best, 1))
    this.candidates = ordered
    return ordered
  }

  /** Relative paths of the run's locations (primary ones first), before any is rewritten. */
  private sampleRelativePaths(limit: number): string[] {
    const samples = new Set<string>()
    const consider = (artifact: ArtifactLocation | undefined) => {
      const uri = artifact?.uri
      if (typeof uri !== 'string' || uri === '' || uriScheme(uri) !== undefined) return
      if (artifact?.uriBaseId !== undefined && !SOURCE_ROOT_IDS.has(baseIdName(artifact.uriBaseId)))
        return
      const relative = decodeUriPath(uri).replace(/\\/g, '/')
      if (!path.isAbsolute(relative)) samples.add(relative)
    }
    const results = this.run.results ?? []
    for (const result of results) {
      consider(result?.locations?.[0]?.physicalLocation?.artifactLocation)
      if (samples.size >= limit) return [...samples]
    }
    // govulncheck's primary location is always go.mod: its stack frames tell modules apart.
    for (const result of results) {
      for (const stack of result?.stacks ?? [])
        for (const frame of stack?.frames ?? [])
          consider(frame?.location?.physicalLocation?.artifactLocation)
      for (const flow of result?.codeFlows ?? [])
        for (const thread of flow?.threadFlows ?? [])
          for (const step of thread?.locations ?? [])
            consider(step?.location?.physicalLocation?.artifactLocation)
      if (samples.size >= limit) break
    }
    return [...samples]
  }
}

const WINDOWS_DRIVE = /^[a-zA-Z]:\//

/**
 * A Windows path (`C:/src/a.go`, from a raw `C:\\src\\a.go` or a file URI) on a
 * POSIX machine: absolute on the machine that made it, so written `/C:/src/a.go`
 * as fileURLToPath gives it; never relative to anything here.
 */
function foreignOrLocalPath(absolute: string): string
function foreignOrLocalPath(absolute: string | undefined): string | undefined
function foreignOrLocalPath(absolute: string | undefined): string | undefined {
  if (absolute === undefined || process.platform === 'win32') return absolute
  return WINDOWS_DRIVE.test(absolute) ? `/${absolute}` : absolute
}

/** `file://src/f.go` or `file:src/f.go`: the relative path, else undefined. */
function relativeFileUriPath(uri: string): string | undefined {
  const rest = decodeUriPath(uri.replace(/^file:(\/\/)?/i, '')).replace(/\\/g, '/')
  if (rest === '' || rest.startsWith('/') || WINDOWS_DRIVE.test(rest)) return undefined
  return rest
}
