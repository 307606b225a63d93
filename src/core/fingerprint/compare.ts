/**
 * Why two builds differ: a per-section digest table, with each difference
 * classified as build-ID/VCS stamping or a real code/data change.
 */
import { open } from 'node:fs/promises'
import { OUTSIDE_SECTIONS } from './hash.js'
import type { FileFingerprint, SectionDigest, SliceFingerprint } from './types.js'

export type Classification = 'identical' | 'only build ID / vcs stamping' | 'code or data differs'

export interface SectionDifference {
  section: string
  ours?: string
  theirs?: string
  /** What this section holds, i.e. what its difference means. */
  meaning: string
  stampingOnly: boolean
}

export interface Comparison {
  against: string
  reproducible: boolean
  classification: Classification
  sections: SectionDifference[]
  /** Build info differences, e.g. `-ldflags: "-X a=1" → "-X a=2"`. */
  buildInfoDifferences: string[]
}

const BUILD_ID_SECTIONS = /(^|,|:)(\.note\.go\.buildid|\.note\.gnu\.build-id)$/
const BUILDINFO_SECTIONS = /(^|,|:)(\.go\.buildinfo|__go_buildinfo)$/
const TEXT_SECTIONS = /(^|,|:)(\.text|__text)$/
/** Go writes "\xff Go build ID: "…"\n \xff" at the start of text on non-ELF targets. */
const TEXT_BUILD_ID_PREFIX = 256

function meaningOf(name: string): string {
  if (BUILD_ID_SECTIONS.test(name)) return 'build ID note (changes whenever any other byte changes)'
  if (BUILDINFO_SECTIONS.test(name)) return 'embedded build info (settings, modules, vcs stamp)'
  if (name === OUTSIDE_SECTIONS) return 'file headers, load commands, signatures, padding'
  if (/gopclntab|debug_|zdebug/.test(name))
    return 'line tables / debug info (source paths: missing -trimpath?)'
  if (/rodata|noptrdata|\.data|__data|\.rdata|__const/.test(name)) {
    return 'data (e.g. -ldflags -X strings, embedded files)'
  }
  if (TEXT_SECTIONS.test(name)) return 'machine code'
  if (/symtab|strtab|typelink|itablink|gosymtab/.test(name)) return 'symbols and type links'
  return 'other'
}

/** Section digests keyed by name; repeated names get a #n suffix. */
function byName(sections: SectionDigest[]): Map<string, SectionDigest> {
  const map = new Map<string, SectionDigest>()
  for (const s of sections) {
    let key = s.name
    for (let n = 2; map.has(key); n++) key = `${s.name}#${n}`
    map.set(key, s)
  }
  return map
}

function settingMap(slice: SliceFingerprint): Map<string, string> {
  return new Map(slice.settings.map(s => [s.key, s.value]))
}

export function buildInfoDifferences(ours: SliceFingerprint, theirs: SliceFingerprint): string[] {
  const out: string[] = []
  const label = ours.fatArch ? `${ours.fatArch}: ` : ''
  if (ours.goVersionRaw !== theirs.goVersionRaw) {
    out.push(`${label}Go version: ${theirs.goVersionRaw} → ${ours.goVersionRaw}`)
  }
  const a = settingMap(theirs)
  const b = settingMap(ours)
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) {
      out.push(`${label}${key}: ${a.get(key) ?? '(unset)'} → ${b.get(key) ?? '(unset)'}`)
    }
  }
  const mods = (s: SliceFingerprint) => JSON.stringify([s.path, s.main, s.deps])
  if (mods(ours) === mods(theirs)) return out
  const moduleOnly = (s: SliceFingerprint) =>
    JSON.stringify([s.path, { ...s.main, version: undefined }, s.deps])
  if (moduleOnly(ours) === moduleOnly(theirs) && b.has('vcs') && a.has('vcs')) {
    // Go 1.24+ stamps the main module's version from VCS (pseudo-version, tag, +dirty).
    out.push(
      `${label}vcs main module version: ${theirs.main?.version ?? '(none)'} → ${ours.main?.version ?? '(none)'}`
    )
  } else out.push(`${label}module graph differs`)
  return out
}

