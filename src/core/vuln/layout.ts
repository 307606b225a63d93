/**
 * Where the scanned code lives: the main modules (from go.work, else the
 * nearest go.mod, as the go command finds them) with their directories, so
 * module-relative frame positions and go.mod lines can be turned into
 * repository-relative paths.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { fileError } from '../errors.js'
import {
  findGoWork,
  findModuleRoot,
  insideRelative,
  parseGoMod,
  parseGoWork,
  type GoModFile,
  type GoWorkFile
} from '../gomod/index.js'

export interface MainModule {
  /** Module path from the `module` line (empty when the go.mod has none). */
  path: string
  /** Absolute directory. */
  dir: string
  /** go.mod path relative to the workspace, `/`-separated; undefined when outside it. */
  goModPath?: string
  goMod: GoModFile
}

export interface ModuleLayout {
  /** The repository root; annotation and SARIF paths are relative to it. */
  workspace: string
  /** Where govulncheck ran. */
  workingDirectory: string
  modules: MainModule[]
  /** go.work relative to the workspace, when one was used. */
  goWorkPath?: string
  goWork?: GoWorkFile
}

export function discoverLayout(options: {
  workspace: string
  workingDirectory: string
  env?: NodeJS.ProcessEnv
  /** `go env GOWORK` when known; else `env.GOWORK` is used. */
  gowork?: string
  /** `go env GOROOT` when known; else `env.GOROOT` is used. */
  goroot?: string
}): ModuleLayout {
  const workspace = path.resolve(options.workspace)
  const workingDirectory = path.resolve(options.workingDirectory)
  const layout: ModuleLayout = { workspace, workingDirectory, modules: [] }
  const goWork = findGoWork(workingDirectory, {
    gowork: options.gowork ?? options.env?.GOWORK,
    goroot: options.goroot ?? options.env?.GOROOT
  })
  if (goWork) {
    const work = parseGoWork(readFileSync(goWork, 'utf8'), goWork)
    layout.goWorkPath = insideRelative(workspace, goWork)
    layout.goWork = work
    for (const use of work.uses) {
      const dir = path.resolve(path.dirname(goWork), use.path)
      const goModFile = path.join(dir, 'go.mod')
      if (!existsSync(goModFile)) {
        throw fileError(
          { file: layout.goWorkPath ?? goWork, line: use.line },
          `use ${use.path}: no go.mod in that directory`,
          'fix the use directive or add the module'
        )
      }
      layout.modules.push(readModule(workspace, dir))
    }
    return layout
  }
  const goModDir = findModuleRoot(workingDirectory)
  if (goModDir) layout.modules.push(readModule(workspace, goModDir))
  return layout
}

function readModule(workspace: string, dir: string): MainModule {
  const file = path.join(dir, 'go.mod')
  const goMod = parseGoMod(readFileSync(file, 'utf8'), file)
  return { path: goMod.module ?? '', dir, goModPath: insideRelative(workspace, file), goMod }
}

/** A layout for tests and for callers that already know the modules. */
export function layoutFromModules(
  workspace: string,
  workingDirectory: string,
  modules: { path: string; dir: string; goModText?: string }[]
): ModuleLayout {
  return {
    workspace,
    workingDirectory,
    modules: modules.map(m => ({
      path: m.path,
      dir: m.dir,
      goModPath: insideRelative(workspace, path.join(m.dir, 'go.mod')),
      goMod: parseGoMod(m.goModText ?? `module ${m.path}\n`, path.join(m.dir, 'go.mod'))
    }))
  }
}

/**
 * The package patterns to scan when none are given: `./...`, except in a
 * go.work directory that is not itself a module, where Go (1.22) rejects
 * `./...` and every used module has to be named (`./svc/...`, `./api/...`).
 */
export function defaultPatterns(workingDirectory: string): string[] {
  const goWork = path.join(workingDirectory, 'go.work')
  if (!existsSync(goWork) || existsSync(path.join(workingDirectory, 'go.mod'))) return ['./...']
  const uses = parseGoWork(readFileSync(goWork, 'utf8'), goWork).uses
  if (uses.length === 0) return ['./...']
  return uses.map(use => {
    const relative = path.relative(workingDirectory, path.resolve(workingDirectory, use.path))
    const posix = relative.split(path.sep).join('/')
    return posix === '' ? './...' : posix.startsWith('..') ? `${posix}/...` : `./${posix}/...`
  })
}

/**
 * Where govulncheck can run for a working directory. It refuses a directory
 * where `go env GOMOD` is empty ("no go.mod file"), which is the case in a
 * go.work directory that is not itself a module; from the first used module
 * the go command still finds the go.work and loads the whole workspace.
 */
export function scanDirectory(workingDirectory: string): string {
  const goWork = path.join(workingDirectory, 'go.work')
  if (!existsSync(goWork) || existsSync(path.join(workingDirectory, 'go.mod')))
    return workingDirectory
  const uses = parseGoWork(readFileSync(goWork, 'utf8'), goWork).uses
  return uses.length > 0 ? path.resolve(workingDirectory, uses[0].path) : workingDirectory
}

/** A relative package pattern (./x/..., ../y) written for `from`, rewritten for `to`; others unchanged. */
export function rebasePattern(pattern: string, from: string, to: string): string {
  if (from === to || !/^\.\.?(\/|$)/.test(pattern)) return pattern
  const wildcard = pattern.endsWith('/...') ? '/...' : ''
  const base = wildcard ? pattern.slice(0, -wildcard.length) : pattern
  const relative = path.relative(to, path.resolve(from, base)).split(path.sep).join('/')
  const prefix = relative === '' ? '.' : relative.startsWith('..') ? relative : `./${relative}`
  return `${prefix}${wildcard}`
}

/**
 * Binary mode: the go.mod of the module a binary was built from, when it is
 * not among the modules found from the working directory. Searches the
 * workspace (skipping vendor, testdata and node_modules).
 */
export async function findModuleInWorkspace(
  workspace: string,
  modulePath: string
): Promise<MainModule | undefined> {
  const files = await glob('**/go.mod', {
    cwd: workspace,
    absolute: true,
    ignore: ['**/vendor/**', '**/testdata/**', '**/node_modules/**', '.git/**'],
    followSymbolicLinks: false,
    deep: 8
  })
  for (const file of files.sort()) {
    const goMod = parseGoMod(readFileSync(file, 'utf8'), file)
    if (goMod.module === modulePath) return readModule(workspace, path.dirname(file))
  }
  return undefined
}
