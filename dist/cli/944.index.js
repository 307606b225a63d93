export const id = 944;
export const ids = [944];
export const modules = {

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

/***/ 1048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zw: () => (/* reexport */ ARCH_LEVEL_VARIABLE),
  qT: () => (/* reexport */ ARCH_LEVEL_VARIABLES),
  u8: () => (/* reexport */ GoEnvFailure),
  jr: () => (/* reexport */ buildModuleSet),
  e_: () => (/* reexport */ decideModuleVendorMode),
  HG: () => (/* reexport */ decideWorkspaceVendorMode),
  pG: () => (/* reexport */ findGoWork),
  gq: () => (/* reexport */ findModuleRoot),
  Xn: () => (/* reexport */ insideRelative),
  F7: () => (/* reexport */ moduleSetDigest),
  kW: () => (/* reexport */ parseGoMod),
  xj: () => (/* reexport */ parseGoWork),
  Xc: () => (/* reexport */ parseModulesTxt),
  j1: () => (/* reexport */ readCcVersion),
  os: () => (/* reexport */ readGoEnv),
  rb: () => (/* reexport */ readGoEnvSync),
  s_: () => (/* reexport */ readGoWorkSetting),
  aN: () => (/* reexport */ relativeOrDotDot),
  $d: () => (/* reexport */ splitEntry),
  uW: () => (/* reexport */ zipEntries)
});

// UNUSED EXPORTS: GO_VERSION_RE, compareGoVersions, isLocalPath, modFlag, parseGoSum, scanGoSum, vendorInconsistencies

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/gomod/modfile.ts
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
                    throw (0,errors/* fileError */.zS)({ file, line: lineNumber }, `unexpected "${tokens[1].text}" after ")"`, 'put the closing ")" of a block on a line of its own');
                }
                block = undefined;
                continue;
            }
            const stray = tokens.find(token => isPunct(token, '(') || isPunct(token, ')'));
            if (stray) {
                throw (0,errors/* fileError */.zS)({ file, line: lineNumber, column: stray.column }, `unexpected "${stray.text}" inside the ${block.verb} block that starts at line ${block.line}`, 'blocks cannot nest; close the block with ")" on its own line first');
            }
            directives.push({ verb: block.verb, args: tokens, line: lineNumber, comment, inBlock: true });
            continue;
        }
        const [head, ...rest] = tokens;
        if (head.quoted || isPunct(head, '(') || isPunct(head, ')')) {
            throw (0,errors/* fileError */.zS)({ file, line: lineNumber, column: head.column }, `unexpected "${head.text}" where a directive was expected`, 'each line starts with a directive such as go, use or replace');
        }
        const opensBlock = rest.length >= 1 && isPunct(rest[0], '(');
        if (opensBlock) {
            if (!blockVerbs.has(head.text)) {
                throw (0,errors/* fileError */.zS)({ file, line: lineNumber }, `the ${head.text} directive does not take a block`, `write \`${head.text} value\` on one line`);
            }
            if (rest.length === 2 && isPunct(rest[1], ')'))
                continue; // `use ()`: an empty block
            if (rest.length > 1) {
                throw (0,errors/* fileError */.zS)({ file, line: lineNumber }, `unexpected "${rest[1].text}" after "${head.text} ("`, 'start the block entries on the next line');
            }
            block = { verb: head.text, line: lineNumber };
            continue;
        }
        const stray = rest.find(token => isPunct(token, '(') || isPunct(token, ')'));
        if (stray) {
            throw (0,errors/* fileError */.zS)({ file, line: lineNumber, column: stray.column }, `unexpected "${stray.text}"`, 'a block is written `directive (` with the entries on the following lines and `)` alone on the last');
        }
        directives.push({ verb: head.text, args: rest, line: lineNumber, comment, inBlock: false });
    }
    if (block) {
        throw (0,errors/* fileError */.zS)({ file, line: block.line }, `the ${block.verb} block is never closed`, 'add a line with just ")" at the end of the block');
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
            throw (0,errors/* fileError */.zS)({ file, line, column: i + 1 }, 'mod files must use // comments, not /* */ comments', 'turn the comment into // lines');
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
                throw (0,errors/* fileError */.zS)({ file, line, column: i + 1 }, 'unterminated quoted string', `close the string with ${ch} on the same line`);
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
        throw (0,errors/* fileError */.zS)({ file, line, column }, `invalid quoted string ${literal}`, 'use plain "…" quotes');
    }
}
function argTexts(directive) {
    return directive.args.map(arg => arg.text);
}
function requireArgs(directive, file, count, usage) {
    const args = argTexts(directive);
    if (args.length !== count) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `usage: ${usage}`, `write \`${usage}\``);
    }
    return args;
}
function goVersionArg(directive, file) {
    const [version] = requireArgs(directive, file, 1, 'go 1.23.0');
    if (!GO_VERSION_RE.test(version)) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `invalid go version "${version}": must match format 1.23.0`, 'write the language version as in `go 1.23` or `go 1.23.0`');
    }
    return version;
}
function toolchainArg(directive, file) {
    const [name] = requireArgs(directive, file, 1, 'toolchain go1.23.0');
    if (!TOOLCHAIN_RE.test(name)) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `invalid toolchain "${name}": must be default or start with go1`, 'write for example `toolchain go1.23.4`');
    }
    return name;
}
function repeated(directive, file, firstLine) {
    throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `repeated ${directive.verb} statement (the first is at line ${firstLine})`, `keep exactly one \`${directive.verb}\` line`);
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
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `usage: ${usage}`, 'check the "=>" of the replace line');
    }
    const after = args.slice(arrow + 1);
    if (after.length !== 1 && after.length !== 2) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `usage: ${usage}`, 'check the target of the replace line');
    }
    const [newPath, newVersion] = after;
    if (newVersion === undefined && !isLocalPath(newPath)) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `replacement module without version must be a directory path (rooted or starting with ./ or ../): ${newPath}`, `add a version after ${newPath} or write ./${newPath} for a local directory`);
    }
    if (newVersion !== undefined && isLocalPath(newPath)) {
        throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `replacement directory ${newPath} cannot have a version`, `drop "${newVersion}"`);
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
                    throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `invalid godebug setting "${setting}"`, 'write `godebug key=value`');
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
                throw (0,errors/* fileError */.zS)({ file, line: directive.line }, `unknown directive "${directive.verb}"`, `go.work accepts ${GO_WORK_DIRECTIVES.join(', ')}${suggest(directive.verb, GO_WORK_DIRECTIVES)}`);
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

