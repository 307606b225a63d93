/**
 * The Distribution API's auth: `WWW-Authenticate` challenges (RFC 7235), the bearer token
 * dance (an anonymous token, or one got with basic credentials) and secrets kept out of text.
 */

export interface AuthChallenge {
  /** Lower-cased: 'bearer', 'basic', … */
  scheme: string
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>
}

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/

/**
 * Parses a `WWW-Authenticate` value into its challenges, e.g.
 * `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"`.
 * Unparseable text yields the challenges read up to it.
 */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = []
  let i = 0
  const skipSpace = (): void => {
    while (i < header.length && (header[i] === ' ' || header[i] === '\t')) i++
  }
  const readToken = (): string => {
    const start = i
    while (i < header.length && TOKEN_CHAR.test(header[i] as string)) i++
    return header.slice(start, i)
  }
  const readQuoted = (): string | undefined => {
    i++ // the opening quote
    let value = ''
    while (i < header.length) {
      const char = header[i] as string
      if (char === '\\' && i + 1 < header.length) {
        value += header[i + 1]
        i += 2
      } else if (char === '"') {
        i++
        return value
      } else {
        value += char
        i++
      }
    }
    return undefined
  }
  while (i < header.length) {
    skipSpace()
    while (header[i] === ',') {
      i++
      skipSpace()
    }
    const scheme = readToken()
    if (scheme === '') break
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} }
    challenges.push(challenge)
    skipSpace()
    // Parameters: name=value pairs separated by commas, until the next scheme token.
    for (;;) {
      const mark = i
      skipSpace()
      const name = readToken()
      skipSpace()
      if (name === '' || header[i] !== '=') {
        i = mark
        break
      }
      i++
      skipSpace()
      let value: string | undefined
      if (header[i] === '"') value = readQuoted()
      else value = readToken()
      if (value === undefined) return challenges
      challenge.params[name.toLowerCase()] = value
      skipSpace()
      if (header[i] === ',') i++
      else break
    }
  }
  return challenges
}

/** Replaces every secret in `text` by `***` (a token must never reach a log or a message). */
export function maskSecrets(text: string, secrets: (string | undefined)[]): string {
  let masked = text
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) masked = masked.split(secret).join('***')
  }
  return masked
}
