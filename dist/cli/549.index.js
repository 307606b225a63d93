export const id = 549;
export const ids = [549];
export const modules = {

/***/ 9549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFingerprint: () => (/* binding */ runFingerprint),
  shownName: () => (/* binding */ shownName)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/buildinfo/index.ts + 9 modules
var buildinfo = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/fingerprint/hash.ts
/**
 * One streaming pass over a file computing its sha256 and a sha256 of every
 * section's bytes, plus one for the bytes outside any section (headers, gaps).
 */


const OUTSIDE_SECTIONS = '(headers and unsectioned bytes)';
const CHUNK = 4 << 20;
async function hashFile(file, regions = []) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const size = (await handle.stat()).size;
        const whole = (0,external_node_crypto_.createHash)('sha256');
        const live = regions
            .filter(r => r.size > 0 && r.offset < size)
            .map(r => ({ ...r, size: Math.min(r.size, size - r.offset), hash: (0,external_node_crypto_.createHash)('sha256') }))
            .sort((a, b) => a.offset - b.offset);
        const outside = (0,external_node_crypto_.createHash)('sha256');
        let outsideSize = 0;
        const buffer = Buffer.alloc(CHUNK);
        for (let position = 0; position < size;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
            if (bytesRead === 0)
                break;
            const chunk = buffer.subarray(0, bytesRead);
            whole.update(chunk);
            outsideSize += feedRegions(chunk, position, live, outside);
            position += bytesRead;
        }
        const sections = live.map(r => ({
            name: r.name,
            offset: r.offset,
            size: r.size,
            sha256: r.hash.digest('hex')
        }));
        if (regions.length > 0) {
            sections.push({
                name: OUTSIDE_SECTIONS,
                offset: 0,
                size: outsideSize,
                sha256: outside.digest('hex')
            });
        }
        return { sha256: whole.digest('hex'), size, sections };
    }
    finally {
        await handle.close();
    }
}
/** Feeds each region its overlap with the chunk; returns how many bytes no region covered. */
function feedRegions(chunk, start, regions, outside) {
    const end = start + chunk.length;
    const covered = [];
    for (const r of regions) {
        const from = Math.max(start, r.offset);
        const to = Math.min(end, r.offset + r.size);
        if (from >= to)
            continue;
        r.hash.update(chunk.subarray(from - start, to - start));
        covered.push([from, to]);
    }
    let cursor = start;
    let count = 0;
    for (const [from, to] of covered.sort((a, b) => a[0] - b[0])) {
        if (from > cursor) {
            outside.update(chunk.subarray(cursor - start, from - start));
            count += from - cursor;
        }
        cursor = Math.max(cursor, to);
    }
    if (cursor < end) {
        outside.update(chunk.subarray(cursor - start));
        count += end - cursor;
    }
    return count;
}

;// CONCATENATED MODULE: ./src/core/fingerprint/compare.ts
/**
 * Why two builds differ: a per-section digest table, with each difference
 * classified as build-ID/VCS stamping or a real code/data change.
 */


