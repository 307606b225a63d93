import { describe, expect, it } from '@jest/globals'
import { stderrLogger, type CliIO } from '../../../src/cli/command.js'

function captureIO(env: NodeJS.ProcessEnv = {}): CliIO & { err: string[] } {
  const err: string[] = []
  return { err, stdout() {}, stderr: text => err.push(text), cwd: '/', env }
}

describe('stderrLogger', () => {
  it('writes every level to stderr, debug only under GO_CI_KIT_DEBUG (sarif, vuln)', () => {
    const quiet = captureIO()
    const log = stderrLogger(quiet)
    log.info('hello')
    log.warning('careful')
    log.debug('hidden')
    expect(quiet.err).toEqual(['hello\n', 'warning: careful\n'])

    const loud = captureIO({ GO_CI_KIT_DEBUG: '1' })
    stderrLogger(loud).debug('shown')
    expect(loud.err).toEqual(['debug: shown\n'])
  })

  it('starts each line with the prefix and shows debug when asked (key, explain, cache)', () => {
    const io = captureIO({ GO_CI_KIT_DEBUG: '1' })
    const quiet = stderrLogger(io, { prefix: 'go-ci-kit: ', debug: false })
    quiet.info('a')
    quiet.warning('b')
    quiet.debug('c')
    stderrLogger(io, { prefix: 'go-ci-kit: ', debug: true }).debug('d')
    expect(io.err).toEqual(['go-ci-kit: a\n', 'go-ci-kit: warning: b\n', 'go-ci-kit: debug: d\n'])
  })
})
