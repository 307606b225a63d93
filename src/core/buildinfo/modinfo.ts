/**
 * The module info text: parsing (runtime/debug.ParseBuildInfo) and
 * rendering (BuildInfo.String), so `go version -m` output is reproduced exactly.
 */
import { goQuote, goQuotedPrefix, goUnquote } from './quote.js'

export interface Module {
  path: string
  version: string
  sum: string
  replace?: Module
}

export interface BuildSetting {
  key: string
  value: string
}

export interface ModInfo {
  path: string
  main?: Module
  deps: Module[]
  settings: BuildSetting[]
}

export class ModInfoError extends Error {}

const quoteKey = (key: string) => key === '' || /[= \t\r\n"`]/.test(key)
const quoteValue = (value: string) => /[ \t\r\n"`]/.test(value)

function parseBuildLine(line: string): BuildSetting {
  if (line === '') throw new ModInfoError("build line missing '='")
  let key: string
  let rawValue: string
  if (line[0] === '"' || line[0] === '`') {
    const literal = goQuotedPrefix(line)
    if (literal === undefined) throw new ModInfoError('invalid quoted key in build line')
    if (line.length === literal.length)
      throw new ModInfoError("build line missing '=' after quoted key")
    if (line[literal.length] !== '=') {
      throw new ModInfoError(
        `unexpected character after quoted key: ${goQuote(line[literal.length])}`
      )
    }
    key = goUnquote(literal) as string
    rawValue = line.slice(literal.length + 1)
  } else {
    const eq = line.indexOf('=')
    if (eq < 0) throw new ModInfoError("build line missing '=' after key")
    if (eq === 0) throw new ModInfoError('build line with missing key')
    key = line.slice(0, eq)
    if (quoteKey(key)) throw new ModInfoError(`unquoted key ${goQuote(key)} must be quoted`)
    rawValue = line.slice(eq + 1)
  }
  let value: string
  if (rawValue !== '' && (rawValue[0] === '"' || rawValue[0] === '`')) {
    const unquoted = goUnquote(rawValue)
    if (unquoted === undefined) throw new ModInfoError('invalid quoted value in build line')
    value = unquoted
  } else {
    if (quoteValue(rawValue))
      throw new ModInfoError(`unquoted value ${goQuote(rawValue)} must be quoted`)
    value = rawValue
  }
  return { key, value }
}

export function parseModInfo(text: string): ModInfo {
  const info: ModInfo = { path: '', deps: [], settings: [] }
  let last: Module | undefined
  const lines = text.split('\n')
  lines.pop() // a final line without "\n" is dropped, as in Go
  lines.forEach((line, index) => {
    try {
      if (line.startsWith('path\t')) {
        info.path = line.slice(5)
      } else if (line.startsWith('mod\t') || line.startsWith('dep\t')) {
        const cols = line.slice(4).split('\t')
        if (cols.length !== 2 && cols.length !== 3) {
          throw new ModInfoError(`expected 2 or 3 columns; got ${cols.length}`)
        }
        const mod: Module = { path: cols[0], version: cols[1], sum: cols[2] ?? '' }
        if (line.startsWith('mod\t')) info.main = mod
        else info.deps.push(mod)
        last = mod
      } else if (line.startsWith('=>\t')) {
        const cols = line.slice(3).split('\t')
        if (cols.length !== 3)
          throw new ModInfoError(`expected 3 columns for replacement; got ${cols.length}`)
        if (!last) throw new ModInfoError('replacement with no module on previous line')
        last.replace = { path: cols[0], version: cols[1], sum: cols[2] }
        last = undefined
      } else if (line.startsWith('build\t')) {
        info.settings.push(parseBuildLine(line.slice(6)))
        last = undefined
      }
    } catch (error) {
      if (error instanceof ModInfoError) {
        throw new ModInfoError(`could not parse Go build info: line ${index + 1}: ${error.message}`)
      }
      throw error
    }
  })
  return info
}

/** BuildInfo.String() with GoVersion empty: the lines `go version -m` prints after the first. */
export function formatModInfo(info: ModInfo): string {
  let out = ''
  if (info.path !== '') out += `path\t${info.path}\n`
  const formatMod = (word: string, m: Module): void => {
    out += `${word}\t${m.path}\t${m.version}`
    if (m.replace === undefined) out += `\t${m.sum}`
    else {
      out += '\n'
      formatMod('=>', m.replace)
    }
    out += '\n'
  }
  if (info.main && (info.main.path || info.main.version || info.main.sum || info.main.replace)) {
    formatMod('mod', info.main)
  }
  for (const dep of info.deps) formatMod('dep', dep)
  for (const s of info.settings) {
    const key = quoteKey(s.key) ? goQuote(s.key) : s.key
    const value = quoteValue(s.value) ? goQuote(s.value) : s.value
    out += `build\t${key}=${value}\n`
  }
  return out
}

/**
 * Splits "go1.22.0 X:boringcrypto" (Go 1.18–1.26) or "go1.27.4-X:fieldtrack" (Go 1.27) into
 * the version and the experiments it names.
 */
export function splitGoVersion(raw: string): { version: string; experiments: string[] } {
  const match = /[ -]X:/.exec(raw)
  if (!match) return { version: raw, experiments: [] }
  return {
    version: raw.slice(0, match.index),
    experiments: raw
      .slice(match.index + 3)
      .split(',')
      .filter(x => x !== '')
  }
}