const BUILD_ID_SECTIONS = /(^|,|:)(\.note\.go\.buildid|\.note\.gnu\.build-id)$/;
const BUILDINFO_SECTIONS = /(^|,|:)(\.go\.buildinfo|__go_buildinfo)$/;
const TEXT_SECTIONS = /(^|,|:)(\.text|__text)$/;
/** Go writes "\xff Go build ID: "…"\n \xff" at the start of text on non-ELF targets. */
const TEXT_BUILD_ID_PREFIX = 256;
function meaningOf(name) {
    if (BUILD_ID_SECTIONS.test(name))
        return 'build ID note (changes whenever any other byte changes)';
    if (BUILDINFO_SECTIONS.test(name))
        return 'embedded build info (settings, modules, vcs stamp)';
    if (name === OUTSIDE_SECTIONS)
        return 'file headers, load commands, signatures, padding';
    if (/gopclntab|debug_|zdebug/.test(name))
        return 'line tables / debug info (source paths: missing -trimpath?)';
    if (/rodata|noptrdata|\.data|__data|\.rdata|__const/.test(name)) {
        return 'data (e.g. -ldflags -X strings, embedded files)';
    }
    if (TEXT_SECTIONS.test(name))
        return 'machine code';
    if (/symtab|strtab|typelink|itablink|gosymtab/.test(name))
        return 'symbols and type links';
    return 'other';
}
/** Section digests keyed by name; repeated names get a #n suffix. */
function byName(sections) {
    const map = new Map();
    for (const s of sections) {
        let key = s.name;
        for (let n = 2; map.has(key); n++)
            key = `${s.name}#${n}`;
        map.set(key, s);
    }
    return map;
}
function settingMap(slice) {
    return new Map(slice.settings.map(s => [s.key, s.value]));
}
function buildInfoDifferences(ours, theirs) {
    const out = [];
    const label = ours.fatArch ? `${ours.fatArch}: ` : '';
    if (ours.goVersionRaw !== theirs.goVersionRaw) {
        out.push(`${label}Go version: ${theirs.goVersionRaw} → ${ours.goVersionRaw}`);
    }
    const a = settingMap(theirs);
    const b = settingMap(ours);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(key) !== b.get(key)) {
            out.push(`${label}${key}: ${a.get(key) ?? '(unset)'} → ${b.get(key) ?? '(unset)'}`);
        }
    }
    const mods = (s) => JSON.stringify([s.path, s.main, s.deps]);
    if (mods(ours) === mods(theirs))
        return out;
    const moduleOnly = (s) => JSON.stringify([s.path, { ...s.main, version: undefined }, s.deps]);
    if (moduleOnly(ours) === moduleOnly(theirs) && b.has('vcs') && a.has('vcs')) {
        // Go 1.24+ stamps the main module's version from VCS (pseudo-version, tag, +dirty).
        out.push(`${label}vcs main module version: ${theirs.main?.version ?? '(none)'} → ${ours.main?.version ?? '(none)'}`);
    }
    else
        out.push(`${label}module graph differs`);
    return out;
}
async function readRange(file, offset, size) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, offset);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
const MAX_RUNS = 1000;
/** Byte ranges [start, end) where two equally sized sections differ; undefined past MAX_RUNS. */
async function diffRuns(oursFile, theirsFile, ours, theirs) {
    const runs = [];
    const chunk = 4 << 20;
    for (let at = 0; at < ours.size; at += chunk) {
        const length = Math.min(chunk, ours.size - at);
        const [a, b] = await Promise.all([
            readRange(oursFile, ours.offset + at, length),
            readRange(theirsFile, theirs.offset + at, length)
        ]);
        if (a.equals(b))
            continue;
        for (let i = 0; i < length; i++) {
            if (a[i] === b[i])
                continue;
            const last = runs[runs.length - 1];
            if (last && last[1] === at + i)
                last[1]++;
            else if (runs.push([at + i, at + i + 1]) > MAX_RUNS)
                return undefined;
        }
    }
    return runs;
}
/**
 * True when every differing byte of two equally sized sections lies in the
 * build ID at the start of text (non-ELF targets) or inside a vcs stamp value
 * (runtime.modinfo keeps a copy of the module info in read-only data).
 */
