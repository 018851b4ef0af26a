/**
 * Differential test: on generated state dirs and configs, clawguard's idea of "which plugins would load" must
 * equal what the real `openclaw plugins list --json` (openclaw@2026.9.6 on Node 24) reports as enabled, plugin by
 * plugin (id and root dir). Bundled plugins are switched off on both sides (OPENCLAW_DISABLE_BUNDLED_PLUGINS)
 * except where a scenario brings its own bundled root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSandbox, type Sandbox } from '../helpers/cli.js';
import { runOpenClaw } from '../helpers/openclaw.js';
import { runGatewayCheck } from '../../src/gateway/index.js';
import { statePaths, writeConfig, writePlugin } from '../gateway/helpers/state.js';

const sandboxes: Sandbox[] = [];
afterAll(() => sandboxes.forEach((s) => s.cleanup()));

interface Loaded {
  key: string;
  enabled: boolean;
}

const real = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

async function openclawView(sb: Sandbox): Promise<Loaded[]> {
  const r = await runOpenClaw(['plugins', 'list', '--json'], { env: { ...sb.env, OPENCLAW_DISABLE_BUNDLED_PLUGINS: '1' }, timeoutMs: 120_000 });
  expect(r.code, r.output).toBe(0);
  const json = r.json<{ plugins: Array<{ id: string; rootDir: string; enabled: boolean; origin: string }> }>();
  return json.plugins.filter((p) => p.origin !== 'bundled').map((p) => ({ key: `${p.id} @ ${real(p.rootDir)}`, enabled: p.enabled }));
}

async function clawguardView(sb: Sandbox): Promise<Loaded[]> {
  const result = await runGatewayCheck({ paths: statePaths(sb.stateDir), env: { ...sb.env, OPENCLAW_DISABLE_BUNDLED_PLUGINS: '1' } });
  return result.plugins.filter((p) => p.origin !== 'bundled').map((p) => ({ key: `${p.id} @ ${real(p.dir)}`, enabled: p.wouldLoad }));
}

/** Every plugin OpenClaw enables, clawguard says would load, and vice versa; OpenClaw's disabled ones are not loading for clawguard. */
async function expectSameView(sb: Sandbox): Promise<void> {
  const [oc, cg] = await Promise.all([openclawView(sb), clawguardView(sb)]);
  const ocLoads = oc.filter((p) => p.enabled).map((p) => p.key).sort();
  const cgLoads = cg.filter((p) => p.enabled).map((p) => p.key).sort();
  expect(cgLoads).toEqual(ocLoads);
  const cgKeys = new Set(cg.map((p) => p.key));
  for (const p of oc) expect(cgKeys.has(p.key), `clawguard did not discover ${p.key}`).toBe(true);
}

/** The plugin zoo every scenario starts from; scenarios differ by config and a few additions. */
function zoo(sb: Sandbox): void {
  const ext = path.join(sb.stateDir, 'extensions');
  writePlugin(path.join(ext, 'alpha'), { id: 'alpha' });
  writePlugin(path.join(ext, 'beta'), { id: 'beta' });
  writePlugin(path.join(ext, 'mem-a'), { id: 'mem-a', kind: 'memory' });
  writePlugin(path.join(ext, 'dup'), { id: 'dup' });
  writePlugin(path.join(ext, 'gone.disabled'), { id: 'gone1' });
  writePlugin(path.join(ext, 'gone.bak'), { id: 'gone2' });
  writePlugin(path.join(ext, 'gone.backup-2026'), { id: 'gone3' });
  writePlugin(path.join(ext, '.clawguard-staging-1'), { id: 'staged' });
  writePlugin(path.join(ext, 'open'), { id: 'open' });
  fs.chmodSync(path.join(ext, 'open'), 0o777);
  writePlugin(path.join(ext, 'pkgname-plugin'), { id: 'manifest-id', name: '@scope/pkgname-plugin' });
  const ws = path.join(sb.stateDir, 'workspace/.openclaw/extensions');
  writePlugin(path.join(ws, 'wsp'), { id: 'wsp' });
  writePlugin(path.join(ws, 'dup'), { id: 'dup' });
  writePlugin(path.join(sb.root, 'loadpath/cfgp'), { id: 'cfgp' });
}

