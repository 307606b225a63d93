export const id = 832;
export const ids = [832];
export const modules = {

/***/ 9089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ discoverComponents)
});

// UNUSED EXPORTS: normalizeMatrix, normalizePathHash

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/cache/files.ts




/** Files and directories discovery keeps open at once (self-hosted runners often allow 1024 in all). */
const OPEN_FILES_AT_ONCE = 32;
/** Waits between attempts when the process or system is out of descriptors. */
const OUT_OF_DESCRIPTORS_RETRY_MS = [10, 50, 100, 250, 500, 1000, 2000];
/** States of the tree that read the same way every run: reported and left out, as documented. */
const LASTING_READ_FAILURES = new Set(['ELOOP', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR']);
let openNow = 0;
const waitingForSlot = [];
/** Runs `task` when fewer than OPEN_FILES_AT_ONCE others hold a descriptor, retrying EMFILE/ENFILE. */
async function withOpenFile(task) {
    if (openNow >= OPEN_FILES_AT_ONCE)
        await new Promise(resolve => waitingForSlot.push(resolve));
    else
        openNow++;
    try {
        for (let attempt = 0;; attempt++) {
            try {
                return await task();
            }
            catch (error) {
                const code = errorCode(error);
                const outOfDescriptors = code === 'EMFILE' || code === 'ENFILE';
                if (!outOfDescriptors || attempt >= OUT_OF_DESCRIPTORS_RETRY_MS.length)
                    throw error;
                await (0,external_node_timers_promises_.setTimeout)(OUT_OF_DESCRIPTORS_RETRY_MS[attempt]);
            }
        }
    }
    finally {
        // Hand the slot straight to the next waiter, or give it back.
        const next = waitingForSlot.shift();
        if (next)
            next();
        else
            openNow--;
    }
}
/** A read that failed for a reason that may not hold next run: the key cannot be trusted. */
function unreadableInput(what, error) {
    const code = errorCode(error);
    return new errors/* ConfigurationError */.j1(`cannot read ${what}: ${describeError(error)}`, {
        fix: code === 'EMFILE' || code === 'ENFILE'
            ? 'raise the open-file limit of the runner (`ulimit -n`); no key is computed rather than one without this file'
            : 'check the file system; no key is computed rather than one without this file'
    });
}
/** Directory names the go command ignores for `./...`, plus node_modules. */
function isSkippedDir(name) {
    return (name === 'vendor' ||
        name === 'testdata' ||
        name === 'node_modules' ||
        name.startsWith('.') ||
        name.startsWith('_'));
}
/**
 * Directories under `root` (itself included) that hold a go.mod, sorted.
 * Symlinked directories are not followed, as in the go command's `./...`,
 * so symlink loops cannot trap the walk.
 */
async function findModuleDirs(root, logger) {
    const found = [];
    const visit = async (dir) => {
        let entries;
        try {
            entries = await withOpenFile(() => (0,promises_.readdir)(dir, { withFileTypes: true }));
        }
        catch (error) {
            if (!LASTING_READ_FAILURES.has(errorCode(error) ?? '') && errorCode(error) !== 'ENOENT') {
                throw unreadableInput(`the directory ${dir}`, error);
            }
            if (dir === root) {
                throw new errors/* ConfigurationError */.j1(`cannot list the working directory ${dir}: ${describeError(error)}`, {
                    fix: 'check its permissions'
                });
            }
            logger.warning(`cannot list ${dir}: ${describeError(error)}; it is left out of the key`);
            return;
        }
        const children = [];
        for (const entry of entries) {
            if (entry.name === 'go.mod' && (entry.isFile() || entry.isSymbolicLink()))
                found.push(dir);
            else if (entry.isDirectory() && !isSkippedDir(entry.name)) {
                children.push(visit(external_node_path_default().join(dir, entry.name)));
            }
            else if (entry.isSymbolicLink() && !isSkippedDir(entry.name)) {
                logger.debug(`not following the symbolic link ${external_node_path_default().join(dir, entry.name)}`);
            }
        }
        await Promise.all(children);
    };
    await visit(root);
    return found.sort(comparePaths);
}
/** Sorts by path segments so `a/b` comes before `a-b` (stable on every platform). */
function comparePaths(a, b) {
    const x = a.split(/[\\/]/);
    const y = b.split(/[\\/]/);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    }
    return x.length - y.length;
}
/**
 * Reads a file as UTF-8 text. A missing file gives `undefined` silently;
 * anything else that stops the read (permissions, a symlink loop, a directory
 * in the way) gives `undefined` and a warning naming the path.
 */
async function readTextTolerant(file, shownAs, logger) {
    const bytes = await readBytesTolerant(file, shownAs, logger);
    return bytes === undefined ? undefined : bytes.toString('utf8');
}
async function readBytesTolerant(file, shownAs, logger) {
    try {
        return await withOpenFile(() => (0,promises_.readFile)(file));
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT') {
            // A dangling symlink is worth a warning; a file that is simply absent is not.
            if (await isDanglingLink(file))
                logger.warning(`cannot read ${shownAs}: it is a broken symbolic link; it is left out of the key`);
            return undefined;
        }
        if (!LASTING_READ_FAILURES.has(errorCode(error) ?? ''))
            throw unreadableInput(shownAs, error);
        logger.warning(`cannot read ${shownAs}: ${describeError(error)}; it is left out of the key`);
        return undefined;
    }
}
async function isDanglingLink(file) {
    try {
        return (await (0,promises_.lstat)(file)).isSymbolicLink();
    }
    catch {
        return false;
    }
}
async function isDirectory(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : undefined;
}
function describeError(error) {
    const code = errorCode(error);
    const explanations = {
        ELOOP: 'symbolic link loop',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EISDIR: 'it is a directory',
        ENOTDIR: 'a parent is not a directory',
        ENOENT: 'no such file or directory',
        EMFILE: 'too many open files in this process',
        ENFILE: 'too many open files on the system'
    };
    if (code && explanations[code])
        return `${explanations[code]} (${code})`;
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/core/gomod/index.ts + 7 modules
var gomod = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/core/cache/hash.ts
var hash = __webpack_require__(4316);
;// CONCATENATED MODULE: ./src/core/cache/discover.ts
/**
 * Discovery: every input of the cache keys, read in-process and in parallel,
 * in a stable order. No Go toolchain is needed (the toolchain identity, when
 * wanted, comes in through the options).
 */






/** Discovers the components of both keys for `options.dir`. */
async function discoverComponents(options) {
    const logger = options.logger ?? report/* silentLogger */.qq;
    const dir = external_node_path_default().resolve(options.dir);
    const repoRoot = external_node_path_default().resolve(options.repoRoot);
    if (!(await isDirectory(dir))) {
        throw new errors/* ConfigurationError */.j1(`the working directory ${dir} does not exist or is not a directory`, {
            fix: 'point working-directory (--dir) at the directory you run go commands in'
        });
    }
    const rel = (file) => (0,gomod/* relativeOrDotDot */.aN)(repoRoot, file);
    const goflags = options.toolchain?.GOFLAGS ?? options.goflags ?? '';
    // The go command's own rule: GOWORK=off, an absolute path, or the nearest go.work upwards.
    const workFile = (0,gomod/* findGoWork */.pG)(dir, { gowork: options.gowork, goroot: options.goroot });
    const work = workFile ? await readWorkspace(workFile, rel, logger) : undefined;
    const moduleDirs = work ? work.moduleDirs : await findModuleDirs(dir, logger);
    if (moduleDirs.length === 0) {
        logger.warning(`no go.mod found under ${dir}; the module set is empty`);
    }
    const sumPaths = moduleDirs.map(moduleDir => external_node_path_default().join(moduleDir, 'go.sum'));
    // go.work.sum, or <GOWORK file>.sum as the go command names it
    if (workFile)
        sumPaths.push(`${workFile}.sum`);
    const [modTexts, sumTexts, keyFiles] = await Promise.all([
        readAll(moduleDirs.map(moduleDir => external_node_path_default().join(moduleDir, 'go.mod')), rel, logger),
        readAll(sumPaths, rel, logger),
        discoverKeyFiles(dir, options.keyFiles ?? [], rel, logger)
    ]);
    if (work) {
        // A `use` whose go.mod cannot be read is an error the go command would report too.
        for (const [index, use] of work.uses.entries()) {
            if (modTexts[index] === undefined) {
                throw (0,errors/* fileError */.zS)({ file: rel(workFile), line: use.line }, `use ${use.path}: ${rel(work.moduleDirs[index])} has no readable go.mod`, 'fix the path, run `go mod init` there, or remove the line');
            }
        }
    }
    const mods = [];
    moduleDirs.forEach((moduleDir, index) => {
        const file = modTexts[index];
        if (!file)
            return;
        const mod = (0,gomod/* parseGoMod */.kW)(file.text, file.relative);
        for (const unknown of mod.unknown) {
            logger.warning(`${file.relative}:${unknown.line}: unknown directive "${unknown.verb}" ignored`);
        }
        mods.push({ dir: moduleDir, file, mod });
    });
    const sums = sumTexts.filter((file) => file !== undefined);
    const sumFiles = sums.map(file => ({ file: file.relative, text: file.text }));
    const moduleSet = (0,gomod/* buildModuleSet */.jr)(sumFiles, logger);
    const vendor = workFile
        ? await workspaceVendor(workFile, work?.parsed.go, goflags, mods, rel, logger)
        : await moduleVendor(mods, goflags, rel, logger);
    const matrix = normalizeMatrix(options.matrix);
    const components = {
        schema: 1,
        workDir: rel(dir),
        ...(work ? { goWork: work.summary } : {}),
        goMods: mods.map(({ file }) => digestOf(file)),
        goSums: sums.map(digestOf),
        ...(vendor ? { vendor } : {}),
        moduleSet: moduleSet.entries,
        moduleSetDigest: moduleSet.digest,
        ...(options.toolchain ? { toolchain: options.toolchain } : {}),
        ...(options.pathHash ? { pathHash: normalizePathHash(options.pathHash) } : {}),
        ...(matrix ? { matrix, matrixDigest: (0,hash/* sha256Hex */.fg)((0,hash/* canonicalJson */.dj)(matrix)) } : {}),
        keyFiles
    };
    return components;
}
async function readWorkspace(workFile, rel, logger) {
    const shown = rel(workFile);
    const raw = await readTextTolerant(workFile, shown, logger);
    if (raw === undefined) {
        throw new errors/* ConfigurationError */.j1(`${shown} exists but cannot be read`, {
            fix: 'fix its permissions, or set GOWORK=off and remove it'
        });
    }
    const text = (0,hash/* normalizeNewlines */.jN)(raw);
    const parsed = (0,gomod/* parseGoWork */.xj)(text, shown);
    const workDir = external_node_path_default().dirname(workFile);
    const seen = new Map();
    const pairs = [];
    for (const use of parsed.uses) {
        const absolute = external_node_path_default().resolve(workDir, use.path);
        if (seen.has(absolute)) {
            logger.warning(`${shown}:${use.line}: ${use.path} is already used at line ${seen.get(absolute)}`);
            continue;
        }
        seen.set(absolute, use.line);
        pairs.push({ use, dir: absolute });
    }
    // Stable order whatever the order of the use lines.
    pairs.sort((a, b) => comparePaths(a.dir, b.dir));
    const uses = pairs.map(pair => pair.use);
    const moduleDirs = pairs.map(pair => pair.dir);
    const exists = await Promise.all(moduleDirs.map(isDirectory));
    exists.forEach((ok, index) => {
        if (!ok) {
            throw (0,errors/* fileError */.zS)({ file: shown, line: uses[index].line }, `use ${uses[index].path}: directory ${rel(moduleDirs[index])} does not exist`, 'fix the path or remove the line (`go work use -r .` rewrites the list)');
        }
    });
    const summary = {
        file: { path: shown, sha256: (0,hash/* sha256Hex */.fg)(text) },
        ...(parsed.go ? { go: parsed.go } : {}),
        ...(parsed.toolchain ? { toolchain: parsed.toolchain } : {}),
        uses: moduleDirs.map(rel)
    };
    return { parsed, summary, uses, moduleDirs };
}
async function readAll(files, rel, logger) {
    return Promise.all(files.map(async (absolute) => {
        const relative = rel(absolute);
        const text = await readTextTolerant(absolute, relative, logger);
        return text === undefined ? undefined : { absolute, relative, text: (0,hash/* normalizeNewlines */.jN)(text) };
    }));
}
function digestOf(file) {
    return { path: file.relative, sha256: (0,hash/* sha256Hex */.fg)(file.text) };
}
async function readModulesTxt(vendorDir, rel, logger) {
    const exists = await isDirectory(vendorDir);
    if (!exists)
        return { exists, txt: undefined, digest: undefined };
    const file = external_node_path_default().join(vendorDir, 'modules.txt');
    const raw = await readTextTolerant(file, rel(file), logger);
    if (raw === undefined)
        return { exists, txt: undefined, digest: undefined };
    const text = (0,hash/* normalizeNewlines */.jN)(raw);
    return {
        exists,
        txt: (0,gomod/* parseModulesTxt */.Xc)(text),
        digest: { path: rel(file), sha256: (0,hash/* sha256Hex */.fg)(text) }
    };
}
async function moduleVendor(mods, goflags, rel, logger) {
    const states = await Promise.all(mods.map(({ dir }) => readModulesTxt(external_node_path_default().join(dir, 'vendor'), rel, logger)));
    const decisions = mods.map(({ dir, mod }, index) => ({
        label: `./${rel(dir)}`.replace(/^\.\/\.$/, '.'),
        hasVendorDir: states[index].exists,
        decision: (0,gomod/* decideModuleVendorMode */.e_)({
            goflags,
            mod,
            vendorDirExists: states[index].exists,
            modulesTxt: states[index].txt
        })
    }));
    const modulesTxt = states.flatMap(state => (state.digest ? [state.digest] : []));
    const relevant = decisions.filter(d => d.hasVendorDir || d.decision.vendorMode);
    if (relevant.length === 0 && modulesTxt.length === 0)
        return undefined;
    const vendored = decisions.filter(d => d.decision.vendorMode);
    const notVendored = decisions.filter(d => !d.decision.vendorMode);
    const vendorMode = decisions.length > 0 && notVendored.length === 0;
    let reason;
    if (decisions.length === 1)
        reason = decisions[0].decision.reason;
    else if (vendorMode)
        reason = `all ${decisions.length} modules build in vendor mode (${vendored[0].label}: ${vendored[0].decision.reason})`;
    else {
        const example = notVendored.find(d => d.hasVendorDir) ?? notVendored[0];
        reason = `${vendored.length} of ${decisions.length} modules build in vendor mode; ${notVendored.length} use the module cache (${example.label}: ${example.decision.reason})`;
    }
    for (const d of decisions) {
        if (d.hasVendorDir && !d.decision.vendorMode && /inconsistent/.test(d.decision.reason)) {
            logger.warning(`${d.label}: ${d.decision.reason}`);
        }
    }
    return { modulesTxt, vendorMode, reason };
}
async function workspaceVendor(workFile, workGo, goflags, mods, rel, logger) {
    const state = await readModulesTxt(external_node_path_default().join(external_node_path_default().dirname(workFile), 'vendor'), rel, logger);
    const decision = (0,gomod/* decideWorkspaceVendorMode */.HG)({
        goflags,
        workGo,
        vendorDirExists: state.exists,
        modulesTxt: state.txt,
        mods: mods.map(({ mod }) => mod)
    });
    if (!state.exists && !decision.vendorMode)
        return undefined;
    if (state.exists && !decision.vendorMode && /inconsistent/.test(decision.reason))
        logger.warning(decision.reason);
    return { modulesTxt: state.digest ? [state.digest] : [], ...decision };
}
async function discoverKeyFiles(dir, patterns, rel, logger) {
    const wanted = patterns.map(pattern => pattern.trim()).filter(pattern => pattern !== '');
    if (wanted.length === 0)
        return [];
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    let matches;
    try {
        matches = await glob(wanted, {
            cwd: dir,
            absolute: true,
            dot: true,
            onlyFiles: true,
            followSymbolicLinks: false,
            expandDirectories: false
        });
    }
    catch (error) {
        logger.warning(`key-files: globbing failed (${error.message}); no key files are used`);
        return [];
    }
    if (matches.length === 0) {
        logger.warning(`key-files: no file matches ${wanted.join(', ')} under ${dir}`);
        return [];
    }
    const files = [...new Set(matches.map(match => external_node_path_default().resolve(match)))].sort(comparePaths);
    const digests = await Promise.all(files.map(async (file) => {
        const bytes = await readBytesTolerant(file, rel(file), logger);
        return bytes === undefined ? undefined : { path: rel(file), sha256: (0,hash/* sha256Hex */.fg)(bytes) };
    }));
    return digests.filter((digest) => digest !== undefined);
}
/** `null`, `{}` and absent mean no matrix; objects get sorted keys; anything else is wrapped. */
function normalizeMatrix(matrix) {
    if (matrix === undefined || matrix === null)
        return undefined;
    if (typeof matrix === 'object' && !Array.isArray(matrix)) {
        if (Object.keys(matrix).length === 0)
            return undefined;
        return (0,hash/* sortKeysDeep */.$E)(matrix);
    }
    return { value: (0,hash/* sortKeysDeep */.$E)(matrix) };
}
/** Keeps a hex digest as given; anything else (a raw PATH) is hashed so it never lands in a manifest. */
function normalizePathHash(value) {
    return /^[0-9a-f]{8,64}$/.test(value) ? value : (0,hash/* sha256Hex */.fg)(value).slice(0, 16);
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ planModKey),
/* harmony export */   P: () => (/* binding */ sanitizeSegment),
/* harmony export */   Z4: () => (/* binding */ planBuildKey),
/* harmony export */   xM: () => (/* binding */ matchAgainst)
/* harmony export */ });
/* unused harmony exports KEY_MAX_LENGTH, SEGMENT_MAX_LENGTH, DEFAULT_PREFIX, modDependencyDigest, buildDependencyDigest, keyFilesDigest, toolchainDigest, planKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4316);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(129);
/**
 * Cache keys. Segments are joined with `-`, in this order (optional ones are
 * left out when empty):
 *
 *   module cache: <prefix>-mod-<RUNNER_OS>-d<modules>[-k<key files>]
 *   build cache:  <prefix>-build-<RUNNER_OS>[-<RUNNER_ARCH>]-<GOVERSION>-<GOOS>-<GOARCH>
 *                 -t<toolchain env>[-m<matrix>][-p<PATH>]-d<dependencies>[-k<key files>]
 *
 * `d…`, `t…`, `m…`, `p…` and `k…` are the first 16 hex digits of a sha256.
 * The module key holds only what changes module content: the module set
 * (go.sum and go.work.sum entries, without hashes). GOOS, GOARCH and the Go
 * version are left out, since module zips are the same for every target.
 * RUNNER_OS stays: @actions/cache scopes entries by OS anyway (paths and the
 * Windows marker are part of its version), so keeping it makes keys honest.
 *
 * Restore keys are a prefix ladder: drop the last segment, then the one
 * before, most similar first. The module ladder ends at `<prefix>-mod-<OS>-`;
 * the build ladder ends at the toolchain segment, because GOCACHE entries from
 * another compiler or another GOFLAGS are dead weight.
 *
 * Length: free-text segments (prefix, OS, arch, Go version, GOOS, GOARCH) are
 * limited to [A-Za-z0-9._+=~-] (anything else becomes `_`), and one longer than
 * 64 characters becomes its first 47 characters, `~` and 16 hex digits of its
 * sha256. That bounds every key below 512 characters; commas cannot occur.
 */




