/**
 * Rule metadata for SARIF `tool.driver.rules` (and the HTML rule notes): read from the rule files in
 * `rules/` so a SARIF viewer shows the rule's title, description and remediation, not just an id. Findings
 * of rules with no file (or before the rule set exists) fall back to what the findings themselves carry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PACKAGE_ROOT } from '../core/version.js';
import { SEVERITIES, type Finding, type Severity } from './types.js';

export interface RuleMetadata {
  id: string;
  title?: string;
  description?: string;
  severity?: Severity;
  remediation?: string;
  references?: string[];
  tags?: string[];
}

let cached: Map<string, RuleMetadata> | undefined;

/**
 * Every `rules/*.yaml|yml|json` file's metadata, keyed by id. Reading here is tolerant on purpose: the engine
 * validates rule files (and fails with exit 2 on a broken one); a renderer must still render a report.
 */
export function loadRuleMetadata(rulesDir = path.join(PACKAGE_ROOT, 'rules')): Map<string, RuleMetadata> {
  if (cached && rulesDir === path.join(PACKAGE_ROOT, 'rules')) return cached;
  const rules = new Map<string, RuleMetadata>();
  for (const file of listRuleFiles(rulesDir)) {
    try {
      const raw: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
      const meta = metadataOf(raw);
      if (meta) rules.set(meta.id, meta);
    } catch {
      // An unreadable rule file is the engine's error to report; the SARIF still lists its findings.
    }
  }
  if (rulesDir === path.join(PACKAGE_ROOT, 'rules')) cached = rules;
  return rules;
}

function listRuleFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...listRuleFiles(full));
    else if (/\.(ya?ml|json5?)$/i.test(e.name)) files.push(full);
  }
  return files.sort();
}

function metadataOf(raw: unknown): RuleMetadata | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const refs = Array.isArray(r.references)
    ? r.references.map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.url))).filter((x): x is string => !!x)
    : undefined;
  const tags = Array.isArray(r.tags) ? r.tags.filter((x): x is string => typeof x === 'string') : undefined;
  return {
    id: r.id,
    title: str(r.title) ?? str(r.name),
    description: str(r.description),
    severity: SEVERITIES.includes(r.severity as Severity) ? (r.severity as Severity) : undefined,
    remediation: str(r.remediation),
    references: refs && refs.length > 0 ? refs : undefined,
    tags,
  };
}

/** Metadata for exactly the rules these findings use: from the rule files when known, else from a finding. */
export function rulesForFindings(findings: readonly Finding[], known: Map<string, RuleMetadata> = loadRuleMetadata()): RuleMetadata[] {
  const out = new Map<string, RuleMetadata>();
  for (const f of findings) {
    if (out.has(f.ruleId)) continue;
    out.set(f.ruleId, known.get(f.ruleId) ?? { id: f.ruleId, title: f.message, severity: f.severity, remediation: f.remediation });
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}
