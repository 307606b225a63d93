/** Image references as docker reads them, and which CLI targets are taken as references. */
import { describe, expect, test } from '@jest/globals'
import {
  formatImageReference,
  ImageError,
  isLoopbackHost,
  looksLikeReference,
  parseImageReference
} from '../../../src/core/image/index.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('parseImageReference', () => {
  test.each([
    ['alpine', 'docker.io', 'registry-1.docker.io', 'library/alpine', 'latest', undefined],
    ['alpine:3.20', 'docker.io', 'registry-1.docker.io', 'library/alpine', '3.20', undefined],
    ['team/app', 'docker.io', 'registry-1.docker.io', 'team/app', 'latest', undefined],
    [
      'docker.io/alpine',
      'docker.io',
      'registry-1.docker.io',
      'library/alpine',
      'latest',
      undefined
    ],
    ['index.docker.io/team/app:1', 'docker.io', 'registry-1.docker.io', 'team/app', '1', undefined],
    ['ghcr.io/org/tool:v1.2.3', 'ghcr.io', 'ghcr.io', 'org/tool', 'v1.2.3', undefined],
    ['localhost/app', 'localhost', 'localhost', 'app', 'latest', undefined],
    ['localhost:5000/a/b/c:t', 'localhost:5000', 'localhost:5000', 'a/b/c', 't', undefined],
    ['127.0.0.1:40123/app:v1', '127.0.0.1:40123', '127.0.0.1:40123', 'app', 'v1', undefined],
    ['[::1]:5000/app', '[::1]:5000', '[::1]:5000', 'app', 'latest', undefined],
    ['Registry/app', 'Registry', 'Registry', 'app', 'latest', undefined],
    [`app@${DIGEST}`, 'docker.io', 'registry-1.docker.io', 'library/app', undefined, DIGEST],
    [`r.io/app:v1@${DIGEST}`, 'r.io', 'r.io', 'app', 'v1', DIGEST],
    ['docker://r.io/my-app_x.y__z:latest', 'r.io', 'r.io', 'my-app_x.y__z', 'latest', undefined]
  ])('%s', (text, registry, apiHost, repository, tag, digest) => {
    const reference = parseImageReference(text)
    expect(reference).toEqual({
      registry,
      apiHost,
      repository,
      tag,
      digest,
      manifestRef: digest ?? tag
    })
  })

  test.each([
    ['', 'empty'],
    ['App', "'App' is not a valid repository component"],
    ['r.io/app:', "'' is not a valid tag"],
    ['r.io/app:-x', "'-x' is not a valid tag"],
    ['r.io/app@sha256:abc', "'sha256:abc' is not a sha256:<64 hex> digest"],
    ['r.io/a//b', "'' is not a valid repository component"],
    ['r.io/a/-b', "'-b' is not a valid repository component"],
    ['./image.tar', "'.' is not a host[:port]"],
    ['-bad.io:x/app', "'-bad.io:x' is not a host[:port]"]
  ])('%j is refused: %s', (text, why) => {
    let caught: unknown
    try {
      parseImageReference(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ImageError)
    expect((caught as ImageError).message).toContain(why)
  })

  test('formatImageReference writes the full name back', () => {
    expect(formatImageReference(parseImageReference('alpine'))).toBe(
      'docker.io/library/alpine:latest'
    )
    expect(formatImageReference(parseImageReference(`r.io:443/a@${DIGEST}`))).toBe(
      `r.io:443/a@${DIGEST}`
    )
  })
})

test.each([
  ['localhost:5000', true],
  ['127.0.0.1:40123', true],
  ['127.1.2.3', true],
  ['[::1]:5000', true],
  ['registry.example.com', false],
  ['128.0.0.1:5000', false],
  ['localhost.example.com', false]
])('isLoopbackHost(%s) is %s', (host, expected) => {
  expect(isLoopbackHost(host)).toBe(expected)
})

test.each([
  ['ghcr.io/org/app', true],
  ['localhost:5000/app', true],
  ['alpine:3.20', true],
  [`app@${DIGEST}`, true],
  ['docker://alpine', true],
  ['image.tar', false],
  ['out/image.tar', false],
  ['layout', false],
  ['./layout:tag', false]
])('looksLikeReference(%s) is %s', (target, expected) => {
  expect(looksLikeReference(target)).toBe(expected)
})
