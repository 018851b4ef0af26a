/**
 * Hostile local state: clawguard's records replaced by a symbolic link, a huge file, invalid JSON or valid
 * JSON with wrong types. clawguard refuses to follow or trust them, names the file and the fix, and never
 * writes through a link (the link and whatever it points at are left exactly as they were).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useSandboxes, type Sandbox } from '../helpers/cli.js';
import { snapshotState } from './state.js';

const sandbox = useSandboxes();
const install = (spec: string) => ['plugins', 'install', spec, '--min-release-age', '0', '--yes'];

const entry = (id: string, dir: string, extra: Record<string, unknown> = {}) => ({
  pluginId: id,
  dirName: path.basename(dir),
  dir,
  source: { kind: 'registry', spec: `${id}@1.0.0` },
  name: id,
  version: '1.0.0',
  installedAt: '2026-01-01T00:00:00.000Z',
  verdict: 'allow',
  findings: {},
  manifestSha256: '0'.repeat(64),
  ...extra,
});

function records(box: Sandbox): string {
  const dir = path.join(box.stateDir, 'clawguard');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** A file outside the state dir that a planted link points at; its bytes must never change. */
function outside(box: Sandbox, name: string, text: string): string {
  const file = path.join(box.root, name);
  fs.writeFileSync(file, text);
  return file;
}

async function expectRefused(box: Sandbox, args: string[], exit: number, ...mentions: string[]) {
  const before = snapshotState(box.stateDir);
  const res = await runCli(args, { env: box.env });
  expect(res.code, res.stderr).toBe(exit);
  for (const m of mentions) expect(res.stderr).toContain(m);
  expect(snapshotState(box.stateDir)).toEqual(before);
  return res;
}

