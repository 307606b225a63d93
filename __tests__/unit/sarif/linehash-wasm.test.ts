/** The WebAssembly embedded in linehash-wasm.ts is exactly what linehash.wat compiles to. */
import { expect, it } from '@jest/globals'
import path from 'node:path'
import { LINEHASH_WASM_BASE64 } from '../../../src/core/sarif/shape/linehash-wasm.js'
import { REPO_ROOT } from '../../helpers/tools.js'

it('linehash-wasm.ts is up to date with linehash.wat (run npm run build:wasm)', async () => {
  const { compileWat } = (await import(path.join(REPO_ROOT, 'scripts', 'build-wasm.mjs'))) as {
    compileWat(file: string): Promise<Buffer>
  }
  const compiled = await compileWat(
    path.join(REPO_ROOT, 'src', 'core', 'sarif', 'shape', 'linehash.wat')
  )
  expect(Buffer.from(LINEHASH_WASM_BASE64, 'base64').equals(compiled)).toBe(true)
})
