/**
 * A reader for go.mod and go.work syntax (the grammar of golang.org/x/mod/modfile):
 * one directive per line or a `directive (` … `)` block, `//` comments,
 * identifiers, and "interpreted" or `raw` quoted strings that never span lines.
 * It keeps only what the cache keys need and reports mistakes as `file:line`.
 */
import { fileError } from '../errors.js'

export interface Token {
  text: string
  /** True when the token was quoted (so `(` in quotes is not punctuation). */
  quoted: boolean
  column: number
}

/** One directive: `verb args…` on its own line or one line of a `verb ( … )` block. */
export interface Directive {
  verb: string
  args: Token[]
  line: number
  /** The comment after `//` on the same line, trimmed. */
  comment: string
  inBlock: boolean
}

/** `go` version syntax accepted by the go command (1.21, 1.21.0, 1.21rc1). */
export const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/
const TOOLCHAIN_RE = /^default$|^go1($|\.)/

/** Punctuation that ends an identifier and is a token of its own. */
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ','])

/**
 * What the go command accepts inside an identifier (x/mod/modfile isIdent):
 * a printable character (letters, marks, numbers, punctuation, symbols) that
 * is not a space, a quote or one of the punctuation tokens.
 */
const IDENT_CHAR = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u

function isIdentChar(ch: string): boolean {
  return !PUNCTUATION.has(ch) && ch !== '"' && ch !== '`' && IDENT_CHAR.test(ch)
}

/** The go command's own complaint about a character, plus what it is when that is not obvious. */
function describeBadCharacter(ch: string, file: string): { message: string; fix: string } {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  if (ch === '\uFEFF') {
    return {
      message: `unexpected input character ${code} (a byte-order mark); the go command rejects it`,
      fix: `save ${file} as UTF-8 without a BOM (editors call it "UTF-8", not "UTF-8 with BOM")`
    }
  }
  return {
    message: `unexpected input character ${code}; the go command rejects it`,
    fix: 'delete the character or replace it with a plain space'
  }
}

/** Splits a file into directives; blocks are flattened with `inBlock` set. */
export function readDirectives(text: string, file: string, blockVerbs: ReadonlySet<string>) {
  const directives: Directive[] = []
  const lines = text.split('\n')
  let block: { verb: string; line: number } | undefined
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1
    const { tokens, comment } = tokenizeLine(lines[index], file, lineNumber)
    if (tokens.length === 0) continue
    const isPunct = (token: Token | undefined, ch: string) =>
      token !== undefined && !token.quoted && token.text === ch
    if (block) {
      if (isPunct(tokens[0], ')')) {
        if (tokens.length > 1) {
          throw fileError(
            { file, line: lineNumber },
            `unexpected "${tokens[1].text}" after ")"`,
            'put the closing ")" of a block on a line of its own'
          )
        }
        block = undefined
        continue
      }
      const stray = tokens.find(token => isPunct(token, '(') || isPunct(token, ')'))
      if (stray) {
        throw fileError(
          { file, line: lineNumber, column: stray.column },
          `unexpected "${stray.text}" inside the ${block.verb} block that starts at line ${block.line}`,
          'blocks cannot nest; close the block with ")" on its own line first'
        )
      }
      directives.push({ verb: block.verb, args: tokens, line: lineNumber, comment, inBlock: true })
      continue
    }
    const [head, ...rest] = tokens
    if (head.quoted || isPunct(head, '(') || isPunct(head, ')')) {
      throw fileError(
        { file, line: lineNumber, column: head.column },
        `unexpected "${head.text}" where a directive was expected`,
        'each line starts with a directive such as go, use or replace'
      )
    }
    const opensBlock = rest.length >= 1 && isPunct(rest[0], '(')
    if (opensBlock) {
      if (!blockVerbs.has(head.text)) {
        throw fileError(
          { file, line: lineNumber },
          `the ${head.text} directive does not take a block`,
          `write \`${head.text} value\` on one line`
        )
      }
      if (rest.length === 2 && isPunct(rest[1], ')')) continue // `use ()`: an empty block
      if (rest.length > 1) {
        throw fileError(
          { file, line: lineNumber },
          `unexpected "${rest[1].text}" after "${head.text} ("`,
          'start the block entries on the next line'
        )
      }
      block = { verb: head.text, line: lineNumber }
      continue
    }
    const stray = rest.find(token => isPunct(token, '(') || isPunct(token, ')'))
    if (stray) {
      throw fileError(
        { file, line: lineNumber, column: stray.column },
        `unexpected "${stray.text}"`,
        'a block is written `directive (` with the entries on the following lines and `)` alone on the last'
      )
    }
    directives.push({ verb: head.text, args: rest, line: lineNumber, comment, inBlock: false })
  }
  if (block) {
    throw fileError(
      { file, line: block.line },
      `the ${block.verb} block is never closed`,
      'add a line with just ")" at the end of the block'
    )
  }
  return directives
}

