/**
 * Package URLs for Go modules: `pkg:golang/<module path>@<version>`.
 *
 * The module path keeps its case. The purl golang type note asks for lowercase, but Go module
 * paths are case-sensitive (the proxy escapes capitals as `!x`), so `github.com/Sirupsen/logrus`
 * and `github.com/sirupsen/logrus` are different modules; govulncheck, syft and cyclonedx-gomod
 * all keep the case, and so do we (purl-spec issue #63 discusses the golang type's problems).
 * Each path segment and the version are percent-encoded except the purl's unreserved characters
 * (so `+incompatible` becomes `%2Bincompatible`).
 */

const UNRESERVED = /[A-Za-z0-9._~-]/

function encodeSegment(segment: string): string {
  let out = ''
  for (const char of segment) {
    if (UNRESERVED.test(char)) {
      out += char
    } else {
      for (const byte of Buffer.from(char, 'utf8')) {
        out += '%' + byte.toString(16).toUpperCase().padStart(2, '0')
      }
    }
  }
  return out
}

/** The purl of a module; a version of '' or `(devel)` (no release to name) is left out. */
export function goModulePurl(modulePath: string, version = ''): string {
  const encodedPath = modulePath.split('/').map(encodeSegment).join('/')
  const hasVersion = version !== '' && version !== DEVEL
  return `pkg:golang/${encodedPath}${hasVersion ? '@' + encodeSegment(version) : ''}`
}

/** What Go records as the version of a main module built from a work tree, or a local replace. */
export const DEVEL = '(devel)'
