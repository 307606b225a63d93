/**
 * The allow-list, in the format users already know from osv-scanner:
 *
 *   [[IgnoredVulns]]
 *   id = "GO-2022-0968"        # a GO id or any alias (CVE, GHSA)
 *   ignoreUntil = 2026-11-09   # optional; TOML date or date-time
 *   reason = "…"
 *
 * Like osv-scanner, an entry ignores while `ignoreUntil` is absent or still
 * in the future (a date means midnight UTC starting that day). Other
 * osv-scanner sections are accepted and skipped; anything unknown is an error
 * naming the line and the key.
 */
import { readFile } from 'node:fs/promises'
import { parse, TomlDate, TomlError } from 'smol-toml'
import { ConfigurationError, fileError } from '../errors.js'
import type { Logger } from '../report.js'

export interface IgnoreEntry {
  id: string
  ignoreUntil?: Date
  reason?: string
  /** Where the entry starts, for messages. */
  file: string
  line: number
}

export interface AllowList {
  file: string
  entries: IgnoreEntry[]
}

export type IgnoreMatch =
  | { status: 'ignored'; entry: IgnoreEntry }
  | { status: 'expired'; entry: IgnoreEntry }
  | { status: 'none' }

const ENTRY_KEYS = ['id', 'ignoreUntil', 'reason']
/** osv-scanner.toml sections that mean nothing to govulncheck but are valid in a shared file. */
const OSV_SCANNER_KEYS = new Set(['PackageOverrides', 'GoVersionOverride', 'LicenseOverride'])

export function parseAllowList(text: string, file: string, logger?: Logger): AllowList {
  let document: Record<string, unknown>
  try {
    document = parse(text) as Record<string, unknown>
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0]
      throw fileError(
        { file, line: error.line, column: error.column },
        `invalid TOML: ${reason}${keyOnLine(text, error.line)}`,
        'dates are written bare (ignoreUntil = 2026-01-31), strings in double quotes'
      )
    }
    throw error
  }
  const locator = new LineLocator(text)
  for (const key of Object.keys(document)) {
    if (key === 'IgnoredVulns') continue
    if (OSV_SCANNER_KEYS.has(key)) {
      logger?.debug(`${file}: ${key} is an osv-scanner setting; govulncheck-gate ignores it`)
      continue
    }
    throw fileError(
      { file, line: locator.topLevelKey(key) },
      `unknown key "${key}"`,
      'the allow-list uses [[IgnoredVulns]] entries with id, ignoreUntil and reason'
    )
  }
  const raw = document.IgnoredVulns
  if (raw === undefined) return { file, entries: [] }
  if (!Array.isArray(raw)) {
    throw fileError(
      { file, line: locator.topLevelKey('IgnoredVulns') },
      'IgnoredVulns must be an array of tables',
      'write each entry under its own [[IgnoredVulns]] header'
    )
  }
  const entries: IgnoreEntry[] = []
  const seen = new Map<string, IgnoreEntry>()
  raw.forEach((item, index) => {
    const entryLine = locator.entryHeader(index)
    if (typeof item !== 'object' || item === null || Array.isArray(item) || item instanceof Date) {
      throw fileError({ file, line: entryLine }, `IgnoredVulns entry ${index + 1} is not a table`)
    }
    const table = item as Record<string, unknown>
    for (const key of Object.keys(table)) {
      if (!ENTRY_KEYS.includes(key)) {
        throw fileError(
          { file, line: locator.entryKey(index, key) },
          `unknown key "${key}" in IgnoredVulns entry ${index + 1}`,
          `allowed keys are ${ENTRY_KEYS.join(', ')}`
        )
      }
    }
    if (typeof table.id !== 'string' || table.id.trim() === '') {
      throw fileError(
        { file, line: table.id === undefined ? entryLine : locator.entryKey(index, 'id') },
        `IgnoredVulns entry ${index + 1}: "id" must be a non-empty string`,
        'set id = "GO-YYYY-NNNN" (a CVE or GHSA alias works too)'
      )
    }
    if (table.reason !== undefined && typeof table.reason !== 'string') {
      throw fileError(
        { file, line: locator.entryKey(index, 'reason') },
        `IgnoredVulns entry ${index + 1}: "reason" must be a string`
      )
    }
    const entry: IgnoreEntry = {
      id: table.id.trim(),
      reason: table.reason as string | undefined,
      file,
      line: entryLine
    }
    if (table.ignoreUntil !== undefined) {
      entry.ignoreUntil = parseIgnoreUntil(table.ignoreUntil, {
        file,
        line: locator.entryKey(index, 'ignoreUntil'),
        text: locator.lineText(locator.entryKey(index, 'ignoreUntil'))
      })
    }
    const duplicate = seen.get(entry.id.toLowerCase())
    if (duplicate) {
      logger?.warning(
        `${file}:${entry.line}: ${entry.id} is also listed at line ${duplicate.line}; the first unexpired entry applies`
      )
    }
    seen.set(entry.id.toLowerCase(), entry)
    entries.push(entry)
  })
  return { file, entries }
}

