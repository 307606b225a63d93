export const id = 85;
export const ids = [85];
export const modules = {

/***/ 1085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  partPath: () => (/* binding */ partPath),
  sarifCommand: () => (/* binding */ sarifCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github/client.ts
var github_client = __webpack_require__(4332);
;// CONCATENATED MODULE: ./src/core/sarif/diff.ts

/** New-file line numbers of the `+` lines of a unified diff patch. */
function addedLines(patch) {
    const lines = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0)
            continue;
        if (line.startsWith('+'))
            lines.add(next++);
        else if (line.startsWith(' '))
            next++;
        // '-' lines and "\ No newline at end of file" do not advance the new file.
    }
    return lines;
}
async function fetchChangedLines(client, owner, repo, pullNumber) {
    const files = await paginate(client, '/repos/{owner}/{repo}/pulls/{pull_number}/files', {
        pathParams: { owner, repo, pull_number: pullNumber }
    });
    const changed = new Map();
    for (const file of files) {
        if (file.status === 'removed' || typeof file.filename !== 'string')
            continue;
        // Binary or very large diffs come without a patch: treat the whole file as changed.
        changed.set(file.filename, file.patch ? addedLines(file.patch) : new Set([-1]));
    }
    return changed;
}
/** True when any line of [start, end] is added by the PR (or the whole file changed without a patch). */
function touchesChangedLines(changed, file, start, end) {
    if (!changed || file === undefined)
        return false;
    const lines = changed.get(file);
    if (!lines)
        return false;
    if (lines.has(-1))
        return true;
    const first = start ?? 1;
    const last = Math.max(first, end ?? first);
    for (let line = first; line <= last && line < first + 1000; line++)
        if (lines.has(line))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/core/sarif/severity.ts
/**
 * How severe a result is (its level, and its security-severity when the rule
 * is a security rule), tallies by tool and rule, and the `fail-on` gate.
 */

const LEVEL_RANK = { none: 0, note: 1, warning: 2, error: 3 };
/**
 * Producer spellings seen in the wild, mapped onto SARIF levels (golangci-lint
 * before v1.60 passed gosec's `high`/`medium`/`low` straight through).
 */
const LEVEL_ALIASES = {
    error: 'error',
    err: 'error',
    critical: 'error',
    high: 'error',
    fatal: 'error',
    failure: 'error',
    warning: 'warning',
    warn: 'warning',
    medium: 'warning',
    moderate: 'warning',
    note: 'note',
    notice: 'note',
    info: 'note',
    information: 'note',
    informational: 'note',
    low: 'note',
    recommendation: 'note',
    none: 'none'
};
function toLevel(value) {
    if (typeof value !== 'string')
        return undefined;
    return LEVEL_ALIASES[value.trim().toLowerCase()];
}
/** SARIF §3.27.10: the result's level, else the rule's default, else warning; non-`fail` kinds are `none`. */
function effectiveLevel(result, rule) {
    if (result.level !== undefined)
        return result.level;
    if (result.kind !== undefined && result.kind !== 'fail')
        return 'none';
    return rule?.defaultConfiguration?.level ?? 'warning';
}
/** A security-severity score 0.0–10.0 from a string or number, or undefined. */
function parseSecuritySeverity(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string' || !/^\s*\d+(\.\d+)?\s*$/.test(value))
        return undefined;
    return Number(value);
}
function securitySeverity(result, rule) {
    return (parseSecuritySeverity(result.properties?.['security-severity']) ??
        parseSecuritySeverity(rule?.properties?.['security-severity']));
}
/** GitHub's bands: >9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_BANDS = {
    critical: 9.0,
    high: 7.0,
    medium: 4.0,
    low: 0.1
};
/** Suppressed in source or by an accepted external suppression: not counted, not annotated. */
function isSuppressed(result) {
    const suppressions = result.suppressions;
    if (!Array.isArray(suppressions) || suppressions.length === 0)
        return false;
    return suppressions.some(s => s.status === undefined || s.status === 'accepted');
}
/**
 * A sort key, larger = more severe: level first, then security-severity.
 * Used to keep the most severe results when a limit cuts, and to order annotations.
 */
function severityScore(level, security) {
    return LEVEL_RANK[level] * 100 + (security ?? 0) * 5;
}
function emptyLevelCounts() {
    return { error: 0, warning: 0, note: 0, none: 0 };
}
function emptyTally() {
    return { levels: emptyLevelCounts(), suppressed: 0, securityScores: [], rules: new Map() };
}
function countResult(tally, tool, ruleId, level, security, rule) {
    tally.levels[level]++;
    const key = `${tool}\u0000${ruleId}`;
    let entry = tally.rules.get(key);
    if (!entry) {
        entry = {
            tool,
            ruleId,
            name: rule?.name,
            helpUri: rule?.helpUri,
            levels: emptyLevelCounts()
        };
        tally.rules.set(key, entry);
    }
    entry.levels[level]++;
    if (security !== undefined) {
        tally.securityScores.push(security);
        entry.maxSecuritySeverity = Math.max(entry.maxSecuritySeverity ?? 0, security);
    }
}
/** Takes back one `countResult` (a result found to be a duplicate after counting). */
function discountResult(tally, tool, ruleId, level, security) {
    tally.levels[level]--;
    const entry = tally.rules.get(`${tool}\u0000${ruleId}`);
    if (entry)
        entry.levels[level]--;
    if (security !== undefined) {
        const at = tally.securityScores.indexOf(security);
        if (at !== -1)
            tally.securityScores.splice(at, 1);
    }
}
function mergeTally(into, from) {
    for (const level of Object.keys(into.levels))
        into.levels[level] += from.levels[level];
    into.suppressed += from.suppressed;
    for (const score of from.securityScores)
        into.securityScores.push(score);
    for (const [key, entry] of from.rules) {
        const existing = into.rules.get(key);
        if (!existing) {
            into.rules.set(key, { ...entry, levels: { ...entry.levels } });
            continue;
        }
        for (const level of Object.keys(existing.levels))
            existing.levels[level] += entry.levels[level];
        if (entry.maxSecuritySeverity !== undefined)
            existing.maxSecuritySeverity = Math.max(existing.maxSecuritySeverity ?? 0, entry.maxSecuritySeverity);
    }
}
const FAIL_ON_HELP = 'error, warning, note or none (by level), or critical, high, medium, low or a score such as 7.5 (by security-severity)';
function parseFailOn(text) {
    const value = text.trim().toLowerCase();
    if (value === '' || value === 'none' || value === 'never')
        return { kind: 'none' };
    if (value === 'error' || value === 'warning' || value === 'note')
        return { kind: 'level', level: value };
    if (value in SECURITY_BANDS) {
        return {
            kind: 'security',
            minimum: SECURITY_BANDS[value],
            label: `security-severity ${value} or above`
        };
    }
    const score = parseSecuritySeverity(value.replace(/^security-severity\s*>=?\s*/, ''));
    if (score !== undefined && score <= 10) {
        return { kind: 'security', minimum: score, label: `security-severity ≥ ${score}` };
    }
    throw new core_errors/* ConfigurationError */.j1(`fail-on has invalid value "${text}"`, {
        fix: `use ${FAIL_ON_HELP}`
    });
}
/** The gate's verdict: a message when it fails, undefined when it passes. */
function evaluateGate(failOn, tally) {
    if (failOn.kind === 'none')
        return undefined;
    if (failOn.kind === 'level') {
        const threshold = LEVEL_RANK[failOn.level];
        const failing = ['error', 'warning', 'note'].filter(level => LEVEL_RANK[level] >= threshold && tally.levels[level] > 0);
        if (failing.length === 0)
            return undefined;
        const parts = failing.map(level => `${tally.levels[level]} ${level}${plural(tally.levels[level])}`);
        return `SARIF results at fail-on level ${failOn.level} or above: ${parts.join(', ')}`;
    }
    const count = tally.securityScores.filter(score => score >= failOn.minimum).length;
    if (count === 0)
        return undefined;
    return `${count} SARIF result${count === 1 ? '' : 's'} with ${failOn.label}`;
}
function plural(count) {
    return count === 1 ? '' : 's';
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/sarif/uris.ts
/**
 * URI ⇄ path conversions for artifact locations. Code scanning reads
 * `artifactLocation.uri` as a URI reference relative to the repository root,
 * so the normalized form is a POSIX path with reserved characters escaped.
 */


/** `scheme:` at the start, but not a Windows drive letter such as `C:`. */
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]+):/;
function uriScheme(uri) {
    const match = SCHEME.exec(uri);
    return match ? match[1].toLowerCase() : undefined;
}
/** Characters a path segment may hold unescaped in a URI (RFC 3986 pchar), plus `/`. */
const UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g;
/** A repository-relative POSIX path as a URI reference (`a b/c#.go` → `a%20b/c%23.go`). */
function encodeRepoPath(relative) {
    const escaped = relative.replace(UNSAFE, ch => Array.from(Buffer.from(ch, 'utf8'), byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
    // A first segment with a colon would read as a scheme.
    return /^[^/]*:/.test(escaped) ? `./${escaped}` : escaped;
}
/** Percent-decoding that keeps the text as it is when it is not valid escaping. */
function decodeUriPath(uri) {
    if (!uri.includes('%'))
        return uri;
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
/**
 * The repository-relative path a normalized URI stands for, or undefined for
 * absolute `file:` URIs, other schemes and paths that climb out of the root.
 */
function repoPathOfUri(uri) {
    if (uri === '' || uriScheme(uri) !== undefined)
        return undefined;
    const decoded = decodeUriPath(uri).replace(/\\/g, '/');
    if (decoded.startsWith('/'))
        return undefined;
    const normalized = external_node_path_default().posix.normalize(decoded);
    if (normalized === '..' || normalized.startsWith('../'))
        return undefined;
    return normalized === '.' ? undefined : normalized;
}
/** An absolute path from a `file:` URI, or undefined when it is not one. */
function filePathOfUri(uri) {
    if (uriScheme(uri) !== 'file')
        return undefined;
    try {
        return (0,external_node_url_.fileURLToPath)(uri);
    }
    catch {
        // `file://relative/path` and other malformed forms: take what follows the scheme.
        const rest = uri.replace(/^file:(\/\/)?/i, '');
        return rest.startsWith('/') ? decodeUriPath(rest) : undefined;
    }
}
function fileUri(absolute) {
    return (0,external_node_url_.pathToFileURL)(absolute).href;
}
/** `child` relative to `root` in POSIX form, or undefined when it is outside. */
function relativeInside(root, child) {
    const relative = external_node_path_default().relative(root, child);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/core/sarif/annotations.ts



/** Unsuppressed findings of the runs (uploaded and unlocated), most important first. */
function collectFindings(runs, changed) {
    const findings = [];
    for (const normalized of runs) {
        const rules = new Map();
        for (const rule of normalized.run.tool.driver.rules ?? [])
            rules.set(rule.id, rule);
        for (const extension of normalized.run.tool.extensions ?? [])
            for (const rule of extension.rules ?? [])
                if (!rules.has(rule.id))
                    rules.set(rule.id, rule);
        for (const result of [...normalized.run.results, ...normalized.unlocated]) {
            if (isSuppressed(result))
                continue;
            findings.push(toFinding(normalized.tool, result, rules.get(result.ruleId ?? ''), changed));
        }
    }
    return findings.sort(compareFindings);
}
function toFinding(tool, result, rule, changed) {
    const level = effectiveLevel(result, rule);
    const security = securitySeverity(result, rule);
    const physical = result.locations?.[0]?.physicalLocation;
    const uri = physical?.artifactLocation?.uri;
    const file = typeof uri === 'string' ? repoPathOfUri(uri) : undefined;
    const region = file === undefined ? undefined : physical?.region;
    const startLine = region?.startLine;
    const endLine = region?.endLine ?? startLine;
    return {
        tool,
        ruleId: result.ruleId ?? 'unspecified',
        ruleName: rule?.name,
        helpUri: rule?.helpUri,
        level,
        securitySeverity: security,
        score: severityScore(level, security),
        message: plainMessage(result.message?.text ?? ''),
        file,
        startLine,
        endLine,
        startColumn: region?.startColumn,
        endColumn: region?.endColumn,
        onChangedLine: touchesChangedLines(changed, file, startLine, endLine)
    };
}
/** staticcheck appends related information as `[text](1)` links into relatedLocations. */
function plainMessage(text) {
    return text.replace(/\[([^\]]*)\]\(\d+\)/g, '$1').trim();
}
function compareFindings(a, b) {
    return (Number(b.onChangedLine) - Number(a.onChangedLine) ||
        b.score - a.score ||
        (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') ||
        (a.startLine ?? 0) - (b.startLine ?? 0));
}
function annotationLevel(level) {
    return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice';
}
function findingTitle(finding) {
    const name = finding.ruleName && finding.ruleName !== finding.ruleId ? ` ${finding.ruleName}` : '';
    const severity = finding.securitySeverity !== undefined
        ? ` (security-severity ${finding.securitySeverity.toFixed(1)})`
        : '';
    return `${finding.tool} ${finding.ruleId}${name}${severity}`.slice(0, 255);
}
function toAnnotation(finding) {
    const annotation = {
        level: annotationLevel(finding.level),
        title: findingTitle(finding),
        message: finding.message || finding.ruleId
    };
    if (finding.file !== undefined) {
        annotation.file = finding.file;
        if (finding.startLine !== undefined) {
            annotation.startLine = finding.startLine;
            annotation.endLine = finding.endLine ?? finding.startLine;
            if (annotation.endLine === annotation.startLine && finding.startColumn !== undefined) {
                annotation.startColumn = finding.startColumn;
                if (finding.endColumn !== undefined && finding.endColumn > finding.startColumn)
                    annotation.endColumn = finding.endColumn;
            }
        }
    }
    return annotation;
}
/** The runner shows 10 annotations per level per step (actions/toolkit docs/problem-matchers.md). */
const COMMANDS_PER_LEVEL = 10;
/**
 * Splits ranked findings into those emitted as workflow commands (at most
 * `perLevel` of each annotation level, so none is silently dropped) and the rest.
 */
function selectForCommands(findings, perLevel = COMMANDS_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    const rest = [];
    for (const finding of findings) {
        const level = annotationLevel(finding.level);
        if (perLevel <= 0 || used[level] < perLevel) {
            used[level]++;
            shown.push(finding);
        }
        else
            rest.push(finding);
    }
    return { shown, rest };
}
const MAX_MESSAGE_BYTES = (/* unused pure expression or super */ null && (60 * 1024));
function toCheckAnnotation(finding) {
    if (finding.file === undefined)
        return undefined;
    const start = finding.startLine ?? 1;
    const end = Math.max(start, finding.endLine ?? start);
    const annotation = {
        path: finding.file,
        start_line: start,
        end_line: end,
        annotation_level: finding.level === 'error' ? 'failure' : finding.level === 'warning' ? 'warning' : 'notice',
        message: truncateBytes(finding.message || finding.ruleId, MAX_MESSAGE_BYTES),
        title: findingTitle(finding)
    };
    if (start === end && finding.startColumn !== undefined) {
        annotation.start_column = finding.startColumn;
        annotation.end_column = Math.max(finding.startColumn, finding.endColumn ?? finding.startColumn);
    }
    return annotation;
}
function truncateBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    let cut = text.slice(0, max);
    while (Buffer.byteLength(cut) > max - 3)
        cut = cut.slice(0, -64);
    return `${cut}…`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::error file=a.go,line=3,title=…::message`, escaped as actions/toolkit's command.ts does. */
function formatWorkflowCommand(annotation) {
    const properties = [
        ['file', annotation.file],
        ['line', annotation.startLine],
        ['endLine', annotation.endLine],
        ['col', annotation.startColumn],
        ['endColumn', annotation.endColumn],
        ['title', annotation.title]
    ];
    const list = properties
        .filter((entry) => entry[1] !== undefined)
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${annotation.level}${list ? ` ${list}` : ''}::${escapeData(annotation.message)}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/github/errors.ts
var errors = __webpack_require__(7872);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/sarif/types.ts
const LEVELS = (/* unused pure expression or super */ null && (['none', 'note', 'warning', 'error']));
const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/sarif/limits.ts


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
function describeCut(cut) {
    const affected = cut.affected !== undefined ? ` in ${cut.affected} item${cut.affected === 1 ? '' : 's'}` : '';
    return `${cut.where}: ${cut.removed} ${cut.what} removed${affected} (limit ${cut.limit})`;
}
function runLabel(run) {
    return run.category ? `${run.tool} (category ${run.category})` : run.tool;
}
function applyLimits(run, limits) {
    const cuts = [];
    const where = runLabel(run);
    const driver = run.run.tool.driver;
    const rules = new Map();
    for (const rule of driver.rules ?? [])
        rules.set(rule.id, rule);
    for (const extension of run.run.tool.extensions ?? [])
        for (const rule of extension.rules ?? [])
            if (!rules.has(rule.id))
                rules.set(rule.id, rule);
    const results = run.run.results;
    if (results.length > limits.maxResultsPerRun) {
        run.run.results = mostSevere(results, limits.maxResultsPerRun, rules);
        cuts.push({
            what: 'least severe results',
            where,
            limit: limits.maxResultsPerRun,
            removed: results.length - limits.maxResultsPerRun
        });
    }
    let locationsRemoved = 0;
    let locationsAffected = 0;
    let flowsRemoved = 0;
    let flowsAffected = 0;
    let resultTagsRemoved = 0;
    for (const result of run.run.results) {
        const locations = result.locations ?? [];
        if (locations.length > limits.maxLocationsPerResult) {
            locationsRemoved += locations.length - limits.maxLocationsPerResult;
            locationsAffected++;
            result.locations = locations.slice(0, limits.maxLocationsPerResult);
        }
        const removed = capThreadFlows(result, limits.maxThreadFlowLocationsPerResult);
        if (removed > 0) {
            flowsRemoved += removed;
            flowsAffected++;
        }
        resultTagsRemoved += capTags(result.properties, limits.maxTagsPerRule);
    }
    if (locationsRemoved > 0)
        cuts.push({
            what: 'locations',
            where,
            limit: limits.maxLocationsPerResult,
            removed: locationsRemoved,
            affected: locationsAffected
        });
    if (flowsRemoved > 0)
        cuts.push({
            what: 'thread-flow locations',
            where,
            limit: limits.maxThreadFlowLocationsPerResult,
            removed: flowsRemoved,
            affected: flowsAffected
        });
    if ((driver.rules?.length ?? 0) > limits.maxRulesPerRun) {
        const used = new Set(run.run.results.map(result => result.ruleId));
        const all = driver.rules ?? [];
        const kept = [
            ...all.filter(rule => used.has(rule.id)),
            ...all.filter(rule => !used.has(rule.id))
        ].slice(0, limits.maxRulesPerRun);
        cuts.push({
            what: 'unused rules',
            where,
            limit: limits.maxRulesPerRun,
            removed: all.length - kept.length
        });
        driver.rules = kept;
    }
    const extensions = run.run.tool.extensions;
    if (extensions && extensions.length > limits.maxExtensionsPerRun) {
        cuts.push({
            what: 'tool extensions',
            where,
            limit: limits.maxExtensionsPerRun,
            removed: extensions.length - limits.maxExtensionsPerRun
        });
        run.run.tool.extensions = extensions.slice(0, limits.maxExtensionsPerRun);
    }
    let tagsRemoved = resultTagsRemoved;
    let textsShortened = 0;
    for (const component of [driver, ...(run.run.tool.extensions ?? [])]) {
        for (const rule of component.rules ?? []) {
            tagsRemoved += capTags(rule.properties, limits.maxTagsPerRule);
            textsShortened += shortenRuleTexts(rule, limits);
        }
    }
    if (tagsRemoved > 0)
        cuts.push({ what: 'tags', where, limit: limits.maxTagsPerRule, removed: tagsRemoved });
    if (textsShortened > 0)
        cuts.push({
            what: `characters of rule names (max ${limits.maxRuleNameLength}) and descriptions`,
            where,
            limit: limits.maxDescriptionLength,
            removed: textsShortened
        });
    return cuts;
}
/** Result indices, most severe first (suppressed last), ties in file order. */
function severityRanking(results, rules) {
    const scores = results.map(result => {
        if (isSuppressed(result))
            return -1;
        const rule = result.ruleId === undefined ? undefined : rules.get(result.ruleId);
        return severityScore(effectiveLevel(result, rule), securitySeverity(result, rule));
    });
    const order = results.map((_, index) => index);
    return order.sort((a, b) => scores[b] - scores[a] || a - b);
}
/** The `count` most severe results, in their original order. */
function mostSevere(results, count, rules) {
    return severityRanking(results, rules)
        .slice(0, count)
        .sort((a, b) => a - b)
        .map(index => results[index]);
}
/** Keeps the first `max` thread-flow locations of a result, dropping flows left empty. */
function capThreadFlows(result, max) {
    if (!Array.isArray(result.codeFlows))
        return 0;
    let budget = max;
    let removed = 0;
    for (const codeFlow of result.codeFlows) {
        for (const threadFlow of codeFlow.threadFlows ?? []) {
            const locations = threadFlow.locations ?? [];
            if (locations.length > budget) {
                removed += locations.length - budget;
                threadFlow.locations = locations.slice(0, budget);
            }
            budget -= threadFlow.locations.length;
        }
        codeFlow.threadFlows = (codeFlow.threadFlows ?? []).filter(flow => flow.locations.length > 0);
    }
    if (removed > 0)
        result.codeFlows = result.codeFlows.filter(flow => flow.threadFlows.length > 0);
    return removed;
}
function capTags(properties, max) {
    if (!isRecord(properties) || !Array.isArray(properties.tags) || properties.tags.length <= max)
        return 0;
    const removed = properties.tags.length - max;
    properties.tags = properties.tags.slice(0, max);
    return removed;
}
function shortenRuleTexts(rule, limits) {
    let removed = 0;
    const shorten = (text, max) => {
        if (text.length <= max)
            return text;
        removed += text.length - max;
        return `${text.slice(0, max - 1)}…`;
    };
    if (typeof rule.name === 'string')
        rule.name = shorten(rule.name, limits.maxRuleNameLength);
    for (const key of ['shortDescription', 'fullDescription']) {
        const description = rule[key];
        if (isRecord(description) && typeof description.text === 'string')
            description.text = shorten(description.text, limits.maxDescriptionLength);
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/core/sarif/paths.ts
/**
 * Turning a SARIF artifact location into a path relative to the repository
 * root. GitHub ignores `uriBaseId`, so everything has to be resolved here:
 *
 * - `uriBaseId` through the run's `originalUriBaseIds`, or the known ones:
 *   `%SRCROOT%` (staticcheck and govulncheck leave it undefined; it is the
 *   tool's working directory), `%GOROOT%` and `%GOMODCACHE%` (from the
 *   environment; outside the repository);
 * - `file://` and plain absolute paths inside the checkout; absolute paths
 *   under a working directory that is not on this machine (SARIF made in a
 *   container) are re-rooted;
 * - relative paths whose base is unknown (golangci-lint v2 writes them
 *   relative to its config file; a tool run in a module subdirectory writes
 *   them relative to that module) by looking for the file: first in the base
 *   that explains most of the run's paths, then the checkout, the SARIF
 *   file's directory and its parents, and every Go module directory.
 */



/** Cached existence checks: the same few files are asked about thousands of times. */
class FileLookup {
    files = new Map();
    dirs = new Map();
    uris = new Map();
    /**
     * The URI of a repository path, one string per path: encoded once, and results
     * pointing at the same file share it, so later lookups by URI (fingerprinting
     * groups 100,000s of results by file) compare identical strings.
     */
    repoUri(repoPath) {
        let uri = this.uris.get(repoPath);
        if (uri === undefined) {
            uri = encodeRepoPath(repoPath);
            this.uris.set(repoPath, uri);
        }
        return uri;
    }
    isFile(file) {
        let known = this.files.get(file);
        if (known === undefined) {
            known = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
            this.files.set(file, known);
        }
        return known;
    }
    isDirectory(dir) {
        let known = this.dirs.get(dir);
        if (known === undefined) {
            known = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
            this.dirs.set(dir, known);
        }
        return known;
    }
}
const SOURCE_ROOT_IDS = new Set(['SRCROOT', 'SRC_ROOT', 'SOURCEROOT', 'PROJECTROOT', 'REPOROOT']);
/** `%SRCROOT%` → `SRCROOT`. */
function baseIdName(id) {
    return id.replace(/^%+|%+$/g, '').toUpperCase();
}
class RunPathResolver {
    lookup;
    options;
    run;
    sarifFile;
    bases = new Map();
    workingDirectory;
    candidates;
    constructor(lookup, options, run, 
    /** Absolute path of the SARIF file the run came from. */
    sarifFile) {
        this.lookup = lookup;
        this.options = options;
        this.run = run;
        this.sarifFile = sarifFile;
        const uri = run.invocations?.[0]?.workingDirectory?.uri;
        const dir = typeof uri === 'string' ? filePathOfUri(uri) : undefined;
        this.workingDirectory = dir === undefined ? undefined : { dir, local: lookup.isDirectory(dir) };
    }
    /** Picks the search order from the run's paths; call before any location is rewritten. */
    prepare() {
        if (this.candidates === undefined)
            this.inferCandidates();
    }
    resolve(location) {
        const uri = location.uri;
        if (typeof uri !== 'string' || uri.trim() === '')
            return { kind: 'empty' };
        const scheme = uriScheme(uri);
        if (scheme === 'file') {
            const absolute = filePathOfUri(uri);
            return absolute === undefined ? { kind: 'other', uri } : this.fromAbsolute(absolute);
        }
        if (scheme !== undefined)
            return { kind: 'other', uri };
        const relative = decodeUriPath(uri).replace(/\\/g, '/');
        if (external_node_path_default().isAbsolute(relative) || /^[a-zA-Z]:\//.test(relative))
            return this.fromAbsolute(relative);
        const baseId = location.uriBaseId;
        if (baseId === undefined)
            return this.search(relative);
        const base = this.base(baseId);
        if (base === undefined) {
            if (SOURCE_ROOT_IDS.has(baseIdName(baseId)))
                return this.search(relative);
            return { kind: 'unresolved', uri, baseId };
        }
        if (!base.local)
            return this.search(relative);
        return this.fromAbsolute(external_node_path_default().resolve(base.dir, relative));
    }
    fromAbsolute(absolute) {
        const inside = relativeInside(this.options.checkoutDir, absolute);
        if (inside !== undefined && inside !== '') {
            return { kind: 'repo', path: inside, exists: this.lookup.isFile(absolute) };
        }
        // Made elsewhere (a container's /github/workspace, another runner's path):
        // re-root what sits under the tool's working directory or a foreign base.
        for (const base of [this.workingDirectory, ...this.bases.values()]) {
            if (!base || base.local)
                continue;
            const underBase = relativeInside(base.dir, absolute);
            if (underBase) {
                const found = this.search(underBase);
                if (found.kind === 'repo' && found.exists)
                    return found;
            }
        }
        return { kind: 'outside', absolute };
    }
    /** The directory a uriBaseId stands for, or undefined when nobody defined it. */
    base(id, seen = new Set()) {
        if (this.bases.has(id))
            return this.bases.get(id);
        let base;
        const defined = this.run.originalUriBaseIds?.[id];
        if (defined && typeof defined.uri === 'string' && !seen.has(id)) {
            seen.add(id);
            const uri = defined.uri;
            const absolute = filePathOfUri(uri);
            if (absolute !== undefined)
                base = { dir: absolute, local: this.lookup.isDirectory(absolute) };
            else if (uriScheme(uri) === undefined) {
                const relative = decodeUriPath(uri);
                const parent = defined.uriBaseId !== undefined
                    ? this.base(defined.uriBaseId, seen)
                    : external_node_path_default().isAbsolute(relative)
                        ? { dir: '/', local: true }
                        : { dir: this.options.checkoutDir, local: true };
                if (parent) {
                    const dir = external_node_path_default().resolve(parent.dir, relative);
                    base = { dir, local: parent.local && this.lookup.isDirectory(dir) };
                }
            }
        }
        else {
            const name = baseIdName(id);
            if (SOURCE_ROOT_IDS.has(name))
                base = this.workingDirectory;
            else {
                const known = this.options.baseDirs[name];
                if (known)
                    base = { dir: known, local: true };
            }
        }
        this.bases.set(id, base);
        return base;
    }
    /** A relative path with an unknown base: the first candidate directory that has the file. */
    search(relative) {
        const candidates = this.candidates ?? this.inferCandidates();
        for (const dir of candidates) {
            const absolute = external_node_path_default().resolve(dir, relative);
            if (this.lookup.isFile(absolute))
                return this.fromAbsoluteFound(absolute);
        }
        const absolute = external_node_path_default().resolve(candidates[0], relative);
        const inside = relativeInside(this.options.checkoutDir, absolute);
        if (inside === undefined || inside === '')
            return { kind: 'outside', absolute };
        return { kind: 'repo', path: inside, exists: false };
    }
    fromAbsoluteFound(absolute) {
        const inside = relativeInside(this.options.checkoutDir, absolute);
        return inside === undefined || inside === ''
            ? { kind: 'outside', absolute }
            : { kind: 'repo', path: inside, exists: true };
    }
    /**
     * Orders the directories a relative path may be relative to. The one that
     * explains most of the run's primary locations goes first, so a run made in
     * a module directory resolves `main.go` to that module even when another
     * module has a `main.go` too.
     */
    inferCandidates() {
        const checkout = this.options.checkoutDir;
        const ordered = [];
        const add = (dir) => {
            if (dir === undefined || ordered.includes(dir))
                return;
            if (relativeInside(checkout, dir) === undefined)
                return;
            ordered.push(dir);
        };
        if (this.workingDirectory?.local)
            add(this.workingDirectory.dir);
        // The SARIF file's directory and its parents (nearest first): a tool usually
        // writes its report where it ran, so on a tie that directory wins.
        for (let dir = external_node_path_default().dirname(this.sarifFile); relativeInside(checkout, dir) !== undefined;) {
            add(dir);
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
        add(checkout);
        for (const dir of this.options.moduleDirs)
            add(dir);
        // golangci-lint v2 writes paths relative to its config file's directory.
        for (const dir of this.options.configDirs ?? [])
            add(dir);
        // A working directory from another machine (/github/workspace/moda in a
        // container) still names the module: directories it ends with come first.
        const foreign = this.workingDirectory && !this.workingDirectory.local ? this.workingDirectory.dir : undefined;
        if (foreign) {
            const suffix = (dir) => relativeInside(checkout, dir) ?? '';
            const matching = ordered
                .filter(dir => suffix(dir) !== '' && foreign.replace(/\\/g, '/').endsWith(`/${suffix(dir)}`))
                .sort((a, b) => suffix(b).length - suffix(a).length);
            for (const dir of matching.reverse())
                ordered.unshift(...ordered.splice(ordered.indexOf(dir), 1));
        }
        const samples = this.sampleRelativePaths(200);
        let best = 0;
        let bestScore = 0;
        ordered.forEach((dir, index) => {
            let score = 0;
            for (const relative of samples)
                if (this.lookup.isFile(external_node_path_default().resolve(dir, relative)))
                    score++;
            if (score > bestScore) {
                best = index;
                bestScore = score;
            }
        });
        if (best > 0)
            ordered.unshift(...ordered.splice(best, 1));
        this.candidates = ordered;
        return ordered;
    }
    /** Relative paths of the run's locations (primary ones first), before any is rewritten. */
    sampleRelativePaths(limit) {
        const samples = new Set();
        const consider = (artifact) => {
            const uri = artifact?.uri;
            if (typeof uri !== 'string' || uri === '' || uriScheme(uri) !== undefined)
                return;
            if (artifact?.uriBaseId !== undefined && !SOURCE_ROOT_IDS.has(baseIdName(artifact.uriBaseId)))
                return;
            const relative = decodeUriPath(uri).replace(/\\/g, '/');
            if (!external_node_path_default().isAbsolute(relative))
                samples.add(relative);
        };
        const results = this.run.results ?? [];
        for (const result of results) {
            consider(result?.locations?.[0]?.physicalLocation?.artifactLocation);
            if (samples.size >= limit)
                return [...samples];
        }
        // govulncheck's primary location is always go.mod: its stack frames tell modules apart.
        for (const result of results) {
            for (const stack of result?.stacks ?? [])
                for (const frame of stack?.frames ?? [])
                    consider(frame?.location?.physicalLocation?.artifactLocation);
            for (const flow of result?.codeFlows ?? [])
                for (const thread of flow?.threadFlows ?? [])
                    for (const step of thread?.locations ?? [])
                        consider(step?.location?.physicalLocation?.artifactLocation);
            if (samples.size >= limit)
                break;
        }
        return [...samples];
    }
}

;// CONCATENATED MODULE: ./src/core/sarif/normalize.ts
/**
 * Repairs what Go producers get wrong so code scanning takes the file and puts
 * alerts where they belong (reference: docs sarif.md §5):
 *
 * - every URI relative to the repository root, `uriBaseId` gone (paths.ts);
 * - `artifactLocation.index` materialized into a URI, or dropped when it points
 *   nowhere (golangci-lint writes `index: 0` without any `artifacts`);
 * - `rules` built for results that name a rule nobody described
 *   (golangci-lint has none), and every rule given the descriptions and help
 *   GitHub requires (staticcheck has no fullDescription);
 * - duplicate tags (govulncheck aliases) and stacks removed;
 * - 0 lines and columns raised to 1 (staticcheck position-less diagnostics);
 * - null arrays removed, null `results` made `[]` (govulncheck < 1.1.4);
 * - level spellings such as `high` mapped onto SARIF levels;
 * - results without any usable location (gosec's empty URIs, govulncheck's
 *   binary mode) set aside: GitHub would reject the whole file for them.
 */





function emptyNotes() {
    return {
        outside: new Map(),
        otherSchemes: new Map(),
        unresolvedBases: new Map(),
        emptyUris: 0,
        danglingIndexes: 0,
        droppedLocations: 0,
        unlocatedResults: 0,
        rulesBuilt: new Map(),
        duplicateTags: 0,
        duplicateStacks: 0,
        clampedRegions: 0,
        levelsMapped: new Map(),
        messagesFilled: 0,
        missingFiles: new Map()
    };
}
function bump(map, key, by = 1) {
    map.set(key, (map.get(key) ?? 0) + by);
}
/** `a/b/run-1` → `a/b`; `a/b/` → `a/b`; `run-1` → `` (docs: runAutomationDetails). */
function categoryOf(id) {
    if (!id)
        return '';
    const slash = id.lastIndexOf('/');
    return slash === -1 ? '' : id.slice(0, slash);
}
function withTrailingSlash(category) {
    return category.endsWith('/') ? category : `${category}/`;
}
function normalizeSource(source, absoluteFile, options, notes) {
    return source.log.runs.map((run, index) => {
        const normalized = normalizeRun(run, absoluteFile, source.file, options, notes);
        const dropped = source.droppedTallies?.[index];
        if (dropped)
            mergeTally(normalized.tally, retagTally(dropped, normalized.tool));
        return normalized;
    });
}
/** The streaming reader tallies before it knows the tool's name. */
function retagTally(tally, tool) {
    const rules = new Map();
    for (const entry of tally.rules.values())
        rules.set(`${tool}\u0000${entry.ruleId}`, { ...entry, tool });
    return { ...tally, rules };
}
function normalizeRun(run, absoluteFile, display, options, notes) {
    stripNulls(run);
    if (!Array.isArray(run.results))
        run.results = [];
    const driver = run.tool.driver;
    if (!Array.isArray(driver.rules))
        driver.rules = [];
    const tool = driver.name;
    const resolver = new RunPathResolver(options.lookup, options, run, absoluteFile);
    resolver.prepare();
    const artifactUris = [];
    for (const artifact of run.artifacts ?? []) {
        const location = isRecord(artifact) ? artifact.location : undefined;
        if (isRecord(location) &&
            resolveArtifactLocation(location, resolver, notes, undefined, options)) {
            artifactUris.push(location.uri);
        }
        else
            artifactUris.push(undefined);
    }
    const rules = new Map();
    const uniqueRules = [];
    for (const rule of driver.rules) {
        if (!isRecord(rule) || typeof rule.id !== 'string' || rules.has(rule.id))
            continue;
        normalizeRule(rule, tool, notes);
        rules.set(rule.id, rule);
        uniqueRules.push(rule);
    }
    driver.rules = uniqueRules;
    const extensionRules = new Map();
    for (const extension of run.tool.extensions ?? []) {
        for (const rule of extension.rules ?? []) {
            if (!isRecord(rule) || typeof rule.id !== 'string')
                continue;
            normalizeRule(rule, extension.name, notes);
            if (!extensionRules.has(rule.id))
                extensionRules.set(rule.id, rule);
        }
    }
    const tally = emptyTally();
    const located = [];
    const unlocated = [];
    const walker = new LocationWalker(resolver, notes, artifactUris, options);
    for (const result of run.results) {
        if (!isRecord(result))
            continue;
        // Exact duplicates (govulncheck repeats stacks) go before their locations are resolved and counted.
        if (Array.isArray(result.stacks))
            result.stacks = unique(result.stacks, notes);
        if (Array.isArray(result.codeFlows))
            result.codeFlows = unique(result.codeFlows, notes);
        walker.walk(result);
        normalizeLevel(result, notes);
        const ruleId = ruleIdOf(result, driver);
        result.ruleId = ruleId;
        // Assigned, not deleted: `delete` would put every result object in V8's slow
        // dictionary mode; JSON serialization leaves undefined members out anyway.
        result.ruleIndex = undefined;
        let rule = rules.get(ruleId) ?? extensionRules.get(ruleId);
        if (!rule) {
            rule = buildRule(ruleId, tool);
            rules.set(ruleId, rule);
            driver.rules.push(rule);
            bump(notes.rulesBuilt, tool);
        }
        fillMessage(result, rule, driver, notes);
        dedupeTags(result.properties, notes);
        normalizeSecuritySeverity(result.properties);
        result.locations = usableLocations(result.locations, notes);
        if (Array.isArray(result.relatedLocations))
            result.relatedLocations = usableLocations(result.relatedLocations, notes);
        if (isSuppressed(result))
            tally.suppressed++;
        else
            countResult(tally, tool, ruleId, effectiveLevel(result, rule), securitySeverity(result, rule), rule);
        if (result.locations.length === 0) {
            unlocated.push(result);
            notes.unlocatedResults++;
        }
        else
            located.push(result);
    }
    run.results = located;
    delete run.originalUriBaseIds;
    if (options.category && !run.automationDetails?.id) {
        run.automationDetails = { ...run.automationDetails, id: withTrailingSlash(options.category) };
    }
    return {
        run,
        sources: [display],
        tool,
        category: categoryOf(run.automationDetails?.id),
        unlocated,
        tally
    };
}
/** Deletes null-valued members and null array elements, except inside property bags. */
function stripNulls(value) {
    if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
            if (value[i] === null)
                value.splice(i, 1);
            else
                stripNulls(value[i]);
        }
        return;
    }
    if (!isRecord(value))
        return;
    for (const key of Object.keys(value)) {
        const member = value[key];
        if (member === null) {
            if (key !== 'results')
                delete value[key];
            continue;
        }
        if (key === 'properties' && isRecord(member)) {
            if (member.tags === null)
                delete member.tags;
            continue;
        }
        // Results are walked one at a time later; skip the big arrays here.
        if (key === 'results')
            continue;
        stripNulls(member);
    }
}
/**
 * One pass over a result: nulls removed, regions clamped, every physical
 * location's artifact resolved to a repository path (or the location dropped).
 */
class LocationWalker {
    resolver;
    notes;
    artifactUris;
    options;
    constructor(resolver, notes, artifactUris, options) {
        this.resolver = resolver;
        this.notes = notes;
        this.artifactUris = artifactUris;
        this.options = options;
    }
    walk(node) {
        for (const key of Object.keys(node)) {
            const value = node[key];
            if (value === null) {
                delete node[key];
                continue;
            }
            if (typeof value !== 'object')
                continue;
            if (key === 'properties') {
                if (isRecord(value) && value.tags === null)
                    delete value.tags;
                continue;
            }
            if (Array.isArray(value)) {
                const items = value.includes(null)
                    ? (node[key] = value.filter(item => item !== null))
                    : value;
                for (const item of items)
                    if (isRecord(item))
                        this.walk(item);
                continue;
            }
            if (key === 'region' || key === 'contextRegion') {
                clampRegion(value, this.notes);
                continue;
            }
            if (key === 'physicalLocation') {
                // Not walked generically: its artifactLocation must be resolved exactly once.
                const physical = value;
                for (const member of Object.keys(physical))
                    if (physical[member] === null)
                        delete physical[member];
                if (isRecord(physical.region))
                    clampRegion(physical.region, this.notes);
                if (isRecord(physical.contextRegion))
                    clampRegion(physical.contextRegion, this.notes);
                if (!this.placePhysical(node, physical))
                    delete node.physicalLocation;
                continue;
            }
            if (key === 'artifactLocation') {
                resolveArtifactLocation(value, this.resolver, this.notes, this.artifactUris, this.options);
                continue;
            }
            this.walk(value);
        }
    }
    /** False when the location cannot be placed; its text moves to the location's message. */
    placePhysical(location, physical) {
        const artifact = physical.artifactLocation;
        if (!isRecord(artifact))
            return false;
        const original = { uri: artifact.uri, uriBaseId: artifact.uriBaseId };
        if (resolveArtifactLocation(artifact, this.resolver, this.notes, this.artifactUris, this.options))
            return true;
        if (original.uri && original.uriBaseId) {
            // Keep where it was in words: "os.Remove ($GOROOT/src/os/file.go:1)".
            const line = physical.region?.startLine;
            const where = `$${baseIdName(original.uriBaseId)}/${original.uri}${line ? `:${line}` : ''}`;
            const text = location.message?.text;
            location.message = { ...location.message, text: text ? `${text} (${where})` : where };
        }
        return false;
    }
}
/** Resolves in place; false when the location has no usable URI. */
function resolveArtifactLocation(location, resolver, notes, artifactUris, options) {
    if (location.index !== undefined) {
        const fromArtifact = artifactUris && typeof location.index === 'number' ? artifactUris[location.index] : undefined;
        if (fromArtifact === undefined && artifactUris)
            notes.danglingIndexes++;
        location.index = undefined;
        if ((location.uri === undefined || location.uri === '') && fromArtifact !== undefined) {
            // Already normalized when the run's artifacts were.
            location.uri = fromArtifact;
            location.uriBaseId = undefined;
            return true;
        }
    }
    const resolved = resolver.resolve(location);
    switch (resolved.kind) {
        case 'repo':
            location.uri = options.lookup.repoUri(resolved.path);
            location.uriBaseId = undefined;
            if (!resolved.exists)
                bump(notes.missingFiles, resolved.path);
            return true;
        case 'outside':
            location.uri = fileUri(resolved.absolute);
            location.uriBaseId = undefined;
            bump(notes.outside, displayOutside(resolved.absolute, options.checkoutDir));
            return true;
        case 'other':
            location.uriBaseId = undefined;
            bump(notes.otherSchemes, resolved.uri.split(':')[0]);
            return true;
        case 'unresolved':
            bump(notes.unresolvedBases, resolved.baseId);
            return false;
        case 'empty':
            notes.emptyUris++;
            return false;
    }
}
function displayOutside(absolute, checkout) {
    const relative = external_node_path_default().relative(checkout, absolute);
    return relative.length < absolute.length ? relative : absolute;
}
function clampRegion(region, notes) {
    let changed = false;
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
        const value = region[key];
        if (typeof value !== 'number')
            continue;
        const whole = Number.isFinite(value) ? Math.max(1, Math.trunc(value)) : 1;
        if (whole !== value) {
            region[key] = whole;
            changed = true;
        }
    }
    const { startLine, endLine, startColumn, endColumn } = region;
    if (startLine !== undefined && endLine !== undefined && endLine < startLine) {
        region.endLine = startLine;
        changed = true;
    }
    const sameLine = startLine !== undefined && (region.endLine ?? startLine) === startLine;
    if (sameLine && startColumn !== undefined && endColumn !== undefined && endColumn < startColumn) {
        region.endColumn = startColumn;
        changed = true;
    }
    if (changed)
        notes.clampedRegions++;
}
function normalizeLevel(holder, notes) {
    if (holder.level === undefined)
        return;
    const level = toLevel(holder.level);
    if (level !== holder.level)
        bump(notes.levelsMapped, String(holder.level));
    if (level === undefined)
        delete holder.level;
    else
        holder.level = level;
}
function ruleIdOf(result, driver) {
    if (typeof result.ruleId === 'string' && result.ruleId !== '')
        return result.ruleId;
    if (typeof result.rule?.id === 'string' && result.rule.id !== '')
        return result.rule.id;
    const indexed = typeof result.ruleIndex === 'number' ? driver.rules?.[result.ruleIndex] : undefined;
    if (indexed?.id)
        return indexed.id;
    return 'unspecified';
}
const HELP_URLS = {
    'golangci-lint': id => `https://golangci-lint.run/usage/linters/#${encodeURIComponent(id.toLowerCase())}`
};
/** A rule for a ruleId nobody described: GitHub needs descriptions and help for every rule. */
function buildRule(ruleId, tool) {
    const rule = {
        id: ruleId,
        name: ruleId,
        shortDescription: { text: ruleId },
        fullDescription: { text: `${ruleId} (reported by ${tool})` },
        help: { text: `${ruleId} is reported by ${tool}; the alert's message has the details.` }
    };
    const helpUri = HELP_URLS[tool.toLowerCase()]?.(ruleId);
    if (helpUri) {
        rule.helpUri = helpUri;
        rule.help = {
            text: `${rule.help?.text} See ${helpUri}`,
            markdown: `See [${ruleId}](${helpUri}).`
        };
    }
    return rule;
}
function normalizeRule(rule, tool, notes) {
    stripNulls(rule);
    const text = (message) => isRecord(message) && typeof message.text === 'string' && message.text.trim() !== ''
        ? message.text
        : undefined;
    const short = text(rule.shortDescription) ?? text(rule.fullDescription) ?? rule.name ?? `${rule.id} (${tool})`;
    rule.shortDescription = { ...rule.shortDescription, text: short };
    rule.fullDescription = { ...rule.fullDescription, text: text(rule.fullDescription) ?? short };
    const help = text(rule.help) ??
        (isRecord(rule.help) && typeof rule.help.markdown === 'string'
            ? rule.help.markdown
            : undefined) ??
        (rule.helpUri ? `${rule.fullDescription.text} See ${rule.helpUri}` : rule.fullDescription.text);
    rule.help = { ...rule.help, text: help };
    if (rule.defaultConfiguration)
        normalizeLevel(rule.defaultConfiguration, notes);
    dedupeTags(rule.properties, notes);
    normalizeSecuritySeverity(rule.properties);
}
function dedupeTags(properties, notes) {
    if (!isRecord(properties) || !Array.isArray(properties.tags))
        return;
    const tags = properties.tags.filter((tag) => typeof tag === 'string');
    const unique = [...new Set(tags)];
    if (unique.length !== properties.tags.length) {
        notes.duplicateTags += properties.tags.length - unique.length;
        properties.tags = unique;
    }
}
/** GitHub wants a string such as "7.5"; some producers write a number. */
function normalizeSecuritySeverity(properties) {
    if (!isRecord(properties))
        return;
    const raw = properties['security-severity'];
    if (typeof raw !== 'number')
        return;
    const score = parseSecuritySeverity(raw);
    if (score === undefined)
        delete properties['security-severity'];
    else
        properties['security-severity'] = score.toFixed(1);
}
function unique(items, notes) {
    const seen = new Set();
    const kept = [];
    for (const item of items) {
        const key = JSON.stringify(item);
        if (seen.has(key)) {
            notes.duplicateStacks++;
            continue;
        }
        seen.add(key);
        kept.push(item);
    }
    return kept;
}
/** Locations code scanning can use: with a physical location that has a URI. */
function usableLocations(locations, notes) {
    if (!Array.isArray(locations))
        return [];
    const usable = locations.filter(location => isRecord(location) && typeof location.physicalLocation?.artifactLocation?.uri === 'string');
    notes.droppedLocations += locations.length - usable.length;
    return usable;
}
/**
 * GitHub shows `message.text`. Fill it from `markdown`, from a message string
 * (`id` + arguments), or from the rule, and substitute `{n}` placeholders.
 */
function fillMessage(result, rule, driver, notes) {
    const message = isRecord(result.message) ? result.message : {};
    let text = typeof message.text === 'string' && message.text.trim() !== '' ? message.text : undefined;
    if (text === undefined && typeof message.id === 'string') {
        const strings = [rule.messageStrings, driver.globalMessageStrings];
        for (const table of strings) {
            const entry = isRecord(table) ? table[message.id] : undefined;
            if (isRecord(entry) && typeof entry.text === 'string') {
                text = entry.text;
                break;
            }
        }
    }
    if (text === undefined && typeof message.markdown === 'string')
        text = message.markdown;
    if (text === undefined)
        text = rule.shortDescription?.text ?? result.ruleId ?? 'finding';
    if (Array.isArray(message.arguments)) {
        const args = message.arguments;
        text = text.replace(/\{(\d+)\}/g, (whole, n) => args[Number(n)] !== undefined ? String(args[Number(n)]) : whole);
    }
    if (text !== message.text)
        notes.messagesFilled++;
    result.message = { ...message, text };
}

;// CONCATENATED MODULE: ./src/core/sarif/split.ts
/**
 * Packing runs into uploads GitHub accepts: at most 20 runs and 10 MB gzipped
 * each. Runs are packed in order; a run too big on its own is split into
 * parts, most severe results first, each part with its own category
 * (`<category>/part-N/`) so the parts do not overwrite each other's alerts.
 * Part 1 keeps the run's own category, so the most severe alerts keep their
 * identity.
 */





/** Keep a margin under the limit: GitHub measures after its own decoding. */
const BUDGET_SHARE = 0.95;
function documentJson(runJsons) {
    return `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"${SARIF_VERSION}","runs":[${runJsons.join(',')}]}`;
}
function buildUploads(runs, limits) {
    const budget = Math.floor(limits.maxGzipBytes * BUDGET_SHARE);
    const pieces = runs.map(run => ({ run, json: JSON.stringify(run.run), size: 0 }));
    const raw = pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece.json), 0);
    // Small enough uncompressed: no need to estimate anything.
    if (raw < budget && pieces.length <= limits.maxRunsPerUpload) {
        return [finish([pieces], limits)[0]];
    }
    const sized = [];
    for (const piece of pieces) {
        piece.size = estimate(piece.json);
        if (piece.size <= budget)
            sized.push(piece);
        else
            sized.push(...splitRun(piece, budget));
    }
    const groups = [];
    let current = [];
    let currentSize = 0;
    for (const piece of sized) {
        if (current.length > 0 &&
            (current.length >= limits.maxRunsPerUpload || currentSize + piece.size > budget)) {
            groups.push(current);
            current = [];
            currentSize = 0;
        }
        current.push(piece);
        currentSize += piece.size;
    }
    if (current.length > 0)
        groups.push(current);
    return finish(groups, limits);
}
function finish(groups, limits) {
    const uploads = [];
    for (const group of groups) {
        const json = documentJson(group.map(piece => piece.json));
        const gzip = (0,external_node_zlib_.gzipSync)(json);
        if (gzip.length > limits.maxGzipBytes) {
            // The estimate was wrong (very unusual): halve the group and try again.
            if (group.length > 1) {
                const half = Math.ceil(group.length / 2);
                uploads.push(...finish([group.slice(0, half), group.slice(half)], limits));
                continue;
            }
            const smaller = splitRun(group[0], Math.floor(gzip.length / 2));
            uploads.push(...finish(smaller.map(piece => [piece]), limits));
            continue;
        }
        uploads.push({
            index: 0,
            runs: group.map(piece => piece.run),
            json,
            gzip,
            results: group.reduce((sum, piece) => sum + piece.run.run.results.length, 0)
        });
    }
    uploads.forEach((upload, index) => (upload.index = index + 1));
    return uploads;
}
function estimate(json) {
    return (0,external_node_zlib_.gzipSync)(json, { level: 1 }).length;
}
/** Splits one run into parts under `budget`, the most severe results in part 1. */
function splitRun(piece, budget) {
    const results = piece.run.run.results;
    if (results.length <= 1) {
        throw new core_errors/* ConfigurationError */.j1(`${piece.run.tool}: a single SARIF result is ${(piece.size / 1048576).toFixed(1)} MB compressed, more than code scanning accepts in one upload`, { fix: 'reduce the size of that result (its code flows or related locations)' });
    }
    const rules = new Map();
    for (const rule of piece.run.run.tool.driver.rules ?? [])
        rules.set(rule.id, rule);
    const ordered = severityRanking(results, rules).map(index => results[index]);
    const parts = Math.max(2, Math.ceil(piece.size / budget) + 1);
    const perPart = Math.ceil(ordered.length / parts);
    const pieces = [];
    for (let part = 0; part * perPart < ordered.length; part++) {
        const slice = ordered.slice(part * perPart, (part + 1) * perPart);
        const id = part === 0
            ? piece.run.run.automationDetails?.id
            : `${piece.run.category ? withTrailingSlash(piece.run.category) : ''}part-${part + 1}/`;
        const run = {
            ...piece.run,
            category: part === 0 ? piece.run.category : id.slice(0, -1),
            run: {
                ...piece.run.run,
                results: slice,
                ...(id === undefined
                    ? {}
                    : { automationDetails: { ...piece.run.run.automationDetails, id } })
            }
        };
        const json = JSON.stringify(run.run);
        const next = { run, json, size: estimate(json) };
        if (next.size > budget)
            pieces.push(...splitRun(next, budget));
        else
            pieces.push(next);
    }
    return pieces;
}

;// CONCATENATED MODULE: ./src/core/sarif/upload.ts


/** An upload request failed; `uploaded` lists what had already gone through. */
class UploadFailure extends Error {
    cause;
    uploaded;
    failed;
    constructor(cause, uploaded, failed) {
        super(cause.message);
        this.cause = cause;
        this.uploaded = uploaded;
        this.failed = failed;
        this.name = 'UploadFailure';
    }
}
const MAX_413_SPLITS = 3;
function toolNames(upload) {
    return [...new Set(upload.runs.map(run => run.tool))].join(', ');
}
async function uploadToCodeScanning(client, target, uploads, limits, logger) {
    const receipts = [];
    const depth = new Map();
    const queue = [...uploads];
    while (queue.length > 0) {
        const upload = queue.shift();
        try {
            const response = await client.request('POST', '/repos/{owner}/{repo}/code-scanning/sarifs', {
                pathParams: { owner: target.owner, repo: target.repo },
                body: {
                    commit_sha: target.commitSha,
                    ref: target.ref,
                    sarif: upload.gzip.toString('base64'),
                    checkout_uri: target.checkoutUri,
                    ...(target.startedAt ? { started_at: target.startedAt } : {}),
                    tool_name: toolNames(upload)
                },
                timeoutMs: 120_000
            });
            const id = response.data?.id;
            if (typeof id !== 'string' || id === '') {
                throw new Error(`code scanning accepted upload ${upload.index} but returned no SARIF id`);
            }
            receipts.push({ id, url: response.data.url, upload });
            logger.info(`Uploaded ${upload.runs.length} run(s), ${upload.results} result(s), ${(upload.gzip.length / 1024).toFixed(0)} KiB gzipped: SARIF id ${id}`);
        }
        catch (error) {
            if (!(0,errors/* isGitHubApiError */.I)(error))
                throw error;
            const splits = depth.get(upload) ?? 0;
            if (error.status === 413 && splits < MAX_413_SPLITS) {
                const smaller = buildUploads(upload.runs, {
                    ...limits,
                    maxGzipBytes: Math.max(1024, Math.floor(upload.gzip.length / 2))
                });
                if (smaller.length > 1) {
                    logger.warning(`Code scanning said the upload is too large (413) at ${(upload.gzip.length / 1048576).toFixed(1)} MB gzipped; sending it as ${smaller.length} smaller uploads`);
                    for (const piece of smaller)
                        depth.set(piece, splits + 1);
                    queue.unshift(...smaller);
                    continue;
                }
            }
            throw new UploadFailure(error, receipts, upload);
        }
    }
    return receipts;
}
const DEFAULT_POLL = {
    initialDelayMs: 5_000,
    maxDelayMs: 30_000,
    timeoutMs: 180_000
};
/** Polls `GET …/code-scanning/sarifs/{sarif_id}` with backoff until complete or failed. */
async function waitForProcessing(client, target, id, options, logger) {
    let waited = 0;
    let delay = options.initialDelayMs;
    for (;;) {
        await options.sleep(delay);
        waited += delay;
        try {
            const response = await client.request('GET', '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', {
                pathParams: { owner: target.owner, repo: target.repo, sarif_id: id }
            });
            const status = response.data?.processing_status;
            if (status === 'complete' || status === 'failed') {
                return {
                    id,
                    status,
                    errors: response.data.errors ?? [],
                    analysesUrl: response.data.analyses_url ?? undefined,
                    timedOut: false
                };
            }
            logger.info(`SARIF ${id} is still being processed (${Math.round(waited / 1000)}s)`);
        }
        catch (error) {
            // A fresh upload can briefly be unknown (404); anything else ends the wait with a warning.
            if (!(0,errors/* isGitHubApiError */.I)(error) || error.status !== 404) {
                logger.warning(`Could not check processing of SARIF ${id}: ${error.message}`);
                return { id, status: 'pending', errors: [], timedOut: true };
            }
        }
        if (waited >= options.timeoutMs) {
            logger.warning(`Stopped waiting for code scanning to process SARIF ${id} after ${Math.round(waited / 1000)}s; it may still complete`);
            return { id, status: 'pending', errors: [], timedOut: true };
        }
        delay = Math.min(delay * 2, options.maxDelayMs, Math.max(1, options.timeoutMs - waited));
    }
}

;// CONCATENATED MODULE: ./src/core/sarif/env.ts
/**
 * Settings the action and the CLI both take from the environment.
 */




/**
 * Where `%GOROOT%` and `%GOMODCACHE%` (govulncheck's stack frames) point:
 * GOROOT/GOMODCACHE from the environment, else `go env` when Go is on PATH.
 */
function goBaseDirs(env) {
    const dirs = {};
    if (env.GOROOT)
        dirs.GOROOT = env.GOROOT;
    if (env.GOMODCACHE)
        dirs.GOMODCACHE = env.GOMODCACHE;
    if (!dirs.GOROOT || !dirs.GOMODCACHE) {
        try {
            const [goroot, gomodcache] = (0,external_node_child_process_.execFileSync)('go', ['env', 'GOROOT', 'GOMODCACHE'], {
                env,
                encoding: 'utf8',
                timeout: 10_000,
                stdio: ['ignore', 'pipe', 'ignore']
            }).split('\n');
            if (!dirs.GOROOT && goroot?.trim())
                dirs.GOROOT = goroot.trim();
            if (!dirs.GOMODCACHE && gomodcache?.trim())
                dirs.GOMODCACHE = gomodcache.trim();
        }
        catch {
            // No Go here: such locations stay unresolved and are reported.
        }
    }
    if (!dirs.GOMODCACHE && env.GOPATH) {
        const candidate = external_node_path_default().join(env.GOPATH.split((external_node_path_default()).delimiter)[0], 'pkg', 'mod');
        if ((0,external_node_fs_.statSync)(candidate, { throwIfNoEntry: false })?.isDirectory())
            dirs.GOMODCACHE = candidate;
    }
    return dirs;
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Backoff for `wait-for-processing`. GO_CI_KIT_SARIF_POLL_MS scales the whole
 * schedule down (first wait; cap 8× that; give up after 60×), for tests.
 */
function pollOptionsFromEnv(env) {
    const base = Number(env.GO_CI_KIT_SARIF_POLL_MS);
    if (Number.isFinite(base) && base > 0) {
        return { initialDelayMs: base, maxDelayMs: base * 8, timeoutMs: base * 60, sleep };
    }
    return { ...DEFAULT_POLL, sleep };
}
/** GO_CI_KIT_RETRY_BASE_MS shortens the API retry backoff, for tests. */
function retryFromEnv(env) {
    const base = Number(env.GO_CI_KIT_RETRY_BASE_MS);
    return Number.isFinite(base) && base > 0 ? { baseDelayMs: base } : {};
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/core/sarif/linehash-wasm.ts
// Generated from linehash.wat by scripts/build-wasm.mjs (npm run build:wasm). Do not edit.
const LINEHASH_WASM_BASE64 = 'AGFzbQEAAAABMQlgAX8AYAAAYAABf2ABfgBgAn9+AGABfwF/YAZ/f39/f38Bf2ABfwF+YAR+f39/AX8DDQwAAQIDBAUFBQEGBwgFAwEAJQYpB34BQgALfwFBAAt/AUEAC38BQQELfwFBAAt/AUHkAAt/AUH/////BwsHOwYGbWVtb3J5AgAFcmVzZXQAAAVwdXNoOAAGBnB1c2gxNgAHBmZpbmlzaAAIDGZpbmdlcnByaW50cwAJCpMLDDUAQgAkAEEAJAFBACQCQQEkA0EAJARB5AAkBSAAJAZBgIKQAUEANgIAQYCCkAFCADcDCBABCxQAQYCBECMDNgIAQYSBECMENgIACwcAIwQjBk8LSgEBf0GAgpABIwRBBHRqIQEgASAAQvG285ijk7TOZSABKQMIfn03AwgjBEEBaiQEIwQjA0kEfyABKAIQQeQAagVB/////wcLJAULNgEBf0GAgpABIwNBBHRqIQIgAiAANgIAIAIgATcDCCMEIwNGBEAgAEHkAGokBQsjA0EBaiQDC3YAIABBIEYgAEEJRnIEQEEAJAJBAA8LIABBCkYEQCMCBEBBACQCQQAPCwsgAEENRgRAQQohAEEBJAIFQQAkAgsjAEIlfiAArXwkACMBQQFqJAEjASMFRgRAIwAQAxACBEBBAQ8LCyAAQQpGBEAjASMAEAQLQQALhwMDAn8Bfgp/QYCCECEBQYCCECAAaiECIwAhAyMBIQQjBSEFIwIhBgJAA0ACQANAIAFBBGogAksNASABKAIAIQcgB0H//wNxQQJ0KAIAIQggB0EQdkECdCgCACEJIAggCXJBgIAEcQ0BIAhBDnYhCiAJQQ52IQsgBCAKIAtqaiAFTw0BIAMgCiALakEDdCkDgIAQfiAIQf//AHEgC0ECdCgCwIAQbCAJQf//AHFqrXwhAyAEIAogC2pqIQQgAUEEaiEBQQAhBgwACwtBAiENA0AgASACTw0CIAEtAAAhDCAMQYABTw0CIAFBAWohAQJAIAxBIEYgDEEJRnIEQEEAIQYMAQsgDEEKRiAGcQRAQQAhBgwBCyAMQQ1GBEBBCiEMQQEhBgVBACEGCyADQiV+IAytfCEDIARBAWohBCAEIAVGBEAgAxADIwUhBRACDQQLIAxBCkYEQCAEIAMQBCMFIQULCyANQQFrIQ0gDQ0ACwwACwsgAyQAIAQkASAGJAIQASABQYCCEGsLNwEDfyAAQQF0IQICQANAIAEgAk8NASABLwGAghAhAyABQQJqIQEgAxAFDQEMAAsLEAEgAUEBdgs3AQF/EAIEQA8LQf//AxAFGgJAA0AgAEHkAE8NASMEIwNPDQFBABAFDQEgAEEBaiEADAALCxABC/EDBQV/AX4HfwF+AX9BASADdEEBayENIAJBAEEQIAN0/AsAAkADQCAGIAFPDQEgACAGQQJ0aigCABAKIQsgCyACIAMgDRALIQwgDCALNwMAIAxBATYCCCAGQQFqIQYMAAsLIAAgAUEBa0ECdGooAgAhCCAAKAIAIQogBSEQQQEhBwJAA0AgByAISw0BIAdBBHQpA/iBkAEhCyALpyALQiCIp3NBsfPd8XlsQSAgA2t2IQ8CQANAIAIgD0EEdGohDCAMKAIIRQ0BIAwpAwAgC1ENASAPQQFqIA1xIQ8MAAsLIAwoAggEQCAMKAIMQQFqIQ4gDCAONgIMIAcgCkYEQELDACALeX1CAoinIREgEUUEQEEBIRELIAshEyARIRIDQCASQQFrIRIgECASaiATQg+Dpy0AkIEQOgAAIBNCBIghEyASDQALIBAgEWohECAQQTo6AAAgEEEBaiEQQQEhESAOIRQCQANAIBRBCkkNASAUQQpuIRQgEUEBaiERDAALCyAOIRQgESESA0AgEkEBayESIBAgEmpBMCAUQQpwajoAACAUQQpuIRQgEg0ACyAQIBFqIRAgBCAJQQJ0aiAQIAVrNgIAIAlBAWohCSAJIAFJBEAgACAJQQJ0aigCACEKCwsLIAdBAWohBwwACwsgECAFawsNACAAQQR0KQP4gZABC0sBAn8gAKcgAEIgiKdzQbHz3fF5bEEgIAJrdiEEA0AgASAEQQR0aiEFIAUoAggEQCAFKQMAIABSBEAgBEEBaiADcSEEDAILCwsgBQs=';

;// CONCATENATED MODULE: ./src/core/sarif/linehash.ts
/**
 * codeql-action's `primaryLocationLineHash` (src/fingerprints.ts), reproduced
 * bit for bit so alerts keep their identity whichever tool uploaded them.
 *
 * The definition: drop every space and tab and any LF right after a CR, turn
 * CR into LF; append one 65535 sentinel and 100 zeros. Over those "kept" UTF-16
 * code units c_0, c_1, … the hash of the line starting at kept position s is
 *   H(s) = Σ_{j=0..99} c_{s+j} · 37^(99-j)   (mod 2^64),
 * written as unsigned hex without padding, plus `:n` where n counts how often
 * that hex value occurred on this or earlier lines. A line starts at position 0
 * and right after every kept LF (so a file ending in a newline has one more line).
 *
 * Speed: instead of a rolling window we keep the prefix value P_t = Σ_{j<t} c_j·37^(t-1-j)
 * and note P at each line start (Ps) and 100 positions later (Pe); then
 * H = Pe − 37^100·Ps. That loop runs in WebAssembly (linehash.wat) for its native
 * 64-bit multiply, four input bytes per dependent multiply; ASCII bytes are hashed
 * where they were read, and the rest of a file is UTF-8 decoded from its first
 * non-ASCII byte on, as codeql-action's utf8 stream does. Counting how often each
 * wanted hash occurred, and writing the hex, happen there too (`fingerprints`).
 */


const NONE = 0x7fffffff;
// Memory layout shared with linehash.wat.
const PAIRS = 0x000000;
const POW64 = 0x040000;
const POW32 = 0x040040;
const STATE = 0x040080;
const HEX = 0x040090;
const INPUT = 0x040100;
/** Bytes one `pushBytes` may take (the input area holds twice as many as UTF-16). */
const INPUT_BYTES = 1024 * 1024;
const INPUT_UNITS = INPUT_BYTES;
const LINES = 0x240100;
const RECORD = 16;
const PAGE = 65536;
let compiled;
/** Per two input bytes: addend (bits 0-13), kept count (14-15), careful-path flag (16). */
function fillTables(memory) {
    const pairs = new Uint32Array(memory, PAIRS, 65536);
    const kept = (c) => (c === 0x20 || c === 0x09 ? 0 : 1);
    const careful = (c) => c === 0x0a || c === 0x0d || c >= 0x80;
    for (let pair = 0; pair < 65536; pair++) {
        const first = pair & 0xff; // the byte at the lower address
        const second = pair >>> 8;
        if (careful(first) || careful(second)) {
            pairs[pair] = 0x10000;
            continue;
        }
        const addend = first * kept(first) * (kept(second) ? 37 : 1) + second * kept(second);
        pairs[pair] = addend | ((kept(first) + kept(second)) << 14);
    }
    const pow64 = new BigInt64Array(memory, POW64, 5);
    for (let k = 0; k < 5; k++)
        pow64[k] = 37n ** BigInt(k);
    new Int32Array(memory, POW32, 3).set([1, 37, 37 * 37]);
    new Uint8Array(memory, HEX, 16).set(Buffer.from('0123456789abcdef', 'latin1'));
}
/**
 * Resumable scanner over one input at a time: `reset`, then bytes (`input` + `pushBytes`)
 * or code units (`push`), then `finish` and `fingerprints`. Each scanner owns a
 * WebAssembly instance; reuse one for many files.
 */
class LineHashScanner {
    wasm;
    decoder;
    stopAfterLine = NONE;
    // Views of the module's memory. Reading `memory.buffer` is not free, and the buffer
    // only changes when we grow it, so they are made again only then.
    buffer;
    inputBytes;
    words;
    constructor() {
        compiled ??= new WebAssembly.Module(Buffer.from(LINEHASH_WASM_BASE64, 'base64'));
        this.wasm = new WebAssembly.Instance(compiled).exports;
        this.viewMemory();
        fillTables(this.buffer);
        this.reset();
    }
    /**
     * Starts a new input. Lines after `stopAfterLine` are not needed: scanning may stop
     * once they are known.
     */
    reset(stopAfterLine = NONE) {
        this.decoder = undefined;
        this.stopAfterLine = stopAfterLine;
        this.wasm.reset(stopAfterLine);
        return this;
    }
    /** True once every line up to `stopAfterLine` has its hash; more input is unnecessary. */
    get done() {
        return this.lines >= this.stopAfterLine;
    }
    /** Number of lines whose hash is known (all of them after `finish`). */
    get lines() {
        return this.words[(STATE >> 2) + 1];
    }
    /** Lines started so far (their records exist). */
    get lineCount() {
        return this.words[STATE >> 2];
    }
    /** Where to put up to INPUT_BYTES bytes (e.g. with readSync) before `pushBytes`. */
    input() {
        return this.inputBytes;
    }
    /** Hashes the first `length` bytes of `input()` (UTF-8); true once no more are needed. */
    pushBytes(length) {
        if (this.decoder === undefined) {
            this.reserveLines(length);
            const consumed = this.wasm.push8(length);
            if (consumed === length || this.done)
                return this.done;
            // A byte that is not ASCII: from here on the file is decoded.
            this.decoder = new external_node_string_decoder_.StringDecoder('utf8');
            return this.pushText(this.decoder.write(this.bytes(consumed, length)));
        }
        return this.pushText(this.decoder.write(this.bytes(0, length)));
    }
    /** Hashes UTF-16 code units (an ASCII byte is its own code unit). */
    push(units) {
        for (let from = 0; from < units.length && !this.done; from += INPUT_UNITS) {
            const piece = units.subarray(from, from + INPUT_UNITS);
            this.reserveLines(piece.length);
            new Uint16Array(this.buffer, INPUT, piece.length).set(piece);
            this.wasm.push16(piece.length);
        }
        return this.done;
    }
    /** Ends the input: what the decoder held back, the sentinel, the padding zeros. */
    finish() {
        const rest = this.decoder?.end();
        if (rest)
            this.pushText(rest);
        this.reserveLines(1);
        this.wasm.finish();
    }
    pushText(text) {
        return this.push(codeUnits(text));
    }
    /** A Buffer over input bytes [from, to) without copying (the decoder copies). */
    bytes(from, to) {
        return Buffer.from(this.buffer, INPUT + from, to - from);
    }
    /** Grows memory so that a push of `units` more units has a record for every new line. */
    reserveLines(units) {
        this.reserveBytes(LINES + (this.lineCount + units + 2) * RECORD);
    }
    reserveBytes(needed) {
        const have = this.buffer.byteLength;
        if (needed <= have)
            return;
        this.wasm.memory.grow(Math.ceil((needed - have) / PAGE));
        this.viewMemory();
    }
    viewMemory() {
        this.buffer = this.wasm.memory.buffer;
        this.inputBytes = new Uint8Array(this.buffer, INPUT, INPUT_BYTES);
        this.words = new Int32Array(this.buffer);
    }
    /**
     * `hex:occurrence` for each requested line, in the order asked (undefined
     * for lines past the end, as in codeql-action, which never reports them).
     * Occurrences count equal hashes on earlier lines, so every line up to the
     * last requested one is looked at (in WebAssembly, one table probe each). The
     * texts come back as one ASCII run, turned into one string and sliced: far fewer
     * allocations than building each fingerprint.
     */
    fingerprints(requested) {
        const out = new Array(requested.length).fill(undefined);
        const emitted = this.lines;
        // The wanted lines, sorted and unique, within the file.
        const sorted = Int32Array.from(requested).sort();
        let unique = 0;
        for (let k = 0; k < sorted.length; k++) {
            const line = sorted[k];
            if (line < 1 || line > emitted || (unique > 0 && sorted[unique - 1] === line))
                continue;
            sorted[unique++] = line;
        }
        if (unique === 0)
            return out;
        const wanted = sorted.subarray(0, unique);
        // Work areas after the line records: wanted lines, text ends, the table, the texts.
        const bits = Math.max(4, Math.ceil(Math.log2(unique * 2)));
        const wantedAt = LINES + (this.lineCount + 1) * RECORD;
        const endsAt = wantedAt + 4 * unique;
        const tableAt = endsAt + 4 * unique + 8; // 8-byte aligned, for its 64-bit keys
        const textAt = tableAt + RECORD * 2 ** bits;
        this.reserveBytes(textAt + MAX_TEXT * unique);
        const words = this.words;
        words.set(wanted, wantedAt / 4);
        const length = this.wasm.fingerprints(wantedAt, unique, tableAt, bits, endsAt, textAt);
        const all = Buffer.from(this.buffer, textAt, length).toString('latin1');
        const texts = new Array(unique);
        let start = 0;
        for (let k = 0; k < unique; k++) {
            const end = words[endsAt / 4 + k];
            texts[k] = all.slice(start, end);
            start = end;
        }
        for (let k = 0; k < requested.length; k++) {
            const at = binarySearch(wanted, requested[k]);
            if (at !== -1)
                out[k] = texts[at];
        }
        return out;
    }
}
/** The longest `hex:count`: 16 hex digits, a colon, a count of up to 10 digits. */
const MAX_TEXT = 27;
function binarySearch(sorted, value) {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        const at = sorted[middle];
        if (at === value)
            return middle;
        if (at < value)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return -1;
}
/** UTF-16 code units of a string, as codeql-action sees them through `charCodeAt`. */
function codeUnits(text) {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++)
        units[i] = text.charCodeAt(i);
    return units;
}
/** Every line's fingerprint, in order: the shape of codeql-action's published test vectors. */
function hashText(text) {
    const scanner = new LineHashScanner();
    scanner.push(codeUnits(text));
    scanner.finish();
    const lines = Array.from({ length: scanner.lines }, (_, k) => k + 1);
    return scanner.fingerprints(lines);
}

;// CONCATENATED MODULE: ./src/core/sarif/fingerprint.ts
/**
 * Adds `partialFingerprints.primaryLocationLineHash` to every result whose
 * primary location is a line in a file of the checkout, as codeql-action does:
 * each file is read once for all its results, in 1 MiB chunks, and only up to
 * the last line anyone asked about. A fingerprint already present is kept.
 */




let sharedScanner;
function lastLine(lines) {
    let last = 0;
    for (let k = 0; k < lines.length; k++)
        if (lines[k] > last)
            last = lines[k];
    return last;
}
/**
 * The fingerprints of `lines` (1-based) in one file, in the same order
 * (undefined past the end); throws if the file cannot be read. The file is read
 * straight into the scanner's memory, and only up to the last line asked about.
 */
function fingerprintFileLines(file, lines, stats) {
    const scanner = (sharedScanner ??= new LineHashScanner());
    scanner.reset(lastLine(lines));
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        for (;;) {
            const length = (0,external_node_fs_.readSync)(fd, scanner.input(), 0, INPUT_BYTES, null);
            if (length === 0)
                break;
            if (stats)
                stats.bytesRead += length;
            // A short read of a regular file is its end: no second read to learn that.
            if (scanner.pushBytes(length) || length < INPUT_BYTES)
                break;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    scanner.finish();
    return scanner.fingerprints(lines);
}
function addFingerprints(runs, checkoutDir) {
    const started = performance.now();
    const report = {
        computed: 0,
        existing: 0,
        notApplicable: 0,
        missingFiles: new Map(),
        pastEnd: 0,
        filesHashed: 0,
        bytesRead: 0,
        ms: 0,
        hashMs: 0
    };
    // Per file, the results (by their position across all runs) and their lines side
    // by side. URIs repeat: one lookup by URI finds the group (null: not a checkout
    // file), parsing each URI once.
    const groups = [];
    const byUri = new Map();
    const byPath = new Map();
    let position = 0;
    for (const { run } of runs) {
        for (const result of run.results) {
            const at = position++;
            if (result.partialFingerprints?.primaryLocationLineHash) {
                report.existing++;
                continue;
            }
            const physical = result.locations?.[0]?.physicalLocation;
            const uri = physical?.artifactLocation?.uri;
            const line = physical?.region?.startLine;
            let group = null;
            if (typeof uri === 'string') {
                group = byUri.get(uri);
                if (group === undefined) {
                    const relative = repoPathOfUri(uri);
                    group = relative === undefined ? null : byPath.get(relative);
                    if (group === undefined) {
                        group = { relative: relative, positions: [], lines: [] };
                        byPath.set(group.relative, group);
                        groups.push(group);
                    }
                    byUri.set(uri, group);
                }
            }
            if (group === null || typeof line !== 'number') {
                report.notApplicable++;
                continue;
            }
            group.positions.push(at);
            group.lines.push(line);
        }
    }
    // Synchronous reads on purpose: async ones (libuv's thread pool, a few files
    // read ahead) were measured 40–150% slower here, each file costing three
    // thread-pool round trips against one cheap system call each.
    const hashes = new Array(position);
    for (const group of groups) {
        let texts;
        const hashStarted = performance.now();
        try {
            texts = fingerprintFileLines(external_node_path_default().join(checkoutDir, group.relative), group.lines, report);
        }
        catch {
            report.missingFiles.set(group.relative, group.positions.length);
            continue;
        }
        finally {
            report.hashMs += performance.now() - hashStarted;
        }
        report.filesHashed++;
        for (let k = 0; k < texts.length; k++)
            hashes[group.positions[k]] = texts[k] ?? PAST_END;
    }
    // Assigned in result order rather than file by file: the results lie in memory in
    // that order, so this walks it instead of jumping around a large heap.
    position = 0;
    for (const { run } of runs) {
        for (const result of run.results) {
            const hash = hashes[position++];
            if (hash === undefined)
                continue;
            if (hash === PAST_END) {
                report.pastEnd++;
                continue;
            }
            if (result.partialFingerprints)
                result.partialFingerprints.primaryLocationLineHash = hash;
            else
                result.partialFingerprints = { primaryLocationLineHash: hash };
            report.computed++;
        }
    }
    report.ms = performance.now() - started;
    return report;
}
/** A result whose line is past the end of its file. */
const PAST_END = Symbol('past end');

;// CONCATENATED MODULE: ./src/core/sarif/merge.ts
/**
 * Since July 2025 code scanning rejects a delivery holding several runs of the
 * same tool and category (codeql-action#2000 lineage; changelog 2025-07-21).
 * Typical cause: golangci-lint or staticcheck run once per module of a go.work
 * and uploaded together. Such runs are merged into one: results concatenated,
 * rules and extensions united by id/name, invocations and artifacts appended.
 */

function mergeKey(run) {
    return `${run.tool}\u0000${run.category}`;
}
function mergeRuns(runs) {
    const groups = new Map();
    for (const run of runs) {
        const key = mergeKey(run);
        const group = groups.get(key);
        if (group)
            group.push(run);
        else
            groups.set(key, [run]);
    }
    const merged = [];
    const result = [];
    for (const group of groups.values()) {
        const [target, ...others] = group;
        if (others.length > 0) {
            const versions = [...new Set(group.map(run => driverVersion(run.run.tool.driver)))];
            for (const other of others)
                mergeInto(target, other);
            const duplicates = dropDuplicateResults(target);
            merged.push({
                tool: target.tool,
                category: target.category,
                runs: group.length,
                sources: [...new Set(target.sources)],
                ...(versions.length > 1 ? { versions } : {}),
                ...(duplicates > 0 ? { duplicates } : {})
            });
        }
        result.push(target);
    }
    return { runs: result, merged };
}
/** Removes results identical to an earlier one; the tally counted them once per run, so it is fixed too. */
function dropDuplicateResults(run) {
    const rules = new Map();
    for (const rule of run.run.tool.driver.rules ?? [])
        rules.set(rule.id, rule);
    const seen = new Set();
    const kept = run.run.results.filter(result => {
        const key = JSON.stringify(result);
        if (!seen.has(key)) {
            seen.add(key);
            return true;
        }
        const rule = rules.get(result.ruleId ?? '');
        if (isSuppressed(result))
            run.tally.suppressed--;
        else
            discountResult(run.tally, run.tool, result.ruleId ?? 'unspecified', effectiveLevel(result, rule), securitySeverity(result, rule));
        return false;
    });
    const duplicates = run.run.results.length - kept.length;
    run.run.results = kept;
    return duplicates;
}
function driverVersion(driver) {
    return String(driver.semanticVersion ?? driver.version ?? '');
}
function mergeInto(target, other) {
    const into = target.run;
    const from = other.run;
    for (const result of from.results)
        into.results.push(result);
    unionRules(into.tool.driver, from.tool.driver);
    if (from.tool.extensions?.length) {
        const extensions = (into.tool.extensions ??= []);
        for (const extension of from.tool.extensions) {
            const existing = extensions.find(candidate => candidate.name === extension.name);
            if (existing)
                unionRules(existing, extension);
            else
                extensions.push(extension);
        }
    }
    appendList(into, from, 'artifacts');
    appendList(into, from, 'invocations');
    unionByName(into, from, 'taxonomies');
    target.sources.push(...other.sources);
    target.unlocated.push(...other.unlocated);
    mergeTally(target.tally, other.tally);
}
function unionRules(into, from) {
    const rules = (into.rules ??= []);
    const known = new Set(rules.map(rule => rule.id));
    for (const rule of from.rules ?? []) {
        if (known.has(rule.id))
            continue;
        known.add(rule.id);
        rules.push(rule);
    }
}
function appendList(into, from, key) {
    const items = from[key];
    if (!Array.isArray(items) || items.length === 0)
        return;
    const target = (into[key] ??= []);
    for (const item of items)
        target.push(item);
}
function unionByName(into, from, key) {
    const items = from[key];
    if (!Array.isArray(items) || items.length === 0)
        return;
    const target = (Array.isArray(into[key]) ? into[key] : (into[key] = []));
    for (const item of items) {
        if (!target.some(existing => existing.name === item.name))
            target.push(item);
    }
}

;// CONCATENATED MODULE: ./src/core/sarif/jsonerror.ts
/**
 * Where a JSON document stops being JSON. `JSON.parse` usually says "at
 * position N", but not always (e.g. "Unexpected token 'x', … is not valid
 * JSON"), so a small checker finds the offset itself when the message has none.
 */
function locateJsonError(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = message
        .replace(/ in JSON at position \d+[\s\S]*$/, '')
        .replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./src/core/sarif/schema.ts
/**
 * A JSON schema for the part of SARIF 2.1.0 that code scanning reads (docs:
 * "SARIF support for code scanning"), in two strictness modes:
 *
 * - `input`: what we accept from producers. Structure must be right (runs,
 *   tool.driver.name, result.message, types), but the quirks the normalizer
 *   repairs pass: null arrays, 0 lines/columns, duplicate tags, empty URIs,
 *   unknown level spellings, numeric security-severity.
 * - `upload`: what we hand to GitHub after normalization. Everything above is
 *   tightened to what the upload endpoint and its processing require.
 *
 * Everything outside the subset is allowed and passed through (SARIF is
 * extensible and GitHub ignores what it does not know).
 */


const SEVERITY_PATTERN = '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$';
function nullable(schema, mode) {
    return mode === 'input' ? { anyOf: [schema, { type: 'null' }] } : schema;
}
function sarifSchema(mode) {
    const strict = mode === 'upload';
    const minLine = strict ? 1 : 0;
    const message = {
        type: 'object',
        properties: {
            text: { type: 'string', ...(strict ? { minLength: 1 } : {}) },
            markdown: { type: 'string' },
            id: { type: 'string' },
            arguments: { type: 'array', items: { type: 'string' } }
        },
        ...(strict
            ? { required: ['text'] }
            : { anyOf: [{ required: ['text'] }, { required: ['id'] }, { required: ['markdown'] }] })
    };
    const multiformatText = {
        type: 'object',
        properties: { text: { type: 'string' }, markdown: { type: 'string' } },
        ...(strict ? { required: ['text'] } : {})
    };
    const tags = nullable({
        type: 'array',
        items: { type: 'string' },
        ...(strict ? { uniqueItems: true, maxItems: 20 } : {})
    }, mode);
    const securitySeverity = strict
        ? { type: 'string', pattern: SEVERITY_PATTERN }
        : {
            anyOf: [
                { type: 'string', pattern: SEVERITY_PATTERN },
                { type: 'number', minimum: 0, maximum: 10 }
            ]
        };
    const propertyBag = {
        type: 'object',
        properties: { tags, 'security-severity': securitySeverity }
    };
    const level = strict ? { enum: ['none', 'note', 'warning', 'error'] } : { type: 'string' };
    const region = {
        type: 'object',
        properties: {
            startLine: { type: 'integer', minimum: minLine },
            startColumn: { type: 'integer', minimum: minLine },
            endLine: { type: 'integer', minimum: minLine },
            endColumn: { type: 'integer', minimum: minLine },
            charOffset: { type: 'integer', minimum: -1 },
            byteOffset: { type: 'integer', minimum: -1 }
        }
    };
    const artifactLocation = {
        type: 'object',
        properties: {
            uri: { type: 'string', ...(strict ? { minLength: 1 } : {}) },
            uriBaseId: { type: 'string' },
            index: { type: 'integer', minimum: -1 }
        },
        ...(strict ? { required: ['uri'], not: { required: ['uriBaseId'] } } : {})
    };
    const location = {
        type: 'object',
        properties: {
            id: { type: 'integer', minimum: -1 },
            physicalLocation: {
                type: 'object',
                properties: {
                    artifactLocation: { $ref: '#/definitions/artifactLocation' },
                    region: { $ref: '#/definitions/region' },
                    contextRegion: { $ref: '#/definitions/region' }
                },
                ...(strict ? { required: ['artifactLocation'] } : {})
            },
            message: { $ref: '#/definitions/message' }
        }
    };
    const locations = nullable({ type: 'array', items: { $ref: '#/definitions/location' } }, mode);
    const result = {
        type: 'object',
        required: strict ? ['message', 'locations', 'ruleId'] : ['message'],
        properties: {
            ruleId: { type: 'string' },
            ruleIndex: { type: 'integer', minimum: -1 },
            rule: { type: 'object', properties: { id: { type: 'string' }, index: { type: 'integer' } } },
            level,
            kind: { type: 'string' },
            message: { $ref: '#/definitions/message' },
            locations: strict
                ? { type: 'array', minItems: 1, items: { $ref: '#/definitions/location' } }
                : locations,
            relatedLocations: locations,
            codeFlows: nullable({
                type: 'array',
                items: {
                    type: 'object',
                    required: ['threadFlows'],
                    properties: {
                        threadFlows: {
                            type: 'array',
                            items: {
                                type: 'object',
                                required: ['locations'],
                                properties: {
                                    locations: {
                                        type: 'array',
                                        items: {
                                            type: 'object',
                                            properties: { location: { $ref: '#/definitions/location' } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }, mode),
            stacks: nullable({
                type: 'array',
                items: {
                    type: 'object',
                    required: ['frames'],
                    properties: {
                        frames: {
                            type: 'array',
                            items: {
                                type: 'object',
                                properties: { location: { $ref: '#/definitions/location' } }
                            }
                        }
                    }
                }
            }, mode),
            partialFingerprints: nullable({ type: 'object', additionalProperties: { type: 'string' } }, mode),
            fingerprints: nullable({ type: 'object', additionalProperties: { type: 'string' } }, mode),
            suppressions: nullable({ type: 'array', items: { type: 'object' } }, mode),
            properties: nullable(propertyBag, mode)
        }
    };
    const reportingDescriptor = {
        type: 'object',
        required: strict ? ['id', 'shortDescription', 'fullDescription', 'help'] : ['id'],
        properties: {
            id: { type: 'string', minLength: 1 },
            name: { type: 'string', ...(strict ? { maxLength: 255 } : {}) },
            shortDescription: strict
                ? { ...multiformatText, properties: { text: { type: 'string', maxLength: 1024 } } }
                : multiformatText,
            fullDescription: strict
                ? { ...multiformatText, properties: { text: { type: 'string', maxLength: 1024 } } }
                : multiformatText,
            help: multiformatText,
            helpUri: { type: 'string' },
            defaultConfiguration: {
                type: 'object',
                properties: { level, enabled: { type: 'boolean' } }
            },
            properties: nullable(propertyBag, mode)
        }
    };
    const toolComponent = {
        type: 'object',
        required: ['name'],
        properties: {
            name: { type: 'string', minLength: 1 },
            fullName: { type: 'string' },
            version: { type: 'string' },
            semanticVersion: { type: 'string' },
            guid: { type: 'string' },
            informationUri: { type: 'string' },
            rules: nullable({
                type: 'array',
                items: { $ref: '#/definitions/reportingDescriptor' },
                ...(strict ? { maxItems: 25_000 } : {})
            }, mode)
        }
    };
    const run = {
        type: 'object',
        required: strict ? ['tool', 'results'] : ['tool'],
        properties: {
            tool: {
                type: 'object',
                required: ['driver'],
                properties: {
                    driver: strict
                        ? { allOf: [{ $ref: '#/definitions/toolComponent' }, { required: ['rules'] }] }
                        : { $ref: '#/definitions/toolComponent' },
                    extensions: nullable({
                        type: 'array',
                        items: { $ref: '#/definitions/toolComponent' },
                        ...(strict ? { maxItems: 100 } : {})
                    }, mode)
                }
            },
            results: nullable({
                type: 'array',
                items: { $ref: '#/definitions/result' },
                ...(strict ? { maxItems: 25_000 } : {})
            }, mode),
            automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
            artifacts: nullable({
                type: 'array',
                items: {
                    type: 'object',
                    properties: { location: { $ref: '#/definitions/artifactLocation' } }
                }
            }, mode),
            invocations: nullable({
                type: 'array',
                items: {
                    type: 'object',
                    properties: {
                        workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
                        startTimeUtc: { type: 'string' }
                    }
                }
            }, mode),
            originalUriBaseIds: nullable({
                type: 'object',
                additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
            }, mode)
        }
    };
    return {
        $id: `https://go-ci-kit.invalid/sarif-github-subset-${mode}.json`,
        type: 'object',
        required: ['version', 'runs'],
        properties: {
            $schema: { type: 'string' },
            version: { const: '2.1.0' },
            runs: {
                type: 'array',
                items: { $ref: '#/definitions/run' },
                ...(strict ? { maxItems: 20 } : {})
            }
        },
        definitions: {
            message,
            region,
            artifactLocation,
            location,
            result,
            reportingDescriptor,
            toolComponent,
            run
        }
    };
}
/**
 * Where a malformed value is worth a warning but no more (codeql-action
 * downgrades URI format errors the same way). Kept apart from the main schema
 * so a bad URL inside `rules` does not make the whole array "invalid".
 */
function formatSchema() {
    const uri = { format: 'uri' };
    const component = {
        type: 'object',
        properties: {
            informationUri: uri,
            rules: { type: 'array', items: { type: 'object', properties: { helpUri: uri } } }
        }
    };
    return {
        $id: 'https://go-ci-kit.invalid/sarif-formats.json',
        type: 'object',
        properties: {
            runs: {
                type: 'array',
                items: {
                    type: 'object',
                    properties: {
                        tool: {
                            type: 'object',
                            properties: { driver: component, extensions: { type: 'array', items: component } }
                        },
                        invocations: {
                            type: 'array',
                            items: { type: 'object', properties: { startTimeUtc: { format: 'date-time' } } }
                        }
                    }
                }
            }
        }
    };
}
const cache = new Map();
// ajv-formats is CommonJS with a default export; NodeNext sees the module object.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
function sarifValidators(mode) {
    const cached = cache.get(mode);
    if (cached)
        return cached;
    const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false });
    addFormats(ajv, ['uri', 'date-time']);
    const schema = sarifSchema(mode);
    ajv.addSchema(schema);
    const id = schema.$id;
    const validateLog = ajv.getSchema(id);
    const validateResult = ajv.getSchema(`${id}#/definitions/result`);
    const validateFormats = ajv.compile(formatSchema());
    const validators = {
        log: (value, prefix = '') => [
            ...problems(validateLog, value, prefix),
            ...problems(validateFormats, value, prefix).map(p => ({ ...p, severity: 'warning' }))
        ],
        result: (value, prefix) => problems(validateResult, value, prefix)
    };
    cache.set(mode, validators);
    return validators;
}
function problems(validate, value, prefix) {
    if (validate(value))
        return [];
    return describeErrors(validate.errors ?? [], prefix);
}
/**
 * ajv reports every branch of an `anyOf`; keep the most telling error per
 * location and phrase it as "pointer: what is wrong".
 */
function describeErrors(errors, prefix = '') {
    const byPointer = new Map();
    for (const error of errors) {
        if (error.keyword === 'anyOf' || error.keyword === 'if' || error.keyword === 'not') {
            if (error.keyword === 'not') {
                add(byPointer, `${prefix}${error.instancePath}/uriBaseId`, 'must be resolved and removed', 'error');
            }
            continue;
        }
        let pointer = prefix + error.instancePath;
        let text;
        switch (error.keyword) {
            case 'required':
                pointer += `/${escapePointer(String(error.params.missingProperty))}`;
                text = 'is required but missing';
                break;
            case 'type':
                text = `must be ${error.params.type}`;
                break;
            case 'const':
                text = `must be ${JSON.stringify(error.params.allowedValue)}`;
                break;
            case 'enum':
                text = `must be one of ${error.params.allowedValues.map(v => JSON.stringify(v)).join(', ')}`;
                break;
            case 'format':
                text = `is not a valid ${error.params.format}`;
                break;
            case 'pattern':
                text = 'must be a number from 0.0 to 10.0 written as a string';
                break;
            default:
                text = error.message ?? error.keyword;
        }
        add(byPointer, pointer, text, error.keyword === 'format' ? 'warning' : 'error');
    }
    // A nullable value that is wrong inside also fails the `null` branch; that says nothing.
    const all = [...byPointer.values()];
    return all.filter(problem => problem.message !== 'must be null' ||
        !all.some(other => other !== problem && other.pointer.startsWith(`${problem.pointer}/`)));
}
function add(map, pointer, message, severity) {
    const existing = map.get(pointer);
    // Within an anyOf, "must be null" is the least useful alternative.
    if (existing && !(existing.message === 'must be null' && message !== 'must be null'))
        return;
    map.set(pointer, { pointer: pointer || '/', message, severity });
}
function escapePointer(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

;// CONCATENATED MODULE: ./src/core/sarif/verdict.ts
/**
 * What the readers say about a parsed document: the version check (before any
 * schema noise) and the schema problems, as warnings or one error that lists
 * them by JSON pointer. Shared by the whole-file and the streaming reader.
 */


const INVALID_JSON_FIX = 'make sure the analysis finished writing the file (a cut-off file ends mid-value) and that nothing else wrote to it';
/** Only 2.1.0 is accepted by code scanning; say so before any schema noise. */
function checkVersion(display, value) {
    if (!isRecord(value)) {
        throw new core_errors/* ConfigurationError */.j1(`${display}: /: a SARIF log must be a JSON object`, {
            fix: 'pass the SARIF file itself, not a wrapper or a list'
        });
    }
    const version = value.version;
    if (version === undefined) {
        throw new core_errors/* ConfigurationError */.j1(`${display}: /version: is required but missing`, {
            fix: `SARIF logs declare "version": "${SARIF_VERSION}"`
        });
    }
    if (version !== SARIF_VERSION) {
        throw new core_errors/* ConfigurationError */.j1(`${display}: /version: SARIF version ${JSON.stringify(version)} is not supported; code scanning accepts only ${SARIF_VERSION}`, {
            fix: 'produce SARIF 2.1.0 (a newer version of the tool), or convert the file with the SARIF Multitool: sarif transform --sarif-output-version Current'
        });
    }
}
/** Format problems are warnings; any other problem makes the file unusable. */
function reportProblems(display, problems, logger) {
    const warnings = problems.filter(p => p.severity === 'warning');
    for (const warning of warnings.slice(0, 5)) {
        logger.warning(`${display}: ${warning.pointer}: ${warning.message} (kept as it is)`);
    }
    if (warnings.length > 5)
        logger.warning(`${display}: ${warnings.length - 5} more format warnings`);
    const errors = problems.filter(p => p.severity === 'error');
    if (errors.length === 0)
        return;
    const shown = errors.slice(0, 5).map(p => `${p.pointer}: ${p.message}`);
    const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
    throw new core_errors/* ConfigurationError */.j1(`${display}: not valid SARIF for code scanning: ${shown.join('; ')}${more}`, {
        fix: 'each item is a JSON pointer into the file and what is wrong there; fix the producer (often a newer version of the tool) or the step that edits its output'
    });
}

;// CONCATENATED MODULE: ./src/core/sarif/stream.ts
/**
 * Reading a SARIF file too big to parse whole (hundreds of MB), in bounded
 * memory. A byte scanner tracks strings and nesting only; it cuts each element
 * of `runs[].results` out and parses it on its own, keeping the N most severe
 * per run in a heap and tallying the rest. Everything outside the results
 * arrays (the "skeleton": version, tool, rules, invocations, …) is collected
 * and parsed at the end with empty results arrays.
 *
 * What stays in memory: the skeleton plus the kept results. Both are bounded by
 * `maxRetainedBytes` of JSON text; past it the reader stops with a clear error
 * rather than letting the process run out of memory.
 */







const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const OBJECT = 1;
const ARRAY = 2;
/** Bytes of one value that may span several chunks. */
class Capture {
    parts = [];
    start = 0;
    active = false;
    fileStart = 0;
    begin(index, fileOffset) {
        this.parts = [];
        this.start = index;
        this.fileStart = fileOffset;
        this.active = true;
    }
    /** The chunk is about to be replaced: keep what the capture has of it. */
    chunkDone(chunk) {
        if (!this.active)
            return;
        this.parts.push(chunk.subarray(this.start));
        this.start = 0;
    }
    end(chunk, index) {
        this.parts.push(chunk.subarray(this.start, index));
        this.active = false;
        const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
        this.parts = [];
        return bytes;
    }
}
/** The kept results of one run: a heap with the least severe (then latest) on top. */
class RunResults {
    heap = [];
    count = 0;
    dropped = emptyTally();
    rules = new Map();
    ruleList = [];
    setTool(tool) {
        if (!isRecord(tool) || !isRecord(tool.driver))
            return;
        const driver = tool.driver;
        this.ruleList = Array.isArray(driver.rules) ? driver.rules : [];
        for (const rule of this.ruleList)
            if (isRecord(rule) && typeof rule.id === 'string')
                this.rules.set(rule.id, rule);
    }
    ruleOf(result) {
        const id = result.ruleId ??
            result.rule?.id ??
            (typeof result.ruleIndex === 'number' ? this.ruleList[result.ruleIndex]?.id : undefined);
        return { id: id ?? 'unspecified', rule: id === undefined ? undefined : this.rules.get(id) };
    }
}
function worse(a, b) {
    return a.score < b.score || (a.score === b.score && a.index > b.index);
}
function siftUp(heap, at) {
    while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at], heap[parent]))
            return;
        [heap[at], heap[parent]] = [heap[parent], heap[at]];
        at = parent;
    }
}
function siftDown(heap, at) {
    for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let top = at;
        if (left < heap.length && worse(heap[left], heap[top]))
            top = left;
        if (right < heap.length && worse(heap[right], heap[top]))
            top = right;
        if (top === at)
            return;
        [heap[at], heap[top]] = [heap[top], heap[at]];
        at = top;
    }
}
function readSarifStreaming(file, display, options) {
    const validators = sarifValidators('input');
    const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
    const runs = [];
    let retained = 0;
    const tooBig = (what) => new core_errors/* ConfigurationError */.j1(`${display}: more than ${Math.round(options.maxRetainedBytes / 1048576)} MiB of SARIF would have to be held in memory (${what}); the file is ${Math.round(options.size / 1048576)} MiB`, {
        fix: 'split the analysis into several SARIF files (for example one per module) or lower the number of results (code scanning keeps at most 5,000 per run)'
    });
    const retain = (bytes) => {
        retained += bytes;
        if (retained > options.maxRetainedBytes)
            throw tooBig('the kept results');
    };
    // Scanner state.
    let depth = 0;
    let inString = false;
    let escaped = false;
    let types = new Uint8Array(64);
    let expectKey = new Uint8Array(64);
    let topKey = '';
    let runKey = '';
    let runIndex = -1;
    let elementIndex = 0;
    let inResults = false;
    let pendingResults = false;
    let keyDepth = 0;
    let keyParts = [];
    let keyStart = -1;
    const skeleton = new Capture();
    const skeletonSegments = [];
    const element = new Capture();
    const member = new Capture();
    let memberKey = '';
    let skeletonBytes = 0;
    const finishElement = (chunk, index, closing) => {
        const start = element.fileStart;
        const bytes = element.end(chunk, index);
        const text = bytes.toString('utf8');
        if (text.trim() === '') {
            if (closing && elementIndex === 0)
                return;
            throw syntaxError(file, display, start + bytes.length, 'expected a value');
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const at = locateJsonError(text, error);
            throw syntaxError(file, display, start + Buffer.byteLength(text.slice(0, at.offset)), at.reason);
        }
        const pointer = `/runs/${runIndex}/results/${elementIndex}`;
        reportProblems(display, validators.result(value, pointer), options.logger);
        keep(runs[runIndex], value, elementIndex, bytes.length);
        elementIndex++;
    };
    const keep = (run, result, index, bytes) => {
        run.count++;
        const { rule } = run.ruleOf(result);
        const suppressed = isSuppressed(result);
        const level = effectiveLevel({ ...result, level: toLevel(result.level) }, rule);
        const security = securitySeverity(result, rule);
        const candidate = {
            result,
            index,
            bytes,
            score: suppressed ? -1 : severityScore(level, security)
        };
        const tallyDropped = (dropped) => {
            if (isSuppressed(dropped.result)) {
                run.dropped.suppressed++;
                return;
            }
            const about = run.ruleOf(dropped.result);
            const droppedLevel = effectiveLevel({ ...dropped.result, level: toLevel(dropped.result.level) }, about.rule);
            countResult(run.dropped, '', about.id, droppedLevel, securitySeverity(dropped.result, about.rule), about.rule);
        };
        if (run.heap.length < options.maxResultsPerRun) {
            run.heap.push(candidate);
            siftUp(run.heap, run.heap.length - 1);
            retain(bytes);
            return;
        }
        const top = run.heap[0];
        if (top !== undefined && worse(top, candidate)) {
            run.heap[0] = candidate;
            siftDown(run.heap, 0);
            retained -= top.bytes;
            retain(bytes);
            tallyDropped(top);
        }
        else
            tallyDropped(candidate);
    };
    const finishMember = (chunk, index) => {
        const start = member.fileStart;
        const bytes = member.end(chunk, index);
        const text = bytes.toString('utf8');
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const at = locateJsonError(text, error);
            throw syntaxError(file, display, start + Buffer.byteLength(text.slice(0, at.offset)), at.reason);
        }
        // Stop early on the wrong version rather than after reading the whole file.
        if (memberKey === 'version')
            checkVersion(display, { version: value });
        else if (memberKey === 'tool')
            runs[runIndex]?.setTool(value);
    };
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let fileOffset = 0;
    try {
        skeleton.begin(0, 0);
        for (;;) {
            const chunk = Buffer.allocUnsafe(chunkBytes);
            const length = (0,external_node_fs_.readSync)(fd, chunk, 0, chunkBytes, null);
            if (length === 0)
                break;
            const data = length === chunkBytes ? chunk : chunk.subarray(0, length);
            for (let i = 0; i < length; i++) {
                const byte = data[i];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === BACKSLASH)
                        escaped = true;
                    else if (byte === QUOTE) {
                        inString = false;
                        if (keyStart !== -1) {
                            keyParts.push(data.subarray(keyStart, i));
                            const key = JSON.parse(`"${Buffer.concat(keyParts).toString('utf8')}"`);
                            if (keyDepth === 1)
                                topKey = key;
                            else
                                runKey = key;
                            keyStart = -1;
                            keyParts = [];
                        }
                    }
                    continue;
                }
                switch (byte) {
                    case QUOTE:
                        inString = true;
                        if (types[depth] === OBJECT && expectKey[depth] === 1) {
                            expectKey[depth] = 0;
                            if (depth === 1 || (depth === 3 && topKey === 'runs' && types[2] === ARRAY)) {
                                keyDepth = depth;
                                keyStart = i + 1;
                                keyParts = [];
                            }
                        }
                        break;
                    case OPEN_OBJECT:
                    case OPEN_ARRAY:
                        depth++;
                        if (depth >= types.length) {
                            const grownTypes = new Uint8Array(types.length * 2);
                            grownTypes.set(types);
                            types = grownTypes;
                            const grownKeys = new Uint8Array(expectKey.length * 2);
                            grownKeys.set(expectKey);
                            expectKey = grownKeys;
                        }
                        types[depth] = byte === OPEN_OBJECT ? OBJECT : ARRAY;
                        expectKey[depth] = byte === OPEN_OBJECT ? 1 : 0;
                        if (depth === 3 && byte === OPEN_OBJECT && topKey === 'runs' && types[2] === ARRAY) {
                            runIndex++;
                            runs.push(new RunResults());
                            runKey = '';
                        }
                        if (depth === 4 && pendingResults) {
                            pendingResults = false;
                            if (byte === OPEN_ARRAY) {
                                inResults = true;
                                elementIndex = 0;
                                const part = skeleton.end(data, i + 1);
                                skeletonSegments.push({ fileStart: skeleton.fileStart, bytes: part });
                                skeletonBytes += part.length;
                                element.begin(i + 1, fileOffset + i + 1);
                            }
                        }
                        break;
                    case CLOSE_OBJECT:
                    case CLOSE_ARRAY:
                        if (depth === 4 && inResults) {
                            finishElement(data, i, true);
                            inResults = false;
                            skeleton.begin(i, fileOffset + i);
                        }
                        if (member.active && depth === keyDepthOfMember(memberKey))
                            finishMember(data, i);
                        if (depth === 3)
                            pendingResults = false;
                        depth--;
                        break;
                    case COLON:
                        if (depth === 1 && topKey === 'version') {
                            memberKey = 'version';
                            member.begin(i + 1, fileOffset + i + 1);
                        }
                        else if (depth === 3 && topKey === 'runs' && types[2] === ARRAY) {
                            if (runKey === 'results')
                                pendingResults = true;
                            else if (runKey === 'tool') {
                                memberKey = 'tool';
                                member.begin(i + 1, fileOffset + i + 1);
                            }
                        }
                        break;
                    case COMMA:
                        if (types[depth] === OBJECT)
                            expectKey[depth] = 1;
                        if (depth === 4 && inResults) {
                            finishElement(data, i, false);
                            element.begin(i + 1, fileOffset + i + 1);
                        }
                        if (member.active && depth === keyDepthOfMember(memberKey))
                            finishMember(data, i);
                        if (depth === 3)
                            pendingResults = false;
                        break;
                }
            }
            if (keyStart !== -1) {
                keyParts.push(data.subarray(keyStart));
                keyStart = 0;
            }
            skeleton.chunkDone(data);
            element.chunkDone(data);
            member.chunkDone(data);
            fileOffset += length;
            const skeletonSize = skeletonBytes + (skeleton.active ? fileOffset - skeleton.fileStart : 0);
            if (retained + skeletonSize > options.maxRetainedBytes)
                throw tooBig('the parts outside the results arrays');
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (inString || depth !== 0 || inResults) {
        throw syntaxError(file, display, fileOffset, 'unexpected end of file');
    }
    const tail = skeleton.end(Buffer.alloc(0), 0);
    skeletonSegments.push({ fileStart: skeleton.fileStart, bytes: tail });
    const skeletonText = Buffer.concat(skeletonSegments.map(segment => segment.bytes)).toString('utf8');
    let value;
    try {
        value = JSON.parse(skeletonText);
    }
    catch (error) {
        const at = locateJsonError(skeletonText, error);
        const byte = Buffer.byteLength(skeletonText.slice(0, at.offset));
        throw syntaxError(file, display, skeletonToFile(skeletonSegments, byte), at.reason);
    }
    checkVersion(display, value);
    reportProblems(display, validators.log(value), options.logger);
    const log = value;
    const resultCounts = [];
    const droppedTallies = [];
    log.runs.forEach((run, index) => {
        const kept = runs[index];
        if (!kept || !Array.isArray(run.results)) {
            resultCounts.push(Array.isArray(run.results) ? run.results.length : 0);
            droppedTallies.push(emptyTally());
            return;
        }
        run.results = kept.heap.sort((a, b) => a.index - b.index).map(entry => entry.result);
        resultCounts.push(kept.count);
        droppedTallies.push(kept.dropped);
    });
    return { file: display, bytes: options.size, log, resultCounts, droppedTallies };
}
/** The nesting depth at which a captured member's value ends (`version`: top level, `tool`: a run). */
function keyDepthOfMember(key) {
    return key === 'version' ? 1 : 3;
}
function skeletonToFile(segments, byte) {
    let offset = byte;
    for (const segment of segments) {
        if (offset <= segment.bytes.length)
            return segment.fileStart + offset;
        offset -= segment.bytes.length;
    }
    const last = segments[segments.length - 1];
    return last ? last.fileStart + last.bytes.length : 0;
}
/** A syntax error at a byte offset, located as file:line:column by counting newlines up to it. */
function syntaxError(file, display, byteOffset, reason) {
    let line = 1;
    let lineStart = 0;
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        let position = 0;
        while (position < byteOffset) {
            const length = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, byteOffset - position), position);
            if (length === 0)
                break;
            for (let i = buffer.indexOf(0x0a, 0); i !== -1 && i < length; i = buffer.indexOf(0x0a, i + 1)) {
                line++;
                lineStart = position + i + 1;
            }
            position += length;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return new core_errors/* ConfigurationError */.j1(`${display}:${line}:${byteOffset - lineStart + 1}: invalid JSON: ${reason}`, { fix: INVALID_JSON_FIX });
}

;// CONCATENATED MODULE: ./src/core/sarif/read.ts
/**
 * Finding SARIF files (a file, a directory or globs) and reading each one:
 * JSON syntax, the SARIF version, then the input schema. Files too big to hold
 * comfortably go through the streaming reader instead of `JSON.parse`.
 */








const DEFAULT_STREAM_THRESHOLD = 64 * 1024 * 1024;
const DEFAULT_MAX_RETAINED = 256 * 1024 * 1024;
const DIRECTORY_PATTERNS = ['**/*.sarif', '**/*.sarif.json'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/**
 * Every SARIF file named by `patterns`: existing files as they are, directories
 * searched for *.sarif and *.sarif.json, anything else as a glob. A pattern
 * that finds nothing is an error, so a misspelt path does not pass silently.
 */
async function resolveSarifPaths(patterns, cwd) {
    if (patterns.length === 0) {
        throw new core_errors/* ConfigurationError */.j1('no SARIF file given', {
            fix: 'name a file, a directory or a glob such as results/*.sarif'
        });
    }
    const found = [];
    for (const pattern of patterns) {
        const absolute = external_node_path_default().resolve(cwd, pattern);
        const stats = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
        let matches;
        if (stats?.isFile())
            matches = [absolute];
        else if (stats?.isDirectory()) {
            matches = await (0,dist.glob)(DIRECTORY_PATTERNS, {
                cwd: absolute,
                absolute: true,
                onlyFiles: true,
                dot: true,
                ignore: IGNORED
            });
            if (matches.length === 0) {
                throw new core_errors/* ConfigurationError */.j1(`directory ${pattern} holds no *.sarif file`, {
                    fix: 'check that the analysis step wrote its SARIF there'
                });
            }
        }
        else {
            matches = await (0,dist.glob)(pattern, {
                cwd,
                absolute: true,
                onlyFiles: true,
                dot: true,
                ignore: IGNORED,
                expandDirectories: false
            });
            if (matches.length === 0) {
                throw new core_errors/* ConfigurationError */.j1(`no SARIF file matches ${pattern}`, {
                    fix: 'check the path (relative to the workspace) and that the analysis step ran'
                });
            }
        }
        found.push(...matches.map(file => external_node_path_default().normalize(file)).sort());
    }
    return [...new Set(found)];
}
function displayPath(file, cwd) {
    const relative = external_node_path_default().relative(cwd, file);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : file;
}
/** Reads, checks and validates one SARIF file. */
function readSarifFile(file, options) {
    const display = displayPath(file, options.cwd);
    const stats = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    if (!stats)
        throw new core_errors/* ConfigurationError */.j1(`${display}: file not found`);
    if (stats.size === 0)
        throw emptyFile(display);
    const threshold = options.streamThresholdBytes ?? DEFAULT_STREAM_THRESHOLD;
    if (stats.size >= threshold) {
        options.logger.info(`${display} is ${(stats.size / 1048576).toFixed(0)} MiB: reading it as a stream, ` +
            `keeping the ${options.maxResultsPerRun} most severe results of each run`);
        return readSarifStreaming(file, display, {
            size: stats.size,
            maxResultsPerRun: options.maxResultsPerRun,
            maxRetainedBytes: options.maxRetainedBytes ?? DEFAULT_MAX_RETAINED,
            logger: options.logger
        });
    }
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    return parseSarifText(display, text, stats.size, options.logger);
}
/** The in-memory path: parse, check the version, validate. */
function parseSarifText(display, text, bytes, logger) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '')
        throw emptyFile(display);
    let value;
    try {
        value = JSON.parse(body);
    }
    catch (error) {
        const at = locateJsonError(body, error);
        throw new core_errors/* ConfigurationError */.j1(`${display}:${at.line}:${at.column}: invalid JSON: ${at.reason}`, {
            fix: INVALID_JSON_FIX
        });
    }
    checkVersion(display, value);
    reportProblems(display, sarifValidators('input').log(value), logger);
    const log = value;
    return {
        file: display,
        bytes,
        log,
        resultCounts: log.runs.map(run => (Array.isArray(run.results) ? run.results.length : 0))
    };
}
function emptyFile(display) {
    return new core_errors/* ConfigurationError */.j1(`${display}: the SARIF file is empty`, {
        fix: 'the analysis step probably failed before writing results; look at its log'
    });
}

;// CONCATENATED MODULE: ./src/core/sarif/pipeline.ts
/**
 * The SARIF pipeline, from file patterns to uploads GitHub will accept:
 * read → validate → normalize → merge → limits → fingerprint → split → check.
 * Pure apart from reading files; no network. The action, the CLI and the bench
 * all go through `prepareSarif`.
 */













async function prepareSarif(options) {
    const limits = { ...GITHUB_LIMITS, ...options.limits };
    const logger = options.logger;
    const checkoutDir = external_node_path_default().resolve(options.cwd, options.checkoutDir);
    if (!(0,external_node_fs_.statSync)(checkoutDir, { throwIfNoEntry: false })?.isDirectory()) {
        throw new core_errors/* ConfigurationError */.j1(`checkout directory ${options.checkoutDir} does not exist`, {
            fix: 'point checkout-path (--checkout) at the repository the analysis ran on'
        });
    }
    const clock = timer();
    const files = await resolveSarifPaths(options.inputs, options.cwd);
    const sources = files.map(file => ({
        absolute: file,
        source: readSarifFile(file, {
            cwd: options.cwd,
            logger,
            maxResultsPerRun: limits.maxResultsPerRun,
            streamThresholdBytes: options.streamThresholdBytes,
            maxRetainedBytes: options.maxRetainedBytes
        })
    }));
    const readMs = clock();
    // The streaming reader already left the least severe results out: that is a cut too.
    const streamCuts = sources.flatMap(({ source }) => source.droppedTallies
        ? source.log.runs.flatMap((run, index) => {
            const removed = source.resultCounts[index] - run.results.length;
            return removed > 0
                ? [
                    {
                        what: 'least severe results',
                        where: `${run.tool?.driver?.name ?? 'run'} in ${source.file}`,
                        limit: limits.maxResultsPerRun,
                        removed
                    }
                ]
                : [];
        })
        : []);
    const markers = await (0,dist.glob)(['**/go.mod', '**/.golangci.{yml,yaml,toml,json}'], {
        cwd: checkoutDir,
        absolute: true,
        onlyFiles: true,
        dot: true,
        ignore: ['**/node_modules/**', '**/vendor/**', '**/.git/**', '**/testdata/**']
    });
    const dirsOf = (name) => markers
        .filter(file => name.test(external_node_path_default().basename(file)))
        .map(file => external_node_path_default().dirname(external_node_path_default().normalize(file)))
        .sort();
    const moduleDirs = dirsOf(/^go\.mod$/);
    const configDirs = dirsOf(/^\.golangci\./);
    const notes = emptyNotes();
    const lookup = new FileLookup();
    const normalized = sources.flatMap(({ source, absolute }) => normalizeSource(source, absolute, {
        checkoutDir,
        moduleDirs,
        configDirs,
        baseDirs: options.baseDirs ?? {},
        category: options.category,
        lookup
    }, notes));
    const { runs, merged } = mergeRuns(normalized);
    const tally = emptyTally();
    for (const run of runs)
        mergeTally(tally, run.tally);
    const normalizeMs = clock();
    const cuts = [...streamCuts, ...runs.flatMap(run => applyLimits(run, limits))];
    const limitsMs = clock();
    const fingerprints = addFingerprints(runs, checkoutDir);
    const fingerprintMs = clock();
    const uploads = buildUploads(runs, limits);
    const splitMs = clock();
    checkUploads(uploads);
    const checkMs = clock();
    const warnings = report(logger, { notes, fingerprints, cuts, merged, uploads, runs });
    const timings = {
        read: readMs,
        normalize: normalizeMs,
        limits: limitsMs,
        fingerprint: fingerprintMs,
        split: splitMs,
        check: checkMs,
        total: readMs + normalizeMs + limitsMs + fingerprintMs + splitMs + checkMs
    };
    return {
        sources: sources.map(({ source }) => ({
            file: source.file,
            bytes: source.bytes,
            runs: source.log.runs.length,
            results: source.resultCounts.reduce((sum, count) => sum + count, 0)
        })),
        runs,
        uploads,
        tally,
        cuts,
        merged,
        notes,
        fingerprints,
        warnings,
        timings
    };
}
function timer() {
    let last = performance.now();
    return () => {
        const now = performance.now();
        const elapsed = now - last;
        last = now;
        return Math.round(elapsed);
    };
}
/** What we send must pass the upload schema; anything else is our bug, not the user's. */
function checkUploads(uploads) {
    const validators = sarifValidators('upload');
    for (const upload of uploads) {
        const problems = validators
            .log({ version: '2.1.0', runs: upload.runs.map(run => run.run) })
            .filter(problem => problem.severity === 'error');
        if (problems.length > 0) {
            throw new Error(`normalized SARIF (upload ${upload.index}) does not pass the upload schema: ${problems
                .slice(0, 5)
                .map(p => `${p.pointer}: ${p.message}`)
                .join('; ')}`);
        }
    }
}
function examples(map, count = 3) {
    const keys = [...map.keys()];
    const shown = keys.slice(0, count).join(', ');
    return keys.length > count ? `${shown}, …` : shown;
}
function total(map) {
    let sum = 0;
    for (const value of map.values())
        sum += value;
    return sum;
}
function report(logger, facts) {
    const { notes, fingerprints, cuts, merged, uploads } = facts;
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        logger.warning(message);
    };
    if (notes.outside.size > 0)
        warn(`${total(notes.outside)} location(s) point outside the repository (${examples(notes.outside)}); kept as absolute file URIs, which code scanning cannot link to repository files`);
    if (notes.unresolvedBases.size > 0)
        warn(`${total(notes.unresolvedBases)} location(s) are relative to an undefined base (${examples(notes.unresolvedBases)}); their paths were moved into the location message (set GOROOT/GOMODCACHE to resolve Go's)`);
    if (notes.emptyUris > 0)
        warn(`${notes.emptyUris} location(s) had an empty URI (gosec writes one for files outside its scan roots) and were removed`);
    if (notes.unlocatedResults > 0)
        warn(`${notes.unlocatedResults} result(s) have no usable location and are not uploaded (code scanning would reject the whole file); they are still counted, annotated and gated`);
    const missingResults = total(fingerprints.missingFiles);
    if (missingResults > 0)
        warn(`${missingResults} result(s) point at files missing from the checkout (${examples(fingerprints.missingFiles)}): no fingerprint was computed for them`);
    if (fingerprints.pastEnd > 0)
        warn(`${fingerprints.pastEnd} result(s) point past the end of their file: no fingerprint was computed for them`);
    for (const cut of cuts)
        warn(`GitHub limit: ${describeCut(cut)}`);
    for (const note of merged) {
        const versions = note.versions
            ? ` (versions ${note.versions.join(', ')}; the first is kept)`
            : '';
        const duplicates = note.duplicates ? `; ${note.duplicates} identical result(s) dropped` : '';
        logger.info(`Merged ${note.runs} runs of ${note.tool}${note.category ? ` (category ${note.category})` : ''} from ${note.sources.join(', ')}: code scanning rejects several runs of one tool and category${versions}${duplicates}`);
    }
    if (notes.danglingIndexes > 0)
        logger.info(`Removed ${notes.danglingIndexes} artifactLocation.index reference(s) to missing artifacts`);
    for (const [tool, count] of notes.rulesBuilt)
        logger.info(`Described ${count} rule(s) that ${tool} referenced without describing`);
    if (notes.levelsMapped.size > 0)
        logger.info(`Mapped non-SARIF levels onto SARIF ones: ${examples(notes.levelsMapped, 5)}`);
    if (notes.duplicateTags + notes.duplicateStacks > 0)
        logger.info(`Removed ${notes.duplicateTags} duplicate tag(s) and ${notes.duplicateStacks} duplicate stack(s)/code flow(s)`);
    if (notes.clampedRegions > 0)
        logger.info(`Raised lines/columns below 1 to 1 in ${notes.clampedRegions} region(s)`);
    if (uploads.length > 1)
        logger.info(`Split into ${uploads.length} uploads (${uploads.map(u => `${u.runs.length} run(s), ${(u.gzip.length / 1048576).toFixed(1)} MB gzipped`).join('; ')})`);
    return warnings;
}

;// CONCATENATED MODULE: ./src/core/sarif/refs.ts
/**
 * Which commit and ref an analysis belongs to, and what kind of pull request
 * (if any) the workflow runs for. Mirrors codeql-action: `ref`+`sha` inputs
 * win (both or neither); otherwise GITHUB_REF/GITHUB_SHA, including PR merge
 * refs; and when a PR workflow checked out the PR head instead of the merge
 * commit, `refs/pull/N/head` with the head SHA, so alerts land on that commit.
 */




const SHA = /^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$/;
const REF = /^refs\/(heads|tags|pull)\/.+/;
function pullRequestOf(eventName, event, repository) {
    if (!isRecord(event) || !isRecord(event.pull_request))
        return undefined;
    const pr = event.pull_request;
    const head = isRecord(pr.head) ? pr.head : {};
    const headRepo = isRecord(head.repo) ? head.repo.full_name : undefined;
    const baseRepo = isRecord(pr.base) && isRecord(pr.base.repo) ? pr.base.repo.full_name : repository;
    const number = typeof pr.number === 'number' ? pr.number : Number(event.number);
    if (!Number.isInteger(number))
        return undefined;
    return {
        number,
        headSha: typeof head.sha === 'string' ? head.sha : '',
        fromFork: eventName === 'pull_request' && typeof headRepo === 'string' && headRepo !== baseRepo
    };
}
function resolveAnalysisRef(inputs, context, checkedOutSha) {
    const pullRequest = pullRequestOf(context.eventName, context.event, context.repository);
    if ((inputs.ref === undefined) !== (inputs.sha === undefined)) {
        throw new core_errors/* ConfigurationError */.j1('inputs ref and sha must be given together', {
            fix: 'set both (the ref the analysis is for and its commit), or neither to use the workflow run’s'
        });
    }
    let ref = inputs.ref ?? context.ref;
    let sha = inputs.sha ?? context.sha;
    if (inputs.ref === undefined && pullRequest) {
        const merge = /^refs\/pull\/(\d+)\/merge$/.exec(ref);
        if (merge &&
            checkedOutSha &&
            pullRequest.headSha &&
            checkedOutSha === pullRequest.headSha &&
            checkedOutSha !== sha) {
            ref = `refs/pull/${merge[1]}/head`;
            sha = pullRequest.headSha;
        }
    }
    if (!REF.test(ref)) {
        throw new core_errors/* ConfigurationError */.j1(`ref "${ref}" is not a full Git ref`, {
            fix: 'use refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/merge (or /head)'
        });
    }
    if (!SHA.test(sha)) {
        throw new core_errors/* ConfigurationError */.j1(`sha "${sha}" is not a commit SHA`, {
            fix: 'give the 40-character commit SHA'
        });
    }
    return { ref, sha, pullRequest };
}
/** HEAD's commit in a checkout, read from .git without running git; undefined if unknown. */
function readGitHead(checkout) {
    try {
        let gitDir = path.join(checkout, '.git');
        if (!existsSync(gitDir))
            return undefined;
        if (statSync(gitDir).isFile()) {
            const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'));
            if (!pointer)
                return undefined;
            gitDir = path.resolve(checkout, pointer[1].trim());
        }
        const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
        if (SHA.test(head))
            return head.toLowerCase();
        const symbolic = /^ref:\s*(.+)$/.exec(head);
        if (!symbolic)
            return undefined;
        const refName = symbolic[1].trim();
        for (const dir of [gitDir, commonDir(gitDir)]) {
            const loose = path.join(dir, refName);
            if (existsSync(loose))
                return readFileSync(loose, 'utf8').trim().toLowerCase();
            const packed = path.join(dir, 'packed-refs');
            if (existsSync(packed)) {
                for (const line of readFileSync(packed, 'utf8').split('\n')) {
                    const [value, name] = line.trim().split(' ');
                    if (name === refName && SHA.test(value))
                        return value.toLowerCase();
                }
            }
        }
    }
    catch {
        // Best effort: without HEAD we keep GITHUB_REF/GITHUB_SHA.
    }
    return undefined;
}
function commonDir(gitDir) {
    const file = path.join(gitDir, 'commondir');
    return existsSync(file) ? path.resolve(gitDir, readFileSync(file, 'utf8').trim()) : gitDir;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/sarif.ts













const help = `Usage: go-ci-kit sarif <normalize|annotate|upload> IN... [options]

Reads SARIF files (IN is a file, a directory searched for *.sarif, or a glob),
validates them against the part of SARIF 2.1.0 code scanning uses, and
normalizes them: URIs relative to the checkout (uriBaseId, file:// and
module-relative paths resolved), missing rules described, duplicate tags and
stacks removed, 0 lines/columns raised to 1, null results made [], dangling
artifact indexes fixed, primaryLocationLineHash fingerprints added (the
codeql-action algorithm), GitHub's limits applied (what is cut is reported),
runs of one tool and category merged and the result split into uploads of at
most 20 runs and 10 MB gzipped.

Subcommands:
  normalize IN... --out OUT
      Write the normalized SARIF to OUT. When it needs several uploads, the
      further parts are written next to it as OUT-2.sarif, OUT-3.sarif, ...
  annotate IN...
      Print GitHub workflow commands (::error file=...,line=...::message) for
      the findings, most severe first, at most --max-per-level per level.
  upload IN... --repo OWNER/REPO --sha SHA --ref REF
      Upload to code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs)
      with the token in GITHUB_TOKEN (or GH_TOKEN) and the API in
      GITHUB_API_URL (default https://api.github.com).

Options:
  --checkout DIR       repository root the analysis ran on (default: .)
  --category NAME      category (automationDetails.id "NAME/") for runs without one
  --fail-on LEVEL      exit 1 when findings reach LEVEL: ${FAIL_ON_HELP}
                       (default: none)
  --out FILE           normalize: where to write the SARIF (required)
  --max-per-level N    annotate: workflow commands per level (default 10, as many
                       as a GitHub step shows; 0 = all)
  --repo OWNER/REPO    upload: the repository (default: GITHUB_REPOSITORY)
  --sha SHA            upload: the commit analysed (default: GITHUB_SHA)
  --ref REF            upload: refs/heads/..., refs/pull/N/merge, ... (default: GITHUB_REF)
  --wait               upload: wait until code scanning has processed the upload
  --json               print one JSON report on stdout (logs go to stderr)
  -h, --help           show this help

Exit codes:
  0   ok
  1   --fail-on matched, or code scanning failed to process an upload
  2   usage error, unreadable or invalid SARIF, or the upload was refused
`;
/** Logs go to stderr in every mode, so stdout holds only commands or the one JSON document. */
function logger(io) {
    return {
        info: message => io.stderr(`${message}\n`),
        warning: message => io.stderr(`warning: ${message}\n`),
        debug: message => {
            if (io.env.GO_CI_KIT_DEBUG)
                io.stderr(`debug: ${message}\n`);
        }
    };
}
function sarif_report(prepared, gate) {
    return {
        gate,
        files: prepared.sources,
        runs: prepared.runs.map(run => ({
            tool: run.tool,
            category: run.category,
            results: run.run.results.length,
            unlocated: run.unlocated.length,
            sources: run.sources
        })),
        results: prepared.tally.levels,
        suppressed: prepared.tally.suppressed,
        uploads: prepared.uploads.map(upload => ({
            runs: upload.runs.length,
            results: upload.results,
            bytes: Buffer.byteLength(upload.json),
            gzipBytes: upload.gzip.length
        })),
        cuts: prepared.cuts.map(describeCut),
        warnings: prepared.warnings,
        fingerprints: {
            computed: prepared.fingerprints.computed,
            existing: prepared.fingerprints.existing,
            missingFiles: Object.fromEntries(prepared.fingerprints.missingFiles),
            pastEnd: prepared.fingerprints.pastEnd,
            filesHashed: prepared.fingerprints.filesHashed,
            bytesRead: prepared.fingerprints.bytesRead,
            ms: Math.round(prepared.fingerprints.ms),
            hashMs: Math.round(prepared.fingerprints.hashMs)
        },
        timings: prepared.timings
    };
}
/** OUT, then OUT-2.sarif, OUT-3.sarif … for further uploads. */
function partPath(out, index) {
    if (index === 1)
        return out;
    const match = /^(.*?)((\.sarif)?(\.json)?)$/.exec(out);
    return `${match[1]}-${index}${match[2] || '.sarif'}`;
}
/** Writes every file to a temp name first and renames at the end: all or nothing. */
function writeAtomically(files) {
    const temps = [];
    try {
        for (const { file, text } of files) {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            const temp = `${file}.tmp-${process.pid}`;
            (0,external_node_fs_.writeFileSync)(temp, text);
            temps.push(temp);
        }
        files.forEach(({ file }, index) => (0,external_node_fs_.renameSync)(temps[index], file));
    }
    catch (error) {
        for (const temp of temps)
            (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}
const sarifCommand = {
    name: 'sarif',
    summary: 'Normalize, annotate or upload SARIF',
    help,
    async run(argv, io) {
        const [subcommand, ...rest] = argv;
        if (subcommand !== 'normalize' && subcommand !== 'annotate' && subcommand !== 'upload') {
            throw new core_errors/* ConfigurationError */.j1(subcommand === undefined
                ? 'sarif: missing subcommand'
                : `sarif: unknown subcommand "${subcommand}"`, { fix: 'use go-ci-kit sarif normalize|annotate|upload (see --help)' });
        }
        const { values, positionals } = (0,command/* parseCommandArgs */.Qx)(`sarif ${subcommand}`, rest, {
            checkout: { type: 'string' },
            category: { type: 'string' },
            'fail-on': { type: 'string' },
            out: { type: 'string' },
            'max-per-level': { type: 'string' },
            repo: { type: 'string' },
            sha: { type: 'string' },
            ref: { type: 'string' },
            wait: { type: 'boolean' },
            json: { type: 'boolean' }
        });
        const json = values.json === true;
        const log = logger(io);
        const failOnText = values['fail-on'] ?? 'none';
        const failOn = parseFailOn(failOnText);
        if (subcommand === 'normalize' && !values.out) {
            throw new core_errors/* ConfigurationError */.j1('sarif normalize: --out is required', {
                fix: 'add --out normalized.sarif'
            });
        }
        if (positionals.length === 0) {
            throw new core_errors/* ConfigurationError */.j1(`sarif ${subcommand}: no SARIF file given`, {
                fix: 'name files, directories or globs after the subcommand'
            });
        }
        let maxPerLevel = 10;
        if (values['max-per-level'] !== undefined) {
            maxPerLevel = Number(values['max-per-level']);
            if (!Number.isInteger(maxPerLevel) || maxPerLevel < 0) {
                throw new core_errors/* ConfigurationError */.j1(`--max-per-level must be a whole number, got "${values['max-per-level']}"`);
            }
        }
        const prepared = await prepareSarif({
            inputs: positionals,
            cwd: io.cwd,
            checkoutDir: values.checkout ?? '.',
            category: values.category,
            baseDirs: goBaseDirs(io.env),
            logger: log
        });
        const gateFailure = evaluateGate(failOn, prepared.tally);
        const gate = { failOn: failOnText, failure: gateFailure };
        const levels = prepared.tally.levels;
        const counts = `${levels.error} error(s), ${levels.warning} warning(s), ${levels.note} note(s)`;
        if (subcommand === 'normalize') {
            const out = external_node_path_default().resolve(io.cwd, values.out);
            const files = prepared.uploads.map(upload => ({
                file: partPath(out, upload.index),
                text: upload.json
            }));
            writeAtomically(files);
            if (json)
                (0,command/* printJson */.Q2)(io, { ...sarif_report(prepared, gate), written: files.map(f => f.file) });
            else
                io.stderr(`Wrote ${files.map(f => external_node_path_default().relative(io.cwd, f.file) || f.file).join(', ')}: ${counts}\n`);
        }
        else if (subcommand === 'annotate') {
            const findings = collectFindings(prepared.runs);
            const { shown, rest: hidden } = selectForCommands(findings, maxPerLevel);
            const annotations = shown.map(toAnnotation);
            if (json)
                (0,command/* printJson */.Q2)(io, { ...sarif_report(prepared, gate), annotations, notShown: hidden.length });
            else {
                for (const annotation of annotations)
                    io.stdout(`${formatWorkflowCommand(annotation)}\n`);
                if (hidden.length > 0)
                    io.stderr(`${hidden.length} more finding(s) not printed (--max-per-level ${maxPerLevel})\n`);
            }
        }
        else {
            const code = await upload(prepared, gate, values, io, log, json);
            if (code !== command/* ExitCode */.yU.ok)
                return code;
        }
        if (gateFailure) {
            // With --json the report above is the one JSON document; say it on stderr only.
            if (!json)
                throw new core_errors/* GateFailure */.In(gateFailure);
            io.stderr(`go-ci-kit: ${gateFailure}\n`);
            return command/* ExitCode */.yU.gateFailed;
        }
        return command/* ExitCode */.yU.ok;
    }
};
async function upload(prepared, gate, values, io, log, json) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) {
        throw new core_errors/* ConfigurationError */.j1('sarif upload needs a token in GITHUB_TOKEN (or GH_TOKEN)', {
            fix: 'export GITHUB_TOKEN with the security_events scope (or security-events: write in Actions)'
        });
    }
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new core_errors/* ConfigurationError */.j1(`--repo must be OWNER/REPO, got "${repository}"`);
    }
    const ref = resolveAnalysisRef({ ref: values.ref ?? io.env.GITHUB_REF, sha: values.sha ?? io.env.GITHUB_SHA }, { ref: '', sha: '', eventName: '', event: {}, repository });
    const client = (0,github_client/* createGitHubClient */.LX)({
        baseUrl: io.env.GITHUB_API_URL,
        token,
        userAgent: `go-ci-kit/${io.env.GO_CI_KIT_VERSION ?? '0.1.0'} sarif`,
        retry: retryFromEnv(io.env),
        onRetry: ({ attempt, delayMs, reason }) => log.info(`retrying (attempt ${attempt + 1}) in ${delayMs} ms: ${reason}`)
    });
    const target = {
        owner,
        repo,
        commitSha: ref.sha,
        ref: ref.ref,
        checkoutUri: fileUri(external_node_path_default().resolve(io.cwd, values.checkout ?? '.')),
        startedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    };
    let receipts;
    try {
        receipts = await uploadToCodeScanning(client, target, prepared.uploads, GITHUB_LIMITS, log);
    }
    catch (error) {
        if (!(error instanceof UploadFailure))
            throw error;
        const done = error.uploaded.length
            ? ` (${error.uploaded.length} upload(s) had gone through: ${error.uploaded.map(r => r.id).join(', ')})`
            : '';
        throw new core_errors/* ConfigurationError */.j1(`code scanning refused the upload: ${error.cause.message}${done}`, {
            fix: error.cause.status === 403
                ? 'the token needs security_events (security-events: write), and private repositories need GitHub Code Security'
                : 'see the API message'
        });
    }
    const processing = [];
    if (values.wait) {
        for (const receipt of receipts)
            processing.push(await waitForProcessing(client, target, receipt.id, pollOptionsFromEnv(io.env), log));
    }
    if (json) {
        (0,command/* printJson */.Q2)(io, {
            ...sarif_report(prepared, gate),
            sarifIds: receipts.map(r => r.id),
            processing: processing.map(p => ({ id: p.id, status: p.status, errors: p.errors }))
        });
    }
    else {
        for (const receipt of receipts)
            io.stdout(`${receipt.id}\n`);
    }
    const failed = processing.filter(p => p.status === 'failed');
    if (failed.length > 0) {
        io.stderr(`go-ci-kit: code scanning failed to process ${failed.map(p => `${p.id} (${p.errors.join('; ') || 'no details'})`).join(', ')}\n`);
        return command/* ExitCode */.yU.gateFailed;
    }
    return command/* ExitCode */.yU.ok;
}


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, DEFAULT_GITHUB_API_URL, gitHubClientFromEnv, fillPath, retryDelay */
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


/***/ })

};
