/**
 * What the main step hands the post step. It can be large (the module set,
 * the list of restored GOCACHE entries), and STATE_* variables are limited to
 * 128 KiB each on Linux, so it goes into a file under RUNNER_TEMP and only the
 * file's path travels as state.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../../io.js'
import { ConfigurationError } from '../../errors.js'
import type { KeyComponents, RestoreRecord } from '../index.js'
import type { CacheMode } from './inputs.js'
import type { LayerState } from './mod-layers.js'
import type { CacheProgRun } from './cacheprog.js'

export interface RunState {
  schema: 1
  mode: CacheMode
  createdAt: string
  components?: KeyComponents
  /** GOWORK and GOROOT the keys were made with (`go env`), so the save reads the same go.work. */
  workspace?: { gowork?: string; goroot?: string }
  caches: RestoreRecord[]
  /** The module cache in layered mode: its layer family and the layers the restore brought back. */
  modLayers?: LayerState
  /** The build cache runs in cacheprog mode (Go 1.24+): what the post step pushes. */
  cacheprog?: CacheProgRun
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
