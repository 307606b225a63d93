export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   EU: () => (/* binding */ keyOptionsFrom),
/* harmony export */   Gr: () => (/* binding */ readWorkspaceSetting),
/* harmony export */   bJ: () => (/* binding */ planFor),
/* harmony export */   fM: () => (/* binding */ cacheKind),
/* harmony export */   gu: () => (/* binding */ cacheOptionsHelp),
/* harmony export */   rT: () => (/* binding */ cacheOptions)
/* harmony export */ });
/* unused harmony export readToolchain */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_cache_discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9089);
/* harmony import */ var _core_cache_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8256);
/* harmony import */ var _core_cache_toolchain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(129);
/* harmony import */ var _core_gomod_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1048);
/**
 * What `go-ci-kit key` and `go-ci-kit explain` share: their options, the
 * stderr logger, and the one `go env -json` call the build key needs.
 * Only the cache core's discovery and key modules are imported, so the
 * module-key path starts fast (the replay bench runs it once per commit).
 */






const cacheOptions = {
    dir: { type: 'string' },
    cache: { type: 'string' },
    prefix: { type: 'string' },
    matrix: { type: 'string' },
    'key-files': { type: 'string', multiple: true },
    'path-hash': { type: 'string' },
    os: { type: 'string' },
    arch: { type: 'string' },
    'repo-root': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' }
};
const cacheOptionsHelp = `  --dir DIR            working directory to key (default: the current directory)
  --cache mod|build    which cache (default: mod). mod needs no Go toolchain;
                       build runs \`go env -json\` (and \`$CC --version\` when cgo is on)
  --prefix P           first key segment (default: go); no commas
  --matrix JSON        the job's matrix, e.g. '\${{ toJSON(matrix) }}' (build key only)
  --key-files GLOBS    extra files for both keys: globs relative to --dir, one per
                       line or repeated flag (! excludes)
  --path-hash VALUE    opt-in PATH digest for the build key (a raw value is hashed)
  --os OS              RUNNER_OS (default: $RUNNER_OS, else from this machine)
  --arch ARCH          RUNNER_ARCH (default: $RUNNER_ARCH, else from this machine)
  --repo-root DIR      root for the repo-relative paths in components
                       (default: $GITHUB_WORKSPACE when --dir is inside it, else --dir)
  --json               print one JSON document on stdout
  --verbose            debug lines on stderr`;
