// Builds one ncc bundle per entry into dist/<name>/. ESM output comes from
// package.json's "type": "module". Usage: node scripts/bundle.mjs [name...]
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'
import { entries } from './entries.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const wanted = process.argv.slice(2)
const names = wanted.length > 0 ? wanted : Object.keys(entries)
for (const name of names) if (!entries[name]) throw new Error(`unknown bundle ${name}`)

// A full rebuild clears bundles whose entry no longer exists.
if (wanted.length === 0 && existsSync(path.join(root, 'dist'))) {
  for (const dir of readdirSync(path.join(root, 'dist')))
    if (!entries[dir]) rmSync(path.join(root, 'dist', dir), { recursive: true })
}

// ncc --minify minifies only index.js; the chunks that dynamic imports split
// off (the blob SDK, the CLI's commands) stay as written, often the larger half.
async function minifyChunks(dir) {
  for (const file of readdirSync(dir).filter(name => /^\d+\.index\.js$/.test(name))) {
    const source = readFileSync(path.join(dir, file), 'utf8')
    const result = await minify(source, { module: true, ecma: 2022 })
    writeFileSync(path.join(dir, file), result.code)
  }
}

// Builds into a scratch directory and swaps it in only on success, so a failed
// build never leaves a bundle missing.
function build(name) {
  const final = path.join(root, 'dist', name)
  const out = path.join(root, 'dist', `.${name}.tmp-${process.pid}`)
  rmSync(out, { recursive: true, force: true })
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entries[name], '-o', out, '--minify', '--quiet', '--target', 'es2022'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit']
      }
    )
    child.on('close', code => {
      if (code !== 0) {
        rmSync(out, { recursive: true, force: true })
        return reject(new Error(`ncc failed for ${name} (exit ${code})`))
      }
      minifyChunks(out).then(
        () => {
          rmSync(final, { recursive: true, force: true })
          renameSync(out, final)
          resolve()
        },
        error => {
          rmSync(out, { recursive: true, force: true })
          reject(error)
        }
      )
    })
  })
}

// Two at a time: ncc is single-threaded and the machine has two cores.
const queue = [...names]
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length > 0) {
      const name = queue.shift()
      const started = Date.now()
      await build(name)
      process.stderr.write(`bundled ${name} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
    }
  })
)
