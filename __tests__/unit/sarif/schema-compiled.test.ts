/** The precompiled validators in schema-compiled.ts are exactly what schema.ts compiles to. */
import { expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as prettier from 'prettier'
import { precompiledSource } from '../../../src/core/sarif/read/schema-generate.js'
import { repoRoot } from '../../harness/runner.js'

const FILE = path.join(repoRoot, 'src', 'core', 'sarif', 'read', 'schema-compiled.ts')

it('schema-compiled.ts is up to date with schema.ts (GO_CI_KIT_UPDATE_GENERATED=1 rewrites it)', async () => {
  const options = (await prettier.resolveConfig(FILE)) ?? {}
  const expected = await prettier.format(precompiledSource(), { ...options, filepath: FILE })
  if (process.env.GO_CI_KIT_UPDATE_GENERATED === '1') writeFileSync(FILE, expected)
  expect(readFileSync(FILE, 'utf8') === expected).toBe(true)
})
