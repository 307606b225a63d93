/**
 * Blocking reads of fd 0 and writes to fd 1, for the GOCACHEPROG hot path:
 * cmd/go waits for every reply, so a request costs one read and one write
 * system call here, with no process.stdin/stdout stream (whose set-up loads
 * the net and stream modules at every go command's start, and whose reads and
 * writes each take event-loop turns). Each falls back to the stream when the
 * descriptor cannot block (EAGAIN: a non-blocking pipe) or cannot be read.
 */
import { readSync } from 'node:fs'
import { fdWriter } from '../core/cacheprog/fd-writer.js'
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

/** Standard output as the replies' writer: blocking writes to fd 1, process.stdout after an EAGAIN. */
export function stdoutWriter(): (text: string) => void {
  return fdWriter(1, () => process.stdout)
}
