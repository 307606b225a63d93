/**
 * The relay: what GOCACHEPROG runs when a cache server (attach-server.ts)
 * serves the job. cmd/go starts GOCACHEPROG once per go command and waits for
 * its first reply, so a Node start-up per go command (60 to 80 ms on a CI
 * machine) was most of cacheprog's cost on a warm build. The relay is a bash
 * script, which starts in a few milliseconds:
 *
 *   1. It keeps copies of its stdin and stdout at fds 4 and 5 (fds 0 and 1
 *      move while bash redirects a builtin's output; 4 and 5 never do).
 *   2. It connects to the server on loopback and sends `<pid> <token>`. The
 *      token is in this script only, which is 0700 in the runner's temp dir.
 *   3. The server opens /proc/<pid>/fd/4 and /proc/<pid>/fd/5 (cmd/go's two
 *      pipes) and answers `ok`; from then on it talks to cmd/go directly and
 *      no byte of the protocol passes through the relay.
 *   4. The relay closes its own copies of the pipes (so when the server closes
 *      its copies cmd/go sees the end of the stream) and copies the server's
 *      warning lines to the go command's stderr until the server hangs up.
 *
 * Whenever the server cannot take the go command (not running, stopped, no
 * /proc, refused), the relay runs the per-command program instead, with the
 * same local tier and remote: one Node start-up slower, never a failed build.
 */

/** The line the relay sends: its pid and the token. */
export const ATTACH_LINE_MAX_BYTES = 200

/** How long the relay waits for the server's answer before it runs the fallback. */
export const RELAY_ANSWER_TIMEOUT_SECONDS = 10

/** One word for bash, single-quoted (a ' inside becomes '\''). */
export function bashWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`
}

export interface RelayScriptOptions {
  port: number
  /** Hex; proves the relay was written by the server (see attach-server.ts). */
  token: string
  /** The per-command program, run when the server cannot serve: its fields. */
  fallback: readonly string[]
}

export function relayScript(options: RelayScriptOptions): string {
  const { port, token, fallback } = options
  if (!Number.isSafeInteger(port) || port <= 0 || port > 65535) {
    throw new RangeError(`relay: port ${port} is not a TCP port`)
  }
  if (!/^[0-9a-f]{16,128}$/.test(token)) throw new RangeError('relay: the token is not hex')
  if (fallback.length === 0) throw new RangeError('relay: no fallback program')
  const fallbackCommand = fallback.map(bashWord).join(' ')
  return `#!/usr/bin/env bash
# go-ci-kit cacheprog relay, written by \`go-ci-kit cacheprog server\`.
# It hands this go command's GOCACHEPROG pipes to the job's cache server
# (or runs ${bashWord(fallback[0] ?? '')} … when the server cannot take them).
# A server gone between connect and write is a failed write here, not a SIGPIPE: the fallback runs.
trap '' PIPE
if { exec 3<>/dev/tcp/127.0.0.1/${port}; } 2>/dev/null; then
  exec 4<&0 5>&1
  printf '%s %s\\n' "$$" '${token}' >&3
  if IFS= read -r -t ${RELAY_ANSWER_TIMEOUT_SECONDS} -u 3 answer && [ "$answer" = ok ]; then
    exec 0<&- 1>&- 4<&- 5>&-
    while IFS= read -r line <&3; do printf '%s\\n' "$line" >&2; done
    exit 0
  fi
  exec 3<&- 4<&- 5>&-
fi
exec ${fallbackCommand}
`
}

export type AttachRequest = { pid: number } | { refused: string }

/** The relay's line: `<pid> <token>`. Anything else, or another token, is refused. */
export function parseAttachLine(
  line: string,
  tokenMatches: (token: string) => boolean
): AttachRequest {
  const match = /^([1-9][0-9]{0,9}) ([0-9a-f]{16,128})$/.exec(line.trim())
  if (!match) return { refused: 'not a relay line' }
  if (!tokenMatches(match[2]!)) return { refused: 'wrong token' }
  const pid = Number(match[1])
  if (!Number.isSafeInteger(pid) || pid <= 1) return { refused: 'not a pid' }
  return { pid }
}