const KEY_MAX_LENGTH = 512;
const SEGMENT_MAX_LENGTH = 64;
const DEFAULT_PREFIX = 'go';
const DIGEST_LENGTH = 16;
/** Makes free text safe for a key segment; see the module comment for the rule. */
function sanitizeSegment(value) {
    const cleaned = value.trim().replace(/[^A-Za-z0-9._+=~-]/g, '_') || '_';
    if (cleaned.length <= SEGMENT_MAX_LENGTH)
        return cleaned;
    return `${cleaned.slice(0, SEGMENT_MAX_LENGTH - DIGEST_LENGTH - 1)}~${(0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(value).slice(0, DIGEST_LENGTH)}`;
}
function short(digest) {
    return digest.slice(0, DIGEST_LENGTH);
}
function prefixSegment(options) {
    const prefix = options.prefix?.trim() || DEFAULT_PREFIX;
    if (prefix.includes(',')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the cache key prefix "${prefix}" contains a comma`, {
            fix: '@actions/cache rejects commas in keys; pick a prefix without commas'
        });
    }
    const clean = sanitizeSegment(prefix);
    if (clean !== prefix) {
        ;
        (options.logger ?? _report_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq).warning(`the cache key prefix "${prefix}" is used as "${clean}"`);
    }
    return clean;
}
/** The digest the module key is made of (module content only). */
function modDependencyDigest(components) {
    return components.moduleSetDigest;
}
/** What the build compiles against: the module set plus every go.mod, go.work and vendor/modules.txt. */
function buildDependencyDigest(components) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .digestParts */ .zf)([
        components.moduleSetDigest,
        components.goWork ? `${components.goWork.file.path}:${components.goWork.file.sha256}` : '',
        ...components.goMods.map(file => `${file.path}:${file.sha256}`),
        ...(components.vendor?.modulesTxt ?? []).map(file => `${file.path}:${file.sha256}`),
        `vendor=${components.vendor?.vendorMode ?? false}`
    ]);
}
function keyFilesDigest(components) {
    if (components.keyFiles.length === 0)
        return undefined;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .digestParts */ .zf)(components.keyFiles.map(file => `${file.path}:${file.sha256}`));
}
/** Digest of every toolchain value that changes build output. */
function toolchainDigest(components) {
    const toolchain = components.toolchain;
    if (!toolchain)
        return '';
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .digestParts */ .zf)(_toolchain_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILD_IDENTITY_FIELDS */ .Mm.map(field => `${field}=${toolchain[field] ?? ''}`));
}
function assemble(segments, ladderFloor) {
    const values = segments.map(segment => segment.value);
    const key = values.join('-');
    if (key.length > KEY_MAX_LENGTH || key.includes(',')) {
        // Unreachable with sanitized, length-capped segments; kept as a guard for future segments.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cache key is ${key.length} characters, over the ${KEY_MAX_LENGTH} limit`, {
            fix: 'use a shorter prefix'
        });
    }
    const restoreKeys = [];
    for (let keep = values.length - 1; keep >= ladderFloor; keep--) {
        restoreKeys.push(values.slice(0, keep).join('-') + '-');
    }
    return { key, restoreKeys };
}
const DEFAULT_BUILD_CACHE = {
    Linux: '~/.cache/go-build',
    macOS: '~/Library/Caches/go-build',
    Windows: '~/AppData/Local/go-build'
};
/** The module cache (GOMODCACHE) plan. Needs no toolchain. */
function planModKey(components, options) {
    const segments = [
        { name: 'prefix', value: prefixSegment(options) },
        { name: 'cache', value: 'mod' },
        { name: 'os', value: sanitizeSegment(options.os) },
        { name: 'modules', value: `d${short(modDependencyDigest(components))}` }
    ];
    const files = keyFilesDigest(components);
    if (files)
        segments.push({ name: 'key-files', value: `k${short(files)}` });
    const { key, restoreKeys } = assemble(segments, 3);
    const vendorMode = components.vendor?.vendorMode === true;
    return {
        kind: 'mod',
        key,
        restoreKeys,
        paths: [options.modCachePath ?? (components.toolchain?.GOMODCACHE || '~/go/pkg/mod')],
        needed: !vendorMode,
        ...(vendorMode
            ? {
                notNeededReason: `vendor mode: ${components.vendor?.reason ?? 'the build reads vendor/'}`
            }
            : {}),
        segments
    };
}
/** The build cache (GOCACHE) plan. Requires the toolchain identity. */
function planBuildKey(components, options) {
    const toolchain = components.toolchain ?? options.toolchain;
    if (!toolchain) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('the build cache key needs the Go toolchain identity (`go env -json`)', {
            fix: 'put Go on PATH (for example with actions/setup-go) before this step, or key only the module cache'
        });
    }
    const withToolchain = components.toolchain ? components : { ...components, toolchain };
    const segments = [
        { name: 'prefix', value: prefixSegment(options) },
        { name: 'cache', value: 'build' },
        { name: 'os', value: sanitizeSegment(options.os) }
    ];
    if (options.arch)
        segments.push({ name: 'arch', value: sanitizeSegment(options.arch) });
    segments.push({ name: 'go', value: sanitizeSegment(toolchain.GOVERSION) }, { name: 'goos', value: sanitizeSegment(toolchain.GOOS) }, { name: 'goarch', value: sanitizeSegment(toolchain.GOARCH) }, { name: 'toolchain', value: `t${short(toolchainDigest(withToolchain))}` });
    const ladderFloor = segments.length;
    if (components.matrixDigest) {
        segments.push({ name: 'matrix', value: `m${short(components.matrixDigest)}` });
    }
    if (components.pathHash) {
        segments.push({ name: 'path', value: `p${short((0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(components.pathHash))}` });
    }
    segments.push({ name: 'dependencies', value: `d${short(buildDependencyDigest(components))}` });
    const files = keyFilesDigest(components);
    if (files)
        segments.push({ name: 'key-files', value: `k${short(files)}` });
    const { key, restoreKeys } = assemble(segments, ladderFloor);
    return {
        kind: 'build',
        key,
        restoreKeys,
        paths: [
            options.buildCachePath ??
                (toolchain.GOCACHE || DEFAULT_BUILD_CACHE[options.os] || DEFAULT_BUILD_CACHE.Linux)
        ],
        needed: true,
        segments
    };
}
/** Both plans. Throws a ConfigurationError when there is no toolchain identity (use planModKey alone then). */
function planKeys(components, options) {
    return { mod: planModKey(components, options), build: planBuildKey(components, options) };
}
/**
 * What @actions/cache would restore if `candidate` were the only entry: exact,
 * a prefix match of the key or a restore key (partial), or nothing.
 */
