export const id = 649;
export const ids = [649];
export const modules = {

/***/ 5681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ explainRestore)
/* harmony export */ });
/* unused harmony exports hitKindOf, diffModuleSets, compareModuleVersions */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4316);
/* harmony import */ var _gomod_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1048);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(129);
/**
 * Why a restore was not exact: the manifest that came back with the restored
 * entry (or nothing) against the current components, reduced to machine
 * reasons, a one-sentence detail and the full module, setting and file diffs.
 */



/** Every reason this module can give, in the order they are reported. */
const REASON_ORDER = [
    'first-run',
    'manifest-missing',
    'deps-changed',
    'go-work-changed',
    'vendor-changed',
    'toolchain-changed',
    'env-changed',
    'path-changed',
    'matrix-changed',
    'key-files-changed'
];
function hitKindOf(hit) {
    if (hit.matchedKey === undefined || hit.matchedKey === '')
        return 'miss';
    return hit.matchedKey === hit.primaryKey ? 'exact' : 'partial';
}
function explainRestore(kind, current, previous, hit) {
    const hitKind = hitKindOf(hit);
    const empty = { added: [], removed: [], changed: [] };
    if (!previous) {
        const reasons = hitKind === 'miss' ? ['first-run'] : hitKind === 'partial' ? ['manifest-missing'] : [];
        const detail = hitKind === 'miss'
            ? `no cache entry matches ${hit.primaryKey} or its restore keys`
            : hitKind === 'partial'
                ? `restored ${hit.matchedKey}, which carries no manifest to compare with`
                : `exact hit on ${hit.primaryKey}`;
        return { hitKind, reasons, detail, modules: empty, settings: [], files: { ...empty } };
    }
    const modules = diffModuleSets(previous.moduleSet, current.moduleSet);
    const files = diffFiles(allFiles(previous), allFiles(current));
    const settings = [];
    const found = new Set();
    const details = {};
    // Dependencies: the module set for both caches; for the build cache also every go.mod.
    const goModChanges = diffFiles(previous.goMods, current.goMods);
    const goModsChanged = countFiles(goModChanges) > 0;
    if (previous.moduleSetDigest !== current.moduleSetDigest || (kind === 'build' && goModsChanged)) {
        found.add('deps-changed');
        details['deps-changed'] = describeDeps(modules, diffFiles(previous.goSums, current.goSums), goModChanges);
    }
    const workDetail = describeGoWork(previous, current);
    if (workDetail) {
        found.add('go-work-changed');
        details['go-work-changed'] = workDetail;
    }
    const vendorDetail = describeVendor(previous, current, settings);
    if (vendorDetail) {
        found.add('vendor-changed');
        details['vendor-changed'] = vendorDetail;
    }
    if (kind === 'build') {
        compareToolchains(previous, current, settings, found, details);
        if ((previous.pathHash ?? '') !== (current.pathHash ?? '')) {
            found.add('path-changed');
            settings.push({ name: 'PATH', from: previous.pathHash ?? '', to: current.pathHash ?? '' });
            details['path-changed'] = 'PATH changed';
        }
        if ((previous.matrixDigest ?? '') !== (current.matrixDigest ?? '')) {
            found.add('matrix-changed');
            details['matrix-changed'] = describeMatrix(previous.matrix, current.matrix, settings);
        }
    }
    const keyFileChanges = diffFiles(previous.keyFiles, current.keyFiles);
    if (countFiles(keyFileChanges) > 0) {
        found.add('key-files-changed');
        details['key-files-changed'] = `key files ${describeFileChanges(keyFileChanges)}`;
    }
    if (hitKind === 'exact') {
        return {
            hitKind,
            reasons: [],
            detail: `exact hit on ${hit.primaryKey}`,
            modules,
            settings,
            files
        };
    }
    const reasons = REASON_ORDER.filter(reason => found.has(reason));
    const detail = reasons.length > 0
        ? reasons.map(reason => details[reason]).join('; ')
        : hitKind === 'partial'
            ? `restored ${hit.matchedKey}; its manifest matches the current inputs`
            : `no cache entry matches ${hit.primaryKey}; the earlier inputs match the current ones`;
    return { hitKind, reasons, detail, modules, settings, files };
}
function groupByModule(entries) {
    const zips = new Map();
    const goMods = new Map();
    for (const entry of entries) {
        const { path, version, goModOnly } = (0,_gomod_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitEntry */ .$d)(entry);
        const target = goModOnly ? goMods : zips;
        let versions = target.get(path);
        if (!versions)
            target.set(path, (versions = new Set()));
        versions.add(version);
    }
    const groups = new Map();
    for (const path of new Set([...zips.keys(), ...goMods.keys()])) {
        const zipVersions = zips.get(path) ?? new Set();
        groups.set(path, {
            zips: [...zipVersions].sort(compareModuleVersions),
            goModOnly: [...(goMods.get(path) ?? [])]
                .filter(v => !zipVersions.has(v))
                .sort(compareModuleVersions)
        });
    }
    return groups;
}
function fullLabels(group) {
    return [...group.zips, ...group.goModOnly.map(version => `${version}/go.mod`)];
}
function shortLabel(group) {
    return group.zips.length > 0 ? group.zips.join(', ') : fullLabels(group).join(', ');
}
/** Every module path whose version set differs, as added, removed or changed. */
function diffModuleSets(previous, current) {
    const before = groupByModule(previous);
    const after = groupByModule(current);
    const changes = { added: [], removed: [], changed: [] };
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const path of paths) {
        const from = before.get(path);
        const to = after.get(path);
        if (!from && to)
            changes.added.push(...fullLabels(to).map(label => `${path}@${label}`));
        else if (from && !to)
            changes.removed.push(...fullLabels(from).map(label => `${path}@${label}`));
        else if (from && to) {
            const fromFull = fullLabels(from).join(', ');
            const toFull = fullLabels(to).join(', ');
            if (fromFull === toFull)
                continue;
            const fromShort = shortLabel(from);
            const toShort = shortLabel(to);
            changes.changed.push(fromShort !== toShort
                ? { path, from: fromShort, to: toShort }
                : { path, from: fromFull, to: toFull });
        }
    }
    return changes;
}
/** Orders Go module versions (semver with a leading v); unparsable ones sort as text. */
function compareModuleVersions(a, b) {
    const parse = (version) => /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return a < b ? -1 : a > b ? 1 : 0;
    for (let i = 1; i <= 3; i++) {
        const difference = Number(x[i]) - Number(y[i]);
        if (difference !== 0)
            return difference;
    }
    if (x[4] === y[4])
        return a < b ? -1 : a > b ? 1 : 0;
    if (x[4] === undefined)
        return 1;
    if (y[4] === undefined)
        return -1;
    return comparePrerelease(x[4], y[4]);
}
function comparePrerelease(a, b) {
    const xs = a.split('.');
    const ys = b.split('.');
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        if (xs[i] === undefined)
            return -1;
        if (ys[i] === undefined)
            return 1;
        const xNum = /^\d+$/.test(xs[i]);
        const yNum = /^\d+$/.test(ys[i]);
        if (xNum && yNum && Number(xs[i]) !== Number(ys[i]))
            return Number(xs[i]) - Number(ys[i]);
        if (xNum !== yNum)
            return xNum ? -1 : 1;
        if (xs[i] !== ys[i])
            return xs[i] < ys[i] ? -1 : 1;
    }
    return 0;
}
function allFiles(components) {
    return [
        ...(components.goWork ? [components.goWork.file] : []),
        ...components.goMods,
        ...components.goSums,
        ...(components.vendor?.modulesTxt ?? []),
        ...components.keyFiles
    ];
}
function diffFiles(previous, current) {
    const before = new Map(previous.map(file => [file.path, file.sha256]));
    const after = new Map(current.map(file => [file.path, file.sha256]));
    const changes = { added: [], removed: [], changed: [] };
    for (const [path, sha] of after) {
        if (!before.has(path))
            changes.added.push(path);
        else if (before.get(path) !== sha)
            changes.changed.push(path);
    }
    for (const path of before.keys())
        if (!after.has(path))
            changes.removed.push(path);
    changes.added.sort();
    changes.removed.sort();
    changes.changed.sort();
    return changes;
}
function countFiles(changes) {
    return changes.added.length + changes.removed.length + changes.changed.length;
}
function shown(path) {
    return path.startsWith('.') || path.startsWith('/') ? path : `./${path}`;
}
function describeFileChanges(changes) {
    const parts = [];
    const list = (paths) => paths.length <= 2
        ? paths.map(shown).join(', ')
        : `${shown(paths[0])} and ${paths.length - 1} more`;
    if (changes.changed.length)
        parts.push(`changed: ${list(changes.changed)}`);
    if (changes.added.length)
        parts.push(`added: ${list(changes.added)}`);
    if (changes.removed.length)
        parts.push(`removed: ${list(changes.removed)}`);
    return parts.join(', ');
}
function describeDeps(modules, sums, goMods) {
    const total = modules.added.length + modules.removed.length + modules.changed.length;
    if (total === 0) {
        return countFiles(goMods) > 0
            ? `go.mod ${describeFileChanges(goMods)}`
            : 'the module set changed';
    }
    const first = modules.changed[0]
        ? `${modules.changed[0].path} ${modules.changed[0].from} → ${modules.changed[0].to}`
        : modules.added[0]
            ? `${modules.added[0]} added`
            : `${modules.removed[0]} removed`;
    const more = total > 1 ? ` and ${total - 1} more` : '';
    const touched = [...sums.changed, ...sums.added, ...sums.removed].sort();
    const where = touched.length === 0
        ? ''
        : touched.length === 1
            ? ` in ${shown(touched[0])}`
            : ` in ${shown(touched[0])} and ${touched.length - 1} more go.sum files`;
    return `${first}${more}${where}`;
}
function describeGoWork(previous, current) {
    const before = previous.goWork;
    const after = current.goWork;
    if (!before && !after)
        return undefined;
    if (!before)
        return `${after?.file.path} added (workspace mode)`;
    if (!after)
        return `${before.file.path} removed (no longer workspace mode)`;
    if (before.file.sha256 === after.file.sha256)
        return undefined;
    const parts = [];
    const added = after.uses.filter(use => !before.uses.includes(use));
    const removed = before.uses.filter(use => !after.uses.includes(use));
    if (added.length)
        parts.push(`now uses ${added.map(shown).join(', ')}`);
    if (removed.length)
        parts.push(`no longer uses ${removed.map(shown).join(', ')}`);
    if ((before.go ?? '') !== (after.go ?? ''))
        parts.push(`go ${before.go ?? '(none)'} → ${after.go ?? '(none)'}`);
    if ((before.toolchain ?? '') !== (after.toolchain ?? '')) {
        parts.push(`toolchain ${before.toolchain ?? '(none)'} → ${after.toolchain ?? '(none)'}`);
    }
    return parts.length ? `${after.file.path}: ${parts.join(', ')}` : `${after.file.path} changed`;
}
function describeVendor(previous, current, settings) {
    const beforeMode = previous.vendor?.vendorMode ?? false;
    const afterMode = current.vendor?.vendorMode ?? false;
    const parts = [];
    if (beforeMode !== afterMode) {
        settings.push({ name: 'vendor-mode', from: String(beforeMode), to: String(afterMode) });
        parts.push(`vendor mode ${beforeMode ? 'on' : 'off'} → ${afterMode ? 'on' : 'off'}`);
    }
    const files = diffFiles(previous.vendor?.modulesTxt ?? [], current.vendor?.modulesTxt ?? []);
    if (countFiles(files) > 0)
        parts.push(`vendor/modules.txt ${describeFileChanges(files)}`);
    return parts.length ? parts.join(', ') : undefined;
}
function formatValue(value) {
    return value === '' ? '(unset)' : value;
}
function compareToolchains(previous, current, settings, found, details) {
    const toolchainParts = [];
    const envParts = [];
    for (const field of _toolchain_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILD_IDENTITY_FIELDS */ .Mm) {
        const from = previous.toolchain?.[field] ?? '';
        const to = current.toolchain?.[field] ?? '';
        if (from === to)
            continue;
        settings.push({ name: field, from, to });
        const compiler = _toolchain_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPILER_FIELDS */ .Uh.has(field);
        const text = field === 'GOVERSION'
            ? `Go ${formatValue(from.replace(/^go/, ''))} → ${formatValue(to.replace(/^go/, ''))}`
            : `${field} ${formatValue(from)} → ${formatValue(to)}`;
        (compiler ? toolchainParts : envParts).push(text);
    }
    if (toolchainParts.length) {
        found.add('toolchain-changed');
        details['toolchain-changed'] = toolchainParts.join(', ');
    }
    if (envParts.length) {
        found.add('env-changed');
        details['env-changed'] = envParts.join(', ');
    }
}
function describeMatrix(previous, current, settings) {
    const before = previous ?? {};
    const after = current ?? {};
    const parts = [];
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        const from = name in before ? (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before[name]) : '';
        const to = name in after ? (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after[name]) : '';
        if (from === to)
            continue;
        settings.push({ name: `matrix.${name}`, from, to });
        parts.push(`${name} ${formatValue(from)} → ${formatValue(to)}`);
    }
    return parts.length ? `matrix ${parts.join(', ')}` : 'matrix changed';
}


