/**
 * Reading a SARIF file too big to parse whole (hundreds of MB), in bounded
 * memory. The shared byte scanner (core/json/scanner.ts) follows strings and
 * nesting; this cuts each element of `runs[].results` out and parses it on
 * its own, keeping the N most severe per run in a heap and tallying the rest. Everything outside the results
 * arrays (the "skeleton": version, tool, rules, invocations, …) is collected
 * and parsed at the end with empty results arrays.
 *
 * What stays in memory: the skeleton plus the kept results. Both are bounded by
 * `maxRetainedBytes` of JSON text; past it the reader stops with a clear error
 * rather than letting the process run out of memory.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../report.js'
import { ByteCapture } from '../../json/capture.js'
import { locateJsonError, lineAndColumnInFile } from '../../json/error.js'
import {
  ARRAY,
  JsonByteScanner,
  OBJECT,
  type ContainerKind,
  type JsonTokenHandler
} from '../../json/scanner.js'
import { checkVersion, INVALID_JSON_FIX, reportProblems } from './validate.js'
import { sarifValidators } from './schema.js'
import {
  effectiveLevel,
  isSuppressed,
  resultSecuritySeverity,
  severityScore,
  toLevel
} from '../result-severity.js'
import { countResult, emptyTally, type Tally } from '../tally.js'
import {
  isRecord,
  type ReportingDescriptor,
  type SarifLog,
  type SarifResult,
  type SarifSource,
  type ToolComponent
} from '../types.js'

export interface StreamOptions {
  size: number
  maxResultsPerRun: number
  maxRetainedBytes: number
  logger: Logger
  chunkBytes?: number
}

interface Kept {
  result: SarifResult
  score: number
  index: number
  bytes: number
}

/** The kept results of one run: a heap with the least severe (then latest) on top. */
class RunResults {
  heap: Kept[] = []
  count = 0
  dropped: Tally = emptyTally()
  rules = new Map<string, ReportingDescriptor>()
  ruleList: ReportingDescriptor[] = []

  setTool(tool: unknown): void {
    if (!isRecord(tool) || !isRecord(tool.driver)) return
    const driver = tool.driver as ToolComponent
    this.ruleList = Array.isArray(driver.rules) ? driver.rules : []
    for (const rule of this.ruleList)
      if (isRecord(rule) && typeof rule.id === 'string') this.rules.set(rule.id, rule)
  }

  /** Counts a result that is not kept, as the summary's tally would have. */
  tallyDropped(result: SarifResult): void {
    if (isSuppressed(result)) {
      this.dropped.suppressed++
      return
    }
    const about = this.ruleOf(result)
    const level = effectiveLevel({ ...result, level: toLevel(result.level) }, about.rule)
    countResult(
      this.dropped,
      '',
      about.id,
      level,
      resultSecuritySeverity(result, about.rule),
      about.rule
    )
  }

  ruleOf(result: SarifResult): { id: string; rule?: ReportingDescriptor } {
    const id =
      result.ruleId ??
      result.rule?.id ??
      (typeof result.ruleIndex === 'number' ? this.ruleList[result.ruleIndex]?.id : undefined)
    return { id: id ?? 'unspecified', rule: id === undefined ? undefined : this.rules.get(id) }
  }
}

function worse(a: Kept, b: Kept): boolean {
  return a.score < b.score || (a.score === b.score && a.index > b.index)
}

function siftUp(heap: Kept[], at: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1
    if (!worse(heap[at], heap[parent])) return
    ;[heap[at], heap[parent]] = [heap[parent], heap[at]]
    at = parent
  }
}

function siftDown(heap: Kept[], at: number): void {
  for (;;) {
    const left = 2 * at + 1
    const right = left + 1
    let top = at
    if (left < heap.length && worse(heap[left], heap[top])) top = left
    if (right < heap.length && worse(heap[right], heap[top])) top = right
    if (top === at) return
    ;[heap[at], heap[top]] = [heap[top], heap[at]]
    at = top
  }
}

export function readSarifStreaming(
  file: string,
  display: string,
  options: StreamOptions
): SarifSource {
  const reader = new StreamingSarifReader(file, display, options)
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024
  const fd = openSync(file, 'r')
  try {
    for (;;) {
      // A fresh buffer each time: the captures keep views of earlier chunks.
      const chunk = Buffer.allocUnsafe(chunkBytes)
      const length = readSync(fd, chunk, 0, chunkBytes, null)
      if (length === 0) break
      reader.push(length === chunkBytes ? chunk : chunk.subarray(0, length))
    }
  } finally {
    closeSync(fd)
  }
  return reader.finish()
}

/**
 * Follows the scanner's tokens through the SARIF shape: `version` and each
 * run's `tool` are parsed as soon as they end (to stop early on a wrong
 * version, and to know the rules before the results), each element of a
 * run's `results` is parsed and kept or tallied, and all the rest is the
 * skeleton.
 */
