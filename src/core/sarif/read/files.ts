/**
 * Finding SARIF files (a file, a directory or globs) and reading each one:
 * JSON syntax, the SARIF version, then the input schema. Files too big to hold
 * comfortably go through the streaming reader instead of `JSON.parse`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { ConfigurationError } from '../../errors.js'
import { pathForMessages } from '../../gomod/index.js'
import { decodeSarifBytes, detectEncoding, ENCODING_FIX } from './encoding.js'
import type { Logger } from '../../report.js'
import { locateJsonError } from '../../json/error.js'
import { sarifValidators } from './schema.js'
import { readSarifStreaming } from './stream.js'
import type { SarifLog, SarifSource } from '../types.js'
import { checkVersion, INVALID_JSON_FIX, reportProblems } from './validate.js'

export interface ReadOptions {
  /** Files at least this big are streamed; smaller ones are parsed whole. Default 64 MiB. */
  streamThresholdBytes?: number
  /** Results kept per run by the streaming reader (the most severe). */
  maxResultsPerRun: number
  /** The streaming reader refuses to hold more than this much JSON text. Default 256 MiB. */
  maxRetainedBytes?: number
  /** Paths in messages are shown relative to this directory. */
  cwd: string
  logger: Logger
}

export const DEFAULT_STREAM_THRESHOLD = 64 * 1024 * 1024
export const DEFAULT_MAX_RETAINED = 256 * 1024 * 1024

const DIRECTORY_PATTERNS = ['**/*.sarif', '**/*.sarif.json']
const IGNORED = ['**/node_modules/**', '**/.git/**']

/**
 * Every SARIF file named by `patterns`: existing files as they are, directories
 * searched for *.sarif and *.sarif.json, anything else as a glob. A pattern
 * that finds nothing is an error, so a misspelt path does not pass silently.
 */
export async function resolveSarifPaths(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) {
    throw new ConfigurationError('no SARIF file given', {
      fix: 'name a file, a directory or a glob such as results/*.sarif'
    })
  }
  const found: string[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    let matches: string[]
    if (stats?.isFile()) matches = [absolute]
    else if (stats?.isDirectory()) {
      matches = await glob(DIRECTORY_PATTERNS, {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
        dot: true,
        ignore: IGNORED
      })
      if (matches.length === 0) {
        throw new ConfigurationError(`directory ${pattern} holds no *.sarif file`, {
          fix: 'check that the analysis step wrote its SARIF there'
        })
      }
    } else {
      matches = await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: true,
        ignore: IGNORED,
        expandDirectories: false
      })
      if (matches.length === 0) {
        throw new ConfigurationError(`no SARIF file matches ${pattern}`, {
          fix: 'check the path (relative to the workspace) and that the analysis step ran'
        })
      }
    }
    found.push(...matches.map(file => path.normalize(file)).sort())
  }
  return [...new Set(found)]
}

/** Reads, checks and validates one SARIF file. */
export function readSarifFile(file: string, options: ReadOptions): SarifSource {
  const display = pathForMessages(options.cwd, file)
  const stats = statSync(file, { throwIfNoEntry: false })
  if (!stats) throw new ConfigurationError(`${display}: file not found`)
  if (stats.size === 0) throw emptyFile(display)
  const threshold = options.streamThresholdBytes ?? DEFAULT_STREAM_THRESHOLD
  if (stats.size >= threshold) {
    const { encoding } = detectEncoding(readHead(file, display))
    if (encoding !== 'utf-8') {
      // The streaming reader scans UTF-8 bytes; a file this big is not worth converting in memory.
      throw new ConfigurationError(
        `${display}: the SARIF file is ${encoding.toUpperCase()} and too big to convert (${(stats.size / 1048576).toFixed(0)} MiB)`,
        { fix: ENCODING_FIX }
      )
    }
    options.logger.info(
      `${display} is ${(stats.size / 1048576).toFixed(0)} MiB: reading it as a stream, ` +
        `keeping the ${options.maxResultsPerRun} most severe results of each run`
    )
    return readSarifStreaming(file, display, {
      size: stats.size,
      maxResultsPerRun: options.maxResultsPerRun,
      maxRetainedBytes: options.maxRetainedBytes ?? DEFAULT_MAX_RETAINED,
      logger: options.logger
    })
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw unreadable(display, error)
  }
  return parseSarifText(display, decodeSarifBytes(bytes, display), stats.size, options.logger)
}

/** The first four bytes, to tell the encoding. */
function readHead(file: string, display: string): Buffer {
  const head = Buffer.alloc(4)
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    return head.subarray(0, readSync(fd, head, 0, 4, 0))
  } catch (error) {
    throw unreadable(display, error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function unreadable(display: string, error: unknown): ConfigurationError {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a directory'
        : ((error as Error).message ?? String(error))
  return new ConfigurationError(`${display}: cannot read the SARIF file (${why})`, {
    fix:
      code === 'EACCES' || code === 'EPERM'
        ? 'make it readable by the user running this step (a container step may have written it as root: chmod a+r it there)'
        : 'check that the analysis step wrote the file completely'
  })
}

/** The in-memory path: parse, check the version, validate. */
export function parseSarifText(
  display: string,
  text: string,
  bytes: number,
  logger: Logger
): SarifSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw emptyFile(display)
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const at = locateJsonError(body, error)
    throw new ConfigurationError(`${display}:${at.line}:${at.column}: invalid JSON: ${at.reason}`, {
      fix: INVALID_JSON_FIX
    })
  }
  checkVersion(display, value)
  reportProblems(display, sarifValidators('input').log(value), logger)
  const log = value as SarifLog
  return {
    file: display,
    bytes,
    log,
    resultCounts: log.runs.map(run => (Array.isArray(run.results) ? run.results.length : 0))
  }
}

function emptyFile(display: string): ConfigurationError {
  return new ConfigurationError(`${display}: the SARIF file is empty`, {
    fix: 'the analysis step probably failed before writing results; look at its log'
  })
}
