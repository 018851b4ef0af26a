/**
 * Load and validate rules/*.yaml. Rules are data: one file per rule, the file name is the id. A file that
 * does not parse or does not match the schema is bad input (exit 2) naming the file, never a skipped rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { inputError } from '../../core/errors.js';
import { RULE_SCHEMA } from './schema.js';
import type { Rule } from './types.js';

/** `rules/` at the package root (dist/inspect/rules/load.js → ../../../rules). */
export const DEFAULT_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../rules');

const cache = new Map<string, Rule[]>();
let validator: ReturnType<Ajv['compile']> | undefined;

export function loadRules(dir: string = DEFAULT_RULES_DIR): Rule[] {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  let names: string[];
  try {
    names = fs.readdirSync(key).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (err) {
    throw inputError('ERULES', `cannot read the rules directory ${key}: ${(err as Error).message}`, { hint: 'reinstall clawguard, or point --rules at a directory of rule files' });
  }
  if (names.length === 0) throw inputError('ERULES', `no rule files in ${key}`, { hint: 'reinstall clawguard; the rules/ directory ships with it' });
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(RULE_SCHEMA);
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
      throw inputError('ERULEFILE', `rule file ${file} is invalid: ${problems}`, { hint: 'compare it with docs/readme/rules.md ("Writing a rule") and fix the listed fields' });
    }
    const rule = data as Rule;
    if (`${rule.id}.yaml` !== name && `${rule.id}.yml` !== name) throw inputError('ERULEFILE', `rule file ${file} declares id "${rule.id}"; the file must be named ${rule.id}.yaml`, { hint: `rename the file or fix its id` });
    if (ids.has(rule.id)) throw inputError('ERULEFILE', `duplicate rule id ${rule.id} in ${file}`, { hint: 'give each rule a unique id' });
    ids.add(rule.id);
    rules.push({ ...rule, source: file });
  }
  cache.set(key, rules);
  return rules;
}
