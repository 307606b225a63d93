/**
 * What the main step hands the post step. It can be large (the module set,
 * the list of restored GOCACHE entries), and STATE_* variables are limited to
 * 128 KiB each on Linux, so it goes into a file under RUNNER_TEMP and only the
 * file's path travels as state.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../io.js'
import { ConfigurationError } from '../errors.js'
import type { CacheKind, HitKind, KeyComponents, MissReason } from '../cache/index.js'
import type { CacheMode } from './inputs.js'

/** The reasons the action reports: the core's, plus three only the action can see. */
export type ActionReason =
  | MissReason
  /** The archive downloaded but could not be extracted; treated as a miss. */
  | 'archive-corrupt'
  /** The key could not be computed (an unparsable go.work, no Go for the build key). */
  | 'key-unavailable'
  /** This cache is not used (vendor mode for the module cache, GOCACHE=off). */
  | 'not-needed'

export interface RestoreRecord {
  kind: CacheKind
  needed: boolean
  /** '' when the key could not be computed. */
  key: string
  restoreKeys: string[]
  /** Exactly as given to the cache client. */
  paths: string[]
  /** The cache directory, absolute. */
  dir: string
  matchedKey?: string
  hitKind: HitKind
  reasons: ActionReason[]
  detail: string
  restoredBytes?: number
  seconds: number
  /** What the cache held after the restore: GOCACHE entry files, or GOMODCACHE versions in module-set notation. */
  baseline?: string[]
  /** GOCACHE entries were dated back to this time (ms); still dated so at save means unused. */
  untouchedBefore?: number
  /** The service failed for this cache (unreachable, timed out, denied). */
  serviceFailed?: boolean
}

export interface RunState {
  schema: 1
  mode: CacheMode
  createdAt: string
  components?: KeyComponents
  caches: RestoreRecord[]
}

export async function writeRunState(runnerTemp: string, state: RunState): Promise<string> {
  const file = path.join(
    runnerTemp,
    'go-ci-kit',
    `cache-state-${Date.now()}-${randomBytes(6).toString('hex')}.json`
  )
  await writeFileAtomic(file, JSON.stringify(state))
  return file
}

export async function readRunState(file: string): Promise<RunState> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `the state the main step left in ${file} cannot be read (${(error as Error).message})`,
      { fix: 'do not delete RUNNER_TEMP between the steps of a job' }
    )
  }
  const state = value as Partial<RunState>
  if (state?.schema !== 1 || !Array.isArray(state.caches) || typeof state.mode !== 'string') {
    throw new ConfigurationError(`${file} is not state written by this version of the action`, {
      fix: 'use the same version of the action for the whole job'
    })
  }
  return state as RunState
}
