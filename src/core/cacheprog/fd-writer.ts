/**
 * A byte-exact writer to a file descriptor for the GOCACHEPROG replies:
 * synchronous writes while the descriptor takes them (one system call per
 * reply, no stream machinery on the hot path), then, from the first EAGAIN on
 * (a full non-blocking pipe), the stream `fallback` returns, which queues, so
 * the order is kept.
 */
import { writeSync } from 'node:fs'

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code

export function fdWriter(
  fd: number,
  fallback: () => { write(data: string | Buffer): unknown }
): (text: string) => void {
  let stream: ReturnType<typeof fallback> | undefined
  return text => {
    if (stream) {
      stream.write(text)
      return
    }
    let rest: string | Buffer = text
    for (;;) {
      try {
        if (typeof rest === 'string') {
          const written = writeSync(fd, rest)
          if (written >= Buffer.byteLength(rest)) return
          rest = Buffer.from(rest).subarray(written)
        } else {
          rest = rest.subarray(writeSync(fd, rest))
          if (rest.length === 0) return
        }
      } catch (error) {
        const code = errorCode(error)
        if (code === 'EINTR') continue
        if (code !== 'EAGAIN') throw error
        stream = fallback()
        stream.write(rest)
        return
      }
    }
  }
}
