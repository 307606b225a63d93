/**
 * Reading a SARIF file too big to parse whole (hundreds of MB), in bounded
 * memory. A byte scanner tracks strings and nesting only; it cuts each element
 * of `runs[].results` out and parses it on its own, keeping the N most severe
 * per run in a heap and tallying the rest. Everything outside the results
 * arrays (the "skeleton": version, tool, rules, invocations, …) is collected
 * and parsed at the end with empty results arrays.
 *
 * What stays in memory: the skeleton plus the kept results. Both are bounded by
 * `maxRetainedBytes` of JSON text; past it the reader stops with a clear error
 * rather than letting the process run out of memory.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../report.js'
import { locateJsonError } from '../json/error.js'
import { checkVersion, INVALID_JSON_FIX, reportProblems } from './read/validate.js'
import { sarifValidators } from './read/schema.js'
import {
  effectiveLevel,
  isSuppressed,
  resultSecuritySeverity,
  severityScore,
  toLevel
} from './result-severity.js'
import { countResult, emptyTally, type Tally } from './tally.js'
import {
  isRecord,
  type ReportingDescriptor,
  type SarifLog,
  type SarifResult,
  type SarifSource,
  type ToolComponent
} from './types.js'

export interface StreamOptions {
  size: number
  maxResultsPerRun: number
  maxRetainedBytes: number
  logger: Logger
  chunkBytes?: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COLON = 0x3a
const COMMA = 0x2c
const OBJECT = 1
const ARRAY = 2

/** Bytes of one value that may span several chunks. */
class Capture {
  private parts: Buffer[] = []
  private start = 0
  active = false
  fileStart = 0

  begin(index: number, fileOffset: number): void {
    this.parts = []
    this.start = index
    this.fileStart = fileOffset
    this.active = true
  }

  /** The chunk is about to be replaced: keep what the capture has of it. */
  chunkDone(chunk: Buffer): void {
    if (!this.active) return
    this.parts.push(chunk.subarray(this.start))
    this.start = 0
  }

