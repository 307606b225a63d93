/** Parsers for the two channels an action talks to the runner through. */

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** Parses `::name key=value,key=value::message` lines on stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return commands
}

/**
 * Parses a GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV file: `name=value` lines and
 * the multi-line `name<<DELIMITER` … `DELIMITER` form. Later values win.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const body: string[] = []
      i++
      while (i < lines.length && lines[i].replace(/\r$/, '') !== delimiter) body.push(lines[i++])
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} in file command`)
      values[name] = body.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq < 0) throw new Error(`malformed file command line: ${line}`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}
