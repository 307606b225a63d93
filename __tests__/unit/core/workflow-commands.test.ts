import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  commandSafeWriter,
  formatWorkflowCommand,
  isWorkflowCommandLine,
  plainLogText
} from '../../../src/core/workflow-commands.js'
import { parseWorkflowCommands } from '../../harness/commands.js'

/** Lines as the runner splits them (\n, \r, \r\n). */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/)

describe('plainLogText', () => {
  it.each([
    ['a\n::error::forged', 'a\n\\::error::forged'],
    ['a\r::warning file=x::forged', 'a\n\\::warning file=x::forged'],
    ['  \t::add-mask::x', '\\  \t::add-mask::x'],
    ['\u00a0\u0085##[error]forged', '\\\u00a0\u0085##[error]forged'],
    ['::set-output name=x::y', '\\::set-output name=x::y'],
    ['a: b::c\n#[x] ok', 'a: b::c\n#[x] ok']
  ])('%j → %j', (input, expected) => {
    expect(plainLogText(input)).toBe(expected)
  })

  it('leaves ordinary text alone', () => {
    expect(plainLogText('Hashed 3 go.sum files: a::b, ##[x]')).toBe(
      'Hashed 3 go.sum files: a::b, ##[x]'
    )
  })

  it('never lets a line read as a command, whatever the text', () => {
    const pieces = fc.constantFrom('::', '##[', '\n', '\r', ' ', '\t', '\u0085', 'error', 'x', ':')
    fc.assert(
      fc.property(
        fc.array(pieces).map(parts => parts.join('')),
        text => {
          expect(runnerLines(plainLogText(text)).filter(isWorkflowCommandLine)).toEqual([])
        }
      )
    )
  })
})

describe('commandSafeWriter', () => {
  const written = (chunks: string[]) => {
    let out = ''
    const writer = commandSafeWriter(text => (out += text))
    for (const chunk of chunks) writer.write(chunk)
    writer.end()
    return out
  }

  it('escapes a command line split over chunks', () => {
    expect(written(['ok\n ', ':', ':error::forged\n'])).toBe('ok\n\\ ::error::forged\n')
    expect(written(['#', '#', '[group]x\n'])).toBe('\\##[group]x\n')
  })

  it('writes a held line start at the end', () => {
    expect(written(['a\n:'])).toBe('a\n:')
  })

  it('gives the same text as plainLogText on complete lines, in any chunking', () => {
    const pieces = fc.constantFrom('::', '##[', '\n', ' ', '\u0085', 'error', 'x', ':', '#')
    fc.assert(
      fc.property(
        fc.array(pieces).map(parts => parts.join('')),
        fc.array(fc.nat(), { maxLength: 5 }),
        (text, cuts) => {
          const points = [...new Set(cuts.map(cut => cut % (text.length + 1)))].sort(
            (a, b) => a - b
          )
          const chunks = [0, ...points].map((start, i) =>
            text.slice(start, [...points, text.length][i])
          )
          const out = written(chunks)
          expect(out.replace(/\\/g, '')).toBe(text.replace(/\\/g, ''))
          expect(runnerLines(out).filter(isWorkflowCommandLine)).toEqual([])
        }
      )
    )
  })
})

describe('formatWorkflowCommand', () => {
  it('escapes properties and data the way the runner parses them back', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ minLength: 1 }), (message, title, file) => {
        const line = formatWorkflowCommand({
          level: 'warning',
          message,
          title,
          file,
          startLine: 3,
          endLine: 4
        })
        const [parsed] = parseWorkflowCommands(`${line}\n`)
        expect(parsed.command).toBe('warning')
        expect(parsed.message).toBe(message)
        expect(parsed.properties.title).toBe(title)
        expect(parsed.properties.file).toBe(file)
        expect(parsed.properties.line).toBe('3')
      }),
      { numRuns: 200 }
    )
  })
})
