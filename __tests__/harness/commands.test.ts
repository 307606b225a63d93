import { describe, expect, it } from '@jest/globals'
import { parseFileCommand, parseWorkflowCommands } from './commands.js'

describe('parseFileCommand', () => {
  it('reads single-line and multi-line (heredoc) values', () => {
    const text = 'a=1\nmulti<<ghadelimiter_123\nline one\nline two\nghadelimiter_123\nb=x=y\n'
    expect(parseFileCommand(text)).toEqual({ a: '1', multi: 'line one\nline two', b: 'x=y' })
  })

  it('rejects an unterminated heredoc', () => {
    expect(() => parseFileCommand('m<<EOF\nno end\n')).toThrow(/unterminated/)
  })
})

describe('parseWorkflowCommands', () => {
  it('parses annotations with escaped properties and data', () => {
    const stdout = [
      'plain log line',
      '::error file=a%2Cb.go,line=3,col=7,title=T%3A x::bad%0Anews 100%25',
      '::warning::careful',
      '::notice title=n::fyi',
      '::add-mask::s3cret',
      '::group::Restore',
      '::endgroup::'
    ].join('\n')
    const commands = parseWorkflowCommands(stdout)
    expect(commands.map(c => c.command)).toEqual([
      'error',
      'warning',
      'notice',
      'add-mask',
      'group',
      'endgroup'
    ])
    expect(commands[0]).toEqual({
      command: 'error',
      properties: { file: 'a,b.go', line: '3', col: '7', title: 'T: x' },
      message: 'bad\nnews 100%'
    })
    expect(commands[3].message).toBe('s3cret')
  })
})
