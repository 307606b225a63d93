/**
 * The background prefetch as a process the post step stops: which pid is
 * still ours (never a recycled one), SIGTERM then SIGKILL, and the temp files
 * a killed writer leaves.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  isOurProcess,
  removeTempFilesOf,
  stopBackground,
  type BackgroundProcess,
  type ProcessProbe
} from '../../../src/core/cacheprog/background.js'
import { uniqueTempPath } from '../../../src/core/cacheprog/local-tier.js'

interface FakeProcess {
  commandLine?: string
  alive: boolean
  /** Ignores SIGTERM (a request stuck in a system call). */
  ignoresTerm?: boolean
}

/** A process table in memory; `proc: false` is a system without /proc (the pid file decides). */
function fakeProbe(
  processes: Map<number, FakeProcess>,
  options: { proc: boolean; pidFiles?: Map<string, string> }
) {
  const signals: string[] = []
  const probe: ProcessProbe = {
    commandLine: pid => (options.proc ? (processes.get(pid)?.commandLine ?? '') : undefined),
    alive: pid => processes.get(pid)?.alive ?? false,
    readPidFile: file => options.pidFiles?.get(file),
    signal(pid, signal) {
      signals.push(`${signal} ${pid}`)
      const found = processes.get(pid)
      if (!found?.alive) throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' })
      if (signal === 'SIGKILL' || !found.ignoresTerm) found.alive = false
    },
    sleep: async () => undefined
  }
  return { probe, signals }
}

let scratch: string
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'background-'))
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

const commandLineOf = (pidFile: string) =>
  ['node', 'cli.js', 'cacheprog', 'restore', '--prefetch', '--pid-file', pidFile, ''].join('\0')

describe('isOurProcess', () => {
  const background: BackgroundProcess = { pid: 4242, pidFile: '/tmp/rt/cacheprog-prefetch-ab.pid' }

  it('with /proc: ours only while its command line names the pid file', () => {
    const ours = fakeProbe(
      new Map([[4242, { alive: true, commandLine: commandLineOf(background.pidFile) }]]),
      { proc: true }
    )
    expect(isOurProcess(background, ours.probe)).toBe(true)
    // The pid went to another process (recycled): never ours, even if it is another prefetch.
    const recycled = fakeProbe(
      new Map([
        [4242, { alive: true, commandLine: commandLineOf('/tmp/rt/cacheprog-prefetch-cd.pid') }]
      ]),
      { proc: true }
    )
    expect(isOurProcess(background, recycled.probe)).toBe(false)
    const zombie = fakeProbe(
      new Map([[4242, { alive: false, commandLine: commandLineOf(background.pidFile) }]]),
      { proc: true }
    )
    expect(isOurProcess(background, zombie.probe)).toBe(false)
  })

  it('without /proc: ours only while the pid file holds the pid', () => {
    const processes = new Map([[4242, { alive: true }]])
    const holding = fakeProbe(processes, {
      proc: false,
      pidFiles: new Map([[background.pidFile, '4242\n']])
    })
    expect(isOurProcess(background, holding.probe)).toBe(true)
    // The child removed its pid file when it exited; the pid now belongs to someone else.
    expect(isOurProcess(background, fakeProbe(processes, { proc: false }).probe)).toBe(false)
    const other = fakeProbe(processes, {
      proc: false,
      pidFiles: new Map([[background.pidFile, '77\n']])
    })
    expect(isOurProcess(background, other.probe)).toBe(false)
  })

  it('state that is not a plain pid and path is never signalled', () => {
    const everyone = fakeProbe(new Map([[1, { alive: true, commandLine: '' }]]), { proc: true })
    for (const pid of [0, 1, -1, 1.5, Number.NaN]) {
      expect(isOurProcess({ pid, pidFile: '' }, everyone.probe)).toBe(false)
    }
    const bad = { pid: 4242, pidFile: 7 } as unknown as BackgroundProcess
    expect(isOurProcess(bad, everyone.probe)).toBe(false)
  })
})

describe('stopBackground', () => {
  it('a prefetch that obeys SIGTERM is stopped, and its pid file removed', async () => {
    const pidFile = path.join(scratch, 'cacheprog-prefetch-1.pid')
    writeFileSync(pidFile, '4242\n')
    const processes = new Map([[4242, { alive: true, commandLine: commandLineOf(pidFile) }]])
    const { probe, signals } = fakeProbe(processes, { proc: true })
    expect(await stopBackground({ pid: 4242, pidFile }, probe)).toBe('stopped')
    expect(signals).toEqual(['SIGTERM 4242'])
    expect(existsSync(pidFile)).toBe(false)
  })

  it('a prefetch that ignores SIGTERM is killed after the grace', async () => {
    const pidFile = path.join(scratch, 'cacheprog-prefetch-2.pid')
    const processes = new Map([
      [4242, { alive: true, ignoresTerm: true, commandLine: commandLineOf(pidFile) }]
    ])
    const { probe, signals } = fakeProbe(processes, { proc: true })
    expect(await stopBackground({ pid: 4242, pidFile }, probe, 200)).toBe('killed')
    expect(signals).toEqual(['SIGTERM 4242', 'SIGKILL 4242'])
    expect(processes.get(4242)!.alive).toBe(false)
  })

  it('a finished prefetch, or a recycled pid, gets no signal', async () => {
    const pidFile = path.join(scratch, 'cacheprog-prefetch-3.pid')
    const finished = fakeProbe(new Map(), { proc: true })
    expect(await stopBackground({ pid: 4242, pidFile }, finished.probe)).toBe('not-running')
    const stranger = fakeProbe(new Map([[4242, { alive: true, commandLine: 'sshd\0' }]]), {
      proc: true
    })
    expect(await stopBackground({ pid: 4242, pidFile }, stranger.probe)).toBe('not-running')
    expect([...finished.signals, ...stranger.signals]).toEqual([])
  })

  it('a process that exits between the check and the signal: no throw', async () => {
    const pidFile = path.join(scratch, 'cacheprog-prefetch-4.pid')
    const probe: ProcessProbe = {
      commandLine: () => commandLineOf(pidFile),
      alive: () => true,
      readPidFile: () => undefined,
      signal() {
        throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' })
      },
      sleep: async () => undefined
    }
    await expect(stopBackground({ pid: 4242, pidFile }, probe)).resolves.toBe('not-running')
  })
})

describe('removeTempFilesOf', () => {
  it("removes only the killed writer's temp files", () => {
    const shard = path.join(scratch, 'o', 'ab')
    mkdirSync(shard, { recursive: true })
    const object = path.join(shard, 'ab'.padEnd(64, '0'))
    writeFileSync(object, 'whole')
    const killed = uniqueTempPath(object).replace(`.${process.pid}-`, '.4242-')
    const other = uniqueTempPath(object).replace(`.${process.pid}-`, '.42421-')
    writeFileSync(killed, 'half')
    writeFileSync(other, 'in flight')
    expect(removeTempFilesOf(scratch, 4242)).toBe(1)
    expect([existsSync(object), existsSync(killed), existsSync(other)]).toEqual([true, false, true])
    expect(removeTempFilesOf(path.join(scratch, 'absent'), 4242)).toBe(0)
  })
})
