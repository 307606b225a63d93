// Post step of actions/cache-key-builder: the flagship cache action's save
// step under this action's name (see state-name.ts).
import { setCacheActionName } from './state-name.js'

setCacheActionName('cache-key-builder')
// Loaded after the name is set (a static import would run first).
await import('./save.js')