function tokenizeLine(raw: string, file: string, line: number) {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  const tokens: Token[] = []
  let comment = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    // The go command skips only these; any other white space is an error (below).
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++
      continue
    }
    if (text.startsWith('//', i)) {
      comment = text.slice(i + 2).trim()
      break
    }
    if (text.startsWith('/*', i)) {
      throw fileError(
        { file, line, column: i + 1 },
        'mod files must use // comments, not /* */ comments',
        'turn the comment into // lines'
      )
    }
    if (PUNCTUATION.has(ch)) {
      tokens.push({ text: ch, quoted: false, column: i + 1 })
      i++
      continue
    }
    if (ch === '"' || ch === '`') {
      const end = findClosingQuote(text, i)
      if (end < 0) {
        throw fileError(
          { file, line, column: i + 1 },
          'unterminated quoted string',
          `close the string with ${ch} on the same line`
        )
      }
      tokens.push({
        text: unquote(text.slice(i, end + 1), file, line, i + 1),
        quoted: true,
        column: i + 1
      })
      i = end + 1
      continue
    }
    const start = i
    while (i < text.length) {
      const next = String.fromCodePoint(text.codePointAt(i) ?? 0)
      if (!isIdentChar(next)) break
      if (text.startsWith('//', i)) break
      i += next.length
    }
    if (i === start) {
      const bad = describeBadCharacter(String.fromCodePoint(text.codePointAt(i) ?? 0), file)
      throw fileError({ file, line, column: i + 1 }, bad.message, bad.fix)
    }
    tokens.push({ text: text.slice(start, i), quoted: false, column: start + 1 })
  }
  return { tokens, comment }
}

function findClosingQuote(text: string, start: number): number {
  const quote = text[start]
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++
      continue
    }
    if (text[i] === quote) return i
  }
  return -1
}

function unquote(literal: string, file: string, line: number, column: number): string {
  if (literal.startsWith('`')) return literal.slice(1, -1)
  try {
    // Go's escapes that matter in paths (\" \\ \t \uXXXX) read the same in JSON.
    return JSON.parse(literal) as string
  } catch {
    throw fileError(
      { file, line, column },
      `invalid quoted string ${literal}`,
      'use plain "…" quotes'
    )
  }
}

function argTexts(directive: Directive): string[] {
  return directive.args.map(arg => arg.text)
}

function requireArgs(directive: Directive, file: string, count: number, usage: string): string[] {
  const args = argTexts(directive)
  if (args.length !== count) {
    throw fileError({ file, line: directive.line }, `usage: ${usage}`, `write \`${usage}\``)
  }
  return args
}

function goVersionArg(directive: Directive, file: string): string {
  const [version] = requireArgs(directive, file, 1, 'go 1.23.0')
  if (!GO_VERSION_RE.test(version)) {
    throw fileError(
      { file, line: directive.line },
      `invalid go version "${version}": must match format 1.23.0`,
      'write the language version as in `go 1.23` or `go 1.23.0`'
    )
  }
  return version
}

function toolchainArg(directive: Directive, file: string): string {
  const [name] = requireArgs(directive, file, 1, 'toolchain go1.23.0')
  if (!TOOLCHAIN_RE.test(name)) {
    throw fileError(
      { file, line: directive.line },
      `invalid toolchain "${name}": must be default or start with go1`,
      'write for example `toolchain go1.23.4`'
    )
  }
  return name
}

function repeated(directive: Directive, file: string, firstLine: number): never {
  throw fileError(
    { file, line: directive.line },
    `repeated ${directive.verb} statement (the first is at line ${firstLine})`,
    `keep exactly one \`${directive.verb}\` line`
  )
}

