export const id = 756;
export const ids = [756];
export const modules = {

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fingerprintCommand: () => (/* binding */ fingerprintCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/buildinfo/index.ts + 9 modules
var buildinfo = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/core/buildinfo/modinfo.ts
var modinfo = __webpack_require__(2888);
;// CONCATENATED MODULE: ./src/core/buildinfo/goversion.ts

/**
 * What `go version -m` prints for one executable: `FILE: <raw Go version>`, then
 * BuildInfo.String() without its `go` line, every line indented by a tab.
 */
function formatGoVersionM(file, slice) {
    let out = `${file}: ${slice.buildInfo.goVersionRaw}\n`;
    const mod = (0,modinfo/* formatModInfo */.K1)(slice.buildInfo);
    if (mod.length > 0)
        out += '\t' + mod.slice(0, -1).replaceAll('\n', '\n\t') + '\n';
    return out;
}
/**
 * Exactly what `go version -m FILE` prints. Go reads only the first slice of a universal
 * binary, and so does this unless `allSlices` is set: then every slice is printed, each
 * headed `FILE (arm64): goVERSION`, so nothing is hidden.
 */
function goVersionMOutput(file, info, options = {}) {
    if (info.container !== 'macho-fat' || !options.allSlices) {
        return formatGoVersionM(file, info.slices[0]);
    }
    return info.slices.map(slice => formatGoVersionM(`${file} (${slice.fatArch})`, slice)).join('');
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(302);
;// CONCATENATED MODULE: ./src/cli/commands/fingerprint.ts






const fingerprintCommand = {
    name: 'fingerprint',
    summary: 'Read Go build info from binaries and check them',
    help: `Usage: go-ci-kit fingerprint FILE... [--json] [--expect '…'] [--compare-to PATH]
                                 [--non-go-files skip|fail]
       go-ci-kit fingerprint --go-version-m [--all-slices] FILE|DIR...

Reads the Go build info embedded in each FILE (ELF, Mach-O including universal
binaries, PE, XCOFF) without a Go toolchain and prints its sha256, size, target
(GOOS/GOARCH + arch level), Go version, cgo, modules, a build fingerprint
(sha256 of dimensions, module graph and settings, vcs.time excluded) and
reproducibility warnings.

Options:
  --expect TEXT        assertions, e.g. 'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
                       (keys: goos goarch cgo go trimpath buildmode experiments, arch levels such
                       as goamd64, or a build setting Go records; go supports = != >= <= > <);
                       an unknown key or impossible value is a usage error (exit 2)
  --non-go-files M     files that are not Go executables (README, archives): skip (default; a
                       note on stderr names each) or fail (exit 2)
  --compare-to PATH    an earlier binary, a directory holding binaries of the same names, or a
                       manifest JSON written by --json / the action; reports reproducible or the
                       per-section differences
  --go-version-m       print exactly what \`go version -m FILE\` prints, byte for byte, and exit
                       as it exits (1 when a named FILE has no readable build info). A DIR is
                       walked and its Go binaries listed; other files in it are skipped silently.
                       A universal binary shows its first slice only, as Go reads no other (a
                       note on stderr names the rest); a 64-bit universal binary is refused,
                       as Go refuses it
  --all-slices         with --go-version-m: print every slice of a universal binary, each
                       headed "FILE (arch): goVERSION"
  --json               print the manifest (in-toto subjects + per-binary fields) as one JSON document

Exit codes:
  0   ok
  1   an expectation was violated, or --compare-to found the build not reproducible;
      with --go-version-m: a named FILE has no readable build info (as go version -m)
  2   usage error, or a file is unreadable, damaged or (with --non-go-files fail, or when no
      FILE is one) not a Go executable
`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('fingerprint', argv, {
            json: { type: 'boolean' },
            expect: { type: 'string' },
            'compare-to': { type: 'string' },
            'go-version-m': { type: 'boolean' },
            'all-slices': { type: 'boolean' },
            'non-go-files': { type: 'string' }
        });
        const nonGoFiles = values['non-go-files'] ?? 'skip';
        if (nonGoFiles !== 'skip' && nonGoFiles !== 'fail') {
            throw new errors/* ConfigurationError */.j1(`fingerprint: --non-go-files must be skip or fail, not "${nonGoFiles}"`, { fix: 'skip lists and ignores files that are not Go executables; fail stops at the first' });
        }
        if (positionals.length === 0) {
            throw new errors/* ConfigurationError */.j1('fingerprint: no FILE given', {
                fix: 'pass one or more Go binaries, e.g. go-ci-kit fingerprint dist/app'
            });
        }
        if (values['go-version-m'])
            return goVersionM(positionals, io, values['all-slices'] === true);
        if (values['all-slices']) {
            throw new errors/* ConfigurationError */.j1('fingerprint: --all-slices needs --go-version-m', {
                fix: 'the normal and --json output already list every slice'
            });
        }
        // Loaded only here so --go-version-m starts as fast as the reader alone.
        const { runFingerprint, shownName } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(944), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 9549));
        const { renderText } = await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 2302));
        const files = positionals.map(name => ({ file: external_node_path_default().resolve(io.cwd, name), name }));
        const { manifest, skipped } = await runFingerprint({
            files,
            expect: values.expect,
            compareTo: values['compare-to'] ? external_node_path_default().resolve(io.cwd, values['compare-to']) : undefined,
            nonGoFiles
        });
        for (const file of skipped) {
            io.stderr(`go-ci-kit: ${shownName(file.name)}: skipped, ${file.reason}\n`);
        }
        if (values.json)
            (0,command/* printJson */.Q2)(io, manifest);
        else
            io.stdout(renderText(manifest));
        for (const v of manifest.violations)
            io.stderr(`go-ci-kit: violation: ${v}\n`);
        const failed = manifest.violations.length > 0 || manifest.reproducible === false;
        return failed ? command/* ExitCode */.yU.gateFailed : command/* ExitCode */.yU.ok;
    }
};
/** What Go's os.Stat error says after "stat FILE: ". */
function statErrorText(error) {
    const words = {
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        ENOTDIR: 'not a directory',
        ELOOP: 'too many levels of symbolic links',
        ENAMETOOLONG: 'file name too long'
    };
    return words[error.code ?? ''] ?? error.message;
}
/** Go's isGoBinaryCandidate: only such files get an error line when they are not Go binaries. */
function looksLikeBinary(name, mode) {
    if ((mode & 0o111) !== 0)
        return true;
    const lower = name.toLowerCase();
    return /\.(so|exe|dll)$/.test(lower) || lower.includes('.so.');
}
/** Every regular file (or symlink) under `dir` in Go's filepath.WalkDir order, errors skipped. */
async function walkFiles(dir, shown) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    // WalkDir visits names in byte order.
    entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const found = [];
    for (const entry of entries) {
        const file = external_node_path_default().join(dir, entry.name);
        const name = external_node_path_default().join(shown, entry.name);
        if (entry.isDirectory())
            found.push(...(await walkFiles(file, name)));
        else if (entry.isFile() || entry.isSymbolicLink())
            found.push({ file, name });
    }
    return found;
}
/**
 * `go version -m ARG...`, byte for byte: a directory is walked and its Go binaries listed
 * (anything else in it is skipped silently); a named file that is not a readable Go binary
 * makes the exit status 1, with an error line only when it looks like a binary, as Go does.
 */
