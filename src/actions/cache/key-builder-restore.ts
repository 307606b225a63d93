// Main step of actions/cache-key-builder: the flagship cache action's bundle
// under this action's name (see state-name.ts).
import { setCacheActionName } from './state-name.js'

setCacheActionName('cache-key-builder')
// Resolved at run time next to this bundle (dist/cache-key-builder-restore/), not bundled again.
const flagshipBundle = '../cache-restore/index.js'
await import(/* webpackIgnore: true */ flagshipBundle)
