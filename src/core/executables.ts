import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** The first executable named `name` on the PATH of `env`, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const pathValue = env.PATH ?? env.Path ?? ''
  const extensions = process.platform === 'win32' ? ['.exe', ''] : ['']
  for (const dir of pathValue.split(path.delimiter)) {
    if (!dir) continue
    for (const extension of extensions) {
      const candidate = path.join(dir, name + extension)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not in this directory
      }
    }
  }
  return undefined
}
