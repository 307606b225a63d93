/**
 * How a layered restore maps onto the action's `hit-kind` (pure): the layers
 * are judged by what they hold, not by which keys matched, because a base of
 * another set plus the delta for this set is as good as an exact archive.
 *
 * - exact: the restored layers hold every version the module set needs (zip
 *   of each module, .mod of each go.mod-only version), so the go command
 *   downloads nothing;
 * - partial: a layer came back but some needed versions are in neither;
 * - miss: no layer came back.
 */
import type { LayerCheckout, RestoredLayer } from './plan.js'

export interface LayerCoverage {
  hitKind: 'exact' | 'partial' | 'miss'
  /** Needed versions (`module@version`, `module@version/go.mod`) neither layer holds, sorted. */
  missing: string[]
  /** How many versions the set needs (zips plus go.mod-only versions). */
  needed: number
}

export function layerCoverage(
  checkout: Pick<LayerCheckout, 'modules' | 'goMods'>,
  restored: { base?: RestoredLayer; delta?: RestoredLayer }
): LayerCoverage {
  const layers = [restored.base, restored.delta].filter(
    (layer): layer is RestoredLayer => layer !== undefined
  )
  const zips = new Set(layers.flatMap(layer => layer.modules))
  const goMods = new Set(layers.flatMap(layer => layer.goMods ?? []))
  const modules = [...new Set(checkout.modules)]
  const wanted = new Set(modules)
  const graphOnly = [...new Set(checkout.goMods ?? [])].filter(entry => !wanted.has(entry))
  const missing = [
    ...modules.filter(entry => !zips.has(entry)),
    ...graphOnly.filter(entry => !goMods.has(entry) && !zips.has(entry)).map(e => `${e}/go.mod`)
  ].sort()
  const hitKind = layers.length === 0 ? 'miss' : missing.length === 0 ? 'exact' : 'partial'
  return { hitKind, missing, needed: modules.length + graphOnly.length }
}
