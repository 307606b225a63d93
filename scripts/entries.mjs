// The one list of bundles: action.yml files and the tests refer to dist/<name>/index.js.
export const entries = {
  'cache-restore': 'src/actions/cache/restore.ts',
  'cache-save': 'src/actions/cache/save.ts',
  'govulncheck-gate': 'src/actions/govulncheck-gate/main.ts',
  'sarif-upload': 'src/actions/sarif-upload/main.ts',
  'binary-fingerprint': 'src/actions/binary-fingerprint/main.ts',
  cli: 'src/cli/index.ts'
}
