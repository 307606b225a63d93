// Builds dist/: one ncc bundle of src/bundle.ts in dist/shared/ (index.js, a
// small dispatcher, and the chunks its lazy imports split off), plus a stub
// dist/<name>/index.js per step that runs it. Each step loads only its own
// chunks, and code two steps share is written once. The action.yml files and
// the package's bin point at the stubs. ESM output comes from package.json's
// "type": "module". Usage: node scripts/bundle.mjs (every step is built at
// once; names given, as in `node scripts/bundle.mjs cli`, are only checked).
import { spawn } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { minify } from 'terser'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const ENTRY = 'src/bundle.ts'
const SHARED = 'shared'
// The stub that package.json's bin names: it keeps a shebang and the executable bit.
const CLI = 'cli'

function ncc(out) {
  const cli = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const args = [cli, 'build', ENTRY, '-o', out, '--minify', '--quiet', '--target', 'es2022']
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit']
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`ncc failed (exit ${code})`))
    )
  })
}

// ncc --minify minifies only index.js; the chunks its dynamic imports split
// off (every step's code here) stay as written.
async function minifyChunks(dir) {
  for (const file of readdirSync(dir).filter(name => /^\d+\.index\.js$/.test(name))) {
    const source = readFileSync(path.join(dir, file), 'utf8')
    const result = await minify(source, { module: true, ecma: 2022 })
    writeFileSync(path.join(dir, file), result.code)
  }
}

function stub(name) {
  const lines = [
    `// The ${name} step of go-ci-kit; its code is in ../${SHARED}/ (scripts/bundle.mjs).`,
    `import { run } from '../${SHARED}/index.js'`,
    `await run('${name}')`
  ]
  return (name === CLI ? '#!/usr/bin/env node\n' : '') + lines.join('\n') + '\n'
}

const started = Date.now()
const scratch = path.join(dist, `.build-${process.pid}`)
rmSync(scratch, { recursive: true, force: true })
try {
  const shared = path.join(scratch, SHARED)
  await ncc(shared)
  await minifyChunks(shared)
  // One package.json at dist/ makes every file below it ESM.
  rmSync(path.join(shared, 'package.json'))
  writeFileSync(path.join(scratch, 'package.json'), '{ "type": "module" }\n')
  const { stepNames } = await import(pathToFileURL(path.join(shared, 'index.js')).href)
  const unknown = process.argv.slice(2).filter(name => !stepNames.includes(name))
  if (unknown.length > 0)
    throw new Error(`no step ${unknown.join(', ')} in ${ENTRY} (known: ${stepNames.join(', ')})`)
  for (const name of stepNames) {
    mkdirSync(path.join(scratch, name))
    writeFileSync(path.join(scratch, name, 'index.js'), stub(name))
  }
  chmodSync(path.join(scratch, CLI, 'index.js'), 0o755)

  // Swap in only after a whole build succeeded, so a failed one leaves dist/ as
  // it was; whatever the build did not write (a removed step) goes.
  for (const name of readdirSync(dist))
    if (name !== path.basename(scratch)) rmSync(path.join(dist, name), { recursive: true })
  for (const name of readdirSync(scratch))
    renameSync(path.join(scratch, name), path.join(dist, name))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.stderr.write(`bundled dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
