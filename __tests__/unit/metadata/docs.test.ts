// The documentation says what the action.yml files say: every input and output is in its
// action's reference tables with the same default, cache-key-builder stays the root action
// under another name, links lead somewhere, and the README stays a short front page.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../../harness/runner.js'
import { markdownDocs } from './docs-files.js'

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: string }>
  outputs?: Record<string, unknown>
  [field: string]: unknown
}

function read(file: string): string {
  return readFileSync(path.join(repoRoot, file), 'utf8')
}

function metadataOf(file: string): ActionMetadata {
  return parse(read(file)) as ActionMetadata
}

/** The reference page of each action.yml; cache-key-builder is the root action renamed. */
const referenceDocs: Record<string, string> = {
  'action.yml': 'docs/cache.md',
  'actions/cache-key-builder/action.yml': 'docs/cache.md'
}
for (const name of readdirSync(path.join(repoRoot, 'actions')).sort()) {
  const file = `actions/${name}/action.yml`
  if (existsSync(path.join(repoRoot, file))) referenceDocs[file] ??= `actions/${name}/README.md`
}

/** Markdown with fenced code blocks blanked out (their lines kept, so nothing inside counts). */
function withoutFences(markdown: string): string[] {
  let fenced = false
  return markdown.split('\n').map(line => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      return ''
    }
    return fenced ? '' : line
  })
}

function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim())
}

interface ReferenceTable {
  heading: string
  columns: string[]
  rows: string[][]
}

/** The first table under the `## <heading>` section of a markdown document. */
function tableUnder(markdown: string, heading: string): ReferenceTable | undefined {
  const lines = withoutFences(markdown)
  const start = lines.findIndex(line => line.trim().toLowerCase() === `## ${heading.toLowerCase()}`)
  if (start < 0) return undefined
  for (let index = start + 1; index < lines.length && !/^#{1,2} /.test(lines[index]); index++) {
    if (!lines[index].trim().startsWith('|')) continue
    const tableLines: string[] = []
    while (index < lines.length && lines[index].trim().startsWith('|'))
      tableLines.push(lines[index++])
    const [header, , ...rows] = tableLines
    return {
      heading,
      columns: cellsOf(header).map(cell => cell.toLowerCase()),
      rows: rows.map(cellsOf)
    }
  }
  return undefined
}

function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(match => match[1])
}

/** Names in the first column; a row may name several (`mod-key`, `build-key`). */
function namesIn(table: ReferenceTable): string[] {
  return table.rows.flatMap(row => codeSpans(row[0])).sort()
}

/** What the default column says: `(required)`, or the value of its first code span. */
function documentedDefault(cell: string): string {
  if (cell.startsWith('(required)')) return '(required)'
  const [value] = codeSpans(cell)
  return value === "''" ? '' : (value ?? `no default in "${cell}"`)
}

function metadataDefault(input: { required?: boolean; default?: string }): string {
  if (input.required === true && input.default === undefined) return '(required)'
  return input.default ?? ''
}

describe('action reference tables', () => {
  it('has a reference page for every action', () => {
    expect(Object.keys(referenceDocs)).toEqual(
      expect.arrayContaining([
        'action.yml',
        'actions/cache-key-builder/action.yml',
        'actions/govulncheck-gate/action.yml',
        'actions/sarif-upload/action.yml',
        'actions/binary-fingerprint/action.yml'
      ])
    )
    for (const doc of new Set(Object.values(referenceDocs)))
      expect([doc, existsSync(path.join(repoRoot, doc))]).toEqual([doc, true])
  })

  describe.each(Object.entries(referenceDocs))('%s in %s', (actionFile, doc) => {
    const metadata = metadataOf(actionFile)
    const markdown = read(doc)

    it('lists exactly its inputs, with their defaults', () => {
      const table = tableUnder(markdown, 'Inputs')
      expect(table).toBeDefined()
      if (!table) return
      expect(namesIn(table)).toEqual(Object.keys(metadata.inputs ?? {}).sort())
      const defaultColumn = table.columns.indexOf('default')
      if (defaultColumn < 0) return
      const documented = Object.fromEntries(
        table.rows.flatMap(row =>
          codeSpans(row[0]).map(name => [name, documentedDefault(row[defaultColumn] ?? '')])
        )
      )
      const declared = Object.fromEntries(
        Object.entries(metadata.inputs ?? {}).map(([name, input]) => [name, metadataDefault(input)])
      )
      expect(documented).toEqual(declared)
    })

    it('lists exactly its outputs', () => {
      const table = tableUnder(markdown, 'Outputs')
      expect(table).toBeDefined()
      if (!table) return
      expect(namesIn(table)).toEqual(Object.keys(metadata.outputs ?? {}).sort())
    })
  })

  it('sends cache-key-builder readers to the cache reference', () => {
    const readme = read('actions/cache-key-builder/README.md')
    expect(readme).toContain('](../../docs/cache.md)')
    expect(readme).toMatch(/same inputs and outputs/)
  })
})