async function readRange(file: string, offset: number, size: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(size)
    const { bytesRead } = await handle.read(buffer, 0, size, offset)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const MAX_RUNS = 1000

/** Byte ranges [start, end) where two equally sized sections differ; undefined past MAX_RUNS. */
async function diffRuns(
  oursFile: string,
  theirsFile: string,
  ours: SectionDigest,
  theirs: SectionDigest
): Promise<[number, number][] | undefined> {
  const runs: [number, number][] = []
  const chunk = 4 << 20
  for (let at = 0; at < ours.size; at += chunk) {
    const length = Math.min(chunk, ours.size - at)
    const [a, b] = await Promise.all([
      readRange(oursFile, ours.offset + at, length),
      readRange(theirsFile, theirs.offset + at, length)
    ])
    if (a.equals(b)) continue
    for (let i = 0; i < length; i++) {
      if (a[i] === b[i]) continue
      const last = runs[runs.length - 1]
      if (last && last[1] === at + i) last[1]++
      else if (runs.push([at + i, at + i + 1]) > MAX_RUNS) return undefined
    }
  }
  return runs
}

/**
 * True when every differing byte of two equally sized sections lies in the
 * build ID at the start of text (non-ELF targets) or inside a vcs stamp value
 * (runtime.modinfo keeps a copy of the module info in read-only data).
 */
async function onlyStampingDiffers(
  files: Required<CompareFiles>,
  ours: SectionDigest,
  theirs: SectionDigest,
  stamps: { ours: string[]; theirs: string[] },
  isText: boolean
): Promise<boolean> {
  if (ours.size !== theirs.size) return false
  const runs = await diffRuns(files.oursFile, files.theirsFile, ours, theirs)
  if (!runs) return false
  const within = async (
    file: string,
    section: SectionDigest,
    values: string[],
    run: [number, number]
  ) => {
    const margin = 64
    const from = Math.max(0, run[0] - margin)
    const window = await readRange(file, section.offset + from, run[1] + margin - from)
    return values.some(value => {
      for (let i = window.indexOf(value); i >= 0; i = window.indexOf(value, i + 1)) {
        if (from + i <= run[0] && run[1] <= from + i + Buffer.byteLength(value)) return true
      }
      return false
    })
  }
  for (const run of runs) {
    if (isText && run[1] <= TEXT_BUILD_ID_PREFIX) continue
    if (await within(files.oursFile, ours, stamps.ours, run)) continue
    if (await within(files.theirsFile, theirs, stamps.theirs, run)) continue
    return false
  }
  return true
}

/** vcs.* values that differ between the two builds, per side. */
function vcsStamps(
  ours: FileFingerprint,
  theirs: FileFingerprint
): { ours: string[]; theirs: string[] } {
  const pick = (fp: FileFingerprint, other: FileFingerprint) =>
    fp.slices.flatMap((slice, i) =>
      slice.settings
        .filter(
          s =>
            s.key.startsWith('vcs') &&
            other.slices[i]?.settings.find(o => o.key === s.key)?.value !== s.value
        )
        .map(s => s.value)
        .concat(
          slice.main?.version !== other.slices[i]?.main?.version ? [slice.main?.version ?? ''] : []
        )
        .filter(v => v.length >= 8)
    )
  return { ours: pick(ours, theirs), theirs: pick(theirs, ours) }
}

function stampMeaning(name: string, stampingOnly: boolean): string {
  if (!stampingOnly || BUILD_ID_SECTIONS.test(name) || BUILDINFO_SECTIONS.test(name)) {
    return meaningOf(name)
  }
  if (name === OUTSIDE_SECTIONS) return meaningOf(name)
  return TEXT_SECTIONS.test(name)
    ? 'build ID at the start of text'
    : 'only the vcs stamp (the runtime.modinfo copy)'
}

export interface CompareFiles {
  /** Paths on disk, when both sides are binaries, to look inside differing text sections. */
  oursFile?: string
  theirsFile?: string
}

export async function compareFingerprints(
  ours: FileFingerprint,
  theirs: FileFingerprint,
  against: string,
  files: CompareFiles = {}
): Promise<Comparison> {
  if (ours.sha256 === theirs.sha256 && ours.size === theirs.size) {
    return {
      against,
      reproducible: true,
      classification: 'identical',
      sections: [],
      buildInfoDifferences: []
    }
  }
  const infoDiffs = ours.slices.flatMap((slice, i) =>
    theirs.slices[i] ? buildInfoDifferences(slice, theirs.slices[i]) : [`slice ${i} missing`]
  )
  const vcsOnly = infoDiffs.every(d => /^(\S+: )?vcs(\.\w+| main module version)?:/.test(d))
  const a = byName(ours.sections)
  const b = byName(theirs.sections)
  const sections: SectionDifference[] = []
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name)
    const y = b.get(name)
    if (x && y && x.sha256 === y.sha256 && x.size === y.size) continue
    let stampingOnly = false
    if (x && y) {
      if (BUILD_ID_SECTIONS.test(name) || name === OUTSIDE_SECTIONS) stampingOnly = true
      else if (BUILDINFO_SECTIONS.test(name)) stampingOnly = vcsOnly
      else if (files.oursFile && files.theirsFile && (vcsOnly || TEXT_SECTIONS.test(name))) {
        const both = { oursFile: files.oursFile, theirsFile: files.theirsFile }
        const stamps = vcsOnly ? vcsStamps(ours, theirs) : { ours: [], theirs: [] }
        stampingOnly = await onlyStampingDiffers(both, x, y, stamps, TEXT_SECTIONS.test(name))
      }
    }
    sections.push({
      section: name,
      ours: x?.sha256,
      theirs: y?.sha256,
      meaning: stampMeaning(name, stampingOnly),
      stampingOnly
    })
  }
  const classification: Classification =
    sections.length > 0 && sections.every(s => s.stampingOnly)
      ? 'only build ID / vcs stamping'
      : 'code or data differs'
  return { against, reproducible: false, classification, sections, buildInfoDifferences: infoDiffs }
}
