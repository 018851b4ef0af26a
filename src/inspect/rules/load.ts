/**
 * Load and validate rules/*.yaml. Rules are data: one file per rule, the file name is the id. A file that
 * does not parse or does not match the schema is bad input (exit 2) naming the file, never a skipped rule.
 *
 * The build compiles the shipped rules into one artifact (`compiled-rules.json` beside this module in
 * dist/, written by scripts/compile-rules.mjs from `npm run build`): exactly the rules this loader validated
 * and returned, as JSON, plus an index by `appliesTo`. A process then loads them in a few milliseconds
 * without the YAML parser or the schema validator. The artifact is used only while it is current: its
 * `yamlDigest` (sha256 over the name and bytes of every rule file, in name order) equals the shipped rules'
 * digest (`rulesYamlDigest`: in a build, the build's record of the rules it compiled, so no rule file is read;
 * elsewhere, the files on disk now), its `schemaDigest` equals the digest of the schema compiled into this
 * build, and its `format` is this loader's. Otherwise (a changed schema, an artifact of other rules, no
 * artifact: tests run from src/) the YAML is loaded and validated as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputError } from '../../core/errors.js';
import { readArtifact } from '../../core/artifact.js';
import { RULE_SCHEMA } from './schema.js';
import { computeRulesYamlDigest, DEFAULT_RULES_DIR, ruleFileNames, rulesYamlDigest } from './yaml-digest.js';
import type { Rule } from './types.js';
import { checkRuleSignals } from '../signal-ids.js';
import { checkRuleEffects } from '../effects/vocabulary.js';

export { DEFAULT_RULES_DIR, ruleFileNames, rulesYamlDigest } from './yaml-digest.js';

/** The compiled artifact of DEFAULT_RULES_DIR (present in dist/ after `npm run build`). */
export const COMPILED_RULES_FILE = fileURLToPath(new URL('./compiled-rules.json', import.meta.url));

export const COMPILED_RULES_FORMAT = 'clawguard-compiled-rules-v1';

/** The artifact: what `loadRules` returned for the YAML whose digest it records. */
export interface CompiledRules {
  format: typeof COMPILED_RULES_FORMAT;
  yamlDigest: string;
  schemaDigest: string;
  /** Each rule as loadRules returns it, `source` relative to the rules directory (the file name). */
  rules: Rule[];
  /** Indices into `rules` of the rules that apply to each target kind. */
  byAppliesTo: Record<string, number[]>;
}

const cache = new Map<string, Rule[]>();
/** How the last load of each directory was served (tests and the start-up bench read it). */
export const rulesLoadedFrom = new Map<string, 'compiled' | 'yaml'>();
let validator: ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
// The YAML parser and the validator are needed only when the artifact is not current: loaded on demand.
const requireLazy = createRequire(import.meta.url);

let schemaDigestMemo: string | undefined;
/** sha256 of the rule schema of this build: an artifact validated against another schema is not current. */
export function ruleSchemaDigest(): string {
  return (schemaDigestMemo ??= createHash('sha256').update(JSON.stringify(RULE_SCHEMA)).digest('hex'));
}

export function loadRules(dir: string = DEFAULT_RULES_DIR): Rule[] {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const names = ruleFileNames(key);
  if (names.length === 0) throw inputError('ERULES', `no rule files in ${key}`, { hint: 'reinstall clawguard; the rules/ directory ships with it' });
  let rules = key === DEFAULT_RULES_DIR ? fromArtifact(key, names) : undefined;
  rulesLoadedFrom.set(key, rules ? 'compiled' : 'yaml');
  rules ??= loadYamlRules(key, names);
  cache.set(key, rules);
  return rules;
}

/** The rules from the compiled artifact, or undefined when it is missing, unreadable or not current. */
function fromArtifact(dir: string, names: string[], file = COMPILED_RULES_FILE): Rule[] | undefined {
  const artifact = readArtifact<CompiledRules>(file, COMPILED_RULES_FORMAT);
  if (!artifact || !Array.isArray(artifact.rules)) return undefined;
  if (artifact.schemaDigest !== ruleSchemaDigest() || artifact.yamlDigest !== rulesYamlDigest(dir, names)) return undefined;
  return artifact.rules.map((r) => ({ ...r, source: path.join(dir, String(r.source)) }));
}

/** Build the artifact for a rules directory: always from the YAML (never from an older artifact). */
export function compileRules(dir: string = DEFAULT_RULES_DIR): CompiledRules {
  const key = path.resolve(dir);
  const names = ruleFileNames(key);
  const rules = loadYamlRules(key, names);
  const byAppliesTo: Record<string, number[]> = {};
  rules.forEach((r, i) => {
    for (const target of r.appliesTo ?? []) (byAppliesTo[target] ??= []).push(i);
  });
  return {
    format: COMPILED_RULES_FORMAT,
    yamlDigest: computeRulesYamlDigest(key, names),
    schemaDigest: ruleSchemaDigest(),
    rules: rules.map((r) => ({ ...r, source: path.basename(r.source ?? '') })),
    byAppliesTo,
  };
}

function loadYamlRules(key: string, names: string[]): Rule[] {
  if (names.length === 0) throw inputError('ERULES', `no rule files in ${key}`, { hint: 'reinstall clawguard; the rules/ directory ships with it' });
  const { parse: parseYaml } = requireLazy('yaml') as typeof import('yaml');
  if (!validator) {
    const { Ajv } = requireLazy('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: false }).compile(RULE_SCHEMA);
  }
  const rules: Rule[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const file = path.join(key, name);
    let data: unknown;
    try {
      data = parseYaml(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw inputError('ERULEFILE', `rule file ${file} is not valid YAML: ${(err as Error).message}`, { hint: 'fix the YAML syntax in that file' });
    }
    if (!validator(data)) {
      const problems = (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      throw inputError('ERULEFILE', `rule file ${file} is invalid: ${problems}`, { hint: 'compare it with docs/reports-and-rules.md ("Writing a rule") and fix the listed fields' });
    }
    const rule = data as Rule;
    if (`${rule.id}.yaml` !== name && `${rule.id}.yml` !== name) throw inputError('ERULEFILE', `rule file ${file} declares id "${rule.id}"; the file must be named ${rule.id}.yaml`, { hint: `rename the file or fix its id` });
    if (ids.has(rule.id)) throw inputError('ERULEFILE', `duplicate rule id ${rule.id} in ${file}`, { hint: 'give each rule a unique id' });
    ids.add(rule.id);
    checkRuleSignals(rule, file);
    checkRuleEffects(rule, file);
    rules.push({ ...rule, source: file });
  }
  return rules;
}

/** Test seam: load through a given artifact file (staleness checks without touching dist/). */
export function loadRulesFromArtifact(dir: string, file: string): Rule[] | undefined {
  const key = path.resolve(dir);
  return fromArtifact(key, ruleFileNames(key), file);
}