describe('records replaced by symbolic links', () => {
  it('a linked ledger.json is not read or written through: install and list refuse (exit 3) naming the file and the fix', async () => {
    const box = sandbox();
    const target = outside(box, 'planted-ledger.json', JSON.stringify({ schemaVersion: 1, plugins: {} }));
    const ledger = path.join(records(box), 'ledger.json');
    fs.symlinkSync(target, ledger);
    const res = await expectRefused(box, install('clean-plugin@1.0.0'), 3, `${ledger} is a symbolic link`, 'replace the link');
    expect(res.stderr).toContain(target);
    await expectRefused(box, ['plugins', 'list'], 3, `${ledger} is a symbolic link`);
    expect(fs.readFileSync(target, 'utf8')).toBe(JSON.stringify({ schemaVersion: 1, plugins: {} }));
    expect(fs.lstatSync(ledger).isSymbolicLink()).toBe(true);
  });

  it('a linked approvals.json is refused (exit 2) by install and approve-scripts, the target untouched', async () => {
    const box = sandbox();
    const text = JSON.stringify({ schemaVersion: 1, approvals: [], shown: {} });
    const target = outside(box, 'planted-approvals.json', text);
    fs.symlinkSync(target, path.join(records(box), 'approvals.json'));
    await expectRefused(box, install('clean-plugin@1.0.0'), 2, 'approvals.json is a symbolic link');
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
  });

  it('a linked clawguard/ dir: no command writes into it (exit 3, ESTATE_LINK)', async () => {
    const box = sandbox();
    const elsewhere = path.join(box.root, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(box.stateDir, 'clawguard'));
    await expectRefused(box, install('clean-plugin@1.0.0'), 3, 'clawguard is a symbolic link', 'replace it with a real directory');
    await expectRefused(box, ['plugins', 'uninstall', 'x'], 3, 'clawguard is a symbolic link');
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('a linked cache or manifests dir is refused the same way', async () => {
    for (const sub of ['cache', 'manifests']) {
      const box = sandbox();
      const elsewhere = path.join(box.root, `elsewhere-${sub}`);
      fs.mkdirSync(elsewhere);
      fs.symlinkSync(elsewhere, path.join(records(box), sub));
      await expectRefused(box, install('clean-plugin@1.0.0'), 3, `clawguard/${sub} is a symbolic link`);
      expect(fs.readdirSync(elsewhere)).toEqual([]);
    }
  });

  it('an installed plugin whose manifest became a link is refused by gateway check, naming the link', async () => {
    const box = sandbox();
    fs.writeFileSync(path.join(box.stateDir, 'openclaw.json'), '{"plugins": {"allow": ["clean-plugin"]}}\n');
    const res = await runCli(install('clean-plugin@1.0.0'), { env: box.env, timeoutMs: 280_000 });
    expect(res.code, res.stderr).toBe(0);
    const manifest = path.join(box.stateDir, 'clawguard/manifests/clean-plugin.json');
    const copy = outside(box, 'manifest-copy.json', fs.readFileSync(manifest, 'utf8'));
    fs.rmSync(manifest);
    fs.symlinkSync(copy, manifest);
    const check = await runCli(['gateway', 'check', '--json'], { env: box.env });
    expect(check.code).toBe(1);
    const plugin = check.json().plugins.find((p: { id: string }) => p.id === 'clean-plugin');
    expect(plugin.status).toBe('refused');
    expect(JSON.stringify(plugin.reasons)).toContain('is a symbolic link');
  }, 300_000);
});

describe('records that are too large or not what clawguard wrote', () => {
  it('a 65 MB ledger is not read (exit 3, names the limit); a directory in its place is refused', async () => {
    const box = sandbox();
    const ledger = path.join(records(box), 'ledger.json');
    const fd = fs.openSync(ledger, 'w');
    fs.ftruncateSync(fd, 65 * 1024 * 1024); // sparse: no 65 MB written to the test disk
    fs.closeSync(fd);
    await expectRefused(box, ['plugins', 'list'], 3, 'over the 67108864-byte limit', 'restore it from a backup');
    fs.rmSync(ledger);
    fs.mkdirSync(ledger);
    await expectRefused(box, ['plugins', 'list'], 3, `${ledger} is not a regular file`);
  });

  it('invalid JSON and wrong types in the ledger name the file, the entry and the fix (exit 3)', async () => {
    const box = sandbox();
    const ledger = path.join(records(box), 'ledger.json');
    fs.writeFileSync(ledger, '{"schemaVersion": 1, "plugins": {');
    await expectRefused(box, ['plugins', 'list'], 3, `${ledger} is invalid: not valid JSON`, 'restore it from a backup');
    const dir = path.join(box.stateDir, 'extensions/p');
    for (const [extra, says] of [
      [{ packages: 'lodash' }, '"packages" is not an array'],
      [{ scripts: { ran: [1], skipped: [] } }, '"scripts" is not'],
      [{ findings: { high: 'many' } }, '"findings.high" is not a number'],
      [{ quarantine: { from: dir } }, '"quarantine" is not'],
      [{ source: 'npm' }, 'has no valid "source"'],
    ] as const) {
      fs.writeFileSync(ledger, JSON.stringify({ schemaVersion: 1, plugins: { p: entry('p', dir, extra) } }));
      await expectRefused(box, install('clean-plugin@1.0.0'), 3, `entry "p"`, says);
    }
  });

  it('approvals with wrong types are refused (exit 2) naming the field', async () => {
    const box = sandbox();
    const approvals = path.join(records(box), 'approvals.json');
    fs.writeFileSync(approvals, JSON.stringify({ schemaVersion: 1, approvals: [], shown: { p: 'node x.js' } }));
    await expectRefused(box, install('clean-plugin@1.0.0'), 2, '"shown.p" is not an array');
    fs.writeFileSync(approvals, JSON.stringify([]));
    await expectRefused(box, install('clean-plugin@1.0.0'), 2, `${approvals} is invalid`);
  });

  it('a gateway quarantine record with the wrong shape stops restore (exit 3) instead of being read as empty', async () => {
    const box = sandbox();
    fs.writeFileSync(path.join(records(box), 'gateway-quarantine.json'), JSON.stringify({ schemaVersion: 1, plugins: { rogue: { to: 5 } } }));
    await expectRefused(box, ['plugins', 'restore', 'rogue'], 3, 'gateway-quarantine.json does not have the expected shape');
  });
});
