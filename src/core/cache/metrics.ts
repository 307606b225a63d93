/**
 * The `metrics-file`: OpenMetrics text (https://openmetrics.io), ready for a
 * Prometheus Pushgateway or to keep as an artifact. The main step writes the
 * restore samples; the post step rewrites the file with restore and save.
 *
 *   go_ci_kit_cache_restore_total{cache,hit_kind,reason}   counter, 1 per cache
 *   go_ci_kit_cache_restore_seconds{cache}                  gauge
 *   go_ci_kit_cache_restore_bytes{cache}                    gauge (archive size)
 *   go_ci_kit_cache_save_total{cache,outcome,reason}        counter, 1 per cache
 *   go_ci_kit_cache_save_seconds{cache}                     gauge
 *   go_ci_kit_cache_save_bytes{cache}                       gauge (archive size)
 *   go_ci_kit_cache_trimmed_entries{cache}                  gauge (GOCACHE files removed before saving)
 *   go_ci_kit_cache_pruned_versions{cache}                  gauge (module versions removed before saving)
 *
 * In cacheprog mode (Go 1.24+), the post step adds the job's build-cache figures:
 *
 *   go_ci_kit_build_cache_objects{result}    gauge: requested, hit-local, hit-remote, missed,
 *                                            stored, uploaded, prefetched
 *   go_ci_kit_build_cache_bytes{direction}   gauge: downloaded, uploaded, read (objects the
 *                                            build read, local or remote hits)
 *   go_ci_kit_build_cache_packs_fetched      gauge
 *   go_ci_kit_build_cache_remote_errors      gauge (remote problems that became misses)
 *
 * `reason` is the first reason (`none` for an exact hit or a save), so that
 * summing a counter over reasons counts each restore once.
 */
import type { RestoreRecord, SaveRecord } from './records.js'
import type { CacheProgFigures } from '../cacheprog/index.js'

type Labels = Record<string, string>

interface Family {
  name: string
  type: 'counter' | 'gauge'
  unit?: string
  help: string
  samples: { labels: Labels; value: number }[]
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Math.round(value * 1000) / 1000)
}

function renderFamily(family: Family): string[] {
  if (family.samples.length === 0) return []
  const lines = [`# TYPE ${family.name} ${family.type}`]
  if (family.unit) lines.push(`# UNIT ${family.name} ${family.unit}`)
  lines.push(`# HELP ${family.name} ${family.help}`)
  const sampleName = family.type === 'counter' ? `${family.name}_total` : family.name
  for (const sample of family.samples) {
    const labels = Object.entries(sample.labels)
      .map(([name, value]) => `${name}="${escapeLabel(value)}"`)
      .join(',')
    lines.push(`${sampleName}${labels ? `{${labels}}` : ''} ${formatValue(sample.value)}`)
  }
  return lines
}

/** The build-cache figures of a cacheprog job, as metric families (none without figures). */
function buildCacheFamilies(figures: CacheProgFigures | undefined): Family[] {
  if (!figures) return []
  const objects: [string, number][] = [
    ['requested', figures.objectsRequested],
    ['hit-local', figures.hitLocal],
    ['hit-remote', figures.hitRemote],
    ['missed', figures.missed],
    ['stored', figures.objectsStored],
    ['uploaded', figures.objectsUploaded],
    ['prefetched', figures.objectsPrefetched]
  ]
  return [
    {
      name: 'go_ci_kit_build_cache_objects',
      type: 'gauge',
      help: 'Build cache objects this job requested, found locally or remotely, missed, stored, uploaded and prefetched (cacheprog mode).',
      samples: objects.map(([result, value]) => ({ labels: { result }, value }))
    },
    {
      name: 'go_ci_kit_build_cache_bytes',
      type: 'gauge',
      unit: 'bytes',
      help: 'Build cache bytes this job downloaded from and uploaded to the remote tier, and the bytes of the objects its builds read (cacheprog mode).',
      samples: [
        { labels: { direction: 'downloaded' }, value: figures.bytesDownloaded },
        { labels: { direction: 'uploaded' }, value: figures.bytesUploaded },
        { labels: { direction: 'read' }, value: figures.bytesRead }
      ]
    },
    {
      name: 'go_ci_kit_build_cache_packs_fetched',
      type: 'gauge',
      help: 'Remote packs this job read objects from (cacheprog mode).',
      samples: [{ labels: {}, value: figures.packsFetched }]
    },
    {
      name: 'go_ci_kit_build_cache_remote_errors',
      type: 'gauge',
      help: 'Remote errors and corrupt objects that became misses (cacheprog mode).',
      samples: [{ labels: {}, value: figures.remoteErrors }]
    }
  ]
}

export function renderMetrics(
  restores: RestoreRecord[],
  saves: SaveRecord[] = [],
  buildCacheFigures?: CacheProgFigures
): string {
  const families: Family[] = [
    {
      name: 'go_ci_kit_cache_restore',
      type: 'counter',
      help: 'Cache restores by cache, hit kind and first reason.',
      samples: restores.map(record => ({
        labels: {
          cache: record.kind,
          hit_kind: record.needed ? record.hitKind : 'not-needed',
          reason: record.reasons[0] ?? 'none'
        },
        value: 1
      }))
    },
    {
      name: 'go_ci_kit_cache_restore_seconds',
      type: 'gauge',
      unit: 'seconds',
      help: 'Time the restore of each cache took.',
      samples: restores.map(record => ({ labels: { cache: record.kind }, value: record.seconds }))
    },
    {
      name: 'go_ci_kit_cache_restore_bytes',
      type: 'gauge',
      unit: 'bytes',
      help: 'Size of the archive restored for each cache (0 when nothing was downloaded).',
      samples: restores.map(record => ({
        labels: { cache: record.kind },
        value: record.restoredBytes ?? 0
      }))
    },
    {
      name: 'go_ci_kit_cache_save',
      type: 'counter',
      help: 'Cache saves by cache, outcome (saved or skipped) and reason.',
      samples: saves.map(save => ({
        labels: {
          cache: save.kind,
          outcome: save.saved ? 'saved' : 'skipped',
          reason: save.reason ?? 'none'
        },
        value: 1
      }))
    },
    {
      name: 'go_ci_kit_cache_save_seconds',
      type: 'gauge',
      unit: 'seconds',
      help: 'Time the save of each cache took, trimming and pruning included.',
      samples: saves.map(save => ({ labels: { cache: save.kind }, value: save.seconds }))
    },
    {
      name: 'go_ci_kit_cache_save_bytes',
      type: 'gauge',
      unit: 'bytes',
      help: 'Size of the archive uploaded for each cache (0 when nothing was saved).',
      samples: saves.map(save => ({ labels: { cache: save.kind }, value: save.savedBytes ?? 0 }))
    },
    {
      name: 'go_ci_kit_cache_trimmed_entries',
      type: 'gauge',
      help: 'GOCACHE files removed before saving because this run did not use them.',
      samples: saves
        .filter(save => save.trimmedEntries !== undefined)
        .map(save => ({ labels: { cache: save.kind }, value: save.trimmedEntries ?? 0 }))
    },
    {
      name: 'go_ci_kit_cache_pruned_versions',
      type: 'gauge',
      help: 'Module versions removed from GOMODCACHE before saving because the module set no longer needs them.',
      samples: saves
        .filter(save => save.prunedVersions !== undefined)
        .map(save => ({ labels: { cache: save.kind }, value: save.prunedVersions ?? 0 }))
    },
    ...buildCacheFamilies(buildCacheFigures)
  ]
  return [...families.flatMap(renderFamily), '# EOF', ''].join('\n')
}