// EXTERNAL MODULE: ./src/core/cache/hash.ts
var hash = __webpack_require__(4316);
;// CONCATENATED MODULE: ./src/core/gomod/gosum.ts
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
            throw (0,errors/* fileError */.zS)({ file, line: lineNumber }, `malformed go.sum line: expected "module version hash", found ${count} field${count === 1 ? '' : 's'}`, 'fix or delete the line, then run `go mod tidy` to rewrite go.sum');
        }
        const hashColon = text.indexOf(':', s2);
        if (text.charCodeAt(s1) !== 118 /* v */ || hashColon <= s2 || hashColon >= e2) {
            throw (0,errors/* fileError */.zS)({ file, line: lineNumber }, `malformed go.sum line: "${text.slice(s0, e0)} ${text.slice(s1, e1)} ${text.slice(s2, e2)}" is not "module vX.Y.Z[/go.mod] h1:…"`, 'fix or delete the line, then run `go mod tidy` to rewrite go.sum');
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
    return (0,hash/* digestParts */.zf)(sortedEntries);
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

;// CONCATENATED MODULE: ./src/core/gomod/vendor.ts

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
    const checkExplicit = compareGoVersions(mod.go ?? '1.16', '1.17') >= 0 || txt.anyExplicit;
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
    if (compareGoVersions(input.mod.go, '1.14') < 0) {
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
    if (compareGoVersions(input.workGo, '1.14') < 0) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/gomod/goenv.ts
/**
 * The one way to ask the go command for its settings: `go env -json` with the
 * variables asked for by name. A bare `go env -json` also computes the cgo
 * flags, which takes ~0.2 s and writes into an empty GOCACHE; named variables
 * cost a few milliseconds. Names an older Go does not know come back empty.
 *
 * Failures come back as a GoEnvFailure (Go missing, or `go env` failed, with
 * its stderr) so each caller words its own message and fix.
 */

class GoEnvFailure extends Error {
    kind;
    stderr;
    output;
    constructor(message, 
    /** `missing`: no go command to run; `failed`: it ran and failed; `invalid`: no JSON object. */
    kind, stderr, 
    /** What it printed (for `invalid`). */
    output = '') {
        super(message);
        this.kind = kind;
        this.stderr = stderr;
        this.output = output;
        this.name = 'GoEnvFailure';
    }
}
const DEFAULT_TIMEOUT_MS = 120_000;
async function readGoEnv(request) {
    const go = request.go ?? 'go';
    const stdout = await new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(go, ['env', '-json', ...request.variables], {
            cwd: request.dir,
            env: request.env,
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
            timeout: request.timeoutMs ?? DEFAULT_TIMEOUT_MS
        }, (error, out, err) => (error ? reject(toFailure(error, err)) : resolve(out)));
    });
    return parseGoEnv(stdout, request.variables);
}
/** The same, synchronously, for callers that are synchronous (SARIF base directories). */
function readGoEnvSync(request) {
    let stdout;
    try {
        stdout = (0,external_node_child_process_.execFileSync)(request.go ?? 'go', ['env', '-json', ...request.variables], {
            cwd: request.dir,
            env: request.env,
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
            timeout: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            stdio: ['ignore', 'pipe', 'pipe']
        });
    }
    catch (error) {
        throw toFailure(error, String(error.stderr ?? ''));
    }
    return parseGoEnv(stdout, request.variables);
}
function parseGoEnv(json, variables) {
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (error) {
        throw new GoEnvFailure(`go env -json: the output is not JSON (${error.message})`, 'invalid', '', json);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new GoEnvFailure('go env -json: expected a JSON object', 'invalid', '', json);
    }
    const object = raw;
    const values = {};
    for (const name of variables) {
        const value = object[name];
        values[name] = typeof value === 'string' ? value : '';
    }
    return { json, values };
}
function toFailure(error, stderr) {
    const failure = error;
    if (failure.code === 'ENOENT')
        return new GoEnvFailure(failure.message, 'missing', '');
    return new GoEnvFailure(failure.message, 'failed', stderr.trim());
}
/**
 * `$CC --version` as the go command would run the compiler: CC's own words
 * first (`ccache gcc` asks gcc, not ccache), stdout or else stderr. Throws when
 * the compiler cannot run.
 */
