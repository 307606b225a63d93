// The one list of bundles: action.yml files and the tests refer to dist/<name>/index.js.
export const entries = {
  'cache-restore': 'src/actions/cache/restore.ts',
  'cache-save': 'src/actions/cache/save.ts',
  // actions/cache-key-builder: stubs that name the action, then load the two bundles above.
  'cache-key-builder-restore': 'src/actions/cache/key-builder-restore.ts',
  'cache-key-builder-save': 'src/actions/cache/key-builder-save.ts',
  'govulncheck-gate': 'src/actions/govulncheck-gate/main.ts',
  'sarif-upload': 'src/actions/sarif-upload/main.ts',
  'binary-fingerprint': 'src/actions/binary-fingerprint/main.ts',
  cli: 'src/cli/index.ts'
}