function stderrLogger(io, verbose) {
    return {
        info: message => io.stderr(`go-ci-kit: ${message}\n`),
        warning: message => io.stderr(`go-ci-kit: warning: ${message}\n`),
        debug: message => {
            if (verbose)
                io.stderr(`go-ci-kit: debug: ${message}\n`);
        }
    };
}
const RUNNER_OS = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
const RUNNER_ARCH = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' };
function cacheKind(command, value) {
    if (value === undefined || value === 'mod')
        return 'mod';
    if (value === 'build')
        return 'build';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${command}: --cache must be mod or build, got "${value}"`, {
        fix: `see \`go-ci-kit ${command} --help\``
    });
}
/** Turns parsed flags into KeyOptions; the toolchain is filled in later for the build cache. */
function keyOptionsFrom(values, io, logger) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.dir ?? '.');
    const workspace = io.env.GITHUB_WORKSPACE ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.env.GITHUB_WORKSPACE) : undefined;
    const insideWorkspace = workspace !== undefined && !node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, dir).startsWith('..');
    const repoRoot = values['repo-root']
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values['repo-root'])
        : insideWorkspace
            ? workspace
            : dir;
    let matrix;
    if (values.matrix !== undefined && values.matrix.trim() !== '') {
        try {
            matrix = JSON.parse(values.matrix);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--matrix: not valid JSON (${error.message})`, {
                fix: "pass the matrix as JSON, e.g. --matrix '${{ toJSON(matrix) }}'"
            });
        }
    }
    const keyFiles = (values['key-files'] ?? []).flatMap(value => value.split('\n'));
    return {
        dir,
        repoRoot,
        prefix: values.prefix,
        os: values.os ?? io.env.RUNNER_OS ?? RUNNER_OS[process.platform] ?? process.platform,
        arch: values.arch ?? io.env.RUNNER_ARCH ?? RUNNER_ARCH[process.arch] ?? process.arch,
        ...(matrix !== undefined ? { matrix } : {}),
        ...(keyFiles.length ? { keyFiles } : {}),
        ...(values['path-hash'] ? { pathHash: values['path-hash'] } : {}),
        goflags: io.env.GOFLAGS ?? '',
        ...(io.env.GOWORK !== undefined ? { gowork: io.env.GOWORK } : {}),
        logger
    };
}
const GO_ENV_TIMEOUT_MS = 60_000;
/** One `go env -json` call (and `$CC --version` when cgo is on); GOWORK and GOROOT come with it. */
async function readToolchain(dir, io, logger) {
    let output;
    let values = {};
    try {
        ;
        ({ json: output, values } = await (0,_core_gomod_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readGoEnv */ .os)({
            dir,
            env: io.env,
            variables: _core_cache_toolchain_js__WEBPACK_IMPORTED_MODULE_4__/* .GO_ENV_VARIABLES */ .jX,
            timeoutMs: GO_ENV_TIMEOUT_MS
        }));
    }
    catch (error) {
        if (!(error instanceof _core_gomod_index_js__WEBPACK_IMPORTED_MODULE_5__/* .GoEnvFailure */ .u8))
            throw error;
        if (error.kind === 'missing') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('--cache build needs the go command, and it is not on PATH', {
                fix: 'install Go (for example with actions/setup-go) or use --cache mod, which needs no toolchain'
            });
        }
        if (error.kind === 'failed') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`\`go env -json\` failed: ${error.stderr || error.message}`, {
                fix: 'run `go env -json` in that directory and fix what it reports'
            });
        }
        output = error.output; // parseToolchainIdentity words what is wrong with it
    }
    const workspace = { gowork: values.GOWORK ?? '', goroot: values.GOROOT ?? '' };
    const identity = (0,_core_cache_toolchain_js__WEBPACK_IMPORTED_MODULE_4__/* .parseToolchainIdentity */ .Dp)(output);
    if (!identity.CC)
        return { identity, ...workspace }; // CC is only recorded when cgo is on
    try {
        const version = await (0,_core_gomod_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readCcVersion */ .j1)(identity.CC, {
            dir,
            env: io.env,
            timeoutMs: GO_ENV_TIMEOUT_MS
        });
        return { identity: (0,_core_cache_toolchain_js__WEBPACK_IMPORTED_MODULE_4__/* .parseToolchainIdentity */ .Dp)(output, version), ...workspace };
    }
    catch (error) {
        logger.warning(`cgo is on but \`${identity.CC} --version\` failed (${error.message}); the C compiler version is left out of the build key`);
        return { identity, ...workspace };
    }
}
/**
 * GOWORK and GOROOT as the go command sees them (`go env`, which also reads a
 * GOWORK set with `go env -w`), so the go.work search matches the go command's.
 * The module key needs no toolchain: without a working go, $GOWORK is used.
 */
async function readWorkspaceSetting(options, io, logger) {
    const setting = await (0,_core_gomod_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readGoWorkSetting */ .s_)(options.dir, io.env, reason => logger.debug(`go env GOWORK is not available (${reason}); using $GOWORK`));
    return { ...options, ...setting };
}
/** Discovers the components and plans the one cache asked for. */
async function planFor(kind, options, io, logger) {
    let withToolchain;
    if (kind === 'build') {
        const { identity, gowork, goroot } = await readToolchain(options.dir, io, logger);
        withToolchain = { ...options, toolchain: identity, gowork, goroot };
    }
    else {
        withToolchain = await readWorkspaceSetting(options, io, logger);
    }
    const components = await (0,_core_cache_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverComponents */ .K$)(withToolchain);
    const plan = kind === 'build'
        ? (0,_core_cache_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .planBuildKey */ .Z4)(components, withToolchain)
        : (0,_core_cache_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .planModKey */ .HX)(components, withToolchain);
    return { components, plan, options: withToolchain };
}


