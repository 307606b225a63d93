/**
 * The part of SARIF 2.1.0 that code scanning reads, typed loosely: producers
 * add their own properties and the pipeline keeps whatever it does not touch,
 * so every object also carries an index signature.
 */
import type { Tally } from './tally.js'

export type Level = 'none' | 'note' | 'warning' | 'error'

export const LEVELS: readonly Level[] = ['none', 'note', 'warning', 'error']

export interface Message {
  text?: string
  markdown?: string
  id?: string
  arguments?: string[]
  [key: string]: unknown
}

export interface PropertyBag {
  tags?: string[]
  'security-severity'?: string
  precision?: string
  [key: string]: unknown
}

export interface ArtifactLocation {
  uri?: string
  uriBaseId?: string
  index?: number
  description?: Message
  [key: string]: unknown
}

export interface SarifRegion {
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  [key: string]: unknown
}

export interface PhysicalLocation {
  artifactLocation?: ArtifactLocation
  region?: SarifRegion
  contextRegion?: SarifRegion
  [key: string]: unknown
}

export interface Location {
  id?: number
  physicalLocation?: PhysicalLocation
  message?: Message
  [key: string]: unknown
}

export interface ThreadFlowLocation {
  location?: Location
  [key: string]: unknown
}

export interface ThreadFlow {
  locations: ThreadFlowLocation[]
  [key: string]: unknown
}

export interface CodeFlow {
  threadFlows: ThreadFlow[]
  message?: Message
  [key: string]: unknown
}

export interface StackFrame {
  location?: Location
  module?: string
  [key: string]: unknown
}

export interface Stack {
  frames: StackFrame[]
  message?: Message
  [key: string]: unknown
}

export interface Suppression {
  kind?: string
  status?: string
  justification?: string
  [key: string]: unknown
}

export interface ReportingDescriptorReference {
  id?: string
  index?: number
  toolComponent?: { name?: string; index?: number; [key: string]: unknown }
  [key: string]: unknown
}

export interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  rule?: ReportingDescriptorReference
  level?: Level
  kind?: string
  message: Message
  locations?: Location[]
  relatedLocations?: Location[]
  codeFlows?: CodeFlow[]
  stacks?: Stack[]
  partialFingerprints?: Record<string, string>
  fingerprints?: Record<string, string>
  suppressions?: Suppression[]
  baselineState?: string
  properties?: PropertyBag
  [key: string]: unknown
}

export interface ReportingDescriptor {
  id: string
  name?: string
  shortDescription?: Message
  fullDescription?: Message
  help?: Message
  helpUri?: string
  defaultConfiguration?: { level?: Level; enabled?: boolean; [key: string]: unknown }
  properties?: PropertyBag
  [key: string]: unknown
}

export interface ToolComponent {
  name: string
  fullName?: string
  version?: string
  semanticVersion?: string
  guid?: string
  informationUri?: string
  rules?: ReportingDescriptor[]
  [key: string]: unknown
}

export interface Invocation {
  workingDirectory?: ArtifactLocation
  startTimeUtc?: string
  executionSuccessful?: boolean
  [key: string]: unknown
}

export interface Artifact {
  location?: ArtifactLocation
  [key: string]: unknown
}

export interface SarifRun {
  tool: { driver: ToolComponent; extensions?: ToolComponent[]; [key: string]: unknown }
  results: SarifResult[]
  automationDetails?: { id?: string; [key: string]: unknown }
  artifacts?: Artifact[]
  invocations?: Invocation[]
  originalUriBaseIds?: Record<string, ArtifactLocation>
  [key: string]: unknown
}

export interface SarifLog {
  version: string
  $schema?: string
  runs: SarifRun[]
  [key: string]: unknown
}

export const SARIF_VERSION = '2.1.0'
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** A SARIF file as read from disk, before normalization. */
export interface SarifSource {
  file: string
  bytes: number
  log: SarifLog
  /** Results per run as found in the file, before any limit. */
  resultCounts: number[]
  /** Per run, what the streaming reader already left out (only for files too big to hold). */
  droppedTallies?: Tally[]
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
