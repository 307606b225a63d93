/**
 * Fixtures for the cache action's end-to-end tests: a GOPROXY folder, Go
 * projects whose go.sum is written by the real go command, and "machines"
 * (a HOME with its own GOMODCACHE and GOCACHE) to run jobs on.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { goEnv, type GoVersion } from '../../helpers/tools.js'
import { writeGoProxy, type ProxyModule } from '../../helpers/goproxy.js'

export const MODULES: ProxyModule[] = [
  {
    path: 'example.com/alpha',
    version: 'v1.0.0',
    files: { 'alpha.go': 'package alpha\n\nconst Name = "alpha 1.0"\n' }
  },
  {
    path: 'example.com/alpha',
    version: 'v1.1.0',
    files: { 'alpha.go': 'package alpha\n\nconst Name = "alpha 1.1"\n' }
  },
  {
    path: 'example.com/Beta',
    version: 'v1.0.0',
    files: { 'beta.go': 'package beta\n\nconst Name = "beta"\n' }
  }
]

export function makeProxy(root: string): string {
  return writeGoProxy(path.join(root, 'proxy'), MODULES)
}

export interface Machine {
  home: string
  modCache: string
  buildCache: string
  env: Record<string, string>
}

/**
 * A fresh runner "machine": an empty HOME with GOMODCACHE and GOCACHE in it, Go on PATH.
 * Every machine under `root` uses the same HOME path, as hosted runners do: @actions/cache's
 * cache version hashes the paths, so entries only match between identical paths. Making a
 * new machine therefore wipes the previous one.
 */
export function makeMachine(root: string, go: GoVersion, proxy: string): Machine {
  const home = path.join(root, 'machine', 'home')
  makeWritable(home)
  rmSync(home, { recursive: true, force: true })
  mkdirSync(home, { recursive: true })
  const modCache = path.join(home, 'go', 'pkg', 'mod')
  const buildCache = path.join(home, '.cache', 'go-build')
  const base = goEnv(go, {
    GOPATH: path.join(home, 'go'),
    GOMODCACHE: modCache,
    GOCACHE: buildCache
  })
  const env: Record<string, string> = {
    HOME: home,
    PATH: base.PATH ?? '',
    GOPATH: path.join(home, 'go'),
    GOMODCACHE: modCache,
    GOCACHE: buildCache,
    GOPROXY: proxy,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    GOROOT: ''
  }
  return { home, modCache, buildCache, env }
}

export function go(machine: Machine, cwd: string, args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, ...machine.env }
  delete env.GOROOT
  return execFileSync('go', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** A project importing alpha@alphaVersion and Beta; go.sum written by `go mod tidy`. Non-main packages only, so builds need no std. */
export function makeProject(
  root: string,
  name: string,
  machine: Machine,
  options: { alphaVersion: string; goLine?: string; vendor?: boolean }
): string {
  const dir = path.join(root, 'projects', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'go.mod'),
    `module example.com/app\n\ngo ${options.goLine ?? '1.22'}\n\nrequire (\n\texample.com/alpha ${options.alphaVersion}\n\texample.com/Beta v1.0.0\n)\n`
  )
  writeFileSync(
    path.join(dir, 'app.go'),
    'package app\n\nimport (\n\t"example.com/Beta"\n\t"example.com/alpha"\n)\n\nconst Names = alpha.Name + beta.Name\n'
  )
  go(machine, dir, ['mod', 'tidy'])
  if (options.vendor) go(machine, dir, ['mod', 'vendor'])
  return dir
}

/** A copy of a project as a job's checkout. */
export function checkout(project: string, root: string, name: string): string {
  const workspace = path.join(root, 'workspaces', name)
  cpSync(project, workspace, { recursive: true })
  return workspace
}

/** GOCACHE entry files (`xx/<hash>-a|-d`) with their mtimes in ms. */
export function buildCacheEntries(cacheDir: string): Map<string, number> {
  const found = new Map<string, number>()
  let subdirs: string[] = []
  try {
    subdirs = readdirSync(cacheDir).filter(name => /^[0-9a-f]{2}$/.test(name))
  } catch {
    return found
  }
  for (const sub of subdirs) {
    for (const file of readdirSync(path.join(cacheDir, sub))) {
      found.set(`${sub}/${file}`, statSync(path.join(cacheDir, sub, file)).mtimeMs)
    }
  }
  return found
}

/** `path@version` of every zip in GOMODCACHE/cache/download. */
export function moduleZips(modCache: string): string[] {
  const found: string[] = []
  const root = path.join(modCache, 'cache', 'download')
  const walk = (dir: string, rel: string): void => {
    let names: string[] = []
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      if (name === '@v') {
        for (const file of readdirSync(path.join(dir, name))) {
          if (file.endsWith('.zip')) found.push(`${rel}@${file.slice(0, -'.zip'.length)}`)
        }
      } else if (statSync(path.join(dir, name)).isDirectory() && name !== 'sumdb') {
        walk(path.join(dir, name), rel ? `${rel}/${name}` : name)
      }
    }
  }
  walk(root, '')
  return found.sort()
}

/** Makes the read-only module cache removable. */
export function makeWritable(dir: string): void {
  try {
    chmodSync(dir, 0o755)
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) makeWritable(path.join(dir, entry.name))
    }
  } catch {
    // best effort
  }
}
