/** The one state entry main hands post: the path of the state file under RUNNER_TEMP. */
export const STATE_FILE = 'state-file'

/**
 * One bundle serves two action.yml files: the flagship (root action.yml, named
 * `go-ci-kit` in its messages) and actions/cache-key-builder, whose tiny entry
 * stubs set their own name before loading the flagship's bundle. A global
 * symbol carries the name across the two bundles.
 */
const ACTION_NAME = Symbol.for('go-ci-kit.cache-action-name')

export const FLAGSHIP_ACTION_NAME = 'go-ci-kit'

export function setCacheActionName(name: string): void {
  ;(globalThis as Record<symbol, unknown>)[ACTION_NAME] = name
}

/** The name errors and warnings of this run are prefixed with. */
export function cacheActionName(): string {
  const name = (globalThis as Record<symbol, unknown>)[ACTION_NAME]
  return typeof name === 'string' ? name : FLAGSHIP_ACTION_NAME
}
