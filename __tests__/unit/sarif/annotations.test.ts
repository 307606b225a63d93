import { describe, expect, it } from '@jest/globals'
import {
  plainMessage,
  selectForCommands,
  toAnnotation,
  toCheckAnnotation,
  type SarifFinding
} from '../../../src/core/sarif/deliver/annotations.js'
import { addedLines, touchesChangedLines } from '../../../src/core/sarif/deliver/changed-lines.js'
import { toLevel } from '../../../src/core/sarif/result-severity.js'
import { emptyTally, countResult } from '../../../src/core/sarif/tally.js'
import { sarifGateFailure, parseSarifFailOn } from '../../../src/core/sarif/fail-on.js'

function finding(overrides: Partial<SarifFinding>): SarifFinding {
  return {
    tool: 'tool',
    ruleId: 'R',
    level: 'warning',
    score: 200,
    message: 'm',
    file: 'a.go',
    startLine: 1,
    onChangedLine: false,
    ...overrides
  }
}

describe('fail-on', () => {
  const tally = emptyTally()
  countResult(tally, 'gosec', 'G101', 'warning', 7.5)
  countResult(tally, 'lint', 'x', 'note', undefined)

  it.each([
    ['error', undefined],
    ['warning', 'SARIF results at fail-on level warning or above: 1 warning'],
    ['note', 'SARIF results at fail-on level note or above: 1 warning, 1 note'],
    ['none', undefined],
    ['critical', undefined],
    ['high', '1 SARIF result with security-severity high or above'],
    ['7.5', '1 SARIF result with security-severity ≥ 7.5'],
    ['7.6', undefined]
  ])('fail-on %s', (failOn, expected) => {
    expect(sarifGateFailure(parseSarifFailOn(failOn), tally)).toBe(expected)
  })

  it('rejects anything else with the accepted values', () => {
    expect(() => parseSarifFailOn('sometimes')).toThrow(/fail-on has invalid value "sometimes"/)
    expect(() => parseSarifFailOn('11')).toThrow(/fail-on has invalid value/)
  })

  it('maps producer level spellings', () => {
    expect(['high', 'MEDIUM', 'low', 'info', 'err', 'nonsense'].map(toLevel)).toEqual([
      'error',
      'warning',
      'note',
      'note',
      'error',
      undefined
    ])
  })
})

describe('workflow commands', () => {
  it('shows at most 10 per level, the PR’s changed lines first, then by severity', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) =>
        finding({ level: 'error', score: 300, startLine: i + 1 })
      ),
      ...Array.from({ length: 12 }, (_, i) => finding({ level: 'warning', startLine: i + 1 })),
      finding({ level: 'note', score: 100 }),
      finding({ level: 'none', score: 0 })
    ]
    const { shown, rest } = selectForCommands(findings)
    expect(shown.filter(f => f.level === 'error')).toHaveLength(10)
    expect(shown.filter(f => f.level === 'warning')).toHaveLength(10)
    expect(shown.filter(f => f.level === 'note' || f.level === 'none')).toHaveLength(2)
    expect(rest).toHaveLength(7)
    expect(selectForCommands(findings, 0).rest).toHaveLength(0)
  })

  it('columns only on a single line; unlocated findings carry no file', () => {
    expect(
      toAnnotation(finding({ startLine: 2, endLine: 2, startColumn: 5, endColumn: 9 }))
    ).toMatchObject({
      startLine: 2,
      endLine: 2,
      startColumn: 5,
      endColumn: 9
    })
    expect(
      toAnnotation(finding({ startLine: 2, endLine: 4, startColumn: 5, endColumn: 9 }))
    ).not.toHaveProperty('startColumn')
    expect(toAnnotation(finding({ file: undefined, startLine: undefined }))).not.toHaveProperty(
      'file'
    )
    expect(toCheckAnnotation(finding({ file: undefined }))).toBeUndefined()
    expect(toCheckAnnotation(finding({ level: 'error', startLine: 3, endLine: 1 }))).toMatchObject({
      annotation_level: 'failure',
      start_line: 3,
      end_line: 3
    })
  })

  it('drops staticcheck’s related-information link markers from messages', () => {
    expect(plainMessage('this value of x is never used [x](1) and [y](2)')).toBe(
      'this value of x is never used x and y'
    )
  })
})

describe('pull request diffs', () => {
  const patch = [
    '@@ -1,4 +1,5 @@',
    ' package main',
    '-import "fmt"',
    '+import (',
    '+\t"fmt"',
    '+)',
    ' ',
    '@@ -20,3 +21,4 @@ func main() {',
    ' \tx := 1',
    '+\tx = 2',
    ' \t_ = x',
    '\\ No newline at end of file'
  ].join('\n')

  it('finds the added lines in the new file', () => {
    expect([...addedLines(patch)]).toEqual([2, 3, 4, 22])
  })

  it('says whether a finding touches them', () => {
    const changed = new Map([
      ['main.go', addedLines(patch)],
      ['big.bin', new Set([-1])]
    ])
    expect(touchesChangedLines(changed, 'main.go', 22, 22)).toBe(true)
    expect(touchesChangedLines(changed, 'main.go', 5, 22)).toBe(true)
    expect(touchesChangedLines(changed, 'main.go', 5, 6)).toBe(false)
    expect(touchesChangedLines(changed, 'other.go', 2, 2)).toBe(false)
    expect(touchesChangedLines(changed, 'big.bin', 7, 7)).toBe(true)
    expect(touchesChangedLines(undefined, 'main.go', 2, 2)).toBe(false)
  })
})
