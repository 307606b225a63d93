export const id = 670;
export const ids = [670];
export const modules = {

/***/ 2091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ discoverComponents)
});

// UNUSED EXPORTS: normalizeMatrix, normalizePathHash

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
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
/** Repo-relative POSIX path for manifests and messages ('.' for the root itself). */
function repoRelative(repoRoot, file) {
    const relative = external_node_path_default().relative(repoRoot, file);
    return relative === '' ? '.' : relative.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/core/cache/gosum.ts
var gosum = __webpack_require__(5859);
// EXTERNAL MODULE: ./src/core/cache/hash.ts
var hash = __webpack_require__(4316);
// EXTERNAL MODULE: ./src/core/cache/modfile.ts
var modfile = __webpack_require__(3712);
;// CONCATENATED MODULE: ./src/core/cache/vendor.ts

function parseModulesTxt(text) {
    const result = {
        workspace: false,
        modules: new Map(),
        wildcardReplacements: new Map(),
        anyExplicit: false
    };
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line.startsWith('## ')) {
            for (const annotation of line.slice(3).split(';')) {
                const word = annotation.trim();
                if (word === 'workspace')
                    result.workspace = true;
                if (word === 'explicit' && current) {
                    current.explicit = true;
                    result.anyExplicit = true;
                }
            }
            continue;
        }
        if (!line.startsWith('# '))
            continue;
        const fields = line.slice(2).trim().split(/\s+/);
        const arrow = fields.indexOf('=>');
        if (arrow === 1) {
            result.wildcardReplacements.set(fields[0], fields.slice(2).join(' '));
            current = undefined;
            continue;
        }
        current = {
            version: fields[1],
            explicit: false,
            ...(arrow > 1 ? { replacement: fields.slice(arrow + 1).join(' ') } : {})
        };
        result.modules.set(fields[0], current);
    }
    return result;
}
/** -mod from GOFLAGS (`-mod=vendor`, `--mod=mod`, …), the last one winning as flags do. */
function modFlag(goflags) {
    let value;
    for (const flag of goflags.split(/\s+/)) {
        const match = /^--?mod=(.*)$/.exec(flag);
        if (match)
            value = match[1];
    }
    return value;
}
function replacementText(replacement) {
    return replacement.newVersion
        ? `${replacement.newPath} ${replacement.newVersion}`
        : replacement.newPath;
}
/** Problems that make the go command report "inconsistent vendoring" for one module. */
function vendorInconsistencies(mod, txt) {
    const problems = [];
    if (!txt) {
        if (mod.requires.length > 0)
            problems.push('vendor/modules.txt is missing');
        return problems;
    }
    // Before go 1.17, modules.txt had no "## explicit" lines; the go command only checks them if present.
    const checkExplicit = (0,modfile/* compareGoVersions */.X_)(mod.go ?? '1.16', '1.17') >= 0 || txt.anyExplicit;
    if (checkExplicit) {
        const required = new Set();
        for (const requirement of mod.requires) {
            required.add(requirement.path);
            const meta = txt.modules.get(requirement.path);
            if (!meta || meta.version !== requirement.version) {
                problems.push(`go.mod requires ${requirement.path} ${requirement.version} but vendor/modules.txt has ${meta?.version ?? 'no entry'}`);
            }
            else if (!meta.explicit) {
                problems.push(`${requirement.path} is required in go.mod but not marked "## explicit" in vendor/modules.txt`);
            }
        }
        for (const [modulePath, meta] of txt.modules) {
            if (meta.explicit && !required.has(modulePath)) {
                problems.push(`${modulePath} is marked explicit in vendor/modules.txt but not required in go.mod`);
            }
        }
    }
    for (const replacement of mod.replaces) {
        const want = replacementText(replacement);
        const meta = txt.modules.get(replacement.oldPath);
        const versionMatches = !replacement.oldVersion || meta?.version === replacement.oldVersion;
        const have = (replacement.oldVersion ? undefined : txt.wildcardReplacements.get(replacement.oldPath)) ??
            (versionMatches ? meta?.replacement : undefined);
        if (have !== undefined && have !== want) {
            problems.push(`go.mod replaces ${replacement.oldPath} with ${want} but vendor/modules.txt says ${have}`);
        }
        else if (have === undefined && checkExplicit) {
            problems.push(`go.mod replaces ${replacement.oldPath} but vendor/modules.txt does not record it`);
        }
    }
    return problems;
}
/** Vendor mode for one main module (single-module mode). */
function decideModuleVendorMode(input) {
    const flag = modFlag(input.goflags);
    if (flag === 'vendor')
        return { vendorMode: true, reason: `GOFLAGS sets -mod=vendor` };
    if (flag !== undefined)
        return { vendorMode: false, reason: `GOFLAGS sets -mod=${flag}` };
    if (!input.vendorDirExists)
        return { vendorMode: false, reason: 'no vendor directory' };
    if (!input.mod.go) {
        return { vendorMode: false, reason: 'go.mod has no go line, so vendor/ is not used' };
    }
    if ((0,modfile/* compareGoVersions */.X_)(input.mod.go, '1.14') < 0) {
        return {
            vendorMode: false,
            reason: `go.mod says go ${input.mod.go} (< 1.14), so vendor/ is not used`
        };
    }
    if (input.modulesTxt?.workspace) {
        return {
            vendorMode: false,
            reason: 'vendor/modules.txt was written for a workspace (## workspace)'
        };
    }
    const problems = vendorInconsistencies(input.mod, input.modulesTxt);
    if (problems.length > 0) {
        return {
            vendorMode: false,
            reason: `vendor/modules.txt is inconsistent with go.mod (${problems[0]}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''}); the go command will report "inconsistent vendoring" (run \`go mod vendor\`), so the module cache is kept`
        };
    }
    return {
        vendorMode: true,
        reason: input.modulesTxt
            ? `go.mod says go ${input.mod.go} (>= 1.14) and vendor/modules.txt is consistent`
            : `go.mod says go ${input.mod.go} (>= 1.14), vendor/ exists and there are no requirements to vendor`
    };
}
/** Vendor mode in workspace mode: the workspace-level vendor directory (go work vendor, Go 1.22+). */
function decideWorkspaceVendorMode(input) {
    const flag = modFlag(input.goflags);
    if (flag === 'vendor')
        return { vendorMode: true, reason: 'GOFLAGS sets -mod=vendor' };
    if (flag !== undefined)
        return { vendorMode: false, reason: `GOFLAGS sets -mod=${flag}` };
    if (!input.vendorDirExists)
        return { vendorMode: false, reason: 'the workspace has no vendor directory next to go.work' };
    if (!input.workGo)
        return { vendorMode: false, reason: 'go.work has no go line, so vendor/ is not used' };
    if ((0,modfile/* compareGoVersions */.X_)(input.workGo, '1.14') < 0) {
        return {
            vendorMode: false,
            reason: `go.work says go ${input.workGo} (< 1.14), so vendor/ is not used`
        };
    }
    if (!input.modulesTxt?.workspace) {
        return {
            vendorMode: false,
            reason: 'vendor/modules.txt next to go.work is not a workspace vendor directory (no "## workspace"; run `go work vendor`)'
        };
    }
    // Every explicit requirement of a workspace module must be vendored (any selected version).
    const missing = input.mods
        .flatMap(mod => mod.requires)
        .filter(requirement => !input.modulesTxt?.modules.has(requirement.path))
        .map(requirement => requirement.path);
    if (missing.length > 0) {
        return {
            vendorMode: false,
            reason: `vendor/modules.txt next to go.work lacks ${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''}; the go command will report "inconsistent vendoring" (run \`go work vendor\`), so the module cache is kept`
        };
    }
    return {
        vendorMode: true,
        reason: `go.work says go ${input.workGo} (>= 1.14) and a workspace vendor directory exists`
    };
}

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
    const rel = (file) => repoRelative(repoRoot, file);
    const goflags = options.toolchain?.GOFLAGS ?? options.goflags ?? '';
    const workFile = await locateGoWork(dir, repoRoot, options.gowork);
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
        const mod = (0,modfile/* parseGoMod */.kW)(file.text, file.relative);
        for (const unknown of mod.unknown) {
            logger.warning(`${file.relative}:${unknown.line}: unknown directive "${unknown.verb}" ignored`);
        }
        mods.push({ dir: moduleDir, file, mod });
    });
    const sums = sumTexts.filter((file) => file !== undefined);
    const sumFiles = sums.map(file => ({ file: file.relative, text: file.text }));
    const moduleSet = (0,gosum/* buildModuleSet */.jr)(sumFiles, logger);
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
/** The go.work in use: GOWORK=off disables it, a GOWORK path names it, else it is searched for. */
async function locateGoWork(dir, repoRoot, gowork) {
    const setting = gowork?.trim() ?? '';
    if (setting === 'off')
        return undefined;
    if (setting === '' || setting === 'auto')
        return findGoWork(dir, repoRoot);
    const file = external_node_path_default().resolve(dir, setting);
    try {
        if ((await (0,promises_.stat)(file)).isFile())
            return file;
    }
    catch {
        // reported below
    }
    throw new errors/* ConfigurationError */.j1(`GOWORK names ${file}, which does not exist`, {
        fix: 'point GOWORK at an existing go.work, set GOWORK=off, or unset it'
    });
}
/** go.work in `dir` or a parent up to `repoRoot`, as the go command finds it. */
async function findGoWork(dir, repoRoot) {
    const insideRepo = !external_node_path_default().relative(repoRoot, dir).startsWith('..');
    for (let current = dir;; current = external_node_path_default().dirname(current)) {
        const candidate = external_node_path_default().join(current, 'go.work');
        try {
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // not here; keep looking upwards
        }
        if (!insideRepo || current === repoRoot || external_node_path_default().dirname(current) === current)
            return undefined;
    }
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
    const parsed = (0,modfile/* parseGoWork */.xj)(text, shown);
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
        txt: parseModulesTxt(text),
        digest: { path: rel(file), sha256: (0,hash/* sha256Hex */.fg)(text) }
    };
}
async function moduleVendor(mods, goflags, rel, logger) {
    const states = await Promise.all(mods.map(({ dir }) => readModulesTxt(external_node_path_default().join(dir, 'vendor'), rel, logger)));
    const decisions = mods.map(({ dir, mod }, index) => ({
        label: `./${rel(dir)}`.replace(/^\.\/\.$/, '.'),
        hasVendorDir: states[index].exists,
        decision: decideModuleVendorMode({
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
    const decision = decideWorkspaceVendorMode({
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

/***/ 5859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ splitEntry),
/* harmony export */   F7: () => (/* binding */ moduleSetDigest),
/* harmony export */   jr: () => (/* binding */ buildModuleSet),
/* harmony export */   uW: () => (/* binding */ zipEntries)
/* harmony export */ });
/* unused harmony exports parseGoSum, scanGoSum */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4316);
/**
 * go.sum reading and the normalized module set.
 *
 * The module set is the sorted, de-duplicated list of `module@version` (a zip
 * the build needs) and `module@version/go.mod` (only the go.mod is needed)
 * entries from every go.sum and go.work.sum. Hashes are left out on purpose:
 * with the checksum database a module version has exactly one hash, so the
 * hash adds nothing to the key, and a go.sum whose hash disagrees with another
 * for the same version is a checksum mismatch the go command refuses whatever
 * the cache holds (a restore-key fallback would bring the same zip back). Such
 * conflicts are reported as warnings naming both places instead.
 */


/** `module@version` or `module@version/go.mod` for each line, in file order (duplicates kept). */
function parseGoSum(text, file) {
    const entries = [];
    const hashes = [];
    scanGoSum(text, file, (s0, e0, s1, e1, s2, e2) => {
        entries.push(text.slice(s0, e0) + '@' + text.slice(s1, e1));
        hashes.push(text.slice(s2, e2));
    });
    return { entries, hashes };
}
/**
 * Calls `visit` with the start and end offsets of the module, version and
 * hash fields of each go.sum line; a malformed line is a `file:line` error.
 * Works on offsets (no per-line strings or arrays): go.sum files can have
 * 100k lines and a workspace has one per module.
 */
function scanGoSum(text, file, visit) {
    const length = text.length;
    // Files with only single spaces between fields (nearly all) take a fast path of indexOf calls.
    const plain = !/[\t\r\v\f\uFEFF]/.test(text);
    let lineNumber = 0;
    let position = 0;
    while (position < length) {
        lineNumber++;
        let end = text.indexOf('\n', position);
        if (end < 0)
            end = length;
        if (plain && end > position && text.charCodeAt(position) !== 32) {
            const space1 = text.indexOf(' ', position);
            const space2 = space1 < 0 ? -1 : text.indexOf(' ', space1 + 1);
            const space3 = space2 < 0 ? -1 : text.indexOf(' ', space2 + 1);
            if (space1 > position &&
                space2 > space1 + 1 &&
                space2 < end - 1 &&
                (space3 < 0 || space3 >= end) &&
                text.charCodeAt(space1 + 1) === 118 /* v */) {
                const colon = text.indexOf(':', space2 + 1);
                if (colon > space2 + 1 && colon < end - 1) {
                    const start = position;
                    position = end + 1;
                    visit(start, space1, space1 + 1, space2, space2 + 1, end);
                    continue;
                }
            }
        }
        let count = 0;
        let s0 = 0;
        let e0 = 0;
        let s1 = 0;
        let e1 = 0;
        let s2 = 0;
        let e2 = 0;
        let i = position;
        while (i < end) {
            while (i < end && isSpace(text.charCodeAt(i)))
                i++;
            if (i >= end)
                break;
            const fieldStart = i;
            while (i < end && !isSpace(text.charCodeAt(i)))
                i++;
            if (count === 0) {
                s0 = fieldStart;
                e0 = i;
            }
            else if (count === 1) {
                s1 = fieldStart;
                e1 = i;
            }
            else if (count === 2) {
                s2 = fieldStart;
                e2 = i;
            }
            count++;
        }
        position = end + 1;
        if (count === 0)
            continue;
        if (count !== 3) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber }, `malformed go.sum line: expected "module version hash", found ${count} field${count === 1 ? '' : 's'}`, 'fix or delete the line, then run `go mod tidy` to rewrite go.sum');
        }
        const hashColon = text.indexOf(':', s2);
        if (text.charCodeAt(s1) !== 118 /* v */ || hashColon <= s2 || hashColon >= e2) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber }, `malformed go.sum line: "${text.slice(s0, e0)} ${text.slice(s1, e1)} ${text.slice(s2, e2)}" is not "module vX.Y.Z[/go.mod] h1:…"`, 'fix or delete the line, then run `go mod tidy` to rewrite go.sum');
        }
        visit(s0, e0, s1, e1, s2, e2);
    }
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xfeff;
}
/** Merges go.sum files into the normalized module set; warns on hash conflicts. */
function buildModuleSet(files, logger) {
    // "module version" -> its h1 hash and the file it was first seen in (null: no h1 hash yet).
    // Keys are single slices of the line, cheaper to hash than joined strings.
    const seen = new Map();
    const conflicts = [];
    for (const { file, text } of files) {
        scanGoSum(text, file, (s0, e0, s1, e1, s2, e2) => {
            const key = s1 === e0 + 1 && text.charCodeAt(e0) === 32
                ? text.slice(s0, e1)
                : text.slice(s0, e0) + ' ' + text.slice(s1, e1);
            const isH1 = text.startsWith('h1:', s2);
            const earlier = seen.get(key);
            if (earlier === undefined || (earlier === null && isH1)) {
                seen.set(key, isH1 ? { hash: text.slice(s2, e2), file } : null);
            }
            else if (isH1 &&
                earlier !== null &&
                !(earlier.hash.length === e2 - s2 && text.startsWith(earlier.hash, s2)) &&
                conflicts.length < 20) {
                const entry = key.replace(' ', '@');
                conflicts.push(`${entry} is ${earlier.hash} in ${earlier.file} but ${text.slice(s2, e2)} in ${file}`);
            }
        });
    }
    for (const conflict of conflicts) {
        logger?.warning(`go.sum checksum conflict: ${conflict}; the go command will report a checksum mismatch (run \`go mod tidy\` in the stale module)`);
    }
    const entries = Array.from(seen.keys(), key => key.replace(' ', '@')).sort();
    return { entries, digest: moduleSetDigest(entries) };
}
/** The digest of a sorted, de-duplicated module set. */
function moduleSetDigest(sortedEntries) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .digestParts */ .zf)(sortedEntries);
}
/** `module@version` entries whose zips are needed (the go.mod-only ones dropped). */
function zipEntries(moduleSet) {
    return moduleSet.filter(entry => !entry.endsWith('/go.mod'));
}
/** Splits `module@version[/go.mod]` into its parts. */
function splitEntry(entry) {
    const at = entry.lastIndexOf('@');
    const goModOnly = entry.endsWith('/go.mod');
    const version = entry.slice(at + 1, goModOnly ? -'/go.mod'.length : undefined);
    return { path: entry.slice(0, at), version, goModOnly };
}