export interface Replacement {
  oldPath: string
  oldVersion?: string
  newPath: string
  newVersion?: string
  line: number
}

/** A local replacement target: rooted or ./ ../ relative, as the go command defines it. */
export function isLocalPath(target: string): boolean {
  return (
    target === '.' ||
    target === '..' ||
    target.startsWith('./') ||
    target.startsWith('../') ||
    target.startsWith('/') ||
    target.startsWith('.\\') ||
    target.startsWith('..\\') ||
    /^[A-Za-z]:[\\/]/.test(target)
  )
}

function parseReplace(directive: Directive, file: string): Replacement {
  const args = argTexts(directive)
  const arrow = args.indexOf('=>')
  const usage = 'replace module/path [v1.2.3] => other/module v1.4.5 (or a ./local/dir)'
  if (arrow !== 1 && arrow !== 2) {
    throw fileError(
      { file, line: directive.line },
      `usage: ${usage}`,
      'check the "=>" of the replace line'
    )
  }
  const after = args.slice(arrow + 1)
  if (after.length !== 1 && after.length !== 2) {
    throw fileError(
      { file, line: directive.line },
      `usage: ${usage}`,
      'check the target of the replace line'
    )
  }
  const [newPath, newVersion] = after
  if (newVersion === undefined && !isLocalPath(newPath)) {
    throw fileError(
      { file, line: directive.line },
      `replacement module without version must be a directory path (rooted or starting with ./ or ../): ${newPath}`,
      `add a version after ${newPath} or write ./${newPath} for a local directory`
    )
  }
  if (newVersion !== undefined && isLocalPath(newPath)) {
    throw fileError(
      { file, line: directive.line },
      `replacement directory ${newPath} cannot have a version`,
      `drop "${newVersion}"`
    )
  }
  return {
    oldPath: args[0],
    oldVersion: arrow === 2 ? args[1] : undefined,
    newPath,
    newVersion,
    line: directive.line
  }
}

export interface GoWorkFile {
  go?: string
  goLine?: number
  toolchain?: string
  godebug: string[]
  uses: { path: string; line: number }[]
  replaces: Replacement[]
}

const GO_WORK_DIRECTIVES = ['go', 'toolchain', 'godebug', 'use', 'replace']

/** Parses go.work; any mistake is a ConfigurationError `go.work:LINE: …` with a fix. */
export function parseGoWork(text: string, file: string): GoWorkFile {
  const work: GoWorkFile = { godebug: [], uses: [], replaces: [] }
  const firstLine: Record<string, number> = {}
  const directives = readDirectives(text, file, new Set(['use', 'replace', 'godebug']))
  for (const directive of directives) {
    switch (directive.verb) {
      case 'go':
        if (firstLine.go !== undefined) repeated(directive, file, firstLine.go)
        firstLine.go = directive.line
        work.go = goVersionArg(directive, file)
        work.goLine = directive.line
        break
      case 'toolchain':
        if (firstLine.toolchain !== undefined) repeated(directive, file, firstLine.toolchain)
        firstLine.toolchain = directive.line
        work.toolchain = toolchainArg(directive, file)
        break
      case 'godebug': {
        const [setting] = requireArgs(directive, file, 1, 'godebug key=value')
        if (!/^[^=\s]+=[^\s]*$/.test(setting)) {
          throw fileError(
            { file, line: directive.line },
            `invalid godebug setting "${setting}"`,
            'write `godebug key=value`'
          )
        }
        work.godebug.push(setting)
        break
      }
      case 'use': {
        const [usePath] = requireArgs(directive, file, 1, 'use ./local/dir')
        work.uses.push({ path: usePath, line: directive.line })
        break
      }
      case 'replace':
        work.replaces.push(parseReplace(directive, file))
        break
      default:
        throw fileError(
          { file, line: directive.line },
          `unknown directive "${directive.verb}"`,
          `go.work accepts ${GO_WORK_DIRECTIVES.join(', ')}${suggest(directive.verb, GO_WORK_DIRECTIVES)}`
        )
    }
  }
  return work
}

