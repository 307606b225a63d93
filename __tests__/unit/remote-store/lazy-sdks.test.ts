/**
 * The stores' SDKs stay off the cold start: no module of the remote-store
 * area imports @aws-sdk/* or @azure/storage-blob at run time except the blob
 * data plane, and that one (azure-blob.ts) is only ever imported dynamically.
 * Type-only imports are erased by the compiler and allowed.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const AREA = path.join(process.cwd(), 'src/core/remote-store')
const STATIC_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm

function staticImports(file: string): string[] {
  return [...readFileSync(path.join(AREA, file), 'utf8').matchAll(STATIC_IMPORT)].map(m => m[1]!)
}

describe('remote-store loads its SDKs lazily', () => {
  const files = readdirSync(AREA).filter(name => name.endsWith('.ts'))

  it('has the modules this test is about', () => {
    expect(files).toEqual(expect.arrayContaining(['s3.ts', 'actions-cache.ts', 'azure-blob.ts']))
  })

  it.each(files.filter(name => name !== 'azure-blob.ts'))('%s imports no SDK statically', file => {
    const sdks = staticImports(file).filter(
      source => source.startsWith('@aws-sdk/') || source === '@azure/storage-blob'
    )
    expect(sdks).toEqual([])
    expect(staticImports(file)).not.toContain('./azure-blob.js')
  })
})
