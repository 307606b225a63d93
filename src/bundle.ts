/**
 * The entry of dist/'s one bundle (dist/shared/). Every action step and the
 * CLI is a lazy import here, so ncc splits each into chunks and writes the code
 * they share once; a step loads only the chunks it runs. dist/<name>/index.js
 * is a stub of two lines that calls `run('<name>')` (written by
 * scripts/bundle.mjs, one per name below); the action.yml files and the
 * package's bin point at those stubs.
 */
const steps: Record<string, () => Promise<unknown>> = {
  'cache-restore': () => import('./actions/cache/restore.js'),
  'cache-save': () => import('./actions/cache/save.js'),
  // actions/cache-key-builder: the cache steps under that action's name.
  'cache-key-builder-restore': () => import('./actions/cache/key-builder-restore.js'),
  'cache-key-builder-save': () => import('./actions/cache/key-builder-save.js'),
  'govulncheck-gate': () => import('./actions/govulncheck-gate/main.js'),
  'sarif-upload': () => import('./actions/sarif-upload/main.js'),
  'binary-fingerprint': () => import('./actions/binary-fingerprint/main.js'),
  'image-audit': () => import('./actions/image-audit/main.js'),
  // In this file's own chunk (evaluated only when run), so `go-ci-kit --help`
  // loads no chunk: the commands load their own lazily (src/cli/main.ts).
  cli: () => import(/* webpackMode: "eager" */ './cli/index.js')
}

/** The stubs scripts/bundle.mjs writes, one folder each under dist/. */
export const stepNames = Object.keys(steps)

/** Runs one step: loading its module runs it (each entry's body is a top-level await). */
export async function run(name: string): Promise<void> {
  const load = steps[name]
  if (!load) throw new Error(`dist/shared has no step "${name}"; known: ${stepNames.join(', ')}`)
  await load()
}