async function goVersionM(args, io, allSlices) {
    let code = command/* ExitCode */.yU.ok;
    for (const arg of args) {
        const abs = external_node_path_default().resolve(io.cwd, arg);
        let info;
        try {
            info = await (0,promises_.stat)(abs);
        }
        catch (error) {
            io.stderr(`stat ${arg}: ${statErrorText(error)}\n`);
            code = command/* ExitCode */.yU.gateFailed;
            continue;
        }
        if (info.isDirectory()) {
            // Go's WalkDir does not follow a symlinked root: it sees one link to a non-file, silently.
            if ((await (0,promises_.lstat)(abs)).isSymbolicLink())
                continue;
            for (const { file, name } of await walkFiles(abs, arg)) {
                await printOne(file, name, io, allSlices, undefined);
            }
        }
        else if (!(await printOne(abs, arg, io, allSlices, info.mode))) {
            code = command/* ExitCode */.yU.gateFailed;
        }
    }
    return code;
}
/**
 * Prints one file's `go version -m` lines; false when it has no readable build info. With
 * `namedMode` (a file named on the command line) errors are reported as Go reports them.
 */
async function printOne(file, name, io, allSlices, namedMode) {
    try {
        const info = await (0,buildinfo/* readBuildInfo */.ro)(file, name, { goCompatible: true });
        const text = goVersionMOutput(name, info, { allSlices });
        // Build info may hold bytes that are not UTF-8: write them as they are, like Go.
        const bytes = (0,buildinfo/* encodeGoString */.gN)(text);
        io.stdout(bytes.toString('utf8') === text ? text : bytes);
        if (info.slices.length > 1 && !allSlices) {
            const hidden = info.slices.slice(1).map(slice => slice.fatArch);
            io.stderr(`go-ci-kit: ${name} is a universal binary; like go version -m this shows only its first slice (${info.slices[0].fatArch}), not ${hidden.join(', ')}: add --all-slices to see them\n`);
        }
        return true;
    }
    catch (error) {
        if (!(error instanceof buildinfo/* BuildInfoError */.Xg))
            throw error;
        if (namedMode === undefined)
            return false;
        // Go prints just the path when the file itself cannot be opened.
        if (error.kind === 'unreadable') {
            if (!/not a regular file/.test(error.message))
                io.stderr(`${name}\n`);
        }
        else if (looksLikeBinary(name, namedMode)) {
            io.stderr(error.kind === 'upx'
                ? `${name}: packed with UPX; unpack first (go version -m: ${error.goMessage})\n`
                : `${name}: could not read Go build info from ${name}: ${error.goMessage}\n`);
        }
        return false;
    }
}


/***/ })

};
