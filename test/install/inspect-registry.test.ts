/**
 * `plugins inspect` on registry specs through the built CLI: the registry manifest reaches the engine (manifest
 * confusion), and suppressions apply from the default state-dir file or an explicit `--suppressions FILE`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSandboxes, repoRoot, runCli, type Sandbox } from '../helpers/cli.js';
import { snapshotState } from './state.js';

const sandbox = useSandboxes();

const inspect = (box: Sandbox, ...args: string[]) => runCli(['plugins', 'inspect', ...args, '--json'], { env: box.env });
const sha256Of = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('plugins inspect name@version', () => {
  it('detects manifest confusion: the registry manifest hides the tarball package.json install script', async () => {
    const box = sandbox();
    const res = await inspect(box, 'manifest-confusion-hidden-script@1.0.0');
    expect(res.code, res.stderr).toBe(1);
    const finding = res.json().findings.find((f: { ruleId: string }) => f.ruleId === 'package-manifest-confusion-scripts');
    expect(finding).toMatchObject({ severity: 'critical', package: 'manifest-confusion-hidden-script@1.0.0' });
    // The honest package with the same install-script shape carries no such finding.
    const honest = await inspect(box, 'postinstall-crontab@1.0.0');
    expect(honest.json().findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('package-manifest-confusion-scripts');
  });
});

describe('plugins inspect --suppressions', () => {
  /** Suppressions for every finding in the plugin's own files, pinned to the fixture's file hashes. */
  async function suppressionsFor(box: Sandbox) {
    const before = await inspect(box, 'reverse-shell-plugin@1.0.0');
    expect(before.code, before.stderr).toBe(1);
    const report = before.json();
    expect(report.verdict).toBe('block');
    const own = report.findings.filter((f: { package?: string; file?: string }) => f.package === 'reverse-shell-plugin@1.0.0' && f.file);
    expect(own.length).toBeGreaterThan(0);
    return {
      count: own.length,
      text: JSON.stringify({
        suppressions: own.map((f: { ruleId: string; file: string }) => ({
          ruleId: f.ruleId,
          package: 'reverse-shell-plugin@1.0.0',
          file: f.file,
          sha256: sha256Of(path.join(repoRoot, 'fixtures/packages/reverse-shell-plugin', f.file)),
          reason: 'test: reviewed',
        })),
      }),
    };
  }

  it('applies the default <state>/clawguard/suppressions.json5 and an explicit --suppressions FILE', async () => {
    const box = sandbox();
    const { count, text } = await suppressionsFor(box);
    const explicit = path.join(box.root, 'reviewed.json5');
    fs.writeFileSync(explicit, text);
    const viaFlag = await inspect(box, 'reverse-shell-plugin@1.0.0', '--suppressions', explicit);
    const flagged = viaFlag.json();
    expect(flagged.findings.filter((f: { suppressed?: unknown }) => f.suppressed)).toHaveLength(count);
    expect(flagged.verdict).not.toBe('block');
    expect(viaFlag.code, viaFlag.stderr).toBe(0);

    fs.mkdirSync(path.join(box.stateDir, 'clawguard'), { recursive: true });
    fs.writeFileSync(path.join(box.stateDir, 'clawguard/suppressions.json5'), text);
    const viaDefault = await inspect(box, 'reverse-shell-plugin@1.0.0');
    expect(viaDefault.code, viaDefault.stderr).toBe(0);
    expect(viaDefault.json().findings.filter((f: { suppressed?: unknown }) => f.suppressed)).toHaveLength(count);
  });

  it('a missing or invalid explicit file is bad input (exit 2) naming the file; nothing is written', async () => {
    const box = sandbox();
    const missing = path.join(box.root, 'nope.json5');
    const res = await inspect(box, 'reverse-shell-plugin@1.0.0', '--suppressions', missing);
    expect(res.code, res.stderr).toBe(2);
    expect(res.json().error.code).toBe('ESUPPRESSIONS');
    expect(res.stderr).toContain(missing);
    const bad = path.join(box.root, 'bad.json5');
    fs.writeFileSync(bad, '{suppressions: [{ruleId: "x"}]}');
    const invalid = await inspect(box, 'reverse-shell-plugin@1.0.0', '--suppressions', bad);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.json5, entry 0/);
    expect(snapshotState(box.stateDir)).toEqual({});
  });
});