/***/ }),

/***/ 4316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ sortKeysDeep),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   jN: () => (/* binding */ normalizeNewlines),
/* harmony export */   zf: () => (/* binding */ digestParts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Hex sha256 of a string or bytes. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Hex sha256 over several parts, each followed by a NUL so `ab`+`c` ≠ `a`+`bc`. */
function digestParts(parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts)
        hash.update(part).update('\0');
    return hash.digest('hex');
}
/** Dependency files are text: CRLF checkouts must digest like LF ones. */
function normalizeNewlines(text) {
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
/** JSON with object keys sorted at every depth, so equal values give equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeysDeep(value));
}
function sortKeysDeep(value) {
    if (Array.isArray(value))
        return value.map(sortKeysDeep);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            sorted[key] = sortKeysDeep(value[key]);
        }
        return sorted;
    }
    return value;
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

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X_: () => (/* binding */ compareGoVersions),
/* harmony export */   kW: () => (/* binding */ parseGoMod),
/* harmony export */   xj: () => (/* binding */ parseGoWork)
/* harmony export */ });
/* unused harmony exports GO_VERSION_RE, readDirectives, isLocalPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * A reader for go.mod and go.work syntax (the grammar of golang.org/x/mod/modfile):
 * one directive per line or a `directive (` … `)` block, `//` comments,
 * identifiers, and "interpreted" or `raw` quoted strings that never span lines.
 * It keeps only what the cache keys need and reports mistakes as `file:line`.
 */

