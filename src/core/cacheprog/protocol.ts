/**
 * The GOCACHEPROG wire protocol (cmd/go/internal/cacheprog, Go 1.24 and later):
 * one JSON request per line on stdin; a `put` with BodySize > 0 is followed by
 * the body as a base64 JSON string on its own line. cmd/go writes each request
 * with json.Encoder (which ends it with a newline) and then one more newline,
 * so blank lines sit between requests. Byte fields (ActionID, OutputID) are
 * base64 in JSON, as encoding/json writes []byte; this module turns them into
 * lower-case hex, which is how the local and remote tiers name objects.
 */

export type CacheProgCommand = 'get' | 'put' | 'close'

export const KNOWN_COMMANDS: readonly CacheProgCommand[] = ['get', 'put', 'close']

export interface CacheProgRequest {
  id: number
  command: string
  /** Hex, or undefined when the request has none (close). */
  actionId?: string
  outputId?: string
  bodySize: number
  /** The decoded body of a put (empty when BodySize is 0). */
  body?: Buffer
  /** Set when the message could not be read; id is -1 when not even its ID could. */
  error?: string
}

export interface CacheProgResponse {
  id: number
  err?: string
  knownCommands?: readonly string[]
  miss?: boolean
  outputId?: string
  size?: number
  /** Milliseconds since the epoch; sent as RFC 3339. */
  timeMs?: number
  diskPath?: string
}

/** A message cmd/go could not have sent: the stream is no longer trustworthy. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProtocolError'
  }
}

function hexField(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new ProtocolError(`${field} is not a base64 string`)
  return Buffer.from(value, 'base64').toString('hex')
}

/** One request line (without its body) as cmd/go writes it. */
export function parseRequestLine(line: string): Omit<CacheProgRequest, 'body'> {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    throw new ProtocolError(`not a JSON request: ${line.slice(0, 80)}`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ProtocolError('a request is not a JSON object')
  }
  const fields = raw as Record<string, unknown>
  const id = fields.ID ?? 0
  const bodySize = fields.BodySize ?? 0
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    throw new ProtocolError('request ID is not an integer')
  }
  if (typeof bodySize !== 'number' || !Number.isSafeInteger(bodySize) || bodySize < 0) {
    throw new ProtocolError(`request ${id}: BodySize is not a non-negative integer`)
  }
  if (typeof fields.Command !== 'string') throw new ProtocolError(`request ${id}: no Command`)
  return {
    id,
    command: fields.Command,
    actionId: hexField(fields.ActionID, 'ActionID'),
    outputId: hexField(fields.OutputID, 'OutputID'),
    bodySize
  }
}

/** The body line of a put: a JSON string of standard base64, exactly bodySize bytes once decoded. */
export function parseBodyLine(line: string, bodySize: number): Buffer {
  const text = line.trim()
  if (text.length < 2 || text[0] !== '"' || text[text.length - 1] !== '"') {
    throw new ProtocolError('a put body is not a JSON string')
  }
  const body = Buffer.from(text.slice(1, -1), 'base64')
  if (body.length !== bodySize) {
    throw new ProtocolError(`a put body has ${body.length} bytes, BodySize says ${bodySize}`)
  }
  return body
}

/** One response line as cmd/go's decoder reads it (json field names of cacheprog.Response). */
export function encodeResponse(response: CacheProgResponse): string {
  const out: Record<string, unknown> = { ID: response.id }
  if (response.err) out.Err = response.err
  if (response.knownCommands) out.KnownCommands = response.knownCommands
  if (response.miss) out.Miss = true
  if (response.outputId) out.OutputID = Buffer.from(response.outputId, 'hex').toString('base64')
  if (response.size) out.Size = response.size
  if (response.timeMs !== undefined) out.Time = new Date(response.timeMs).toISOString()
  if (response.diskPath) out.DiskPath = response.diskPath
  return JSON.stringify(out) + '\n'
}

/**
 * Splits the request stream into requests. Feed it chunks as they arrive; it
 * returns the requests completed so far and keeps no reference to a chunk
 * after push returns. Body lines of large puts span many chunks, so pending
 * chunks are joined only once their line is complete.
 */
export class RequestReader {
  private pending: Buffer[] = []
  private pendingLength = 0
  private awaitingBody: Omit<CacheProgRequest, 'body'> | undefined

  push(chunk: Buffer): CacheProgRequest[] {
    const requests: CacheProgRequest[] = []
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(10, start)
      if (newline < 0) break
      let line: Buffer
      if (this.pendingLength > 0) {
        this.pending.push(chunk.subarray(start, newline))
        line = Buffer.concat(this.pending)
        this.pending = []
        this.pendingLength = 0
      } else {
        line = chunk.subarray(start, newline)
      }
      start = newline + 1
      const request = this.takeLine(line)
      if (request) requests.push(request)
    }
    if (start < chunk.length) {
      // A copy: the caller may reuse `chunk` (the blocking read loop does).
      this.pending.push(Buffer.from(chunk.subarray(start)))
      this.pendingLength += chunk.length - start
    }
    return requests
  }

  /** True when the stream stopped inside a request (a put still waiting for its body). */
  get incomplete(): boolean {
    return this.awaitingBody !== undefined || this.pendingLength > 0
  }

  /** One line; a line that cannot be read becomes a request with `error`, never a throw. */
  private takeLine(line: Buffer): CacheProgRequest | undefined {
    if (this.awaitingBody) {
      // cmd/go ends the request with json.Encoder's newline and one more, so
      // a blank line comes between a put and its body.
      if (isBlank(line)) return undefined
      const header = this.awaitingBody
      this.awaitingBody = undefined
      try {
        return { ...header, body: parseBodyLine(line.toString('latin1'), header.bodySize) }
      } catch (error) {
        return { ...header, error: (error as Error).message }
      }
    }
    const text = line.toString('utf8').trim()
    if (text === '') return undefined
    let header: Omit<CacheProgRequest, 'body'>
    try {
      header = parseRequestLine(text)
    } catch (error) {
      return { id: -1, command: '', bodySize: 0, error: (error as Error).message }
    }
    if (header.command === 'put' && header.bodySize > 0) {
      this.awaitingBody = header
      return undefined
    }
    return header.command === 'put' ? { ...header, body: Buffer.alloc(0) } : header
  }
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) return false
  return true
}
