/**
 * The job's cache server: one long-lived process that serves every go command
 * of the job through the relay (relay.ts), on Linux. Each go command costs a
 * bash start and a loopback connection instead of a Node start-up, and the
 * remote tier (its index, its open store) is loaded once per job instead of
 * once per go command.
 *
 * Each attached go command is served by serveCacheProg, exactly as the
 * per-command program serves it, and writes its own journal, so the figures
 * and the push see no difference.
 */
import { timingSafeEqual, randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import net from 'node:net'
import { fdWriter } from './fd-writer.js'
import { LocalTier, uniqueTempPath } from './local-tier.js'
import { ATTACH_LINE_MAX_BYTES, parseAttachLine, relayScript } from './relay.js'
import type { RemoteTierOptions } from './remote-tier.js'
import { serveCacheProg } from './server.js'

/** How long a connection may take to send its line. */
const ATTACH_LINE_TIMEOUT_MS = 5000

/**
 * A server no go command attached to for this long stops by itself (a runner
 * that never ran the post step must not keep it forever); later go commands
 * then run the per-command program.
 */
export const SERVER_IDLE_EXIT_MS = 2 * 3600_000

export interface CacheServerOptions {
  dir: string
  /** Where to write the relay script (0700); it appears only once the server listens. */
  relayScript: string
  /** The per-command program's fields, which the relay runs when the server cannot serve. */
  fallback: readonly string[]
  remote?: RemoteTierOptions
  /**
   * Fetch ahead, in the background, what the run that wrote the index read
   * (restore --prefetch), stopped with the server or after `prefetchDeadlineMs`.
   */
  prefetch?: boolean
  prefetchDeadlineMs?: number
  /** Stops the server: no new go command attaches; attached ones end after `graceMs`. */
  signal: AbortSignal
  graceMs?: number
  /** Stop after this long with no go command attached (default SERVER_IDLE_EXIT_MS). */
  idleExitMs?: number
  /** The server's own problems (a refused relay line); go commands' warnings go to their stderr. */
  log?: (message: string) => void
}

export interface CacheServerResult {
  /** Go commands served through the relay. */
  attached: number
  refused: number
}

/**
 * The relay's stdin and stdout copies, opened through /proc. The process must
 * be running this server's relay script (beside the token, so a line naming
 * another process's pid never reaches its descriptors), and both must be pipes.
 */
function openRelayPipes(pid: number, relay: string): { input: number; output: number } {
  const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  if (!commandLine.includes(relay)) throw new Error('the process is not running the relay')
  const opened: number[] = []
  try {
    const input = openSync(`/proc/${pid}/fd/4`, constants.O_RDONLY)
    opened.push(input)
    // Non-blocking: a go command that stops reading must not stall the others (fd-writer.ts).
    const output = openSync(`/proc/${pid}/fd/5`, constants.O_WRONLY | constants.O_NONBLOCK)
    opened.push(output)
    if (!fstatSync(input).isFIFO() || !fstatSync(output).isFIFO()) {
      throw new Error("the relay's stdin and stdout are not pipes")
    }
    return { input, output }
  } catch (error) {
    for (const fd of opened) closeSync(fd)
    throw error
  }
}

export async function runCacheServer(options: CacheServerOptions): Promise<CacheServerResult> {
  const token = randomBytes(24).toString('hex')
  const tokenBytes = Buffer.from(token)
  const tokenMatches = (candidate: string) => {
    const bytes = Buffer.from(candidate)
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes)
  }
  const result: CacheServerResult = { attached: 0, refused: 0 }
  const localTier = new LocalTier(options.dir, { remember: true })
  const remoteTier = options.remote
    ? new (await import('./remote-tier.js')).RemoteTier(options.dir, localTier, options.remote)
    : undefined
  const live = new Set<() => void>()

  const idle = new AbortController()
  let idleTimer: NodeJS.Timeout | undefined
  const stillBusy = () => {
    clearTimeout(idleTimer)
    // Idle means no go command attached now either: a long build is never cut off.
    idleTimer = setTimeout(
      () => (live.size > 0 ? stillBusy() : idle.abort()),
      options.idleExitMs ?? SERVER_IDLE_EXIT_MS
    )
    idleTimer.unref()
  }
  stillBusy()

  const serveOne = (control: net.Socket, pid: number) => {
    stillBusy()
    let pipes: { input: number; output: number }
    try {
      pipes = openRelayPipes(pid, options.relayScript)
    } catch (error) {
      result.refused++
      options.log?.(`cannot attach go command ${pid}: ${(error as Error).message}`)
      control.end('no\n')
      return
    }
    const input = new net.Socket({ fd: pipes.input, readable: true, writable: false })
    input.on('error', () => undefined)
    // Replies are written synchronously until the pipe is full, then queued on a stream.
    let outputStream: net.Socket | undefined
    const openOutputStream = () => {
      outputStream = new net.Socket({ fd: pipes.output, readable: false, writable: true })
      outputStream.on('error', () => undefined)
      return outputStream
    }
    const writeReply = fdWriter(pipes.output, openOutputStream)
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      live.delete(end)
      input.destroy()
      if (outputStream) outputStream.end()
      else closeSync(pipes.output)
      control.end()
    }
    live.add(end)
    control.write('ok\n')
    result.attached++
    serveCacheProg({
      dir: options.dir,
      input,
      write: text => {
        try {
          writeReply(text)
        } catch {
          // EPIPE: the go command is gone; its journal is still written.
        }
      },
      // One line on the go command's stderr, through the relay.
      warn: message => void control.write(message.replace(/[\r\n]+/g, ' ') + '\n'),
      localTier,
      ...(remoteTier ? { remoteTier } : {})
    })
      .catch(error => options.log?.(`go command ${pid}: ${(error as Error).message}`))
      .finally(end)
  }

  const server = net.createServer(control => {
    control.on('error', () => undefined)
    control.setTimeout(ATTACH_LINE_TIMEOUT_MS, () => control.destroy())
    let line = ''
    const onData = (chunk: Buffer) => {
      line += chunk.toString('latin1')
      const newline = line.indexOf('\n')
      if (newline < 0 && line.length <= ATTACH_LINE_MAX_BYTES) return
      control.off('data', onData)
      control.setTimeout(0)
      const request =
        newline < 0
          ? { refused: 'line too long' }
          : parseAttachLine(line.slice(0, newline), tokenMatches)
      if ('refused' in request) {
        result.refused++
        options.log?.(`refused a connection: ${request.refused}`)
        control.end('no\n')
        return
      }
      serveOne(control, request.pid)
    }
    control.on('data', onData)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as net.AddressInfo).port
  const temp = uniqueTempPath(options.relayScript)
  try {
    writeFileSync(temp, relayScript({ port, token, fallback: options.fallback }), { mode: 0o700 })
    renameSync(temp, options.relayScript)
  } catch (error) {
    rmSync(temp, { force: true })
    server.close()
    throw error
  }

  const stopped = new AbortController()
  if (options.prefetch && remoteTier) {
    const deadline = AbortSignal.timeout(options.prefetchDeadlineMs ?? 600_000)
    void remoteTier.prefetch(AbortSignal.any([stopped.signal, deadline]))
  }

  await new Promise<void>(resolve => {
    const stop = () => {
      stopped.abort()
      // The relay script stays, pointing at a closed port: a later go command runs the fallback.
      clearTimeout(idleTimer)
      server.close(() => resolve())
      const grace = setTimeout(() => {
        for (const end of [...live]) end()
      }, options.graceMs ?? 1000)
      grace.unref()
    }
    const stopSignal = AbortSignal.any([options.signal, idle.signal])
    if (stopSignal.aborted) stop()
    else stopSignal.addEventListener('abort', stop, { once: true })
  })
  return result
}
