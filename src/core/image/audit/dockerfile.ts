/**
 * Which Dockerfile line made each layer, matched through the image config's history
 * (`created_by`).
 *
 * The parser follows BuildKit's Dockerfile parser where it matters for that: parser
 * directives (`# escape=`), comments (also inside continuations), line continuations,
 * heredocs (`RUN <<EOF`, `COPY <<EOF /dest`, `<<-EOF`), case-insensitive keywords, JSON and
 * shell forms, and build stages (`FROM … AS name`).
 *
 * The history lines it reads are those BuildKit writes (`RUN /bin/sh -c apk add … # buildkit`,
 * `RUN |2 A=1 B=2 /bin/sh -c …`, `COPY --chmod=0755 src /dest # buildkit`, `WORKDIR /app`:
 * COPY keeps --parents, --chown and --chmod but not --from or --link, and expands ARG/ENV
 * values; RUN keeps the command as written) and those the legacy builder writes
 * (`/bin/sh -c apk add …`, `/bin/sh -c #(nop) COPY file:<hash> in /app`).
 *
 * Layers are matched to the instructions of the final stage, and of the stages it is built
 * FROM, by an order-keeping alignment. Layers of the base image (before the final stage's
 * first matched instruction) map to the FROM line that pulled the base image: that line is
 * where a smaller base is chosen. A layer that matches nothing maps to undefined, as does
 * every layer when the history matches none of the instructions (it was not built from this
 * Dockerfile): an annotation on the wrong line is worse than none.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError, fileError } from '../../errors.js'

export interface DockerfileInstruction {
  /** 1-based line where the instruction starts. */
  line: number
  /** Upper-case keyword: RUN, COPY, ADD, FROM … */
  keyword: string
  /** The instruction's text after the keyword, continuation lines joined. */
  text: string
  /** The build stage it belongs to (its FROM … AS name, or its index). */
  stage: string
  /** Last line of the instruction (continuations and heredoc bodies included). */
  endLine?: number
  /** Heredocs (`<<EOF`) in the order they appear, with their bodies. */
  heredocs?: { name: string; body: string; stripTabs: boolean }[]
}

export interface ParsedDockerfile {
  path: string
  instructions: DockerfileInstruction[]
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
])

/** Instructions that can make a layer. */
const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR'])