describe('actions/cache-key-builder/action.yml', () => {
  it('is the root action.yml under its own name', () => {
    const renamedFields = ['name', 'description', 'branding', 'runs']
    const strip = (metadata: ActionMetadata) =>
      Object.fromEntries(
        Object.entries(metadata).filter(([field]) => !renamedFields.includes(field))
      )
    const root = metadataOf('action.yml')
    const builder = metadataOf('actions/cache-key-builder/action.yml')
    expect(strip(builder)).toEqual(strip(root))
    // The same steps: a main and a post step under the same condition.
    const runs = (metadata: ActionMetadata) => {
      const { using, post } = metadata.runs as Record<string, string>
      const postIf = (metadata.runs as Record<string, string>)['post-if']
      return { using, hasPost: post !== undefined, postIf }
    }
    expect(runs(builder)).toEqual(runs(root))
  })
})

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of withoutFences(markdown)) {
    const match = /^#{1,6} (.*)$/.exec(line)
    if (!match) continue
    const base = anchorOf(match[1])
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

/** Relative link targets outside code: `[text](target)`. */
function relativeLinks(markdown: string): string[] {
  const prose = withoutFences(markdown)
    .join('\n')
    .replace(/`[^`\n]*`/g, '')
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(match => match[1])
    .filter(target => !/^[a-z][a-z0-9+.-]*:/i.test(target))
}

describe('documentation links', () => {
  it.each(markdownDocs())('%s links only to files and headings that exist', doc => {
    const broken: string[] = []
    for (const target of relativeLinks(read(doc))) {
      const [file, anchor] = target.split('#', 2)
      const resolved = file === '' ? doc : path.posix.join(path.posix.dirname(doc), file)
      const full = path.join(repoRoot, resolved)
      if (resolved.startsWith('..') || !existsSync(full)) {
        broken.push(`${target}: no file ${resolved}`)
        continue
      }
      if (anchor && statSync(full).isFile() && resolved.endsWith('.md')) {
        if (!anchorsIn(read(resolved)).has(anchor)) broken.push(`${target}: no heading #${anchor}`)
      }
    }
    expect(broken).toEqual([])
  })

  it.each(markdownDocs())('%s names no machine path', doc => {
    expect(read(doc)).not.toMatch(/\/work\/|\/home\/\w|\/Users\/\w/)
  })
})

describe('README.md', () => {
  it('stays a short front page (under 12 KiB)', () => {
    expect(statSync(path.join(repoRoot, 'README.md')).size).toBeLessThan(12_288)
  })

  it('opens with the test command CI runs and the demo', () => {
    const readme = read('README.md')
    expect(readme).toContain('bash scripts/install-tools.sh && npm install && npm test')
    expect(readme).toContain('npm run demo')
    expect(read('.ci/run')).toMatch(/install-tools\.sh[\s\S]*npm install[\s\S]*npm test/)
  })

  it('shows a uses: example of every action and links its reference', () => {
    const readme = read('README.md')
    for (const [actionFile, doc] of Object.entries(referenceDocs)) {
      const uses =
        actionFile === 'action.yml'
          ? 'go-ci-kit/go-ci-kit@v1'
          : `go-ci-kit/go-ci-kit/${path.posix.dirname(actionFile)}@v1`
      expect([actionFile, readme.includes(`uses: ${uses}`)]).toEqual([actionFile, true])
      const page = actionFile === 'action.yml' ? doc : path.posix.dirname(actionFile)
      expect([actionFile, readme.includes(`](${page}`)]).toEqual([actionFile, true])
    }
  })
})
