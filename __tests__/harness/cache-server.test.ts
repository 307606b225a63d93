import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from './cache-server.js'
import { repoRoot } from './runner.js'

// @actions/cache is ESM-only; it runs in a child process, as it does inside the action bundles.
const CLIENT = `
const cache = await import('@actions/cache') // resolved from the repository (the cwd)
process.chdir(process.env.GITHUB_WORKSPACE) // @actions/cache globs relative paths from the cwd
const args = JSON.parse(process.env.GCK_CACHE_ARGS)
const result = args.op === 'save'
  ? await cache.saveCache(args.paths, args.key)
  : await cache.restoreCache(args.paths, args.key, args.restoreKeys ?? [], { lookupOnly: args.lookupOnly })
process.stdout.write('\\nRESULT ' + JSON.stringify(result ?? null) + '\\n')
`

interface ClientRun {
  result: unknown
  stdout: string
  stderr: string
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'gck-cache-server-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function runClient(
  service: CacheService,
  workspace: string,
  args: { op: 'save' | 'restore'; paths: string[]; key: string; restoreKeys?: string[] }
): Promise<ClientRun> {
  const temp = mkdtempSync(path.join(scratch, 'runner-temp-'))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CLIENT], {
      cwd: repoRoot, // resolves '@actions/cache' from the repository's node_modules
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        RUNNER_TEMP: temp,
        GITHUB_WORKSPACE: workspace,
        GCK_CACHE_ARGS: JSON.stringify(args),
        ...service.env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => {
      const line = /^RESULT (.*)$/m.exec(stdout)
      if (code !== 0 || !line) {
        reject(new Error(`cache client exited ${code}\n${stdout}\n${stderr}`))
        return
      }
      resolve({ result: JSON.parse(line[1]!), stdout, stderr })
    })
  })
}

/** A workspace with `data/` holding a few files, one executable, one nested. */
function workspaceWithData(name: string, seed: string): string {
  const workspace = path.join(scratch, name)
  mkdirSync(path.join(workspace, 'data', 'nested'), { recursive: true })
  writeFileSync(path.join(workspace, 'data', 'a.txt'), `alpha ${seed}\n`)
  writeFileSync(path.join(workspace, 'data', 'nested', 'b.bin'), Buffer.alloc(70_000, seed))
  writeFileSync(path.join(workspace, 'data', 'run.sh'), '#!/bin/sh\necho hi\n')
  chmodSync(path.join(workspace, 'data', 'run.sh'), 0o755)
  return workspace
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        const mode = (statSync(full).mode & 0o777).toString(8)
        files[path.relative(dir, full)] = `${mode} ${readFileSync(full).toString('base64')}`
      }
    }
  }
  walk(dir)
  return files
}

function emptyWorkspace(name: string): string {
  const workspace = path.join(scratch, name)
  mkdirSync(workspace, { recursive: true })
  return workspace
}

/** Azurite processes started by this test process (Linux /proc; empty elsewhere). */
function azuriteChildren(): number[] {
  if (!existsSync('/proc/self/stat')) return []
  const found: number[] = []
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
      if (parent === process.pid && cmdline.includes('azurite')) found.push(Number(pid))
    } catch {
      // the process went away while we looked
    }
  }
  return found
}

describe('cache service with Azurite', () => {
  it('saves and restores a directory through the real @actions/cache', async () => {
    const service = await startCacheService()
    try {
      expect(azuriteChildren()).toHaveLength(1)
      const source = workspaceWithData('az-source', 'x')
      const saved = await runClient(service, source, { op: 'save', paths: ['data'], key: 'az-1' })
      expect(saved.result).toBeGreaterThan(0)
      const target = emptyWorkspace('az-target')
      const restored = await runClient(service, target, {
        op: 'restore',
        paths: ['data'],
        key: 'az-1'
      })
      expect(restored.result).toBe('az-1')
      expect(snapshot(path.join(target, 'data'))).toEqual(snapshot(path.join(source, 'data')))
      expect(service.entries()).toEqual([
        expect.objectContaining({ key: 'az-1', finalized: true, sizeBytes: expect.any(Number) })
      ])
    } finally {
      await service.close()
    }
    expect(azuriteChildren()).toEqual([])
  })
})

