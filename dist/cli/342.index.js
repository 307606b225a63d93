export const id = 342;
export const ids = [342];
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

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_cache_explain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5681);
/* harmony import */ var _core_cache_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8256);
/* harmony import */ var _core_cache_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7217);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(302);
/* harmony import */ var _cache_common_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3061);








const explainCommand = {
    name: 'explain',
    summary: 'Explain why a cache key differs from a previous one',
    help: `Usage: go-ci-kit explain --previous FILE [--dir DIR] [--cache mod|build] [--json]

Compares earlier key components with the current ones and says what a cache
restore would be (exact, partial or miss) and why. FILE is the output of
\`go-ci-kit key --json\`, a cache manifest (.go-ci-kit/manifest-<kind>.json) or
a bare components object.

With --json prints one object: { "hitKind", "reasons", "detail", "modules":
{ "added", "removed", "changed": [{ "path", "from", "to" }] }, "settings",
"files", "key", "previousKey" }. Every module whose version set differs is
listed. Reasons: deps-changed, go-work-changed, vendor-changed,
toolchain-changed, env-changed, path-changed, matrix-changed,
key-files-changed, first-run.

Options:
  --previous FILE      earlier components (required)
${_cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheOptionsHelp */ .gu}

Exit codes:
  0   the explanation was printed (whatever the hit kind)
  2   usage or configuration error (unreadable --previous, bad go.work or go.sum)
`,
    async run(argv, io) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)('explain', argv, { ..._cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheOptions */ .rT, previous: { type: 'string' } }, false);
        if (!values.previous) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('explain: --previous FILE is required', {
                fix: 'save the output of `go-ci-kit key --json` from the earlier run and pass it'
            });
        }
        const kind = (0,_cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheKind */ .fM)('explain', values.cache);
        const logger = (0,_cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .stderrLogger */ .D7)(io, values.verbose === true);
        const previousFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.previous);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(previousFile, 'utf8');
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`explain: cannot read --previous ${values.previous} (${error.message})`, {
                fix: 'pass the path of a file written by `go-ci-kit key --json`'
            });
        }
        const previous = (0,_core_cache_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseComponentsDocument */ .d)(text, values.previous);
        const { components, plan, options } = await (0,_cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .planFor */ .bJ)(kind, (0,_cache_common_js__WEBPACK_IMPORTED_MODULE_7__/* .keyOptionsFrom */ .EU)(values, io, logger), io, logger);
        let previousKey = previous.key;
        if (previousKey === undefined) {
            if (kind === 'mod')
                previousKey = (0,_core_cache_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .planModKey */ .HX)(previous.components, options).key;
            else if (previous.components.toolchain)
                previousKey = (0,_core_cache_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .planBuildKey */ .Z4)(previous.components, options).key;
        }
        const hitKind = previousKey === undefined ? 'miss' : (0,_core_cache_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .matchAgainst */ .xM)(plan, previousKey);
        const explanation = (0,_core_cache_explain_js__WEBPACK_IMPORTED_MODULE_3__/* .explainRestore */ ._v)(kind, components, previous.components, {
            primaryKey: plan.key,
            ...(hitKind !== 'miss' ? { matchedKey: previousKey } : {})
        });
        if (values.json) {
            (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .printJson */ .Q2)(io, { ...explanation, key: plan.key, previousKey: previousKey ?? null });
        }
        else {
            printText(io, explanation, plan.key);
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .yU.ok;
    }
};
function printText(io, explanation, key) {
    const lines = [
        `hit-kind: ${explanation.hitKind}`,
        `reasons: ${explanation.reasons.join(', ') || '(none)'}`,
        `detail: ${explanation.detail}`,
        `key: ${key}`
    ];
    const { added, removed, changed } = explanation.modules;
    if (added.length + removed.length + changed.length > 0) {
        lines.push('modules:');
        for (const change of changed)
            lines.push(`  ~ ${change.path} ${change.from} → ${change.to}`);
        for (const entry of added)
            lines.push(`  + ${entry}`);
        for (const entry of removed)
            lines.push(`  - ${entry}`);
    }
    for (const setting of explanation.settings) {
        lines.push(`setting: ${setting.name} ${setting.from || '(unset)'} → ${setting.to || '(unset)'}`);
    }
    io.stdout(lines.join('\n') + '\n');
}


/***/ })

};
