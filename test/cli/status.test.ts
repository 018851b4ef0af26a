/**
 * `clawguard status`: what is guarded and what is not, with the command that fixes each gap, and exit 1
 * while anything is unguarded. Everything is real: an installed plugin, the install-policy block
 * `policy --print-config` prints, a systemd drop-in, a running `skills watch`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useSandboxes } from '../helpers/cli.js';
import { startWatch } from '../skills/watch-helper.js';

const sandbox = useSandboxes();

describe('clawguard status', () => {
  it('a fresh state dir is unguarded on every path, each with the command that fixes it (exit 1)', async () => {
    const box = sandbox();
    const res = await runCli(['status', '--json'], { env: box.env });
    expect(res.code, res.stderr).toBe(1);
    const s = res.json();
    expect(s.guarded).toBe(false);
    const unguarded = s.checks.filter((c: any) => c.state === 'unguarded');
    expect(unguarded.map((c: any) => c.id).sort()).toEqual(['gateway-check', 'install-policy', 'skills-watcher']);
    expect(unguarded.find((c: any) => c.id === 'install-policy').fix).toContain('clawguard policy --print-config');
    expect(unguarded.find((c: any) => c.id === 'gateway-check').fix).toContain('clawguard gateway check');
    expect(unguarded.find((c: any) => c.id === 'skills-watcher').fix).toContain('clawguard skills watch');
    expect(s.engine.rules).toBeGreaterThan(50);

    const text = await runCli(['status'], { env: box.env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^UNGUARDED/m);
    for (const line of text.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(text.stdout).not.toMatch(/\u001b\[/);
  });

  it('guarded once the policy hook, the gateway check and a watcher are in place; a changed plugin file makes it unguarded again', async () => {
    const box = sandbox();
    const install = await runCli(['plugins', 'install', 'clean-plugin@1.0.0', '--min-release-age', '0', '--yes'], { env: box.env });
    expect(install.code, install.stderr).toBe(0);

    // The install-policy block exactly as `policy --print-config` prints it for this clawguard.
    const printed = await runCli(['policy', '--print-config', '--json'], { env: box.env });
    const configPath = path.join(box.stateDir, 'openclaw.json');
    const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
    fs.writeFileSync(configPath, JSON.stringify({ ...config, security: { installPolicy: printed.json().installPolicy } }, null, 2));
    // A systemd drop-in for OpenClaw's gateway service that runs the check first.
    const dropIn = path.join(box.home, '.config/systemd/user/openclaw-gateway.service.d');
    fs.mkdirSync(dropIn, { recursive: true });
    fs.writeFileSync(path.join(dropIn, 'clawguard.conf'), '[Service]\nExecStartPre=/usr/bin/env clawguard gateway check\n');
    const root = path.join(box.root, 'skills-root');
    fs.mkdirSync(root);
    const watch = await startWatch(['--only-roots', '--root', root], box.env);
    try {
      await watch.waitFor((l) => l.event === 'ready', { timeoutMs: 60_000 });
      const res = await runCli(['status', '--json'], { env: box.env });
      const s = res.json();
      expect(s.checks.filter((c: any) => c.state !== 'ok'), res.stdout).toEqual([]);
      expect(res.code).toBe(0);
      expect(s.guarded).toBe(true);
      expect(s.installPolicy.pointsHere).toBe(true);
      expect(s.gateway.wiredIn).toEqual([path.join(dropIn, 'clawguard.conf')]);
      expect(s.watchers.map((w: any) => w.pid)).toEqual([watch.child.pid]);
      expect(s.plugins).toMatchObject([{ id: 'clean-plugin', version: '1.0.0', verdict: 'allow', integrity: 'ok', allowStatus: 'allowed' }]);

      // A watcher of another state dir does not count for this one.
      const other = sandbox();
      const elsewhere = await runCli(['status', '--json'], { env: other.env });
      expect(elsewhere.json().watchers).toEqual([]);

      // Someone edits the installed plugin: the gateway would refuse it, so status is unguarded again.
      const entry = path.join(box.stateDir, 'extensions/clean-plugin/dist/index.js');
      fs.appendFileSync(entry, '\n// edited\n');
      const after = await runCli(['status', '--json'], { env: box.env });
      expect(after.code).toBe(1);
      const plugin = after.json().plugins[0];
      expect(plugin.integrity).toBe('refused');
      expect(plugin.reasons).toContain('integrity-mismatch');
      const check = after.json().checks.find((c: any) => c.id === 'plugins');
      expect(check.state).toBe('unguarded');
      expect(check.fix).toContain('clawguard plugins install clean-plugin@1.0.0 --force');
    } finally {
      await watch.stop();
    }
  });

  it('a policy hook that runs another clawguard is flagged, not counted as this one', async () => {
    const box = sandbox();
    const configPath = path.join(box.stateDir, 'openclaw.json');
    fs.writeFileSync(
      configPath,
      JSON.stringify({ security: { installPolicy: { enabled: true, exec: { source: 'exec', command: process.execPath, args: ['/opt/other/clawguard/dist/cli/main.js', 'policy'] } } } }),
    );
    const s = (await runCli(['status', '--json'], { env: box.env })).json();
    expect(s.installPolicy).toMatchObject({ configured: true, pointsHere: false });
    expect(s.checks.find((c: any) => c.id === 'install-policy')).toMatchObject({ state: 'warn' });
  });
});