const HEREDOC_WORD = /^(\d*)<<(-?)(["']?)([^<"'\s]+)\3$/

function isComment(line: string): boolean {
  return /^\s*#/.test(line)
}

/** The line without its continuation character, or undefined when it does not continue. */
function continued(line: string, escape: string): string | undefined {
  const match = new RegExp(`\\${escape}[ \\t]*$`).exec(line)
  return match ? line.slice(0, match.index) : undefined
}

/** Leading `--flag[=value]` words (RUN --mount=…, COPY --from=…). */
function splitFlags(args: string): { flags: string[]; rest: string } {
  const flags: string[] = []
  let rest = args.trimStart()
  for (;;) {
    const match = /^--[A-Za-z][\w-]*(?:=\S*)?(?:\s+|$)/.exec(rest)
    if (!match) return { flags, rest }
    flags.push(match[0].trim())
    rest = rest.slice(match[0].length)
  }
}

function jsonArgs(text: string): string[] | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  try {
    const value: unknown = JSON.parse(trimmed)
    return Array.isArray(value) && value.every(v => typeof v === 'string') ? value : undefined
  } catch {
    return undefined
  }
}

/** A ConfigurationError naming the file and line for what it cannot parse. */
export function parseDockerfile(text: string, filePath: string): ParsedDockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const at = (line: number) => ({ file: filePath, line })
  let escape = '\\'
  for (let i = 0; i < lines.length; i++) {
    const directive = /^#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(lines[i])
    if (!directive) break
    if (directive[1].toLowerCase() !== 'escape') continue
    if (directive[2] !== '\\' && directive[2] !== '`') {
      throw fileError(
        at(i + 1),
        `invalid escape directive "${directive[2]}"`,
        'use # escape=\\ or # escape=`'
      )
    }
    escape = directive[2]
  }

  const instructions: DockerfileInstruction[] = []
  let stage: string | undefined
  let stages = 0
  let n = 0
  while (n < lines.length) {
    const first = lines[n]
    const line = n + 1
    n++
    if (first.trim() === '' || isComment(first)) continue
    let logical = ''
    let current = first.trimStart()
    for (;;) {
      const head = continued(current, escape)
      if (head === undefined) {
        logical += current
        break
      }
      logical += head
      // Comment and empty lines inside a continuation are dropped, as BuildKit does.
      let next: string | undefined
      while (n < lines.length && next === undefined) {
        const candidate = lines[n]
        n++
        if (!isComment(candidate) && candidate.trim() !== '') next = candidate
      }
      if (next === undefined) break
      current = next
    }
    const match = /^(\S+)\s*([\s\S]*)$/.exec(logical)
    if (!match) continue
    const keyword = match[1].toUpperCase()
    const args = match[2].trim()
    if (!KEYWORDS.has(keyword)) {
      throw fileError(
        at(line),
        `unknown instruction "${match[1]}"`,
        `use one of ${[...KEYWORDS].join(' ')}`
      )
    }
    const heredocs: NonNullable<DockerfileInstruction['heredocs']> = []
    if ((keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') && !jsonArgs(args)) {
      for (const word of args.split(/\s+/)) {
        const heredoc = HEREDOC_WORD.exec(word)
        if (!heredoc) continue
        const name = heredoc[4]
        const stripTabs = heredoc[2] === '-'
        const body: string[] = []
        let closed = false
        while (n < lines.length) {
          const bodyLine = lines[n]
          n++
          if ((stripTabs ? bodyLine.replace(/^\t+/, '') : bodyLine) === name) {
            closed = true
            break
          }
          body.push(bodyLine)
        }
        if (!closed) {
          throw fileError(
            at(line),
            `heredoc <<${name} is not terminated`,
            `end it with a line that holds only ${name}`
          )
        }
        heredocs.push({ name, body: body.map(l => `${l}\n`).join(''), stripTabs })
      }
    }
    if (keyword === 'FROM') {
      const { rest } = splitFlags(args)
      const words = rest.split(/\s+/).filter(Boolean)
      if (words.length === 0 || (words.length !== 1 && words.length !== 3)) {
        throw fileError(
          at(line),
          `FROM needs an image and optionally AS name, got "${args}"`,
          'write FROM image[:tag] [AS name]'
        )
      }
      if (words.length === 3 && words[1].toLowerCase() !== 'as') {
        throw fileError(
          at(line),
          `FROM: expected AS, got "${words[1]}"`,
          'write FROM image AS name'
        )
      }
      stage = words.length === 3 ? words[2].toLowerCase() : String(stages)
      stages++
    } else if (stage === undefined && keyword !== 'ARG') {
      throw fileError(
        at(line),
        `${keyword} comes before the first FROM`,
        'start each build stage with FROM image (only ARG may come before it)'
      )
    }
    instructions.push({
      line,
      keyword,
      text: args,
      stage: stage ?? '',
      ...(n > line ? { endLine: n } : {}),
      ...(heredocs.length > 0 ? { heredocs } : {})
    })
  }
  if (stages === 0) {
    throw new ConfigurationError(`${filePath}: no FROM instruction`, {
      fix: 'a Dockerfile starts its build stage with FROM image'
    })
  }
  return { path: filePath, instructions }
}

/** `Dockerfile`, else `Containerfile`, in the build context directory. */
export function findDockerfile(contextDir: string): string | undefined {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const candidate = path.join(contextDir, name)
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not there
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Matching history lines to instructions

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A pattern for text in which $VAR and ${VAR…} stand for whatever the build expanded. */
function template(text: string): RegExp {
  const parts = collapse(text).split(/(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)/)
  const source = parts.map((part, i) => (i % 2 === 1 ? '.*?' : escapeRegExp(part))).join('')
  return new RegExp(`^${source}$`)
}

interface HistoryStep {
  keyword: string
  args: string
  legacy: boolean
}

function parseHistory(createdBy: string): HistoryStep {
  const text = createdBy.trim().replace(/\s*# buildkit$/, '')
  const nop = /^\/bin\/sh -c #\(nop\)\s*([\s\S]*)$/.exec(text)
  if (nop) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(nop[1].trim()) ?? []
    return { keyword: keyword.toUpperCase(), args: rest, legacy: true }
  }
  const modern = /^([A-Z]+)(?:\s+([\s\S]*))?$/.exec(text)
  if (modern && KEYWORDS.has(modern[1])) {
    return { keyword: modern[1], args: modern[2] ?? '', legacy: false }
  }
  // The legacy builder records a RUN as the command it ran, without the keyword.
  return { keyword: 'RUN', args: text, legacy: true }
}

/** The command of a RUN history line, without BuildKit's `|N K=V …` build-argument prefix. */
function runCommand(args: string): string {
  const prefix = /^\|(\d+)\s+/.exec(args)
  let rest = prefix ? args.slice(prefix[0].length) : args
  for (let i = 0; prefix && i < Number(prefix[1]); i++) rest = rest.replace(/^\S*\s*/, '')
  return collapse(rest)
}

/** How well `command` ends `ran`: 2 as the shell's whole command, 1 as a trailing part. */
function commandScore(ran: string, command: string): number {
  const wanted = collapse(command)
  if (wanted === '') return 0
  if (ran === wanted || ran.endsWith(` -c ${wanted}`) || ran.endsWith(` /C ${wanted}`)) return 2
  return ran.endsWith(` ${wanted}`) ? 1 : 0
}

function runScore(step: HistoryStep, instruction: DockerfileInstruction): number {
  const ran = runCommand(step.args)
  const exec = jsonArgs(instruction.text)
  if (exec) return commandScore(ran, exec.join(' '))
  const command = splitFlags(instruction.text).rest
  const heredocs = instruction.heredocs ?? []
  if (heredocs.length === 0) return commandScore(ran, command)
  const chomp = (h: (typeof heredocs)[number]) =>
    h.stripTabs ? h.body.replace(/^\t+/gm, '') : h.body
  const full = `${command}\n${heredocs.map(h => `${chomp(h)}${h.name}`).join('\n')}`
  return Math.max(
    commandScore(ran, full),
    HEREDOC_WORD.test(command.trim()) ? commandScore(ran, chomp(heredocs[0])) : 0,
    commandScore(ran, `/dev/pipes/${heredocs[0].name}`)
  )
}

function copyScore(step: HistoryStep, instruction: DockerfileInstruction): number {
  const { flags, rest } = splitFlags(instruction.text)
  const words = jsonArgs(rest) ?? rest.split(/\s+/).filter(Boolean)
  if (words.length < 2) return 0
  const dest = words[words.length - 1]
  if (step.legacy) {
    // `COPY file:<hash> in /dest`: only the destination survives.
    const legacy = /\sin\s+(\S+)\s*$/.exec(` ${step.args}`)
    return legacy && template(dest).test(legacy[1]) ? 1 : 0
  }
  const sources = words.slice(0, -1)
  const plain = sources.filter(s => !HEREDOC_WORD.test(s))
  const inline = sources
    .filter(s => HEREDOC_WORD.test(s))
    .map(s => `<<${HEREDOC_WORD.exec(s)?.[4]}`)
  const kept = flags.filter(f => /^--(parents|chown|chmod)(=|$)/.test(f))
  const recorded = splitFlags(step.args)
  const paths = [...plain, ...inline, dest].join(' ')
  if (!template(paths).test(collapse(recorded.rest))) return 0
  return template([...kept, paths].join(' ')).test(collapse(step.args)) ? 2 : 1
}

function workdirScore(step: HistoryStep, instruction: DockerfileInstruction): number {
  const wanted = instruction.text.trim()
  const recorded = collapse(step.args)
  if (wanted === '' || step.legacy) return 0
  if (wanted.startsWith('/'))
    return template(wanted.replace(/\/+$/, '') || '/').test(recorded) ? 2 : 0
  return new RegExp(`/${template(wanted.replace(/\/+$/, '')).source.slice(1)}`).test(recorded)
    ? 1
    : 0
}

function score(createdBy: string | undefined, instruction: DockerfileInstruction): number {
  if (createdBy === undefined) return 0
  const step = parseHistory(createdBy)
  if (step.keyword !== instruction.keyword) return 0
  switch (instruction.keyword) {
    case 'RUN':
      return runScore(step, instruction)
    case 'COPY':
    case 'ADD':
      return copyScore(step, instruction)
    case 'WORKDIR':
      return workdirScore(step, instruction)
  }
  return 0
}

interface Stage {
  name: string
  from: DockerfileInstruction
  base: string
  instructions: DockerfileInstruction[]
}

function stagesOf(dockerfile: ParsedDockerfile): Stage[] {
  const globalArgs = new Map<string, string>()
  const stages: Stage[] = []
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === 'FROM') {
      const base = splitFlags(instruction.text).rest.split(/\s+/)[0] ?? ''
      // Global ARG defaults, as BuildKit expands FROM before any build argument is given.
      const expanded = base.replace(
        /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g,
        (whole, braced?: string, bare?: string) => globalArgs.get(braced ?? bare ?? '') ?? whole
      )
      stages.push({ name: instruction.stage, from: instruction, base: expanded, instructions: [] })
    } else if (stages.length === 0 && instruction.keyword === 'ARG') {
      const arg = /^([A-Za-z_]\w*)=("?)(.*)\2$/.exec(instruction.text.trim())
      if (arg) globalArgs.set(arg[1], arg[3])
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction)
    }
  }
  return stages
}

