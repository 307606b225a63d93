/**
 * Where a JSON document stops being JSON, for error messages that name a line
 * (SARIF files, govulncheck streams): the one locator both readers use.
 * `JSON.parse` usually says "at position N", but not always (V8 also writes
 * "Unexpected token 'x', ..."<source>"... is not valid JSON"), so a small
 * checker finds the offset itself when the message has none.
 */
import { closeSync, openSync, readSync } from 'node:fs'

export interface JsonSyntaxProblem {
  /** UTF-16 offset into the text. */
  offset: number
  line: number
  column: number
  reason: string
}

export function locateJsonError(text: string, error: unknown): JsonSyntaxProblem {
  const message = error instanceof Error ? error.message : String(error)
  // Keep only the reason: V8 either names a position or quotes the (possibly huge) source.
  const reason = message
    .replace(/, (\.\.\.)?"[\s\S]*" ?(\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON at position \d+[\s\S]*$/, '')
  const stated = /at position (\d+)/.exec(message)
  const offset = stated ? Number(stated[1]) : (findSyntaxError(text) ?? text.length)
  return { offset, ...lineAndColumn(text, offset), reason }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: end - lineStart + 1 }
}

/**
 * Line and column (1-based, the column in bytes) of a byte offset in a file too
 * big to hold, found by counting the newlines before it a MiB at a time.
 */
export function lineAndColumnInFile(
  file: string,
  byteOffset: number
): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024)
    let position = 0
    while (position < byteOffset) {
      const length = readSync(
        fd,
        buffer,
        0,
        Math.min(buffer.length, byteOffset - position),
        position
      )
      if (length === 0) break
      for (
        let i = buffer.indexOf(0x0a, 0);
        i !== -1 && i < length;
        i = buffer.indexOf(0x0a, i + 1)
      ) {
        line++
        lineStart = position + i + 1
      }
      position += length
    }
  } finally {
    closeSync(fd)
  }
  return { line, column: byteOffset - lineStart + 1 }
}

/** Offset of the first syntax error (text.length when it ends too early), or undefined for valid JSON. */
export function findSyntaxError(text: string): number | undefined {
  let i = 0
  const fail = (): never => {
    throw new SyntaxAt(i)
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail()
      i++
    }
  }
  const string = () => {
    i++
    for (;;) {
      if (i >= text.length) fail()
      const ch = text[i]
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail()
          i += 5
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i++
        else fail()
      } else if (ch < ' ') fail()
      else i++
    }
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match) fail()
    i += (match as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    if (depth > 5000) fail()
    ws()
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail()
        string()
        ws()
        if (text[i] !== ':') fail()
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail()
      }
    }
    if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail()
      }
    }
    if (ch === '"') return string()
    if (ch === 't') return literal('true')
    if (ch === 'f') return literal('false')
    if (ch === 'n') return literal('null')
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number()
    fail()
  }
  try {
    value(0)
    ws()
    if (i < text.length) fail()
    return undefined
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset
    return 0
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`)
  }
}
