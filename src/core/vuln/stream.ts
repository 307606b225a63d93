/**
 * Reads a govulncheck `-json` stream (a file, a pipe, or chunks in tests) into a
 * ScanResult in one pass with bounded memory.
 */
import { createReadStream } from 'node:fs'
import { ConfigurationError } from '../errors.js'
import { silentLogger, type Logger } from '../report.js'
import { ScanCollector } from './collect.js'
import { invalidObjectError, JsonObjectSplitter, StreamFormatError } from './splitter.js'
import type { ScanMode, ScanResult } from './types.js'

export interface ParseOptions {
  /** Shown in error messages, e.g. the file name. */
  sourceName?: string
  logger?: Logger
  /** The mode govulncheck was run with, for v1.0.x streams that do not say. */
  modeHint?: ScanMode
  maxObjectBytes?: number
}

export async function parseGovulncheckStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ParseOptions = {}
): Promise<ScanResult> {
  const sourceName = options.sourceName ?? 'govulncheck output'
  const logger = options.logger ?? silentLogger
  // OSV entries list every affected symbol under ecosystem_specific; the gate never reads them.
  const splitter = new JsonObjectSplitter(sourceName, {
    maxObjectBytes: options.maxObjectBytes,
    dropKey: 'ecosystem_specific'
  })
  const collector = new ScanCollector(sourceName, logger)
  const onObject = (object: { text: string; line: number }) => {
    let value: unknown
    try {
      value = JSON.parse(object.text)
    } catch (error) {
      throw invalidObjectError(sourceName, object, error)
    }
    collector.add(value, object.line)
  }
  for await (const chunk of chunks) {
    splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, onObject)
  }
  const { objects } = splitter.end()
  if (objects === 0) {
    throw new StreamFormatError(`${sourceName}: the stream is empty (no JSON objects)`, {
      fix: 'govulncheck printed nothing on stdout; check that it ran with -json and did not fail'
    })
  }
  return collector.finish(options.modeHint)
}

/** Parses a saved stream; a missing or unreadable file is a ConfigurationError. */
export async function parseGovulncheckFile(
  file: string,
  options: Omit<ParseOptions, 'sourceName'> & { displayName?: string } = {}
): Promise<ScanResult> {
  const sourceName = options.displayName ?? file
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 })
  try {
    return await parseGovulncheckStream(stream, { ...options, sourceName })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new ConfigurationError(`govulncheck output file not found: ${sourceName}`, {
        fix: 'check the input-file path (relative paths are resolved against the workspace)'
      })
    }
    if (code === 'EISDIR' || code === 'EACCES') {
      throw new ConfigurationError(`cannot read govulncheck output ${sourceName}: ${code}`)
    }
    throw error
  } finally {
    stream.destroy()
  }
}
