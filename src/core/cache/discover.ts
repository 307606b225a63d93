/**
 * Discovery: every input of the cache keys, read in-process and in parallel,
 * in a stable order. No Go toolchain is needed (the toolchain identity, when
 * wanted, comes in through the options).
 */
import path from 'node:path'
import { ConfigurationError, fileError } from '../errors.js'
import { silentLogger, type Logger } from '../report.js'
import {
  comparePaths,
  findModuleDirs,
  isDirectory,
  type FoundModule,
  readBytesTolerant,
  readTextTolerant
} from './files.js'
import {
  buildModuleSet,
  decideModuleVendorMode,
  decideWorkspaceVendorMode,
  findGoWork,
  modfileFlag,
  relativeOrDotDot,
  sumFileFor,
  parseGoMod,
  parseGoWork,
  parseModulesTxt,
  type GoModFile,
  type GoSumFile,
  type ModulesTxt,
  type VendorDecision
} from '../gomod/index.js'
import { canonicalJson, digestParts, normalizeNewlines, sha256Hex, sortKeysDeep } from '../hash.js'
import type { KeyOptions } from './options.js'
import type {
  FileDigest,
  GoModSummary,
  GoWorkSummary,
  KeyComponents,
  VendorSummary
} from './types.js'

interface TextFile {
  absolute: string
  relative: string
  text: string
}

/** Discovers the components of both keys for `options.dir`. */
export async function discoverComponents(options: KeyOptions): Promise<KeyComponents> {
  const logger = options.logger ?? silentLogger
  const dir = path.resolve(options.dir)
  const repoRoot = path.resolve(options.repoRoot)
  if (!(await isDirectory(dir))) {
    throw new ConfigurationError(
      `the working directory ${dir} does not exist or is not a directory`,
      {
        fix: 'point working-directory (--dir) at the directory you run go commands in'
      }
    )
  }
  const rel = (file: string) => relativeOrDotDot(repoRoot, file)
  const goflags = options.toolchain?.GOFLAGS ?? options.goflags ?? ''

  // The go command's own rule: GOWORK=off, an absolute path, or the nearest go.work upwards.
  const workFile = findGoWork(dir, { gowork: options.gowork, goroot: options.goroot })
  const work = workFile ? await readWorkspace(workFile, rel, logger) : undefined
  const modules = work
    ? work.moduleDirs.map(moduleDir => moduleFiles(moduleDir, 'go.mod'))
    : withModfileFlag(await findModuleDirs(dir, logger), dir, goflags)
  if (modules.length === 0) {
    logger.warning(`no go.mod found under ${dir}; the module set is empty`)
  }

  const sumPaths = modules.map(module => module.sumFile)
  // go.work.sum, or <GOWORK file>.sum as the go command names it
  if (workFile) sumPaths.push(`${workFile}.sum`)
  const [modTexts, sumTexts, keyFiles] = await Promise.all([
    readAll(
      modules.map(module => module.modFile),
      rel,
      logger
    ),
    readAll(sumPaths, rel, logger),
    discoverKeyFiles(dir, options.keyFiles ?? [], rel, logger)
  ])

  if (work) {
    // A `use` whose go.mod cannot be read is an error the go command would report too.
    for (const [index, use] of work.uses.entries()) {
      if (modTexts[index] === undefined) {
        throw fileError(
          { file: rel(workFile as string), line: use.line },
          `use ${use.path}: ${rel(work.moduleDirs[index])} has no readable go.mod`,
          'fix the path, run `go mod init` there, or remove the line'
        )
      }
    }
  }

  const mods: { dir: string; file: TextFile; mod: GoModFile }[] = []
  modules.forEach((module, index) => {
    const file = modTexts[index]
    if (!file) return
    const mod = parseGoMod(file.text, file.relative)
    for (const unknown of mod.unknown) {
      logger.warning(
        `${file.relative}:${unknown.line}: unknown directive "${unknown.verb}" ignored`
      )
    }
    mods.push({ dir: module.dir, file, mod })
  })

  const sums = sumTexts.filter((file): file is TextFile => file !== undefined)
  const sumFiles: GoSumFile[] = sums.map(file => ({ file: file.relative, text: file.text }))
  const moduleSet = buildModuleSet(sumFiles, logger)

  const vendor = workFile
    ? await workspaceVendor(workFile, work?.parsed.go, goflags, mods, rel, logger)
    : await moduleVendor(mods, goflags, rel, logger)

  const matrix = normalizeMatrix(options.matrix)
  const components: KeyComponents = {
    schema: 1,
    workDir: rel(dir),
    ...(work ? { goWork: work.summary } : {}),
    goMods: mods.map(({ file }) => digestOf(file)),
    goModContents: mods.map(({ file, mod }) => summarizeGoMod(file.relative, mod)),
    goSums: sums.map(digestOf),
    ...(vendor ? { vendor } : {}),
    moduleSet: moduleSet.entries,
    moduleSetDigest: moduleSet.digest,
    ...(options.toolchain ? { toolchain: options.toolchain } : {}),
    ...(options.pathHash ? { pathHash: normalizePathHash(options.pathHash) } : {}),
    ...(matrix ? { matrix, matrixDigest: sha256Hex(canonicalJson(matrix)) } : {}),
    keyFiles
  }
  return components
}