/***/ }),

/***/ 7217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseComponentsDocument)
/* harmony export */ });
/* unused harmony exports MANIFEST_DIR, manifestFileName, manifestFor, parseManifest, parseComponents */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gomod_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1048);
/**
 * The manifest saved inside each cache (`<cache dir>/.go-ci-kit/manifest-<kind>.json`),
 * so a restore brings back the components it was saved with at no extra cost.
 * Reading it checks every field and names the JSON pointer of the first bad
 * one: a truncated or hand-edited manifest is a ConfigurationError, not a crash.
 */


const MANIFEST_DIR = '.go-ci-kit';
/** `manifest-mod.json` / `manifest-build.json`, relative to the cache directory. */
function manifestFileName(kind) {
    return `${MANIFEST_DIR}/manifest-${kind}.json`;
}
function manifestFor(kind, key, components, now) {
    return { schema: 1, kind, key, components, createdAt: now.toISOString() };
}
function parseManifest(text, file) {
    const value = parseJson(text, file);
    const check = new Checker(file);
    const manifest = check.object(value, '');
    check.equals(manifest.schema, '/schema', 1, 'a manifest written by a newer go-ci-kit; upgrade the action');
    if (manifest.kind !== 'mod' && manifest.kind !== 'build')
        check.fail('/kind', 'must be "mod" or "build"');
    check.string(manifest.key, '/key');
    check.string(manifest.createdAt, '/createdAt');
    checkComponents(check, manifest.components, '/components');
    return value;
}
/**
 * Reads components from `key --json` output, a manifest or a bare components
 * object (what `explain --previous` accepts). `key` is set when the document has one.
 */
