/**
 * What an action's pure logic hands back to its entry point. The entry turns
 * these into workflow commands, outputs and the job summary; the core never
 * writes to stdout itself.
 */
export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export type OutputValue = string | number | boolean

export interface ActionResult {
  outputs: Record<string, OutputValue>
  annotations: Annotation[]
  /** Markdown appended to the job summary. */
  summary?: string
  /** Set when a gate decided the step fails (exit 1). */
  failureMessage?: string
}

/** A logger that drops everything: the default for pure functions and tests. */
export const silentLogger: Logger = { info() {}, warning() {}, debug() {} }

/** A logger that collects messages, for tests and for the CLI's `--json` mode. */
export function collectingLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = []
  return {
    lines,
    info: message => lines.push({ level: 'info', message }),
    warning: message => lines.push({ level: 'warning', message }),
    debug: message => lines.push({ level: 'debug', message })
  }
}
