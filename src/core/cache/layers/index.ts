/**
 * The layered module cache: the planner (the action's module cache in
 * `module-cache: layered` mode, src/core/cache/flows/mod-layers.ts).
 *
 * Archive mode saves the whole module cache under one key per module set, so
 * every dependency bump uploads every module again. Layers split it in two:
 *
 * - **base** `<prefix>-modbase-<OS>-d<set>`: every module version of the set
 *   it was built from. Refreshed rarely.
 * - **delta** `<prefix>-moddelta-<OS>-d<set>-b<base>`: only the versions the
 *   set needs that base `b…` lacks, keyed by the exact module set.
 *
 * Restore ({@link planRestore}) looks both up: the base built from this set,
 * else the newest base; the delta of this set on its own base (empty), else
 * the newest delta of this set, else the newest delta of any set. Both are
 * restored; the go command downloads what neither holds.
 *
 * Save ({@link planSave}) looks at what came back:
 * - no base of this cache: save the set as a new base (first run, eviction);
 * - the base lacks more versions than the refresh fraction of its size
 *   (default {@link DEFAULT_REFRESH_FRACTION}, chosen by measurement: see
 *   plan.ts), or holds more versions the set does not need than that fraction
 *   of the set: save the set as a new base, plus an empty delta on it so later
 *   runs stop restoring the old base's delta;
 * - the run had to download versions, or the delta it restored sits on another
 *   base: save a new delta holding exactly the versions the base lacks;
 * - otherwise nothing. A delta save never holds a version the base holds.
 *
 * So a bump uploads only its new versions (plus what the base already lacked),
 * and the whole set is uploaded again only once the delta outgrows the fraction.
 * The restored size stays near what the set needs, because a base is rebuilt
 * before it holds many versions the set has dropped.
 *
 * What a layer holds: GOMODCACHE/{@link LAYER_SUBTREE} zips, .mod and .info files,
 * never `.ziphash` files or extracted trees, so the go command re-hashes each
 * zip against go.sum when it extracts it (see plan.ts for the measurement).
 *
 * Keys stay below 512 characters and hold no comma (keys.ts).
 */
export {
  DEFAULT_REFRESH_FRACTION,
  LAYER_FILE_KINDS,
  LAYER_SUBTREE,
  layerFiles,
  layerSetId,
  planRestore,
  planSave,
  type LayerCheckout,
  type LayerLookup,
  type LayerSave,
  type RestoredLayer,
  type SaveDecision,
  type SaveInput,
  type SavePlan
} from './plan.js'
export { layerCoverage, type LayerCoverage } from './outcome.js'
export {
  baseKey,
  baseRoot,
  deltaKey,
  deltaRoot,
  parseLayerKey,
  type LayerFamily,
  type LayerName
} from './keys.js'
