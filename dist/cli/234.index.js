export const id = 234;
export const ids = [234];
export const modules = {

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  govulncheckArgs: () => (/* binding */ govulncheckArgs),
  vulnCommand: () => (/* binding */ vulnCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github/client.ts
var client = __webpack_require__(4332);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/io.ts
var io = __webpack_require__(7719);
;// CONCATENATED MODULE: ./src/core/vuln/govulncheck.ts
/**
 * Finding, installing and running govulncheck. Processes go through an
 * injected ProcessRunner so the logic can be tested without spawning; the
 * real runner (node:child_process) is at the bottom. govulncheck's JSON mode
 * exits 0 whether or not it finds anything, and 1 (after printing the config
 * message) when it cannot load the code: a non-zero exit is always a failure
 * with its stderr shown, never "0 vulnerabilities".
 */





/** govulncheck (or `go install`) failed: the CLI exits 3, the action fails the step with stderr. */
class ToolFailure extends errors/* ConfigurationError */.j1 {
    exitCode;
    stderr;
    constructor(message, details) {
        super(message, { fix: details.fix });
        this.name = 'ToolFailure';
        this.exitCode = details.exitCode;
        this.stderr = details.stderr;
    }
}
const GOVULNCHECK_MODULE = 'golang.org/x/vuln/cmd/govulncheck';
/**
 * Installed when govulncheck is not on PATH. v1.9.0 (the Debian govulncheck
 * 1.9.0 the tests run) needs Go 1.26+ to build and reads Go 1.26 and 1.27
 * code; v1.1.4, the previous default, panics under Go 1.27
 * ("unexpected expr: *ast.KeyValueExpr" in its x/tools SSA builder).
 */
const DEFAULT_GOVULNCHECK_VERSION = 'v1.9.0';
/** Flags for `govulncheck -json`, leaving defaults out so older releases accept them. */
function buildGovulncheckArgs(options) {
    if (options.mode === 'binary' && (options.test || options.tags.length > 0)) {
        throw new ConfigurationError('binary mode does not take tags or test', {
            fix: 'remove the tags and test inputs, or use mode: source'
        });
    }
    if (options.mode === 'binary' && options.packages.length !== 1) {
        throw new ConfigurationError(`binary mode scans exactly one binary, but packages has ${options.packages.length} entries`, { fix: 'set packages to the path of the built binary' });
    }
    // govulncheck refuses patterns at module level; it scans the module in the working directory.
    const packages = options.scan === 'module' && options.mode === 'source' ? [] : options.packages;
    const args = ['-json'];
    if (options.mode !== 'source')
        args.push('-mode', options.mode);
    if (options.scan !== 'symbol')
        args.push('-scan', options.scan);
    if (options.db)
        args.push('-db', options.db);
    if (options.tags.length > 0)
        args.push('-tags', options.tags.join(','));
    if (options.test)
        args.push('-test');
    return [...args, ...packages];
}
/** Normalises a -db value: local paths become absolute file:// URLs, which govulncheck requires. */
function normaliseDb(db, baseDir) {
    if (!db)
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
        if (db.startsWith('file://') && !db.startsWith('file:///')) {
            return `file://${path.resolve(baseDir, db.slice('file://'.length))}`;
        }
        return db;
    }
    return `file://${path.resolve(baseDir, db)}`;
}
function findExecutable(name, env) {
    const pathValue = env.PATH ?? env.Path ?? '';
    const extensions = process.platform === 'win32' ? ['.exe', ''] : [''];
    for (const dir of pathValue.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        for (const extension of extensions) {
            const candidate = external_node_path_default().join(dir, name + extension);
            try {
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not in this directory
            }
        }
    }
    return undefined;
}
/** govulncheck from PATH, else `go install …@version`; no Go either is a ConfigurationError. */
async function locateGovulncheck(options) {
    const onPath = options.forceInstall ? undefined : findExecutable('govulncheck', options.env);
    if (onPath) {
        options.logger.info(`Using govulncheck from PATH: ${onPath}`);
        return onPath;
    }
    const go = findExecutable('go', options.env);
    if (!go) {
        throw new errors/* ConfigurationError */.j1('govulncheck is not on PATH and Go is not installed, so it cannot be installed either', {
            fix: 'add actions/setup-go before this step (the gate then runs `go install golang.org/x/vuln/cmd/govulncheck@<govulncheck-version>`), put govulncheck on PATH, or pass input-file'
        });
    }
    const version = /^v?\d/.test(options.version)
        ? `v${options.version.replace(/^v/, '')}`
        : options.version;
    (0,external_node_fs_.mkdirSync)(options.installDir, { recursive: true });
    options.logger.info(`Installing govulncheck ${version} with ${go}`);
    const result = await options.runner.run(go, ['install', `${GOVULNCHECK_MODULE}@${version}`], {
        cwd: options.installDir,
        // Outside any module or workspace, and without -mod flags that `go install pkg@version` rejects.
        env: { ...options.env, GOBIN: options.installDir, GOWORK: 'off', GOFLAGS: '' }
    });
    if (result.exitCode !== 0) {
        throw new ToolFailure(`go install ${GOVULNCHECK_MODULE}@${version} failed (${describeExit(result)})${stderrBlock(result.stderr)}`, {
            exitCode: result.exitCode,
            stderr: result.stderr,
            fix: /requires go >= ?([\w.]+)/.test(result.stderr)
                ? `govulncheck ${version} needs Go ${/requires go >= ?([\w.]+)/.exec(result.stderr)[1]} or later to build: set up that Go (actions/setup-go) or pick an older govulncheck-version`
                : 'check govulncheck-version (newer releases need a newer Go) and that the module proxy is reachable'
        });
    }
    return external_node_path_default().join(options.installDir, process.platform === 'win32' ? 'govulncheck.exe' : 'govulncheck');
}
async function runGovulncheck(options) {
    options.logger.info(`Running ${[options.binary, ...options.args].join(' ')} in ${options.cwd}`);
    // The output file appears only when the scan completed.
    const result = await (0,io/* writeThroughTemp */.B7)(options.outputFile, async (temp) => {
        const run = await options.runner.run(options.binary, options.args, {
            cwd: options.cwd,
            env: options.env,
            stdoutFile: temp
        });
        if (run.exitCode !== 0) {
            throw new ToolFailure(`govulncheck failed (${describeExit(run)}), so there is no result: the scan did not complete${stderrBlock(run.stderr)}`, { exitCode: run.exitCode, stderr: run.stderr, fix: failureHint(run.stderr) });
        }
        return run;
    });
    if (result.stderr.trim())
        options.logger.debug(`govulncheck stderr:\n${result.stderr.trim()}`);
    return { stderr: result.stderr };
}
function describeExit(result) {
    if (result.spawnError)
        return `could not start: ${result.spawnError}`;
    if (result.signal)
        return `killed by ${result.signal}`;
    return `exit code ${result.exitCode}`;
}
const HEAD_LINES = 15;
const TAIL_LINES = 25;
const MAX_LINE = 400;
/**
 * The stderr shown in an error: its first and last lines. A Go panic puts the
 * reason on the first line and thousands of goroutine lines after it, while
 * a build error's summary comes last; both ends matter.
 */
function stderrExcerpt(stderr) {
    const lines = stderr
        .trim()
        .split(/\r?\n/)
        .map(line => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line));
    if (lines.length <= HEAD_LINES + TAIL_LINES)
        return lines.join('\n');
    const omitted = lines.length - HEAD_LINES - TAIL_LINES;
    return [
        ...lines.slice(0, HEAD_LINES),
        `… (${omitted} lines omitted) …`,
        ...lines.slice(-TAIL_LINES)
    ].join('\n');
}
function stderrBlock(stderr) {
    const text = stderrExcerpt(stderr);
    return text ? `:\n${text}\n` : '';
}
/** A fix for the failures people hit most, recognised from govulncheck's stderr. */
function failureHint(stderr) {
    if (/^panic: |\ngoroutine \d+ \[/m.test(stderr)) {
        return `govulncheck crashed; old releases panic on newer Go (v1.1.4 under Go 1.27: "unexpected expr: *ast.KeyValueExpr"): set govulncheck-version to ${DEFAULT_GOVULNCHECK_VERSION} or later (it needs Go 1.26+), or report it at https://go.dev/issue/new`;
    }
    if (/mismatch between the Go version|source-processing packages|requires go >=|go\.mod requires go|newer Go version/i.test(stderr)) {
        return 'govulncheck and the Go on PATH disagree: govulncheck v1.0.x cannot load Go 1.23+ code; use Go 1.22 with it, or a newer govulncheck-version';
    }
    if (/no go\.mod file|cannot find main module|go\.mod file not found/i.test(stderr)) {
        return 'set working-directory to the directory that holds go.mod (or go.work)';
    }
    if (/creating client|vulnerability database|file URL/i.test(stderr)) {
        return 'check the db input: a local database must be an absolute file:// URL with index/modules.json';
    }
    if (/package patterns|loading packages|build constraints|cannot find package|undefined:/i.test(stderr)) {
        return 'govulncheck needs code that builds: fix the errors above (and set tags if build tags are needed)';
    }
    return undefined;
}
const STDERR_HEAD_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 1024 * 1024;
/** The real runner: node:child_process, stdout to a file, stderr kept (both ends, if huge). */
const nodeProcessRunner = {
    run(command, args, options) {
        return new Promise(resolve => {
            const out = options.stdoutFile ? (0,external_node_fs_.createWriteStream)(options.stdoutFile) : undefined;
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: options.env,
                stdio: ['ignore', out ? 'pipe' : 'ignore', 'pipe'],
                windowsHide: true
            });
            // The first 64 KiB (a panic's reason) and the last MiB (a build error's summary).
            const head = [];
            let headBytes = 0;
            const tail = [];
            let tailBytes = 0;
            let dropped = false;
            child.stderr?.on('data', (chunk) => {
                if (headBytes < STDERR_HEAD_BYTES) {
                    const take = chunk.subarray(0, STDERR_HEAD_BYTES - headBytes);
                    head.push(take);
                    headBytes += take.length;
                    chunk = chunk.subarray(take.length);
                    if (chunk.length === 0)
                        return;
                }
                tail.push(chunk);
                tailBytes += chunk.length;
                while (tailBytes > STDERR_TAIL_BYTES && tail.length > 1) {
                    tailBytes -= tail.shift().length;
                    dropped = true;
                }
            });
            const stderrText = () => Buffer.concat(head).toString('utf8') +
                (dropped ? '\n… (stderr cut here) …\n' : '') +
                Buffer.concat(tail).toString('utf8');
            if (out && child.stdout)
                child.stdout.pipe(out);
            let settled = false;
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                if (!out || out.closed)
                    resolve(result);
                else {
                    out.once('close', () => resolve(result));
                    out.end();
                }
            };
            child.on('error', error => {
                // A process that never started (ENOENT, EACCES) emits no reliable 'close'.
                if (child.pid === undefined)
                    finish({ exitCode: null, stderr: '', spawnError: error.message });
            });
            child.on('close', (code, signal) => finish({
                exitCode: code,
                signal: signal ?? undefined,
                stderr: stderrText()
            }));
        });
    }
};

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/core/gomod/index.ts + 7 modules
var gomod = __webpack_require__(1048);
;// CONCATENATED MODULE: ./src/core/vuln/layout.ts
/**
 * Where the scanned code lives: the main modules (from go.work, else the
 * nearest go.mod, as the go command finds them) with their directories, so
 * module-relative frame positions and go.mod lines can be turned into
 * repository-relative paths.
 */





