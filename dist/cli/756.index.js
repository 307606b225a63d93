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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/buildinfo/index.ts + 8 modules
var buildinfo = __webpack_require__(1345);
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
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/fingerprint.ts





const fingerprintCommand = {
    name: 'fingerprint',
    summary: 'Read Go build info from binaries and check them',
    help: `Usage: go-ci-kit fingerprint FILE... [--json] [--expect '…'] [--compare-to PATH]
       go-ci-kit fingerprint --go-version-m [--all-slices] FILE...

Reads the Go build info embedded in each FILE (ELF, Mach-O including universal
binaries, PE) without a Go toolchain and prints its sha256, size, target
(GOOS/GOARCH + arch level), Go version, cgo, modules, a build fingerprint
(sha256 of dimensions, module graph and settings, vcs.time excluded) and
reproducibility warnings.

Options:
  --expect TEXT        assertions, e.g. 'goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23'
                       (keys: goos goarch cgo go trimpath buildmode, arch levels such as goamd64,
                       or any build setting name; go supports = != >= <= > <)
  --compare-to PATH    an earlier binary, a directory holding binaries of the same names, or a
                       manifest JSON written by --json / the action; reports reproducible or the
                       per-section differences
  --go-version-m       print exactly what \`go version -m FILE\` prints, line for line (for a
                       universal binary that is its first slice only, as Go reads no other;
                       a note on stderr names the slices not shown)
  --all-slices         with --go-version-m: print every slice of a universal binary, each
                       headed "FILE (arch): goVERSION"
  --json               print the manifest (in-toto subjects + per-binary fields) as one JSON document

Exit codes:
  0   ok
  1   an expectation was violated, or --compare-to found the build not reproducible
  2   usage error, or a file is unreadable / not a Go executable
`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('fingerprint', argv, {
            json: { type: 'boolean' },
            expect: { type: 'string' },
            'compare-to': { type: 'string' },
            'go-version-m': { type: 'boolean' },
            'all-slices': { type: 'boolean' }
        });
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
        const { runFingerprint } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 8686));
        const { renderText } = await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 2302));
        const files = positionals.map(name => ({ file: external_node_path_default().resolve(io.cwd, name), name }));
        const { manifest } = await runFingerprint({
            files,
            expect: values.expect,
            compareTo: values['compare-to'] ? external_node_path_default().resolve(io.cwd, values['compare-to']) : undefined
        });
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
async function goVersionM(files, io, allSlices) {
    let code = command/* ExitCode */.yU.ok;
    for (const name of files) {
        try {
            const info = await (0,buildinfo/* readBuildInfo */.ro)(external_node_path_default().resolve(io.cwd, name), name);
            io.stdout(goVersionMOutput(name, info, { allSlices }));
            if (info.slices.length > 1 && !allSlices) {
                const hidden = info.slices.slice(1).map(slice => slice.fatArch);
                io.stderr(`go-ci-kit: ${name} is a universal binary; like go version -m this shows only its first slice (${info.slices[0].fatArch}), not ${hidden.join(', ')}: add --all-slices to see them\n`);
            }
        }
        catch (error) {
            if (!(error instanceof buildinfo/* BuildInfoError */.Xg))
                throw error;
            if (error.kind === 'unreadable')
                io.stderr(`go-ci-kit: ${error.message}\n`);
            else {
                const detail = error.kind === 'upx' ? error.message : error.goMessage;
                io.stderr(`${name}: could not read Go build info from ${name}: ${detail}\n`);
            }
            code = command/* ExitCode */.yU.usage;
        }
    }
    return code;
}


/***/ })

};
