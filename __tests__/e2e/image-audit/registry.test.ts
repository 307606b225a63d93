/**
 * Images audited straight from a registry through the built bundles: crane pushes a clean
 * 2-platform index and one whose linux/arm64 entry holds the amd64 binary to Debian's
 * docker-registry on 127.0.0.1; `go-ci-kit image REF` and the image-audit action read them
 * without a daemon. A small proxy in front of the registry wants a bearer token, which comes
 * from --registry-token-file, GO_CI_KIT_REGISTRY_TOKEN or the action's registry-token input
 * (masked) and is never printed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runStep } from '../../harness/runner.js'
import {
  buildStaticGo,
  craneIndexPush,
  layerTar,
  startRegistry,
  type Registry
} from '../../helpers/images.js'
import { runCli as cli } from '../../helpers/cli.js'
import { describeIfTool } from '../../helpers/tools.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTRY = 'dist/image-audit/index.js'
const TOKEN = 's3cret-registry-token-4711'

/** Forwards to the registry only requests that carry `Authorization: Bearer TOKEN`. */
async function startTokenProxy(
  upstream: string
): Promise<{ host: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
      return
    }
    const [hostname, port] = upstream.split(':')
    const forward = http.request(
      { hostname, port, path: request.url, method: request.method, headers: request.headers },
      answer => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      }
    )
    forward.on('error', () => response.destroy())
    request.pipe(forward)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

describeIfTool(['go1.27', 'crane', 'docker-registry'])('image-audit on registry references', () => {
  let work = ''
  let registry: Registry | undefined
  let proxy: { host: string; close(): Promise<void> } | undefined
  let clean = ''
  let wrongArch = ''

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-audit-registry-'))
    const amd64 = buildStaticGo(work, 'amd64')
    const arm64 = buildStaticGo(work, 'arm64')
    const app = '/usr/local/bin/app'
    registry = await startRegistry(mkdtempSync(path.join(work, 'registry-')))
    clean = craneIndexPush(registry.host, 'team/app', 'clean', [
      { platform: 'linux/amd64', layer: layerTar(work, 'clean-amd64', { [app]: amd64 }) },
      { platform: 'linux/arm64', layer: layerTar(work, 'clean-arm64', { [app]: arm64 }) }
    ])
    wrongArch = craneIndexPush(registry.host, 'team/app', 'wrong-arch', [
      { platform: 'linux/amd64', layer: layerTar(work, 'wrong-amd64', { [app]: amd64 }) },
      { platform: 'linux/arm64', layer: layerTar(work, 'wrong-arm64', { [app]: amd64 }) }
    ])
    proxy = await startTokenProxy(registry.host)
    writeFileSync(path.join(work, 'token.txt'), `${TOKEN}\n`)
  }, 600_000)

  afterAll(async () => {
    await proxy?.close()
    await registry?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const privateRef = () => clean.replace(registry?.host ?? '', proxy?.host ?? '')

  describe('go-ci-kit image', () => {
    test('a clean 2-platform index in a registry exits 0 with both platforms', async () => {
      const result = await cli(
        ['image', clean, '--json', '--expect-platforms', 'linux/amd64,linux/arm64'],
        work
      )
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
      const report = JSON.parse(result.stdout) as Json
      expect(report.images.map((i: Json) => [i.source, i.format, i.isIndex])).toEqual([
        [clean, 'registry', true]
      ])
      expect(report.goBinaries.map((b: Json) => [b.platform, b.goarch])).toEqual([
        ['linux/amd64', 'amd64'],
        ['linux/arm64', 'arm64']
      ])
    })

    test('the wrong architecture in the linux/arm64 entry exits 1: platform-mismatch', async () => {
      const result = await cli(['image', wrongArch], work)
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(
        `FAIL platform-mismatch: ${wrongArch} linux/arm64 /usr/local/bin/app`
      )
    })

    test('a private registry: no token exits 2 with one line; the token file or the variable opens it', async () => {
      const refused = await cli(['image', privateRef()], work)
      expect(refused.code).toBe(2)
      expect(refused.stdout).toBe('')
      expect(refused.stderr.trim().split('\n')).toHaveLength(1)
      expect(refused.stderr).toMatch(/401|credentials|GO_CI_KIT_REGISTRY_TOKEN/)

      const withFile = await cli(
        ['image', privateRef(), '--registry-token-file', 'token.txt'],
        work
      )
      expect({ code: withFile.code, stderr: withFile.stderr }).toEqual({ code: 0, stderr: '' })
      const withEnv = await cli(['image', privateRef(), '--json'], work, {
        GO_CI_KIT_REGISTRY_TOKEN: TOKEN
      })
      expect(withEnv.code).toBe(0)
      for (const output of [withFile.stdout, withEnv.stdout]) expect(output).not.toContain(TOKEN)
    })

    test('a missing --registry-token-file exits 2 naming it', async () => {
      const result = await cli(
        ['image', privateRef(), '--registry-token-file', 'missing-token.txt'],
        work
      )
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain('missing-token.txt')
    })
  })

  describe('the image-audit action', () => {
    test('a registry index whose linux/arm64 entry holds an amd64 binary fails the step', async () => {
      const result = await runStep({
        entry: ENTRY,
        workspace: work,
        inputs: {
          images: wrongArch,
          'expect-platforms': 'linux/amd64,linux/arm64',
          'sbom-format': 'none'
        }
      })
      expect(result.exitCode).toBe(1)
      const violations = JSON.parse(result.outputs.violations) as Json[]
      expect(violations.map(v => [v.kind, v.image, v.platform, v.path, v.fails])).toEqual([
        ['platform-mismatch', wrongArch, 'linux/arm64', '/usr/local/bin/app', true]
      ])
      expect(result.errors.map(e => e.message).join('\n')).toMatch(/platform-mismatch/)
    })

    test('registry-token is masked and opens a private registry; insecure-registry is a boolean', async () => {
      const result = await runStep({
        entry: ENTRY,
        workspace: work,
        inputs: {
          images: privateRef(),
          'registry-token': TOKEN,
          'expect-platforms': 'linux/amd64,linux/arm64',
          'sbom-format': 'none'
        }
      })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.masks).toContain(TOKEN)
      const unmasked = result.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
      expect(unmasked + result.stderr + result.summary).not.toContain(TOKEN)
      expect(JSON.parse(result.outputs['go-binaries']) as Json[]).toHaveLength(2)

      const bad = await runStep({
        entry: ENTRY,
        workspace: work,
        inputs: { images: privateRef(), 'insecure-registry': 'maybe' }
      })
      expect(bad.exitCode).toBe(1)
      expect(bad.errors.map(e => e.message)).toEqual([
        expect.stringMatching(/insecure-registry must be a boolean/)
      ])
    })

    test('GO_CI_KIT_REGISTRY_TOKEN in env: opens the private registry and is masked', async () => {
      const result = await runStep({
        entry: ENTRY,
        workspace: work,
        inputs: { images: privateRef(), 'sbom-format': 'none' },
        env: { GO_CI_KIT_REGISTRY_TOKEN: TOKEN }
      })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.masks).toContain(TOKEN)
    })

    test('without registry-token the private registry fails the step with one line', async () => {
      const result = await runStep({
        entry: ENTRY,
        workspace: work,
        inputs: { images: privateRef(), 'sbom-format': 'none' },
        env: { GO_CI_KIT_REGISTRY_TOKEN: undefined }
      })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0].message).toMatch(/^image-audit: .*(401|credentials)/)
      expect(result.outputs).toEqual({})
    })
  })
})