export interface GoModFile {
  module?: string
  moduleLine?: number
  go?: string
  goLine?: number
  toolchain?: string
  toolchainLine?: number
  requires: { path: string; version: string; indirect: boolean; line: number }[]
  replaces: Replacement[]
  /** `key=value` of each godebug line, in file order. */
  godebug: string[]
  /** Directives this reader does not know (a newer Go may add some): reported, not fatal. */
  unknown: { verb: string; line: number }[]
  /**
   * Every directive as the go command reads it, in file order, without
   * comments: the verb and its arguments (blocks flattened, so `require (x v1)`
   * and `require x v1` read the same). What a go.mod means, not how it is written.
   */
  statements: { verb: string; args: string[] }[]
}

// `module ( … )` is a block too (x/mod accepts it; the go command builds such a module).
const GO_MOD_BLOCKS = new Set([
  'module',
  'require',
  'exclude',
  'replace',
  'retract',
  'godebug',
  'tool',
  'ignore'
])
const GO_MOD_KNOWN = new Set(['module', 'go', 'toolchain', ...GO_MOD_BLOCKS])

/**
 * Parses go.mod for what the keys need: module path, go and toolchain lines,
 * requirements and replacements (for the vendor consistency check), each with its
 * line (the vulnerability gate points annotations at them). Syntax
 * errors and a repeated `go` line are errors, as they are for the go command.
 */
export function parseGoMod(text: string, file: string): GoModFile {
  const mod: GoModFile = { requires: [], replaces: [], godebug: [], unknown: [], statements: [] }
  const firstLine: Record<string, number> = {}
  for (const directive of readDirectives(text, file, GO_MOD_BLOCKS)) {
    mod.statements.push({ verb: directive.verb, args: argTexts(directive) })
    switch (directive.verb) {
      case 'module':
        if (firstLine.module !== undefined) repeated(directive, file, firstLine.module)
        firstLine.module = directive.line
        mod.module = requireArgs(directive, file, 1, 'module module/path')[0]
        mod.moduleLine = directive.line
        break
      case 'go':
        if (firstLine.go !== undefined) repeated(directive, file, firstLine.go)
        firstLine.go = directive.line
        mod.go = goVersionArg(directive, file)
        mod.goLine = directive.line
        break
      case 'toolchain':
        if (firstLine.toolchain !== undefined) repeated(directive, file, firstLine.toolchain)
        firstLine.toolchain = directive.line
        mod.toolchain = toolchainArg(directive, file)
        mod.toolchainLine = directive.line
        break
      case 'require': {
        const [requirePath, version] = requireArgs(directive, file, 2, 'require module/path v1.2.3')
        mod.requires.push({
          path: requirePath,
          version,
          indirect: /^indirect(;|$)/.test(directive.comment),
          line: directive.line
        })
        break
      }
      case 'replace':
        mod.replaces.push(parseReplace(directive, file))
        break
      case 'godebug':
        mod.godebug.push(argTexts(directive).join(' '))
        break
      default:
        if (!GO_MOD_KNOWN.has(directive.verb)) {
          mod.unknown.push({ verb: directive.verb, line: directive.line })
        }
    }
  }
  return mod
}

function suggest(word: string, known: string[]): string {
  const close = known.find(candidate => editDistance(word, candidate) <= 2)
  return close ? `; did you mean "${close}"?` : ''
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

/** Compares Go language versions (1.21 < 1.21rc1 < 1.21.0 < 1.21.1), as cmd/go/internal/gover does. */
export function compareGoVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const match = GO_VERSION_RE.exec(v)
    if (!match) return { major: 0, minor: 0, patch: -2, pre: '' }
    const [, major, minor, , patch, pre] = match
    // "1.21" is the language version and sorts before 1.21rc1 and 1.21.0.
    const patchRank = patch !== undefined ? Number(patch) : pre ? -1 : -2
    return { major: Number(major), minor: Number(minor), patch: patchRank, pre: pre ?? '' }
  }
  const x = parse(a)
  const y = parse(b)
  if (x.major !== y.major) return x.major - y.major
  if (x.minor !== y.minor) return x.minor - y.minor
  if (x.patch !== y.patch) return x.patch - y.patch
  if (x.pre === y.pre) return 0
  return x.pre < y.pre ? -1 : 1
}