describe('cache service with the built-in blob store', () => {
  let service: CacheService
  let source: string
  beforeAll(async () => {
    service = await startCacheService({ blob: 'builtin' })
    source = workspaceWithData('source', 'y')
  })
  afterAll(async () => {
    await service.close()
  })

  it('saves a directory and restores it exactly', async () => {
    const saved = await runClient(service, source, {
      op: 'save',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(saved.result).toBeGreaterThan(0)
    expect(service.entries()).toEqual([
      {
        key: 'go-linux-abc',
        version: expect.stringMatching(/^[0-9a-f]{64}$/),
        sizeBytes: expect.any(Number),
        createdAt: expect.any(Number),
        finalized: true
      }
    ])
    expect(service.calls.map(call => call.method)).toEqual([
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload'
    ])
    const target = emptyWorkspace('exact')
    const restored = await runClient(service, target, {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(restored.result).toBe('go-linux-abc')
    expect(snapshot(path.join(target, 'data'))).toEqual(snapshot(path.join(source, 'data')))
  })

  it('restores through a restore-key prefix and misses cleanly', async () => {
    const target = emptyWorkspace('prefix')
    const viaPrefix = await runClient(service, target, {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-def',
      restoreKeys: ['go-linux-']
    })
    expect(viaPrefix.result).toBe('go-linux-abc')
    expect(viaPrefix.stdout).toContain('Cache hit for restore-key: go-linux-abc')
    expect(existsSync(path.join(target, 'data', 'a.txt'))).toBe(true)

    const miss = await runClient(service, emptyWorkspace('miss'), {
      op: 'restore',
      paths: ['data'],
      key: 'go-darwin-abc',
      restoreKeys: ['go-darwin-']
    })
    expect(miss.result).toBeNull()
    // Different paths make a different version: also a miss.
    const otherVersion = await runClient(service, emptyWorkspace('version'), {
      op: 'restore',
      paths: ['./data'],
      key: 'go-linux-abc'
    })
    expect(otherVersion.result).toBeNull()
  })

  it('returns -1 for a duplicate save', async () => {
    const again = await runClient(service, source, {
      op: 'save',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(again.result).toBe(-1)
    expect(again.stdout).toContain('Unable to reserve cache')
    expect(service.entries()).toHaveLength(1)
  })

  it('injects faults the client survives', async () => {
    service.setFault('down')
    const down = await runClient(service, emptyWorkspace('down'), {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(down.result).toBeNull()
    expect(down.stdout).toContain('ECONNREFUSED')

    service.setFault('403-write')
    const denied = await runClient(service, source, { op: 'save', paths: ['data'], key: 'other' })
    expect(denied.result).toBe(-1)

    service.setFault('429')
    const limited = await runClient(service, emptyWorkspace('limited'), {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(limited.result).toBeNull()
    expect(limited.stdout).toContain('Rate limited')

    service.setFault('corrupt-archive')
    const corrupt = await runClient(service, emptyWorkspace('corrupt'), {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(corrupt.result).toBeNull()
    expect(corrupt.stdout).toContain('::warning::Failed to restore')

    service.setFault(null)
    const healthy = await runClient(service, emptyWorkspace('healthy'), {
      op: 'restore',
      paths: ['data'],
      key: 'go-linux-abc'
    })
    expect(healthy.result).toBe('go-linux-abc')
  })
})

describe('cache service protocol (in-process)', () => {
  let service: CacheService
  beforeAll(async () => {
    service = await startCacheService({ blob: 'builtin' })
  })
  afterAll(async () => {
    await service.close()
  })

  const twirp = async (
    method: string,
    body: unknown,
    token = service.env.ACTIONS_RUNTIME_TOKEN
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(
      `${service.env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/${method}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body)
      }
    )
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  const saveEntry = async (key: string, version = 'v1', content = key): Promise<void> => {
    const created = await twirp('CreateCacheEntry', { key, version })
    expect(created.status).toBe(200)
    const put = await fetch(String(created.body.signed_upload_url), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: content
    })
    expect(put.status).toBe(201)
    const finalized = await twirp('FinalizeCacheEntryUpload', {
      key,
      version,
      size_bytes: String(content.length)
    })
    expect(finalized.body.ok).toBe(true)
  }

  const lookup = async (key: string, restoreKeys: string[] = [], version = 'v1') =>
    (await twirp('GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version })).body

  it("follows GitHub's restore order", async () => {
    service.clear()
    await saveEntry('deps-linux-old')
    await saveEntry('deps-linux-new')
    await saveEntry('deps-windows-1')
    await saveEntry('deps-linux-x', 'v2')
    await saveEntry('deps-linux')
    // Exact beats a newer prefix match.
    expect((await lookup('deps-linux')).matched_key).toBe('deps-linux')
    // The primary key is prefix-matched (newest first) before any restore key.
    expect((await lookup('deps-linux-', ['deps-windows-1'])).matched_key).toBe('deps-linux-new')
    // Restore keys in order; an earlier key beats a newer entry under a later one.
    expect((await lookup('none', ['deps-windows-', 'deps-linux-'])).matched_key).toBe(
      'deps-windows-1'
    )
    expect((await lookup('none', ['nothing-', 'deps-linux-o'])).matched_key).toBe('deps-linux-old')
    // The version must match.
    expect((await lookup('deps-linux-x')).ok).toBe(false)
    expect((await lookup('deps-linux-x', ['deps-linux-'])).matched_key).toBe('deps-linux-new')
    expect((await lookup('deps-linux-x', [], 'v2')).matched_key).toBe('deps-linux-x')
    expect(await lookup('deps-mac')).toEqual({
      ok: false,
      signed_download_url: '',
      matched_key: ''
    })
  })

  it('serves what was uploaded, in one piece or as blocks, only with the right signature', async () => {
    service.clear()
    const created = await twirp('CreateCacheEntry', { key: 'blocks', version: 'v1' })
    const uploadUrl = String(created.body.signed_upload_url)
    const blockIds = ['YmxvY2stMA==', 'YmxvY2stMQ==']
    for (const [i, id] of blockIds.entries()) {
      const put = await fetch(`${uploadUrl}&comp=block&blockid=${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: `part${i};`
      })
      expect(put.status).toBe(201)
    }
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${blockIds.map(id => `<Latest>${id}</Latest>`).join('')}</BlockList>`
    expect((await fetch(`${uploadUrl}&comp=blocklist`, { method: 'PUT', body: list })).status).toBe(
      201
    )
    expect(
      (await twirp('FinalizeCacheEntryUpload', { key: 'blocks', version: 'v1', size_bytes: '12' }))
        .body
    ).toEqual({
      ok: true,
      entry_id: expect.any(String),
      message: ''
    })
    const downloadUrl = String((await lookup('blocks')).signed_download_url)
    expect(await (await fetch(downloadUrl)).text()).toBe('part0;part1;')
    // A read URL cannot write, and a tampered signature is refused.
    expect((await fetch(downloadUrl, { method: 'PUT', body: 'x' })).status).toBe(403)
    expect((await fetch(downloadUrl.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403)
    expect(service.entries()).toEqual([expect.objectContaining({ key: 'blocks', sizeBytes: 12 })])
  })

  it('refuses duplicates, unfinished finalizes and wrong tokens', async () => {
    service.clear()
    await saveEntry('dup')
    expect((await twirp('CreateCacheEntry', { key: 'dup', version: 'v1' })).status).toBe(409)
    await twirp('CreateCacheEntry', { key: 'never-uploaded', version: 'v1' })
    const finalize = await twirp('FinalizeCacheEntryUpload', {
      key: 'never-uploaded',
      version: 'v1',
      size_bytes: '1'
    })
    expect(finalize.status).toBe(412)
    expect(service.entries().map(entry => [entry.key, entry.finalized])).toEqual([
      ['dup', true],
      ['never-uploaded', false]
    ])
    expect(
      (await twirp('GetCacheEntryDownloadURL', { key: 'dup', version: 'v1' }, 'wrong')).status
    ).toBe(401)
    expect(service.calls.at(-1)).toEqual({
      method: 'GetCacheEntryDownloadURL',
      body: { key: 'dup', version: 'v1' }
    })
  })

  it("answers 503 for '5xx' and never answers for 'timeout'", async () => {
    service.setFault('5xx')
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'a', version: 'v1' })).status).toBe(503)
    service.setFault('timeout')
    const url = `${service.env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`
    await expect(
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}` },
        body: '{"key":"a","version":"v1"}',
        signal: AbortSignal.timeout(300)
      })
    ).rejects.toThrow()
    service.setFault(null)
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'a', version: 'v1' })).status).toBe(200)
  })
})
