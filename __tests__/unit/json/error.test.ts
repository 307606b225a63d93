import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findSyntaxError, lineAndColumn, locateJsonError } from '../../../src/core/json/error.js'
import { invalidObjectError } from '../../../src/core/vuln/splitter.js'

function parseError(text: string): unknown {
  try {
    JSON.parse(text)
  } catch (error) {
    return error
  }
  throw new Error(`valid JSON: ${text}`)
}

describe('locateJsonError', () => {
  it('uses the position JSON.parse states', () => {
    const text = '{"a":\n1,}'
    expect(locateJsonError(text, parseError(text))).toEqual({
      offset: 8,
      line: 2,
      column: 3,
      reason: 'Expected double-quoted property name'
    })
  })

  it('finds the offset itself when the message quotes the source instead', () => {
    const text = '{"x":"}",\n"b":tru}'
    const at = locateJsonError(
      text,
      new SyntaxError(`Unexpected token '}', "${text}" is not valid JSON`)
    )
    expect(at).toEqual({ offset: 17, line: 2, column: 8, reason: "Unexpected token '}'" })
  })

  it('drops a quoted excerpt that ends with "...", whatever its size', () => {
    const excerpt = `Unexpected token 'o', ..."x", "c": nope, "d": "... is not valid JSON`
    expect(locateJsonError('{}', new SyntaxError(excerpt)).reason).toBe("Unexpected token 'o'")
  })

  it('points at the end of a truncated document', () => {
    const text = '{"a": [1, 2'
    expect(locateJsonError(text, new SyntaxError('Unexpected end of JSON input'))).toMatchObject({
      offset: text.length,
      line: 1,
      column: text.length + 1
    })
  })
})

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 })
  })
})

describe('invalidObjectError (govulncheck streams)', () => {
  it('names the line of the error, not the first place its token appears', () => {
    // The old locator searched the quoted source for the token and found the "}" in line 1's string.
    const text = '{"x":"}",\n"b":tru}'
    const error = invalidObjectError('vuln.json', { text, line: 40 }, parseError(text))
    expect(error.line).toBe(41)
    expect(error.message).toBe(
      "vuln.json:41: invalid JSON in the object that starts on line 40: unexpected token '}'"
    )
  })
})

describe('JSON syntax locator', () => {
  it('agrees with JSON.parse on whether a text is JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map(json => json.slice(0, -1))
        ),
        text => {
          let valid = true
          try {
            JSON.parse(text)
          } catch {
            valid = false
          }
          expect(findSyntaxError(text) === undefined).toBe(valid)
        }
      ),
      { numRuns: 500 }
    )
  })
})