/** `go` version syntax accepted by the go command (1.21, 1.21.0, 1.21rc1). */
const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;
const TOOLCHAIN_RE = /^default$|^go1($|\.)/;
/** False for what ends an identifier: white space, punctuation and quotes. */
function isIdentCode(code) {
    switch (code) {
        case 32: // space
        case 9: // tab
        case 10:
        case 11:
        case 12:
        case 13:
        case 0xfeff:
        case 40: // (
        case 41: // )
        case 91: // [
        case 93: // ]
        case 123: // {
        case 125: // }
        case 44: // ,
        case 34: // "
        case 96: // `
            return false;
        default:
            return true;
    }
}
/** Splits a file into directives; blocks are flattened with `inBlock` set. */
function readDirectives(text, file, blockVerbs) {
    const directives = [];
    const lines = text.split('\n');
    let block;
    for (let index = 0; index < lines.length; index++) {
        const lineNumber = index + 1;
        const { tokens, comment } = tokenizeLine(lines[index], file, lineNumber);
        if (tokens.length === 0)
            continue;
        const isPunct = (token, ch) => token !== undefined && !token.quoted && token.text === ch;
        if (block) {
            if (isPunct(tokens[0], ')')) {
                if (tokens.length > 1) {
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber }, `unexpected "${tokens[1].text}" after ")"`, 'put the closing ")" of a block on a line of its own');
                }
                block = undefined;
                continue;
            }
            const stray = tokens.find(token => isPunct(token, '(') || isPunct(token, ')'));
            if (stray) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber, column: stray.column }, `unexpected "${stray.text}" inside the ${block.verb} block that starts at line ${block.line}`, 'blocks cannot nest; close the block with ")" on its own line first');
            }
            directives.push({ verb: block.verb, args: tokens, line: lineNumber, comment, inBlock: true });
            continue;
        }
        const [head, ...rest] = tokens;
        if (head.quoted || isPunct(head, '(') || isPunct(head, ')')) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber, column: head.column }, `unexpected "${head.text}" where a directive was expected`, 'each line starts with a directive such as go, use or replace');
        }
        const opensBlock = rest.length >= 1 && isPunct(rest[0], '(');
        if (opensBlock) {
            if (!blockVerbs.has(head.text)) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber }, `the ${head.text} directive does not take a block`, `write \`${head.text} value\` on one line`);
            }
            if (rest.length === 2 && isPunct(rest[1], ')'))
                continue; // `use ()`: an empty block
            if (rest.length > 1) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber }, `unexpected "${rest[1].text}" after "${head.text} ("`, 'start the block entries on the next line');
            }
            block = { verb: head.text, line: lineNumber };
            continue;
        }
        const stray = rest.find(token => isPunct(token, '(') || isPunct(token, ')'));
        if (stray) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: lineNumber, column: stray.column }, `unexpected "${stray.text}"`, 'a block is written `directive (` with the entries on the following lines and `)` alone on the last');
        }
        directives.push({ verb: head.text, args: rest, line: lineNumber, comment, inBlock: false });
    }
    if (block) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: block.line }, `the ${block.verb} block is never closed`, 'add a line with just ")" at the end of the block');
    }
    return directives;
}
function tokenizeLine(raw, file, line) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const tokens = [];
    let comment = '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
            i++;
            continue;
        }
        if (text.startsWith('//', i)) {
            comment = text.slice(i + 2).trim();
            break;
        }
        if (text.startsWith('/*', i)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line, column: i + 1 }, 'mod files must use // comments, not /* */ comments', 'turn the comment into // lines');
        }
        if (ch === '(' ||
            ch === ')' ||
            ch === '[' ||
            ch === ']' ||
            ch === '{' ||
            ch === '}' ||
            ch === ',') {
            tokens.push({ text: ch, quoted: false, column: i + 1 });
            i++;
            continue;
        }
        if (ch === '"' || ch === '`') {
            const end = findClosingQuote(text, i);
            if (end < 0) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line, column: i + 1 }, 'unterminated quoted string', `close the string with ${ch} on the same line`);
            }
            tokens.push({
                text: unquote(text.slice(i, end + 1), file, line, i + 1),
                quoted: true,
                column: i + 1
            });
            i = end + 1;
            continue;
        }
        const start = i;
        while (i < text.length && isIdentCode(text.charCodeAt(i))) {
            if (text.charCodeAt(i) === 47 /* / */ && text.charCodeAt(i + 1) === 47)
                break;
            i++;
        }
        tokens.push({ text: text.slice(start, i), quoted: false, column: start + 1 });
    }
    return { tokens, comment };
}
function findClosingQuote(text, start) {
    const quote = text[start];
    for (let i = start + 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\') {
            i++;
            continue;
        }
        if (text[i] === quote)
            return i;
    }
    return -1;
}
function unquote(literal, file, line, column) {
    if (literal.startsWith('`'))
        return literal.slice(1, -1);
    try {
        // Go's escapes that matter in paths (\" \\ \t \uXXXX) read the same in JSON.
        return JSON.parse(literal);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line, column }, `invalid quoted string ${literal}`, 'use plain "…" quotes');
    }
}
function argTexts(directive) {
    return directive.args.map(arg => arg.text);
}
function requireArgs(directive, file, count, usage) {
    const args = argTexts(directive);
    if (args.length !== count) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `usage: ${usage}`, `write \`${usage}\``);
    }
    return args;
}
function goVersionArg(directive, file) {
    const [version] = requireArgs(directive, file, 1, 'go 1.23.0');
    if (!GO_VERSION_RE.test(version)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `invalid go version "${version}": must match format 1.23.0`, 'write the language version as in `go 1.23` or `go 1.23.0`');
    }
    return version;
}
function toolchainArg(directive, file) {
    const [name] = requireArgs(directive, file, 1, 'toolchain go1.23.0');
    if (!TOOLCHAIN_RE.test(name)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `invalid toolchain "${name}": must be default or start with go1`, 'write for example `toolchain go1.23.4`');
    }
    return name;
}
function repeated(directive, file, firstLine) {
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `repeated ${directive.verb} statement (the first is at line ${firstLine})`, `keep exactly one \`${directive.verb}\` line`);
}
/** A local replacement target: rooted or ./ ../ relative, as the go command defines it. */
function isLocalPath(target) {
    return (target === '.' ||
        target === '..' ||
        target.startsWith('./') ||
        target.startsWith('../') ||
        target.startsWith('/') ||
        target.startsWith('.\\') ||
        target.startsWith('..\\') ||
        /^[A-Za-z]:[\\/]/.test(target));
}
function parseReplace(directive, file) {
    const args = argTexts(directive);
    const arrow = args.indexOf('=>');
    const usage = 'replace module/path [v1.2.3] => other/module v1.4.5 (or a ./local/dir)';
    if (arrow !== 1 && arrow !== 2) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `usage: ${usage}`, 'check the "=>" of the replace line');
    }
    const after = args.slice(arrow + 1);
    if (after.length !== 1 && after.length !== 2) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `usage: ${usage}`, 'check the target of the replace line');
    }
    const [newPath, newVersion] = after;
    if (newVersion === undefined && !isLocalPath(newPath)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `replacement module without version must be a directory path (rooted or starting with ./ or ../): ${newPath}`, `add a version after ${newPath} or write ./${newPath} for a local directory`);
    }
    if (newVersion !== undefined && isLocalPath(newPath)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `replacement directory ${newPath} cannot have a version`, `drop "${newVersion}"`);
    }
    return {
        oldPath: args[0],
        oldVersion: arrow === 2 ? args[1] : undefined,
        newPath,
        newVersion,
        line: directive.line
    };
}
const GO_WORK_DIRECTIVES = ['go', 'toolchain', 'godebug', 'use', 'replace'];
/** Parses go.work; any mistake is a ConfigurationError `go.work:LINE: …` with a fix. */
function parseGoWork(text, file) {
    const work = { godebug: [], uses: [], replaces: [] };
    const firstLine = {};
    const directives = readDirectives(text, file, new Set(['use', 'replace', 'godebug']));
    for (const directive of directives) {
        switch (directive.verb) {
            case 'go':
                if (firstLine.go !== undefined)
                    repeated(directive, file, firstLine.go);
                firstLine.go = directive.line;
                work.go = goVersionArg(directive, file);
                work.goLine = directive.line;
                break;
            case 'toolchain':
                if (firstLine.toolchain !== undefined)
                    repeated(directive, file, firstLine.toolchain);
                firstLine.toolchain = directive.line;
                work.toolchain = toolchainArg(directive, file);
                break;
            case 'godebug': {
                const [setting] = requireArgs(directive, file, 1, 'godebug key=value');
                if (!/^[^=\s]+=[^\s]*$/.test(setting)) {
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `invalid godebug setting "${setting}"`, 'write `godebug key=value`');
                }
                work.godebug.push(setting);
                break;
            }
            case 'use': {
                const [usePath] = requireArgs(directive, file, 1, 'use ./local/dir');
                work.uses.push({ path: usePath, line: directive.line });
                break;
            }
            case 'replace':
                work.replaces.push(parseReplace(directive, file));
                break;
            default:
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)({ file, line: directive.line }, `unknown directive "${directive.verb}"`, `go.work accepts ${GO_WORK_DIRECTIVES.join(', ')}${suggest(directive.verb, GO_WORK_DIRECTIVES)}`);
        }
    }
    return work;
}
const GO_MOD_BLOCKS = new Set([
    'require',
    'exclude',
    'replace',
    'retract',
    'godebug',
    'tool',
    'ignore'
]);
const GO_MOD_KNOWN = new Set(['module', 'go', 'toolchain', ...GO_MOD_BLOCKS]);
/**
 * Parses go.mod for what the keys need: module path, go and toolchain lines,
 * requirements and replacements (for the vendor consistency check), each with its
 * line (the vulnerability gate points annotations at them). Syntax
 * errors and a repeated `go` line are errors, as they are for the go command.
 */
