/**
 * The go-ci-kit version, from package.json. The JSON import is resolved at bundle
 * time (ncc inlines it), so a bundle always reports the version it was built from
 * and no file is read at run time.
 */
import packageJson from '../../package.json' with { type: 'json' }

export const GO_CI_KIT_VERSION: string = packageJson.version

/** `go-ci-kit/<version> <component>`, the User-Agent for our requests to GitHub. */
export function userAgent(component: string): string {
  return `go-ci-kit/${GO_CI_KIT_VERSION} ${component}`
}
