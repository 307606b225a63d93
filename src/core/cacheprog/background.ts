/**
 * The background prefetch (`cacheprog restore --prefetch`, started detached by
 * the cache action's main step) as a process the post step can stop.
 *
 * The main step records the child's pid and a pid file whose path is unique
 * to this job (the start token). The child writes its pid into that file when
 * it starts and removes it when it exits. The post step stops the child only
 * when the pid is still that child: on Linux its /proc command line names the
 * pid file; elsewhere the pid file still holds the pid. A pid the system has
 * since given to another process is never signalled.
 *
 * Stopping: SIGTERM (the child aborts its requests, writes its figures and
 * exits), then SIGKILL after a short grace. Every local-tier write is a temp
 * file renamed into place, named with the writer's pid, so a killed child can
 * leave only its own `*.<pid>-*.tmp` files, which are removed here.
 */
import { readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the main step leaves the post step about the background prefetch. */
export interface BackgroundProcess {
  pid: number
  /** Unique per start; the child's command line names it (the start token). */
  pidFile: string
}

/** How the post step sees processes; the real one reads /proc where there is one. */
export interface ProcessProbe {
  /** The command line, NUL-separated; undefined when the system has no /proc. */
  commandLine(pid: number): string | undefined
  /** Running (not gone, not a zombie). */
  alive(pid: number): boolean
  readPidFile(file: string): string | undefined
  signal(pid: number, signal: 'SIGTERM' | 'SIGKILL'): void
  sleep(ms: number): Promise<void>
}

export type StopOutcome = 'not-running' | 'stopped' | 'killed'

/** The grace between SIGTERM and SIGKILL, and how often the post step looks. */
export const STOP_GRACE_MS = 3000
const POLL_MS = 50

/** Whether `process` is still the prefetch the main step started (never a recycled pid). */
export function isOurProcess(background: BackgroundProcess, probe: ProcessProbe): boolean {
  // The state file is data: anything but a plain pid and path signals nothing.
  if (!Number.isSafeInteger(background.pid) || background.pid <= 1) return false
  if (typeof background.pidFile !== 'string' || background.pidFile === '') return false
  if (!probe.alive(background.pid)) return false
  const commandLine = probe.commandLine(background.pid)
  if (commandLine !== undefined) return commandLine.split('\0').includes(background.pidFile)
  return probe.readPidFile(background.pidFile)?.trim() === String(background.pid)
}

/**
 * Stops the background prefetch if it still runs: SIGTERM, then SIGKILL once
 * `graceMs` passed. Never throws; removes the pid file.
 */
export async function stopBackground(
  background: BackgroundProcess,
  probe: ProcessProbe,
  graceMs = STOP_GRACE_MS
): Promise<StopOutcome> {
  let outcome: StopOutcome = 'not-running'
  try {
    if (isOurProcess(background, probe)) {
      probe.signal(background.pid, 'SIGTERM')
      outcome = 'stopped'
      for (let waited = 0; probe.alive(background.pid); waited += POLL_MS) {
        if (waited >= graceMs) {
          probe.signal(background.pid, 'SIGKILL')
          outcome = 'killed'
          // SIGKILL cannot be caught; wait (bounded) for the kernel to take it down.
          for (let after = 0; probe.alive(background.pid) && after < graceMs; after += POLL_MS) {
            await probe.sleep(POLL_MS)
          }
          break
        }
        await probe.sleep(POLL_MS)
      }
    }
  } catch {
    // Gone between the checks (ESRCH) or not ours to signal (EPERM): nothing left to stop.
  }
  if (typeof background.pidFile === 'string' && background.pidFile.endsWith('.pid')) {
    rmSync(background.pidFile, { force: true })
  }
  return outcome
}

/** Removes the temp files a killed writer (pid) left under dir; returns how many. */
export function removeTempFilesOf(dir: string, pid: number): number {
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true }) as string[]
  } catch {
    return 0
  }
  const leftBy = new RegExp(`\\.${pid}-[0-9a-z]+-[0-9a-z]+\\.tmp$`)
  let removed = 0
  for (const name of names) {
    if (!leftBy.test(name)) continue
    rmSync(path.join(dir, name), { force: true })
    removed++
  }
  return removed
}

/** The probe of this system: /proc on Linux, signal 0 elsewhere. */
export const systemProbe: ProcessProbe = {
  commandLine(pid) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      // No /proc at all (macOS, Windows): the pid file decides. A gone pid: not ours.
      return procAvailable() ? '' : undefined
    }
  },
  alive(pid) {
    if (procAvailable()) {
      try {
        return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
      } catch {
        return false
      }
    }
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM'
    }
  },
  readPidFile(file) {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
  },
  signal(pid, signal) {
    process.kill(pid, signal)
  },
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

function procAvailable(): boolean {
  try {
    readFileSync('/proc/self/stat')
    return true
  } catch {
    return false
  }
}

/**
 * The child's side: write the pid file now, remove it at exit (only while it
 * still holds this pid), and turn SIGTERM into an abort of `controller` with a
 * forced exit once `exitAfterMs` passed (the requests in flight get that long
 * to settle and the figures to be written).
 */
export function runAsBackground(
  pidFile: string,
  controller: AbortController,
  exitAfterMs = 1000
): void {
  writeFileSync(pidFile, `${process.pid}\n`)
  process.on('exit', () => {
    try {
      if (readFileSync(pidFile, 'utf8').trim() === String(process.pid)) unlinkSync(pidFile)
    } catch {
      // Already removed (by the post step).
    }
  })
  process.once('SIGTERM', () => {
    controller.abort(new Error('stopped by the post step'))
    setTimeout(() => process.exit(143), exitAfterMs).unref()
  })
}