/***/ }),

/***/ 6211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheCommand: () => (/* binding */ cacheCommand),
  parseSaveIo: () => (/* binding */ parseSaveIo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cache/discover.ts + 1 modules
var discover = __webpack_require__(9089);
// EXTERNAL MODULE: ./src/core/gomod/index.ts + 7 modules
var gomod = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/core/cache/keys.ts
var keys = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/cache/layers/keys.ts
/**
 * Keys of the layered module cache. Two families per prefix, OS and key-files
 * digest, kept apart from the archive-mode `<prefix>-mod-<OS>-…` keys so that
 * neither mode's restore ladder can pick up the other's entries:
 *
 *   base:  <prefix>-modbase-<OS>-[k<key files>-]d<set>
 *   delta: <prefix>-moddelta-<OS>-[k<key files>-]d<set>-b<base set>
 *
 * `d<set>` is the first 16 hex digits of the digest of the module set the
 * entry was planned for; a base is named by the set it was built from, and a
 * delta names the base it sits on (`b…`, that base's `d…` digits), so a save
 * can tell whether a restored delta belongs to the restored base.
 *
 * The key-files digest sits before the module set (unlike the archive key,
 * where it is last): it partitions the layered cache, so changing a key file
 * starts a fresh base instead of stacking deltas on a base built for other
 * key files.
 *
 * Length: prefix and OS are sanitized and capped at 64 characters each by
 * `sanitizeSegment`, the digests are 17 characters, so a key stays far below
 * 512 characters and holds no comma.
 */

const DIGEST_LENGTH = 16;
const HEX = /^[0-9a-f]{16}$/;
/** The fixed start of every base key of the family (the base restore key). */
function baseRoot(family) {
    return root(family, 'modbase');
}
/** The fixed start of every delta key of the family (the last delta restore key). */
function deltaRoot(family) {
    return root(family, 'moddelta');
}
function root(family, cache) {
    const files = family.keyFiles ? `k${family.keyFiles.slice(0, DIGEST_LENGTH)}-` : '';
    return `${(0,keys/* sanitizeSegment */.P)(family.prefix)}-${cache}-${(0,keys/* sanitizeSegment */.P)(family.os)}-${files}`;
}
/** The 16 hex digits that name a module set in keys. */
function setId(moduleSetDigest) {
    return moduleSetDigest.slice(0, DIGEST_LENGTH);
}
function baseKey(family, set) {
    return `${baseRoot(family)}d${set}`;
}
function deltaKey(family, set, base) {
    return `${deltaRoot(family)}d${set}-b${base}`;
}
/** Reads one of this family's keys back; undefined for any other key. */
function parseLayerKey(family, key) {
    const base = baseRoot(family);
    if (key.startsWith(base)) {
        const rest = key.slice(base.length);
        const set = rest.slice(1);
        return rest.startsWith('d') && HEX.test(set) ? { layer: 'base', set } : undefined;
    }
    const delta = deltaRoot(family);
    if (key.startsWith(delta)) {
        const match = /^d([0-9a-f]{16})-b([0-9a-f]{16})$/.exec(key.slice(delta.length));
        return match ? { layer: 'delta', set: match[1], base: match[2] } : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/cache/layers/plan.ts
/**
 * The layered module cache planner: pure functions from typed inputs (the
 * checkout's module set, what the restore found) to lookups and saves. See
 * index.ts for how the layers work; this file only decides.
 */



/**
 * Rebuild the base when the versions it lacks pass this fraction of its size,
 * or the versions it holds that the set no longer needs pass this fraction of
 * the set (a shrinking go.sum, a removed module: the base must not keep
 * restoring what nothing uses).
 *
 * Chosen by measurement: bench/cache-layers.mjs replays 300 commits of
 * opentelemetry-go-contrib (200 of them change dependencies) through this
 * planner (`--refresh-fraction F` sweeps it). Uploaded module zips against the
 * actions/cache recipe, by fraction: 0.02 → 0.115×, 0.04 → 0.078×,
 * 0.06 → 0.066×, 0.08 → 0.058×, 0.10 → 0.053×, 0.12 → 0.051×, 0.14 → 0.063×,
 * 0.20 → 0.073×, 0.30 → 0.108×. Below the flat bottom the base is rebuilt (a
 * full upload) too often; above it every delta re-uploads a growing set of
 * versions the base lacks, and the stale versions restored with the base grow
 * (at 0.14 the last commit restores 1.12× what it needs, over the 1.1× target).
 * 0.10 is the low edge of the bottom: within 4% of its best uploads, while a
 * run restores on average 1.03× (at most 1.14×) what it needs.
 */
const DEFAULT_REFRESH_FRACTION = 0.1;
/**
 * The GOMODCACHE subtree a layer holds, and the files of each module version
 * in it (`<escaped path>/@v/<version>.zip|.mod|.info`). Extracted trees,
 * `.ziphash`, `.lock`, `.partial`, `*.tmp` and `sumdb/` are left out on
 * purpose: with a `.zip` and no `.ziphash`, the go command re-hashes the zip
 * and checks it against go.sum before it extracts it (modfetch's downloadZip
 * → hashZip → checkModSum in Go 1.27), and it checks every `.mod` it reads
 * against go.sum too. A restored extracted tree with its `.ziphash` is trusted
 * as it is, and without the `.ziphash` the go command refuses it.
 *
 * Measured with bench/modcache-forms.py on containerd (150 vendored modules
 * served from a GOPROXY=file:// folder, 129 zips used by `go build ./...`),
 * Go 1.27.4 offline, warm GOCACHE, medians of 5 on a loaded 2-core machine:
 *
 *   form                      files  on disk   tar.zst   untar   go build
 *   extracted + cache/dl       5466  51.7 MB   16.9 MB   4.4 s   10.6 s
 *   cache/download (no hash)    387  10.8 MB    9.7 MB   0.6 s   21.4 s
 *
 * One .go file changed in one module: the extracted form builds it without a
 * word (exit 0); the download form stops with "checksum mismatch … SECURITY
 * ERROR" (exit 1). So layers hold the download form: 0.58× the bytes to
 * transfer and store, and every restored module verified by the go command,
 * for about 7 s more per job here (re-hashing and extracting 129 zips, work a
 * runner without a cache does too).
 */
const LAYER_SUBTREE = 'cache/download';
const LAYER_FILE_KINDS = ['zip', 'mod', 'info'];
function sortedUnique(values) {
    return [...new Set(values)].sort();
}
function normalize(checkout) {
    const modules = sortedUnique(checkout.modules);
    const goMods = sortedUnique(checkout.goMods ?? []);
    // The same digest as the archive key's `d…` segment: the module set's entries, sorted.
    const entries = [...modules, ...goMods.map(entry => `${entry}/go.mod`)].sort();
    const zips = new Set(modules);
    const graphOnly = goMods.filter(entry => !zips.has(entry));
    return { family: checkout.family, modules, graphOnly, set: setId((0,gomod/* moduleSetDigest */.F7)(entries)) };
}
/** The layer identity of a checkout's module set (the `d…` digits of its keys). */
function layerSetId(checkout) {
    return normalize(checkout).set;
}
/**
 * Restore both layers: the base built from this exact set if there is one,
 * else the newest base; the delta on a base built from this set (empty), else
 * the newest delta for this set, else the newest delta of any set (it holds
 * what recent sets added, so a dependency bump downloads only its new versions).
 */
function planRestore(checkout) {
    const { family, set } = normalize(checkout);
    return [
        {
            layer: 'base',
            key: baseKey(family, set),
            restoreKeys: [baseRoot(family)],
            subtree: LAYER_SUBTREE
        },
        {
            layer: 'delta',
            key: deltaKey(family, set, set),
            restoreKeys: [`${deltaRoot(family)}d${set}-`, deltaRoot(family)],
            subtree: LAYER_SUBTREE
        }
    ];
}
function checkFraction(value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new errors/* ConfigurationError */.j1(`the base refresh fraction must be a number ≥ 0, got ${value}`, {
            fix: `use a fraction such as ${DEFAULT_REFRESH_FRACTION} (rebuild the base when the delta passes 10% of it)`
        });
    }
    return value;
}
/**
 * What to save after the run. Never re-uploads a version the restored base
 * holds, except when it rebuilds the base, and never saves under a key it
 * restored exactly (cache entries are immutable).
 */
function planSave(input) {
    const refreshFraction = checkFraction(input.refreshFraction ?? DEFAULT_REFRESH_FRACTION);
    const checkout = normalize(input.checkout);
    const { family, set } = checkout;
    const availableModules = input.available && new Set(input.available.modules);
    // Unknown .mod availability (the replay protocol says nothing of it): assume on disk.
    const availableGoMods = input.available?.goMods && new Set(input.available.goMods);
    const onDisk = (entry) => !availableModules || availableModules.has(entry);
    const goModOnDisk = (entry) => !availableGoMods || availableGoMods.has(entry) || availableModules?.has(entry) === true;
    const restoredBase = input.restored.base;
    const restoredDelta = input.restored.delta;
    const baseRef = restoredBase && parseLayerKey(family, restoredBase.key);
    const baseSet = baseRef?.layer === 'base' ? baseRef.set : undefined;
    const baseModules = new Set(baseSet ? restoredBase?.modules : []);
    const baseGoMods = new Set(baseSet ? restoredBase?.goMods : []);
    const deltaModules = new Set(restoredDelta?.modules ?? []);
    const lacking = checkout.modules.filter(entry => !baseModules.has(entry));
    const lackingGoMods = checkout.graphOnly.filter(entry => !baseGoMods.has(entry) && !baseModules.has(entry));
    const missing = lacking.filter(entry => !deltaModules.has(entry));
    const needed = new Set(checkout.modules);
    let stale = 0;
    for (const entry of baseModules)
        if (!needed.has(entry))
            stale++;
    const staleFraction = needed.size === 0 ? (stale === 0 ? 0 : Infinity) : stale / needed.size;
    const deltaFraction = baseSet === undefined
        ? Infinity
        : baseModules.size === 0
            ? lacking.length === 0
                ? 0
                : Infinity
            : lacking.length / baseModules.size;
    const plan = (decision, saves, explanation) => ({
        decision,
        saves,
        missing,
        deltaFraction,
        staleFraction,
        refreshFraction,
        explanation
    });
    const save = (layer, key, modules, goMods, reason) => ({
        layer,
        key,
        modules: modules.filter(onDisk),
        goMods: goMods.filter(goModOnDisk),
        subtree: LAYER_SUBTREE,
        fileKinds: LAYER_FILE_KINDS,
        reason
    });
    const newBase = (reason) => [
        save('base', baseKey(family, set), checkout.modules, checkout.graphOnly, reason),
        // An empty delta on the new base: later runs then restore it rather than
        // a delta of the old base through the ladder's last prefix.
        save('delta', deltaKey(family, set, set), [], [], 'the new base holds the whole set')
    ];
    const ownBaseKey = baseKey(family, set);
    const percent = (value) => `${(value * 100).toFixed(1)}%`;
    if (baseSet === undefined) {
        const why = restoredBase
            ? `the restored entry ${restoredBase.key} is not a base of this cache`
            : 'no base was restored';
        return plan('first-base', newBase(why), `${why}: save the whole set as a new base`);
    }
    const ownDeltaKey = deltaKey(family, set, baseSet);
    const deltaIsExact = restoredDelta?.key === ownDeltaKey;
    if (ownBaseKey !== restoredBase?.key) {
        if (deltaFraction > refreshFraction) {
            const why = `the base lacks ${lacking.length} of ${checkout.modules.length} versions, ${percent(deltaFraction)} of its ${baseModules.size} (over ${percent(refreshFraction)})`;
            return plan('rebase', newBase(why), `${why}: rebuild the base from this set`);
        }
        if (staleFraction > refreshFraction) {
            const why = `the base holds ${stale} versions this set does not need, ${percent(staleFraction)} of its ${checkout.modules.length} (over ${percent(refreshFraction)})`;
            return plan('rebase', newBase(why), `${why}: rebuild the base from this set`);
        }
        if (deltaIsExact && missing.length > 0) {
            // The delta for this set and base exists but lacks versions, and entries
            // cannot be replaced: only a new base gets this set out of downloading them.
            const why = `the delta ${restoredDelta?.key} lacks ${missing.length} needed versions and cannot be replaced`;
            return plan('rebase', newBase(why), `${why}: rebuild the base from this set`);
        }
    }
    if (lacking.length === 0) {
        // The base covers the set; an empty delta keeps later restores from bringing a stale one.
        if ((restoredDelta?.modules.length ?? 0) > 0 && !deltaIsExact) {
            return plan('delta', [save('delta', ownDeltaKey, [], [], 'the base holds the whole set')], 'the base holds every needed version: save an empty delta');
        }
        return plan('none', [], 'the base holds every needed version: nothing to save');
    }
    const deltaRef = restoredDelta && parseLayerKey(family, restoredDelta.key);
    const deltaBase = deltaRef?.layer === 'delta' ? deltaRef.base : undefined;
    if (missing.length === 0 && deltaBase === baseSet) {
        return plan('none', [], `base and delta hold every needed version (the base lacks ${lacking.length}, ${percent(deltaFraction)}): nothing to save`);
    }
    if (deltaIsExact) {
        // Only reachable when the base itself was built from this set but saved
        // incomplete: neither key can be replaced, so the run keeps downloading.
        return plan('none', [], `the base and delta of this set exist but lack ${missing.length} versions; cache entries cannot be replaced`);
    }
    const why = missing.length > 0
        ? `the run downloaded ${missing.length} versions; the base lacks ${lacking.length} (${percent(deltaFraction)})`
        : `the restored delta ${restoredDelta?.key ?? ''} sits on another base; the base lacks ${lacking.length} (${percent(deltaFraction)})`;
    return plan('delta', [save('delta', ownDeltaKey, lacking, lackingGoMods, why)], `${why}: save a delta`);
}
/** Go's case-encoding for module paths and versions in the module cache (`!` + lower case). */
function escapeCase(text) {
    return text.replace(/[A-Z]/g, letter => `!${letter.toLowerCase()}`);
}
/**
 * The files a saved layer holds, relative to GOMODCACHE, for the transfer to
 * pack: `.zip`, `.mod` and `.info` of each module version, `.mod` and `.info`
 * of each go.mod-only version.
 */
function layerFiles(save) {
    const files = [];
    const add = (entry, kinds) => {
        const at = entry.lastIndexOf('@');
        const stem = `${LAYER_SUBTREE}/${escapeCase(entry.slice(0, at))}/@v/${escapeCase(entry.slice(at + 1))}`;
        for (const kind of kinds)
            files.push(`${stem}.${kind}`);
    };
    for (const entry of save.modules)
        add(entry, LAYER_FILE_KINDS);
    for (const entry of save.goMods)
        add(entry, ['mod', 'info']);
    return files;
}

;// CONCATENATED MODULE: ./src/core/cache/layers/index.ts
/**
 * The layered module cache (planner only; not yet wired into the action).
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



// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(302);
// EXTERNAL MODULE: ./src/cli/commands/cache-common.ts
var cache_common = __webpack_require__(3061);
;// CONCATENATED MODULE: ./src/cli/commands/cache.ts
/**
 * `go-ci-kit cache plan restore|save`: the layered module cache planner
 * (src/core/cache/layers) as a process, speaking the plan protocol of
 * ../shared/bench/replay.py (--plan-cmd). The action does not use it yet.
 */









const options = {
    dir: { type: 'string' },
    io: { type: 'string' },
    prefix: { type: 'string' },
    os: { type: 'string' },
    'key-files': { type: 'string', multiple: true },
    'repo-root': { type: 'string' },
    'refresh-fraction': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' }
};
const cacheCommand = {
    name: 'cache',
    summary: 'Plan the layered module cache (cache plan restore|save)',
    help: `Usage: go-ci-kit cache plan restore --dir DIR [--io FILE] [options]
       go-ci-kit cache plan save --dir DIR --io FILE [options]

Plans the layered module cache: a base layer refreshed rarely plus a delta
layer keyed by the exact module set that holds only the module versions the
base lacks. Each layer holds GOMODCACHE/cache/download (zips, .mod, .info; no
.ziphash, so the go command re-hashes every zip against go.sum). Not yet used
by the cache action. Speaks the plan protocol of the replay bench (replay.py
--plan-cmd); output is always one JSON document on stdout.

  restore   print {"lookups": [{"layer", "key", "restoreKeys", "subtree"}, ...]}:
            the base lookup, then the delta lookup. --io is ignored.
  save      read --io, a JSON file {"restored": [{"key": K or null, "kind",
            "modules": ["path@version", ...]}, ...one per lookup, in order],
            "downloaded": ["path@version", ...]}, and print {"saves": [{"layer",
            "key", "modules", "goMods", "subtree", "fileKinds", "reason"}, ...],
            "decision", "explanation", "deltaFraction" (null: no base),
            "staleFraction", "refreshFraction", "missing"}.

The module set is read in-process from go.work, go.work.sum, every go.mod and
go.sum under --dir (no Go toolchain needed). In vendor mode the module cache is
not needed: no lookups and no saves.

Options:
  --dir DIR                  working directory (default: the current directory)
  --io FILE                  the save phase's input (see above)
  --prefix P                 first key segment (default: go); no commas
  --os OS                    RUNNER_OS (default: $RUNNER_OS, else from this machine)
  --key-files GLOBS          extra files that partition the cache: globs relative
                             to --dir, one per line or repeated flag (! excludes)
  --repo-root DIR            root for repo-relative paths (default: $GITHUB_WORKSPACE
                             when --dir is inside it, else --dir)
  --refresh-fraction F       rebuild the base when the versions it lacks pass F
                             times its size (default: ${DEFAULT_REFRESH_FRACTION})
  --json                     accepted for symmetry; the output is always JSON
  --verbose                  debug lines on stderr

Exit codes:
  0   the plan was printed
  2   usage or configuration error (bad go.work or go.sum, unreadable or
      malformed --io file)
`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('cache', argv, options);
        const [verb, phase, ...extra] = positionals;
        if (verb !== 'plan' || (phase !== 'restore' && phase !== 'save') || extra.length > 0) {
            throw new errors/* ConfigurationError */.j1(`cache: expected "plan restore" or "plan save", got "${positionals.join(' ')}"`, { fix: 'see `go-ci-kit cache --help`' });
        }
        const refreshFraction = parseFraction(values['refresh-fraction']);
        const logger = (0,cache_common/* stderrLogger */.D7)(io, values.verbose === true);
        const keyOptions = await (0,cache_common/* readWorkspaceSetting */.Gr)((0,cache_common/* keyOptionsFrom */.EU)(values, io, logger), io, logger);
        const components = await (0,discover/* discoverComponents */.K$)(keyOptions);
        const modPlan = (0,keys/* planModKey */.HX)(components, keyOptions);
        if (!modPlan.needed) {
            logger.info(`the module cache is not needed: ${modPlan.notNeededReason}`);
            (0,command/* printJson */.Q2)(io, phase === 'restore' ? { lookups: [] } : { saves: [], decision: 'none' });
            return command/* ExitCode */.yU.ok;
        }
        const segment = (name) => modPlan.segments.find(s => s.name === name)?.value;
        const keyFiles = segment('key-files');
        const checkout = {
            family: {
                prefix: segment('prefix') ?? 'go',
                os: segment('os') ?? keyOptions.os,
                ...(keyFiles ? { keyFiles: keyFiles.slice(1) } : {})
            },
            modules: (0,gomod/* zipEntries */.uW)(components.moduleSet),
            goMods: components.moduleSet
                .map(gomod/* splitEntry */.$d)
                .filter(entry => entry.goModOnly)
                .map(entry => `${entry.path}@${entry.version}`)
        };
        const lookups = planRestore(checkout);
        if (phase === 'restore') {
            (0,command/* printJson */.Q2)(io, { lookups });
            return command/* ExitCode */.yU.ok;
        }
        if (!values.io) {
            throw new errors/* ConfigurationError */.j1('cache plan save: --io FILE is required', {
                fix: 'pass the JSON file that describes what the restore found (see `go-ci-kit cache --help`)'
            });
        }
        const ioFile = external_node_path_default().resolve(io.cwd, values.io);
        const found = parseSaveIo(await readIo(ioFile), ioFile, lookups.length);
        const restored = {};
        lookups.forEach((lookup, index) => {
            const layer = found.restored[index];
            if (layer)
                restored[lookup.layer] = layer;
        });
        const available = new Set(found.downloaded);
        for (const layer of found.restored)
            for (const entry of layer?.modules ?? [])
                available.add(entry);
        const plan = planSave({
            checkout,
            restored,
            available: { modules: [...available] },
            refreshFraction
        });
        logger.debug(plan.explanation);
        (0,command/* printJson */.Q2)(io, {
            saves: plan.saves,
            decision: plan.decision,
            explanation: plan.explanation,
            deltaFraction: Number.isFinite(plan.deltaFraction) ? plan.deltaFraction : null,
            staleFraction: Number.isFinite(plan.staleFraction) ? plan.staleFraction : null,
            refreshFraction: plan.refreshFraction,
            missing: plan.missing
        });
        return command/* ExitCode */.yU.ok;
    }
};
function parseFraction(value) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
        throw new errors/* ConfigurationError */.j1(`cache: --refresh-fraction must be a number ≥ 0, got "${value}"`, {
            fix: `pass a fraction such as ${DEFAULT_REFRESH_FRACTION}`
        });
    }
    return number;
}
async function readIo(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot read --io ${file}: ${error.message}`, {
            fix: 'pass the file the save phase was given'
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file}: not valid JSON (${error.message})`, {
            fix: 'write the save input as one JSON object (see `go-ci-kit cache --help`)'
        });
    }
}
/** Checks the save input's shape; errors name the file and the JSON pointer. */
function parseSaveIo(document, file, lookupCount) {
    const fail = (pointer, message) => new errors/* ConfigurationError */.j1(`${file}: ${pointer}: ${message}`, {
        fix: 'write {"restored": [{"key", "kind", "modules"} per lookup], "downloaded": [...]} (see `go-ci-kit cache --help`)'
    });
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    const entries = (value, pointer) => {
        if (!Array.isArray(value))
            throw fail(pointer, 'expected an array of "path@version" strings');
        value.forEach((entry, index) => {
            if (typeof entry !== 'string' || entry.lastIndexOf('@') <= 0) {
                throw fail(`${pointer}/${index}`, `expected a "path@version" string, got ${JSON.stringify(entry)}`);
            }
        });
        return value;
    };
    if (!isObject(document))
        throw fail('', 'expected a JSON object');
    const restored = document.restored;
    if (!Array.isArray(restored))
        throw fail('/restored', 'expected an array, one item per lookup');
    if (restored.length !== lookupCount) {
        throw fail('/restored', `expected ${lookupCount} items (one per lookup: base, delta), got ${restored.length}`);
    }
    const layers = restored.map((item, index) => {
        const pointer = `/restored/${index}`;
        if (!isObject(item))
            throw fail(pointer, 'expected an object');
        if (item.key === null || item.key === undefined)
            return undefined;
        if (typeof item.key !== 'string')
            throw fail(`${pointer}/key`, 'expected a string or null');
        return { key: item.key, modules: entries(item.modules ?? [], `${pointer}/modules`) };
    });
    return { restored: layers, downloaded: entries(document.downloaded ?? [], '/downloaded') };
}


/***/ })

};