/** Where a module's go.mod and go.sum are read from (absolute paths). */
interface ModuleFiles {
  dir: string
  modFile: string
  sumFile: string
}

function moduleFiles(dir: string, modFile: string): ModuleFiles {
  const absolute = path.resolve(dir, modFile)
  return { dir, modFile: absolute, sumFile: sumFileFor(absolute) }
}

/**
 * The module files outside workspace mode. `-modfile=F` in GOFLAGS makes the
 * go command read F (and F's .sum) instead of the go.mod of the main module,
 * the one at the working directory; it is relative to the working directory.
 */
function withModfileFlag(found: FoundModule[], dir: string, goflags: string): ModuleFiles[] {
  const modfile = modfileFlag(goflags)
  return found.map(module =>
    modfile && module.dir === dir
      ? moduleFiles(dir, path.resolve(dir, modfile))
      : moduleFiles(module.dir, module.modFile)
  )
}

async function readWorkspace(workFile: string, rel: (file: string) => string, logger: Logger) {
  const shown = rel(workFile)
  const raw = await readTextTolerant(workFile, shown, logger)
  if (raw === undefined) {
    throw new ConfigurationError(`${shown} exists but cannot be read`, {
      fix: 'fix its permissions, or set GOWORK=off and remove it'
    })
  }
  const text = normalizeNewlines(raw)
  const parsed = parseGoWork(text, shown)
  const workDir = path.dirname(workFile)
  const seen = new Map<string, number>()
  const pairs: { use: { path: string; line: number }; dir: string }[] = []
  for (const use of parsed.uses) {
    const absolute = path.resolve(workDir, use.path)
    if (seen.has(absolute)) {
      logger.warning(
        `${shown}:${use.line}: ${use.path} is already used at line ${seen.get(absolute)}`
      )
      continue
    }
    seen.set(absolute, use.line)
    pairs.push({ use, dir: absolute })
  }
  // Stable order whatever the order of the use lines.
  pairs.sort((a, b) => comparePaths(a.dir, b.dir))
  const uses = pairs.map(pair => pair.use)
  const moduleDirs = pairs.map(pair => pair.dir)
  const exists = await Promise.all(moduleDirs.map(isDirectory))
  exists.forEach((ok, index) => {
    if (!ok) {
      throw fileError(
        { file: shown, line: uses[index].line },
        `use ${uses[index].path}: directory ${rel(moduleDirs[index])} does not exist`,
        'fix the path or remove the line (`go work use -r .` rewrites the list)'
      )
    }
  })
  const summary: GoWorkSummary = {
    file: { path: shown, sha256: sha256Hex(text) },
    ...(parsed.go ? { go: parsed.go } : {}),
    ...(parsed.toolchain ? { toolchain: parsed.toolchain } : {}),
    uses: moduleDirs.map(rel)
  }
  return { parsed, summary, uses, moduleDirs }
}

async function readAll(
  files: string[],
  rel: (file: string) => string,
  logger: Logger
): Promise<(TextFile | undefined)[]> {
  return Promise.all(
    files.map(async absolute => {
      const relative = rel(absolute)
      const text = await readTextTolerant(absolute, relative, logger)
      return text === undefined ? undefined : { absolute, relative, text: normalizeNewlines(text) }
    })
  )
}

/** Directives that change which module versions the build compiles. */
const DEPENDENCY_VERBS = new Set(['require', 'replace', 'exclude'])

/** What a go.mod says; see GoModSummary for what the build key hashes. */
export function summarizeGoMod(relative: string, mod: GoModFile): GoModSummary {
  const lines = (keep: (verb: string) => boolean) =>
    mod.statements
      .filter(statement => keep(statement.verb))
      .map(statement => JSON.stringify([statement.verb, ...statement.args]))
  return {
    path: relative,
    sha256: digestParts(lines(verb => verb !== 'toolchain')),
    deps: digestParts(lines(verb => DEPENDENCY_VERBS.has(verb))),
    ...(mod.module !== undefined ? { module: mod.module } : {}),
    ...(mod.go !== undefined ? { go: mod.go } : {}),
    godebug: mod.godebug,
    requires: mod.requires.map(require => ({
      path: require.path,
      version: require.version,
      ...(require.indirect ? { indirect: true as const } : {})
    }))
  }
}

function digestOf(file: TextFile): FileDigest {
  return { path: file.relative, sha256: sha256Hex(file.text) }
}

async function readModulesTxt(vendorDir: string, rel: (file: string) => string, logger: Logger) {
  const exists = await isDirectory(vendorDir)
  if (!exists) return { exists, txt: undefined, digest: undefined }
  const file = path.join(vendorDir, 'modules.txt')
  const raw = await readTextTolerant(file, rel(file), logger)
  if (raw === undefined) return { exists, txt: undefined, digest: undefined }
  const text = normalizeNewlines(raw)
  return {
    exists,
    txt: parseModulesTxt(text) as ModulesTxt | undefined,
    digest: { path: rel(file), sha256: sha256Hex(text) } as FileDigest | undefined
  }
}

