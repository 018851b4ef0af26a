/**
 * Rule metadata for SARIF `tool.driver.rules`: from the engine's rule loader, so a SARIF viewer shows the rule's
 * title, description and remediation, not just an id. Findings of rules with no file fall back to what the
 * findings themselves carry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
// The rules loader alone (compiled artifact), not the engine: rendering a report must not load the parsers.
import { DEFAULT_RULES_DIR, loadRules } from '../inspect/rules/load.js';
import { SEVERITIES, type Finding, type Severity } from './types.js';

export interface RuleMetadata {
  id: string;
  title?: string;
  description?: string;
  severity?: Severity;
  remediation?: string;
  references?: string[];
  tags?: string[];
  /** How specific the rule's evidence is: low (capability) … high (hostile behaviour). */
  specificity?: 'low' | 'medium' | 'high';
}

/**
 * Every rule's metadata, keyed by id, through the engine's validating loader. Should that loader refuse the
 * rule set (a broken rule file is the engine's exit-2 error to report), the report that was already produced
 * must still render: fall back to reading whatever rule files parse.
 */
export function loadRuleMetadata(rulesDir: string = DEFAULT_RULES_DIR): Map<string, RuleMetadata> {
  try {
    return new Map(loadRules(rulesDir).map((r) => [r.id, metadataOf(r)!] as const).filter(([, m]) => m !== undefined));
  } catch {
    return readRuleFilesTolerantly(rulesDir);
  }
}

function readRuleFilesTolerantly(rulesDir: string): Map<string, RuleMetadata> {
  const { parse: parseYaml } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
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
    else if (/\.ya?ml$/i.test(e.name)) files.push(full);
  }
  return files.sort();
}

export function metadataOf(raw: unknown): RuleMetadata | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const refs = Array.isArray(r.references)
    ? r.references.map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.url))).filter((x): x is string => !!x)
    : undefined;
  // The id's taxonomy prefix (capability, threat, skill, package) is the natural tag for filtering alerts.
  const tags = Array.isArray(r.tags) ? r.tags.filter((x): x is string => typeof x === 'string') : [r.id.split('-')[0]];
  const specificity = ['low', 'medium', 'high'].includes(r.specificity as string) ? (r.specificity as RuleMetadata['specificity']) : undefined;
  return {
    id: r.id,
    title: str(r.title) ?? str(r.name),
    description: str(r.description),
    severity: SEVERITIES.includes(r.severity as Severity) ? (r.severity as Severity) : undefined,
    remediation: str(r.remediation),
    references: refs && refs.length > 0 ? refs : undefined,
    tags,
    specificity,
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
