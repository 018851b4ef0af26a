/**
 * `clawguard security audit [--deep] [--fix] [--json]`: OpenClaw's report shape and check ids, clawguard's
 * own checks, `--fix` tightening permissions and nothing else, exit codes per contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';

const policyFixtures = path.resolve(import.meta.dirname, '../policy/fixtures');
const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const s of sandboxes.splice(0)) s.cleanup();
});

function sandbox(): Sandbox {
  const s = makeSandbox();
  sandboxes.push(s);
  return s;
}

interface Finding {
  checkId: string;
  severity: 'info' | 'warn' | 'critical';
  title: string;
  detail: string;
  remediation?: string;
}

async function audit(s: Sandbox, ...args: string[]) {
  const res = await runCli(['security', 'audit', '--json', ...args], { env: s.env });
  return { res, out: res.json() };
}

const ids = (findings: Finding[]) => findings.map((f) => f.checkId);
const mode = (p: string) => (fs.statSync(p).mode & 0o777).toString(8);

function installExtension(s: Sandbox, fixture: string, dirName = fixture): string {
  const dir = path.join(s.stateDir, 'extensions', dirName);
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
  fs.cpSync(path.join(policyFixtures, fixture), dir, { recursive: true });
  return dir;
}

function writeLedger(s: Sandbox, plugins: Record<string, unknown>) {
  const dir = path.join(s.stateDir, 'clawguard');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'ledger.json'), JSON.stringify({ schemaVersion: 1, plugins }), { mode: 0o600 });
}

function ledgerEntry(id: string, dir: string, extra: Record<string, unknown> = {}) {
  return {
    pluginId: id,
    dirName: path.basename(dir),
    dir,
    source: { kind: 'registry', spec: `${id}@1.0.0` },
    name: id,
    version: '1.0.0',
    integrity: 'sha512-x',
    installedAt: '2026-01-01T00:00:00.000Z',
    verdict: 'allow',
    findings: {},
    manifestSha256: '0'.repeat(64),
    ...extra,
  };
}

describe('report shape', () => {
  test('a fresh state dir: OpenClaw\'s shape {ts, summary, findings}, exit 0, and a note that installs bypass clawguard', async () => {
    const s = sandbox();
    const { res, out } = await audit(s);
    expect(res.code).toBe(0);
    expect(typeof out.ts).toBe('number');
    expect(Object.keys(out.summary).sort()).toEqual(['critical', 'info', 'warn']);
    for (const f of out.findings as Finding[]) {
      expect(typeof f.checkId).toBe('string');
      expect(['info', 'warn', 'critical']).toContain(f.severity);
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.detail.length).toBeGreaterThan(0);
    }
    expect(ids(out.findings)).toEqual(['clawguard.install_policy.not_configured']);
    expect(out.summary).toEqual({ critical: 0, warn: 1, info: 0 });
  });

  test('with clawguard configured as the install policy that note goes away', async () => {
    const s = sandbox();
    const printed = await runCli(['policy', '--print-config', '--json'], { env: s.env });
    fs.writeFileSync(path.join(s.stateDir, 'openclaw.json'), JSON.stringify({ security: { installPolicy: printed.json().installPolicy } }), { mode: 0o600 });
    const { out } = await audit(s);
    expect(out.findings).toEqual([]);
  });

  test('text output lists each finding with its fix', async () => {
    const s = sandbox();
    const res = await runCli(['security', 'audit'], { env: s.env });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/clawguard security audit: 0 critical, 1 warn, 0 info/);
    expect(res.stdout).toMatch(/\[WARN\] clawguard\.install_policy\.not_configured/);
    expect(res.stdout).toMatch(/fix: Run clawguard policy --print-config/);
  });

  test('an unparseable openclaw.json is bad input (exit 2) and --fix then changes nothing', async () => {
    const s = sandbox();
    fs.writeFileSync(path.join(s.stateDir, 'openclaw.json'), '{ plugins: ', { mode: 0o644 });
    fs.chmodSync(s.stateDir, 0o777);
    const res = await runCli(['security', 'audit', '--fix'], { env: s.env });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/not valid JSON5/);
    expect(mode(s.stateDir)).toBe('777');
    fs.chmodSync(s.stateDir, 0o700);
  });
});

describe('state-dir permissions and --fix', () => {
  function loosen(s: Sandbox) {
    fs.writeFileSync(path.join(s.stateDir, 'openclaw.json'), '{}\n');
    fs.chmodSync(path.join(s.stateDir, 'openclaw.json'), 0o644);
    fs.mkdirSync(path.join(s.stateDir, 'credentials'), { mode: 0o755 });
    fs.chmodSync(path.join(s.stateDir, 'credentials'), 0o755);
    fs.writeFileSync(path.join(s.stateDir, 'credentials/oauth.json'), '{}');
    fs.chmodSync(path.join(s.stateDir, 'credentials/oauth.json'), 0o644);
    fs.mkdirSync(path.join(s.stateDir, 'agents/main/agent'), { recursive: true });
    fs.writeFileSync(path.join(s.stateDir, 'agents/main/agent/auth-profiles.json'), '{}');
    fs.chmodSync(path.join(s.stateDir, 'agents/main/agent/auth-profiles.json'), 0o664);
    fs.mkdirSync(path.join(s.stateDir, 'extensions'), { mode: 0o755 });
    fs.chmodSync(path.join(s.stateDir, 'extensions'), 0o755);
    fs.chmodSync(s.stateDir, 0o777);
  }

  test('loose modes are reported with OpenClaw\'s check ids; critical ones make the exit 1', async () => {
    const s = sandbox();
    loosen(s);
    const { res, out } = await audit(s);
    expect(res.code).toBe(1);
    const byId = Object.fromEntries((out.findings as Finding[]).map((f) => [f.checkId, f.severity]));
    expect(byId).toMatchObject({
      'fs.state_dir.perms_world_writable': 'critical',
      'fs.config.perms_world_readable': 'critical',
      'fs.credentials_dir.perms_readable': 'warn',
      'clawguard.fs.credentials_file.perms_readable': 'warn',
      'fs.auth_profiles.perms_writable': 'critical',
    });
    fs.chmodSync(s.stateDir, 0o700);
  });

  test('group-writable state dir is a warning (OpenClaw: fs.state_dir.perms_group_writable)', async () => {
    const s = sandbox();
    fs.chmodSync(s.stateDir, 0o770);
    const { res, out } = await audit(s);
    expect(res.code).toBe(0);
    expect(out.findings).toContainEqual(expect.objectContaining({ checkId: 'fs.state_dir.perms_group_writable', severity: 'warn' }));
  });

  test('--fix tightens exactly those modes, reports each change, and touches nothing else', async () => {
    const s = sandbox();
    loosen(s);
    const configBefore = fs.readFileSync(path.join(s.stateDir, 'openclaw.json'), 'utf8');
    const { res, out } = await audit(s, '--fix');
    expect(res.code).toBe(0);
    expect(Object.keys(out).sort()).toEqual(['fix', 'report']);
    const changed = Object.fromEntries((out.fix.changed as Array<{ path: string; from: string; to: string }>).map((c) => [path.relative(s.stateDir, c.path), `${c.from}->${c.to}`]));
    expect(changed).toEqual({
      '': '777->700',
      'openclaw.json': '644->600',
      credentials: '755->700',
      'credentials/oauth.json': '644->600',
      'agents/main/agent/auth-profiles.json': '664->600',
    });
    expect(out.fix.errors).toEqual([]);
    expect(mode(s.stateDir)).toBe('700');
    expect(mode(path.join(s.stateDir, 'credentials/oauth.json'))).toBe('600');
    expect(mode(path.join(s.stateDir, 'extensions'))).toBe('755');
    expect(fs.readFileSync(path.join(s.stateDir, 'openclaw.json'), 'utf8')).toBe(configBefore);
    expect(ids(out.report.findings).filter((id: string) => id.startsWith('fs.') || id.startsWith('clawguard.fs.'))).toEqual([]);
    // Nothing left to fix the second time.
    const again = await audit(s, '--fix');
    expect(again.out.fix.changed).toEqual([]);
  });

  test('--fix never loosens: a stricter mode stays as it is', async () => {
    const s = sandbox();
    fs.writeFileSync(path.join(s.stateDir, 'openclaw.json'), '{}\n');
    fs.chmodSync(path.join(s.stateDir, 'openclaw.json'), 0o400);
    const { out } = await audit(s, '--fix');
    expect(out.fix.changed).toEqual([]);
    expect(mode(path.join(s.stateDir, 'openclaw.json'))).toBe('400');
  });
});

describe('plugins', () => {
  test('an extension without an allowlist and without a ledger entry', async () => {
    const s = sandbox();
    installExtension(s, 'plugin-clean', 'policy-clean-plugin');
    const { out } = await audit(s);
    expect(ids(out.findings)).toEqual(expect.arrayContaining(['plugins.extensions_no_allowlist', 'clawguard.plugins.no_ledger_entry']));
    const f = (out.findings as Finding[]).find((x) => x.checkId === 'clawguard.plugins.no_ledger_entry')!;
    expect(f.detail).toContain('policy-clean-plugin');
    expect(f.remediation).toMatch(/clawguard plugins adopt/);
  });

  test('an allowlisted plugin with a matching ledger entry raises nothing', async () => {
    const s = sandbox();
    const dir = installExtension(s, 'plugin-clean', 'policy-clean-plugin');
    fs.writeFileSync(path.join(s.stateDir, 'openclaw.json'), JSON.stringify({ plugins: { allow: ['policy-clean-plugin'] } }), { mode: 0o600 });
    writeLedger(s, { 'policy-clean-plugin': ledgerEntry('policy-clean-plugin', dir) });
    const { out } = await audit(s);
    expect(ids(out.findings).filter((id: string) => id.startsWith('plugins.') || id.startsWith('clawguard.plugins.'))).toEqual([]);
  });

  test('unpinned specs, missing integrity and version drift, from the ledger and from OpenClaw\'s own records', async () => {
    const s = sandbox();
    const dir = installExtension(s, 'plugin-clean', 'policy-clean-plugin');
    writeLedger(s, { 'policy-clean-plugin': ledgerEntry('policy-clean-plugin', dir, { version: '0.9.0', integrity: undefined, source: { kind: 'registry', spec: 'policy-clean-plugin@^0.9' } }) });
    const npmProject = path.join(s.stateDir, 'npm/projects/acme/node_modules/acme-plugin');
    fs.mkdirSync(npmProject, { recursive: true });
    fs.writeFileSync(path.join(npmProject, 'package.json'), JSON.stringify({ name: 'acme-plugin', version: '2.0.0' }));
    fs.mkdirSync(path.join(s.stateDir, 'plugins'));
    fs.writeFileSync(
      path.join(s.stateDir, 'plugins/installs.json'),
      JSON.stringify({ installRecords: { acme: { source: 'npm', spec: 'acme-plugin@latest', installPath: npmProject, version: '1.5.0', resolvedVersion: '1.5.0' } } }),
    );
    const { out } = await audit(s);
    const detail = (id: string) => (out.findings as Finding[]).find((f) => f.checkId === id)?.detail ?? '';
    expect(detail('plugins.installs_unpinned_npm_specs')).toContain('acme (acme-plugin@latest)');
    expect(detail('plugins.installs_unpinned_npm_specs')).toContain('policy-clean-plugin (policy-clean-plugin@^0.9, clawguard ledger)');
    expect(detail('plugins.installs_missing_integrity')).toContain('acme (npm)');
    expect(detail('plugins.installs_missing_integrity')).toContain('policy-clean-plugin (clawguard ledger)');
    expect(detail('plugins.installs_version_drift')).toContain('acme: recorded 1.5.0, installed 2.0.0');
    expect(detail('plugins.installs_version_drift')).toContain('policy-clean-plugin: recorded 0.9.0, installed 1.0.0');
  });

  test('quarantined plugins are listed', async () => {
    const s = sandbox();
    const dir = installExtension(s, 'plugin-clean', 'policy-clean-plugin.disabled');
    writeLedger(s, {
      'policy-clean-plugin': ledgerEntry('policy-clean-plugin', dir, {
        quarantine: { at: '2026-02-02T00:00:00.000Z', from: dir.replace(/\.disabled$/, ''), to: dir, reasons: [{ code: 'integrity-mismatch', detail: 'dist/index.js changed' }] },
      }),
    });
    const { out } = await audit(s);
    const f = (out.findings as Finding[]).find((x) => x.checkId === 'clawguard.plugins.quarantined');
    expect(f?.detail).toContain('integrity-mismatch');
  });

  test('--deep: a plugin hiding a credential stealer in its dependencies is critical code safety (exit 1)', async () => {
    const s = sandbox();
    installExtension(s, 'plugin-with-deps', 'policy-plugin-with-deps');
    installExtension(s, 'plugin-clean', 'policy-clean-plugin');
    const { res, out } = await audit(s, '--deep');
    expect(res.code).toBe(1);
    const safety = (out.findings as Finding[]).filter((f) => f.checkId === 'plugins.code_safety');
    expect(safety).toHaveLength(1);
    expect(safety[0]).toMatchObject({ severity: 'critical', title: 'Plugin "policy-plugin-with-deps" contains dangerous code patterns' });
    expect(safety[0].detail).toContain('evil-helper@0.3.1');
  });
});

describe('skills', () => {
  test('a workspace skill linking outside the workspace is reported (skills.workspace.symlink_escape)', async () => {
    const s = sandbox();
    const outside = path.join(s.root, 'shared-skills/weather');
    fs.mkdirSync(path.dirname(outside), { recursive: true });
    fs.cpSync(path.join(policyFixtures, 'skill-weather'), outside, { recursive: true });
    const skills = path.join(s.stateDir, 'workspace/skills');
    fs.mkdirSync(skills, { recursive: true });
    fs.symlinkSync(outside, path.join(skills, 'weather'));
    const { out } = await audit(s);
    const f = (out.findings as Finding[]).find((x) => x.checkId === 'skills.workspace.symlink_escape');
    expect(f?.severity).toBe('warn');
    expect(f?.detail).toContain(`realpath=${path.join(outside, 'SKILL.md')}`);
  });

  test('--deep: a malicious workspace skill is critical skills.code_safety; a benign one is not reported', async () => {
    const s = sandbox();
    const skills = path.join(s.stateDir, 'workspace/skills');
    fs.mkdirSync(skills, { recursive: true });
    fs.cpSync(path.join(policyFixtures, 'skill-paste-installer'), path.join(skills, 'wallet-balance-pro'), { recursive: true });
    fs.cpSync(path.join(policyFixtures, 'skill-weather'), path.join(skills, 'weather'), { recursive: true });
    const { res, out } = await audit(s, '--deep');
    expect(res.code).toBe(1);
    const safety = (out.findings as Finding[]).filter((f) => f.checkId === 'skills.code_safety');
    expect(safety.map((f) => f.title)).toEqual(['Skill "wallet-balance-pro" contains dangerous code patterns']);
    expect(safety[0].severity).toBe('critical');
  });

  test('quarantined skills are listed', async () => {
    const s = sandbox();
    const entry = path.join(s.stateDir, 'clawguard/quarantine/wallet-1234');
    fs.mkdirSync(path.join(entry, 'skill'), { recursive: true });
    fs.cpSync(path.join(policyFixtures, 'skill-paste-installer'), path.join(entry, 'skill'), { recursive: true });
    fs.writeFileSync(
      path.join(entry, 'quarantine.json'),
      JSON.stringify({ schemaVersion: 1, id: 'wallet-1234', name: 'wallet-balance-pro', originalDir: '/somewhere/skills/wallet', root: '/somewhere/skills', contentHash: 'x', verdict: 'block', findings: [], quarantinedAt: '2026-03-03T00:00:00.000Z' }),
    );
    const { out } = await audit(s);
    const f = (out.findings as Finding[]).find((x) => x.checkId === 'clawguard.skills.quarantined');
    expect(f?.detail).toContain('wallet-balance-pro: moved from /somewhere/skills/wallet');
  });
});
