/** Settings and checks the CLI needs before any remote code loads. */

/** Per remote request; past it the request is abandoned and the object counted a miss. */
export const DEFAULT_REMOTE_TIMEOUT_MS = 60_000

const KEY_PART = /^[A-Za-z0-9._+=,@-]*$/

/** A key or restore prefix is one path segment of plain characters. */
export function isValidKeyPart(text: string, allowEmpty = false): boolean {
  return (allowEmpty || text !== '') && text.length <= 400 && KEY_PART.test(text)
}
