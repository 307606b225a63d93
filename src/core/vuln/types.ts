/**
 * govulncheck's JSON protocol (v1.0.0, unchanged from govulncheck v1.0.0 to
 * v1.9.0) as far as the gate reads it, and the gate's own model. Every field of
 * the wire types is optional; fields protocol v1.0.0 does not define are refused
 * (collect.ts), so a later govulncheck never turns into a silent pass.
 */

export interface GovulncheckConfig {
  protocol_version?: string
  scanner_name?: string
  scanner_version?: string
  db?: string
  db_last_modified?: string
  go_version?: string
  scan_level?: string
  /** v1.1.0+. Absent in v1.0.x, where it means source (or binary, recognisable by position-less frames). */
  scan_mode?: string
}

export interface GovulncheckSbom {
  go_version?: string
  modules?: { path?: string; version?: string }[]
  roots?: string[]
}

export interface Position {
  filename?: string
  offset?: number
  line?: number
  column?: number
}

export interface Frame {
  module: string
  version?: string
  package?: string
  function?: string
  receiver?: string
  position?: Position
}

export interface GovulncheckFinding {
  osv: string
  fixed_version?: string
  /** trace[0] is the vulnerable symbol (or package/module); the last frame is the entry point. */
  trace: Frame[]
}

/** The parts of an OSV entry the gate keeps; the rest (symbol lists, credits) is dropped on read. */
export interface OsvSummary {
  id: string
  aliases: string[]
  summary?: string
  details?: string
  published?: string
  modified?: string
  withdrawn?: string
  url?: string
  reviewStatus?: string
  /** Modules named in `affected`, with their fixed versions (SemVer without "v"). */
  affected: { module: string; fixed: string[] }[]
}

/** How far the evidence goes: the call graph reaches the symbol, the package is imported, or the module is only required. */
export type Reachability = 'called' | 'imported' | 'required'

export const REACHABILITY_ORDER: readonly Reachability[] = ['required', 'imported', 'called']

export function reachabilityRank(level: Reachability): number {
  return REACHABILITY_ORDER.indexOf(level)
}

export type ScanLevel = 'module' | 'package' | 'symbol'

/**
 * What the gate can say about a vulnerability at the scan's level: the
 * reachability, or `may-be-affected` when the finding is at the level of a
 * `-scan package` / `-scan module` scan, which cannot tell more (govulncheck's
 * own words: "Your code may be affected").
 */
export type Evidence = Reachability | 'may-be-affected'

/** The reachability a scan level can establish: symbol → called, package → imported, module → required. */
export const SCAN_LEVEL_REACH: Record<ScanLevel, Reachability> = {
  symbol: 'called',
  package: 'imported',
  module: 'required'
}
export type ScanMode = 'source' | 'binary' | 'convert' | 'query' | 'extract'

/** One finding after de-duplication, classified by its first frame. */
export interface ClassifiedFinding {
  osv: string
  level: Reachability
  fixedVersion?: string
  /** trace[0]: the vulnerable symbol, package or module. */
  vulnerable: Frame
  /** Number of frames in the trace. */
  depth: number
  /** The whole trace, vulnerable symbol first, entry point last (decoded on demand). */
  trace(): Frame[]
  /** Index of the first frame at or after `from` whose module and version pass `test`, or -1. */
  findFrame(test: (module: string, version: string | undefined) => boolean, from?: number): number
  frameAt(index: number): Frame | undefined
}

/** Everything known about one OSV id from the stream. */
export interface VulnRecord {
  id: string
  osv?: OsvSummary
  /** The strongest evidence seen. */
  level: Reachability
  /** Vulnerable modules with the version in use and the fix govulncheck reported. */
  modules: { path: string; version?: string; fixedVersion?: string }[]
  /** Every distinct finding for this id, strongest first; symbol traces are kept whole. */
  findings: ClassifiedFinding[]
}

export interface ScanResult {
  config?: GovulncheckConfig
  sbom?: GovulncheckSbom
  scanMode: ScanMode
  scanLevel: ScanLevel
  /** Keyed by OSV id, in the order first seen. */
  vulns: Map<string, VulnRecord>
  /** OSV entries in the stream (govulncheck sends every entry that applies to a used module, found or not). */
  osvCount: number
  /** Raw finding messages before de-duplication. */
  findingMessages: number
  /** govulncheck's own warnings (progress messages starting with "warning:"), e.g. an old Go binary. */
  warnings: string[]
}
