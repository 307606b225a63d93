/** WWW-Authenticate challenges (RFC 7235) as registries send them, and secret masking. */
import { expect, test } from '@jest/globals'
import { maskSecrets, parseWwwAuthenticate } from '../../../src/core/image/index.js'

test("Docker Hub's bearer challenge", () => {
  expect(
    parseWwwAuthenticate(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"'
    )
  ).toEqual([
    {
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/alpine:pull'
      }
    }
  ])
})

test('spaces, token values, escapes and a scope with commas inside quotes', () => {
  expect(
    parseWwwAuthenticate(
      'bearer  Realm = "https://a/t" , service=reg, scope="repository:a:pull,push", error="say \\"hi\\""'
    )
  ).toEqual([
    {
      scheme: 'bearer',
      params: {
        realm: 'https://a/t',
        service: 'reg',
        scope: 'repository:a:pull,push',
        error: 'say "hi"'
      }
    }
  ])
})

test('several challenges in one header', () => {
  expect(
    parseWwwAuthenticate('Basic realm="Registry Realm", Bearer realm="https://t",service="s"')
  ).toEqual([
    { scheme: 'basic', params: { realm: 'Registry Realm' } },
    { scheme: 'bearer', params: { realm: 'https://t', service: 's' } }
  ])
})

test('a bare scheme, an empty header and an unterminated quote', () => {
  expect(parseWwwAuthenticate('Basic')).toEqual([{ scheme: 'basic', params: {} }])
  expect(parseWwwAuthenticate('')).toEqual([])
  expect(parseWwwAuthenticate('Bearer realm="https://t')).toEqual([
    { scheme: 'bearer', params: {} }
  ])
})

test('maskSecrets hides every occurrence of each secret, and ignores absent ones', () => {
  expect(maskSecrets('token abcd1234 again abcd1234', ['abcd1234', undefined])).toBe(
    'token *** again ***'
  )
  expect(maskSecrets('nothing here', [undefined])).toBe('nothing here')
})
