/**
 * Turning restore and save records into what the user sees: step outputs,
 * notice and warning annotations, and the job summary tables. (The
 * OpenMetrics file is metrics.ts; the records are records.ts.)
 */
import type { Annotation, OutputValue } from '../report.js'
import type { CacheKind, HitKind, KeyComponents } from './types.js'
import type { ActionReason, RestoreRecord, SaveRecord } from './records.js'
import { cell, codeCell } from '../markdown.js'
import type { CacheProgFigures } from '../cacheprog/index.js'
import { formatBytes } from '../units.js'

export { formatBytes }

export const CACHE_LABEL: Record<CacheKind, string> = {
  mod: 'module cache',
  build: 'build cache'
}

const SEVERITY: Record<HitKind, number> = { miss: 0, partial: 1, exact: 2 }

/** Reasons that mean the service, the archive or the inputs failed, not that the cache was cold. */
const TROUBLE: ReadonlySet<ActionReason> = new Set([
  'cache-unavailable',
  'archive-corrupt',
  'key-unavailable'
])

export function isTrouble(record: Pick<RestoreRecord, 'reasons'>): boolean {
  return record.reasons.some(reason => TROUBLE.has(reason))
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/** The step outputs: per cache (`mod-*`, `build-*`) and for the run as a whole. */
export function restoreOutputs(
  records: RestoreRecord[],
  components: KeyComponents | undefined
): Record<string, OutputValue> {
  const outputs: Record<string, OutputValue> = {}
  for (const record of records) {
    const prefix = record.kind
    outputs[`${prefix}-cache-hit`] = record.hitKind === 'exact'
    outputs[`${prefix}-hit-kind`] = record.hitKind
    outputs[`${prefix}-miss-reason`] = record.reasons.join(',')
    outputs[`${prefix}-miss-detail`] = record.hitKind === 'exact' ? '' : record.detail
    outputs[`${prefix}-key`] = record.key
    outputs[`${prefix}-matched-key`] = record.matchedKey ?? ''
    outputs[`${prefix}-restore-keys`] = record.restoreKeys.join('\n')
    outputs[`${prefix}-needed`] = record.needed
    outputs[`${prefix}-path`] = record.dir
  }
  const used = records.filter(record => record.needed)
  const considered = used.length > 0 ? used : records
  const worst = considered.reduce<HitKind | undefined>(
    (kind, record) =>
      kind === undefined || SEVERITY[record.hitKind] < SEVERITY[kind] ? record.hitKind : kind,
    undefined
  )
  outputs['cache-hit'] = used.length > 0 && used.every(record => record.hitKind === 'exact')
  outputs['hit-kind'] = worst ?? 'miss'
  outputs['miss-reason'] = unique(considered.flatMap(record => record.reasons)).join(',')
  outputs['miss-detail'] = considered
    .filter(record => record.hitKind !== 'exact' && record.detail)
    .map(record => `${CACHE_LABEL[record.kind]}: ${record.detail}`)
    .join('; ')
  outputs.key = records.map(record => record.key).join('\n')
  outputs['matched-key'] = records.map(record => record.matchedKey ?? '').join('\n')
  outputs['restore-keys'] = records.flatMap(record => record.restoreKeys).join('\n')
  outputs.components = components ? JSON.stringify(components) : ''
  return outputs
}

/** A notice for every restore that was not exact; a warning when the service, archive or inputs failed. */
export function restoreAnnotations(records: RestoreRecord[]): Annotation[] {
  const annotations: Annotation[] = []
  for (const record of records) {
    if (!record.needed || record.hitKind === 'exact') continue
    const label = CACHE_LABEL[record.kind]
    const reasons = record.reasons.join(', ')
    const from =
      record.hitKind === 'partial' && record.matchedKey ? ` (restored ${record.matchedKey})` : ''
    annotations.push({
      level: isTrouble(record) ? 'warning' : 'notice',
      title: `Go ${label}: ${record.hitKind}${reasons ? ` (${reasons})` : ''}`,
      message: `${record.detail}${from}`
    })
  }
  return annotations
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`
}

function code(text: string): string {
  return text ? codeCell(text) : '—'
}

function hitCell(record: RestoreRecord, mode: string): string {
  if (!record.needed) return 'not needed'
  if (mode === 'save-only') return 'not restored'
  return mode === 'lookup-only' ? `${record.hitKind} (lookup)` : record.hitKind
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function details(records: RestoreRecord[]): string[] {
  return records
    .filter(record => record.hitKind !== 'exact' && record.detail)
    .map(record => {
      const from =
        record.matchedKey && record.hitKind === 'partial'
          ? ` Restored ${code(record.matchedKey)}.`
          : ''
      return `- **${CACHE_LABEL[record.kind]}**: ${sentence(record.detail)}${from}`
    })
}

/** The main step's summary: what was restored and why. */
export function restoreSummary(records: RestoreRecord[], mode: string): string {
  const lines = [
    '### Go caches: restore',
    '',
    '| Cache | Key | Hit | Reason | Restored | Time |',
    '|---|---|---|---|---|---|'
  ]
  for (const record of records) {
    lines.push(
      `| ${CACHE_LABEL[record.kind]} | ${code(record.key)} | ${hitCell(record, mode)} | ${cell(record.reasons.join(', ') || '—')} | ${formatBytes(record.restoredBytes)} | ${formatSeconds(record.seconds)} |`
    )
  }
  const notes = details(records)
  return [...lines, ...(notes.length ? ['', ...notes] : []), ''].join('\n')
}

function savedCell(save: SaveRecord | undefined): string {
  if (!save) return '—'
  if (save.saved) {
    const extras = [
      save.trimmedEntries
        ? `trimmed ${save.trimmedEntries} unused ${save.trimmedEntries === 1 ? 'entry' : 'entries'}`
        : '',
      save.prunedVersions
        ? `pruned ${save.prunedVersions} module ${save.prunedVersions === 1 ? 'version' : 'versions'}`
        : ''
    ].filter(Boolean)
    return `${formatBytes(save.savedBytes)}${extras.length ? ` (${extras.join(', ')})` : ''}`
  }
  return `skipped: ${save.reason ?? 'not saved'}`
}

/** The job's build-cache figures in cacheprog mode: what the go commands asked and what moved. */
export function buildCacheFiguresSummary(figures: CacheProgFigures): string[] {
  return [
    '',
    '#### Build cache (cacheprog)',
    '',
    '| Objects requested | Hit locally | Hit remotely | Missed | Downloaded | Uploaded | Packs fetched |',
    '|---|---|---|---|---|---|---|',
    `| ${figures.objectsRequested} | ${figures.hitLocal} | ${figures.hitRemote} | ${figures.missed} | ${formatBytes(figures.bytesDownloaded)} | ${formatBytes(figures.bytesUploaded)} | ${figures.packsFetched} |`
  ]
}

/** The post step's summary: one row per cache with the restore and the save. */
export function finalSummary(
  records: RestoreRecord[],
  saves: SaveRecord[],
  mode: string,
  buildCacheFigures?: CacheProgFigures
): string {
  const lines = [
    '### Go caches',
    '',
    '| Cache | Key | Hit | Reason | Restored | Saved | Time |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const record of records) {
    const save = saves.find(candidate => candidate.kind === record.kind)
    const time = record.seconds + (save?.seconds ?? 0)
    lines.push(
      `| ${CACHE_LABEL[record.kind]} | ${code(record.key)} | ${hitCell(record, mode)} | ${cell(record.reasons.join(', ') || '—')} | ${formatBytes(record.restoredBytes)} | ${cell(savedCell(save))} | ${formatSeconds(time)} |`
    )
  }
  const notes = [
    ...details(records),
    ...saves
      .filter(save => !save.saved && save.detail)
      .map(save => `- **${CACHE_LABEL[save.kind]}** not saved: ${sentence(save.detail)}`)
  ]
  return [
    ...lines,
    ...(notes.length ? ['', ...notes] : []),
    ...(buildCacheFigures ? buildCacheFiguresSummary(buildCacheFigures) : []),
    ''
  ].join('\n')
}
