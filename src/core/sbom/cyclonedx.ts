/**
 * CycloneDX 1.6 JSON through @cyclonedx/cyclonedx-library (loaded on first use, so commands that
 * never write a CycloneDX SBOM do not pay for it).
 *
 * - One binary: it is `metadata.component` (an application named by its main module). Several:
 *   each is an application component, and the document has no single subject.
 * - Every module linked in is a `library` with a `pkg:golang/…` purl; the standard library is
 *   `stdlib` (`pkg:golang/stdlib@1.27.4`, plus the `golang:go` CPE, as syft writes it).
 * - Hashes: an application carries its file's SHA-256; a module the SHA-256 its go.sum `h1:`
 *   names (see gosum.ts), with the `h1:` text as a property.
 * - `dependencies`: each binary depends on every module in its build info. Build info has no
 *   module-to-module edges, so modules get no entries: in CycloneDX 1.6 a component missing
 *   from the graph has unknown dependencies, while an empty entry would claim it has none.
 */
import { canonicalJson } from '../hash.js'
import { documentUuid } from './identity.js'
import type { BinaryEntry, Inventory, ModuleEntry } from './inventory.js'
import { resolveOptions, type SbomOptions } from './options.js'
import { binaryFacts, moduleFacts, type Fact } from './properties.js'

type Library = {
  Models: typeof import('@cyclonedx/cyclonedx-library/Models')
  Enums: typeof import('@cyclonedx/cyclonedx-library/Enums')
  Spec: typeof import('@cyclonedx/cyclonedx-library/Spec')
  Serialize: typeof import('@cyclonedx/cyclonedx-library/Serialize')
}

let library: Promise<Library> | undefined

function loadLibrary(): Promise<Library> {
  library ??= Promise.all([
    import('@cyclonedx/cyclonedx-library/Models'),
    import('@cyclonedx/cyclonedx-library/Enums'),
    import('@cyclonedx/cyclonedx-library/Spec'),
    import('@cyclonedx/cyclonedx-library/Serialize')
  ]).then(([Models, Enums, Spec, Serialize]) => ({ Models, Enums, Spec, Serialize }))
  return library
}

function stdlibCpe(version: string): string | undefined {
  return /^\d+\.\d+(\.\d+)?$/.test(version)
    ? `cpe:2.3:a:golang:go:${version}:*:*:*:*:*:*:*`
    : undefined
}

/** The CycloneDX 1.6 JSON document (2-space indented, newline-terminated). */
export async function toCycloneDx(
  inventory: Inventory,
  options: SbomOptions = {}
): Promise<string> {
  const { Models, Enums, Spec, Serialize } = await loadLibrary()
  const resolved = resolveOptions(options)

  const properties = (facts: Fact[]) =>
    new Models.PropertyRepository(facts.map(([name, value]) => new Models.Property(name, value)))

  const moduleComponent = (module: ModuleEntry) => {
    const component = new Models.Component(Enums.ComponentType.Library, module.name, {
      bomRef: module.ref,
      version: module.version || undefined,
      purl: module.purl,
      cpe: module.kind === 'stdlib' ? stdlibCpe(module.version) : undefined,
      scope: Enums.ComponentScope.Required,
      properties: properties(moduleFacts(module))
    })
    if (module.hash) component.hashes.set(Enums.HashAlgorithm['SHA-256'], module.hash.sha256Hex)
    return component
  }
  const modules = new Map(inventory.modules.map(m => [m.ref, moduleComponent(m)]))

  const binaryComponent = (binary: BinaryEntry) => {
    const component = new Models.Component(Enums.ComponentType.Application, binary.name, {
      bomRef: binary.ref,
      version: binary.version || undefined,
      purl: binary.purl,
      properties: properties(binaryFacts(binary))
    })
    component.hashes.set(Enums.HashAlgorithm['SHA-256'], binary.sha256)
    for (const ref of binary.dependsOn) component.dependencies.add(modules.get(ref)!.bomRef)
    return component
  }
  const binaries = inventory.binaries.map(binaryComponent)

  const tool = new Models.Component(Enums.ComponentType.Application, 'go-ci-kit', {
    version: resolved.toolVersion
  })
  const bom = new Models.Bom({
    metadata: new Models.Metadata({
      timestamp: resolved.timestamp,
      tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
      component: binaries.length === 1 ? binaries[0] : undefined
    }),
    components: new Models.ComponentRepository([
      ...(binaries.length === 1 ? [] : binaries),
      ...modules.values()
    ])
  })
  bom.serialNumber = `urn:uuid:${documentUuid(resolved.reproducible, () =>
    canonicalJson({ format: 'cyclonedx-1.6', inventory, resolved })
  )}`

  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  )
  const document = JSON.parse(serializer.serialize(bom, { sortLists: true })) as {
    dependencies?: { ref: string; dependsOn?: string[] }[]
  }
  // The library lists every component in the graph; an entry without dependsOn would claim
  // "no dependencies", which build info cannot tell for a module. Keep only what we know.
  const binaryRefs = new Set(inventory.binaries.map(binary => binary.ref))
  document.dependencies = document.dependencies?.filter(entry => binaryRefs.has(entry.ref))
  return JSON.stringify(document, null, 2) + '\n'
}
