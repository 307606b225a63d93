/**
 * GOCACHEPROG is generally available from Go 1.24 (an experiment behind
 * GOEXPERIMENT=cacheprog in 1.21–1.23, which we do not rely on).
 */
const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:[.a-z].*)?$/

/** True for Go 1.24 and later (`go1.24.3`, `1.26`, `go1.27rc1`, `go1.25-20250101-…`). */
export function cacheprogSupported(goVersion: string): boolean {
  const match = GO_VERSION.exec(goVersion.trim().split(/\s/)[0] ?? '')
  if (!match) return false
  const major = Number(match[1])
  const minor = Number(match[2])
  return major > 1 || (major === 1 && minor >= 24)
}