function parseGoMod(text, file) {
    const mod = { requires: [], replaces: [], unknown: [] };
    const firstLine = {};
    for (const directive of readDirectives(text, file, GO_MOD_BLOCKS)) {
        switch (directive.verb) {
            case 'module':
                if (firstLine.module !== undefined)
                    repeated(directive, file, firstLine.module);
                firstLine.module = directive.line;
                mod.module = requireArgs(directive, file, 1, 'module module/path')[0];
                mod.moduleLine = directive.line;
                break;
            case 'go':
                if (firstLine.go !== undefined)
                    repeated(directive, file, firstLine.go);
                firstLine.go = directive.line;
                mod.go = goVersionArg(directive, file);
                mod.goLine = directive.line;
                break;
            case 'toolchain':
                if (firstLine.toolchain !== undefined)
                    repeated(directive, file, firstLine.toolchain);
                firstLine.toolchain = directive.line;
                mod.toolchain = toolchainArg(directive, file);
                mod.toolchainLine = directive.line;
                break;
            case 'require': {
                const [requirePath, version] = requireArgs(directive, file, 2, 'require module/path v1.2.3');
                mod.requires.push({
                    path: requirePath,
                    version,
                    indirect: /^indirect(;|$)/.test(directive.comment),
                    line: directive.line
                });
                break;
            }
            case 'replace':
                mod.replaces.push(parseReplace(directive, file));
                break;
            default:
                if (!GO_MOD_KNOWN.has(directive.verb)) {
                    mod.unknown.push({ verb: directive.verb, line: directive.line });
                }
        }
    }
    return mod;
}
function suggest(word, known) {
    const close = known.find(candidate => editDistance(word, candidate) <= 2);
    return close ? `; did you mean "${close}"?` : '';
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/** Compares Go language versions (1.21 < 1.21rc1 < 1.21.0 < 1.21.1), as cmd/go/internal/gover does. */
function compareGoVersions(a, b) {
    const parse = (v) => {
        const match = GO_VERSION_RE.exec(v);
        if (!match)
            return { major: 0, minor: 0, patch: -2, pre: '' };
        const [, major, minor, , patch, pre] = match;
        // "1.21" is the language version and sorts before 1.21rc1 and 1.21.0.
        const patchRank = patch !== undefined ? Number(patch) : pre ? -1 : -2;
        return { major: Number(major), minor: Number(minor), patch: patchRank, pre: pre ?? '' };
    };
    const x = parse(a);
    const y = parse(b);
    if (x.major !== y.major)
        return x.major - y.major;
    if (x.minor !== y.minor)
        return x.minor - y.minor;
    if (x.patch !== y.patch)
        return x.patch - y.patch;
    if (x.pre === y.pre)
        return 0;
    return x.pre < y.pre ? -1 : 1;
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ parseToolchainIdentity),
/* harmony export */   Mm: () => (/* binding */ BUILD_IDENTITY_FIELDS),
/* harmony export */   Uh: () => (/* binding */ COMPILER_FIELDS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The toolchain identity for the build cache key, read from one `go env -json`
 * call (the action and the CLI run it; this module only parses the output).
 */

/** The GOARCH-specific variable that selects the instruction set level. */
const ARCH_LEVEL_VARIABLE = {
    amd64: 'GOAMD64',
    '386': 'GO386',
    arm: 'GOARM',
    arm64: 'GOARM64',
    mips: 'GOMIPS',
    mipsle: 'GOMIPS',
    mips64: 'GOMIPS64',
    mips64le: 'GOMIPS64',
    ppc64: 'GOPPC64',
    ppc64le: 'GOPPC64',
    riscv64: 'GORISCV64',
    wasm: 'GOWASM'
};
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
    const levelVariable = ARCH_LEVEL_VARIABLE[identity.GOARCH];
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


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports collectingLogger, OUTPUT_LIMIT_BYTES, truncateOutput */
/** A logger that drops everything: the default for pure functions and tests. */
const silentLogger = { info() { }, warning() { }, debug() { } };
/** A logger that collects messages, for tests and for the CLI's `--json` mode. */
function collectingLogger() {
    const lines = [];
    return {
        lines,
        info: message => lines.push({ level: 'info', message }),
        warning: message => lines.push({ level: 'warning', message }),
        debug: message => lines.push({ level: 'debug', message })
    };
}
/**
 * GitHub refuses a step output over 1 MB. Values are kept under 1,000,000
 * bytes (the stricter reading of "1 MB") so no output of any action fails
 * the step or is dropped by the runner.
 */
const OUTPUT_LIMIT_BYTES = 1_000_000;
/**
 * Cuts `value` so that it plus `marker` fits in `limit` UTF-8 bytes, at a
 * character boundary, and appends the marker. Values that fit are returned as they are.
 */
function truncateOutput(value, marker, limit = OUTPUT_LIMIT_BYTES) {
    if (Buffer.byteLength(value, 'utf8') <= limit)
        return value;
    const room = limit - Buffer.byteLength(marker, 'utf8');
    if (room <= 0)
        throw new Error(`output marker longer than the limit of ${limit} bytes`);
    const bytes = Buffer.from(value, 'utf8');
    let end = room;
    // Back up to the first byte of a character (continuation bytes are 10xxxxxx).
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8') + marker;
}


/***/ })

};
