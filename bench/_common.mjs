// Helpers every bench shares. The leading underscore keeps scripts/bench.mjs from running it.

/** The median; the mean of the two middle values for an even count. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** ours / baseline rounded to `digits` places, or null without a baseline. */
export function ratio(ours, baseline, digits = 3) {
  return baseline ? +(ours / baseline).toFixed(digits) : null
}
