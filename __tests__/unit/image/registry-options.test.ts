/** Where registry credentials come from, and which targets openImageSource reads from disk. */
import { expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  ImageError,
  openImageSource,
  readRegistryTokenFile,
  registryCredentialsFromEnv
} from '../../../src/core/image/index.js'

test('credentials from the environment: a token, basic credentials, or none', () => {
  expect(registryCredentialsFromEnv({ GO_CI_KIT_REGISTRY_TOKEN: ' tok \n' })).toEqual({
    token: 'tok',
    username: undefined,
    password: undefined
  })
  expect(
    registryCredentialsFromEnv({
      GO_CI_KIT_REGISTRY_USERNAME: 'ci',
      GO_CI_KIT_REGISTRY_PASSWORD: ' keeps spaces '
    })
  ).toEqual({ token: undefined, username: 'ci', password: ' keeps spaces ' })
  expect(registryCredentialsFromEnv({ GO_CI_KIT_REGISTRY_TOKEN: '' })).toEqual({
    token: undefined,
    username: undefined,
    password: undefined
  })
})

test('a token file: its first line; an empty or missing file is one clear error', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-token-'))
  try {
    const file = path.join(dir, 'token')
    writeFileSync(file, 'secret-token-value\nignored\n')
    expect(readRegistryTokenFile(file)).toBe('secret-token-value')
    writeFileSync(file, '\n')
    expect(() => readRegistryTokenFile(file)).toThrow(`the registry token file ${file} is empty`)
    expect(() => readRegistryTokenFile(path.join(dir, 'missing'))).toThrow(ImageError)
    expect(() => readRegistryTokenFile(path.join(dir, 'missing'))).toThrow('ENOENT')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('openImageSource: a missing image.tar stays a path (no Docker Hub lookup)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-source-'))
  try {
    await expect(openImageSource('image.tar', { cwd: dir })).rejects.toThrow(
      'cannot open image.tar: ENOENT'
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
