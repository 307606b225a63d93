/**
 * SPDX 2.3 JSON, built by hand (the format is small and a library would add weight).
 *
 * - The document DESCRIBES each binary: a package with primaryPackagePurpose APPLICATION, its
 *   file name and SHA256 checksum. Each binary DEPENDS_ON every module in its build info.
 * - Modules are LIBRARY packages with a PACKAGE-MANAGER purl external reference; a go.sum
 *   `h1:` becomes a SHA256 checksum (the digest it names; see gosum.ts) and the `h1:` text is
 *   kept in the package comment with the other facts (replace directives, build settings).
 * - Nothing is asserted about licences, copyright or download locations: NOASSERTION.
 * - SPDXIDs are `SPDXRef-` + letters, digits, `.` and `-` only, unique: a readable slug of the
 *   name and version plus 8 hex digits of the ref's SHA-256, so different refs never collide.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../hash.js'
import { documentUuid } from './identity.js'
import type { BinaryEntry, Inventory, ModuleEntry } from './inventory.js'
import { resolveOptions, type SbomOptions } from './options.js'
import { binaryFacts, moduleFacts, type Fact } from './properties.js'

const NOASSERTION = 'NOASSERTION'
export const SPDX_NAMESPACE_BASE = 'https://spdx.org/spdxdocs/go-ci-kit'

export function spdxId(kind: string, name: string, version: string, ref: string): string {
  const slug = `${name}-${version}`.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/-+$/, '')
  const suffix = createHash('sha256').update(ref).digest('hex').slice(0, 8)
  return `SPDXRef-${kind}-${slug}-${suffix}`
}

/** One `name=value` line per fact; a value with a line break or quote is JSON-quoted. */
const comment = (facts: Fact[]) =>
  facts.length > 0
    ? facts
        .map(([name, value]) => `${name}=${/[\r\n"]/.test(value) ? JSON.stringify(value) : value}`)
        .join('\n')
    : undefined

function packageOf(
  entry: BinaryEntry | ModuleEntry,
  id: string,
  purpose: 'APPLICATION' | 'LIBRARY',
  facts: Fact[],
  sha256: string | undefined
) {
  return {
    SPDXID: id,
    name: entry.name,
    ...(entry.version ? { versionInfo: entry.version } : {}),
    ...('sha256' in entry ? { packageFileName: entry.path } : {}),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    ...(sha256 ? { checksums: [{ algorithm: 'SHA256', checksumValue: sha256 }] } : {}),
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    ...(entry.purl
      ? {
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: entry.purl
            }
          ]
        }
      : {}),
    primaryPackagePurpose: purpose,
    ...(comment(facts) ? { comment: comment(facts) } : {})
  }
}

/** The SPDX 2.3 JSON document (2-space indented, newline-terminated). */
export function toSpdx(inventory: Inventory, options: SbomOptions = {}): string {
  const resolved = resolveOptions(options)
  const ids = new Map<string, string>()
  for (const b of inventory.binaries)
    ids.set(b.ref, spdxId('Application', b.name, b.version, b.ref))
  for (const m of inventory.modules) ids.set(m.ref, spdxId('Package', m.name, m.version, m.ref))

  const packages = [
    ...inventory.binaries.map(b =>
      packageOf(b, ids.get(b.ref)!, 'APPLICATION', binaryFacts(b), b.sha256)
    ),
    ...inventory.modules.map(m =>
      packageOf(m, ids.get(m.ref)!, 'LIBRARY', moduleFacts(m), m.hash?.sha256Hex)
    )
  ]
  const relationships = [
    ...inventory.binaries.map(b => ({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: ids.get(b.ref)!
    })),
    ...inventory.binaries.flatMap(b =>
      b.dependsOn.map(ref => ({
        spdxElementId: ids.get(b.ref)!,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: ids.get(ref)!
      }))
    )
  ]
  const name =
    inventory.binaries.length === 1
      ? inventory.binaries[0].path
      : `${inventory.binaries.length} Go binaries`
  const uuid = documentUuid(resolved.reproducible, () =>
    canonicalJson({ format: 'spdx-2.3', inventory, resolved })
  )
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `${SPDX_NAMESPACE_BASE}/${encodeURIComponent(name)}-${uuid}`,
    creationInfo: {
      created: resolved.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creators: [`Tool: go-ci-kit-${resolved.toolVersion}`]
    },
    packages,
    relationships
  }
  return JSON.stringify(document, null, 2) + '\n'
}
