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
import { statSync } from 'node:fs'
import path from 'node:path'
import type { ArtifactLocation, SarifRun } from './types.js'
import { decodeUriPath, encodeRepoPath, filePathOfUri, relativeInside, uriScheme } from './uris.js'

export type ResolvedLocation =
  /** Inside the repository; `exists` says whether the file is there. */
  | { kind: 'repo'; path: string; exists: boolean }
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

  constructor(
    private readonly lookup: FileLookup,
    private readonly options: PathOptions,
    private readonly run: SarifRun,
    /** Absolute path of the SARIF file the run came from. */
    private readonly sarifFile: string
  ) {
    const uri = run.invocations?.[0]?.workingDirectory?.uri
    const dir = typeof uri === 'string' ? filePathOfUri(uri) : undefined
    this.workingDirectory = dir === undefined ? undefined : { dir, local: lookup.isDirectory(dir) }
  }

  /** Picks the search order from the run's paths; call before any location is rewritten. */
  prepare(): void {
    if (this.candidates === undefined) this.inferCandidates()
  }

  resolve(location: ArtifactLocation): ResolvedLocation {
    const uri = location.uri
    if (typeof uri !== 'string' || uri.trim() === '') return { kind: 'empty' }
    const scheme = uriScheme(uri)
    if (scheme === 'file') {
      const absolute = filePathOfUri(uri)
      return absolute === undefined ? { kind: 'other', uri } : this.fromAbsolute(absolute)
    }
    if (scheme !== undefined) return { kind: 'other', uri }
    const relative = decodeUriPath(uri).replace(/\\/g, '/')
    if (path.isAbsolute(relative) || /^[a-zA-Z]:\//.test(relative))
      return this.fromAbsolute(relative)
    const baseId = location.uriBaseId
    if (baseId === undefined) return this.search(relative)
    const base = this.base(baseId)
    if (base === undefined) {
      if (SOURCE_ROOT_IDS.has(baseIdName(baseId))) return this.search(relative)
      return { kind: 'unresolved', uri, baseId }
    }
    if (!base.local) return this.search(relative)
    return this.fromAbsolute(path.resolve(base.dir, relative))
  }

  private fromAbsolute(absolute: string): ResolvedLocation {
    const inside = relativeInside(this.options.checkoutDir, absolute)
    if (inside !== undefined && inside !== '') {
      return { kind: 'repo', path: inside, exists: this.lookup.isFile(absolute) }
    }
    // Made elsewhere (a container's /github/workspace, another runner's path):
    // re-root what sits under the tool's working directory or a foreign base.
    for (const base of [this.workingDirectory, ...this.bases.values()]) {
      if (!base || base.local) continue
      const underBase = relativeInside(base.dir, absolute)
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

  /** A relative path with an unknown base: the first candidate directory that has the file. */
  private search(relative: string): ResolvedLocation {
    const candidates = this.candidates ?? this.inferCandidates()
    for (const dir of candidates) {
      const absolute = path.resolve(dir, relative)
      if (this.lookup.isFile(absolute)) return this.fromAbsoluteFound(absolute)
    }
    const absolute = path.resolve(candidates[0], relative)
    const inside = relativeInside(this.options.checkoutDir, absolute)
    if (inside === undefined || inside === '') return { kind: 'outside', absolute }
    return { kind: 'repo', path: inside, exists: false }
  }

  private fromAbsoluteFound(absolute: string): ResolvedLocation {
    const inside = relativeInside(this.options.checkoutDir, absolute)
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
      if (relativeInside(checkout, dir) === undefined) return
      ordered.push(dir)
    }
    if (this.workingDirectory?.local) add(this.workingDirectory.dir)
    // The SARIF file's directory and its parents (nearest first): a tool usually
    // writes its report where it ran, so on a tie that directory wins.
    for (let dir = path.dirname(this.sarifFile); relativeInside(checkout, dir) !== undefined;) {
      add(dir)
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
    add(checkout)
    for (const dir of this.options.moduleDirs) add(dir)
    // golangci-lint v2 writes paths relative to its config file's directory.
    for (const dir of this.options.configDirs ?? []) add(dir)

    // A working directory from another machine (/github/workspace/moda in a
    // container) still names the module: directories it ends with come first.
    const foreign =
      this.workingDirectory && !this.workingDirectory.local ? this.workingDirectory.dir : undefined
    if (foreign) {
      const suffix = (dir: string) => relativeInside(checkout, dir) ?? ''
      const matching = ordered
        .filter(
          dir => suffix(dir) !== '' && foreign.replace(/\\/g, '/').endsWith(`/${suffix(dir)}`)
        )
        .sort((a, b) => suffix(b).length - suffix(a).length)
      for (const dir of matching.reverse())
        ordered.unshift(...ordered.splice(ordered.indexOf(dir), 1))
    }

    const samples = this.sampleRelativePaths(200)
    let best = 0
    let bestScore = 0
    ordered.forEach((dir, index) => {
      let score = 0
      for (const relative of samples) if (this.lookup.isFile(path.resolve(dir, relative))) score++
      if (score > bestScore) {
        best = index
        bestScore = score
      }
    })
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