class StreamingSarifReader implements JsonTokenHandler {
  private readonly scanner = new JsonByteScanner(this)
  private readonly validators = sarifValidators('input')
  private readonly runs: RunResults[] = []
  private retained = 0
  private chunk: Buffer = Buffer.alloc(0)
  /** The key being read at the top level, and in the current run. */
  private topKey = ''
  private runKey = ''
  private runIndex = -1
  private elementIndex = 0
  private inResults = false
  /** A run's `results` key and colon were read: an array at depth 4 is its results. */
  private pendingResults = false
  private readonly skeleton = new ByteCapture(false)
  private readonly skeletonSegments: { fileStart: number; bytes: Buffer }[] = []
  private skeletonBytes = 0
  private readonly element = new ByteCapture(false)
  private readonly member = new ByteCapture(false)
  private memberKey = ''

  constructor(
    private readonly file: string,
    private readonly display: string,
    private readonly options: StreamOptions
  ) {
    this.skeleton.begin(0, 0)
    // Nothing inside a result (deeper than the results arrays) is looked at here.
    this.scanner.reportDepth = 4
  }

  push(chunk: Buffer): void {
    this.chunk = chunk
    this.scanner.push(chunk)
    this.skeleton.chunkDone(chunk)
    this.element.chunkDone(chunk)
    this.member.chunkDone(chunk)
    const read = this.scanner.chunkOffset
    const skeletonSize =
      this.skeletonBytes + (this.skeleton.active ? read - this.skeleton.streamStart : 0)
    if (this.retained + skeletonSize > this.options.maxRetainedBytes)
      throw this.tooBig('the parts outside the results arrays')
  }

  open(index: number, depth: number, kind: ContainerKind): void {
    if (depth === 3 && kind === OBJECT && this.inRuns()) {
      this.runIndex++
      this.runs.push(new RunResults())
      this.runKey = ''
    }
    if (depth === 4 && this.pendingResults) {
      this.pendingResults = false
      if (kind === ARRAY) {
        this.inResults = true
        this.elementIndex = 0
        const part = this.skeleton.end(this.chunk, index + 1)
        this.skeletonSegments.push({ fileStart: this.skeleton.streamStart, bytes: part })
        this.skeletonBytes += part.length
        this.element.begin(index + 1, this.scanner.chunkOffset + index + 1)
      }
    }
  }

  close(index: number, depth: number): void {
    if (depth === 4 && this.inResults) {
      this.finishElement(index, true)
      this.inResults = false
      this.skeleton.begin(index, this.scanner.chunkOffset + index)
    }
    this.valueEnds(index, depth)
  }

  comma(index: number, depth: number): void {
    if (depth === 4 && this.inResults) {
      this.finishElement(index, false)
      this.element.begin(index + 1, this.scanner.chunkOffset + index + 1)
    }
    this.valueEnds(index, depth)
  }

  colon(index: number, depth: number): void {
    if (depth === 1 && this.topKey === 'version') this.beginMember('version', index + 1)
    else if (depth === 3 && this.inRuns()) {
      if (this.runKey === 'results') this.pendingResults = true
      else if (this.runKey === 'tool') this.beginMember('tool', index + 1)
    }
  }

  key(bytes: Uint8Array, start: number, end: number, depth: number): void {
    if (depth !== 1 && !(depth === 3 && this.inRuns())) return
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
    const key = JSON.parse(`"${raw.toString('utf8')}"`) as string
    if (depth === 1) this.topKey = key
    else this.runKey = key
  }

  text(): void {
    // Text outside the top-level value stays in the skeleton, whose JSON.parse names it.
  }

  finish(): SarifSource {
    const { file, display, options } = this
    if (!this.scanner.atRest || this.inResults) {
      throw syntaxError(file, display, this.scanner.chunkOffset, 'unexpected end of file')
    }
    const segments = this.skeletonSegments
    segments.push({
      fileStart: this.skeleton.streamStart,
      bytes: this.skeleton.end(Buffer.alloc(0), 0)
    })
    // The skeleton starts at the top of the file: leave out a byte order mark the scanner skipped.
    const bom = this.scanner.bomBytes
    if (bom > 0) segments[0] = { fileStart: bom, bytes: segments[0].bytes.subarray(bom) }
    const skeletonText = Buffer.concat(segments.map(segment => segment.bytes)).toString('utf8')
    let value: unknown
    try {
      value = JSON.parse(skeletonText)
    } catch (error) {
      const at = locateJsonError(skeletonText, error)
      const byte = Buffer.byteLength(skeletonText.slice(0, at.offset))
      throw syntaxError(file, display, skeletonToFile(segments, byte), at.reason)
    }
    checkVersion(display, value)
    reportProblems(display, this.validators.log(value), options.logger)
    const log = value as SarifLog
    const resultCounts: number[] = []
    const droppedTallies: Tally[] = []
    log.runs.forEach((run, index) => {
      const kept = this.runs[index]
      if (!kept || !Array.isArray(run.results)) {
        resultCounts.push(Array.isArray(run.results) ? run.results.length : 0)
        droppedTallies.push(emptyTally())
        return
      }
      run.results = kept.heap.sort((a, b) => a.index - b.index).map(entry => entry.result)
      resultCounts.push(kept.count)
      droppedTallies.push(kept.dropped)
    })
    return { file: display, bytes: options.size, log, resultCounts, droppedTallies }
  }

