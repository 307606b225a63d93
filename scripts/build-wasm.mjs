// Compiles src/core/sarif/shape/linehash.wat into src/core/sarif/shape/linehash-wasm.ts (the
// bytes as base64), so the bundles carry the module without a separate asset. Run after editing
// the .wat: `npm run build:wasm`. A unit test fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import wabtInit from 'wabt'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The .wat compiled to bytes; also used by the test that checks the embedded copy. */
export async function compileWat(file) {
  const wabt = await wabtInit()
  const module = wabt.parseWat(path.basename(file), readFileSync(file, 'utf8'))
  try {
    module.validate()
    return Buffer.from(module.toBinary({}).buffer)
  } finally {
    module.destroy()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = path.join(root, 'src/core/sarif/shape/linehash.wat')
  const bytes = await compileWat(source)
  const out = path.join(root, 'src/core/sarif/shape/linehash-wasm.ts')
  writeFileSync(
    out,
    `// Generated from linehash.wat by scripts/build-wasm.mjs (npm run build:wasm). Do not edit.\n` +
      `export const LINEHASH_WASM_BASE64 =\n  '${bytes.toString('base64')}'\n`
  )
  console.log(`wrote ${path.relative(root, out)} (${bytes.length} bytes of WebAssembly)`)
}
