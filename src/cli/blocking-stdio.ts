/**
 * Blocking reads of fd 0 and writes to fd 1, for the GOCACHEPROG hot path:
 * cmd/go waits for every reply, so a request costs one read and one write
 * system call here, with no process.stdin/stdout stream (whose set-up loads
 * the net and stream modules at every go command's start, and whose reads and
 * writes each take event-loop turns). Each falls back to the stream when the
 * descriptor cannot block (EAGAIN: a non-blocking pipe) or cannot be read.
 */
import { readSync, writeSync } from 'node:fs'
import type { RequestSource } from '../core/cacheprog/index.js'

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code

/** Standard input as a RequestSource: blocking reads until they fail, then process.stdin. */
export function stdinRequestSource(): RequestSource {
  let blocking = true
  return {
    readSync(buffer) {
      while (blocking) {
        try {
          return readSync(0, buffer, 0, buffer.length, null)
        } catch (error) {
          const code = errorCode(error)
          if (code === 'EINTR') continue
          // Windows reports the writer's end of a pipe as an EOF error.
          if (code === 'EOF') return 0
          blocking = false
        }
      }
      return undefined
    },
    stream: () => process.stdin
  }
}

/**
 * A writer to standard output, byte-exact: blocking writes to fd 1 while it
 * takes them, process.stdout (which queues) from the first EAGAIN on, so the
 * order is kept.
 */
export function stdoutWriter(): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined
  return text => {
    if (stream) {
      stream.write(text)
      return
    }
    let rest: string | Buffer = text
    for (;;) {
      try {
        if (typeof rest === 'string') {
          const written = writeSync(1, rest)
          if (written >= Buffer.byteLength(rest)) return
          rest = Buffer.from(rest).subarray(written)
        } else {
          rest = rest.subarray(writeSync(1, rest))
          if (rest.length === 0) return
        }
      } catch (error) {
        const code = errorCode(error)
        if (code === 'EINTR') continue
        if (code !== 'EAGAIN') throw error
        stream = process.stdout
        stream.write(rest)
        return
      }
    }
  }
}
