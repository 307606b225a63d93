/**
 * The source of schema-compiled.ts: the fast validators of schema.ts compiled
 * ahead of time with ajv's standalone code generation, as an ES module.
 * Used by __tests__/unit/sarif/schema-compiled.test.ts, which checks the
 * committed file is current and rewrites it with GO_CI_KIT_UPDATE_GENERATED=1.
 */
import { Ajv } from 'ajv'
import standaloneModule from 'ajv/dist/standalone/index.js'
import { addSarifSchemas, AJV_OPTIONS, PRECOMPILED } from './schema.js'

type Standalone = (ajv: Ajv, refs: Record<string, string>) => string
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as Standalone

const RUNTIME: Record<string, { name: string; expression: (access: string) => string }> = {
  'ajv-formats/dist/formats': {
    name: 'fullFormats',
    expression: access => access.replace(/^\.fullFormats/, 'fullFormats')
  },
  'ajv/dist/runtime/ucs2length': { name: 'ucs2length', expression: () => 'ucs2length' }
}

export const GENERATED_HEADER =
  '/* eslint-disable */\n// Generated from schema.ts by schema-generate.ts (see __tests__/unit/sarif/schema-compiled.test.ts). Do not edit.\n// @ts-nocheck\n'

export function precompiledSource(): string {
  const ajv = addSarifSchemas(
    // Optimized here: compile time does not matter at build time, size and speed do.
    new Ajv({ ...AJV_OPTIONS, code: { optimize: true, source: true, esm: true } })
  )
  let code = standaloneCode(ajv, PRECOMPILED).replace(/^"use strict";\s*/, '')
  // ajv writes CommonJS requires for formats and runtime helpers even in ESM mode:
  // they come from schema-runtime.ts instead.
  const used = new Set<string>()
  code = code.replace(
    /const (\w+) = require\("([^"]+)"\)([^;]*);/g,
    (_whole, name: string, module: string, access: string) => {
      const replacement = RUNTIME[module]
      if (!replacement)
        throw new Error(`precompiled validators need ${module}: add it to schema-runtime.ts`)
      used.add(replacement.name)
      return `const ${name} = ${replacement.expression(access)};`
    }
  )
  const imports =
    used.size > 0 ? `import { ${[...used].sort().join(', ')} } from './schema-runtime.js'` : ''
  return `${GENERATED_HEADER}${imports}\n${code}\n`
}
