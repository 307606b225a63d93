/**
 * A mistake the user can fix: bad input, a malformed file, a missing tool.
 * Entry points print its message on one line (no stack); anything else is a bug
 * and is reported with its stack so it can be filed.
 */
export class ConfigurationError extends Error {
  /** What to do about it, appended to the message when shown. */
  readonly fix?: string

  constructor(message: string, options?: { fix?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ConfigurationError'
    this.fix = options?.fix
  }

  /** The one-line text shown to the user. */
  get userMessage(): string {
    return this.fix ? `${this.message}. Fix: ${this.fix}` : this.message
  }
}

/** A policy gate (vulnerabilities, SARIF levels, expectations) said no: exit 1, not a bug. */
export class GateFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GateFailure'
  }
}

/** Positions in user files, so errors can name `file:line`. */
export interface SourcePosition {
  file: string
  line?: number
  column?: number
}

export function formatPosition(pos: SourcePosition): string {
  if (pos.line === undefined) return pos.file
  return pos.column === undefined
    ? `${pos.file}:${pos.line}`
    : `${pos.file}:${pos.line}:${pos.column}`
}

/** A ConfigurationError located in a file, e.g. `go.work:3: unknown directive "usee"`. */
export function fileError(pos: SourcePosition, message: string, fix?: string): ConfigurationError {
  return new ConfigurationError(`${formatPosition(pos)}: ${message}`, { fix })
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/** A message for anything thrown, including non-Error values. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ConfigurationError) return error.userMessage
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}
