/**
 * End to end against the REAL openclaw@2026.9.6 CLI on Node 24 (scripts/setup-openclaw.mjs), offline, each
 * case in a fresh OPENCLAW_STATE_DIR whose openclaw.json carries exactly the block that
 * `clawguard policy --print-config` printed. OpenClaw spawns clawguard itself (empty env, its own checks on
 * the command path); nothing here calls the policy directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, test } from 'vitest';
import { makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';
import { requireOpenClaw, runOpenClaw } from '../helpers/openclaw.js';

const fixtures = path.resolve(import.meta.dirname, '../policy/fixtures');

/** A fresh state dir configured with clawguard as the install policy, from clawguard's own printed block. */
async function guardedSandbox(): Promise<Sandbox> {
  requireOpenClaw();
  const sandbox = makeSandbox();
  const printed = await runCli(['policy', '--print-config'], { env: sandbox.env });
  expect(printed.code, printed.stderr).toBe(0);
  const block = JSON5.parse(printed.stdout);
  fs.writeFileSync(path.join(sandbox.stateDir, 'openclaw.json'), `${JSON.stringify(block, null, 2)}\n`, { mode: 0o600 });
  return sandbox;
}

function copyInto(sandbox: Sandbox, fixture: string): string {
  const dest = path.join(sandbox.root, 'src', fixture);
  fs.cpSync(path.join(fixtures, fixture), dest, { recursive: true });
  return dest;
}

/** Entries of the inspection service's cache (src/engine/result-cache.ts), which the policy hook fills. */
const policyCacheEntries = (sandbox: Sandbox) => {
  const dir = path.join(sandbox.env.npm_config_cache as string, '_clawguard/inspect-v2');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0;
};

describe.concurrent('clawguard as the install policy of the real OpenClaw CLI', () => {
  test('a clean plugin directory installs', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'plugin-clean');
      const res = await runOpenClaw(['plugins', 'install', dir, '--force', '--accept-capabilities'], { env: sandbox.env });
      expect(res.code, res.output).toBe(0);
      expect(res.output).toContain('Installed plugin: policy-clean-plugin');
      expect(fs.existsSync(path.join(sandbox.stateDir, 'extensions/policy-clean-plugin/openclaw.plugin.json'))).toBe(true);
      // clawguard really ran (OpenClaw's empty env reached the state dir through passEnv): its cache was filled.
      expect(policyCacheEntries(sandbox)).toBeGreaterThan(0);
    } finally {
      sandbox.cleanup();
    }
  });

  test('a plugin whose dependency tree hides a credential stealer is blocked, and OpenClaw prints clawguard\'s findings', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'plugin-with-deps');
      const res = await runOpenClaw(['plugins', 'install', dir, '--force', '--accept-capabilities'], { env: sandbox.env });
      expect(res.code).not.toBe(0);
      expect(res.output).toContain('Install blocked by policy');
      expect(res.output).toMatch(/Reason: clawguard blocked/);
      expect(res.output).toMatch(/\[CRITICAL\] [\w.-]+: evil-helper@0\.3\.1: .*\(node_modules\/evil-helper\/index\.js:\d+\)/);
      expect(fs.existsSync(path.join(sandbox.stateDir, 'extensions/policy-plugin-with-deps'))).toBe(false);
    } finally {
      sandbox.cleanup();
    }
  });

  test('`--link` (OpenClaw makes one policy call, no tree call) is still blocked on the linked node_modules', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'plugin-with-deps');
      const res = await runOpenClaw(['plugins', 'install', '-l', dir, '--force', '--accept-capabilities'], { env: sandbox.env });
      expect(res.code).not.toBe(0);
      expect(res.output).toContain('Install blocked by policy');
      expect(res.output).toMatch(/evil-helper@0\.3\.1: .*\(node_modules\/evil-helper\/index\.js:\d+\)/);
      // The path never reached plugins.load.paths.
      expect(fs.readFileSync(path.join(sandbox.stateDir, 'openclaw.json'), 'utf8')).not.toContain(dir);
    } finally {
      sandbox.cleanup();
    }
  });

  test('a warning needs approval; once acknowledged, OpenClaw re-runs the policy and the identical answer lets it through', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'plugin-hidden-helper');
      const refused = await runOpenClaw(['plugins', 'install', dir, '--force', '--accept-capabilities'], { env: sandbox.env });
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain('Install requires approval');
      expect(refused.output).toMatch(/\[WARN\] [\w.-]+: policy-hidden-helper@1\.0\.0: /);
      // With the acknowledgement OpenClaw asks again and compares fingerprints: a non-deterministic answer fails here.
      const acked = await runOpenClaw(['plugins', 'install', dir, '--force', '--accept-capabilities', '--acknowledge-install-policy-warning'], { env: sandbox.env });
      expect(acked.output).not.toContain('The policy warning changed after approval.');
      expect(acked.code, acked.output).toBe(0);
      expect(acked.output).toContain('Installed plugin: policy-hidden-helper');
    } finally {
      sandbox.cleanup();
    }
  });

  test('a malicious skill is blocked by `openclaw skills install`', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'skill-paste-installer');
      const res = await runOpenClaw(['skills', 'install', dir], { env: sandbox.env });
      expect(res.code).not.toBe(0);
      expect(res.output).toContain('Install blocked by policy');
      expect(res.output).toContain('Skill: wallet-balance-pro');
      expect(res.output).toMatch(/\[CRITICAL\] [\w.-]+: .*\(SKILL\.md:\d+\)/);
      const installed = fs.readdirSync(sandbox.home, { recursive: true }).map(String).filter((p) => p.endsWith(`wallet-balance-pro${path.sep}SKILL.md`));
      expect(installed).toEqual([]);
    } finally {
      sandbox.cleanup();
    }
  });

  test('a benign skill installs', async () => {
    const sandbox = await guardedSandbox();
    try {
      const dir = copyInto(sandbox, 'skill-weather');
      const res = await runOpenClaw(['skills', 'install', dir], { env: sandbox.env });
      expect(res.code, res.output).toBe(0);
      const installed = fs.readdirSync(sandbox.home, { recursive: true }).map(String).filter((p) => p.endsWith(`skill-weather${path.sep}SKILL.md`) || p.endsWith(`policy-weather-brief${path.sep}SKILL.md`));
      expect(installed.length, res.output).toBeGreaterThan(0);
      expect(policyCacheEntries(sandbox)).toBeGreaterThan(0);
    } finally {
      sandbox.cleanup();
    }
  });

  test('`openclaw doctor --deep` reports the probe allowed', async () => {
    const sandbox = await guardedSandbox();
    try {
      const res = await runOpenClaw(['doctor', '--deep', '--non-interactive'], { env: sandbox.env });
      expect(res.output).toContain('Install policy enabled for: plugin, skill');
      expect(res.output).toContain('Deep probe allowed the synthetic install request.');
      expect(res.output).not.toMatch(/Deep probe failed closed/);
    } finally {
      sandbox.cleanup();
    }
  });
});