/** Enough for any real `FROM stage-${TARGETARCH}`; bounds a pathological Dockerfile. */
const MAX_CHAINS = 64

/** The stages an image is built through, root first; a FROM with an unset variable may name several. */
function chains(stages: Stage[], index: number, depth = 0): Stage[][] {
  const stage = stages[index]
  const base = stage.base.toLowerCase()
  const earlier = stages.slice(0, index)
  let parents: number[] = []
  if (/\$/.test(base)) {
    const pattern = template(base)
    // A base that is all variable could be anything: take it for an image, not a stage.
    if (base.replace(/\$\{[^}]*\}|\$[A-Za-z_]\w*/g, '') !== '')
      parents = earlier.flatMap((s, i) => (pattern.test(s.name) ? [i] : []))
  } else {
    const named = earlier.findIndex(s => s.name === base)
    parents = named >= 0 ? [named] : []
  }
  if (parents.length === 0 || depth > stages.length) return [[stage]]
  return parents
    .flatMap(parent => chains(stages, parent, depth + 1).map(c => [...c, stage]))
    .slice(0, MAX_CHAINS)
}

interface Alignment {
  total: number
  lines: (number | undefined)[]
}

/** Order-keeping alignment of layers to instructions (a weighted longest common subsequence). */
function align(createdBy: readonly (string | undefined)[], chain: Stage[]): Alignment {
  const root = chain[0]
  const fromLine = root.base.toLowerCase() === 'scratch' ? undefined : root.from.line
  const candidates = chain.flatMap(s => s.instructions.filter(i => LAYER_KEYWORDS.has(i.keyword)))
  const n = createdBy.length
  const m = candidates.length
  if (m === 0) return { total: 0, lines: createdBy.map(() => fromLine) }
  const scores = createdBy.map(c => candidates.map(instruction => score(c, instruction)))
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = scores[i - 1][j - 1]
      best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], s > 0 ? best[i - 1][j - 1] + s : 0)
    }
  }
  const lines: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined)
  const matchedAt = new Map<number, number>()
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = scores[i - 1][j - 1]
    if (s > 0 && best[i][j] === best[i - 1][j - 1] + s) {
      lines[i - 1] = candidates[j - 1].line
      matchedAt.set(i - 1, j - 1)
      i--
      j--
    } else if (best[i][j] === best[i - 1][j]) i--
    else j--
  }
  if (matchedAt.size === 0) return { total: 0, lines }
  const firstLayer = Math.min(...matchedAt.keys())
  // Instructions before the first matched one made the layers just before it (unmatched,
  // so unknown); everything earlier is the base image's.
  const unmatchedOwn = matchedAt.get(firstLayer) as number
  for (let i = 0; i < firstLayer - unmatchedOwn; i++) lines[i] = fromLine
  return { total: best[n][m], lines }
}

/** For each layer's history line (undefined when the image has none), the Dockerfile line. */
export function dockerfileLinesFor(
  createdBy: readonly (string | undefined)[],
  dockerfile: ParsedDockerfile
): (number | undefined)[] {
  const stages = stagesOf(dockerfile)
  if (stages.length === 0 || createdBy.length === 0) return createdBy.map(() => undefined)
  let chosen: Alignment | undefined
  for (const chain of chains(stages, stages.length - 1)) {
    const alignment = align(createdBy, chain)
    if (!chosen || alignment.total > chosen.total) chosen = alignment
  }
  return (chosen as Alignment).lines
}
