export const id = 845;
export const ids = [845];
export const modules = {

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envCommand: () => (/* binding */ envCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/gomod/index.ts + 7 modules
var gomod = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/core/cache/discover.ts + 1 modules
var discover = __webpack_require__(9089);
// EXTERNAL MODULE: ./src/core/cache/keys.ts
var keys = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/core/cache/explain.ts
var explain = __webpack_require__(5681);
// EXTERNAL MODULE: ./src/core/cache/toolchain.ts
var toolchain = __webpack_require__(129);
// EXTERNAL MODULE: ./src/core/cache/manifest.ts
var manifest = __webpack_require__(7217);
;// CONCATENATED MODULE: ./src/core/cache/listing.ts
/**
 * Telling miss causes apart from the repository's cache list
 * (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>`, which needs
 * `actions: read`). The action makes the call; this only reads the answer.
 */

/**
 * Why nothing was restored although entries for this key ladder are listed:
 * - `version-mismatch`: a matching key in a readable ref, saved with other
 *   paths or another compression method (the cache version differs);
 * - `other-branch-scope`: matching keys only in refs this run cannot read
 *   (sibling branches, other PRs).
 * Returns undefined when no listed entry matches: the entry was evicted, never
 * saved, or the list is incomplete; the caller keeps `first-run` or uses what
 * else it knows (such as an earlier key recorded elsewhere) to say `evicted`.
 */
function classifyListedMiss(plan, listed, scope) {
    const matching = listed.filter(entry => matchAgainst(plan, entry.key) !== 'miss');
    if (matching.length === 0)
        return undefined;
    const readable = matching.filter(entry => scope.readableRefs.includes(entry.ref));
    if (readable.some(entry => entry.version !== scope.version))
        return 'version-mismatch';
    if (readable.length === 0)
        return 'other-branch-scope';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/cache/index.ts
/**
 * The cache core: discover the inputs, build the keys, write and read the
 * manifest, and explain a restore. Pure: no @actions/* imports and no stdout.
 */







/** `module@version` entries whose zips the build needs (for pruning GOMODCACHE). */
function moduleSetNeeded(components) {
    return new Set(zipEntries(components.moduleSet));
}
/**
 * `module@version` entries needed only for their go.mod (the module graph):
 * a prune should keep their `cache/download/<module>/@v/<version>.mod` files.
 */
function moduleGoModsNeeded(components) {
    const needed = new Set();
    for (const entry of components.moduleSet) {
        const { path, version, goModOnly } = splitEntry(entry);
        if (goModOnly)
            needed.add(`${path}@${version}`);
    }
    return needed;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/fingerprint/envlock.ts
/**
 * Environment lock: the Go toolchain and settings a build ran with, so a
 * later build can check it runs in the same environment (`env verify`).
 *
 * The module-set digest is the cache core's own (src/core/cache: every go.sum of the
 * modules under the directory, or of the go.work's modules; vendor/, testdata/ and
 * dot/underscore directories skipped; sorted unique `module@version[/go.mod]` entries),
 * so a lock and a cache key agree on what "the same dependencies" means.
 */







const LOCK_TYPE = 'https://go-ci-kit.dev/env-lock/v1';
/** Field order is the order drift is reported in. */
const LOCK_FIELDS = [
    'GOVERSION',
    'GOOS',
    'GOARCH',
    'archLevel',
    'CGO_ENABLED',
    'GOPROXY',
    'GOSUMDB',
    'GOFLAGS',
    'GOTOOLCHAIN',
    'goBinarySha256',
    'compileSha256',
    'moduleSetDigest'
];
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The `go` on PATH (or $GO), resolved through symlinks. */
async function findGo(env) {
    const names = process.platform === 'win32' ? ['go.exe'] : ['go'];
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        for (const name of names) {
            try {
                return await (0,promises_.realpath)(external_node_path_default().join(dir, name));
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
async function snapshotEnvironment(options) {
    const env = options.env ?? process.env;
    const go = await findGo(env);
    if (!go) {
        throw new errors/* ConfigurationError */.j1('go was not found on PATH', {
            fix: 'install Go (actions/setup-go) before taking or verifying an environment lock'
        });
    }
    const keys = ['GOVERSION', 'GOOS', 'GOARCH', 'CGO_ENABLED', 'GOPROXY', 'GOSUMDB', 'GOFLAGS'];
    const extra = ['GOTOOLCHAIN', 'GOTOOLDIR', 'GOWORK', 'GOROOT', ...gomod/* ARCH_LEVEL_VARIABLES */.qT];
    let goEnv;
    try {
        goEnv = (await (0,gomod/* readGoEnv */.os)({ go, dir: options.dir, env, variables: [...keys, ...extra] })).values;
    }
    catch (error) {
        if (!(error instanceof gomod/* GoEnvFailure */.u8))
            throw error;
        // Before, a failing `go env` surfaced as a stack trace; it is the user's setup.
        throw new errors/* ConfigurationError */.j1(`go env -json failed in ${options.dir}: ${error.stderr || error.message}`, { fix: 'run `go env -json` there by hand and fix what it reports' });
    }
    const levelKey = gomod/* ARCH_LEVEL_VARIABLE */.Zw[goEnv.GOARCH];
    const exe = process.platform === 'win32' ? '.exe' : '';
    let moduleSetDigest = '(no Go module)';
    try {
        const components = await (0,discover/* discoverComponents */.K$)({
            dir: options.dir,
            repoRoot: options.dir,
            os: process.platform,
            // The go.work the go command uses, as the cache action keys it.
            gowork: goEnv.GOWORK,
            goroot: goEnv.GOROOT
        });
        moduleSetDigest = components.moduleSetDigest;
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
    }
    return {
        _type: LOCK_TYPE,
        GOVERSION: goEnv.GOVERSION,
        GOOS: goEnv.GOOS,
        GOARCH: goEnv.GOARCH,
        archLevel: levelKey ? `${levelKey}=${goEnv[levelKey] ?? ''}` : '',
        CGO_ENABLED: goEnv.CGO_ENABLED,
        GOPROXY: goEnv.GOPROXY,
        GOSUMDB: goEnv.GOSUMDB,
        GOFLAGS: goEnv.GOFLAGS,
        GOTOOLCHAIN: goEnv.GOTOOLCHAIN,
        goBinarySha256: await sha256File(go),
        compileSha256: await sha256File(external_node_path_default().join(goEnv.GOTOOLDIR, `compile${exe}`)),
        moduleSetDigest
    };
}
function parseLock(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file}: not JSON: ${error.message}`, {
            fix: 'write the lock with `go-ci-kit env snapshot --out FILE`'
        });
    }
    if (data._type !== LOCK_TYPE) {
        throw new errors/* ConfigurationError */.j1(`${file}: /_type: not an environment lock`, {
            fix: `expected "_type": "${LOCK_TYPE}"; write it with \`go-ci-kit env snapshot\``
        });
    }
    for (const field of LOCK_FIELDS) {
        if (typeof data[field] !== 'string') {
            throw new errors/* ConfigurationError */.j1(`${file}: /${field}: missing or not a string`, {
                fix: 'take a fresh snapshot with `go-ci-kit env snapshot --out FILE`'
            });
        }
    }
    return data;
}
function diffLocks(locked, current) {
    return LOCK_FIELDS.filter(f => locked[f] !== current[f]).map(field => ({
        field,
        locked: locked[field],
        current: current[field]
    }));
}
function formatDrift(d) {
    return `${d.field}: locked ${JSON.stringify(d.locked)}, now ${JSON.stringify(d.current)}`;
}
/** Drift lines against a lock file, or undefined when Go is not installed here. */
async function verifyLockFile(file, dir) {
    const locked = parseLock(await readFile(file, 'utf8'), file);
    if (!(await findGo(process.env)))
        return undefined;
    const current = await snapshotEnvironment({ dir });
    return diffLocks(locked, current).map(formatDrift);
}

// EXTERNAL MODULE: ./src/core/io.ts
var core_io = __webpack_require__(7719);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(302);
;// CONCATENATED MODULE: ./src/cli/commands/env.ts






const envCommand = {
    name: 'env',
    summary: 'Snapshot or verify the Go environment (env snapshot | env verify)',
    help: `Usage: go-ci-kit env snapshot [--out FILE] [--dir DIR] [--json]
       go-ci-kit env verify --lock FILE [--dir DIR] [--strict] [--json]

snapshot records the Go environment as a lock: GOVERSION, GOOS, GOARCH, the arch
level (GOAMD64=…), CGO_ENABLED, GOPROXY, GOSUMDB, GOFLAGS, GOTOOLCHAIN, the sha256
of the \`go\` binary on PATH and of $(go env GOTOOLDIR)/compile, and the module-set
digest of the module in DIR (the same digest the cache keys use).

verify takes a fresh snapshot and names every field that drifted from the lock.

Options:
  --out FILE     write the lock to FILE (snapshot; default: print it)
  --dir DIR      the module directory (default: the current directory)
  --lock FILE    the lock to verify against (verify; required)
  --strict       exit 42 when anything drifted (verify)
  --json         print one JSON document

Exit codes:
  0   ok (verify without --strict also exits 0 on drift, after listing it)
  2   usage or configuration error (no Go on PATH, unreadable lock)
  42  drift found with --strict
`,
    async run(argv, io) {
        const [sub, ...rest] = argv;
        const { values } = (0,command/* parseCommandArgs */.Qx)('env', rest, {
            out: { type: 'string' },
            dir: { type: 'string' },
            lock: { type: 'string' },
            strict: { type: 'boolean' },
            json: { type: 'boolean' }
        }, false);
        const dir = external_node_path_default().resolve(io.cwd, values.dir ?? '.');
        const env = io.env;
        if (sub === 'snapshot') {
            const lock = await snapshotEnvironment({ dir, env });
            const text = JSON.stringify(lock, null, 2) + '\n';
            if (values.out) {
                const out = external_node_path_default().resolve(io.cwd, values.out);
                await (0,core_io/* writeFileAtomic */.Zf)(out, text);
                if (values.json)
                    (0,command/* printJson */.Q2)(io, { lockFile: out, lock });
                else
                    io.stdout(`wrote ${out}\n`);
            }
            else if (values.json)
                (0,command/* printJson */.Q2)(io, lock);
            else
                io.stdout(text);
            return command/* ExitCode */.yU.ok;
        }
        if (sub === 'verify') {
            if (!values.lock) {
                throw new errors/* ConfigurationError */.j1('env verify: --lock FILE is required', {
                    fix: 'write one with `go-ci-kit env snapshot --out FILE` and pass it'
                });
            }
            const lockFile = external_node_path_default().resolve(io.cwd, values.lock);
            let text;
            try {
                text = await (0,promises_.readFile)(lockFile, 'utf8');
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`cannot read ${lockFile}: ${error.code}`);
            }
            const locked = parseLock(text, lockFile);
            const drift = diffLocks(locked, await snapshotEnvironment({ dir, env }));
            if (values.json)
                (0,command/* printJson */.Q2)(io, { drift, ok: drift.length === 0 });
            else if (drift.length === 0)
                io.stdout('environment matches the lock\n');
            else
                io.stdout(drift.map(d => `drift: ${formatDrift(d)}\n`).join(''));
            return drift.length > 0 && values.strict ? command/* ExitCode */.yU.drift : command/* ExitCode */.yU.ok;
        }
        throw new errors/* ConfigurationError */.j1(`env: unknown subcommand "${sub ?? ''}"`, {
            fix: 'use `go-ci-kit env snapshot` or `go-ci-kit env verify --lock FILE`'
        });
    }
};


/***/ }),

