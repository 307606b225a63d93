import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'
import { stepNames } from '../../../src/bundle.js'
import { repoRoot } from '../../harness/runner.js'
import { markdownDocs } from './docs-files.js'

// @action-validator/core is a CommonJS wasm package.
const { validateAction, validateWorkflow } = createRequire(import.meta.url)(
  '@action-validator/core'
) as typeof import('@action-validator/core')

const actionFiles = [
  'action.yml',
  ...readdirSync(path.join(repoRoot, 'actions')).map(name => `actions/${name}/action.yml`)
].filter(file => existsSync(path.join(repoRoot, file)))

const workflowDir = path.join(repoRoot, '.github', 'workflows')
const workflowFiles = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter(name => /\.ya?ml$/.test(name))
      .map(name => `.github/workflows/${name}`)
  : []

interface ActionMetadata {
  name: string
  description: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, { description?: string; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs: { using: string; main: string; post?: string }
}

function read(file: string): string {
  return readFileSync(path.join(repoRoot, file), 'utf8')
}

describe('action.yml metadata', () => {
  it('covers the flagship and every sub-action', () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining([
        'action.yml',
        'actions/cache-key-builder/action.yml',
        'actions/govulncheck-gate/action.yml',
        'actions/sarif-upload/action.yml',
        'actions/binary-fingerprint/action.yml'
      ])
    )
  })

  describe.each(actionFiles)('%s', file => {
    const source = read(file)
    const metadata = parse(source) as ActionMetadata

    it('validates against the action metadata schema', () => {
      // The validator's schema predates node24 (it knows node12/16/20), so the
      // runtime is checked on its own below and mapped for the schema check.
      const state = validateAction(source.replace(/using:\s*['"]?node24['"]?/, "using: 'node20'"))
      expect(state.errors).toEqual([])
    })

    it('runs on node24 from a committed bundle', () => {
      expect(metadata.runs.using).toBe('node24')
      const dir = path.dirname(path.join(repoRoot, file))
      for (const entry of [metadata.runs.main, metadata.runs.post].filter(Boolean) as string[]) {
        expect(existsSync(path.resolve(dir, entry))).toBe(true)
        // A step's stub, dist/<step>/index.js (see scripts/bundle.mjs).
        const stub = path.relative(path.join(repoRoot, 'dist'), path.resolve(dir, entry))
        expect(stepNames.map(name => path.join(name, 'index.js'))).toContain(stub)
      }
    })

    it('describes every input and output and has branding', () => {
      expect(metadata.description.length).toBeGreaterThan(20)
      expect(metadata.branding?.icon).toBeTruthy()
      expect(metadata.branding?.color).toBeTruthy()
      for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
        expect([name, input.description?.trim() ? 'described' : 'missing']).toEqual([
          name,
          'described'
        ])
        if (input.default !== undefined)
          expect([name, typeof input.default]).toEqual([name, 'string'])
      }
      for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
        expect([name, output.description?.trim() ? 'described' : 'missing']).toEqual([
          name,
          'described'
        ])
      }
    })
  })
})

describe('workflows', () => {
  it('has the reference CI workflow', () => {
    expect(workflowFiles).toContain('.github/workflows/ci.yml')
  })

  it.each(workflowFiles)('%s validates against the workflow schema', file => {
    expect(validateWorkflow(read(file)).errors).toEqual([])
  })

  it.each(workflowFiles)('%s uses only actions that exist in this repo or are pinned', file => {
    const uses = [...read(file).matchAll(/uses:\s*(\S+)/g)].map(match => match[1])
    for (const ref of uses) {
      if (ref.startsWith('./'))
        expect([ref, existsSync(path.join(repoRoot, ref, 'action.yml'))]).toEqual([ref, true])
      else expect(ref).toMatch(/@v\d|@[0-9a-f]{40}/)
    }
  })
})

describe('documented examples', () => {
  // One current major of each outside action everywhere a user may copy from; bump here and in
  // the docs together.
  const currentMajors: Record<string, string> = {
    'actions/checkout': 'v6',
    'actions/setup-go': 'v6',
    'actions/setup-node': 'v6',
    'actions/attest-build-provenance': 'v3',
    'github/codeql-action/upload-sarif': 'v4'
  }
  const documents = [...markdownDocs(), ...workflowFiles]

  it('covers every markdown document', () => {
    expect(documents).toEqual(
      expect.arrayContaining([
        'README.md',
        'CONTRIBUTING.md',
        'docs/cache.md',
        'docs/cache-keys.md',
        'actions/govulncheck-gate/README.md',
        'actions/sarif-upload/README.md',
        'actions/binary-fingerprint/README.md',
        'actions/cache-key-builder/README.md'
      ])
    )
  })

  it.each(documents)('%s uses one current version of each outside action', file => {
    const outside = [...read(file).matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+)/g)]
      .map(match => ({ action: match[1], version: match[2] }))
      .filter(({ action }) => !action.startsWith('go-ci-kit/'))
    for (const { action, version } of outside) {
      expect({ action, version }).toEqual({ action, version: currentMajors[action] })
    }
  })
})
