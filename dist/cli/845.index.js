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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/cache/gosum.ts
var gosum = __webpack_require__(5859);
// EXTERNAL MODULE: ./src/core/cache/discover.ts + 2 modules
var discover = __webpack_require__(2091);
// EXTERNAL MODULE: ./src/core/cache/keys.ts
var keys = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/core/cache/explain.ts
var explain = __webpack_require__(5681);
// EXTERNAL MODULE: ./src/core/cache/toolchain.ts
var toolchain = __webpack_require__(129);
// EXTERNAL MODULE: ./src/core/cache/manifest.ts
var manifest = __webpack_require__(7217);
// EXTERNAL MODULE: ./src/core/cache/modfile.ts
var modfile = __webpack_require__(3712);
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
// EXTERNAL MODULE: ./src/core/fingerprint/analyze.ts
var analyze = __webpack_require__(8036);
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









const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
    const extra = ['GOTOOLCHAIN', 'GOTOOLDIR', ...new Set(Object.values(analyze/* ARCH_LEVEL_KEYS */.fV))];
    const { stdout } = await run(go, ['env', '-json', ...keys, ...extra], { cwd: options.dir, env });
    const goEnv = JSON.parse(stdout);
    const levelKey = analyze/* ARCH_LEVEL_KEYS */.fV[goEnv.GOARCH];
    const exe = process.platform === 'win32' ? '.exe' : '';
    let moduleSetDigest = '(no Go module)';
    try {
        const components = await (0,discover/* discoverComponents */.K$)({
            dir: options.dir,
            repoRoot: options.dir,
            os: process.platform
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

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
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
                await (0,promises_.writeFile)(`${out}.tmp`, text);
                await (0,promises_.rename)(`${out}.tmp`, out);
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

/***/ 8036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   fV: () => (/* binding */ ARCH_LEVEL_KEYS),
/* harmony export */   l5: () => (/* binding */ analyzeSlice)
/* harmony export */ });
/* unused harmony exports dimensionsOf, ldflagsX, reproducibilityWarnings, buildFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Dimensions, canonical build fingerprint and reproducibility warnings for one executable. */

/** Per GOARCH, the variable that sets its architecture level (GOAMD64=v3, GOARM=7, …). */
const ARCH_LEVEL_KEYS = {
    amd64: 'GOAMD64',
    arm64: 'GOARM64',
    arm: 'GOARM',
    '386': 'GO386',
    mips: 'GOMIPS',
    mipsle: 'GOMIPS',
    mips64: 'GOMIPS64',
    mips64le: 'GOMIPS64',
    ppc64: 'GOPPC64',
    ppc64le: 'GOPPC64',
    riscv64: 'GORISCV64',
    wasm: 'GOWASM'
};
function setting(settings, key) {
    return settings.find(s => s.key === key)?.value;
}
function dimensionsOf(slice) {
    const s = slice.buildInfo.settings;
    const goos = setting(s, 'GOOS');
    const goarch = setting(s, 'GOARCH');
    const fromSettings = goos !== undefined && goarch !== undefined;
    const arch = goarch ?? slice.goarch;
    const levelKey = ARCH_LEVEL_KEYS[arch];
    const levelValue = levelKey ? setting(s, levelKey) : undefined;
    const cgoValue = setting(s, 'CGO_ENABLED');
    const cgo = cgoValue === '1' ? '1' : cgoValue === '0' ? '0' : 'unknown';
    return {
        goos: goos ?? slice.goos,
        goarch: arch,
        ...(levelKey && levelValue ? { archLevel: { key: levelKey, value: levelValue } } : {}),
        goVersion: slice.buildInfo.goVersion,
        experiments: slice.buildInfo.experiments,
        cgo,
        targetSource: fromSettings ? 'build settings' : 'file header'
    };
}
/** The `-X name=value` assignments in an -ldflags setting. */
function ldflagsX(ldflags) {
    if (!ldflags)
        return [];
    const words = ldflags.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const found = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i].replace(/^["']|["']$/g, '');
        if (word === '-X' || word === '--X') {
            if (words[i + 1])
                found.push(words[i + 1].replace(/^["']|["']$/g, ''));
            i++;
        }
        else if (/^--?X=/.test(word))
            found.push(word.replace(/^--?X=/, ''));
    }
    return found;
}
function reproducibilityWarnings(slice, dims) {
    const s = slice.buildInfo.settings;
    const warnings = [];
    if (s.length === 0) {
        warnings.push('no build settings recorded (pre-Go 1.18 binary): flags cannot be checked');
        return warnings;
    }
    if (setting(s, '-trimpath') !== 'true') {
        warnings.push('built without -trimpath: local file system paths are embedded; add -trimpath');
    }
    if (setting(s, 'vcs.modified') === 'true') {
        warnings.push('vcs.modified=true: built from a working tree with uncommitted changes');
    }
    if (dims.cgo === '1') {
        warnings.push('cgo is on (CGO_ENABLED=1): the C toolchain and libraries become build inputs');
    }
    const revision = setting(s, 'vcs.revision');
    if (setting(s, 'vcs') !== undefined || revision !== undefined) {
        warnings.push(`-buildvcs stamping: ${setting(s, 'vcs') ?? 'vcs'} revision ${revision ?? '?'} and commit time are embedded; rebuild from the same commit, or use -buildvcs=false`);
    }
    const xs = ldflagsX(setting(s, '-ldflags'));
    if (xs.length > 0) {
        warnings.push(`-ldflags -X sets ${xs.join(', ')}: these values must be identical to reproduce`);
    }
    return warnings;
}
/** Canonical JSON (sorted keys) so the digest does not depend on property order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function buildFingerprint(slice, dims) {
    const info = slice.buildInfo;
    const settings = info.settings
        .filter(s => s.key !== 'vcs.time')
        .map(s => [s.key, s.value])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const document = {
        v: 1,
        dimensions: { ...dims, targetSource: undefined },
        goVersionRaw: info.goVersionRaw,
        path: info.path,
        main: info.main,
        deps: info.deps,
        settings
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical(document)).digest('hex');
}
function analyzeSlice(slice) {
    const dimensions = dimensionsOf(slice);
    return {
        ...(slice.fatArch ? { fatArch: slice.fatArch } : {}),
        format: `${slice.format}${slice.bits}`,
        dimensions,
        goVersionRaw: slice.buildInfo.goVersionRaw,
        path: slice.buildInfo.path,
        main: slice.buildInfo.main,
        deps: slice.buildInfo.deps,
        settings: slice.buildInfo.settings,
        buildFingerprint: buildFingerprint(slice, dimensions),
        warnings: reproducibilityWarnings(slice, dimensions)
    };
}


/***/ })

};