/***/ 7719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ writeThroughTemp),
/* harmony export */   Dh: () => (/* binding */ writeFilesAtomicSync),
/* harmony export */   Q3: () => (/* binding */ writeFileAtomicSync),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export tempPathBeside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Writing files so that a reader sees the old file, the complete new file, or
 * nothing: never half a file. Each write goes to a temp file beside the target
 * (same directory, so the rename stays on one file system and is atomic) and is
 * renamed over the target; on any failure the temp file is removed and the
 * target is left as it was. The parent directory is created when missing.
 *
 * No fsync: none of the writers this replaced synced, and what they write
 * (summaries, manifests, SARIF, state for a later step) is rebuilt by running
 * the step again, so surviving a power cut is not worth a sync per file.
 */




/** `<file>.<pid>-<random>.tmp`: beside the target, unique per process and call. */
function tempPathBeside(file) {
    return `${file}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`;
}
/**
 * Runs `fill(temp)` to produce the file at a temp path beside `file`, then renames
 * it into place. When `fill` throws, the temp file is removed and the error rethrown.
 */
async function writeThroughTemp(file, fill) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const temp = tempPathBeside(file);
    try {
        const result = await fill(temp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        return result;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
async function writeFileAtomic(file, data) {
    await writeThroughTemp(file, temp => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data));
}
function writeFileAtomicSync(file, data) {
    writeFilesAtomicSync([{ file, data }]);
}
/**
 * All or nothing for several files: every file is written to its temp path
 * first and the renames happen only once all writes succeeded.
 */
function writeFilesAtomicSync(files) {
    const temps = [];
    try {
        for (const { file, data } of files) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
            const temp = tempPathBeside(file);
            temps.push(temp);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, data);
        }
        files.forEach(({ file }, index) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temps[index], file));
    }
    catch (error) {
        for (const temp of temps)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        throw error;
    }
}


/***/ })

};
