/**
 * Where the shipped rules are and the digest of a rules directory's YAML (sha256 over the name and bytes of every
 * rule file, in name order): what the compiled artifact was built from (load.ts) and part of the result-cache key
 * (src/engine/engine-digest.ts). Kept apart from the loader so the launcher's bundles, which only key the cache,
 * do not carry the rule schema, the signal ids and the effect vocabulary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto } from '../../core/crypto.js';
import { inputError } from '../../core/errors.js';

/** `rules/` at the package root (dist/inspect/rules/yaml-digest.js → ../../../rules). */
export const DEFAULT_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../rules');

/** The rule files of `dir`, in name order (a missing directory is bad input). */
export function ruleFileNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (err) {
    throw inputError('ERULES', `cannot read the rules directory ${dir}: ${(err as Error).message}`, { hint: 'reinstall clawguard, or point --rules at a directory of rule files' });
  }
}

/**
 * The shipped rules' digest, once per process: the result-cache key (src/engine/engine-digest.ts, also bundled
 * into the CLI's launcher, so another copy of this module) and the artifact check both need it, and each read
 * all ~200 rule files for it. Shared through a global so every copy of this module computes it once; only for
 * the shipped directory (which this process already treats as fixed: loaded rules are cached for its life).
 */
const SHIPPED_DIGEST = Symbol.for('clawguard.shippedRulesYamlDigest');
type DigestMemo = { key: string; digest: string };

/** sha256 over the name and bytes of every rule file of `dir`, in name order: what the artifact was built from. */
export function rulesYamlDigest(dir: string = DEFAULT_RULES_DIR, names = ruleFileNames(path.resolve(dir))): string {
  const shipped = path.resolve(dir) === DEFAULT_RULES_DIR;
  const key = `${DEFAULT_RULES_DIR}\0${names.join('\0')}`;
  const g = globalThis as { [SHIPPED_DIGEST]?: DigestMemo };
  const memo = shipped ? g[SHIPPED_DIGEST] : undefined;
  if (memo && memo.key === key) return memo.digest;
  const digest = computeRulesYamlDigest(dir, names);
  if (shipped) g[SHIPPED_DIGEST] = { key, digest };
  return digest;
}

/**
 * Take `digest` as the YAML digest of the shipped rules named `names` for this process: the engine digest
 * (src/engine/engine-digest.ts) established it from the rule files' metadata without reading them, and the
 * artifact check then needs no read either. Other directories load from the YAML, so need no digest.
 */
export function rememberRulesYamlDigest(dir: string, names: readonly string[], digest: string): void {
  if (path.resolve(dir) !== DEFAULT_RULES_DIR) return;
  (globalThis as { [SHIPPED_DIGEST]?: DigestMemo })[SHIPPED_DIGEST] = { key: `${DEFAULT_RULES_DIR}\0${names.join('\0')}`, digest };
}

function computeRulesYamlDigest(dir: string, names: string[]): string {
  const hash = nodeCrypto().createHash('sha256');
  for (const name of names) hash.update(`${name}\0`).update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}
