/**
 * The compiled rules artifact (src/inspect/rules/load.ts, written by `npm run build`): exactly what the
 * validating YAML loader returns, used only while current, so a process loads rules in milliseconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRules, COMPILED_RULES_FILE, DEFAULT_RULES_DIR, loadRules, loadRulesFromArtifact, rulesYamlDigest } from '../../src/inspect/rules/load.js';

const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-rules-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

function copyRules(): string {
  const dir = tempDir();
  for (const name of fs.readdirSync(DEFAULT_RULES_DIR)) fs.copyFileSync(path.join(DEFAULT_RULES_DIR, name), path.join(dir, name));
  return dir;
}

function writeArtifact(rulesDir: string): string {
  const file = path.join(tempDir(), 'compiled-rules.json');
  fs.writeFileSync(file, JSON.stringify(compileRules(rulesDir)));
  return file;
}

describe('compiled rules', () => {
  it('the artifact loads to exactly what the YAML loader returns, indexed by appliesTo', () => {
    const fresh = loadRules(DEFAULT_RULES_DIR);
    const artifact = compileRules(DEFAULT_RULES_DIR);
    expect(artifact.rules).toHaveLength(fresh.length);
    for (const target of ['package', 'skill'])
      expect(artifact.byAppliesTo[target].map((i) => artifact.rules[i].id)).toEqual(fresh.filter((r) => (r.appliesTo as string[]).includes(target)).map((r) => r.id));
    expect(loadRulesFromArtifact(DEFAULT_RULES_DIR, writeArtifact(DEFAULT_RULES_DIR))).toEqual(fresh);
  });

  it('an edited, added or removed rule file, or another schema, makes the artifact stale: the YAML is loaded instead', () => {
    const dir = copyRules();
    const file = writeArtifact(dir);
    expect(loadRulesFromArtifact(dir, file)).toEqual(loadRules(dir));
    const ruleFile = fs.readdirSync(dir).find((n) => n.endsWith('.yaml'))!;
    const original = fs.readFileSync(path.join(dir, ruleFile));
    fs.appendFileSync(path.join(dir, ruleFile), '\n# edited\n');
    expect(loadRulesFromArtifact(dir, file)).toBeUndefined();
    fs.writeFileSync(path.join(dir, ruleFile), original);
    expect(loadRulesFromArtifact(dir, file)).toBeDefined();
    fs.unlinkSync(path.join(dir, ruleFile));
    expect(loadRulesFromArtifact(dir, file)).toBeUndefined();
    fs.writeFileSync(path.join(dir, ruleFile), original);
    const otherSchema = { ...JSON.parse(fs.readFileSync(file, 'utf8')), schemaDigest: '0'.repeat(64) };
    fs.writeFileSync(file, JSON.stringify(otherSchema));
    expect(loadRulesFromArtifact(dir, file)).toBeUndefined();
    fs.writeFileSync(file, '{"format":');
    expect(loadRulesFromArtifact(dir, file)).toBeUndefined();
  });

  it('the built artifact (dist/) is current and equal to a fresh load of rules/*.yaml, or it is never used', () => {
    const built = path.resolve(__dirname, '../../dist/inspect/rules', path.basename(COMPILED_RULES_FILE));
    if (!fs.existsSync(built)) return; // not built yet: the loader falls back to YAML
    const artifact = JSON.parse(fs.readFileSync(built, 'utf8')) as { yamlDigest: string };
    const fromArtifact = loadRulesFromArtifact(DEFAULT_RULES_DIR, built);
    if (artifact.yamlDigest === rulesYamlDigest(DEFAULT_RULES_DIR) && fromArtifact) expect(fromArtifact).toEqual(loadRules(DEFAULT_RULES_DIR));
    else expect(fromArtifact).toBeUndefined();
  });
});