async function onlyStampingDiffers(files, ours, theirs, stamps, isText) {
    if (ours.size !== theirs.size)
        return false;
    const runs = await diffRuns(files.oursFile, files.theirsFile, ours, theirs);
    if (!runs)
        return false;
    const within = async (file, section, values, run) => {
        const margin = 64;
        const from = Math.max(0, run[0] - margin);
        const window = await readRange(file, section.offset + from, run[1] + margin - from);
        return values.some(value => {
            for (let i = window.indexOf(value); i >= 0; i = window.indexOf(value, i + 1)) {
                if (from + i <= run[0] && run[1] <= from + i + Buffer.byteLength(value))
                    return true;
            }
            return false;
        });
    };
    for (const run of runs) {
        if (isText && run[1] <= TEXT_BUILD_ID_PREFIX)
            continue;
        if (await within(files.oursFile, ours, stamps.ours, run))
            continue;
        if (await within(files.theirsFile, theirs, stamps.theirs, run))
            continue;
        return false;
    }
    return true;
}
/** vcs.* values that differ between the two builds, per side. */
function vcsStamps(ours, theirs) {
    const pick = (fp, other) => fp.slices.flatMap((slice, i) => slice.settings
        .filter(s => s.key.startsWith('vcs') &&
        other.slices[i]?.settings.find(o => o.key === s.key)?.value !== s.value)
        .map(s => s.value)
        .concat(slice.main?.version !== other.slices[i]?.main?.version ? [slice.main?.version ?? ''] : [])
        .filter(v => v.length >= 8));
    return { ours: pick(ours, theirs), theirs: pick(theirs, ours) };
}
function stampMeaning(name, stampingOnly) {
    if (!stampingOnly || BUILD_ID_SECTIONS.test(name) || BUILDINFO_SECTIONS.test(name)) {
        return meaningOf(name);
    }
    if (name === OUTSIDE_SECTIONS)
        return meaningOf(name);
    return TEXT_SECTIONS.test(name)
        ? 'build ID at the start of text'
        : 'only the vcs stamp (the runtime.modinfo copy)';
}
async function compareFingerprints(ours, theirs, against, files = {}) {
    if (ours.sha256 === theirs.sha256 && ours.size === theirs.size) {
        return {
            against,
            reproducible: true,
            classification: 'identical',
            sections: [],
            buildInfoDifferences: []
        };
    }
    const infoDiffs = ours.slices.flatMap((slice, i) => theirs.slices[i] ? buildInfoDifferences(slice, theirs.slices[i]) : [`slice ${i} missing`]);
    const vcsOnly = infoDiffs.every(d => /^(\S+: )?vcs(\.\w+| main module version)?:/.test(d));
    const a = byName(ours.sections);
    const b = byName(theirs.sections);
    const sections = [];
    for (const name of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(name);
        const y = b.get(name);
        if (x && y && x.sha256 === y.sha256 && x.size === y.size)
            continue;
        let stampingOnly = false;
        if (x && y) {
            if (BUILD_ID_SECTIONS.test(name) || name === OUTSIDE_SECTIONS)
                stampingOnly = true;
            else if (BUILDINFO_SECTIONS.test(name))
                stampingOnly = vcsOnly;
            else if (files.oursFile && files.theirsFile && (vcsOnly || TEXT_SECTIONS.test(name))) {
                const both = { oursFile: files.oursFile, theirsFile: files.theirsFile };
                const stamps = vcsOnly ? vcsStamps(ours, theirs) : { ours: [], theirs: [] };
                stampingOnly = await onlyStampingDiffers(both, x, y, stamps, TEXT_SECTIONS.test(name));
            }
        }
        sections.push({
            section: name,
            ours: x?.sha256,
            theirs: y?.sha256,
            meaning: stampMeaning(name, stampingOnly),
            stampingOnly
        });
    }
    const classification = sections.length > 0 && sections.every(s => s.stampingOnly)
        ? 'only build ID / vcs stamping'
        : 'code or data differs';
    return { against, reproducible: false, classification, sections, buildInfoDifferences: infoDiffs };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/gomod/index.ts + 7 modules
var gomod = __webpack_require__(1048);
;// CONCATENATED MODULE: ./src/core/fingerprint/analyze.ts
/** Dimensions, canonical build fingerprint and reproducibility warnings for one executable. */


function setting(settings, key) {
    return settings.find(s => s.key === key)?.value;
}
function dimensionsOf(slice) {
    const s = slice.buildInfo.settings;
    const goos = setting(s, 'GOOS');
    const goarch = setting(s, 'GOARCH');
    const fromSettings = goos !== undefined && goarch !== undefined;
    const arch = goarch ?? slice.goarch;
    const levelKey = gomod/* ARCH_LEVEL_VARIABLE */.Zw[arch];
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
    return (0,external_node_crypto_.createHash)('sha256').update(canonical(document)).digest('hex');
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

;// CONCATENATED MODULE: ./src/core/fingerprint/expect.ts
/**
 * `expect` assertions such as `goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23`.
 * Keys: goos, goarch, cgo, go, trimpath, buildmode, experiments, arch-level keys (goamd64=v3 …),
 * and the build settings Go records (vcs.modified=false, -race=true, GOEXPERIMENT=…). An
 * unknown key or a value the key can never have is a usage error, not a silent mismatch.
 */



const PATTERN = /^([A-Za-z0-9_.-]+?)(!=|>=|<=|==|=|>|<)(.*)$/;
const BOOLEAN = /^(true|false)$/;
const GOOS = /^(aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos)$/;
const GOARCH = /^(386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|s390x|wasm|ppc|riscv|sparc64)$/;
/** Build settings Go records only when they are on: absent means false on Go 1.18+. */
const FLAG_SETTINGS = ['-asan', '-cover', '-msan', '-race', '-trimpath'];
/** Values each key may take (case-insensitive); undefined: any non-empty value. */
const KEYS = {
    goos: GOOS,
    goarch: GOARCH,
    cgo: /^[01]$/,
    cgo_enabled: /^[01]$/,
    go: undefined, // checked by goSemver
    trimpath: BOOLEAN,
    buildmode: /^(exe|pie|c-shared|c-archive|shared|plugin|archive|default)$/,
    experiments: /^[a-z0-9,]+$/,
    goamd64: /^v[1-4]$/,
    goarm: /^[567](,(softfloat|hardfloat))?$/,
    goarm64: /^v(8|9)\.\d(,(lse|crypto))*$/,
    go386: /^(sse2|softfloat)$/,
    gomips: /^(hardfloat|softfloat)$/,
    gomips64: /^(hardfloat|softfloat)$/,
    goppc64: /^power(8|9|10)$/,
    goriscv64: /^rva2[023]u64$/,
    gowasm: undefined,
    '-asan': BOOLEAN,
    '-asmflags': undefined,
    '-buildmode': /^(exe|pie|c-shared|c-archive|shared|plugin|archive|default)$/,
    '-compiler': /^(gc|gccgo)$/,
    '-cover': BOOLEAN,
    '-gccgoflags': undefined,
    '-gcflags': undefined,
    '-ldflags': undefined,
    '-msan': BOOLEAN,
    '-pgo': undefined,
    '-race': BOOLEAN,
    '-tags': undefined,
    '-trimpath': BOOLEAN,
    defaultgodebug: undefined,
    cgo_cflags: undefined,
    cgo_cppflags: undefined,
    cgo_cxxflags: undefined,
    cgo_ldflags: undefined,
    goexperiment: undefined,
    gofips140: undefined,
    vcs: /^(git|hg|svn|bzr|fossil)$/,
    'vcs.revision': /^[0-9a-f]+$/,
    'vcs.time': undefined,
    'vcs.modified': BOOLEAN
};
const FIX = 'write assertions like goos=linux goarch=arm64 cgo=0 trimpath=true go>=1.23';
/** Levenshtein distance, to suggest the key that was meant. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
function isKnownKey(key) {
    return key.toLowerCase() in KEYS;
}
/** Tokens split on spaces and on commas, except commas inside a value (experiments=a,b). */
function tokens(text) {
    const out = [];
    for (const word of text.split(/\s+/)) {
        if (word === '' || word.startsWith('#'))
            continue;
        let current;
        for (const part of word.split(',').filter(p => p !== '')) {
            const match = PATTERN.exec(part);
            if (current === undefined || (match && isKnownKey(match[1]))) {
                if (current !== undefined)
                    out.push(current);
                current = part;
            }
            else
                current += `,${part}`;
        }
        if (current !== undefined)
            out.push(current);
    }
    return out;
}
function parseExpect(text) {
    return tokens(text).map(token => {
        const match = PATTERN.exec(token);
        if (!match || match[3] === '') {
            throw new errors/* ConfigurationError */.j1(`expect: cannot parse "${token}"`, { fix: FIX });
        }
        const op = (match[2] === '==' ? '=' : match[2]);
        const key = match[1];
        const lower = key.toLowerCase();
        if (!isKnownKey(key)) {
            const nearest = Object.keys(KEYS)
                .map(known => ({ known, d: distance(lower, known) }))
                .sort((a, b) => a.d - b.d)[0];
            const hint = nearest.d <= 2 ? `did you mean ${nearest.known}? ` : '';
            throw new errors/* ConfigurationError */.j1(`expect: "${token}": unknown key "${key}"`, {
                fix: `${hint}keys: goos goarch cgo go trimpath buildmode experiments, arch levels (goamd64 goarm64 …) or a build setting Go records (-race vcs.modified goexperiment …)`
            });
        }
        if (op !== '=' && op !== '!=' && lower !== 'go') {
            throw new errors/* ConfigurationError */.j1(`expect: "${token}": only go supports ${op}`, {
                fix: 'use = or != for everything except the Go version'
            });
        }
        if (lower === 'go' && !goSemver(match[3])) {
            throw new errors/* ConfigurationError */.j1(`expect: "${token}": "${match[3]}" is not a Go version`, {
                fix: 'write it like go>=1.23 or go=1.23.5'
            });
        }
        const allowed = KEYS[lower];
        if (allowed && !allowed.test(match[3].toLowerCase())) {
            throw new errors/* ConfigurationError */.j1(`expect: "${token}": "${match[3]}" is not a valid ${key}`, {
                fix: `${key} must match ${allowed.source}`
            });
        }
        return { key, op, value: match[3], text: token };
    });
}
/** go1.23 → 1.23.0, go1.21rc2 → 1.21.0-rc2, 1.22.3 → 1.22.3. */
function goSemver(version) {
    const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:rc|beta)\d+)?$/.exec(version.trim());
    if (!m)
        return undefined;
    const base = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
    return m[4] ? `${base}-${m[4]}` : base;
}
/** Pre-1.18 binaries record no build settings: everything but target and version is unknown. */
const UNKNOWN = Symbol('unknown');
function actualValue(slice, key) {
    const d = slice.dimensions;
    const lower = key.toLowerCase();
    if (lower === 'goos')
        return d.goos;
    if (lower === 'goarch')
        return d.goarch;
    if (lower === 'go')
        return d.goVersion;
    const noSettings = slice.settings.length === 0;
    if (lower === 'experiments') {
        if (noSettings && !/ X:/.test(slice.goVersionRaw))
            return UNKNOWN;
        return d.experiments.join(',');
    }
    if (noSettings)
        return UNKNOWN;
    switch (lower) {
        case 'cgo':
        case 'cgo_enabled':
            return d.cgo === 'unknown' ? UNKNOWN : d.cgo;
        case 'trimpath':
            return setting(slice.settings, '-trimpath') ?? 'false';
        case 'buildmode':
            return setting(slice.settings, '-buildmode');
    }
    if (d.archLevel && key.toUpperCase() === d.archLevel.key)
        return d.archLevel.value;
    const recorded = slice.settings.find(s => s.key === key) ??
        slice.settings.find(s => s.key.toLowerCase() === lower);
    if (recorded)
        return recorded.value;
    if (FLAG_SETTINGS.includes(lower))
        return 'false';
    return undefined;
}
function sameValue(key, actual, wanted) {
    if (key.toLowerCase() === 'experiments') {
        const set = (text) => [...new Set(text.toLowerCase().split(',').filter(Boolean))].sort().join(',');
        return set(actual) === set(wanted.toLowerCase() === 'none' ? '' : wanted);
    }
    return actual.toLowerCase() === wanted.toLowerCase();
}
/** Every violated assertion, worded for a person. Unknown values never pass. */
function checkExpectations(slice, assertions) {
    const violations = [];
    for (const a of assertions) {
        const actual = actualValue(slice, a.key);
        if (actual === UNKNOWN) {
            violations.push(`${a.text}: ${a.key} is unknown (no build settings recorded: a pre-Go 1.18 binary)`);
            continue;
        }
        if (a.key.toLowerCase() === 'go') {
            const have = goSemver(slice.dimensions.goVersion);
            const want = goSemver(a.value);
            const ok = have !== undefined &&
                (a.op === '='
                    ? semver_default().eq(have, want) ||
                        (!/\.\d+\.\d+/.test(a.value) && semver_default().satisfies(have, `~${want}`))
                    : semver_default().cmp(have, a.op, want));
            if (!ok)
                violations.push(`${a.text}: Go version is ${slice.dimensions.goVersion || 'unknown'}`);
            continue;
        }
        const matches = actual !== undefined && sameValue(a.key, actual, a.value);
        if (a.op === '=' ? !matches : matches) {
            const shown = actual === undefined ? 'not recorded' : actual === '' ? '(none)' : actual;
            violations.push(`${a.text}: ${a.key} is ${shown}`);
        }
    }
    return violations;
}