const scenarios: Array<{ name: string; config: Record<string, unknown> }> = [
  { name: 'allowlist empty', config: { plugins: { load: { paths: [] } } } },
  { name: 'allowlist non-empty with deny and a disabled entry', config: { plugins: { allow: ['alpha', 'beta', 'dup', 'wsp', 'open'], deny: ['beta'], entries: { alpha: { enabled: false } } } } },
  { name: 'plugins disabled', config: { plugins: { enabled: false, allow: ['alpha'] } } },
  { name: 'workspace plugin enabled by entry, memory slot selects an unlisted plugin', config: { plugins: { allow: ['alpha'], entries: { wsp: { enabled: true } }, slots: { memory: 'mem-a' } } } },
  { name: 'memory slot off, staging dir allowed', config: { plugins: { allow: ['mem-a', 'staged', 'manifest-id', 'pkgname'], slots: { memory: 'none' } } } },
];

describe('gateway check would-load == openclaw plugins list (2026.9.6)', () => {
  for (const scenario of scenarios)
    it(scenario.name, async () => {
      const sb = makeSandbox();
      sandboxes.push(sb);
      zoo(sb);
      const config = structuredClone(scenario.config) as { plugins: { load?: { paths: string[] } } };
      config.plugins.load = { paths: [path.join(sb.root, 'loadpath/cfgp')] };
      writeConfig(sb.stateDir, config);
      await expectSameView(sb);
    });

  it('a load-path plugin duplicating a global and a workspace id wins over both', async () => {
    const sb = makeSandbox();
    sandboxes.push(sb);
    zoo(sb);
    writePlugin(path.join(sb.root, 'loadpath/dup'), { id: 'dup' });
    writeConfig(sb.stateDir, { plugins: { allow: ['dup'], load: { paths: [path.join(sb.root, 'loadpath/dup')] } } });
    await expectSameView(sb);
  });

  it('ids that collide when lower-cased, and a channel plugin whose channel is disabled', async () => {
    const sb = makeSandbox();
    sandboxes.push(sb);
    writePlugin(path.join(sb.stateDir, 'extensions/tool-a'), { id: 'Tool' });
    writePlugin(path.join(sb.stateDir, 'extensions/tool-b'), { id: 'tool' });
    const chat = writePlugin(path.join(sb.stateDir, 'extensions/chat'), { id: 'chatx' });
    const manifest = JSON.parse(fs.readFileSync(path.join(chat, 'openclaw.plugin.json'), 'utf8'));
    fs.writeFileSync(path.join(chat, 'openclaw.plugin.json'), JSON.stringify({ ...manifest, channels: ['chatx'] }));
    writeConfig(sb.stateDir, { plugins: {}, channels: { chatx: { enabled: false } } });
    await expectSameView(sb);
  });

  it('a plugin OpenClaw installed itself (install record in its SQLite state) is discovered the same way', async () => {
    const sb = makeSandbox();
    sandboxes.push(sb);
    const src = writePlugin(path.join(sb.root, 'src/recorded'), { id: 'recorded' });
    writeConfig(sb.stateDir, { plugins: { allow: ['alpha'] } });
    const install = await runOpenClaw(['plugins', 'install', src, '--force', '--accept-capabilities'], { env: sb.env, timeoutMs: 120_000 });
    expect(install.code, install.output).toBe(0);
    writePlugin(path.join(sb.stateDir, 'extensions/alpha'), { id: 'alpha' });
    await expectSameView(sb);
    const cg = await clawguardView(sb);
    expect(cg.find((p) => p.key.startsWith('recorded @'))?.enabled).toBe(true);
  });
});