function matchAgainst(plan, candidate) {
    if (candidate === plan.key)
        return 'exact';
    if (candidate.startsWith(plan.key))
        return 'partial';
    return plan.restoreKeys.some(prefix => candidate.startsWith(prefix)) ? 'partial' : 'miss';
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ parseToolchainIdentity),
/* harmony export */   Mm: () => (/* binding */ BUILD_IDENTITY_FIELDS),
/* harmony export */   Uh: () => (/* binding */ COMPILER_FIELDS),
/* harmony export */   jX: () => (/* binding */ GO_ENV_VARIABLES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gomod_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1048);
/**
 * The toolchain identity for the build cache key, read from one `go env -json`
 * call (the action and the CLI run it; this module only parses the output).
 */


const STRING_FIELDS = [
    'GOFLAGS',
    'GOEXPERIMENT',
    'GOTOOLCHAIN',
    'GOPROXY',
    'GONOPROXY',
    'GOPRIVATE',
    'GONOSUMDB',
    'GOSUMDB',
    'GOINSECURE',
    'GOMODCACHE',
    'GOCACHE'
];
/**
 * The variables the keys need, asked for by name: a bare `go env -json` also
 * computes the cgo flags, which takes ~0.2 s and writes into an empty GOCACHE
 * before the restore; named variables cost a few milliseconds. Names an older
 * Go does not know come back empty.
 */