;// CONCATENATED MODULE: ./src/core/fingerprint/manifest.ts
/** The manifest (in-toto v1 subjects plus our per-binary fields) and sha256sum checksums. */

const MANIFEST_TYPE = 'https://go-ci-kit.dev/binary-fingerprint/v1';
function buildManifest(binaries) {
    const compared = binaries.filter(b => b.comparison);
    return {
        _type: MANIFEST_TYPE,
        subject: binaries.map(b => ({ name: b.name, digest: { sha256: b.sha256 } })),
        binaries,
        ...(compared.length > 0
            ? { reproducible: compared.every(b => b.comparison?.reproducible) }
            : {}),
        violations: binaries.flatMap(b => b.violations.map(v => `${b.name}: ${v}`))
    };
}
/**
 * `sha256sum` format: "<hex>  <name>\n" per file (two spaces: text mode). A name holding a
 * backslash, newline or carriage return is escaped as GNU sha256sum escapes it (coreutils 9):
 * the line starts with a backslash and those characters become `\\`, `\n` and `\r`, so a name
 * can never break a line or forge another entry, and `sha256sum -c` reads it back.
 */
function formatChecksums(binaries) {
    return binaries
        .map(b => {
        if (!/[\\\n\r]/.test(b.name))
            return `${b.sha256}  ${b.name}\n`;
        const escaped = b.name.replace(/[\\\n\r]/g, c => c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r');
        return `\\${b.sha256}  ${escaped}\n`;
    })
        .join('');
}
function parseManifest(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file}: not JSON: ${error.message}`, {
            fix: 'pass a manifest written by binary-fingerprint, a binary or a directory'
        });
    }
    const manifest = data;
    if (manifest === null || typeof manifest !== 'object' || manifest._type !== MANIFEST_TYPE) {
        throw new errors/* ConfigurationError */.j1(`${file}: /_type: not a binary-fingerprint manifest`, {
            fix: `expected "_type": "${MANIFEST_TYPE}"; write one with the action or \`go-ci-kit fingerprint --json\``
        });
    }
    const problem = manifestProblem(manifest);
    if (problem) {
        throw new errors/* ConfigurationError */.j1(`${file}: ${problem}`, {
            fix: 'regenerate the manifest with this version of binary-fingerprint'
        });
    }
    return manifest;
}
/** The first field compare-to relies on that is missing or mistyped, as "JSON pointer: what". */
function manifestProblem(manifest) {
    if (!Array.isArray(manifest.binaries))
        return '/binaries: missing or not an array';
    for (const [i, b] of manifest.binaries.entries()) {
        const at = `/binaries/${i}`;
        if (b === null || typeof b !== 'object')
            return `${at}: not an object`;
        const entry = b;
        if (typeof entry.name !== 'string')
            return `${at}/name: missing or not a string`;
        if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
            return `${at}/sha256: not a lowercase hex sha256`;
        }
        if (typeof entry.size !== 'number')
            return `${at}/size: missing or not a number`;
        if (!Array.isArray(entry.slices))
            return `${at}/slices: missing or not an array`;
        for (const [j, slice] of entry.slices.entries()) {
            const s = slice;
            if (!s || !Array.isArray(s.settings) || typeof s.goVersionRaw !== 'string') {
                return `${at}/slices/${j}: needs goVersionRaw and settings`;
            }
        }
        if (!Array.isArray(entry.sections))
            return `${at}/sections: missing or not an array`;
        for (const [j, section] of entry.sections.entries()) {
            const s = section;
            if (!s ||
                typeof s.name !== 'string' ||
                typeof s.sha256 !== 'string' ||
                typeof s.size !== 'number' ||
                typeof s.offset !== 'number') {
                return `${at}/sections/${j}: needs name, offset, size and sha256`;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/fingerprint/index.ts
/** Fingerprints of Go binaries: digests, dimensions, checks and comparisons. */










/** Reads build info, then hashes the file and its sections in one pass. */
async function fingerprintFile(file, name = file) {
    const info = await (0,buildinfo/* readBuildInfo */.ro)(file, name);
    const regions = info.slices.flatMap(slice => slice.sections
        .filter(s => s.fileSize > 0)
        .map(s => ({
        name: slice.fatArch ? `${slice.fatArch}:${s.name}` : s.name,
        offset: slice.offset + s.fileOffset,
        size: s.fileSize
    })));
    const digest = await hashFile(file, regions);
    return {
        name: name.split((external_node_path_default()).sep).join('/'),
        sha256: digest.sha256,
        size: digest.size,
        slices: info.slices.map(analyzeSlice),
        sections: digest.sections
    };
}

;// CONCATENATED MODULE: ./src/core/fingerprint/run.ts
/** One fingerprint run over many files, shared by the CLI and the action. */









/**
 * A file name as a log line shows it: JSON-quoted when it holds a control character, so a
 * name with a newline can neither break the line nor start a workflow command.
 */
function shownName(name) {
    const hasControl = [...name].some(ch => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
    return hasControl ? JSON.stringify(name) : name;
}
/** A file that is simply not a Go binary, as opposed to a damaged or packed one. */
function isNonGoFile(error) {
    return (error instanceof buildinfo/* BuildInfoError */.Xg && (error.kind === 'not-go' || error.kind === 'unrecognized'));
}
async function resolveBaseline(target) {
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`compare-to: ${target} does not exist`, {
            fix: 'pass an earlier binary, a directory of binaries, or a manifest JSON'
        });
    }
    if (info.isDirectory())
        return { kind: 'directory', dir: target };
    if ((await firstByte(target)) === '{')
        return {
            kind: 'manifest',
            manifest: parseManifest(await (0,promises_.readFile)(target, 'utf8'), target),
            file: target
        };
    return { kind: 'binary', file: target };
}
/** The first byte of a file, without reading the rest (compare-to may be a large binary). */
async function firstByte(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, 0);
        return buffer.subarray(0, bytesRead).toString('latin1');
    }
    finally {
        await handle.close();
    }
}
async function baselineFor(baseline, entry, onlyFile) {
    if (baseline.kind === 'manifest') {
        const found = baseline.manifest.binaries.find(b => b.name === entry.name) ??
            baseline.manifest.binaries.find(b => external_node_path_default().posix.basename(b.name) === external_node_path_default().basename(entry.file)) ??
            (onlyFile && baseline.manifest.binaries.length === 1
                ? baseline.manifest.binaries[0]
                : undefined);
        return found && { fingerprint: found, label: `${baseline.file}#${found.name}` };
    }
    let file = baseline.kind === 'binary' ? baseline.file : external_node_path_default().join(baseline.dir, entry.name);
    if (baseline.kind === 'directory') {
        const names = await (0,promises_.readdir)(baseline.dir);
        if (!names.includes(external_node_path_default().basename(entry.file)) && !(await exists(file)))
            return undefined;
        if (!(await exists(file)))
            file = external_node_path_default().join(baseline.dir, external_node_path_default().basename(entry.file));
    }
    return { fingerprint: await fingerprintFile(file), file, label: file };
}
async function exists(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function runFingerprint(options) {
    const logger = options.logger ?? report/* silentLogger */.qq;
    const assertions = options.expect ? parseExpect(options.expect) : [];
    const baseline = options.compareTo ? await resolveBaseline(options.compareTo) : undefined;
    const binaries = [];
    const skipped = [];
    for (const entry of options.files) {
        let fingerprint;
        try {
            fingerprint = await fingerprintFile(entry.file, entry.name);
        }
        catch (error) {
            if (!isNonGoFile(error))
                throw error;
            if (options.nonGoFiles === 'fail') {
                throw new errors/* ConfigurationError */.j1(error.message, {
                    fix: 'list only Go binaries, or skip other files (non-go-files: skip, --non-go-files skip)'
                });
            }
            logger.info(`${shownName(entry.name)}: skipped, ${error.goMessage}`);
            skipped.push({ name: entry.name, reason: error.goMessage });
            continue;
        }
        const violations = fingerprint.slices.flatMap(slice => checkExpectations(slice, assertions).map(v => (slice.fatArch ? `${slice.fatArch}: ${v}` : v)));
        const result = { ...fingerprint, violations };
        if (baseline) {
            const other = await baselineFor(baseline, entry, options.files.length === 1);
            if (!other) {
                result.violations.push(`compare-to: no counterpart for ${entry.name} in ${options.compareTo}`);
            }
            else {
                const comparison = await compareFingerprints(fingerprint, other.fingerprint, other.label, {
                    oursFile: entry.file,
                    theirsFile: other.file
                });
                result.comparison = comparison;
                if (!comparison.reproducible) {
                    result.violations.push(`not reproducible: differs from ${other.label} (${comparison.classification})`);
                }
            }
        }
        logger.info(`${shownName(entry.name)}: sha256 ${fingerprint.sha256}`);
        binaries.push(result);
    }
    if (binaries.length === 0 && skipped.length > 0) {
        const names = skipped.map(s => s.name);
        throw new errors/* ConfigurationError */.j1(`none of the ${skipped.length} file(s) is a Go binary: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`, { fix: 'point it at the built Go binaries (e.g. dist/*/app*)' });
    }
    const manifest = buildManifest(binaries);
    if (skipped.length > 0)
        manifest.skipped = skipped;
    return { manifest, checksums: formatChecksums(binaries), skipped };
}


/***/ })

};