function discoverLayout(options) {
    const workspace = external_node_path_default().resolve(options.workspace);
    const workingDirectory = external_node_path_default().resolve(options.workingDirectory);
    const layout = { workspace, workingDirectory, modules: [] };
    const goWork = (0,gomod/* findGoWork */.pG)(workingDirectory, {
        gowork: options.gowork ?? options.env?.GOWORK,
        goroot: options.goroot ?? options.env?.GOROOT
    });
    if (goWork) {
        const work = (0,gomod/* parseGoWork */.xj)((0,external_node_fs_.readFileSync)(goWork, 'utf8'), goWork);
        layout.goWorkPath = (0,gomod/* insideRelative */.Xn)(workspace, goWork);
        layout.goWork = work;
        for (const use of work.uses) {
            const dir = external_node_path_default().resolve(external_node_path_default().dirname(goWork), use.path);
            const goModFile = external_node_path_default().join(dir, 'go.mod');
            if (!(0,external_node_fs_.existsSync)(goModFile)) {
                throw (0,errors/* fileError */.zS)({ file: layout.goWorkPath ?? goWork, line: use.line }, `use ${use.path}: no go.mod in that directory`, 'fix the use directive or add the module');
            }
            layout.modules.push(readModule(workspace, dir));
        }
        return layout;
    }
    const goModDir = (0,gomod/* findModuleRoot */.gq)(workingDirectory);
    if (goModDir)
        layout.modules.push(readModule(workspace, goModDir));
    return layout;
}
function readModule(workspace, dir) {
    const file = external_node_path_default().join(dir, 'go.mod');
    const goMod = (0,gomod/* parseGoMod */.kW)((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
    return { path: goMod.module ?? '', dir, goModPath: (0,gomod/* insideRelative */.Xn)(workspace, file), goMod };
}
/** A layout for tests and for callers that already know the modules. */
function layoutFromModules(workspace, workingDirectory, modules) {
    return {
        workspace,
        workingDirectory,
        modules: modules.map(m => ({
            path: m.path,
            dir: m.dir,
            goModPath: insideRelative(workspace, path.join(m.dir, 'go.mod')),
            goMod: parseGoMod(m.goModText ?? `module ${m.path}\n`, path.join(m.dir, 'go.mod'))
        }))
    };
}
/**
 * The package patterns to scan when none are given: `./...`, except in a
 * go.work directory that is not itself a module, where Go (1.22) rejects
 * `./...` and every used module has to be named (`./svc/...`, `./api/...`).
 */
function defaultPatterns(workingDirectory) {
    const goWork = external_node_path_default().join(workingDirectory, 'go.work');
    if (!(0,external_node_fs_.existsSync)(goWork) || (0,external_node_fs_.existsSync)(external_node_path_default().join(workingDirectory, 'go.mod')))
        return ['./...'];
    const uses = (0,gomod/* parseGoWork */.xj)((0,external_node_fs_.readFileSync)(goWork, 'utf8'), goWork).uses;
    if (uses.length === 0)
        return ['./...'];
    return uses.map(use => {
        const relative = external_node_path_default().relative(workingDirectory, external_node_path_default().resolve(workingDirectory, use.path));
        const posix = relative.split((external_node_path_default()).sep).join('/');
        return posix === '' ? './...' : posix.startsWith('..') ? `${posix}/...` : `./${posix}/...`;
    });
}
/**
 * Where govulncheck can run for a working directory. It refuses a directory
 * where `go env GOMOD` is empty ("no go.mod file"), which is the case in a
 * go.work directory that is not itself a module; from the first used module
 * the go command still finds the go.work and loads the whole workspace.
 */
function scanDirectory(workingDirectory) {
    const goWork = external_node_path_default().join(workingDirectory, 'go.work');
    if (!(0,external_node_fs_.existsSync)(goWork) || (0,external_node_fs_.existsSync)(external_node_path_default().join(workingDirectory, 'go.mod')))
        return workingDirectory;
    const uses = (0,gomod/* parseGoWork */.xj)((0,external_node_fs_.readFileSync)(goWork, 'utf8'), goWork).uses;
    return uses.length > 0 ? external_node_path_default().resolve(workingDirectory, uses[0].path) : workingDirectory;
}
/** A relative package pattern (./x/..., ../y) written for `from`, rewritten for `to`; others unchanged. */
function rebasePattern(pattern, from, to) {
    if (from === to || !/^\.\.?(\/|$)/.test(pattern))
        return pattern;
    const wildcard = pattern.endsWith('/...') ? '/...' : '';
    const base = wildcard ? pattern.slice(0, -wildcard.length) : pattern;
    const relative = external_node_path_default().relative(to, external_node_path_default().resolve(from, base)).split((external_node_path_default()).sep).join('/');
    const prefix = relative === '' ? '.' : relative.startsWith('..') ? relative : `./${relative}`;
    return `${prefix}${wildcard}`;
}
/**
 * Binary mode: the go.mod of the module a binary was built from, when it is
 * not among the modules found from the working directory. Searches the
 * workspace (skipping vendor, testdata and node_modules).
 */
async function findModuleInWorkspace(workspace, modulePath) {
    const files = await (0,dist.glob)('**/go.mod', {
        cwd: workspace,
        absolute: true,
        ignore: ['**/vendor/**', '**/testdata/**', '**/node_modules/**', '.git/**'],
        followSymbolicLinks: false,
        deep: 8
    });
    for (const file of files.sort()) {
        const goMod = (0,gomod/* parseGoMod */.kW)((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
        if (goMod.module === modulePath)
            return readModule(workspace, external_node_path_default().dirname(file));
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/core/vuln/allowlist.ts
/**
 * The allow-list, in the format users already know from osv-scanner:
 *
 *   [[IgnoredVulns]]
 *   id = "GO-2022-0968"        # a GO id or any alias (CVE, GHSA)
 *   ignoreUntil = 2026-11-09   # optional; TOML date or date-time
 *   reason = "…"
 *
 * Like osv-scanner, an entry ignores while `ignoreUntil` is absent or still
 * in the future (a date means midnight UTC starting that day). Other
 * osv-scanner sections are accepted and skipped; anything unknown is an error
 * naming the line and the key.
 */



const ENTRY_KEYS = ['id', 'ignoreUntil', 'reason'];
/** osv-scanner.toml sections that mean nothing to govulncheck but are valid in a shared file. */
const OSV_SCANNER_KEYS = new Set(['PackageOverrides', 'GoVersionOverride', 'LicenseOverride']);
function parseAllowList(text, file, logger) {
    let document;
    try {
        document = (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml_dist/* TomlError */.zx) {
            const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
            throw (0,errors/* fileError */.zS)({ file, line: error.line, column: error.column }, `invalid TOML: ${reason}${keyOnLine(text, error.line)}`, 'dates are written bare (ignoreUntil = 2026-01-31), strings in double quotes');
        }
        throw error;
    }
    const locator = new LineLocator(text);
    for (const key of Object.keys(document)) {
        if (key === 'IgnoredVulns')
            continue;
        if (OSV_SCANNER_KEYS.has(key)) {
            logger?.debug(`${file}: ${key} is an osv-scanner setting; govulncheck-gate ignores it`);
            continue;
        }
        throw (0,errors/* fileError */.zS)({ file, line: locator.topLevelKey(key) }, `unknown key "${key}"`, 'the allow-list uses [[IgnoredVulns]] entries with id, ignoreUntil and reason');
    }
    const raw = document.IgnoredVulns;
    if (raw === undefined)
        return { file, entries: [] };
    if (!Array.isArray(raw)) {
        throw (0,errors/* fileError */.zS)({ file, line: locator.topLevelKey('IgnoredVulns') }, 'IgnoredVulns must be an array of tables', 'write each entry under its own [[IgnoredVulns]] header');
    }
    const entries = [];
    const seen = new Map();
    raw.forEach((item, index) => {
        const entryLine = locator.entryHeader(index);
        if (typeof item !== 'object' || item === null || Array.isArray(item) || item instanceof Date) {
            throw (0,errors/* fileError */.zS)({ file, line: entryLine }, `IgnoredVulns entry ${index + 1} is not a table`);
        }
        const table = item;
        for (const key of Object.keys(table)) {
            if (!ENTRY_KEYS.includes(key)) {
                throw (0,errors/* fileError */.zS)({ file, line: locator.entryKey(index, key) }, `unknown key "${key}" in IgnoredVulns entry ${index + 1}`, `allowed keys are ${ENTRY_KEYS.join(', ')}`);
            }
        }
        if (typeof table.id !== 'string' || table.id.trim() === '') {
            throw (0,errors/* fileError */.zS)({ file, line: table.id === undefined ? entryLine : locator.entryKey(index, 'id') }, `IgnoredVulns entry ${index + 1}: "id" must be a non-empty string`, 'set id = "GO-YYYY-NNNN" (a CVE or GHSA alias works too)');
        }
        if (table.reason !== undefined && typeof table.reason !== 'string') {
            throw (0,errors/* fileError */.zS)({ file, line: locator.entryKey(index, 'reason') }, `IgnoredVulns entry ${index + 1}: "reason" must be a string`);
        }
        const entry = {
            id: table.id.trim(),
            reason: table.reason,
            file,
            line: entryLine
        };
        if (table.ignoreUntil !== undefined) {
            entry.ignoreUntil = parseIgnoreUntil(table.ignoreUntil, {
                file,
                line: locator.entryKey(index, 'ignoreUntil'),
                text: locator.lineText(locator.entryKey(index, 'ignoreUntil'))
            });
        }
        const duplicate = seen.get(entry.id.toLowerCase());
        if (duplicate) {
            logger?.warning(`${file}:${entry.line}: ${entry.id} is also listed at line ${duplicate.line}; the first unexpired entry applies`);
        }
        seen.set(entry.id.toLowerCase(), entry);
        entries.push(entry);
    });
    return { file, entries };
}
function parseIgnoreUntil(value, at) {
    const fail = (shown) => (0,errors/* fileError */.zS)({ file: at.file, line: at.line }, `ignoreUntil: ${shown} is not a valid date`, 'write a real calendar date such as ignoreUntil = 2026-01-31 (or a date-time with a zone)');
    if (value instanceof smol_toml_dist/* TomlDate */.PJ) {
        if (!value.isValid() || value.isTime())
            throw fail(JSON.stringify(value.toISOString()));
        // smol-toml rolls impossible days over (2025-02-30 becomes 2025-03-02); refuse them instead.
        const literal = /ignoreUntil\s*=\s*(\d{4}-\d{2}-\d{2})/.exec(at.text)?.[1];
        if (literal && value.isDate() && value.toISOString().slice(0, 10) !== literal)
            throw fail(literal);
        return new Date(value.getTime());
    }
    if (typeof value === 'string') {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? new Date(`${value}T00:00:00Z`)
            : /^\d{4}-\d{2}-\d{2}T/.test(value)
                ? new Date(value)
                : undefined;
        if (!date || Number.isNaN(date.getTime()))
            throw fail(JSON.stringify(value));
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString().slice(0, 10) !== value)
            throw fail(JSON.stringify(value));
        return date;
    }
    throw fail(JSON.stringify(value));
}
/** Whether an entry applies to a vulnerability known by `ids` (its GO id and aliases) at `now`. */
function matchAllowList(ids, allowList, now) {
    if (!allowList)
        return { status: 'none' };
    const wanted = new Set(ids.map(id => id.toLowerCase()));
    let expired;
    for (const entry of allowList.entries) {
        if (!wanted.has(entry.id.toLowerCase()))
            continue;
        if (!entry.ignoreUntil || now.getTime() < entry.ignoreUntil.getTime())
            return { status: 'ignored', entry };
        expired ??= entry;
    }
    return expired ? { status: 'expired', entry: expired } : { status: 'none' };
}
function describeEntry(entry) {
    const until = entry.ignoreUntil ? ` until ${formatDate(entry.ignoreUntil)}` : '';
    const reason = entry.reason ? ` (${entry.reason})` : '';
    return `${entry.file}:${entry.line} [[IgnoredVulns]] id = "${entry.id}"${until}${reason}`;
}
function formatDate(date) {
    const iso = date.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
function keyOnLine(text, line) {
    const match = /^\s*([A-Za-z0-9_-]+)\s*=/.exec(text.split(/\r?\n/)[line - 1] ?? '');
    return match ? ` (key "${match[1]}")` : '';
}
/** Finds the lines of headers and keys, since the TOML parser does not report them. */
class LineLocator {
    lines;
    /** Start line of each [[IgnoredVulns]] header, in order. */
    headers = [];
    /** Line of every table header of any kind, to know where a section ends. */
    sections = [];
    constructor(text) {
        this.lines = text.split(/\r?\n/);
        this.lines.forEach((line, index) => {
            if (/^\s*\[/.test(line))
                this.sections.push(index + 1);
            if (/^\s*\[\[\s*["']?IgnoredVulns["']?\s*\]\]/.test(line))
                this.headers.push(index + 1);
        });
    }
    lineText(line) {
        return this.lines[line - 1] ?? '';
    }
    topLevelKey(key) {
        const end = this.sections[0] ?? this.lines.length + 1;
        const found = this.find(key, 1, end);
        if (found)
            return found;
        // A table header named like the key ([key] or [[key]]).
        const header = this.lines.findIndex(line => new RegExp(`^\\s*\\[\\[?\\s*["']?${allowlist_escape(key)}["']?\\s*[\\].]`).test(line));
        return header >= 0 ? header + 1 : 1;
    }
    entryHeader(index) {
        return this.headers[index] ?? this.topLevelKey('IgnoredVulns');
    }
    entryKey(index, key) {
        const start = this.headers[index];
        if (start === undefined)
            return this.topLevelKey('IgnoredVulns');
        const end = this.sections.find(line => line > start) ?? this.lines.length + 1;
        return this.find(key, start + 1, end) ?? start;
    }
    find(key, from, to) {
        const pattern = new RegExp(`^\\s*(["']?)${allowlist_escape(key)}\\1\\s*[=.]`);
        for (let line = from; line < to; line++)
            if (pattern.test(this.lines[line - 1] ?? ''))
                return line;
        return undefined;
    }
}
function allowlist_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Reads the allow-list from disk; a missing explicit file is a ConfigurationError. */
async function loadAllowList(file, displayName, logger) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot read the ignore file ${displayName}: ${error.message}`, {
            fix: 'check the ignore-file path (relative paths are resolved against the working directory)'
        });
    }
    return parseAllowList(text, displayName, logger);
}

// EXTERNAL MODULE: ./src/core/github/errors.ts
var github_errors = __webpack_require__(7872);
;// CONCATENATED MODULE: ./src/core/vuln/severity.ts

const SEVERITY_THRESHOLDS = [
    'low',
    'medium',
    'high',
    'critical'
];
const RANK = { unknown: 0, low: 1, medium: 2, high: 3, critical: 4 };
function severityRank(label) {
    return RANK[label];
}
const UNKNOWN_SEVERITY = { label: 'unknown' };
/** The real fetcher: GitHub's global advisory endpoint through the shared client. */
function gitHubAdvisoryFetcher(client) {
    return {
        async fetchAdvisory(ghsaId) {
            try {
                const response = await client.request('GET', '/advisories/{ghsa_id}', {
                    pathParams: { ghsa_id: ghsaId }
                });
                return response.data;
            }
            catch (error) {
                if ((0,github_errors/* isGitHubApiError */.I)(error) && error.status === 404)
                    return undefined;
                throw error;
            }
        }
    };
}
/** CVSS base score → the qualitative band (CVSS v3.1 specification, table 14). */
function labelForScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'unknown';
}
/** Reads `severity` and the best CVSS score from an advisory body, defensively. */
function severityFromAdvisory(advisory, ghsaId) {
    if (typeof advisory !== 'object' || advisory === null)
        return { ...UNKNOWN_SEVERITY };
    const body = advisory;
    const severities = (body.cvss_severities ?? {});
    // v3 first: it is what GitHub's own label follows for most Go advisories; then v4, then the legacy field.
    const candidates = [severities.cvss_v3, severities.cvss_v4, body.cvss];
    let score;
    let vector;
    for (const candidate of candidates) {
        if (typeof candidate !== 'object' || candidate === null)
            continue;
        const value = candidate.score;
        const number = typeof value === 'string' ? Number(value) : value;
        if (typeof number === 'number' && Number.isFinite(number) && number > 0 && number <= 10) {
            score = number;
            const text = candidate.vector_string;
            vector = typeof text === 'string' ? text : undefined;
            break;
        }
    }
    const raw = typeof body.severity === 'string' ? body.severity.toLowerCase() : '';
    const label = raw in RANK && raw !== 'unknown'
        ? raw
        : score !== undefined
            ? labelForScore(score)
            : 'unknown';
    return { label, score, vector, source: ghsaId };
}
/** The GHSA ids among an entry's id and aliases. */
function ghsaAliases(ids) {
    return [...new Set(ids.filter(id => /^GHSA(-[0-9a-z]{4}){3}$/i.test(id)))];
}
/**
 * Resolves severities for a run. Each GHSA id is fetched at most once; after
 * the first sign that the API is unreachable (or rate limited) no further
 * calls are made and everything left is unknown.
 */
class SeverityResolver {
    options;
    cache = new Map();
    unavailable;
    lookups = 0;
    constructor(options) {
        this.options = options;
    }
    get enabled() {
        return this.options.fetcher !== undefined;
    }
    /** Why lookups stopped, if they did. */
    get unavailableReason() {
        return this.unavailable;
    }
    get requestCount() {
        return this.lookups;
    }
    /** Severity for one vulnerability from all of its ids; the highest advisory wins. */
    async resolve(ids) {
        const ghsas = ghsaAliases(ids);
        if (!this.options.fetcher || ghsas.length === 0)
            return { ...UNKNOWN_SEVERITY };
        const found = await Promise.all(ghsas.map(id => this.lookup(id)));
        let best = { ...UNKNOWN_SEVERITY };
        for (const info of found) {
            if (!info)
                continue;
            if (severityRank(info.label) > severityRank(best.label) ||
                (info.label === best.label && (info.score ?? 0) > (best.score ?? 0)))
                best = info;
        }
        return best;
    }
    /** Resolves many at once with bounded parallelism; keyed by the first id of each list. */
    async resolveAll(entries) {
        const results = new Map();
        const queue = [...entries];
        const workers = Array.from({ length: Math.max(1, this.options.concurrency ?? 4) }, async () => {
            for (let entry = queue.shift(); entry; entry = queue.shift()) {
                results.set(entry.key, await this.resolve(entry.ids));
            }
        });
        await Promise.all(workers);
        return results;
    }
    lookup(ghsaId) {
        const key = ghsaId.toLowerCase();
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.fetch(ghsaId);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async fetch(ghsaId) {
        if (this.unavailable || !this.options.fetcher)
            return undefined;
        this.lookups++;
        try {
            const advisory = await this.options.fetcher.fetchAdvisory(ghsaId);
            if (advisory === undefined) {
                this.options.logger.debug(`GitHub has no advisory ${ghsaId}; its severity is unknown`);
                return undefined;
            }
            return severityFromAdvisory(advisory, ghsaId);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const stop = !(0,github_errors/* isGitHubApiError */.I)(error) || error.unreachable || error.rateLimited || error.status === 401;
            if (stop && !this.unavailable) {
                this.unavailable = message;
                this.options.logger.warning(`Could not look up advisory severities (${message}); severities are unknown for this run`);
            }
            else if (!stop) {
                this.options.logger.warning(`Advisory ${ghsaId}: ${message}; its severity is unknown`);
            }
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/vuln/types.ts
/**
 * govulncheck's JSON protocol (v1.0.0, unchanged from govulncheck v1.0.0 to
 * v1.9.0) as far as the gate reads it, and the gate's own model. Every field of
 * the wire types is optional; fields protocol v1.0.0 does not define are refused
 * (collect.ts), so a later govulncheck never turns into a silent pass.
 */
const REACHABILITY_ORDER = ['required', 'imported', 'called'];
function reachabilityRank(level) {
    return REACHABILITY_ORDER.indexOf(level);
}
/** The reachability a scan level can establish: symbol → called, package → imported, module → required. */
const SCAN_LEVEL_REACH = {
    symbol: 'called',
    package: 'imported',
    module: 'required'
};

;// CONCATENATED MODULE: ./src/core/vuln/policy.ts
/**
 * The gate's decision for one vulnerability: ignored by the allow-list,
 * allowed by policy, or blocking. Evidence comes first (fail-on), then
 * severity (threshold, and what to do when it is unknown).
 */



const FAIL_ON_VALUES = ['called', 'imported', 'required', 'none'];
const UNKNOWN_SEVERITY_VALUES = ['fail', 'pass'];
/**
 * A scan below symbol level cannot show that code is *not* called: at
 * `-scan package` an imported package may be called, at `-scan module` a
 * required module may be. Findings at (or, as govulncheck 1.0.4 writes for the
 * standard library, above) the scan's own level are therefore gated as if
 * called, as govulncheck's own exit code 3 does.
 */
function gateLevel(found, scanLevel) {
    return reachabilityRank(found) >= reachabilityRank(SCAN_LEVEL_REACH[scanLevel]) ? 'called' : found;
}
/** The reachability, or may-be-affected for a finding at the level of a package or module scan. */
function evidenceAt(found, scanLevel) {
    return scanLevel !== 'symbol' && gateLevel(found, scanLevel) === 'called'
        ? 'may-be-affected'
        : found;
}
/** Why the scan level leaves it open, e.g. "-scan package does not check calls". */
function scanLimit(scanLevel) {
    return scanLevel === 'module'
        ? '-scan module does not check imports or calls'
        : '-scan package does not check calls';
}
function judge(vuln, scanLevel, policy) {
    const level = gateLevel(vuln.found, scanLevel);
    const match = matchAllowList(vuln.ids, policy.allowList, policy.now);
    if (match.status === 'ignored') {
        return {
            status: 'ignored',
            gateLevel: level,
            ignoredBy: match.entry,
            reason: `ignored by ${describeEntry(match.entry)}`
        };
    }
    const expiredEntry = match.status === 'expired' ? match.entry : undefined;
    const expiredNote = expiredEntry
        ? ` (the allow-list entry at ${expiredEntry.file}:${expiredEntry.line} expired on ${formatDate(expiredEntry.ignoreUntil)})`
        : '';
    const levelNote = level !== vuln.found
        ? `may be affected: ${vuln.found}, counted as called at -scan ${scanLevel}, which does not check ${scanLevel === 'module' ? 'imports or calls' : 'calls'}`
        : vuln.found;
    if (policy.failOn === 'none' || reachabilityRank(level) < reachabilityRank(policy.failOn)) {
        return {
            status: 'allowed',
            gateLevel: level,
            expiredEntry,
            reason: policy.failOn === 'none'
                ? `reported only (fail-on: none)${expiredNote}`
                : `${levelNote}, below fail-on: ${policy.failOn}${expiredNote}`
        };
    }
    if (vuln.severity.label === 'unknown') {
        return policy.unknownSeverity === 'fail'
            ? {
                status: 'blocking',
                gateLevel: level,
                expiredEntry,
                reason: `${levelNote}; severity unknown (unknown-severity: fail)${expiredNote}`
            }
            : {
                status: 'allowed',
                gateLevel: level,
                expiredEntry,
                reason: `${levelNote}; severity unknown (unknown-severity: pass)${expiredNote}`
            };
    }
    if (severityRank(vuln.severity.label) < severityRank(policy.severityThreshold)) {
        return {
            status: 'allowed',
            gateLevel: level,
            expiredEntry,
            reason: `${levelNote}; severity ${vuln.severity.label} is below the threshold ${policy.severityThreshold}${expiredNote}`
        };
    }
    return {
        status: 'blocking',
        gateLevel: level,
        expiredEntry,
        reason: `${levelNote}; severity ${vuln.severity.label}${expiredNote}`
    };
}

;// CONCATENATED MODULE: ./src/core/vuln/paths.ts
/**
 * Maps a frame's position to where the file lives. govulncheck v1.1+ writes
 * filenames relative to the frame's module root; v1.0.x writes absolute paths.
 * Only frames in a main module inside the workspace become repository paths;
 * standard-library frames map to GOROOT and third-party frames to the module
 * cache, and neither is ever annotated.
 */


const STDLIB_MODULES = new Set(['stdlib', 'toolchain']);
function isStdlibFrame(frame) {
    return STDLIB_MODULES.has(frame.module);
}
/** The main module a frame belongs to, if any: main modules carry no version in source mode. */
function mainModuleOf(frame, layout) {
    if (isStdlibFrame(frame))
        return undefined;
    if (frame.version && frame.version !== '(devel)')
        return undefined;
    return layout.modules.find(m => m.path === frame.module);
}
function isMainModuleFrame(frame, layout) {
    if (isStdlibFrame(frame))
        return false;
    if (mainModuleOf(frame, layout))
        return true;
    // Without a go.mod to compare against, a frame without a version is the user's code.
    return layout.modules.length === 0 && (!frame.version || frame.version === '(devel)');
}
function locateFrame(frame, layout) {
    const position = frame.position;
    if (!position?.filename)
        return undefined;
    const filename = position.filename.replace(/\\/g, '/');
    const line = position.line && position.line > 0 ? position.line : 1;
    const column = position.column && position.column > 0 ? position.column : undefined;
    const absolute = filename.startsWith('/') || /^[A-Za-z]:\//.test(filename);
    if (isStdlibFrame(frame)) {
        if (!absolute)
            return { kind: 'stdlib', uri: `src/${filename.replace(/^src\//, '')}`, line, column };
        const at = filename.lastIndexOf('/src/');
        return {
            kind: 'stdlib',
            uri: at >= 0 ? filename.slice(at + 1) : external_node_path_default().posix.basename(filename),
            line,
            column
        };
    }
    if (isMainModuleFrame(frame, layout)) {
        const module = mainModuleOf(frame, layout);
        const abs = absolute
            ? external_node_path_default().resolve(filename)
            : external_node_path_default().resolve(module?.dir ?? layout.workingDirectory, filename);
        const repoPath = (0,gomod/* insideRelative */.Xn)(layout.workspace, abs);
        if (repoPath === undefined || repoPath === '')
            return { kind: 'outside', file: abs, line, column };
        return { kind: 'repo', path: repoPath, line, column, module };
    }
    const versioned = frame.version ? `${frame.module}@${frame.version}` : frame.module;
    if (!absolute)
        return { kind: 'external', uri: `${versioned}/${filename}`, line, column };
    const cache = filename.indexOf('/pkg/mod/');
    if (cache >= 0)
        return { kind: 'external', uri: filename.slice(cache + '/pkg/mod/'.length), line, column };
    const vendor = filename.lastIndexOf('/vendor/');
    if (vendor >= 0)
        return {
            kind: 'external',
            uri: `${versioned}/${filename.slice(vendor + '/vendor/'.length + frame.module.length + 1)}`,
            line,
            column
        };
    return { kind: 'external', uri: `${versioned}/${external_node_path_default().posix.basename(filename)}`, line, column };
}
/**
 * The user's call site in a symbol trace: the first frame, walking from the
 * vulnerable symbol towards the entry point, that belongs to a main module.
 * Its position is where it calls the frame before it.
 */
function userCallSite(trace, layout) {
    for (let index = 1; index < trace.length; index++) {
        if (isMainModuleFrame(trace[index], layout))
            return { index, frame: trace[index], callee: trace[index - 1] };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/vuln/symbols.ts

/** The last element of an import path that reads as a package name (skips `/v2`, trims `.v3`). */
function packageName(importPath) {
    const parts = importPath.split('/');
    let name = parts[parts.length - 1] ?? importPath;
    if (/^v\d+$/.test(name) && parts.length > 1)
        name = parts[parts.length - 2];
    return name.replace(/\.v\d+$/, '');
}
/** `parser.Parse`, `gjson.Result.Get` (pointer receivers drop the `*`), or the package/module when there is no symbol. */
function symbolName(frame) {
    if (!frame.function)
        return frame.package ?? frame.module;
    const receiver = frame.receiver ? `${frame.receiver.replace(/^\*/, '')}.` : '';
    const pkg = frame.package ? `${packageName(frame.package)}.` : '';
    return `${pkg}${receiver}${frame.function}`;
}
/** `v1.22.5` → `1.22.5` for Go releases; module versions keep their `v`. */
function goRelease(version) {
    return version.replace(/^v/, '').replace(/^go/, '');
}
function isStdlibModule(module) {
    return isStdlibFrame({ module });
}
/** How a fix is named: "acme.test/parser v1.4.2" or "Go 1.22.5". */
function fixDescription(module, fixedVersion) {
    if (!fixedVersion)
        return `no fixed version of ${isStdlibModule(module) ? 'Go' : module} yet`;
    return isStdlibModule(module) ? `Go ${goRelease(fixedVersion)}` : `${module} ${fixedVersion}`;
}
/** The command that applies a fix, or the Go upgrade for the standard library. */
function upgradeCommand(module, fixedVersion) {
    if (!fixedVersion)
        return undefined;
    // The standard library is fixed by building with a newer Go; the toolchain line pins it.
    if (isStdlibModule(module))
        return `go get toolchain@go${goRelease(fixedVersion)}`;
    return `go get ${module}@${fixedVersion}`;
}

;// CONCATENATED MODULE: ./src/core/vuln/messages.ts


function vulnerabilityLabel(v) {
    return v.aliases.length > 0 ? `${v.id} (${v.aliases.join(', ')})` : v.id;
}
function fixClause(v) {
    return v.fixed ? `fixed in ${v.fix}` : 'no fixed version yet';
}
/** "`report.Summarize` calls `parser.Parse`, affected by GO-… (CVE-…); fixed in acme.test/parser v1.4.2" */
function callSiteMessage(v, site) {
    const via = site.callee === site.vulnerable ? '' : ` (which reaches \`${site.vulnerable}\`)`;
    return `\`${site.caller}\` calls \`${site.callee}\`${via}, affected by ${vulnerabilityLabel(v)}; ${fixClause(v)}`;
}
function manifestMessage(v, site, binaryMode, scanLevel = 'symbol') {
    const module = v.modules.find(m => m.path === site.module);
    const version = module?.version;
    const strongest = v.record.findings.find(f => f.vulnerable.module === site.module)?.vulnerable;
    const replaces = site.replaces
        ? ` (the replacement for ${site.replaces.oldPath}${site.replaces.oldVersion ? ` ${site.replaces.oldVersion}` : ''})`
        : '';
    const subject = v.stdlib
        ? `The Go ${version ? goRelease(version) + ' ' : ''}standard library${strongest?.package ? ` (${strongest.package})` : ''}`
        : `${site.module}${version ? ` ${version}` : ''}${replaces}`;
    let evidence;
    if (v.found === 'may-be-affected') {
        const how = v.reachability === 'required'
            ? 'is required'
            : binaryMode
                ? 'is linked into the binary'
                : 'is imported';
        evidence = `${how} and may be affected (${scanLimit(scanLevel)})`;
    }
    else if (v.found === 'called' && strongest)
        evidence = binaryMode
            ? `is linked into the binary with the vulnerable \`${symbolName(strongest)}\``
            : `has vulnerable code that is called (\`${symbolName(strongest)}\`)`;
    else if (v.found === 'imported')
        evidence = 'is imported, but its vulnerable code is not called';
    else
        evidence = 'is required, but no vulnerable package is imported';
    if (site.replaces) {
        const fixed = module?.fixedVersion;
        const fix = fixed
            ? `fixed in ${site.module} ${fixed}: point the replace directive at ${fixed} or later, or drop it`
            : 'no fixed version yet';
        return `${subject} ${evidence}; affected by ${vulnerabilityLabel(v)}; ${fix}`;
    }
    return `${subject} ${evidence}; affected by ${vulnerabilityLabel(v)}; ${fixClause(v)}`;
}

// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/core/vuln/annotations.ts
/**
 * Workflow annotations on the user's own code: the call site for called
 * vulnerabilities, the go.mod line otherwise. Never on the standard library or
 * the module cache. GitHub shows at most 10 annotations of each level per
 * step, so blocking ones go first and the rest are counted.
 */


function annotationLevel(v) {
    if (v.status === 'blocking')
        return 'error';
    return v.found === 'called' || v.found === 'may-be-affected' ? 'warning' : 'notice';
}
function title(v) {
    const severity = v.severity.label === 'unknown' ? '' : ` [${v.severity.label}]`;
    const text = `${v.id}${severity}: ${v.summary ?? 'vulnerability'}`;
    return text.length > 255 ? `${text.slice(0, 254)}…` : text;
}
function buildAnnotations(report) {
    const candidates = [];
    for (const v of report.vulnerabilities) {
        if (v.status === 'ignored')
            continue;
        const level = annotationLevel(v);
        if (v.callSites.length > 0) {
            for (const site of v.callSites) {
                candidates.push({
                    level,
                    title: title(v),
                    file: site.path,
                    startLine: site.line,
                    endLine: site.line,
                    startColumn: site.column,
                    message: callSiteMessage(v, site)
                });
            }
            continue;
        }
        for (const site of v.manifestSites) {
            candidates.push({
                level,
                title: title(v),
                file: site.path,
                startLine: site.line,
                endLine: site.line,
                message: manifestMessage(v, site, report.scan.mode === 'binary', report.scan.level)
            });
        }
    }
    const { kept, dropped } = (0,core_report/* capPerLevel */.G8)(candidates, annotation => annotation.level);
    return { annotations: kept, dropped: dropped.length };
}

// EXTERNAL MODULE: ./src/core/buildinfo/index.ts + 9 modules
var buildinfo = __webpack_require__(9161);
;// CONCATENATED MODULE: ./src/core/vuln/buildinfo.ts
/**
 * The module a Go binary was built from, so binary-mode findings can point at the
 * go.mod it came from. Read with the shared build-info reader (src/core/buildinfo:
 * ELF, Mach-O and PE, both blob layouts, no Go toolchain).
 */

/** Undefined when the file is not a Go executable with readable build info: callers fall back. */
async function readBuildInfo(file) {
    try {
        // A universal binary's slices come from one build: the first says it.
        const { buildInfo } = (await (0,buildinfo/* readBuildInfo */.ro)(file)).slices[0];
        return {
            goVersion: buildInfo.goVersion,
            mainModule: buildInfo.main?.path,
            mainPackage: buildInfo.path || undefined
        };
    }
    catch (error) {
        if (error instanceof buildinfo/* BuildInfoError */.Xg)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/vuln/scanner.ts
/**
 * Which govulncheck ran. govulncheck takes its version from its own build
 * info, so distribution builds (Debian's, built without module information)
 * report v0.0.0. The gate then reads the binary's build info itself (a `go
 * install` build records the module version), and, for a Debian package, the
 * package changelog installed beside it; otherwise it says the version is
 * unknown instead of printing v0.0.0 as if it were one.
 */




/** True for the placeholder govulncheck reports when its build info has no version. */
function isPlaceholderVersion(version) {
    return version === undefined || version === '' || /^v0\.0\.0(?:-|$)/.test(version);
}
/** The version of the govulncheck binary at `binary`, from its build info or its package. */
async function identifyScanner(binary) {
    let builtWith;
    try {
        const { buildInfo } = (await (0,buildinfo/* readBuildInfo */.ro)(binary)).slices[0];
        builtWith = buildInfo.goVersion;
        const version = buildInfo.main?.version;
        if (version && version !== '(devel)' && !isPlaceholderVersion(version)) {
            return { version, note: 'from the binary’s build info' };
        }
    }
    catch {
        // Not readable as a Go binary (a wrapper script, say): try the package below.
    }
    const debian = await debianPackageVersion(binary);
    if (debian) {
        return {
            version: `v${debian.replace(/-[^-]*$/, '').replace(/^\d+:/, '')}`,
            note: `Debian package ${debian}`
        };
    }
    return {
        note: `the binary records no version${builtWith ? ` (a distribution build with ${builtWith})` : ''}`
    };
}
/** `1.9.0-1` from <prefix>/share/doc/govulncheck/changelog.Debian.gz beside <prefix>/bin/govulncheck. */
async function debianPackageVersion(binary) {
    try {
        const real = await (0,promises_.realpath)(binary);
        const changelog = external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().dirname(real)), 'share', 'doc', external_node_path_default().basename(real), 'changelog.Debian.gz');
        const firstLine = (0,external_node_zlib_.gunzipSync)(await (0,promises_.readFile)(changelog))
            .toString('utf8')
            .split('\n', 1)[0];
        return /^\S+ \(([^)\s]+)\)/.exec(firstLine)?.[1];
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/vuln/sites.ts
/**
 * Where in the repository a vulnerability is reported: the user's call site
 * for called findings, otherwise the line of the right go.mod (`require` for
 * a module, `toolchain`/`go` for the standard library).
 */




function callSites(record, layout) {
    const sites = new Map();
    for (const finding of record.findings) {
        if (finding.level !== 'called')
            continue;
        const index = finding.findFrame((module, version) => isMainModuleFrame({ module, version }, layout), 1);
        if (index < 1)
            continue;
        const frame = finding.frameAt(index);
        const location = locateFrame(frame, layout);
        if (location?.kind !== 'repo')
            continue;
        const caller = symbolName(frame);
        const callee = symbolName(finding.frameAt(index - 1));
        const key = `${location.path}:${location.line}:${location.column ?? 0}:${caller}:${callee}`;
        let entry = sites.get(key);
        if (!entry) {
            entry = {
                path: location.path,
                line: location.line,
                column: location.column,
                caller,
                callee,
                vulnerable: symbolName(finding.vulnerable),
                findings: []
            };
            sites.set(key, entry);
        }
        entry.findings.push(finding);
    }
    return [...sites.values()].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
/**
 * go.mod lines for a vulnerability. In binary mode only the go.mod of the
 * module the binary was built from is used when it can be identified. When no
 * go.mod is known at all, the documented fallback is the binary itself (if it
 * lies in the workspace) or `go.mod` in the working directory, line 1.
 */
function manifestSites(record, layout, binary) {
    let candidates = layout.modules.filter(m => m.goModPath !== undefined);
    if (binary?.mainModule) {
        const own = candidates.filter(m => m.path === binary.mainModule);
        if (own.length > 0)
            candidates = own;
    }
    const sites = new Map();
    const add = (site) => sites.set(`${site.path}:${site.line}`, site);
    for (const { path: modulePath, version } of record.modules) {
        if (isStdlibFrame({ module: modulePath })) {
            for (const site of goVersionSites(layout, candidates, modulePath))
                add(site);
            continue;
        }
        // govulncheck names a replaced module by its replacement: the fix goes on the replace line.
        const replaced = replaceSites(layout, candidates, modulePath, version);
        if (replaced.length > 0) {
            for (const site of replaced)
                add(site);
            continue;
        }
        const requiring = candidates.filter(m => m.goMod.requires.some(r => r.path === modulePath));
        for (const module of requiring) {
            const line = module.goMod.requires.find(r => r.path === modulePath).line;
            add({ path: module.goModPath, line, kind: 'require', module: modulePath });
        }
        if (requiring.length === 0 && candidates.length > 0) {
            const module = candidates[0];
            add({
                path: module.goModPath,
                line: module.goMod.moduleLine ?? 1,
                kind: 'module',
                module: modulePath
            });
        }
    }
    if (sites.size === 0) {
        const module = record.modules[0]?.path ?? '';
        add(fallbackSite(layout, binary, module));
    }
    return [...sites.values()];
}
/** `go mod edit -replace=old@v=new@fixed` (or `go work edit`) that moves a replacement to its fix. */
function replaceCommand(site, fixedVersion) {
    if (!fixedVersion || !site.replaces)
        return undefined;
    const { oldPath, oldVersion, goWork } = site.replaces;
    return `go ${goWork ? 'work' : 'mod'} edit -replace=${oldPath}${oldVersion ? `@${oldVersion}` : ''}=${site.module}@${fixedVersion}`;
}
/**
 * The replace directives whose target is this module (at this version, when
 * known): go.work's, which win over every go.mod's, else the go.mod ones.
 */
function replaceSites(layout, candidates, modulePath, version) {
    const matches = (r) => r.newPath === modulePath && (version === undefined || r.newVersion === version);
    const site = (file, r, goWork) => ({
        path: file,
        line: r.line,
        kind: 'replace',
        module: modulePath,
        replaces: { oldPath: r.oldPath, oldVersion: r.oldVersion, goWork }
    });
    const inWork = layout.goWork?.replaces.filter(matches) ?? [];
    if (layout.goWorkPath !== undefined && inWork.length > 0)
        return inWork.map(r => site(layout.goWorkPath, r, true));
    return candidates.flatMap(module => module.goMod.replaces.filter(matches).map(r => site(module.goModPath, r, false)));
}
function goVersionSites(layout, candidates, modulePath) {
    // In a workspace the go.work's go line decides the toolchain for every module.
    const goWorkGoLine = layout.goWork?.goLine;
    if (layout.goWorkPath !== undefined && goWorkGoLine !== undefined && candidates.length > 1) {
        return [{ path: layout.goWorkPath, line: goWorkGoLine, kind: 'go', module: modulePath }];
    }
    return candidates.map(module => {
        const { toolchainLine, goLine } = module.goMod;
        if (toolchainLine !== undefined)
            return {
                path: module.goModPath,
                line: toolchainLine,
                kind: 'toolchain',
                module: modulePath
            };
        if (goLine !== undefined)
            return { path: module.goModPath, line: goLine, kind: 'go', module: modulePath };
        return {
            path: module.goModPath,
            line: module.goMod.moduleLine ?? 1,
            kind: 'module',
            module: modulePath
        };
    });
}
function fallbackSite(layout, binary, module) {
    if (binary) {
        const inRepo = (0,gomod/* insideRelative */.Xn)(layout.workspace, external_node_path_default().resolve(binary.file));
        if (inRepo)
            return { path: inRepo, line: 1, kind: 'binary', module };
    }
    const goMod = (0,gomod/* insideRelative */.Xn)(layout.workspace, external_node_path_default().join(layout.workingDirectory, 'go.mod'));
    return { path: goMod || 'go.mod', line: 1, kind: 'fallback', module };
}

;// CONCATENATED MODULE: ./src/core/vuln/gate.ts








async function evaluateGate(input) {
    const { scan, layout, policy, logger } = input;
    const records = [...scan.vulns.values()];
    const severities = await input.severity.resolveAll(records.map(record => ({ key: record.id, ids: [record.id, ...(record.osv?.aliases ?? [])] })));
    const used = new Set();
    const vulnerabilities = records.map(record => {
        const aliases = record.osv?.aliases ?? [];
        const severity = severities.get(record.id) ?? { label: 'unknown' };
        const verdict = judge({ ids: [record.id, ...aliases], found: record.level, severity }, scan.scanLevel, policy);
        if (verdict.ignoredBy)
            used.add(verdict.ignoredBy);
        if (verdict.expiredEntry) {
            used.add(verdict.expiredEntry);
            logger.warning(`${describeEntry(verdict.expiredEntry)} expired on ${formatDate(verdict.expiredEntry.ignoreUntil)}; ${record.id} is no longer ignored`);
        }
        const primaryPath = record.findings[0]?.vulnerable.module ?? record.modules[0]?.path ?? '';
        const primary = record.modules.find(m => m.path === primaryPath) ?? record.modules[0];
        const stdlib = isStdlibFrame({ module: primary?.path ?? '' });
        const fixed = primary?.fixedVersion ?? stdlibFixFromOsv(record, primary?.version);
        const sites = manifestSites(record, layout, input.binary);
        const replacedBy = (module) => sites.find(site => site.kind === 'replace' && site.module === module);
        const primaryReplace = replacedBy(primary?.path ?? '');
        const report = {
            id: record.id,
            aliases,
            summary: record.osv?.summary,
            details: record.osv?.details,
            url: record.osv?.url ?? `https://pkg.go.dev/vuln/${record.id}`,
            found: evidenceAt(record.level, scan.scanLevel),
            reachability: record.level,
            gateLevel: verdict.gateLevel,
            module: primary?.path ?? '',
            version: primary?.version,
            fixed,
            modules: record.modules,
            stdlib,
            severity,
            status: verdict.status,
            reason: verdict.reason,
            ignoredBy: verdict.ignoredBy,
            expiredEntry: verdict.expiredEntry,
            fix: fixDescription(primary?.path ?? '', fixed) +
                (primaryReplace && fixed
                    ? ` as the replacement for ${primaryReplace.replaces.oldPath} (${primaryReplace.path}:${primaryReplace.line})`
                    : ''),
            upgrades: record.modules
                .map(m => {
                const fixedVersion = m.fixedVersion ?? (m === primary ? fixed : undefined);
                const replace = replacedBy(m.path);
                return replace
                    ? replaceCommand(replace, fixedVersion)
                    : upgradeCommand(m.path, fixedVersion);
            })
                .filter((line) => line !== undefined),
            callSites: callSites(record, layout),
            manifestSites: sites,
            record
        };
        return report;
    });
    vulnerabilities.sort(compareVulnerabilities);
    const unusedIgnores = (policy.allowList?.entries ?? []).filter(entry => !used.has(entry));
    for (const entry of unusedIgnores) {
        logger.info(`${describeEntry(entry)} matched no finding in this scan`);
    }
    const active = vulnerabilities.filter(v => v.status !== 'ignored');
    const blocking = vulnerabilities.filter(v => v.status === 'blocking');
    const report = {
        passed: blocking.length === 0,
        vulnerabilities,
        blocking,
        counts: {
            called: active.filter(v => v.found === 'called').length,
            imported: active.filter(v => v.found === 'imported').length,
            required: active.filter(v => v.found === 'required').length,
            mayBeAffected: active.filter(v => v.found === 'may-be-affected').length,
            ignored: vulnerabilities.length - active.length,
            blocking: blocking.length
        },
        scan: {
            mode: scan.scanMode,
            level: scan.scanLevel,
            ...describeScanner(scan, input.scanner),
            goVersion: scan.config?.go_version ?? scan.sbom?.go_version,
            db: scan.config?.db,
            dbLastModified: scan.config?.db_last_modified,
            osvEntries: scan.osvCount,
            findingMessages: scan.findingMessages,
            warnings: scan.warnings
        },
        policy: {
            failOn: policy.failOn,
            severityThreshold: policy.severityThreshold,
            unknownSeverity: policy.unknownSeverity,
            now: policy.now,
            allowListFile: policy.allowList?.file
        },
        severityUnavailable: input.severity.unavailableReason,
        severityLookups: input.severity.enabled,
        unusedIgnores
    };
    if (!report.passed)
        report.failureMessage = failureMessage(report);
    return report;
}
function describeScanner(scan, identity) {
    if (!scan.config)
        return {};
    const name = scan.config.scanner_name || 'govulncheck';
    const reported = scan.config.scanner_version || undefined;
    if (!identity) {
        if (reported && isPlaceholderVersion(reported))
            return { scanner: `${name} ${reported} (the build records no version)` };
        return { scanner: reported ? `${name} ${reported}` : name, scannerVersion: reported };
    }
    if (identity.version) {
        return {
            scanner: `${name} ${identity.version} (${identity.note}; the stream says ${reported ?? 'nothing'})`,
            scannerVersion: identity.version
        };
    }
    return { scanner: `${name} ${reported ?? ''} (${identity.note})`.replace('  ', ' ') };
}
/** Severity first (known before unknown), then evidence, then id. */
function compareVulnerabilities(a, b) {
    return (severityRank(b.severity.label) - severityRank(a.severity.label) ||
        (b.severity.score ?? 0) - (a.severity.score ?? 0) ||
        reachabilityRank(b.gateLevel) - reachabilityRank(a.gateLevel) ||
        reachabilityRank(b.reachability) - reachabilityRank(a.reachability) ||
        a.id.localeCompare(b.id));
}
/** The standard library's fix for the Go in use when the finding did not carry one. */
function stdlibFixFromOsv(record, version) {
    const affected = record.osv?.affected.find(a => isStdlibFrame({ module: a.module }));
    if (!affected || affected.fixed.length === 0)
        return undefined;
    const current = version ? goRelease(version).split('.').map(Number) : undefined;
    const sorted = affected.fixed.map(v => ({ v, parts: v.split('.').map(Number) }));
    sorted.sort((x, y) => compareParts(x.parts, y.parts));
    const next = current
        ? sorted.find(x => compareParts(x.parts, current) > 0)
        : sorted[sorted.length - 1];
    return next ? `v${next.v}` : undefined;
}
function compareParts(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
const MAX_LISTED = 20;
function failureMessage(report) {
    const { blocking } = report;
    const listed = blocking.slice(0, MAX_LISTED).map(v => {
        const where = v.stdlib
            ? `the Go ${v.version ? goRelease(v.version) : ''} standard library`.replace('  ', ' ')
            : `${v.module}${v.version ? `@${v.version}` : ''}`;
        const fix = v.fixed
            ? `fixed in ${v.fix}${v.upgrades[0] ? ` (${v.upgrades[0]})` : ''}`
            : 'no fix released yet';
        return `${v.id} (${v.found}, severity ${v.severity.label}) in ${where}: ${fix}`;
    });
    const more = blocking.length > MAX_LISTED
        ? `; and ${blocking.length - MAX_LISTED} more (see the job summary)`
        : '';
    const noun = blocking.length === 1 ? 'vulnerability blocks' : 'vulnerabilities block';
    return `${blocking.length} ${noun} the gate (fail-on: ${report.policy.failOn}, severity-threshold: ${report.policy.severityThreshold}): ${listed.join('; ')}${more}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/vuln/openvex.ts
/**
 * An OpenVEX document (v0.2.0) from the gate's classification, shaped like
 * govulncheck's own `-format openvex` (golang.org/x/vuln internal/openvex):
 * one statement per vulnerability found, `affected` when the finding reaches
 * the scan's level (called at -scan symbol; may be affected at package or
 * module level), otherwise `not_affected` with the justification
 * `vulnerable_code_not_in_execute_path` (imported, not called) or
 * `vulnerable_code_not_present` (required, not imported). Allow-list entries
 * do not change a status: VEX states what the code does, not the policy.
 */

const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const IMPACT = "Govulncheck determined that the vulnerable code isn't called";
/** Go's url.PathEscape: like encodeURIComponent, but keeps the sub-delimiters a path segment allows. */
function pathEscape(text) {
    return encodeURIComponent(text).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function purl(module, version) {
    return `pkg:golang/${pathEscape(module)}${version ? `@${version}` : ''}`;
}
function statement(v) {
    // The vulnerable modules of the strongest findings, as govulncheck lists them.
    const subcomponents = [];
    for (const finding of v.record.findings) {
        if (finding.level !== v.reachability)
            continue;
        const id = purl(finding.vulnerable.module, finding.vulnerable.version);
        if (!subcomponents.some(c => c['@id'] === id))
            subcomponents.push({ '@id': id });
    }
    const description = v.summary ?? v.details;
    const result = {
        vulnerability: {
            '@id': `https://pkg.go.dev/vuln/${v.id}`,
            name: v.id,
            ...(description ? { description } : {}),
            ...(v.aliases.length > 0 ? { aliases: v.aliases } : {})
        },
        products: [{ '@id': 'Unknown Product', subcomponents }]
    };
    if (v.found === 'called' || v.found === 'may-be-affected') {
        result.status = 'affected';
    }
    else {
        result.status = 'not_affected';
        result.justification =
            v.found === 'imported' ? 'vulnerable_code_not_in_execute_path' : 'vulnerable_code_not_present';
        result.impact_statement = IMPACT;
    }
    return result;
}
function buildOpenVex(report, options) {
    const statements = report.vulnerabilities.map(statement).sort((a, b) => {
        const x = a.vulnerability['@id'];
        const y = b.vulnerability['@id'];
        return x < y ? -1 : x > y ? 1 : 0;
    });
    const body = {
        '@context': OPENVEX_CONTEXT,
        author: 'Unknown Author',
        version: 1,
        tooling: options.tooling,
        statements
    };
    // A content id, as govulncheck's: the same findings give the same @id at any time.
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(body)).digest('hex');
    return {
        '@context': OPENVEX_CONTEXT,
        '@id': `govulncheck-gate/vex:${digest}`,
        author: body.author,
        timestamp: options.now.toISOString(),
        version: 1,
        tooling: options.tooling,
        statements
    };
}

// EXTERNAL MODULE: ./src/core/sarif/github-limits.ts
var github_limits = __webpack_require__(7891);
;// CONCATENATED MODULE: ./src/core/vuln/sarif.ts
/**
 * SARIF 2.1.0 written from the gate's report rather than by govulncheck, to
 * fix what code scanning rejects or misplaces in govulncheck's own SARIF:
 * every result has a location in the repository (the call site, or the right
 * go.mod line; binary mode included), call paths are `codeFlows`, stacks and
 * tags are unique, rules carry `security-severity` when the severity is known,
 * and the run has a stable `automationDetails.id`. Ignored vulnerabilities are
 * left out so their alerts close.
 */





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_FLOWS_PER_RESULT = 20;
/** The CVSS band's middle, for advisories with a label but no score, so code scanning ranks them right. */
const BAND_SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
function securitySeverity(severity) {
    if (severity.score !== undefined)
        return severity.score.toFixed(1);
    return severity.label === 'unknown' ? undefined : BAND_SCORE[severity.label];
}
function buildSarif(report, layout, options) {
    const reported = report.vulnerabilities.filter(v => v.status !== 'ignored');
    const rules = reported.map(rule);
    const results = reported.flatMap((v, index) => resultsFor(v, index, layout, report.scan));
    const scanner = report.scan.scannerVersion;
    const driver = {
        name: 'govulncheck',
        informationUri: 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck',
        rules,
        properties: {
            converter: `go-ci-kit govulncheck-gate${options.toolVersion ? ` ${options.toolVersion}` : ''}`,
            scan_mode: report.scan.mode,
            scan_level: report.scan.level,
            ...(report.scan.goVersion ? { go_version: report.scan.goVersion } : {}),
            ...(report.scan.db ? { db: report.scan.db } : {}),
            ...(report.scan.dbLastModified ? { db_last_modified: report.scan.dbLastModified } : {})
        }
    };
    if (scanner) {
        driver.version = scanner;
        const semver = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(scanner)?.[1];
        if (semver)
            driver.semanticVersion = semver;
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
                results,
                properties: {
                    passed: report.passed,
                    counts: report.counts,
                    policy: {
                        failOn: report.policy.failOn,
                        severityThreshold: report.policy.severityThreshold,
                        unknownSeverity: report.policy.unknownSeverity
                    }
                }
            }
        ]
    };
}
function truncate(text, max = github_limits/* GITHUB_LIMITS */.f.maxDescriptionLength) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function rule(v) {
    const summary = v.summary ?? v.details?.split('\n')[0] ?? v.id;
    const details = v.details ?? summary;
    const fixLine = v.fixed ? `Fixed in ${v.fix}.` : 'No fixed version yet.';
    const upgrade = v.upgrades.length > 0 ? `\n\nUpgrade:\n${v.upgrades.join('\n')}` : '';
    const tags = [...new Set(['security', 'vulnerability', ...v.aliases])].slice(0, github_limits/* GITHUB_LIMITS */.f.maxTagsPerRule);
    const properties = { tags, precision: v.found === 'called' ? 'high' : 'medium' };
    const score = securitySeverity(v.severity);
    if (score !== undefined)
        properties['security-severity'] = score;
    return {
        id: v.id,
        shortDescription: { text: truncate(`${v.id}: ${summary}`) },
        fullDescription: { text: truncate(details) },
        help: {
            text: `${details}\n\n${fixLine}${upgrade}\n\nMore: ${v.url}`,
            markdown: `**${vulnerabilityLabel(v)}**\n\n${details}\n\n${fixLine}${upgrade ? `\n\n\`\`\`sh\n${v.upgrades.join('\n')}\n\`\`\`` : ''}\n\n[${v.id}](${v.url})`
        },
        helpUri: v.url,
        defaultConfiguration: { level: resultLevel(v) },
        properties
    };
}
function resultLevel(v) {
    if (v.status === 'blocking')
        return 'error';
    return v.found === 'called' || v.found === 'may-be-affected' ? 'warning' : 'note';
}
function fingerprint(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
function resultProperties(v) {
    return {
        found: v.found,
        status: v.status,
        module: v.module,
        ...(v.version ? { version: v.version } : {}),
        ...(v.fixed ? { fixed: v.fixed } : {}),
        severity: v.severity.label
    };
}
function resultsFor(v, ruleIndex, layout, scan) {
    const level = resultLevel(v);
    if (v.callSites.length > 0) {
        return v.callSites.map(site => {
            const flows = uniqueTraces(site.findings.slice(0, MAX_FLOWS_PER_RESULT * 2).map(f => f.trace())).slice(0, MAX_FLOWS_PER_RESULT);
            return {
                ruleId: v.id,
                ruleIndex,
                level,
                message: { text: `${callSiteMessage(v, site)}.` },
                locations: [physical(site.path, site.line, site.column)],
                codeFlows: flows.map(trace => ({
                    message: { text: trace.map(symbolName).reverse().join(' → ') },
                    threadFlows: [
                        {
                            locations: [...trace]
                                .reverse()
                                .map(frame => ({ location: frameLocation(frame, layout) }))
                        }
                    ]
                })),
                stacks: flows.map(trace => ({
                    message: { text: `${symbolName(trace[trace.length - 1])} → ${symbolName(trace[0])}` },
                    frames: trace.map(frame => ({
                        location: frameLocation(frame, layout),
                        module: frame.version ? `${frame.module}@${frame.version}` : frame.module
                    }))
                })),
                partialFingerprints: {
                    'govulncheckGate/v1': fingerprint([v.id, 'call', site.caller, site.callee])
                },
                properties: resultProperties(v)
            };
        });
    }
    return v.manifestSites.map(site => ({
        ruleId: v.id,
        ruleIndex,
        level,
        message: { text: `${manifestMessage(v, site, scan.mode === 'binary', scan.level)}.` },
        locations: [physical(site.path, site.line)],
        partialFingerprints: {
            'govulncheckGate/v1': fingerprint([v.id, site.kind, site.module, site.path])
        },
        properties: { ...resultProperties(v), location: site.kind }
    }));
}
function physical(uri, line, column) {
    const region = { startLine: Math.max(1, line) };
    if (column !== undefined && column > 0)
        region.startColumn = column;
    return { physicalLocation: { artifactLocation: { uri: encodeUri(uri) }, region } };
}
/** A path as a URI reference: keep `/` and `@`, escape what a URI cannot hold (spaces, `#`, `%`). */
function encodeUri(relative) {
    return relative
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/%40/g, '@'))
        .join('/');
}
function frameLocation(frame, layout) {
    const message = {
        text: `${symbolName(frame)}${frame.version ? ` (${frame.module}@${frame.version})` : ''}`
    };
    const location = locateFrame(frame, layout);
    if (!location || location.kind === 'outside')
        return { message };
    const region = { startLine: location.line };
    if (location.column)
        region.startColumn = location.column;
    if (location.kind === 'repo') {
        return {
            physicalLocation: { artifactLocation: { uri: encodeUri(location.path) }, region },
            message
        };
    }
    // Outside the repository: govulncheck's own base ids, which code scanning accepts in flows.
    const uriBaseId = location.kind === 'stdlib' ? '%GOROOT%' : '%GOMODCACHE%';
    return {
        physicalLocation: { artifactLocation: { uri: encodeUri(location.uri), uriBaseId }, region },
        message
    };
}
function uniqueTraces(traces) {
    const seen = new Set();
    return traces.filter(trace => {
        const key = JSON.stringify(trace);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/core/json/error.ts
var json_error = __webpack_require__(4056);
;// CONCATENATED MODULE: ./src/core/vuln/splitter.ts
/**
 * Splits a byte stream of concatenated JSON objects (govulncheck prints one
 * pretty-printed object after another; it is not JSON Lines) into the text of
 * each object, without holding more than the object in progress.
 *
 * It tracks brace depth and whether it is inside a string (with escapes), at
 * the byte level: `{`, `}`, `"` and `\` are ASCII and never occur inside a
 * UTF-8 multi-byte sequence, so chunk boundaries can fall anywhere.
 * Whether each object is valid JSON is left to JSON.parse.
 */


const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const COLON = 0x3a;
/** A single object larger than this means the stream is corrupt (an unclosed string or brace). */
const DEFAULT_MAX_OBJECT_BYTES = 64 * 1024 * 1024;
/** A stream that is not a sequence of JSON objects; names the file and line. */
class StreamFormatError extends errors/* ConfigurationError */.j1 {
    line;
    constructor(message, options) {
        super(message, { fix: options.fix });
        this.name = 'StreamFormatError';
        this.line = options.line;
    }
}
class JsonObjectSplitter {
    sourceName;
    parts = [];
    partsBytes = 0;
    depth = 0;
    inString = false;
    escaped = false;
    line = 1;
    objectLine = 0;
    objects = 0;
    bytesSeen = 0;
    maxObjectBytes;
    dropKey;
    /** 1: a string equal to dropKey just closed; 2: and a colon followed. */
    keyState = 0;
    skipStart = -1;
    skipDepth = 0;
    skipLine = 0;
    skips = [];
    constructor(sourceName, options = {}) {
        this.sourceName = sourceName;
        this.maxObjectBytes = options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES;
        if (options.dropKey)
            this.dropKey = Buffer.from(options.dropKey, 'utf8');
    }
    /** Feeds one chunk; calls `onObject` for every object completed in it. */
    push(chunk, onObject) {
        let start = this.depth > 0 ? 0 : -1;
        let depth = this.depth;
        let inString = this.inString;
        let escaped = this.escaped;
        let line = this.line;
        const length = chunk.length;
        const dropKey = this.dropKey;
        const keyLength = dropKey ? dropKey.length : -1;
        // Where the current string's opening quote is in this chunk (-1: in an earlier chunk).
        let stringStart = -1;
        let i = 0;
        // A UTF-8 byte-order mark at the very start is allowed (Windows editors add one).
        if (this.bytesSeen === 0 &&
            length >= 3 &&
            chunk[0] === 0xef &&
            chunk[1] === 0xbb &&
            chunk[2] === 0xbf)
            i = 3;
        // The byte after a backslash that ended the previous chunk is escaped.
        if (inString && escaped && i < length) {
            escaped = false;
            i++;
        }
        // Three tight loops (between objects, in an object, in a string): each
        // looks only for the bytes that can change its state.
        while (i < length) {
            if (inString) {
                for (; i < length; i++) {
                    const byte = chunk[i];
                    if (byte === QUOTE) {
                        inString = false;
                        if (i - stringStart - 1 === keyLength &&
                            stringStart >= 0 &&
                            this.isDropKey(chunk, stringStart + 1))
                            this.keyState = 1;
                        i++;
                        break;
                    }
                    if (byte === BACKSLASH) {
                        if (i + 1 >= length) {
                            escaped = true;
                            i = length;
                            break;
                        }
                        i++;
                    }
                }
                continue;
            }
            if (depth === 0) {
                for (; i < length; i++) {
                    const byte = chunk[i];
                    if (byte === OPEN_BRACE) {
                        depth = 1;
                        start = i;
                        this.objectLine = line;
                        this.keyState = 0;
                        i++;
                        break;
                    }
                    if (byte === NEWLINE)
                        line++;
                    else if (byte !== SPACE && byte !== TAB && byte !== CR) {
                        this.line = line;
                        throw this.unexpectedText(chunk, i, line);
                    }
                }
                continue;
            }
            for (; i < length; i++) {
                const byte = chunk[i];
                if (byte === SPACE)
                    continue;
                if (byte === NEWLINE) {
                    line++;
                    continue;
                }
                if (byte === QUOTE) {
                    inString = true;
                    stringStart = i;
                    this.keyState = 0;
                    i++;
                    break;
                }
                if (this.keyState !== 0) {
                    if (byte === TAB || byte === CR)
                        continue;
                    if (this.keyState === 1 && byte === COLON) {
                        this.keyState = 2;
                        continue;
                    }
                    if (this.keyState === 2 &&
                        this.skipStart < 0 &&
                        (byte === OPEN_BRACE || byte === OPEN_BRACKET)) {
                        this.skipStart = this.partsBytes + i - start;
                        this.skipDepth = depth;
                        this.skipLine = line;
                    }
                    this.keyState = 0;
                }
                if (byte === OPEN_BRACE || byte === OPEN_BRACKET)
                    depth++;
                else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
                    depth--;
                    if (depth === this.skipDepth && this.skipStart >= 0) {
                        this.skips.push({
                            start: this.skipStart,
                            end: this.partsBytes + i + 1 - start,
                            lines: line - this.skipLine
                        });
                        this.skipStart = -1;
                    }
                    if (depth === 0) {
                        const text = this.take(chunk.subarray(start, i + 1));
                        start = -1;
                        this.objects++;
                        onObject({ text, line: this.objectLine });
                        i++;
                        break;
                    }
                }
            }
        }
        this.depth = depth;
        this.inString = inString;
        this.escaped = escaped;
        this.line = line;
        this.bytesSeen += length;
        if (depth > 0 && start >= 0) {
            const rest = chunk.subarray(start);
            this.partsBytes += rest.length;
            if (this.partsBytes > this.maxObjectBytes) {
                throw new StreamFormatError(`${this.sourceName}:${this.objectLine}: a JSON object starting here is larger than ${Math.round(this.maxObjectBytes / 1048576)} MiB; the stream is probably corrupt (an unclosed string or brace)`, {
                    line: this.objectLine,
                    fix: 'check the file is the unmodified output of `govulncheck -json`'
                });
            }
            // The chunk may be reused by the reader, so keep a copy of the partial object.
            this.parts.push(Uint8Array.prototype.slice.call(rest));
        }
    }
    /** Call at the end of the stream; throws if it stopped inside an object. */
    end() {
        if (this.depth > 0) {
            throw new StreamFormatError(`${this.sourceName}:${this.objectLine}: the stream ends inside the JSON object that starts on this line (truncated output)`, {
                line: this.objectLine,
                fix: 'govulncheck was probably interrupted or its output cut short; run it again and keep its complete stdout'
            });
        }
        return { objects: this.objects, lines: this.line };
    }
    isDropKey(chunk, from) {
        const key = this.dropKey;
        for (let k = 0; k < key.length; k++)
            if (chunk[from + k] !== key[k])
                return false;
        return true;
    }
    take(tail) {
        let whole;
        if (this.parts.length === 0) {
            whole = Buffer.from(tail.buffer, tail.byteOffset, tail.length);
        }
        else {
            this.parts.push(tail);
            whole = Buffer.concat(this.parts, this.partsBytes + tail.length);
            this.parts.length = 0;
            this.partsBytes = 0;
        }
        if (this.skips.length === 0)
            return whole.toString('utf8');
        // Dropped values become `null` plus their newlines, so later lines keep their numbers.
        const pieces = [];
        let from = 0;
        for (const skip of this.skips) {
            pieces.push(whole.subarray(from, skip.start), Buffer.from(`null${'\n'.repeat(skip.lines)}`));
            from = skip.end;
        }
        pieces.push(whole.subarray(from));
        this.skips.length = 0;
        return Buffer.concat(pieces).toString('utf8');
    }
    unexpectedText(chunk, index, line) {
        const end = Math.min(chunk.length, index + 60);
        let snippet = Buffer.from(chunk.buffer, chunk.byteOffset + index, end - index).toString('utf8');
        snippet = snippet.split('\n')[0].trim();
        const where = this.objects === 0 ? 'before the first JSON object' : 'between JSON objects';
        return new StreamFormatError(`${this.sourceName}:${line}: unexpected text ${where}: "${snippet}"`, {
            line,
            fix: this.objects === 0
                ? 'pass the output of `govulncheck -json` (stdout only; the text or SARIF formats are not accepted)'
                : 'the stream is corrupt or has other output mixed into it; keep govulncheck stdout and stderr apart (do not use 2>&1)'
        });
    }
}
/** Builds the error for an object JSON.parse rejected, pointing at the exact line when it can. */
function invalidObjectError(sourceName, object, error) {
    const at = (0,json_error/* locateJsonError */.R4)(object.text, error);
    const line = object.line + at.line - 1;
    const detail = at.reason.replace(/^Unexpected /, 'unexpected ');
    return new StreamFormatError(`${sourceName}:${line}: invalid JSON in the object that starts on line ${object.line}: ${detail}`, {
        line,
        fix: 'the stream is corrupt or has other output mixed into it; run govulncheck -json again'
    });
}

;// CONCATENATED MODULE: ./src/core/vuln/trace.ts
/**
 * Traces are kept packed: each distinct string (module, package, function,
 * file…) is stored once in a StringTable, and a trace is one short run of
 * table indices (`m,v,p,f,r,file,line,col` per frame, frames separated by
 * `;`) in an off-heap TraceArena. Thousands of 50-frame traces from a 100 MB
 * stream then cost a few MB outside the garbage-collected heap instead of a
 * tree of objects inside it, and frames are decoded only when a report needs
 * them.
 */

const FIELD = ',';
const FRAME = ';';
const FIELDS_PER_FRAME = 8;
const ARENA_CHUNK = 1024 * 1024;
/** Append-only storage for packed traces (ASCII), in 1 MiB buffers. */
class TraceArena {
    chunks = [];
    used = ARENA_CHUNK;
    add(text) {
        const length = text.length;
        if (this.used + length > ARENA_CHUNK) {
            this.chunks.push(Buffer.allocUnsafe(Math.max(ARENA_CHUNK, length)));
            this.used = 0;
        }
        const chunk = this.chunks.length - 1;
        const start = this.used;
        this.chunks[chunk].write(text, start, 'latin1');
        this.used += length;
        return { chunk, start, length };
    }
    read(chunk, start, length) {
        return this.chunks[chunk].toString('latin1', start, start + length);
    }
}
/** A digest that identifies a finding: same OSV, same fix, same trace. */
function findingDigest(osv, fixed, packedTrace) {
    return (0,external_node_crypto_.createHash)('sha1')
        .update(`${osv}\0${fixed ?? ''}\0`)
        .update(packedTrace)
        .digest('base64');
}
/** Every distinct string seen in traces, once; index 0 is the empty string. */
class StringTable {
    indexes = new Map([['', 0]]);
    values = [''];
    index(value) {
        if (typeof value !== 'string' || value === '')
            return 0;
        let index = this.indexes.get(value);
        if (index === undefined) {
            index = this.values.length;
            this.values.push(value);
            this.indexes.set(value, index);
        }
        return index;
    }
}
function numberField(value) {
    return typeof value === 'number' && Number.isFinite(value) ? String(Math.trunc(value)) : '';
}
/** Packs raw frames from the stream (each already checked to name a module). */
function packFrames(frames, table) {
    const packed = new Array(frames.length);
    for (let i = 0; i < frames.length; i++) {
        const frame = frames[i];
        const position = frame.position;
        const file = position && typeof position === 'object' ? table.index(position.filename) : 0;
        packed[i] =
            table.index(frame.module) +
                FIELD +
                table.index(frame.version) +
                FIELD +
                table.index(frame.package) +
                FIELD +
                table.index(frame.function) +
                FIELD +
                table.index(frame.receiver) +
                FIELD +
                file +
                FIELD +
                (file ? numberField(position.line) : '') +
                FIELD +
                (file ? numberField(position.column) : '');
    }
    // join() gives one flat string; `+=` across frames would keep a rope of pieces alive.
    return packed.join(FRAME);
}
function unpackFrame(text, table) {
    const fields = text.split(FIELD);
    const value = (i) => table.values[Number(fields[i])] ?? '';
    const frame = { module: value(0) };
    if (fields.length < FIELDS_PER_FRAME)
        return frame;
    if (fields[1] !== '0')
        frame.version = value(1);
    if (fields[2] !== '0')
        frame.package = value(2);
    if (fields[3] !== '0')
        frame.function = value(3);
    if (fields[4] !== '0')
        frame.receiver = value(4);
    if (fields[5] !== '0') {
        frame.position = {
            filename: value(5),
            line: Number(fields[6]) || 0,
            column: Number(fields[7]) || 0
        };
    }
    return frame;
}
class PackedFinding {
    osv;
    level;
    fixedVersion;
    depth;
    store;
    vulnerable;
    chunk;
    start;
    length;
    constructor(osv, level, fixedVersion, depth, packedTrace, store) {
        this.osv = osv;
        this.level = level;
        this.fixedVersion = fixedVersion;
        this.depth = depth;
        this.store = store;
        const end = packedTrace.indexOf(FRAME);
        this.vulnerable = unpackFrame(end < 0 ? packedTrace : packedTrace.slice(0, end), store.table);
        const ref = store.arena.add(packedTrace);
        this.chunk = ref.chunk;
        this.start = ref.start;
        this.length = ref.length;
    }
    packed() {
        return this.store.arena.read(this.chunk, this.start, this.length);
    }
    trace() {
        return this.packed()
            .split(FRAME)
            .map(text => unpackFrame(text, this.store.table));
    }
    /**
     * The index of the first frame at or after `from` whose module and version
     * pass `test`, or -1. Only those two fields are decoded, so finding the
     * user's call site in a deep trace allocates little.
     */
    findFrame(test, from = 0) {
        const packed = this.packed();
        const values = this.store.table.values;
        let position = 0;
        for (let index = 0; position >= 0; index++) {
            const end = packed.indexOf(FRAME, position);
            if (index >= from) {
                const moduleEnd = packed.indexOf(FIELD, position);
                const versionEnd = packed.indexOf(FIELD, moduleEnd + 1);
                const module = values[Number(packed.slice(position, moduleEnd))] ?? '';
                const version = values[Number(packed.slice(moduleEnd + 1, versionEnd))];
                if (test(module, version || undefined))
                    return index;
            }
            position = end < 0 ? -1 : end + 1;
        }
        return -1;
    }
    frameAt(index) {
        const packed = this.packed();
        let position = 0;
        for (let i = 0; i < index; i++) {
            const next = packed.indexOf(FRAME, position);
            if (next < 0)
                return undefined;
            position = next + 1;
        }
        const end = packed.indexOf(FRAME, position);
        return unpackFrame(packed.slice(position, end < 0 ? undefined : end), this.store.table);
    }
}

;// CONCATENATED MODULE: ./src/core/vuln/collect.ts
/**
 * Turns govulncheck messages into per-vulnerability records: keeps the config
 * and SBOM, a trimmed copy of each OSV entry, and every distinct finding
 * classified by its first frame. Memory stays proportional to the distinct
 * findings, not to the stream: traces are stored packed (see trace.ts), which
 * also makes duplicates easy to recognise, and bulky OSV fields are dropped.
 */




const SCAN_LEVELS = new Set(['module', 'package', 'symbol']);
/** The protocol versions whose every message kind and field the gate knows. */
const KNOWN_PROTOCOLS = new Set(['v1.0.0']);
/** OSV text beyond this is never shown (SARIF caps descriptions at 1024 characters). */
const MAX_DETAILS = 4000;
/** The govulncheck releases the gate was tested with, named when it meets something new. */
const TESTED_GOVULNCHECK = 'v1.0.4 to v1.9.0';
/**
 * Every field of protocol v1.0.0 (golang.org/x/vuln internal/govulncheck),
 * per message kind. OSV entries follow the OSV schema and are read
 * defensively instead. Anything else fails closed: a later govulncheck that
 * renames or adds a part must never turn into a silent pass.
 */
const KNOWN_FIELDS = {
    config: new Set([
        'protocol_version',
        'scanner_name',
        'scanner_version',
        'db',
        'db_last_modified',
        'go_version',
        'scan_level',
        'scan_mode'
    ]),
    progress: new Set(['message', 'time']),
    SBOM: new Set(['go_version', 'modules', 'roots']),
    finding: new Set(['osv', 'fixed_version', 'trace']),
    frame: new Set(['module', 'version', 'package', 'function', 'receiver', 'position']),
    position: new Set(['filename', 'offset', 'line', 'column']),
    module: new Set(['path', 'version'])
};
const KNOWN_KINDS = new Set(['config', 'progress', 'SBOM', 'osv', 'finding']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** What a top-level object that is no govulncheck message probably is, for the error. */
function guessFormat(keys) {
    if (keys.includes('@context') || keys.includes('statements'))
        return 'an OpenVEX document';
    if (keys.includes('runs') || keys.includes('$schema'))
        return 'SARIF';
    if (keys.includes('schema_version') && keys.includes('affected'))
        return 'a bare OSV entry';
    return undefined;
}
function classifyFinding(trace) {
    const first = trace[0];
    if (first?.function)
        return 'called';
    if (first?.package)
        return 'imported';
    return 'required';
}
class ScanCollector {
    sourceName;
    logger;
    config;
    /** The config being read, so an error in it can still name the version. */
    announced;
    configLine = 0;
    sbom;
    osvs = new Map();
    vulns = new Map();
    seen = new Set();
    store = { arena: new TraceArena(), table: new StringTable() };
    warnings = [];
    objects = 0;
    /** Messages after the config: progress, SBOM, OSV entries and findings. */
    evidence = 0;
    findingMessages = 0;
    positionlessCalls = 0;
    positionedCalls = 0;
    noPackagesMatched;
    constructor(sourceName, logger) {
        this.sourceName = sourceName;
        this.logger = logger;
    }
    /** Adds one parsed top-level object; `line` is where it starts, for error messages. */
    add(message, line) {
        this.objects++;
        if (!isObject(message)) {
            throw new StreamFormatError(`${this.sourceName}:${line}: expected a JSON object with one of config, progress, SBOM, osv or finding`, { line, fix: 'pass the output of `govulncheck -json`' });
        }
        const keys = Object.keys(message);
        const kinds = keys.filter(key => KNOWN_KINDS.has(key));
        if (kinds.length === 0 && this.objects === 1) {
            const format = guessFormat(keys);
            throw new StreamFormatError(`${this.sourceName}: no govulncheck messages found (${format ? `this looks like ${format}` : `keys seen: ${keys.join(', ') || 'none'}`})`, {
                fix: 'pass the output of `govulncheck -json` (SARIF, OpenVEX and text output are not accepted)'
            });
        }
        const unknown = keys.filter(key => !KNOWN_KINDS.has(key));
        if (unknown.length > 0)
            throw this.unknownPart(line, `a message of kind "${unknown[0]}"`);
        if (kinds.length > 1) {
            throw this.unknownPart(line, `a message with ${kinds.length} kinds (${kinds.join(', ')})`);
        }
        const kind = kinds[0];
        const value = message[kind];
        if (kind === 'config' && isObject(value))
            this.announced ??= value;
        if (kind === 'osv') {
            if (!isObject(value))
                throw this.unknownPart(line, 'an "osv" message that is not an object');
        }
        else {
            this.checkFields(value, kind, `a ${kind} message`, line);
        }
        if (kind !== 'config') {
            if (!this.config)
                throw this.missingConfig(line);
            this.evidence++;
        }
        if (kind === 'config')
            this.addConfig(value, line);
        else if (kind === 'progress')
            this.addProgress(value);
        else if (kind === 'SBOM')
            this.addSbom(value, line);
        else if (kind === 'osv')
            this.addOsv(value, line);
        else
            this.addFinding(value, line);
    }
    finish(modeHint) {
        if (!this.config)
            throw this.missingConfig(1);
        if (this.evidence === 0) {
            // What a failed run leaves: govulncheck writes the config, then fails with exit 1.
            throw new StreamFormatError(`${this.sourceName}: the stream is incomplete: govulncheck wrote its config and then nothing (no progress, SBOM or finding), which is what a failed run leaves behind (a build error, or no package matched)`, {
                fix: 'run govulncheck again and check its exit code and stderr (with `set -o pipefail` when you pipe it); only the stdout of a run that exited 0 can be gated'
            });
        }
        if (this.noPackagesMatched && this.findingMessages === 0) {
            // govulncheck exits 0 here; passing the gate would report "0 vulnerabilities" for a scan of nothing.
            throw new errors/* ConfigurationError */.j1(`govulncheck scanned nothing: "${this.noPackagesMatched}"`, {
                fix: 'check the package patterns and working directory (in a go.work without a root go.mod, name each module, e.g. ./api/... ./svc/...)'
            });
        }
        for (const record of this.vulns.values()) {
            record.osv = this.osvs.get(record.id);
            record.findings.sort((a, b) => reachabilityRank(b.level) - reachabilityRank(a.level));
        }
        return {
            config: this.config,
            sbom: this.sbom,
            scanMode: this.scanMode(modeHint),
            scanLevel: this.scanLevel(),
            vulns: this.vulns,
            osvCount: this.osvs.size,
            findingMessages: this.findingMessages,
            warnings: [...this.warnings]
        };
    }
    /** "govulncheck v1.9.0 (protocol v1.0.0)", or what is known of it. */
    describeScanner() {
        const config = (this.config ?? this.announced);
        if (!config)
            return 'a govulncheck stream without a config message';
        const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
        const name = text(config.scanner_name) ?? 'govulncheck';
        const version = text(config.scanner_version) ? ` ${config.scanner_version}` : '';
        const protocol = text(config.protocol_version) ? ` (protocol ${config.protocol_version})` : '';
        return `${name}${version}${protocol}`;
    }
    /** Fail closed on anything protocol v1.0.0 does not define. */
    unknownPart(line, part) {
        return new StreamFormatError(`${this.sourceName}:${line}: ${this.describeScanner()} wrote ${part}, which the gate does not know; it fails closed rather than guess what it means`, {
            line,
            fix: `use a govulncheck release the gate is tested with (${TESTED_GOVULNCHECK}; set govulncheck-version), or update go-ci-kit`
        });
    }
    missingConfig(line) {
        return new StreamFormatError(`${this.sourceName}:${line}: the stream does not start with govulncheck's config message, so its scan level and version are unknown`, { line, fix: 'pass the complete, unmodified stdout of `govulncheck -json`' });
    }
    /** Checks that `value` is an object whose fields are all known for `schema`. */
    checkFields(value, schema, where, line) {
        if (!isObject(value))
            throw this.unknownPart(line, `${where} that is not an object`);
        const known = KNOWN_FIELDS[schema];
        for (const field of Object.keys(value)) {
            if (!known.has(field))
                throw this.unknownPart(line, `${where} with the field "${field}"`);
        }
        return value;
    }
    checkString(value, where, line) {
        if (value !== undefined && typeof value !== 'string')
            throw this.unknownPart(line, `${where} that is not a string`);
    }
    addProgress(value) {
        const message = value.message;
        if (typeof message !== 'string')
            return;
        if (/^No packages matching/i.test(message))
            this.noPackagesMatched = message;
        // govulncheck reports what limits a scan as progress messages (e.g. an old Go binary).
        const warning = /^warning:\s*([\s\S]*)$/i.exec(message.trim())?.[1]?.trim();
        if (warning && !this.warnings.includes(warning)) {
            this.warnings.push(warning);
            this.logger.warning(`govulncheck: ${warning}`);
        }
    }
    scanMode(modeHint) {
        const declared = this.config?.scan_mode;
        if (declared)
            return declared;
        if (modeHint)
            return modeHint;
        // govulncheck v1.0.x has no scan_mode: binary findings are the ones whose
        // symbol traces are a single frame without a position.
        return this.positionlessCalls > 0 && this.positionedCalls === 0 ? 'binary' : 'source';
    }
    scanLevel() {
        return this.config?.scan_level ?? 'symbol';
    }
    addConfig(config, line) {
        for (const field of KNOWN_FIELDS.config)
            this.checkString(config[field], `config.${field}`, line);
        const previous = this.config;
        if (!previous) {
            this.config = config;
            this.configLine = line;
        }
        const protocol = config.protocol_version;
        if (protocol !== undefined && !KNOWN_PROTOCOLS.has(protocol)) {
            throw this.unknownPart(line, `protocol version ${protocol}`);
        }
        const level = config.scan_level;
        if (level !== undefined && !SCAN_LEVELS.has(level)) {
            throw this.unknownPart(line, `the scan level "${level}"`);
        }
        const mode = config.scan_mode;
        if (mode === 'query') {
            throw new StreamFormatError(`${this.sourceName}:${line}: this is a \`govulncheck -mode query\` stream: it lists the OSV entries for module@version queries and has no findings about your code, so there is nothing to gate`, { line, fix: 'gate a source or binary scan: `govulncheck -json ./...` or `-mode binary`' });
        }
        if (mode !== undefined && mode !== 'source' && mode !== 'binary') {
            throw this.unknownPart(line, `the scan mode "${mode}"`);
        }
        if (previous) {
            // Concatenated runs (one per module) are accepted when they scanned the same way.
            if ((level ?? 'symbol') !== (previous.scan_level ?? 'symbol')) {
                throw new StreamFormatError(`${this.sourceName}:${line}: a second config message with scan level ${level ?? 'symbol'}, but the first (line ${this.configLine}) says ${previous.scan_level ?? 'symbol'}`, { line, fix: 'gate each scan level separately' });
            }
            if ((mode ?? 'source') !== (previous.scan_mode ?? 'source')) {
                this.logger.warning(`${this.sourceName}:${line}: a second config message with scan mode ${mode}; findings are merged`);
            }
        }
    }
    addSbom(value, line) {
        this.checkString(value.go_version, 'SBOM.go_version', line);
        if (value.modules !== undefined) {
            if (!Array.isArray(value.modules))
                throw this.unknownPart(line, 'SBOM.modules that is not a list');
            for (const module of value.modules) {
                const checked = this.checkFields(module, 'module', 'an SBOM module', line);
                this.checkString(checked.path, 'SBOM module path', line);
                this.checkString(checked.version, 'SBOM module version', line);
            }
        }
        if (value.roots !== undefined && !Array.isArray(value.roots))
            throw this.unknownPart(line, 'SBOM.roots that is not a list');
        this.sbom ??= value;
    }
    addOsv(entry, line) {
        if (typeof entry.id !== 'string' || entry.id === '') {
            throw new StreamFormatError(`${this.sourceName}:${line}: an OSV entry without an id`, {
                line,
                fix: 'the stream is corrupt; run govulncheck -json again'
            });
        }
        this.osvs.set(entry.id, trimOsv(entry));
    }
    checkFrame(frame, index, line) {
        const where = `a finding frame (trace[${index}])`;
        const checked = this.checkFields(frame, 'frame', where, line);
        if (typeof checked.module !== 'string' || checked.module === '') {
            throw this.unknownPart(line, `${where} without "module"`);
        }
        for (const field of ['version', 'package', 'function', 'receiver'])
            this.checkString(checked[field], `${where} "${field}"`, line);
        if (checked.position !== undefined) {
            const position = this.checkFields(checked.position, 'position', `${where} position`, line);
            this.checkString(position.filename, `${where} position filename`, line);
            for (const field of ['offset', 'line', 'column']) {
                if (position[field] !== undefined && typeof position[field] !== 'number')
                    throw this.unknownPart(line, `${where} position "${field}" that is not a number`);
            }
        }
        return checked;
    }
    addFinding(finding, line) {
        this.findingMessages++;
        if (typeof finding.osv !== 'string' || finding.osv === '') {
            throw new StreamFormatError(`${this.sourceName}:${line}: a finding without an "osv" id`, {
                line,
                fix: 'the stream is corrupt; run govulncheck -json again'
            });
        }
        this.checkString(finding.fixed_version, 'a finding "fixed_version"', line);
        if (!Array.isArray(finding.trace) || finding.trace.length === 0) {
            throw this.unknownPart(line, `finding ${finding.osv} without a trace`);
        }
        const frames = finding.trace.map((frame, index) => this.checkFrame(frame, index, line));
        const osvId = finding.osv;
        const fixedVersion = typeof finding.fixed_version === 'string' && finding.fixed_version !== ''
            ? finding.fixed_version
            : undefined;
        // The packed trace is canonical, so its digest spots duplicates.
        const packed = packFrames(frames, this.store.table);
        const digest = findingDigest(osvId, fixedVersion, packed);
        if (this.seen.has(digest))
            return;
        this.seen.add(digest);
        const level = classifyFinding(frames);
        const classified = new PackedFinding(osvId, level, fixedVersion, frames.length, packed, this.store);
        if (level === 'called') {
            if (frames.length === 1 && !classified.vulnerable.position)
                this.positionlessCalls++;
            else
                this.positionedCalls++;
        }
        let record = this.vulns.get(osvId);
        if (!record) {
            record = { id: classified.osv, level, modules: [], findings: [] };
            this.vulns.set(osvId, record);
        }
        if (reachabilityRank(level) > reachabilityRank(record.level))
            record.level = level;
        record.findings.push(classified);
        const vulnerable = classified.vulnerable;
        let module = record.modules.find(m => m.path === vulnerable.module);
        if (!module) {
            module = { path: vulnerable.module, version: vulnerable.version };
            record.modules.push(module);
        }
        module.version ??= vulnerable.version;
        if (fixedVersion && !module.fixedVersion)
            module.fixedVersion = fixedVersion;
    }
}
function trimOsv(entry) {
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const aliases = Array.isArray(entry.aliases)
        ? [...new Set(entry.aliases.filter((a) => typeof a === 'string' && a !== ''))]
        : [];
    const affected = [];
    for (const item of Array.isArray(entry.affected) ? entry.affected : []) {
        const name = item?.package?.name;
        if (typeof name !== 'string')
            continue;
        const fixed = [];
        for (const range of item.ranges instanceof Array
            ? item.ranges
            : []) {
            for (const event of range.events instanceof Array
                ? range.events
                : []) {
                const version = event.fixed;
                if (typeof version === 'string')
                    fixed.push(version);
            }
        }
        affected.push({ module: name, fixed });
    }
    const database = (entry.database_specific ?? {});
    const details = text(entry.details);
    return {
        id: entry.id,
        aliases,
        summary: text(entry.summary),
        details: details && details.length > MAX_DETAILS ? `${details.slice(0, MAX_DETAILS)}…` : details,
        published: text(entry.published),
        modified: text(entry.modified),
        withdrawn: text(entry.withdrawn),
        url: text(database.url),
        reviewStatus: text(database.review_status),
        affected
    };
}

;// CONCATENATED MODULE: ./src/core/vuln/stream.ts
/**
 * Reads a govulncheck `-json` stream (a file, a pipe, or chunks in tests) into a
 * ScanResult in one pass with bounded memory.
 */





async function parseGovulncheckStream(chunks, options = {}) {
    const sourceName = options.sourceName ?? 'govulncheck output';
    const logger = options.logger ?? core_report/* silentLogger */.qq;
    // OSV entries list every affected symbol under ecosystem_specific; the gate never reads them.
    const splitter = new JsonObjectSplitter(sourceName, {
        maxObjectBytes: options.maxObjectBytes,
        dropKey: 'ecosystem_specific'
    });
    const collector = new ScanCollector(sourceName, logger);
    const onObject = (object) => {
        let value;
        try {
            value = JSON.parse(object.text);
        }
        catch (error) {
            throw invalidObjectError(sourceName, object, error);
        }
        collector.add(value, object.line);
    };
    for await (const chunk of chunks) {
        splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, onObject);
    }
    const { objects } = splitter.end();
    if (objects === 0) {
        throw new StreamFormatError(`${sourceName}: the stream is empty (no JSON objects)`, {
            fix: 'govulncheck printed nothing on stdout; check that it ran with -json and did not fail'
        });
    }
    return collector.finish(options.modeHint);
}
/** Parses a saved stream; a missing or unreadable file is a ConfigurationError. */
async function parseGovulncheckFile(file, options = {}) {
    const sourceName = options.displayName ?? file;
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 });
    try {
        return await parseGovulncheckStream(stream, { ...options, sourceName });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new errors/* ConfigurationError */.j1(`govulncheck output file not found: ${sourceName}`, {
                fix: 'check the input-file path (relative paths are resolved against the workspace)'
            });
        }
        if (code === 'EISDIR' || code === 'EACCES') {
            throw new errors/* ConfigurationError */.j1(`cannot read govulncheck output ${sourceName}: ${code}`);
        }
        throw error;
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/core/markdown.ts
/**
 * Text for GitHub-flavoured markdown (job summaries), escaped so it shows
 * literally and cannot break the table it sits in.
 *
 * How GitHub (cmark-gfm) reads a table row decides the escaping:
 * - A row is split into cells BEFORE inline parsing. A `|` directly after a
 *   backslash never splits (the cell scanner takes the longest match of
 *   `\` + punctuation, so the count of backslashes before it does not matter);
 *   then exactly one backslash before each such pipe is removed, in every
 *   cell, code spans included (GFM spec, tables: "include a pipe in a cell's
 *   content by escaping it, including inside other inline spans").
 *   So every `|` becomes `\|`, in text and in code alike.
 * - A row is one line: any line break ends it. Whitespace runs become one
 *   space (HTML shows them as one anyway).
 * - In text, a backslash before ASCII punctuation is an escape and disappears
 *   (`C:\_x` would show `C:_x`), so each `\` is doubled. A pipe after it still
 *   works: `a\|` → `a\\\|` → the row splitter drops one → `a\\|` → `a\|` shown.
 * - In a code span backslashes are literal, so they are NOT doubled there
 *   (`a\|` → `a\\|` → `a\|` after the pipe unescape, shown as is).
 * - `<` would start inline HTML (GitHub renders a sanitised subset, enough to
 *   swallow or restructure text such as `<details>`), so text gets `&lt;`;
 *   `&` becomes `&amp;` so that text such as `&lt;` is shown as written.
 *   Code spans show `<` and `&` literally and must not get entities.
 * Other inline markdown in text (emphasis, links) is left as it is: it cannot
 * break the table, and tool messages sometimes use it on purpose.
 */
/** Whitespace runs (line breaks included) as one space, trimmed; cut to `max` characters with `…`. */
function flatten(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return max !== undefined && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Plain text as (part of) a table cell, a list item or a one-line quote. */
function cell(text, options = {}) {
    return flatten(text, options.max)
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;');
}
/**
 * Text as an inline code span that is safe in a table cell. The fence is one
 * backtick longer than the longest backtick run inside, and a space pads each
 * side when the text starts or ends with a backtick (CommonMark strips one
 * space from each side of a code span that has both). Empty text gives ''.
 */
function codeCell(text, options = {}) {
    const flat = flatten(text, options.max);
    if (flat === '')
        return '';
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = /^`|`$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/core/vuln/summary.ts
/**
 * The job summary: a verdict line, a table sorted by severity and
 * reachability, the `go get` lines that fix what was found, and notes about
 * expired allow-list entries and unknown severities. Kept well under GitHub's
 * 1 MiB step-summary limit by capping the rows.
 */





const MAX_SUMMARY_ROWS = 300;
const STATUS_TEXT = {
    blocking: '❌ blocking',
    allowed: '⚠️ allowed',
    ignored: '🔕 ignored'
};
function severityCell(v) {
    if (v.severity.label === 'unknown')
        return 'unknown';
    return v.severity.score !== undefined
        ? `${v.severity.label} (${v.severity.score.toFixed(1)})`
        : v.severity.label;
}
function moduleCell(v) {
    return v.modules
        .map(m => m.path === 'stdlib' || m.path === 'toolchain'
        ? `Go standard library${m.version ? ` ${goRelease(m.version)}` : ''}`
        : `${codeCell(m.path)}${m.version ? ` ${m.version}` : ''}`)
        .join('<br>');
}
function fixedCell(v) {
    if (!v.fixed)
        return 'no fix yet';
    return v.stdlib ? `Go ${goRelease(v.fixed)}` : v.fixed;
}
function buildSummary(report, options = {}) {
    const lines = [];
    const total = report.vulnerabilities.length;
    const verdict = report.passed
        ? `✅ govulncheck-gate passed`
        : `❌ govulncheck-gate failed: ${report.counts.blocking} blocking ${report.counts.blocking === 1 ? 'vulnerability' : 'vulnerabilities'}`;
    lines.push(`### ${verdict}`, '');
    const scan = report.scan;
    const facts = [
        scan.scanner,
        `${scan.mode} mode`,
        `${scan.level} level`,
        scan.goVersion ? `Go ${goRelease(scan.goVersion)}` : undefined,
        scan.db
            ? `database ${scan.db}${scan.dbLastModified ? ` (modified ${scan.dbLastModified})` : ''}`
            : undefined
    ].filter(Boolean);
    lines.push(`Scanned with ${facts.join(', ')}.`, '');
    if (scan.warnings.length > 0) {
        lines.push('> [!WARNING]', ...scan.warnings.map(warning => `> govulncheck: ${cell(warning)}`), '');
    }
    const policy = report.policy;
    lines.push(`Policy: fail on \`${policy.failOn}\`, severity ≥ \`${policy.severityThreshold}\`, unknown severity \`${policy.unknownSeverity}\`${policy.allowListFile ? `, allow-list \`${policy.allowListFile}\`` : ''}.`, '');
    if (total === 0) {
        lines.push('No vulnerabilities found.', '');
        return lines.join('\n');
    }
    const { called, imported, required, mayBeAffected, ignored } = report.counts;
    const found = scan.level === 'symbol'
        ? `${called} called, ${imported} imported only, ${required} required only`
        : `${mayBeAffected} may be affected (${scanLimit(scan.level)}), ${scan.level === 'package' ? `${required} required only` : ''}`.replace(/, $/, '');
    lines.push(`Found ${total} ${total === 1 ? 'vulnerability' : 'vulnerabilities'}: ${found}, ${ignored} ignored.`, '');
    lines.push('| Severity | Vulnerability | Found | Module | Fixed in | Status |', '|---|---|---|---|---|---|');
    for (const v of report.vulnerabilities.slice(0, MAX_SUMMARY_ROWS)) {
        const aliases = v.aliases.length > 0 ? `<br>${cell(v.aliases.join(', '))}` : '';
        const summary = v.summary ? `<br>${cell(v.summary)}` : '';
        lines.push(`| ${severityCell(v)} | [${v.id}](${v.url})${aliases}${summary} | ${v.found.replace(/-/g, ' ')} | ${moduleCell(v)} | ${fixedCell(v)} | ${STATUS_TEXT[v.status]} |`);
    }
    if (total > MAX_SUMMARY_ROWS) {
        lines.push('', `…and ${total - MAX_SUMMARY_ROWS} more; the full list is in the \`vulnerabilities\` output and the SARIF file.`);
    }
    lines.push('');
    const upgrades = [
        ...new Set(report.vulnerabilities.filter(v => v.status !== 'ignored').flatMap(v => v.upgrades))
    ];
    const moduleUpgrades = upgrades.filter(line => !line.startsWith('go get toolchain@'));
    const goUpgrades = upgrades.filter(line => line.startsWith('go get toolchain@'));
    if (upgrades.length > 0) {
        lines.push('#### Upgrade', '', '```sh', ...moduleUpgrades);
        if (goUpgrades.length > 0) {
            // Several stdlib fixes: the newest Go covers them all.
            const newest = goUpgrades.sort(compareToolchains).at(-1);
            lines.push(`# standard library: build with Go ${newest.replace('go get toolchain@go', '')} or later (setup-go go-version), or pin it:`, newest);
        }
        lines.push('```', '');
    }
    const notes = [];
    for (const v of report.vulnerabilities) {
        if (v.expiredEntry) {
            notes.push(`- ${describeEntry(v.expiredEntry)} expired on ${formatDate(v.expiredEntry.ignoreUntil)}, so ${v.id} is no longer ignored.`);
        }
        if (v.ignoredBy)
            notes.push(`- ${v.id} is ${v.reason}.`);
    }
    for (const entry of report.unusedIgnores)
        notes.push(`- ${describeEntry(entry)} matched nothing in this scan.`);
    for (const v of report.vulnerabilities.filter(x => x.stdlib && x.status !== 'ignored')) {
        notes.push(`- ${v.id} is in the Go standard library${v.version ? ` (Go ${goRelease(v.version)})` : ''}: ${v.fixed ? `fixed in Go ${goRelease(v.fixed)}` : 'no Go release fixes it yet'}.`);
    }
    if (report.severityUnavailable) {
        notes.push(`- Severities are unknown: ${report.severityUnavailable}.`);
    }
    else if (!report.severityLookups) {
        notes.push('- Severity lookups were off, so every severity is unknown.');
    }
    if (options.droppedAnnotations) {
        notes.push(`- ${options.droppedAnnotations} annotations were not shown (GitHub displays ${core_report/* ANNOTATIONS_PER_LEVEL */.eA} per level per step).`);
    }
    if (notes.length > 0)
        lines.push('#### Notes', '', ...notes.slice(0, MAX_SUMMARY_ROWS), '');
    return lines.join('\n');
}
function compareToolchains(a, b) {
    const parts = (line) => line.replace('go get toolchain@go', '').split('.').map(Number);
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const diff = (x[i] ?? 0) - (y[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/vuln/run.ts
/**
 * The whole gate, shared by the action and the CLI: load the allow-list, get
 * a govulncheck stream (run it, or read a saved one), parse it, evaluate the
 * policy, write SARIF, and describe the result as outputs, annotations and a
 * job summary.
 */


















const ACTION_INPUT_NAMES = {
    workingDirectory: 'working-directory',
    inputFile: 'input-file',
    sarifFile: 'sarif-file',
    jsonFile: 'json-file',
    vexFile: 'vex-file'
};
async function runVulnGate(options) {
    const { logger } = options;
    const names = { ...ACTION_INPUT_NAMES, ...options.inputNames };
    // Configuration first, so a bad path or a broken allow-list fails before a slow scan.
    checkPaths(options, names);
    const allowList = await readAllowList(options);
    // The go.work the go command (and so govulncheck) uses: `go env GOWORK`, else $GOWORK.
    const goWorkSetting = await (0,gomod/* readGoWorkSetting */.s_)(options.workingDirectory, options.env);
    const layout = discoverLayout({
        workspace: options.workspace,
        workingDirectory: options.workingDirectory,
        env: options.env,
        ...goWorkSetting
    });
    let jsonFile;
    let modeHint;
    let binaryFile;
    let scannerBinary;
    if (options.source.kind === 'file') {
        jsonFile = options.source.file;
        modeHint = options.source.mode;
        binaryFile = options.source.binary;
    }
    else {
        const source = options.source;
        jsonFile = options.jsonFile ?? external_node_path_default().join(options.tempDir, 'govulncheck.json');
        const binary = await locateGovulncheck({
            env: options.env,
            runner: options.runner,
            version: source.govulncheckVersion,
            forceInstall: source.forceInstall,
            installDir: external_node_path_default().join(options.tempDir, 'bin'),
            logger
        });
        await runGovulncheck({
            runner: options.runner,
            binary,
            args: source.args,
            cwd: source.cwd ?? options.workingDirectory,
            env: options.env,
            outputFile: jsonFile,
            logger
        });
        modeHint = source.mode;
        binaryFile = source.binary;
        scannerBinary = binary;
    }
    const scan = await parseGovulncheckFile(jsonFile, {
        displayName: displayPath(options.workspace, jsonFile),
        logger,
        modeHint
    });
    let binary;
    if (scan.scanMode === 'binary' && binaryFile) {
        const info = await readBuildInfo(binaryFile);
        binary = { file: binaryFile, mainModule: info?.mainModule };
        if (!info?.mainModule) {
            logger.debug(`${binaryFile}: no readable build info; using the go.mod fallback`);
        }
        else if (!layout.modules.some(m => m.path === info.mainModule)) {
            const own = await findModuleInWorkspace(options.workspace, info.mainModule);
            if (own)
                layout.modules.push(own);
        }
    }
    if (!options.advisoryFetcher && options.severityThreshold !== 'low') {
        logger.warning(`severity-threshold is ${options.severityThreshold} but severity lookups are off, so every severity is unknown and unknown-severity (${options.unknownSeverity}) decides`);
    }
    let scanner;
    if (scannerBinary && isPlaceholderVersion(scan.config?.scanner_version)) {
        scanner = await identifyScanner(scannerBinary);
        logger.info(`govulncheck reports version ${scan.config?.scanner_version || '(none)'}: ${scanner.version ? `it is ${scanner.version} (${scanner.note})` : scanner.note}`);
    }
    const severity = new SeverityResolver({ fetcher: options.advisoryFetcher, logger });
    const report = await evaluateGate({
        scan,
        layout,
        policy: {
            failOn: options.failOn,
            severityThreshold: options.severityThreshold,
            unknownSeverity: options.unknownSeverity,
            allowList,
            now: options.now ?? new Date()
        },
        severity,
        binary,
        scanner,
        logger
    });
    let sarifFile;
    if (options.sarifFile) {
        const sarif = buildSarif(report, layout, {
            category: options.sarifCategory,
            toolVersion: options.toolVersion
        });
        writeAtomically(options.sarifFile, JSON.stringify(sarif, null, 2) + '\n', names.sarifFile);
        sarifFile = options.sarifFile;
    }
    let vexFile;
    if (options.vexFile) {
        const vex = buildOpenVex(report, {
            now: options.now ?? new Date(),
            tooling: `go-ci-kit govulncheck-gate${options.toolVersion ? ` ${options.toolVersion}` : ''} from ${report.scan.scanner ?? 'govulncheck'}`
        });
        writeAtomically(options.vexFile, JSON.stringify(vex, null, 2) + '\n', names.vexFile);
        vexFile = options.vexFile;
    }
    const { annotations, dropped } = buildAnnotations(report);
    const summary = buildSummary(report, { droppedAnnotations: dropped });
    const action = {
        outputs: {
            passed: report.passed,
            called: report.counts.called,
            imported: report.counts.imported,
            required: report.counts.required,
            'may-be-affected': report.counts.mayBeAffected,
            ignored: report.counts.ignored,
            vulnerabilities: boundedOutput(vulnerabilitiesOutput(report), logger),
            'sarif-file': sarifFile ?? '',
            'vex-file': vexFile ?? '',
            'json-file': jsonFile
        },
        annotations,
        summary,
        failureMessage: report.failureMessage
    };
    logger.info(`govulncheck-gate: ${report.vulnerabilities.length} vulnerabilities (${report.counts.called} called, ${report.counts.imported} imported, ${report.counts.required} required, ${report.counts.mayBeAffected} may be affected, ${report.counts.ignored} ignored); ${report.passed ? 'passed' : `${report.counts.blocking} blocking`}`);
    return { report, layout, jsonFile, sarifFile, vexFile, action };
}
/**
 * One clear line for a path that cannot work, before anything runs: a missing
 * working directory (spawn would say "ENOENT" as if govulncheck were missing),
 * an input that is a directory, an output that is a directory or lies under a file.
 */
function checkPaths(options, names) {
    const shown = (file) => displayPath(options.workspace, file);
    const dir = options.workingDirectory;
    const dirStat = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!dirStat) {
        throw new errors/* ConfigurationError */.j1(`${names.workingDirectory}: ${shown(dir)} does not exist`, {
            fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work (relative to ${names.workingDirectory === 'working-directory' ? 'the workspace' : 'the current directory'})`
        });
    }
    if (!dirStat.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`${names.workingDirectory}: ${shown(dir)} is not a directory`, {
            fix: `set ${names.workingDirectory} to the directory that holds go.mod or go.work`
        });
    }
    if (options.source.kind === 'file') {
        const input = options.source.file;
        if ((0,external_node_fs_.statSync)(input, { throwIfNoEntry: false })?.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`${names.inputFile}: ${shown(input)} is a directory`, {
                fix: `name the file that holds the \`govulncheck -json\` output, e.g. ${shown(external_node_path_default().join(input, 'govulncheck.json'))}`
            });
        }
    }
    const outputs = [
        [options.sarifFile, names.sarifFile, 'govulncheck.sarif'],
        [options.vexFile, names.vexFile, 'govulncheck.openvex.json'],
        [
            options.source.kind === 'run' ? options.jsonFile : undefined,
            names.jsonFile,
            'govulncheck.json'
        ]
    ];
    for (const [file, name, example] of outputs) {
        if (!file)
            continue;
        if ((0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`${name}: ${shown(file)} is a directory`, {
                fix: `name a file to write, e.g. ${shown(external_node_path_default().join(file, example))}`
            });
        }
        for (let parent = external_node_path_default().dirname(file); parent !== external_node_path_default().dirname(parent); parent = external_node_path_default().dirname(parent)) {
            const stat = (0,external_node_fs_.statSync)(parent, { throwIfNoEntry: false });
            if (!stat)
                continue;
            if (stat.isDirectory())
                break;
            throw new errors/* ConfigurationError */.j1(`${name}: ${shown(file)} lies under ${shown(parent)}, which is a file`, {
                fix: `name a file in a directory, e.g. ${shown(external_node_path_default().join(external_node_path_default().dirname(parent), example))}`
            });
        }
    }
}
async function readAllowList(options) {
    const file = options.ignoreFile ??
        (options.defaultIgnoreFile && (0,external_node_fs_.existsSync)(options.defaultIgnoreFile)
            ? options.defaultIgnoreFile
            : undefined);
    if (!file)
        return undefined;
    const allowList = await loadAllowList(file, displayPath(options.workspace, file), options.logger);
    options.logger.info(`Allow-list ${allowList.file}: ${allowList.entries.length} entries`);
    return allowList;
}
function displayPath(workspace, file) {
    return (0,gomod/* insideRelative */.Xn)(workspace, external_node_path_default().resolve(file)) || file;
}
function vulnerabilitiesOutput(report) {
    return report.vulnerabilities.map(v => ({
        id: v.id,
        aliases: v.aliases,
        module: v.module,
        ...(v.version ? { version: v.version } : {}),
        found: v.found,
        fixed: v.fixed ? (v.stdlib ? `go${goRelease(v.fixed)}` : v.fixed) : null,
        level: v.status === 'blocking' ? 'error' : v.status === 'allowed' ? 'warning' : 'note',
        status: v.status,
        severity: v.severity.label,
        ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
        reason: v.reason,
        ...(v.summary ? { summary: v.summary } : {}),
        url: v.url
    }));
}
/** GitHub keeps at most 1 MB of outputs per job; leave room for the others. */
const MAX_OUTPUT_CHARS = 900_000;
/** The JSON for the `vulnerabilities` output, slimmed and then cut if it would not fit. */
function boundedOutput(list, logger) {
    const full = JSON.stringify(list);
    if (full.length <= MAX_OUTPUT_CHARS)
        return full;
    const slim = list.map(({ id, aliases, module, found, fixed, level, severity }) => ({
        id,
        aliases,
        module,
        found,
        fixed,
        level,
        severity
    }));
    let kept = slim.length;
    let text = JSON.stringify(slim);
    while (text.length > MAX_OUTPUT_CHARS && kept > 0) {
        kept = Math.floor(kept * 0.9);
        text = JSON.stringify(slim.slice(0, kept));
    }
    logger.warning(`The vulnerabilities output is too large for GitHub: ${kept < slim.length ? `it lists the first ${kept} of ${slim.length}` : 'it has only id, aliases, module, found, fixed, level and severity'}; the SARIF file has everything`);
    return text;
}
/** Writes through a temp file and a rename, so readers never see half a file. */
function writeAtomically(file, text, inputName) {
    try {
        (0,io/* writeFileAtomicSync */.Q3)(file, text);
    }
    catch (error) {
        const code = error.code;
        if (!code)
            throw error;
        throw new errors/* ConfigurationError */.j1(`${inputName ? `${inputName}: ` : ''}cannot write ${file}: ${code}`, { fix: 'name a file in a directory this job can write' });
    }
}

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(302);
// EXTERNAL MODULE: ./src/core/version.ts + 1 modules
var version = __webpack_require__(4910);
;// CONCATENATED MODULE: ./src/cli/commands/vuln.ts















const help = `Usage: go-ci-kit vuln [options] --input FILE
       go-ci-kit vuln [options] [-- GOVULNCHECK_ARGS...]

Gate on govulncheck's findings: read a saved \`govulncheck -json\` stream
(--input), or run govulncheck with the arguments after \`--\` (default
\`-json ./...\`; -json is added when missing). Findings are classified as
called, imported or required, checked against the policy and the allow-list,
and reported as text, JSON and SARIF.

Options:
  --input FILE               a saved \`govulncheck -json\` stream (not text or SARIF)
  -C, --dir DIR              where the code is and govulncheck runs (default: current directory)
  --root DIR                 repository root for reported paths (default: the git root above DIR)
  --fail-on LEVEL            called | imported | required | none (default: called)
  --severity-threshold SEV   low | medium | high | critical (default: low); needs advisory lookups
  --unknown-severity POLICY  fail | pass: whether a vulnerability of unknown severity can block (default: fail)
  --ignore-file FILE         osv-scanner.toml allow-list ([[IgnoredVulns]] id / ignoreUntil / reason);
                             default: osv-scanner.toml in DIR when it exists
  --sarif OUT                write SARIF 2.1.0 for code scanning to OUT
  --vex OUT                  write an OpenVEX document (as govulncheck -format openvex) to OUT
  --sarif-category CAT       automationDetails.id category (default: govulncheck-gate/<mode>/<dir>)
  --json-file OUT            keep the govulncheck stream at OUT when the command runs govulncheck
  --offline                  no GitHub Advisory lookups: every severity is unknown
  --govulncheck-version V    installed with \`go install\` when govulncheck is not on PATH (default: ${DEFAULT_GOVULNCHECK_VERSION})
  --json                     print one JSON document on stdout (logs go to stderr)
  -h, --help                 show this help

Severities come from the GitHub Advisory Database (GET /advisories/{ghsa_id})
at GITHUB_API_URL (default https://api.github.com), with GITHUB_TOKEN or
GH_TOKEN when set. If it cannot be reached the run warns and severities are
unknown.

Exit codes:
  0  the gate passed
  1  the gate failed: vulnerabilities block (listed with their fixes)
  2  usage or configuration error (bad option, bad ignore file, unreadable or malformed --input)
  3  govulncheck failed (build errors, Go version mismatch, install failure, malformed output)

Examples:
  govulncheck -json ./... > vuln.json && go-ci-kit vuln --input vuln.json --sarif vuln.sarif
  go-ci-kit vuln --fail-on imported -- -tags integration ./...
  go-ci-kit vuln -- -mode binary ./bin/server
`;
const options = {
    input: { type: 'string' },
    dir: { type: 'string', short: 'C' },
    root: { type: 'string' },
    'fail-on': { type: 'string' },
    'severity-threshold': { type: 'string' },
    'unknown-severity': { type: 'string' },
    'ignore-file': { type: 'string' },
    sarif: { type: 'string' },
    vex: { type: 'string' },
    'sarif-category': { type: 'string' },
    'json-file': { type: 'string' },
    offline: { type: 'boolean' },
    'govulncheck-version': { type: 'string' },
    json: { type: 'boolean' }
};
function choice(name, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    const match = allowed.find(a => a === value.toLowerCase());
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`vuln: --${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    return match;
}
function findGitRoot(start) {
    for (let dir = start;; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/** Reads `-flag value` / `-flag=value` from govulncheck's own arguments. */
function flagValue(args, flag) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i].replace(/^--/, '-');
        if (arg === `-${flag}`)
            return args[i + 1];
        if (arg.startsWith(`-${flag}=`))
            return arg.slice(flag.length + 2);
    }
    return undefined;
}
function govulncheckArgs(raw, dir) {
    const format = flagValue(raw, 'format');
    if (format !== undefined && format !== 'json') {
        throw new errors/* ConfigurationError */.j1(`vuln: govulncheck must print JSON, but -format ${format} was given`, {
            fix: 'drop -format (the gate adds -json)'
        });
    }
    const args = raw.some(a => a === '-json' || a === '--json' || format !== undefined)
        ? [...raw]
        : ['-json', ...raw];
    const hasTarget = args.some((arg, i) => !arg.startsWith('-') && !isFlagValue(args, i));
    return hasTarget || flagValue(args, 'scan') === 'module'
        ? args
        : [...args, ...defaultPatterns(external_node_path_default().resolve(dir, flagValue(args, 'C') ?? '.'))];
}
const VALUE_FLAGS = new Set(['C', 'db', 'mode', 'scan', 'tags', 'format', 'show']);
function isFlagValue(args, index) {
    const previous = args[index - 1];
    if (!previous || !previous.startsWith('-') || previous.includes('='))
        return false;
    return VALUE_FLAGS.has(previous.replace(/^-+/, ''));
}
function cliLogger(io) {
    return {
        info: message => io.stderr(`${message}\n`),
        warning: message => io.stderr(`warning: ${message}\n`),
        debug: message => {
            if (io.env.GO_CI_KIT_DEBUG)
                io.stderr(`debug: ${message}\n`);
        }
    };
}
function textReport(vulns, binaryMode, scanLevel) {
    const lines = [];
    for (const v of vulns) {
        const severity = v.severity.score !== undefined ? `${v.severity.label} ${v.severity.score}` : v.severity.label;
        const where = v.stdlib
            ? `Go standard library${v.version ? ` ${goRelease(v.version)}` : ''}`
            : `${v.module}${v.version ? `@${v.version}` : ''}`;
        lines.push(`${v.status.toUpperCase().padEnd(8)} ${v.id}  ${v.found}  severity ${severity}  ${where}`);
        if (v.summary)
            lines.push(`         ${v.summary}`);
        for (const site of v.callSites.slice(0, 5))
            lines.push(`         ${site.path}:${site.line}: ${callSiteMessage(v, site)}`);
        if (v.callSites.length === 0)
            for (const site of v.manifestSites.slice(0, 5))
                lines.push(`         ${site.path}:${site.line}: ${manifestMessage(v, site, binaryMode, scanLevel)}`);
        lines.push(`         ${v.status === 'ignored' ? v.reason : `fix: ${v.upgrades[0] ?? v.fix}`}`);
    }
    return lines.join('\n');
}
const vulnCommand = {
    name: 'vuln',
    summary: 'Run govulncheck (or read its output) and gate on the findings',
    help,
    async run(argv, io) {
        const separator = argv.indexOf('--');
        const own = separator >= 0 ? argv.slice(0, separator) : argv;
        const passThrough = separator >= 0 ? argv.slice(separator + 1) : undefined;
        const { values } = (0,command/* parseCommandArgs */.Qx)('vuln', own, options, false);
        if (values.input && passThrough) {
            throw new errors/* ConfigurationError */.j1('vuln: --input reads a saved stream, so it cannot be combined with -- govulncheck arguments');
        }
        const failOn = choice('fail-on', values['fail-on'], FAIL_ON_VALUES, 'called');
        const severityThreshold = choice('severity-threshold', values['severity-threshold'], SEVERITY_THRESHOLDS, 'low');
        const unknownSeverity = choice('unknown-severity', values['unknown-severity'], UNKNOWN_SEVERITY_VALUES, 'fail');
        const logger = cliLogger(io);
        let dir = external_node_path_default().resolve(io.cwd, values.dir ?? '.');
        let source;
        let tempDir;
        if (values.input) {
            source = { kind: 'file', file: external_node_path_default().resolve(io.cwd, values.input) };
        }
        else {
            let args = govulncheckArgs(passThrough ?? [], dir);
            // govulncheck applies -C itself, from where it is started.
            let cwd = dir;
            const chdir = flagValue(args, 'C');
            if (chdir)
                dir = external_node_path_default().resolve(dir, chdir);
            const mode = flagValue(args, 'mode') === 'binary' ? 'binary' : 'source';
            if (mode === 'source' && !chdir && scanDirectory(dir) !== dir) {
                // A go.work directory that is not a module: govulncheck runs in a used module.
                cwd = scanDirectory(dir);
                args = args.map((arg, i) => arg.startsWith('-') || isFlagValue(args, i) ? arg : rebasePattern(arg, dir, cwd));
            }
            source = {
                kind: 'run',
                args,
                mode,
                binary: mode === 'binary' ? external_node_path_default().resolve(dir, args[args.length - 1]) : undefined,
                cwd,
                govulncheckVersion: values['govulncheck-version'] ?? DEFAULT_GOVULNCHECK_VERSION
            };
            tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'go-ci-kit-vuln-'));
        }
        const root = values.root ? external_node_path_default().resolve(io.cwd, values.root) : (findGitRoot(dir) ?? dir);
        const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
        const where = external_node_path_default().relative(root, dir).split((external_node_path_default()).sep).join('/') || 'root';
        try {
            const result = await runVulnGate({
                workspace: root,
                workingDirectory: dir,
                env: io.env,
                source,
                runner: nodeProcessRunner,
                tempDir: tempDir ?? external_node_os_default().tmpdir(),
                jsonFile: values['json-file'] ? external_node_path_default().resolve(io.cwd, values['json-file']) : undefined,
                sarifFile: values.sarif ? external_node_path_default().resolve(io.cwd, values.sarif) : undefined,
                vexFile: values.vex ? external_node_path_default().resolve(io.cwd, values.vex) : undefined,
                inputNames: {
                    workingDirectory: '--dir (or govulncheck -C)',
                    inputFile: '--input',
                    sarifFile: '--sarif',
                    jsonFile: '--json-file',
                    vexFile: '--vex'
                },
                sarifCategory: values['sarif-category'] ??
                    `govulncheck-gate/${source.kind === 'run' ? source.mode : 'source'}/${where}`,
                failOn,
                severityThreshold,
                unknownSeverity,
                ignoreFile: values['ignore-file'] ? external_node_path_default().resolve(io.cwd, values['ignore-file']) : undefined,
                defaultIgnoreFile: external_node_path_default().join(dir, 'osv-scanner.toml'),
                advisoryFetcher: values.offline
                    ? undefined
                    : gitHubAdvisoryFetcher((0,client/* createGitHubClient */.LX)({
                        baseUrl: io.env.GITHUB_API_URL,
                        token,
                        userAgent: (0,version/* userAgent */.N)('vuln'),
                        retry: { retries: 2, baseDelayMs: 300 }
                    })),
                logger,
                toolVersion: version/* GO_CI_KIT_VERSION */.w
            });
            const { report } = result;
            if (values.json) {
                (0,command/* printJson */.Q2)(io, {
                    passed: report.passed,
                    counts: report.counts,
                    scan: report.scan,
                    policy: {
                        failOn,
                        severityThreshold,
                        unknownSeverity,
                        allowListFile: report.policy.allowListFile
                    },
                    vulnerabilities: vulnerabilitiesOutput(report),
                    ...(result.sarifFile ? { sarifFile: result.sarifFile } : {}),
                    ...(result.vexFile ? { vexFile: result.vexFile } : {}),
                    ...(source.kind === 'file' || values['json-file'] ? { jsonFile: result.jsonFile } : {}),
                    ...(report.severityUnavailable
                        ? { severityUnavailable: report.severityUnavailable }
                        : {}),
                    ...(report.failureMessage ? { failureMessage: report.failureMessage } : {})
                });
            }
            else {
                const text = textReport(report.vulnerabilities, report.scan.mode === 'binary', report.scan.level);
                if (text)
                    io.stdout(`${text}\n\n`);
                io.stdout(report.passed
                    ? `PASS: ${report.vulnerabilities.length} vulnerabilities found, none blocks (fail-on: ${failOn})\n`
                    : `FAIL: ${report.failureMessage}\n`);
                if (result.sarifFile)
                    io.stdout(`SARIF: ${result.sarifFile}\n`);
                if (result.vexFile)
                    io.stdout(`OpenVEX: ${result.vexFile}\n`);
            }
            return report.passed ? command/* ExitCode */.yU.ok : command/* ExitCode */.yU.gateFailed;
        }
        catch (error) {
            // govulncheck's own failures, and a stream it produced that does not parse, are tool failures (3);
            // a bad --input file is the user's (2, via the dispatcher).
            const toolFault = error instanceof ToolFailure ||
                (source.kind === 'run' && error instanceof StreamFormatError);
            if (!toolFault)
                throw error;
            const message = (0,errors/* getErrorMessage */.u1)(error);
            if (values.json)
                (0,command/* printJson */.Q2)(io, { error: { message, kind: 'tool' } });
            io.stderr(`go-ci-kit: ${message}\n`);
            return command/* ExitCode */.yU.toolFailed;
        }
        finally {
            if (tempDir)
                (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true });
        }
    }
};


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   a2: () => (/* binding */ retryDelay)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, DEFAULT_GITHUB_API_URL, gitHubClientFromEnv, fillPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7872);
/**
 * A small GitHub REST client over Node's global fetch, shared by the actions
 * that talk to the API (advisory lookups, SARIF upload). It fills path
 * templates, sends the headers GitHub expects, retries what is worth retrying
 * (network errors, 5xx, 429 and rate-limited 403s) with backoff, and turns
 * every other failure into a GitHubApiError carrying the status.
 */


const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
const DEFAULT_RETRY = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };
function createGitHubClient(options = {}) {
    const baseUrl = (options.baseUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    const doFetch = options.fetch ?? fetch;
    const sleep = options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const timeoutMs = options.timeoutMs ?? 30_000;
    const userAgent = options.userAgent ?? 'go-ci-kit';
    async function request(method, pathTemplate, requestOptions = {}) {
        const upperMethod = method.toUpperCase();
        const requestPath = fillPath(pathTemplate, requestOptions.pathParams ?? {});
        const url = baseUrl + requestPath + queryString(requestOptions.query);
        const headers = {
            accept: 'application/vnd.github+json',
            'user-agent': userAgent,
            'x-github-api-version': GITHUB_API_VERSION
        };
        if (options.token)
            headers.authorization = `Bearer ${options.token}`;
        let body;
        if (requestOptions.body !== undefined) {
            if (typeof requestOptions.body === 'string' || requestOptions.body instanceof Uint8Array) {
                body = requestOptions.body;
            }
            else {
                body = JSON.stringify(requestOptions.body);
                headers['content-type'] = 'application/json; charset=utf-8';
            }
        }
        for (const [name, value] of Object.entries(requestOptions.headers ?? {}))
            headers[name.toLowerCase()] = value;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                const response = await doFetch(url, {
                    method: upperMethod,
                    headers,
                    body,
                    signal: AbortSignal.timeout(requestOptions.timeoutMs ?? timeoutMs)
                });
                const responseHeaders = headerRecord(response.headers);
                const data = await readBody(response);
                if (response.ok)
                    return { status: response.status, data: data, headers: responseHeaders };
                const apiBody = typeof data === 'object' && data !== null ? data : {};
                failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O({
                    status: response.status,
                    kind: 'http',
                    method: upperMethod,
                    path: requestPath,
                    apiMessage: typeof apiBody.message === 'string'
                        ? apiBody.message
                        : typeof data === 'string' && data
                            ? data.slice(0, 200)
                            : response.statusText,
                    documentationUrl: typeof apiBody.documentation_url === 'string' ? apiBody.documentation_url : undefined,
                    body: data,
                    headers: responseHeaders,
                    attempts: attempt
                });
            }
            catch (error) {
                const name = error?.name;
                const timedOut = name === 'TimeoutError' || name === 'AbortError';
                failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O({
                    status: 0,
                    kind: timedOut ? 'timeout' : 'network',
                    method: upperMethod,
                    path: requestPath,
                    attempts: attempt,
                    cause: error
                });
            }
            const delayMs = retryDelay(failure, attempt, retry);
            if (delayMs === undefined)
                throw failure;
            options.onRetry?.({ attempt, delayMs, reason: failure.message });
            await sleep(delayMs);
        }
    }
    return { baseUrl, request };
}
/** Reads GITHUB_API_URL and a token the way every action does. */
function gitHubClientFromEnv(env, options = {}) {
    return createGitHubClient({ ...options, baseUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL });
}
/** `/repos/{owner}/{repo}` + {owner:'a', repo:'b'} → `/repos/a/b`. A missing value is a bug. */
function fillPath(template, params) {
    const filled = template.replace(/\{([^}]+)\}/g, (_match, name) => {
        const value = params[name];
        if (value === undefined)
            throw new Error(`GitHub path ${template}: no value for {${name}}`);
        return encodeURIComponent(String(value));
    });
    return filled.startsWith('/') ? filled : `/${filled}`;
}
function queryString(query) {
    if (!query)
        return '';
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value === undefined || value === null)
            continue;
        search.append(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}
function headerRecord(headers) {
    const record = {};
    headers.forEach((value, name) => {
        record[name.toLowerCase()] = value;
    });
    return record;
}
async function readBody(response) {
    if (response.status === 204 || response.status === 205)
        return undefined;
    const text = await response.text();
    if (text === '')
        return undefined;
    const type = response.headers.get('content-type') ?? '';
    if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
/** How long to wait before retrying, or undefined when the failure is final. */
function retryDelay(failure, attempt, policy, random = Math.random) {
    if (attempt > policy.retries)
        return undefined;
    const retryable = failure.unreachable || failure.status >= 500 || failure.rateLimited;
    if (!retryable)
        return undefined;
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + random() * 0.5));
    const asked = requestedWait(failure.headers);
    if (asked === undefined)
        return Math.round(backoff);
    // A server that asks for a longer pause than we are willing to wait gets a clear error now
    // rather than a step that hangs until the job's timeout.
    if (asked > policy.maxDelayMs)
        return undefined;
    return Math.round(Math.max(asked, backoff));
}
function requestedWait(headers) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - Date.now());
    }
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'] !== undefined) {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        if (Number.isFinite(reset))
            return Math.max(0, reset - Date.now());
    }
    return undefined;
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ isGitHubApiError),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
class GitHubApiError extends Error {
    status;
    kind;
    method;
    /** The request path with parameters filled in, e.g. `/advisories/GHSA-xxxx-xxxx-xxxx`. */
    path;
    /** GitHub's `message` field when the body had one. */
    apiMessage;
    documentationUrl;
    /** The parsed response body (JSON or text), for callers that need details such as `errors`. */
    body;
    headers;
    /** How many attempts were made before giving up. */
    attempts;
    constructor(details) {
        const what = `${details.method} ${details.path}`;
        const reason = details.kind === 'http'
            ? `HTTP ${details.status}${details.apiMessage ? `: ${details.apiMessage}` : ''}`
            : details.kind === 'timeout'
                ? 'timed out'
                : `network error: ${causeMessage(details.cause)}`;
        const tries = details.attempts > 1 ? ` (after ${details.attempts} attempts)` : '';
        super(`GitHub API ${what} failed: ${reason}${tries}`, { cause: details.cause });
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.kind = details.kind;
        this.method = details.method;
        this.path = details.path;
        this.apiMessage = details.apiMessage;
        this.documentationUrl = details.documentationUrl;
        this.body = details.body;
        this.headers = details.headers ?? {};
        this.attempts = details.attempts;
    }
    /** True when the request never got an HTTP answer. */
    get unreachable() {
        return this.kind !== 'http';
    }
    /** Primary or secondary rate limit, as GitHub signals it (429, or 403 with no remaining quota). */
    get rateLimited() {
        return (this.status === 429 ||
            (this.status === 403 &&
                (this.headers['x-ratelimit-remaining'] === '0' ||
                    /rate limit/i.test(this.apiMessage ?? ''))));
    }
}
function isGitHubApiError(error) {
    return error instanceof GitHubApiError;
}
function causeMessage(cause) {
    // Duck-typed: errors from fetch may come from another realm (e.g. under a VM test runner).
    const message = (value) => typeof value === 'object' && value !== null && typeof value.message === 'string'
        ? value.message
        : undefined;
    const outer = message(cause);
    if (outer === undefined)
        return String(cause);
    // undici wraps the socket error: "fetch failed" with the real reason in cause.
    const inner = message(cause.cause);
    return inner ? `${outer} (${inner})` : outer;
}


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


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ locateJsonError)
/* harmony export */ });
/* unused harmony exports lineAndColumn, findSyntaxError */
/**
 * Where a JSON document stops being JSON, for error messages that name a line
 * (SARIF files, govulncheck streams). `JSON.parse` usually says "at position
 * N", but not always (V8 also writes "Unexpected token 'x', ..."<source>"... is
 * not valid JSON"), so a small checker finds the offset itself when the
 * message has none.
 */
function locateJsonError(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    // Keep only the reason: V8 either names a position or quotes the (possibly huge) source.
    const reason = message
        .replace(/, (\.\.\.)?"[\s\S]*" ?(\.\.\.)? is not valid JSON$/, '')
        .replace(/ in JSON at position \d+[\s\S]*$/, '');
    const stated = /at position (\d+)/.exec(message);
    const offset = stated ? Number(stated[1]) : (findSyntaxError(text) ?? text.length);
    return { offset, ...lineAndColumn(text, offset), reason };
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}
/** Offset of the first syntax error (text.length when it ends too early), or undefined for valid JSON. */
function findSyntaxError(text) {
    let i = 0;
    const fail = () => {
        throw new SyntaxAt(i);
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        for (const ch of word) {
            if (text[i] !== ch)
                fail();
            i++;
        }
    };
    const string = () => {
        i++;
        for (;;) {
            if (i >= text.length)
                fail();
            const ch = text[i];
            if (ch === '"') {
                i++;
                return;
            }
            if (ch === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 5;
                }
                else if ('"\\/bfnrt'.includes(text[i] ?? ''))
                    i++;
                else
                    fail();
            }
            else if (ch < ' ')
                fail();
            else
                i++;
        }
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!match)
            fail();
        i += match[0].length;
    };
    const value = (depth) => {
        if (depth > 5000)
            fail();
        ws();
        const ch = text[i];
        if (ch === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        if (ch === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        if (ch === '"')
            return string();
        if (ch === 't')
            return literal('true');
        if (ch === 'f')
            return literal('false');
        if (ch === 'n')
            return literal('null');
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9'))
            return number();
        fail();
    };
    try {
        value(0);
        ws();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (error) {
        if (error instanceof SyntaxAt)
            return error.offset;
        return 0;
    }
}
class SyntaxAt extends Error {
    offset;
    constructor(offset) {
        super(`JSON syntax error at ${offset}`);
        this.offset = offset;
    }
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ GITHUB_LIMITS)
/* harmony export */ });
/**
 * The numbers code scanning enforces on an upload, kept apart from the code
 * that applies them so that any area writing SARIF (sarif, vuln) can use them.
 */
/**
 * Code scanning's hard limits: a SARIF upload over any of them is rejected.
 * GitHub also has display limits under some of them (only 10 of a rule's tags,
 * 100 locations of a result, 5,000 results of a run are kept); those do not
 * reject anything, so output is cut at the hard limit and GitHub picks what to show.
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
const GITHUB_LIMITS = {
    maxGzipBytes: 10 * 1024 * 1024,
    maxRunsPerUpload: 20,
    maxResultsPerRun: 25_000,
    maxRulesPerRun: 25_000,
    maxExtensionsPerRun: 100,
    maxLocationsPerResult: 1_000,
    maxThreadFlowLocationsPerResult: 10_000,
    maxTagsPerRule: 20,
    maxRuleNameLength: 255,
    maxDescriptionLength: 1_024
};


/***/ })

};
