/**
 * Just enough of go.mod and go.work to place findings: the module path, the
 * `go`/`toolchain` lines, each `require` with its line number, and `use`
 * directories. Handles single-line and block forms, comments and quoted paths.
 */

export interface Directive {
  /** The directive's arguments with quotes removed. */
  args: string[]
  /** 1-based line. */
  line: number
  /** Text of a trailing `//` comment, e.g. "indirect". */
  comment?: string
}

export interface GoModFile {
  module?: { path: string; line: number }
  go?: { version: string; line: number }
  toolchain?: { name: string; line: number }
  requires: { path: string; version: string; line: number; indirect: boolean }[]
}

export interface GoWorkFile {
  go?: { version: string; line: number }
  uses: { dir: string; line: number }[]
}

/** Splits a Go mod-style file into verb → directives, expanding `verb ( … )` blocks. */
export function parseDirectives(text: string): Map<string, Directive[]> {
  const directives = new Map<string, Directive[]>()
  const add = (verb: string, directive: Directive) => {
    const list = directives.get(verb) ?? []
    list.push(directive)
    directives.set(verb, list)
  }
  let block: string | undefined
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const { tokens, comment } = tokenize(lines[index])
    if (tokens.length === 0) continue
    const line = index + 1
    if (block !== undefined) {
      if (tokens[0] === ')') {
        block = undefined
        continue
      }
      add(block, { args: tokens, line, comment })
      continue
    }
    const [verb, ...args] = tokens
    if (args.length === 1 && args[0] === '(') {
      block = verb
      continue
    }
    add(verb, { args, line, comment })
  }
  return directives
}

function tokenize(line: string): { tokens: string[]; comment?: string } {
  const tokens: string[] = []
  let i = 0
  while (i < line.length) {
    const char = line[i]
    if (char === ' ' || char === '\t') {
      i++
      continue
    }
    if (line.startsWith('//', i)) return { tokens, comment: line.slice(i + 2).trim() }
    if (char === '"' || char === '`') {
      const end = line.indexOf(char, i + 1)
      const stop = end < 0 ? line.length : end
      tokens.push(line.slice(i + 1, stop))
      i = stop + 1
      continue
    }
    if (char === '(' || char === ')') {
      tokens.push(char)
      i++
      continue
    }
    let end = i
    while (end < line.length && !' \t()'.includes(line[end]) && !line.startsWith('//', end)) end++
    tokens.push(line.slice(i, end))
    i = end
  }
  return { tokens }
}

export function parseGoMod(text: string): GoModFile {
  const directives = parseDirectives(text)
  const first = (verb: string) => directives.get(verb)?.[0]
  const module = first('module')
  const go = first('go')
  const toolchain = first('toolchain')
  return {
    module: module?.args[0] ? { path: module.args[0], line: module.line } : undefined,
    go: go?.args[0] ? { version: go.args[0], line: go.line } : undefined,
    toolchain: toolchain?.args[0] ? { name: toolchain.args[0], line: toolchain.line } : undefined,
    requires: (directives.get('require') ?? [])
      .filter(d => d.args.length >= 2)
      .map(d => ({
        path: d.args[0],
        version: d.args[1],
        line: d.line,
        indirect: /(^|;)\s*indirect\s*(;|$)/.test(d.comment ?? '')
      }))
  }
}

export function parseGoWork(text: string): GoWorkFile {
  const directives = parseDirectives(text)
  const go = directives.get('go')?.[0]
  return {
    go: go?.args[0] ? { version: go.args[0], line: go.line } : undefined,
    uses: (directives.get('use') ?? [])
      .filter(d => d.args.length >= 1)
      .map(d => ({ dir: d.args[0], line: d.line }))
  }
}
