import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runFingerprintFlow } from '../../../src/core/fingerprint/index.js'

// Files that are not Go binaries are enough to exercise the selection and error paths;
// real binaries go through the flow in the binary-fingerprint e2e tests.
let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-fp-flow-'))
  mkdirSync(path.join(dir, 'dist'))
  writeFileSync(path.join(dir, 'dist', 'README.md'), '# not a binary\n')
  writeFileSync(path.join(dir, 'dist', 'notes.txt'), 'nor this\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the flow did not fail')
}

describe('runFingerprintFlow', () => {
  it('names the input the globs came from in errors about the files', async () => {
    expect(
      await failure(
        runFingerprintFlow({ binaries: { globs: ['dist/*'], inputName: 'paths' }, cwd: dir })
      )
    ).toBe('paths: none of the 2 file(s) is a Go binary: dist/README.md, dist/notes.txt')
    expect(
      await failure(
        runFingerprintFlow({ binaries: { globs: ['nothing/*'], inputName: 'paths' }, cwd: dir })
      )
    ).toBe('paths: no files match nothing/*')
    expect(
      await failure(runFingerprintFlow({ binaries: { globs: [], inputName: 'paths' }, cwd: dir }))
    ).toBe('Input required and not supplied: paths')
  })

  it('reports named files as they were given', async () => {
    expect(
      await failure(runFingerprintFlow({ binaries: { files: ['dist/README.md'] }, cwd: dir }))
    ).toBe('none of the 1 file(s) is a Go binary: dist/README.md')
    expect(
      await failure(
        runFingerprintFlow({
          binaries: { files: ['dist/README.md'] },
          cwd: dir,
          nonGoFiles: 'fail'
        })
      )
    ).toMatch(/^dist\/README\.md: /)
  })

  it('checks expect and the output paths before reading any file, and writes nothing on failure', async () => {
    const output = {
      manifestFile: path.join(dir, 'out', 'manifest.json'),
      checksumsFile: path.join(dir, 'out', 'checksums.txt')
    }
    expect(
      await failure(
        runFingerprintFlow({
          binaries: { globs: ['nothing/*'], inputName: 'paths' },
          cwd: dir,
          expect: 'colour=blue',
          output
        })
      )
    ).toMatch(/^expect: "colour=blue": unknown key "colour"/)
    expect(
      await failure(
        runFingerprintFlow({
          binaries: { globs: ['dist/*'], inputName: 'paths' },
          cwd: dir,
          output: { ...output, checksumsFile: output.manifestFile }
        })
      )
    ).toMatch(/^manifest-file and checksums-file are the same file/)
    await failure(
      runFingerprintFlow({ binaries: { globs: ['dist/*'], inputName: 'paths' }, cwd: dir, output })
    )
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })
})

describe('runFingerprintFlow with an SBOM', () => {
  it('refuses an SBOM path that is another output or a directory, before reading any file', async () => {
    const output = {
      manifestFile: path.join(dir, 'm.json'),
      checksumsFile: path.join(dir, 'c.txt')
    }
    const label = (file: string) => ({ prefix: '', name: `sbom-file ${file}` })
    expect(
      await failure(
        runFingerprintFlow({
          binaries: { globs: ['dist/*'], inputName: 'paths' },
          cwd: dir,
          output,
          sbom: { format: 'spdx', file: output.manifestFile, label: label(output.manifestFile) }
        })
      )
    ).toBe(`sbom-file ${output.manifestFile} is also the manifest-file`)
    expect(
      await failure(
        runFingerprintFlow({
          binaries: { globs: ['dist/*'], inputName: 'paths' },
          cwd: dir,
          output,
          sbom: { format: 'cyclonedx', file: dir, label: label(dir) }
        })
      )
    ).toBe(`sbom-file ${dir} is a directory`)
    expect(existsSync(output.manifestFile)).toBe(false)
  })
})
