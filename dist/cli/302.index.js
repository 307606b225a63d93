export const id = 302;
export const ids = [302];
export const modules = {

/***/ 2302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export renderSummary */

function target(b) {
    return b.slices
        .map(s => {
        const d = s.dimensions;
        const level = d.archLevel ? `/${d.archLevel.value}` : '';
        return `${d.goos}/${d.goarch}${level}`;
    })
        .join(' + ');
}
function goVersions(b) {
    return [...new Set(b.slices.map(s => s.goVersionRaw))].join(', ');
}
function cgo(b) {
    return [...new Set(b.slices.map(s => s.dimensions.cgo))].join(', ');
}
function comparisonText(b) {
    if (!b.comparison)
        return '—';
    if (b.comparison.reproducible)
        return 'identical';
    return b.comparison.classification;
}
function renderText(manifest) {
    const lines = [];
    for (const b of manifest.binaries) {
        lines.push(`${b.name}`);
        lines.push(`  sha256 ${b.sha256}  size ${b.size}`);
        for (const s of b.slices) {
            const d = s.dimensions;
            const prefix = s.fatArch ? `  [${s.fatArch}] ` : '  ';
            lines.push(`${prefix}${d.goos}/${d.goarch}${d.archLevel ? ` ${d.archLevel.key}=${d.archLevel.value}` : ''} ${s.goVersionRaw} cgo=${d.cgo}` +
                (d.targetSource === 'file header' ? ' (target from file header)' : ''));
            lines.push(`${prefix}module ${s.main?.path ?? '(none)'} ${s.main?.version ?? ''}, ${s.deps.length} deps`);
            lines.push(`${prefix}build fingerprint ${s.buildFingerprint}`);
            for (const w of s.warnings)
                lines.push(`${prefix}warning: ${w}`);
        }
        for (const v of b.violations)
            lines.push(`  VIOLATION: ${v}`);
        const c = b.comparison;
        if (c) {
            lines.push(`  compare-to ${c.against}: ${c.reproducible ? 'reproducible (identical bytes)' : c.classification}`);
            for (const d of c.buildInfoDifferences)
                lines.push(`    build info: ${d}`);
            for (const s of c.sections) {
                lines.push(`    section ${s.section}: ${s.ours ? s.ours.slice(0, 12) : '(absent)'} vs ${s.theirs ? s.theirs.slice(0, 12) : '(absent)'}: ${s.meaning}${s.stampingOnly ? ' [stamping]' : ''}`);
            }
        }
    }
    return lines.join('\n') + '\n';
}
function renderSummary(manifest) {
    const rows = manifest.binaries.map(b => [
        codeCell(b.name),
        cell(target(b)),
        cell(goVersions(b)),
        cell(cgo(b)),
        codeCell(`${b.sha256.slice(0, 16)}…`),
        String(b.size),
        codeCell(b.slices.map(s => s.buildFingerprint.slice(0, 12)).join(', ')),
        cell(comparisonText(b)),
        b.violations.length === 0 ? '✅' : `❌ ${cell(b.violations.join('; '))}`,
        b.slices.flatMap(s => s.warnings).length.toString()
    ].join(' | '));
    return [
        '### Binary fingerprints',
        '',
        '| binary | target | Go | cgo | sha256 | size | build fingerprint | compare-to | expect | warnings |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows.map(r => `| ${r} |`),
        ''
    ].join('\n');
}


/***/ })

};
