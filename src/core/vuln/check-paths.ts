/**
 * One clear line for a path that cannot work, before anything runs: a missing
 * working directory (spawn would say "ENOENT" as if govulncheck were missing),
 * an input that is a directory, an output that is a directory or lies under a file.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { pathForMessages } from '../gomod/index.js'

/** How the user named each path (action inputs, CLI options), for error messages. */
export interface InputNames {
  workingDirectory: string
  inputFile: string
  sarifFile: string
  jsonFile: string
  vexFile: string
}

export const ACTION_INPUT_NAMES: InputNames = {
  workingDirectory: 'working-directory',
  inputFile: 'input-file',
  sarifFile: 'sarif-file',
  jsonFile: 'json-file',
  vexFile: 'vex-file'
}

export interface GatePaths {
  workspace: string
  workingDirectory: string
  /** The saved stream read instead of running govulncheck. */
  inputFile?: string
  sarifFile?: string
  vexFile?: string
  /** Where govulncheck's stream is saved when it runs. */
  jsonFile?: string
}

export function checkPaths(paths: GatePaths, names: InputNames): void {
  const shown = (file: string) => pathForMessages(paths.workspace, file)
  const dir = paths.workingDirectory
  const dirStat = statSync(dir, { throwIfNoEntry: false })
  if (!dirStat) {
    throw new ConfigurationError(`${names.workingDirectory}: ${shown(dir)} does not exist`, {
      fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work (relative to ${names.workingDirectory === 'working-directory' ? 'the workspace' : 'the current directory'})`
    })
  }
  if (!dirStat.isDirectory()) {
    throw new ConfigurationError(`${names.workingDirectory}: ${shown(dir)} is not a directory`, {
      fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work`
    })
  }
  const input = paths.inputFile
  if (input && statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`${names.inputFile}: ${shown(input)} is a directory`, {
      fix: `name the file that holds the \`govulncheck -json\` output, e.g. ${shown(path.join(input, 'govulncheck.json'))}`
    })
  }
  const outputs: [string | undefined, string, string][] = [
    [paths.sarifFile, names.sarifFile, 'govulncheck.sarif'],
    [paths.vexFile, names.vexFile, 'govulncheck.openvex.json'],
    [paths.jsonFile, names.jsonFile, 'govulncheck.json']
  ]
  for (const [file, name, example] of outputs) {
    if (!file) continue
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`${name}: ${shown(file)} is a directory`, {
        fix: `name a file to write, e.g. ${shown(path.join(file, example))}`
      })
    }
    for (
      let parent = path.dirname(file);
      parent !== path.dirname(parent);
      parent = path.dirname(parent)
    ) {
      const stat = statSync(parent, { throwIfNoEntry: false })
      if (!stat) continue
      if (stat.isDirectory()) break
      throw new ConfigurationError(
        `${name}: ${shown(file)} lies under ${shown(parent)}, which is a file`,
        {
          fix: `name a file in a directory, e.g. ${shown(path.join(path.dirname(parent), example))}`
        }
      )
    }
  }
}
