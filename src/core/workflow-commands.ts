/**
 * Workflow-command text: writing a command (`formatWorkflowCommand`), and
 * plain log lines that cannot be read as one.
 *
 * The runner reads every stdout line (split at \n, \r or \r\n) and, after
 * trimming leading whitespace, treats `::name …::message` and the older
 * `##[name …]message` as commands (actions/runner ActionCommand.TryParseV2 and
 * TryParse). A file name with a newline in it, logged as plain text, could so
 * forge `::error::`, `::add-mask::` or `::set-env::` lines. Every plain line an
 * action writes goes through `plainLogText`, which puts a backslash before a
 * line that would parse as a command, so the log shows it and the runner
 * ignores it.
 */

import type { Annotation } from './report.js'

/** Leading whitespace as .NET's String.TrimStart sees it (JS \s lacks U+0085). */
const COMMAND_START = /^[\s\u0085]*(?:::|##\[)/

/** Line breaks the runner splits output at. */
const LINE_BREAK = /\r\n|\r|\n/

export function isWorkflowCommandLine(line: string): boolean {
  return COMMAND_START.test(line)
}

/** `text` with every line that the runner would run as a command prefixed by a backslash. */
export function plainLogText(text: string): string {
  if (!/[:#]/.test(text)) return text
  return text
    .split(LINE_BREAK)
    .map(line => (isWorkflowCommandLine(line) ? `\\${line}` : line))
    .join('\n')
}

/**
 * A writer for a stream the runner reads (the CLI's stdout or stderr in a
 * `run:` step) that is written in arbitrary chunks: a line that would parse as
 * a command gets the same backslash, wherever the chunks split. Only the start
 * of a line is held back, and only while it could still become `::` or `##[`;
 * `end()` writes what is held.
 */
export function commandSafeWriter(write: (text: string) => void): {
  write(text: string): void
  end(): void
} {
  let held = ''
  let lineUndecided = true
  return {
    write(text) {
      let out = ''
      let index = 0
      while (index < text.length) {
        if (!lineUndecided) {
          // Copy up to and including the next line break in one slice.
          const next = text.slice(index).search(/[\r\n]/)
          if (next < 0) {
            out += text.slice(index)
            break
          }
          out += text.slice(index, index + next + 1)
          index += next + 1
          lineUndecided = true
          continue
        }
        const char = text[index++]
        if (char === '\n' || char === '\r') {
          out += held + char
          held = ''
          continue
        }
        held += char
        const visible = held.replace(/^[\s\u0085]+/, '')
        if (visible === '::' || visible === '##[') {
          out += `\\${held}`
        } else if (visible === '' || '::'.startsWith(visible) || '##['.startsWith(visible)) {
          continue
        } else {
          out += held
        }
        held = ''
        lineUndecided = false
      }
      if (out !== '') write(out)
    },
    end() {
      if (held !== '') write(held)
      held = ''
      lineUndecided = true
    }
  }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::error file=a.go,line=3,title=…::message`, escaped as actions/toolkit's command.ts does. */
export function formatWorkflowCommand(annotation: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['file', annotation.file],
    ['line', annotation.startLine],
    ['endLine', annotation.endLine],
    ['col', annotation.startColumn],
    ['endColumn', annotation.endColumn],
    ['title', annotation.title]
  ]
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${annotation.level}${list ? ` ${list}` : ''}::${escapeData(annotation.message)}`
}
