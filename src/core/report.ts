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

/**
 * The runner shows at most 10 workflow-command annotations of each level
 * (error, warning, notice) per step and drops the rest silently
 * (actions/toolkit docs/problem-matchers.md).
 */
export const ANNOTATIONS_PER_LEVEL = 10

/**
 * Keeps, in order, the first `perLevel` items of each annotation level (0 or
 * less: all of them) and returns the others apart, so that nothing is dropped
 * without being counted or shown elsewhere.
 */
export function capPerLevel<T>(
  items: T[],
  levelOf: (item: T) => AnnotationLevel,
  perLevel = ANNOTATIONS_PER_LEVEL
): { kept: T[]; dropped: T[] } {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const kept: T[] = []
  const dropped: T[] = []
  for (const item of items) {
    const level = levelOf(item)
    if (perLevel <= 0 || used[level] < perLevel) {
      used[level]++
      kept.push(item)
    } else dropped.push(item)
  }
  return { kept, dropped }
}

/**
 * GitHub refuses a step output over 1 MB. Values are kept under 1,000,000
 * bytes (the stricter reading of "1 MB") so no output of any action fails
 * the step or is dropped by the runner.
 */
export const OUTPUT_LIMIT_BYTES = 1_000_000

/**
 * Cuts `value` so that it plus `marker` fits in `limit` UTF-8 bytes, at a
 * character boundary, and appends the marker. Values that fit are returned as they are.
 */
export function truncateOutput(value: string, marker: string, limit = OUTPUT_LIMIT_BYTES): string {
  if (Buffer.byteLength(value, 'utf8') <= limit) return value
  const room = limit - Buffer.byteLength(marker, 'utf8')
  if (room <= 0) throw new Error(`output marker longer than the limit of ${limit} bytes`)
  const bytes = Buffer.from(value, 'utf8')
  let end = room
  // Back up to the first byte of a character (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8') + marker
}