async function moduleVendor(
  mods: { dir: string; mod: GoModFile }[],
  goflags: string,
  rel: (file: string) => string,
  logger: Logger
): Promise<VendorSummary | undefined> {
  const states = await Promise.all(
    mods.map(({ dir }) => readModulesTxt(path.join(dir, 'vendor'), rel, logger))
  )
  const decisions: { label: string; decision: VendorDecision; hasVendorDir: boolean }[] = mods.map(
    ({ dir, mod }, index) => ({
      label: `./${rel(dir)}`.replace(/^\.\/\.$/, '.'),
      hasVendorDir: states[index].exists,
      decision: decideModuleVendorMode({
        goflags,
        mod,
        vendorDirExists: states[index].exists,
        modulesTxt: states[index].txt
      })
    })
  )
  const modulesTxt = states.flatMap(state => (state.digest ? [state.digest] : []))
  const relevant = decisions.filter(d => d.hasVendorDir || d.decision.vendorMode)
  if (relevant.length === 0 && modulesTxt.length === 0) return undefined
  const vendored = decisions.filter(d => d.decision.vendorMode)
  const notVendored = decisions.filter(d => !d.decision.vendorMode)
  const vendorMode = decisions.length > 0 && notVendored.length === 0
  let reason: string
  if (decisions.length === 1) reason = decisions[0].decision.reason
  else if (vendorMode)
    reason = `all ${decisions.length} modules build in vendor mode (${vendored[0].label}: ${vendored[0].decision.reason})`
  else {
    const example = notVendored.find(d => d.hasVendorDir) ?? notVendored[0]
    reason = `${vendored.length} of ${decisions.length} modules build in vendor mode; ${notVendored.length} use the module cache (${example.label}: ${example.decision.reason})`
  }
  for (const d of decisions) {
    if (d.hasVendorDir && !d.decision.vendorMode && /inconsistent/.test(d.decision.reason)) {
      logger.warning(`${d.label}: ${d.decision.reason}`)
    }
  }
  return { modulesTxt, vendorMode, reason }
}

async function workspaceVendor(
  workFile: string,
  workGo: string | undefined,
  goflags: string,
  mods: { mod: GoModFile }[],
  rel: (file: string) => string,
  logger: Logger
): Promise<VendorSummary | undefined> {
  const state = await readModulesTxt(path.join(path.dirname(workFile), 'vendor'), rel, logger)
  const decision = decideWorkspaceVendorMode({
    goflags,
    workGo,
    vendorDirExists: state.exists,
    modulesTxt: state.txt,
    mods: mods.map(({ mod }) => mod)
  })
  if (!state.exists && !decision.vendorMode) return undefined
  if (state.exists && !decision.vendorMode && /inconsistent/.test(decision.reason))
    logger.warning(decision.reason)
  return { modulesTxt: state.digest ? [state.digest] : [], ...decision }
}

async function discoverKeyFiles(
  dir: string,
  patterns: string[],
  rel: (file: string) => string,
  logger: Logger
): Promise<FileDigest[]> {
  const wanted = patterns.map(pattern => pattern.trim()).filter(pattern => pattern !== '')
  if (wanted.length === 0) return []
  const { glob } = await import('tinyglobby')
  let matches: string[]
  try {
    matches = await glob(wanted, {
      cwd: dir,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false
    })
  } catch (error) {
    logger.warning(
      `key-files: globbing failed (${(error as Error).message}); no key files are used`
    )
    return []
  }
  if (matches.length === 0) {
    logger.warning(`key-files: no file matches ${wanted.join(', ')} under ${dir}`)
    return []
  }
  const files = [...new Set(matches.map(match => path.resolve(match)))].sort(comparePaths)
  const digests = await Promise.all(
    files.map(async file => {
      const bytes = await readBytesTolerant(file, rel(file), logger)
      return bytes === undefined ? undefined : { path: rel(file), sha256: sha256Hex(bytes) }
    })
  )
  return digests.filter((digest): digest is FileDigest => digest !== undefined)
}

/** `null`, `{}` and absent mean no matrix; objects get sorted keys; anything else is wrapped. */
export function normalizeMatrix(matrix: unknown): Record<string, unknown> | undefined {
  if (matrix === undefined || matrix === null) return undefined
  if (typeof matrix === 'object' && !Array.isArray(matrix)) {
    if (Object.keys(matrix).length === 0) return undefined
    return sortKeysDeep(matrix) as Record<string, unknown>
  }
  return { value: sortKeysDeep(matrix) }
}

/** Keeps a hex digest as given; anything else (a raw PATH) is hashed so it never lands in a manifest. */
export function normalizePathHash(value: string): string {
  return /^[0-9a-f]{8,64}$/.test(value) ? value : sha256Hex(value).slice(0, 16)
}