function parseComponentsDocument(text, file) {
    const value = parseJson(text, file);
    const check = new Checker(file);
    const document = check.object(value, '');
    if ('components' in document) {
        if (document.key !== undefined)
            check.string(document.key, '/key');
        checkComponents(check, document.components, '/components');
        return {
            components: document.components,
            ...(typeof document.key === 'string' ? { key: document.key } : {})
        };
    }
    checkComponents(check, document, '');
    return { components: document };
}
function parseComponents(text, file) {
    const value = parseJson(text, file);
    checkComponents(new Checker(file), value, '');
    return value;
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: not valid JSON (${error.message})`, {
            fix: 'the file is damaged or truncated; a fresh cache save replaces it'
        });
    }
}
class Checker {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(pointer, message, fix) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.file}: ${pointer || '/'} ${message}`, {
            fix: fix ?? 'the file is damaged or was written by another tool; a fresh cache save replaces it'
        });
    }
    object(value, pointer) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(pointer, 'must be an object');
        return value;
    }
    string(value, pointer) {
        if (typeof value !== 'string')
            this.fail(pointer, 'must be a string');
        return value;
    }
    optionalString(value, pointer) {
        if (value !== undefined)
            this.string(value, pointer);
    }
    boolean(value, pointer) {
        if (typeof value !== 'boolean')
            this.fail(pointer, 'must be true or false');
    }
    equals(value, pointer, expected, fix) {
        if (value !== expected)
            this.fail(pointer, `must be ${JSON.stringify(expected)}, found ${JSON.stringify(value)}`, fix);
    }
    array(value, pointer) {
        if (!Array.isArray(value))
            this.fail(pointer, 'must be an array');
        return value;
    }
    strings(value, pointer) {
        this.array(value, pointer).forEach((item, index) => this.string(item, `${pointer}/${index}`));
    }
    files(value, pointer) {
        this.array(value, pointer).forEach((item, index) => this.fileDigest(item, `${pointer}/${index}`));
    }
    fileDigest(value, pointer) {
        const file = this.object(value, pointer);
        this.string(file.path, `${pointer}/path`);
        this.string(file.sha256, `${pointer}/sha256`);
    }
}
const TOOLCHAIN_REQUIRED = ['GOVERSION', 'GOOS', 'GOARCH'];
function checkComponents(check, value, pointer) {
    const components = check.object(value, pointer);
    check.equals(components.schema, `${pointer}/schema`, 1, 'written by a newer go-ci-kit; upgrade the action');
    check.string(components.workDir, `${pointer}/workDir`);
    if (components.goWork !== undefined) {
        const work = check.object(components.goWork, `${pointer}/goWork`);
        check.fileDigest(work.file, `${pointer}/goWork/file`);
        check.optionalString(work.go, `${pointer}/goWork/go`);
        check.optionalString(work.toolchain, `${pointer}/goWork/toolchain`);
        check.strings(work.uses, `${pointer}/goWork/uses`);
    }
    check.files(components.goMods, `${pointer}/goMods`);
    check.files(components.goSums, `${pointer}/goSums`);
    if (components.vendor !== undefined) {
        const vendor = check.object(components.vendor, `${pointer}/vendor`);
        check.files(vendor.modulesTxt, `${pointer}/vendor/modulesTxt`);
        check.boolean(vendor.vendorMode, `${pointer}/vendor/vendorMode`);
        check.string(vendor.reason, `${pointer}/vendor/reason`);
    }
    check.strings(components.moduleSet, `${pointer}/moduleSet`);
    check.string(components.moduleSetDigest, `${pointer}/moduleSetDigest`);
    const entries = components.moduleSet;
    for (let i = 1; i < entries.length; i++) {
        if (!(entries[i - 1] < entries[i]))
            check.fail(`${pointer}/moduleSet/${i}`, 'is out of order or repeated');
    }
    if ((0,_gomod_index_js__WEBPACK_IMPORTED_MODULE_1__/* .moduleSetDigest */ .F7)(entries) !== components.moduleSetDigest) {
        check.fail(`${pointer}/moduleSetDigest`, 'does not match /moduleSet (edited or truncated)');
    }
    if (components.toolchain !== undefined) {
        const toolchain = check.object(components.toolchain, `${pointer}/toolchain`);
        for (const [name, field] of Object.entries(toolchain))
            check.string(field, `${pointer}/toolchain/${name}`);
        for (const name of TOOLCHAIN_REQUIRED)
            check.string(toolchain[name], `${pointer}/toolchain/${name}`);
    }
    check.optionalString(components.pathHash, `${pointer}/pathHash`);
    if (components.matrix !== undefined)
        check.object(components.matrix, `${pointer}/matrix`);
    check.optionalString(components.matrixDigest, `${pointer}/matrixDigest`);
    check.files(components.keyFiles, `${pointer}/keyFiles`);
}


/***/ })

};