  /** Directly inside a run object: `runs` at the top level holds an array of runs. */
  private inRuns(): boolean {
    return this.topKey === 'runs' && this.scanner.kindAt(2) === ARRAY
  }

  private beginMember(key: string, index: number): void {
    this.memberKey = key
    this.member.begin(index, this.scanner.chunkOffset + index)
  }

  /** A `,` or a closer at `depth`: the end of a captured member's value there. */
  private valueEnds(index: number, depth: number): void {
    if (this.member.active && depth === keyDepthOfMember(this.memberKey)) this.finishMember(index)
    if (depth === 3) this.pendingResults = false
  }

  /** Parses a captured value's text; `start` is its file offset, for the error. */
  private parseCaptured(text: string, start: number): unknown {
    try {
      return JSON.parse(text)
    } catch (error) {
      const at = locateJsonError(text, error)
      throw syntaxError(
        this.file,
        this.display,
        start + Buffer.byteLength(text.slice(0, at.offset)),
        at.reason
      )
    }
  }

  private finishElement(index: number, closing: boolean): void {
    const start = this.element.streamStart
    const bytes = this.element.end(this.chunk, index)
    const text = bytes.toString('utf8')
    if (text.trim() === '') {
      if (closing && this.elementIndex === 0) return
      throw syntaxError(this.file, this.display, start + bytes.length, 'expected a value')
    }
    const value = this.parseCaptured(text, start)
    const pointer = `/runs/${this.runIndex}/results/${this.elementIndex}`
    reportProblems(this.display, this.validators.result(value, pointer), this.options.logger)
    this.keep(this.runs[this.runIndex], value as SarifResult, this.elementIndex, bytes.length)
    this.elementIndex++
  }

  private finishMember(index: number): void {
    const start = this.member.streamStart
    const value = this.parseCaptured(this.member.end(this.chunk, index).toString('utf8'), start)
    // Stop early on the wrong version rather than after reading the whole file.
    if (this.memberKey === 'version') checkVersion(this.display, { version: value })
    else if (this.memberKey === 'tool') this.runs[this.runIndex]?.setTool(value)
  }

  private keep(run: RunResults, result: SarifResult, index: number, bytes: number): void {
    run.count++
    const { rule } = run.ruleOf(result)
    const suppressed = isSuppressed(result)
    const level = effectiveLevel({ ...result, level: toLevel(result.level) }, rule)
    const security = resultSecuritySeverity(result, rule)
    const candidate: Kept = {
      result,
      index,
      bytes,
      score: suppressed ? -1 : severityScore(level, security)
    }
    if (run.heap.length < this.options.maxResultsPerRun) {
      run.heap.push(candidate)
      siftUp(run.heap, run.heap.length - 1)
      this.retain(bytes)
      return
    }
    const top = run.heap[0]
    if (top !== undefined && worse(top, candidate)) {
      run.heap[0] = candidate
      siftDown(run.heap, 0)
      this.retained -= top.bytes
      this.retain(bytes)
      run.tallyDropped(top.result)
    } else run.tallyDropped(candidate.result)
  }

  private retain(bytes: number): void {
    this.retained += bytes
    if (this.retained > this.options.maxRetainedBytes) throw this.tooBig('the kept results')
  }

  private tooBig(what: string): ConfigurationError {
    const { display, options } = this
    return new ConfigurationError(
      `${display}: more than ${Math.round(options.maxRetainedBytes / 1048576)} MiB of SARIF would have to be held in memory (${what}); the file is ${Math.round(options.size / 1048576)} MiB`,
      {
        fix: 'split the analysis into several SARIF files (for example one per module) or lower the number of results (code scanning keeps at most 5,000 per run)'
      }
    )
  }
}

/** The nesting depth at which a captured member's value ends (`version`: top level, `tool`: a run). */
function keyDepthOfMember(key: string): number {
  return key === 'version' ? 1 : 3
}

function skeletonToFile(segments: { fileStart: number; bytes: Buffer }[], byte: number): number {
  let offset = byte
  for (const segment of segments) {
    if (offset <= segment.bytes.length) return segment.fileStart + offset
    offset -= segment.bytes.length
  }
  const last = segments[segments.length - 1]
  return last ? last.fileStart + last.bytes.length : 0
}

/** A syntax error at a byte offset of the file, as file:line:column. */
function syntaxError(
  file: string,
  display: string,
  byteOffset: number,
  reason: string
): ConfigurationError {
  const { line, column } = lineAndColumnInFile(file, byteOffset)
  return new ConfigurationError(`${display}:${line}:${column}: invalid JSON: ${reason}`, {
    fix: INVALID_JSON_FIX
  })
}
