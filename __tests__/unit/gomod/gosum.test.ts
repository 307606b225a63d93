import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildModuleSet, parseGoSum, splitEntry } from '../../../src/core/gomod/index.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { fakeHash, goSum, testLogger } from '../cache/fixtures.js'

describe('parseGoSum', () => {
  it('reads module@version and module@version/go.mod entries', () => {
    const { entries } = parseGoSum(goSum([['golang.org/x/net', 'v0.26.0']]), 'go.sum')
    expect(entries).toEqual(['golang.org/x/net@v0.26.0', 'golang.org/x/net@v0.26.0/go.mod'])
  })

  it('tolerates CRLF, blank lines, tabs and trailing spaces', () => {
    const text = `a.com/m v1.0.0 ${fakeHash('a')}\r\n\r\n\ta.com/n  v2.0.0+incompatible\t${fakeHash('b')}  \r\n`
    expect(parseGoSum(text, 'go.sum').entries).toEqual([
      'a.com/m@v1.0.0',
      'a.com/n@v2.0.0+incompatible'
    ])
  })

  it.each([
    [
      'a.com/m v1.0.0\n',
      'api/go.sum:1: malformed go.sum line: expected "module version hash", found 2 fields'
    ],
    [
      `a.com/m v1.0.0 ${fakeHash('a')}\n\na.com/m v1 h1:x extra\n`,
      'api/go.sum:3: malformed go.sum line: expected "module version hash", found 4 fields'
    ],
    [
      'a.com/m 1.0.0 h1:abc\n',
      'api/go.sum:1: malformed go.sum line: "a.com/m 1.0.0 h1:abc" is not "module vX.Y.Z[/go.mod] h1:…"'
    ],
    [
      'a.com/m v1.0.0 nohash\n',
      'api/go.sum:1: malformed go.sum line: "a.com/m v1.0.0 nohash" is not "module vX.Y.Z[/go.mod] h1:…"'
    ]
  ])('names file:line for a malformed line (%j)', (text, message) => {
    try {
      parseGoSum(text, 'api/go.sum')
      throw new Error('expected an error')
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as ConfigurationError).message).toBe(message)
      expect((error as ConfigurationError).fix).toMatch(/go mod tidy/)
    }
  })

  it('reads a 100k-line go.sum', () => {
    const lines: string[] = []
    for (let i = 0; i < 50_000; i++) {
      lines.push(
        `example.com/m${i % 5000} v1.${i}.0 h1:AAAA${i}=`,
        `example.com/m${i % 5000} v1.${i}.0/go.mod h1:BBBB${i}=`
      )
    }
    const set = buildModuleSet([{ file: 'go.sum', text: lines.join('\r\n') }])
    expect(set.entries).toHaveLength(100_000)
    expect(set.digest).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('buildModuleSet', () => {
  it('merges files, drops duplicates across modules and sorts', () => {
    const set = buildModuleSet([
      {
        file: 'b/go.sum',
        text: goSum([
          ['z.com/z', 'v1.0.0'],
          ['a.com/a', 'v1.0.0']
        ])
      },
      { file: 'a/go.sum', text: goSum([['a.com/a', 'v1.0.0']]) }
    ])
    expect(set.entries).toEqual([
      'a.com/a@v1.0.0',
      'a.com/a@v1.0.0/go.mod',
      'z.com/z@v1.0.0',
      'z.com/z@v1.0.0/go.mod'
    ])
  })

  it('warns, naming both files, when two go.sum files disagree on a hash', () => {
    const logger = testLogger()
    buildModuleSet(
      [
        { file: 'a/go.sum', text: 'x.com/m v1.0.0 h1:one=\n' },
        { file: 'b/go.sum', text: 'x.com/m v1.0.0 h1:two=\n' }
      ],
      logger
    )
    expect(logger.warnings()).toEqual([
      expect.stringMatching(
        /checksum conflict: x\.com\/m@v1\.0\.0 is h1:one= in a\/go\.sum but h1:two= in b\/go\.sum/
      )
    ])
  })

  it('splits entries back into path, version and go.mod-only', () => {
    expect(splitEntry('a.com/m@v1.0.0/go.mod')).toEqual({
      path: 'a.com/m',
      version: 'v1.0.0',
      goModOnly: true
    })
    expect(splitEntry('a.com/m@v1.0.0')).toEqual({
      path: 'a.com/m',
      version: 'v1.0.0',
      goModOnly: false
    })
  })
})

const modulePath = fc.stringMatching(/^[a-z]{1,8}\.(com|org)\/[a-z0-9]{1,8}$/)
const version = fc.tuple(fc.nat(20), fc.nat(40), fc.nat(9)).map(([a, b, c]) => `v${a}.${b}.${c}`)
const moduleList = fc.uniqueArray(fc.tuple(modulePath, version), {
  minLength: 1,
  maxLength: 25,
  selector: m => m[0]
})
const whitespace = fc.constantFrom(' ', '\t', '  ', ' \t ')

function sumLines(modules: [string, string][]): string[] {
  return goSum(modules).trim().split('\n')
}

describe('module digest properties', () => {
  it('is invariant under line order, whitespace, blank lines, CRLF and duplicate lines', () => {
    fc.assert(
      fc.property(
        moduleList,
        fc.infiniteStream(fc.tuple(whitespace, whitespace, fc.boolean(), fc.boolean())),
        fc.integer({ min: 0, max: 1000 }),
        (modules, noise, seed) => {
          const lines = sumLines(modules)
          const reference = buildModuleSet([{ file: 'go.sum', text: lines.join('\n') }]).digest
          const iterator = noise[Symbol.iterator]()
          const shuffled = [...lines, ...lines.filter((_, i) => (i + seed) % 3 === 0)]
            .map((line, i) => ({ line, order: (i * 7919 + seed) % 1009 }))
            .sort((a, b) => a.order - b.order)
            .map(({ line }) => {
              const [before, between, blank, crlf] = iterator.next().value as [
                string,
                string,
                boolean,
                boolean
              ]
              const text = before + line.split(' ').join(between) + (crlf ? '\r' : '')
              return blank ? `${text}\n${between}` : text
            })
          // Split across two files: duplicates across modules must not matter either.
          const half = Math.floor(shuffled.length / 2)
          const digest = buildModuleSet([
            { file: 'a/go.sum', text: shuffled.slice(0, half).join('\n') },
            { file: 'b/go.sum', text: shuffled.slice(half).join('\n') + '\n' + lines[0] }
          ]).digest
          expect(digest).toBe(reference)
        }
      ),
      { numRuns: 200 }
    )
  })

  it('changes when any module version changes', () => {
    fc.assert(
      fc.property(moduleList, fc.nat(), fc.integer({ min: 1, max: 5 }), (modules, pick, bump) => {
        const before = buildModuleSet([{ file: 'go.sum', text: goSum(modules) }]).digest
        const index = pick % modules.length
        const [p, v] = modules[index]
        const [major, minor, patch] = v.slice(1).split('.').map(Number)
        const changed = modules.map((m, i): [string, string] =>
          i === index ? [p, `v${major}.${minor}.${patch + bump}`] : m
        )
        const after = buildModuleSet([{ file: 'go.sum', text: goSum(changed) }]).digest
        expect(after).not.toBe(before)
      }),
      { numRuns: 200 }
    )
  })

  it('changes when only a go.mod-only entry changes', () => {
    const base = 'a.com/m v1.0.0 h1:x=\na.com/m v1.0.0/go.mod h1:y=\n'
    const extra = base + 'a.com/old v0.1.0/go.mod h1:z=\n'
    expect(buildModuleSet([{ file: 'go.sum', text: base }]).digest).not.toBe(
      buildModuleSet([{ file: 'go.sum', text: extra }]).digest
    )
  })
})
