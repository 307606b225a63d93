/**
 * Text for GitHub-flavoured markdown (job summaries), escaped so it shows
 * literally and cannot break the table it sits in.
 *
 * How GitHub (cmark-gfm) reads a table row decides the escaping:
 * - A row is split into cells BEFORE inline parsing. A `|` directly after a
 *   backslash never splits (the cell scanner takes the longest match of
 *   `\` + punctuation, so the count of backslashes before it does not matter);
 *   then exactly one backslash before each such pipe is removed, in every
 *   cell, code spans included (GFM spec, tables: "include a pipe in a cell's
 *   content by escaping it, including inside other inline spans").
 *   So every `|` becomes `\|`, in text and in code alike.
 * - A row is one line: any line break ends it. Whitespace runs become one
 *   space (HTML shows them as one anyway).
 * - In text, a backslash before ASCII punctuation is an escape and disappears
 *   (`C:\_x` would show `C:_x`), so each `\` is doubled. A pipe after it still
 *   works: `a\|` → `a\\\|` → the row splitter drops one → `a\\|` → `a\|` shown.
 * - In a code span backslashes are literal, so they are NOT doubled there
 *   (`a\|` → `a\\|` → `a\|` after the pipe unescape, shown as is).
 * - `<` would start inline HTML (GitHub renders a sanitised subset, enough to
 *   swallow or restructure text such as `<details>`), so text gets `&lt;`;
 *   `&` becomes `&amp;` so that text such as `&lt;` is shown as written.
 *   Code spans show `<` and `&` literally and must not get entities.
 * Other inline markdown in text (emphasis, links) is left as it is: it cannot
 * break the table, and tool messages sometimes use it on purpose.
 */

/** Whitespace runs (line breaks included) as one space, trimmed; cut to `max` characters with `…`. */
function flatten(text: string, max?: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return max !== undefined && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Plain text as (part of) a table cell, a list item or a one-line quote. */
export function cell(text: string, options: { max?: number } = {}): string {
  return flatten(text, options.max)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
}

/**
 * Text as an inline code span that is safe in a table cell. The fence is one
 * backtick longer than the longest backtick run inside, and a space pads each
 * side when the text starts or ends with a backtick (CommonMark strips one
 * space from each side of a code span that has both). Empty text gives ''.
 */
export function codeCell(text: string, options: { max?: number } = {}): string {
  const flat = flatten(text, options.max)
  if (flat === '') return ''
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = /^`|`$/.test(flat) ? ' ' : ''
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`
}