async function readCcVersion(cc, options) {
    const [compiler, ...args] = cc.trim().split(/\s+/);
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(compiler, [...args, '--version'], {
            cwd: options.dir,
            env: options.env,
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
            timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
        }, (error, stdout, stderr) => (error ? reject(error) : resolve(stdout || stderr)));
    });
}

;// CONCATENATED MODULE: ./src/core/gomod/gowork.ts
/**
 * Which go.work the go command uses, by its own rule (cmd/go/internal/modload
 * FindGoWork and findWorkspaceFile, Go 1.22 to 1.27):
 * - GOWORK=off: none;
 * - GOWORK empty or `auto`: the first go.work in the working directory or a
 *   parent, up to the file-system root, never crossing into GOROOT (the walk
 *   stops when the next parent is GOROOT). It does not stop at a repository root;
 * - anything else must be an absolute path ("go: invalid GOWORK: not an absolute
 *   path"), and the go command fails when that file cannot be read.
 *
 * Pass the value `go env GOWORK` reports when Go is at hand: it also sees a
 * GOWORK set with `go env -w` (the GOENV file), which the process environment
 * does not. `go env GOWORK` reports the file it found (or '' or `off`), and
 * searching again from that answer gives the same file.
 */




/** The absolute go.work path the go command would use from `dir`, or undefined for none. */
function findGoWork(dir, setting = {}) {
    const gowork = setting.gowork?.trim() ?? '';
    if (gowork === 'off')
        return undefined;
    if (gowork === '' || gowork === 'auto')
        return searchGoWork(external_node_path_default().resolve(dir), setting.goroot);
    if (!external_node_path_default().isAbsolute(gowork)) {
        throw new errors/* ConfigurationError */.j1(`GOWORK=${gowork} is not an absolute path`, {
            fix: 'set GOWORK to the absolute path of a go.work file, to off, or unset it (the go command refuses a relative GOWORK too)'
        });
    }
    if (!isFile(gowork)) {
        throw new errors/* ConfigurationError */.j1(`GOWORK names ${gowork}, which does not exist`, {
            fix: 'point GOWORK at an existing go.work, set GOWORK=off, or unset it'
        });
    }
    return gowork;
}
function searchGoWork(start, goroot) {
    const stopAt = goroot ? external_node_path_default().resolve(goroot) : undefined;
    for (let dir = start;;) {
        const candidate = external_node_path_default().join(dir, 'go.work');
        if (isFile(candidate))
            return candidate;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir || parent === stopAt)
            return undefined;
        dir = parent;
    }
}
/** The nearest directory at or above `start` holding a go.mod file (the main module's root). */
function findModuleRoot(start) {
    for (let dir = external_node_path_default().resolve(start);; dir = external_node_path_default().dirname(dir)) {
        if (isFile(external_node_path_default().join(dir, 'go.mod')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
function isFile(file) {
    return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
/**
 * GOWORK and GOROOT as the go command sees them: `go env` (which also reads a
 * GOWORK set with `go env -w`) when a go command runs in `dir`, else the
 * process environment, so callers that need no toolchain still work.
 */
async function readGoWorkSetting(dir, env, onFallback) {
    try {
        const { values } = await readGoEnv({ dir, env, variables: ['GOWORK', 'GOROOT'] });
        return { gowork: values.GOWORK, goroot: values.GOROOT };
    }
    catch (error) {
        if (!(error instanceof GoEnvFailure))
            throw error;
        onFallback?.(error.message);
        return { gowork: env.GOWORK, goroot: env.GOROOT };
    }
}

;// CONCATENATED MODULE: ./src/core/gomod/arch.ts
/** Per GOARCH, the variable that sets its instruction-set level (GOAMD64=v3, GOARM=7, …). */
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
/** Every level variable once, for asking `go env` by name. */
const ARCH_LEVEL_VARIABLES = [
    ...new Set(Object.values(ARCH_LEVEL_VARIABLE))
];

;// CONCATENATED MODULE: ./src/core/gomod/paths.ts
/**
 * Repository-relative paths, `/`-separated on every platform. Two contracts,
 * two names, because callers need both:
 * - `relativeOrDotDot` always answers: `.` for the root itself and `../x` for a
 *   file outside it (cache manifests and messages name every file they read);
 * - `insideRelative` answers only for files inside the root (`''` for the root
 *   itself) and undefined outside it (annotation and SARIF locations, which
 *   GitHub can only place inside the repository).
 */

/** `file` relative to `root`: `.` for the root itself, `../…` when outside it. */
function relativeOrDotDot(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative === '' ? '.' : relative.split((external_node_path_default()).sep).join('/');
}
/** `file` relative to `root` (`''` for the root itself), or undefined when it lies outside. */
function insideRelative(root, file) {
    const relative = external_node_path_default().relative(root, file);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/core/gomod/index.ts
/**
 * Go-workspace knowledge in one place: go.work, go.mod, go.sum and
 * vendor/modules.txt readers, which go.work the go command uses, the
 * GOARCH level variables and repository-relative paths. Pure: no @actions/*
 * imports and no stdout. Other areas import only from this file.
 */









/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ capPerLevel),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
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
 * The runner shows at most 10 workflow-command annotations of each level
 * (error, warning, notice) per step and drops the rest silently
 * (actions/toolkit docs/problem-matchers.md).
 */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Keeps, in order, the first `perLevel` items of each annotation level (0 or
 * less: all of them) and returns the others apart, so that nothing is dropped
 * without being counted or shown elsewhere.
 */
function capPerLevel(items, levelOf, perLevel = ANNOTATIONS_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const kept = [];
    const dropped = [];
    for (const item of items) {
        const level = levelOf(item);
        if (perLevel <= 0 || used[level] < perLevel) {
            used[level]++;
            kept.push(item);
        }
        else
            dropped.push(item);
    }
    return { kept, dropped };
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
