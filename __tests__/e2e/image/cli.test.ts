/**
 * `node dist/cli/index.js image PATH [--json]` on a real image built by crane (offline, a
 * tarball) with a Go binary cross-built here; damaged input exits 2 with one line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli as cli } from '../../helpers/cli.js'
import { runTool, tarDirectory } from '../../helpers/images.js'
import { describeIfTool, goEnv } from '../../helpers/tools.js'

describeIfTool(['go1.27', 'crane'])('go-ci-kit image', () => {
  let work: string
  let archive: string

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-image-cli-'))
    const src = path.join(work, 'src')
    mkdirSync(src)
    writeFileSync(path.join(src, 'go.mod'), 'module example.com/tool\n\ngo 1.27\n')
    writeFileSync(path.join(src, 'main.go'), 'package main\n\nfunc main() {}\n')
    const rootfs = path.join(work, 'rootfs')
    mkdirSync(path.join(rootfs, 'usr', 'bin'), { recursive: true })
    const binary = path.join(rootfs, 'usr', 'bin', 'tool')
    execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], {
      cwd: src,
      env: goEnv('1.27', { GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0' })
    })
    chmodSync(binary, 0o755)
    writeFileSync(path.join(rootfs, 'usr', 'bin', 'script.sh'), '#!/bin/sh\n')
    chmodSync(path.join(rootfs, 'usr', 'bin', 'script.sh'), 0o755)
    const layer = tarDirectory(rootfs, path.join(work, 'layer.tar'))
    archive = path.join(work, 'image.tar')
    runTool('crane', [
      'append',
      '--oci-empty-base',
      '-f',
      layer,
      '-t',
      'tool:latest',
      '-o',
      archive
    ])
  }, 180_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  describe('the audit flow', () => {
    // crane's empty base writes "os": "" and "architecture": "" in the config, so the Go
    // binary's target cannot be checked against the image's platform: that fails closed (1).
    test('--json lists the layers and the Go binaries found in the final file system', async () => {
      const result = await cli(['image', 'image.tar', '--json'], work)
      expect(result.stderr).toBe('')
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout) as {
        failed: boolean
        violations: { kind: string; path: string; message: string; fails: boolean }[]
        images: {
          format: string
          platforms: {
            layers: { added: number }[]
            goBinaries: { path: string; goarch: string; goos: string }[]
          }[]
        }[]
      }
      expect(report.images[0]?.format).toBe('docker-archive')
      expect(report.images[0]?.platforms).toHaveLength(1)
      expect(report.images[0]?.platforms[0]?.layers).toHaveLength(1)
      expect(report.images[0]?.platforms[0]?.goBinaries).toEqual([
        expect.objectContaining({
          path: '/usr/bin/tool',
          goos: 'linux',
          goarch: 'arm64',
          mainModule: 'example.com/tool'
        })
      ])
      expect(report.failed).toBe(true)
      expect(report.violations).toEqual([
        expect.objectContaining({
          kind: 'platform-mismatch',
          path: '/usr/bin/tool',
          message: expect.stringMatching(/declares no os\/architecture/) as unknown,
          fails: true
        })
      ])
    })
  })

  test('a damaged archive exits 2 with one line naming it', async () => {
    const damaged = path.join(work, 'damaged.tar')
    execFileSync('cp', [archive, damaged])
    truncateSync(damaged, Math.floor(statSync(damaged).size / 2))
    const result = await cli(['image', 'damaged.tar'], work)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('damaged.tar')
  })
})