  end(chunk: Buffer, index: number): Buffer {
    this.parts.push(chunk.subarray(this.start, index))
    this.active = false
    const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts)
    this.parts = []
    return bytes
  }
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
  const validators = sarifValidators('input')
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024
  const runs: RunResults[] = []
  let retained = 0

  const tooBig = (what: string): ConfigurationError =>
    new ConfigurationError(
      `${display}: more than ${Math.round(options.maxRetainedBytes / 1048576)} MiB of SARIF would have to be held in memory (${what}); the file is ${Math.round(options.size / 1048576)} MiB`,
      {
        fix: 'split the analysis into several SARIF files (for example one per module) or lower the number of results (code scanning keeps at most 5,000 per run)'
      }
    )
  const retain = (bytes: number): void => {
    retained += bytes
    if (retained > options.maxRetainedBytes) throw tooBig('the kept results')
  }

  // Scanner state.
  let depth = 0
  let inString = false
  let escaped = false
  let types = new Uint8Array(64)
  let expectKey = new Uint8Array(64)
  let topKey = ''
  let runKey = ''
  let runIndex = -1
  let elementIndex = 0
  let inResults = false
  let pendingResults = false
  let keyDepth = 0
  let keyParts: Buffer[] = []
  let keyStart = -1
  const skeleton = new Capture()
  const skeletonSegments: { fileStart: number; bytes: Buffer }[] = []
  const element = new Capture()
  const member = new Capture()
  let memberKey = ''
  let skeletonBytes = 0

  const finishElement = (chunk: Buffer, index: number, closing: boolean): void => {
    const start = element.fileStart
    const bytes = element.end(chunk, index)
    const text = bytes.toString('utf8')
    if (text.trim() === '') {
      if (closing && elementIndex === 0) return
      throw syntaxError(file, display, start + bytes.length, 'expected a value')
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const at = locateJsonError(text, error)
      throw syntaxError(
        file,
        display,
        start + Buffer.byteLength(text.slice(0, at.offset)),
        at.reason
      )
    }
    const pointer = `/runs/${runIndex}/results/${elementIndex}`
    reportProblems(display, validators.result(value, pointer), options.logger)
    keep(runs[runIndex], value as SarifResult, elementIndex, bytes.length)
    elementIndex++
  }

  const keep = (run: RunResults, result: SarifResult, index: number, bytes: number): void => {
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
    const tallyDropped = (dropped: Kept) => {
      if (isSuppressed(dropped.result)) {
        run.dropped.suppressed++
        return
      }
      const about = run.ruleOf(dropped.result)
      const droppedLevel = effectiveLevel(
        { ...dropped.result, level: toLevel(dropped.result.level) },
        about.rule
      )
      countResult(
        run.dropped,
        '',
        about.id,
        droppedLevel,
        resultSecuritySeverity(dropped.result, about.rule),
        about.rule
      )
    }
    if (run.heap.length < options.maxResultsPerRun) {
      run.heap.push(candidate)
      siftUp(run.heap, run.heap.length - 1)
      retain(bytes)
      return
    }
    const top = run.heap[0]
    if (top !== undefined && worse(top, candidate)) {
      run.heap[0] = candidate
      siftDown(run.heap, 0)
      retained -= top.bytes
      retain(bytes)
      tallyDropped(top)
    } else tallyDropped(candidate)
  }

  const finishMember = (chunk: Buffer, index: number): void => {
    const start = member.fileStart
    const bytes = member.end(chunk, index)
    const text = bytes.toString('utf8')
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const at = locateJsonError(text, error)
      throw syntaxError(
        file,
        display,
        start + Buffer.byteLength(text.slice(0, at.offset)),
        at.reason
      )
    }
    // Stop early on the wrong version rather than after reading the whole file.
    if (memberKey === 'version') checkVersion(display, { version: value })
    else if (memberKey === 'tool') runs[runIndex]?.setTool(value)
  }

  const fd = openSync(file, 'r')
  let fileOffset = 0
  try {
    skeleton.begin(0, 0)
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes)
      const length = readSync(fd, chunk, 0, chunkBytes, null)
      if (length === 0) break
      const data = length === chunkBytes ? chunk : chunk.subarray(0, length)
      for (let i = 0; i < length; i++) {
        const byte = data[i]
        if (inString) {
          if (escaped) escaped = false
          else if (byte === BACKSLASH) escaped = true
          else if (byte === QUOTE) {
            inString = false
            if (keyStart !== -1) {
              keyParts.push(data.subarray(keyStart, i))
              const key = JSON.parse(`"${Buffer.concat(keyParts).toString('utf8')}"`) as string
              if (keyDepth === 1) topKey = key
              else runKey = key
              keyStart = -1
              keyParts = []
            }
          }
          continue
        }
        switch (byte) {
          case QUOTE:
            inString = true
            if (types[depth] === OBJECT && expectKey[depth] === 1) {
              expectKey[depth] = 0
              if (depth === 1 || (depth === 3 && topKey === 'runs' && types[2] === ARRAY)) {
                keyDepth = depth
                keyStart = i + 1
                keyParts = []
              }
            }
            break
          case OPEN_OBJECT:
          case OPEN_ARRAY:
            depth++
            if (depth >= types.length) {
              const grownTypes = new Uint8Array(types.length * 2)
              grownTypes.set(types)
              types = grownTypes
              const grownKeys = new Uint8Array(expectKey.length * 2)
              grownKeys.set(expectKey)
              expectKey = grownKeys
            }
            types[depth] = byte === OPEN_OBJECT ? OBJECT : ARRAY
            expectKey[depth] = byte === OPEN_OBJECT ? 1 : 0
            if (depth === 3 && byte === OPEN_OBJECT && topKey === 'runs' && types[2] === ARRAY) {
              runIndex++
              runs.push(new RunResults())
              runKey = ''
            }
            if (depth === 4 && pendingResults) {
              pendingResults = false
              if (byte === OPEN_ARRAY) {
                inResults = true
                elementIndex = 0
                const part = skeleton.end(data, i + 1)
                skeletonSegments.push({ fileStart: skeleton.fileStart, bytes: part })
                skeletonBytes += part.length
                element.begin(i + 1, fileOffset + i + 1)
              }
            }
            break
          case CLOSE_OBJECT:
          case CLOSE_ARRAY:
            if (depth === 4 && inResults) {
              finishElement(data, i, true)
              inResults = false
              skeleton.begin(i, fileOffset + i)
            }
            if (member.active && depth === keyDepthOfMember(memberKey)) finishMember(data, i)
            if (depth === 3) pendingResults = false
            depth--
            break
          case COLON:
            if (depth === 1 && topKey === 'version') {
              memberKey = 'version'
              member.begin(i + 1, fileOffset + i + 1)
            } else if (depth === 3 && topKey === 'runs' && types[2] === ARRAY) {
              if (runKey === 'results') pendingResults = true
              else if (runKey === 'tool') {
                memberKey = 'tool'
                member.begin(i + 1, fileOffset + i + 1)
              }
            }
            break
          case COMMA:
            if (types[depth] === OBJECT) expectKey[depth] = 1
            if (depth === 4 && inResults) {
              finishElement(data, i, false)
              element.begin(i + 1, fileOffset + i + 1)
            }
            if (member.active && depth === keyDepthOfMember(memberKey)) finishMember(data, i)
            if (depth === 3) pendingResults = false
            break
        }
      }
      if (keyStart !== -1) {
        keyParts.push(data.subarray(keyStart))
        keyStart = 0
      }
      skeleton.chunkDone(data)
      element.chunkDone(data)
      member.chunkDone(data)
      fileOffset += length
      const skeletonSize = skeletonBytes + (skeleton.active ? fileOffset - skeleton.fileStart : 0)
      if (retained + skeletonSize > options.maxRetainedBytes)
        throw tooBig('the parts outside the results arrays')
    }
  } finally {
    closeSync(fd)
  }

  if (inString || depth !== 0 || inResults) {
    throw syntaxError(file, display, fileOffset, 'unexpected end of file')
  }
  const tail = skeleton.end(Buffer.alloc(0), 0)
  skeletonSegments.push({ fileStart: skeleton.fileStart, bytes: tail })
  const skeletonText = Buffer.concat(skeletonSegments.map(segment => segment.bytes)).toString(
    'utf8'
  )
  let value: unknown
  try {
    value = JSON.parse(skeletonText)
  } catch (error) {
    const at = locateJsonError(skeletonText, error)
    const byte = Buffer.byteLength(skeletonText.slice(0, at.offset))
    throw syntaxError(file, display, skeletonToFile(skeletonSegments, byte), at.reason)
  }
  checkVersion(display, value)
  reportProblems(display, validators.log(value), options.logger)
  const log = value as SarifLog
  const resultCounts: number[] = []
  const droppedTallies: Tally[] = []
  log.runs.forEach((run, index) => {
    const kept = runs[index]
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

/** A syntax error at a byte offset, located as file:line:column by counting newlines up to it. */
function syntaxError(
  file: string,
  display: string,
  byteOffset: number,
  reason: string
): ConfigurationError {
  let line = 1
  let lineStart = 0
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024)
    let position = 0
    while (position < byteOffset) {
      const length = readSync(
        fd,
        buffer,
        0,
        Math.min(buffer.length, byteOffset - position),
        position
      )
      if (length === 0) break
      for (
        let i = buffer.indexOf(0x0a, 0);
        i !== -1 && i < length;
        i = buffer.indexOf(0x0a, i + 1)
      ) {
        line++
        lineStart = position + i + 1
      }
      position += length
    }
  } finally {
    closeSync(fd)
  }
  return new ConfigurationError(
    `${display}:${line}:${byteOffset - lineStart + 1}: invalid JSON: ${reason}`,
    { fix: INVALID_JSON_FIX }
  )
}
