import path from 'node:path'
import { ConfigurationError } from './errors.js'

/**
 * Reads raw input strings by name. In an action this wraps `core.getInput`;
 * in tests and the CLI it is a plain map, which keeps parsing pure.
 */
export type InputSource = (name: string) => string

export function inputSourceFromRecord(values: Record<string, string | undefined>): InputSource {
  return name => values[name] ?? ''
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1'])
const FALSE_WORDS = new Set(['false', 'no', 'off', '0'])

const DURATION_UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000
}

/**
 * The one place input strings become typed values. Every failure is a
 * ConfigurationError naming the input and saying what would be accepted.
 */
export interface InputsOptions {
  /** Called with every non-empty secret read, before it is returned (the action masks it). */
  onSecret?: (value: string) => void
}

export class Inputs {
  constructor(
    private readonly source: InputSource,
    private readonly options: InputsOptions = {}
  ) {}

  private raw(name: string): string {
    return this.source(name).trim()
  }

  required(name: string): string {
    const value = this.raw(name)
    if (!value) {
      throw new ConfigurationError(`Input required and not supplied: ${name}`, {
        fix: `set \`with: ${name}: …\` on the step`
      })
    }
    return value
  }

  optional(name: string): string | undefined {
    const value = this.raw(name)
    return value === '' ? undefined : value
  }

  /**
   * An optional credential such as `github-token`. It is handed to `onSecret`
   * (the action's log mask) as soon as it is read, so no later message can show it.
   */
  secret(name: string): string | undefined {
    const value = this.optional(name)
    if (value !== undefined) this.options.onSecret?.(value)
    return value
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name)
    if (value === undefined) return fallback
    const lowered = value.toLowerCase()
    if (TRUE_WORDS.has(lowered)) return true
    if (FALSE_WORDS.has(lowered)) return false
    throw new ConfigurationError(`Input ${name} must be a boolean, got "${value}"`, {
      fix: 'use true or false (yes/no also work)'
    })
  }

  integer(name: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if (!/^-?\d+$/.test(value)) {
      throw new ConfigurationError(`Input ${name} must be a whole number, got "${value}"`)
    }
    const parsed = Number(value)
    if (
      (bounds.min !== undefined && parsed < bounds.min) ||
      (bounds.max !== undefined && parsed > bounds.max)
    ) {
      throw new ConfigurationError(
        `Input ${name} must be between ${bounds.min ?? '-∞'} and ${bounds.max ?? '∞'}, got ${parsed}`
      )
    }
    return parsed
  }

  /** Newline- or comma-separated; blank entries and `#` comment lines are dropped. */
  list(name: string): string[] {
    return parseList(this.raw(name))
  }

  /** Newline-separated only, for values (globs, assertions) that may contain commas. */
  lines(name: string): string[] {
    return this.raw(name)
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name)
    if (value === undefined) return fallback
    const match = allowed.find(candidate => candidate === value.toLowerCase())
    if (match === undefined) {
      throw new ConfigurationError(
        `Input ${name} has invalid value "${value}"; allowed values: ${allowed.join(', ')}`
      )
    }
    return match
  }

  /** A duration such as `90s`, `5m`, `1h30m` or a bare number of seconds; returns milliseconds. */
  duration(name: string, fallbackMs: number): number {
    const value = this.optional(name)
    if (value === undefined) return fallbackMs
    const parsed = parseDuration(value)
    if (parsed === undefined) {
      throw new ConfigurationError(`Input ${name} is not a duration: "${value}"`, {
        fix: 'write it like 30s, 5m, 1h30m or 250ms'
      })
    }
    return parsed
  }

  /** A path resolved against the workspace; absolute paths are kept. */
  path(name: string, workspace: string): string | undefined {
    const value = this.optional(name)
    if (value === undefined) return undefined
    return resolvePath(value, workspace)
  }
}

export function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .filter(line => !line.trim().startsWith('#'))
    .flatMap(line => line.split(','))
    .map(item => item.trim())
    .filter(item => item !== '')
}

export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)]
  if (parts.length === 0 || parts.map(p => p[0]).join('') !== trimmed) return undefined
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS_MS[p[2]], 0))
}

export function resolvePath(value: string, workspace: string): string {
  const expanded = value.startsWith('~/')
    ? path.join(process.env.HOME ?? '', value.slice(2))
    : value
  return path.resolve(workspace, expanded)
}