function parseIgnoreUntil(value: unknown, at: { file: string; line: number; text: string }): Date {
  const fail = (shown: string) =>
    fileError(
      { file: at.file, line: at.line },
      `ignoreUntil: ${shown} is not a valid date`,
      'write a real calendar date such as ignoreUntil = 2026-01-31 (or a date-time with a zone)'
    )
  if (value instanceof TomlDate) {
    if (!value.isValid() || value.isTime()) throw fail(JSON.stringify(value.toISOString()))
    // smol-toml rolls impossible days over (2025-02-30 becomes 2025-03-02); refuse them instead.
    const literal = /ignoreUntil\s*=\s*(\d{4}-\d{2}-\d{2})/.exec(at.text)?.[1]
    if (literal && value.isDate() && value.toISOString().slice(0, 10) !== literal)
      throw fail(literal)
    return new Date(value.getTime())
  }
  if (typeof value === 'string') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00Z`)
      : /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? new Date(value)
        : undefined
    if (!date || Number.isNaN(date.getTime())) throw fail(JSON.stringify(value))
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString().slice(0, 10) !== value)
      throw fail(JSON.stringify(value))
    return date
  }
  throw fail(JSON.stringify(value))
}

/** Whether an entry applies to a vulnerability known by `ids` (its GO id and aliases) at `now`. */
export function matchAllowList(
  ids: string[],
  allowList: AllowList | undefined,
  now: Date
): IgnoreMatch {
  if (!allowList) return { status: 'none' }
  const wanted = new Set(ids.map(id => id.toLowerCase()))
  let expired: IgnoreEntry | undefined
  for (const entry of allowList.entries) {
    if (!wanted.has(entry.id.toLowerCase())) continue
    if (!entry.ignoreUntil || now.getTime() < entry.ignoreUntil.getTime())
      return { status: 'ignored', entry }
    expired ??= entry
  }
  return expired ? { status: 'expired', entry: expired } : { status: 'none' }
}

export function describeEntry(entry: IgnoreEntry): string {
  const until = entry.ignoreUntil ? ` until ${formatDate(entry.ignoreUntil)}` : ''
  const reason = entry.reason ? ` (${entry.reason})` : ''
  return `${entry.file}:${entry.line} [[IgnoredVulns]] id = "${entry.id}"${until}${reason}`
}

export function formatDate(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
}

function keyOnLine(text: string, line: number): string {
  const match = /^\s*([A-Za-z0-9_-]+)\s*=/.exec(text.split(/\r?\n/)[line - 1] ?? '')
  return match ? ` (key "${match[1]}")` : ''
}

/** Finds the lines of headers and keys, since the TOML parser does not report them. */
class LineLocator {
  private readonly lines: string[]
  /** Start line of each [[IgnoredVulns]] header, in order. */
  private readonly headers: number[] = []
  /** Line of every table header of any kind, to know where a section ends. */
  private readonly sections: number[] = []

  constructor(text: string) {
    this.lines = text.split(/\r?\n/)
    this.lines.forEach((line, index) => {
      if (/^\s*\[/.test(line)) this.sections.push(index + 1)
      if (/^\s*\[\[\s*["']?IgnoredVulns["']?\s*\]\]/.test(line)) this.headers.push(index + 1)
    })
  }

  lineText(line: number): string {
    return this.lines[line - 1] ?? ''
  }

  topLevelKey(key: string): number {
    const end = this.sections[0] ?? this.lines.length + 1
    const found = this.find(key, 1, end)
    if (found) return found
    // A table header named like the key ([key] or [[key]]).
    const header = this.lines.findIndex(line =>
      new RegExp(`^\\s*\\[\\[?\\s*["']?${escape(key)}["']?\\s*[\\].]`).test(line)
    )
    return header >= 0 ? header + 1 : 1
  }

  entryHeader(index: number): number {
    return this.headers[index] ?? this.topLevelKey('IgnoredVulns')
  }

  entryKey(index: number, key: string): number {
    const start = this.headers[index]
    if (start === undefined) return this.topLevelKey('IgnoredVulns')
    const end = this.sections.find(line => line > start) ?? this.lines.length + 1
    return this.find(key, start + 1, end) ?? start
  }

  private find(key: string, from: number, to: number): number | undefined {
    const pattern = new RegExp(`^\\s*(["']?)${escape(key)}\\1\\s*[=.]`)
    for (let line = from; line < to; line++)
      if (pattern.test(this.lines[line - 1] ?? '')) return line
    return undefined
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Reads the allow-list from disk; a missing explicit file is a ConfigurationError. */
export async function loadAllowList(
  file: string,
  displayName: string,
  logger?: Logger
): Promise<AllowList> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `cannot read the ignore file ${displayName}: ${(error as Error).message}`,
      {
        fix: 'check the ignore-file path (relative paths are resolved against the working directory)'
      }
    )
  }
  return parseAllowList(text, displayName, logger)
}
