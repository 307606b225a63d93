import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../../src/core/errors.js'
import {
  Inputs,
  inputSourceFromRecord,
  parseDuration,
  parseList
} from '../../../src/core/inputs.js'

const inputsOf = (values: Record<string, string>) => new Inputs(inputSourceFromRecord(values))

describe('Inputs', () => {
  it('required names the input and the fix', () => {
    expect(() => inputsOf({}).required('token')).toThrow(/Input required and not supplied: token/)
    expect(inputsOf({ token: '  abc ' }).required('token')).toBe('abc')
  })

  it('optional turns blank into undefined', () => {
    expect(inputsOf({ a: '   ' }).optional('a')).toBeUndefined()
    expect(inputsOf({ a: 'x' }).optional('a')).toBe('x')
  })

  it.each([
    ['true', true],
    ['TRUE', true],
    ['yes', true],
    ['false', false],
    ['No', false]
  ])('boolean accepts %s', (raw, expected) => {
    expect(inputsOf({ flag: raw }).boolean('flag', !expected)).toBe(expected)
  })

  it('boolean rejects other words, naming the input', () => {
    expect(() => inputsOf({ 'save-always': 'maybe' }).boolean('save-always', false)).toThrow(
      /Input save-always must be a boolean, got "maybe"/
    )
    expect(() => inputsOf({ x: 'maybe' }).boolean('x', false)).toThrow(ConfigurationError)
  })

  it('list splits on newlines and commas and drops comments', () => {
    expect(inputsOf({ l: 'a, b\n# comment\nc\n\n' }).list('l')).toEqual(['a', 'b', 'c'])
    expect(parseList('')).toEqual([])
  })

  it('lines keeps commas inside a line', () => {
    expect(inputsOf({ l: '**/*.go,x\n y ' }).lines('l')).toEqual(['**/*.go,x', 'y'])
  })

  it('enum lists the allowed values', () => {
    const inputs = inputsOf({ mode: 'sometimes' })
    expect(() => inputs.enum('mode', ['auto', 'always', 'never'], 'auto')).toThrow(
      'Input mode has invalid value "sometimes"; allowed values: auto, always, never'
    )
    expect(inputsOf({ mode: 'Always' }).enum('mode', ['auto', 'always'], 'auto')).toBe('always')
    expect(inputsOf({}).enum('mode', ['auto', 'always'], 'auto')).toBe('auto')
  })

  it('duration parses units and bare seconds', () => {
    expect(parseDuration('90')).toBe(90_000)
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(parseDuration('250ms')).toBe(250)
    expect(parseDuration('5 minutes')).toBeUndefined()
    expect(() => inputsOf({ t: 'soon' }).duration('t', 0)).toThrow(/Input t is not a duration/)
  })

  it('integer checks bounds', () => {
    expect(inputsOf({ n: '5' }).integer('n', 1, { min: 1, max: 10 })).toBe(5)
    expect(() => inputsOf({ n: '50' }).integer('n', 1, { min: 1, max: 10 })).toThrow(
      /between 1 and 10/
    )
    expect(() => inputsOf({ n: 'five' }).integer('n', 1)).toThrow(/whole number/)
  })

  it('path resolves against the workspace', () => {
    expect(inputsOf({ p: 'sub/dir' }).path('p', '/ws')).toBe('/ws/sub/dir')
    expect(inputsOf({ p: '/abs' }).path('p', '/ws')).toBe('/abs')
    expect(inputsOf({}).path('p', '/ws')).toBeUndefined()
  })
})

describe('Inputs.secret', () => {
  it('hands a given secret to onSecret before returning it, and nothing when blank', () => {
    const masked: string[] = []
    const inputs = new Inputs(inputSourceFromRecord({ 'github-token': ' ghs_abc ', blank: ' ' }), {
      onSecret: value => masked.push(value)
    })
    expect(inputs.secret('github-token')).toBe('ghs_abc')
    expect(inputs.secret('blank')).toBeUndefined()
    expect(masked).toEqual(['ghs_abc'])
  })
})
