// Helpers every bench shares. The leading underscore keeps scripts/bench.mjs from running it.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The median; the mean of the two middle values for an even count. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** ours / baseline rounded to `digits` places, or null without a baseline. */
export function ratio(ours, baseline, digits = 3) {
  return baseline ? +(ours / baseline).toFixed(digits) : null
}

/**
 * A chunk that only an opt-in input loads: the AWS SDK for S3, which
 * src/core/remote-store/s3.ts imports lazily when its store first sends a
 * request, and only `build-cache-s3` (or the CLI's --s3) makes one. Matched by
 * the SDK's user-agent name, which only its code holds.
 */
export const isAwsSdkChunk = text => text.includes('aws-sdk-js')

/**
 * The files of dist/ one step can load, `index.js` paths relative to `distDir`:
 * its stub, dist/shared/index.js, the chunks the shared index lists for it and
 * every chunk those load lazily (webpack's `<require>.e(<id>)` in their text),
 * so the sum is the step's whole code, loaded now or on demand. (A step built
 * into index.js itself, as the CLI is, counts only the stub and index.js.)
 * `skip(text)` leaves out a lazily loaded chunk, and whatever only it loads,
 * for code behind an opt-in input (isAwsSdkChunk).
 */
export function stepFiles(distDir, name, { skip } = {}) {
  const shared = path.join(distDir, 'shared')
  const index = readFileSync(path.join(shared, 'index.js'), 'utf8')
  // The dispatcher's table: "<name>":()=>Promise.all([r.e(1),r.e(2)]).then(…) or <name>:()=>r.e(3).then(…)
  const key = new RegExp(`(?:"${name}"|\\b${name}):\\(\\)=>(.*?)\\.then\\(`)
  const match = key.exec(index)
  if (!match) throw new Error(`dist/shared/index.js has no step ${name}`)
  const chunkIds = text => [...text.matchAll(/\.e\((\d+)\)/g)].map(m => m[1])
  const files = new Set([path.join(name, 'index.js'), path.join('shared', 'index.js')])
  const queue = chunkIds(match[1])
  while (queue.length > 0) {
    const file = path.join('shared', `${queue.shift()}.index.js`)
    if (files.has(file) || !existsSync(path.join(distDir, file))) continue
    const text = readFileSync(path.join(distDir, file), 'utf8')
    if (skip?.(text)) continue
    files.add(file)
    queue.push(...chunkIds(text))
  }
  return [...files].sort()
}

/** The total size in bytes of `files` (paths relative to `dir`). */
export function filesBytes(dir, files) {
  return files.reduce((total, file) => total + statSync(path.join(dir, file)).size, 0)
}

/**
 * A private copy of dist/ (other people rebuild it while benches run) and the
 * CLI in it. The whole of dist/: the CLI is a stub that loads dist/shared/.
 */
export function privateCli(root, scratch) {
  const distDir = path.join(scratch, 'dist')
  cpSync(path.join(root, 'dist'), distDir, { recursive: true })
  return path.join(distDir, 'cli', 'index.js')
}

/**
 * Emits TypeScript `files` as ES modules under `build` (type checks are CI's
 * job, not a bench's), so a bench can import the harness or core directly.
 */
export function emitAsJs(root, build, files) {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--ignoreConfig',
      '--noCheck',
      '--outDir',
      build,
      '--rootDir',
      root,
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'es2022',
      '--skipLibCheck',
      ...files
    ],
    { stdio: 'inherit' }
  )
  writeFileSync(path.join(build, 'package.json'), '{"type":"module"}\n')
}

/**
 * The real vendored Go repository the build-cache benches build: a bare containerd clone
 * (GO_CI_KIT_CONTAINERD_GIT), the newest commit of the replay, and a build target of about 250
 * packages with the standard library's (a cold build takes 40-60 s on 2 cores).
 */
export const containerd = {
  gitDir: process.env.GO_CI_KIT_CONTAINERD_GIT ?? '/work/.mirror/containerd+containerd/repo',
  head: process.env.GO_CI_KIT_REPLAY_HEAD ?? '4e781946a',
  packages: (
    process.env.GO_CI_KIT_REPLAY_PACKAGES ??
    './pkg/oci ./cmd/containerd/server/config ./internal/cri/server/events ./internal/cri/bandwidth'
  )
    .split(/\s+/)
    .filter(Boolean)
}
