/** Units for people: byte sizes in reports, summaries and log lines. */

/**
 * 1234567 → "1.2 MB". `binary` counts in 1024s with KB/MB/GB/TB (the cache's reports);
 * `decimal` counts in 1000s with kB/MB/GB/TB, as dive and registries show image sizes.
 * Undefined (not measured) is "—".
 */
export function formatBytes(
  bytes: number | undefined,
  system: 'binary' | 'decimal' = 'binary'
): string {
  if (bytes === undefined) return '—'
  const base = system === 'binary' ? 1024 : 1000
  if (bytes < base) return `${bytes} B`
  const units = system === 'binary' ? ['KB', 'MB', 'GB', 'TB'] : ['kB', 'MB', 'GB', 'TB']
  let value = bytes / base
  let unit = 0
  while (value >= base && unit < units.length - 1) {
    value /= base
    unit++
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}