const GO_ENV_VARIABLES = [
    'GOVERSION',
    'GOOS',
    'GOARCH',
    ..._gomod_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCH_LEVEL_VARIABLES */ .qT,
    'CGO_ENABLED',
    'CC',
    ...STRING_FIELDS,
    // Not part of the identity: which go.work discovery reads, and where its search stops.
    'GOWORK',
    'GOROOT'
];
/**
 * Parses `go env -json`. `ccVersion` is the output of `$CC --version` (only its
 * first line is kept) and is recorded only when cgo is on.
 */
function parseToolchainIdentity(goEnvJson, ccVersion) {
    let env;
    try {
        env = JSON.parse(goEnvJson);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`go env -json: the output is not JSON (${error.message})`, {
            fix: 'check that `go env -json` runs cleanly in this directory (a broken go.env or GOFLAGS shows up here)'
        });
    }
    if (env === null || typeof env !== 'object' || Array.isArray(env)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('go env -json: expected a JSON object', {
            fix: 'run `go env -json` by hand and check its output'
        });
    }
    const values = env;
    const text = (name) => {
        const value = values[name];
        return typeof value === 'string' ? value.trim() : '';
    };
    for (const required of ['GOVERSION', 'GOOS', 'GOARCH']) {
        if (!text(required)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`go env -json: ${required} is missing`, {
                fix: 'use Go 1.16 or newer (GOVERSION is reported from Go 1.16)'
            });
        }
    }
    const identity = {
        GOVERSION: text('GOVERSION'),
        GOOS: text('GOOS'),
        GOARCH: text('GOARCH'),
        CGO_ENABLED: text('CGO_ENABLED') || '0',
        GOFLAGS: '',
        GOEXPERIMENT: '',
        GOTOOLCHAIN: '',
        GOPROXY: '',
        GONOPROXY: '',
        GOPRIVATE: '',
        GONOSUMDB: '',
        GOSUMDB: '',
        GOINSECURE: '',
        GOMODCACHE: '',
        GOCACHE: ''
    };
    for (const field of STRING_FIELDS)
        identity[field] = text(field);
    const levelVariable = _gomod_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCH_LEVEL_VARIABLE */ .Zw[identity.GOARCH];
    if (levelVariable && text(levelVariable))
        identity.archLevel = `${levelVariable}=${text(levelVariable)}`;
    if (identity.CGO_ENABLED === '1') {
        identity.CC = text('CC') || 'gcc';
        const firstLine = ccVersion?.split('\n').find(line => line.trim() !== '');
        if (firstLine)
            identity.CCVersion = firstLine.trim();
    }
    return identity;
}
/** The fields that make build output differ, in a fixed order (for digests and diffs). */
const BUILD_IDENTITY_FIELDS = [
    'GOVERSION',
    'GOOS',
    'GOARCH',
    'archLevel',
    'CGO_ENABLED',
    'CC',
    'CCVersion',
    'GOFLAGS',
    'GOEXPERIMENT',
    'GOTOOLCHAIN',
    'GOPROXY',
    'GONOPROXY',
    'GOPRIVATE',
    'GONOSUMDB',
    'GOSUMDB',
    'GOINSECURE'
];
/** The compiler itself: a change here makes every GOCACHE entry useless. */
const COMPILER_FIELDS = new Set([
    'GOVERSION',
    'GOOS',
    'GOARCH',
    'archLevel',
    'CC',
    'CCVersion'
]);


/***/ })

};
