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
import { buildDigests } from '../../core/artifact.js';

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
 * The shipped rules' digest: in a build, the digest of the rules it compiled (its record, core/artifact.ts
 * `buildDigests`: the rules of a build are the ones it compiled, as its code is the code it built, so the
 * compiled artifact is current and no rule file is read); under tests, computed once per process. The
 * result-cache key (src/engine/engine-digest.ts, also bundled into the CLI's launcher, so another copy of this
 * module) and the artifact check both need it, so it is shared through a global.
 */
const SHIPPED_DIGEST = Symbol.for('clawguard.shippedRulesYamlDigest');

/** sha256 over the name and bytes of every rule file of `dir`, in name order: what the artifact was built from. */
export function rulesYamlDigest(dir: string = DEFAULT_RULES_DIR, names?: string[]): string {
  if (path.resolve(dir) !== DEFAULT_RULES_DIR) return computeRulesYamlDigest(dir, names ?? ruleFileNames(path.resolve(dir)));
  const g = globalThis as { [SHIPPED_DIGEST]?: string };
  return (g[SHIPPED_DIGEST] ??= buildDigests()?.rules ?? computeRulesYamlDigest(dir, names ?? ruleFileNames(DEFAULT_RULES_DIR)));
}

/** The digest computed from the files now (what the build records: never the record of an earlier build). */
export function computeRulesYamlDigest(dir: string, names: string[] = ruleFileNames(path.resolve(dir))): string {
  const hash = nodeCrypto().createHash('sha256');
  for (const name of names) hash.update(`${name}\0`).update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}
