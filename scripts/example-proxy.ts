/**
 * Turns examples/proxy/<module>@<version>/ source folders into a GOPROXY=file://
 * folder, so the example workspace builds with no network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { writeGoProxy, type ProxyModule } from '../__tests__/helpers/goproxy.js'

function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) Object.assign(files, readTree(full, `${prefix}${name}/`))
    else files[`${prefix}${name}`] = readFileSync(full, 'utf8')
  }
  return files
}

/** Finds `<module path>@<version>` folders under `sourceRoot` (module paths contain slashes). */
export function exampleModules(sourceRoot: string): ProxyModule[] {
  const modules: ProxyModule[] = []
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (!statSync(full).isDirectory()) continue
      const at = name.lastIndexOf('@')
      if (at > 0)
        modules.push({
          path: `${rel}${name.slice(0, at)}`,
          version: name.slice(at + 1),
          files: readTree(full)
        })
      else walk(full, `${rel}${name}/`)
    }
  }
  walk(sourceRoot, '')
  return modules
}

export function writeExampleProxy(repoRoot: string, destination: string): string {
  return writeGoProxy(destination, exampleModules(path.join(repoRoot, 'examples', 'proxy')))
}
