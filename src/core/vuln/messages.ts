/** Sentences shared by annotations and SARIF results. */
import type { VulnerabilityReport } from './gate.js'
import type { CallSite, ManifestSite } from './sites.js'
import { scanLimit } from './vulnerability-verdict.js'
import { goRelease, symbolName } from './symbols.js'
import type { ScanLevel } from './types.js'

export function vulnerabilityLabel(v: VulnerabilityReport): string {
  return v.aliases.length > 0 ? `${v.id} (${v.aliases.join(', ')})` : v.id
}

export function fixClause(v: VulnerabilityReport): string {
  return v.fixed ? `fixed in ${v.fix}` : 'no fixed version yet'
}

/** "`report.Summarize` calls `parser.Parse`, affected by GO-… (CVE-…); fixed in acme.test/parser v1.4.2" */
export function callSiteMessage(v: VulnerabilityReport, site: CallSite): string {
  const via = site.callee === site.vulnerable ? '' : ` (which reaches \`${site.vulnerable}\`)`
  return `\`${site.caller}\` calls \`${site.callee}\`${via}, affected by ${vulnerabilityLabel(v)}; ${fixClause(v)}`
}

export function manifestMessage(
  v: VulnerabilityReport,
  site: ManifestSite,
  binaryMode: boolean,
  scanLevel: ScanLevel = 'symbol'
): string {
  const module = v.modules.find(m => m.path === site.module)
  const version = module?.version
  const strongest = v.record.findings.find(f => f.vulnerable.module === site.module)?.vulnerable
  const replaces = site.replaces
    ? ` (the replacement for ${site.replaces.oldPath}${site.replaces.oldVersion ? ` ${site.replaces.oldVersion}` : ''})`
    : ''
  const subject = v.stdlib
    ? `The Go ${version ? goRelease(version) + ' ' : ''}standard library${strongest?.package ? ` (${strongest.package})` : ''}`
    : `${site.module}${version ? ` ${version}` : ''}${replaces}`
  let evidence: string
  if (v.found === 'may-be-affected') {
    const how =
      v.reachability === 'required'
        ? 'is required'
        : binaryMode
          ? 'is linked into the binary'
          : 'is imported'
    evidence = `${how} and may be affected (${scanLimit(scanLevel)})`
  } else if (v.found === 'called' && strongest)
    evidence = binaryMode
      ? `is linked into the binary with the vulnerable \`${symbolName(strongest)}\``
      : `has vulnerable code that is called (\`${symbolName(strongest)}\`)`
  else if (v.found === 'imported') evidence = 'is imported, but its vulnerable code is not called'
  else evidence = 'is required, but no vulnerable package is imported'
  if (site.replaces) {
    const fixed = module?.fixedVersion
    const fix = fixed
      ? `fixed in ${site.module} ${fixed}: point the replace directive at ${fixed} or later, or drop it`
      : 'no fixed version yet'
    return `${subject} ${evidence}; affected by ${vulnerabilityLabel(v)}; ${fix}`
  }
  return `${subject} ${evidence}; affected by ${vulnerabilityLabel(v)}; ${fixClause(v)}`
}
