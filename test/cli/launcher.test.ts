/**
 * The `clawguard` executable is a launcher (src/cli/launcher.ts, bundled into dist/cli/clawguard.cjs) that
 * answers `gateway check`, `policy`, `skills scan` and `plugins inspect` from bundles and hands every other command line
 * to the full CLI (dist/cli/main.js). Both doors must give the same answer: same stdout, stderr and exit
 * code, for answers, refusals and bad input alike. And the fast door must really be the one taken.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, makeSandbox, repoRoot, spawnCollected, type Collected } from '../helpers/cli.js';
import { doctorProbe, pluginPackage } from '../policy/requests.js';

const mainPath = path.join(repoRoot, 'dist/cli/main.js');
const skill = (name: string) => path.join(repoRoot, 'fixtures/skills', name);

const doctor = JSON.stringify(doctorProbe());

/** Durations differ between any two runs; nothing else may. */
const normalise = (r: Collected) => ({
  code: r.code,
  stdout: r.stdout.replace(/"durationMs": \d+/g, '"durationMs": 0').replace(/\d+ ms\b/g, '0 ms'),
  stderr: r.stderr.replace(/\d+ ms\b/g, '0 ms'),
});

describe('the launcher and the full CLI answer alike', () => {
  const box = makeSandbox();
  // An unrecorded plugin directory: the gateway check refuses it (exit 1).
  const refusedState = path.join(box.root, 'refused-state');
  fs.mkdirSync(path.join(refusedState, 'extensions/stray'), { recursive: true });
  fs.writeFileSync(path.join(refusedState, 'extensions/stray/package.json'), JSON.stringify({ name: 'stray', version: '1.0.0', openclaw: { extensions: ['./index.js'] } }));
  fs.writeFileSync(path.join(refusedState, 'extensions/stray/openclaw.plugin.json'), JSON.stringify({ id: 'stray', configSchema: { type: 'object' } }));
  fs.writeFileSync(path.join(refusedState, 'extensions/stray/index.js'), 'export default {};\n');
  const noOpenclaw = path.join(box.root, 'no-openclaw');

  const cases: Array<{ name: string; args: string[]; input?: string; env?: NodeJS.ProcessEnv }> = [
    { name: 'version', args: ['--version'] },
    { name: 'gateway check, nothing installed, JSON', args: ['gateway', 'check', '--json', '--openclaw-dir', noOpenclaw] },
    { name: 'gateway check, nothing installed, text', args: ['gateway', 'check', `--openclaw-dir=${noOpenclaw}`] },
    { name: 'gateway check refuses an unrecorded plugin', args: ['gateway', 'check', '--json', '--state-dir', refusedState, '--openclaw-dir', noOpenclaw] },
    { name: 'gateway check with a config file that does not parse', args: ['gateway', 'check', '--json', '--config', path.join(repoRoot, 'package-lock.json.missing'), '--openclaw-dir', noOpenclaw] },
    { name: 'gateway check with an unknown flag (the full CLI reports it)', args: ['gateway', 'check', '--json', '--bogus'] },
    { name: 'policy doctor probe', args: ['policy'], input: doctor },
    { name: 'policy with a request that is not JSON', args: ['policy', '--time-budget', '5000'], input: 'not json' },
    { name: 'policy with an empty request', args: ['policy'], input: '' },
    { name: 'skills scan, benign skill, JSON', args: ['skills', 'scan', '--json', skill('benign-api-helper')], env: { CLAWGUARD_INSPECT_CACHE: '0' } },
    { name: 'skills scan, malicious skill, text', args: ['skills', 'scan', skill('malicious-exfil-script')] },
    { name: 'skills scan, two skills, SARIF', args: ['skills', 'scan', '--sarif', skill('benign-github-cli'), skill('malicious-paste-site')] },
    { name: 'skills scan, --fail-on info', args: ['skills', 'scan', '--fail-on', 'info', '--json', skill('benign-api-helper')] },
    { name: 'skills scan, --fail-on with a bad value', args: ['skills', 'scan', '--fail-on', 'bogus', skill('benign-api-helper')] },
    { name: 'skills scan, --json with --sarif', args: ['skills', 'scan', '--json', '--sarif', skill('benign-api-helper')] },
    { name: 'skills scan of a folder that does not exist', args: ['skills', 'scan', '--json', path.join(box.root, 'missing')] },
    { name: 'skills scan with a missing suppressions file', args: ['skills', 'scan', '--suppressions', path.join(box.root, 'missing.json5'), skill('benign-api-helper')] },
    { name: 'skills scan without a folder', args: ['skills', 'scan'] },
    { name: 'plugins inspect, plugin directory, JSON', args: ['plugins', 'inspect', '--json', path.join(repoRoot, 'fixtures/packages/clean-plugin')], env: { CLAWGUARD_INSPECT_CACHE: '0' } },
    { name: 'plugins inspect, malicious plugin, text, --fail-on high', args: ['plugins', 'inspect', path.join(repoRoot, 'fixtures/packages/malicious-plugin'), '--fail-on', 'high'] },
    { name: 'plugins inspect, SARIF', args: ['plugins', 'inspect', '--sarif', path.join(repoRoot, 'fixtures/packages/clean-plugin')] },
    { name: 'plugins inspect, --json with --sarif', args: ['plugins', 'inspect', '--json', '--sarif', path.join(repoRoot, 'fixtures/packages/clean-plugin')] },
    { name: 'plugins inspect of a path that does not exist', args: ['plugins', 'inspect', '--json', path.join(box.root, 'missing')] },
    { name: 'plugins inspect with a bad --max-entries', args: ['plugins', 'inspect', '--json', '--max-entries', 'many', path.join(repoRoot, 'fixtures/packages/clean-plugin')] },
    { name: 'plugins inspect with two specs (the full CLI reports it)', args: ['plugins', 'inspect', 'a', 'b'] },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const env = { ...box.env, ...c.env };
      const viaLauncher = await spawnCollected(process.execPath, [cliPath, ...c.args], { env, input: c.input });
      const viaMain = await spawnCollected(process.execPath, [mainPath, ...c.args], { env, input: c.input });
      expect(normalise(viaLauncher)).toEqual(normalise(viaMain));
      expect(viaLauncher.code).not.toBeNull();
    }, 120_000);
  }
});

describe('the launcher takes the fast door', () => {
  // A preload (test code, not a fixture) that records every module the process loads: CommonJS ones from
  // require.cache at exit, ES modules through a loader hook (which runs on its own thread, so it appends to a file).
  const box = makeSandbox();
  const probe = path.join(box.root, 'loaded.cjs');
  const record = path.join(box.root, 'loaded.txt');
  const hooks = `import fs from 'node:fs'; export async function load(url, context, next) { fs.appendFileSync(${JSON.stringify(record)}, url + '\\n'); return next(url, context); }`;
  fs.writeFileSync(
    probe,
    [
      `require('node:module').register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`,
      `process.on('exit', () => { require('node:fs').appendFileSync(${JSON.stringify(record)}, Object.keys(require.cache).join('\\n') + '\\n'); });`,
    ].join('\n'),
  );
  const loaded = (args: string[], input = '', { env = box.env, cwd }: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string[] => {
    fs.rmSync(record, { force: true });
    const res = spawnSync(process.execPath, ['--require', probe, cliPath, ...args], { env, cwd, input, encoding: 'utf8' });
    expect(res.status, res.stderr).not.toBeNull();
    return fs.readFileSync(record, 'utf8').split('\n').filter(Boolean);
  };
  const commander = (files: string[]) => files.some((f) => f.includes(`${path.sep}commander${path.sep}`));

  // The engine: its bundle (src/cli/launcher.ts BUNDLED_MODULES) or its ES modules.
  const engine = (files: string[]) => files.some((f) => /[/\\]dist[/\\](?:inspect[/\\]index\.js|cli[/\\]fast[/\\]engine\.cjs)$/.test(f));

  it('gateway check, the doctor probe and a cached skills scan load neither commander nor the engine', () => {
    const scan = ['skills', 'scan', '--json', skill('benign-api-helper')];
    loaded(scan); // fills the result cache (this run may load the engine)
    for (const [args, input] of [
      [['gateway', 'check', '--json', '--openclaw-dir', path.join(box.root, 'none')], ''],
      [['policy'], doctor],
      [scan, ''],
    ] as const) {
      const files = loaded([...args], input);
      expect(files.some((f) => f.endsWith('clawguard.cjs')), args.join(' ')).toBe(true);
      expect(commander(files), args.join(' ')).toBe(false);
      expect(engine(files), args.join(' ')).toBe(false);
    }
  });

  it('a repeat policy request for a plugin directory answers from the policy bundle: no ES module of the service or the stages, no engine', () => {
    const dir = path.join(repoRoot, 'fixtures/packages/clean-plugin');
    const request = JSON.stringify(pluginPackage(dir, 'clean-plugin'));
    loaded(['policy'], request); // fills the result cache
    const files = loaded(['policy'], request);
    expect(files.some((f) => f.endsWith(`${path.sep}policy.cjs`))).toBe(true);
    expect(files.filter((f) => /[/\\]dist[/\\](engine|openclaw|inspect)[/\\].*\.js$/.test(f))).toEqual([]);
    expect(commander(files)).toBe(false);
  });

  it('a cached skills scan --json and a cached policy answer load neither node:worker_threads, node:crypto nor the JSON5 parser', () => {
    const scan = ['skills', 'scan', '--json', skill('benign-api-helper')];
    const request = JSON.stringify(pluginPackage(path.join(repoRoot, 'fixtures/packages/clean-plugin'), 'clean-plugin'));
    // Without the ES-module hook of `loaded` (module.register starts a thread of its own).
    const plain = path.join(box.root, 'builtins.cjs');
    fs.writeFileSync(plain, `process.on('exit', () => { require('node:fs').writeFileSync(${JSON.stringify(record)}, [...Object.keys(require.cache), ...process.moduleLoadList].join('\\n')); });`);
    const modules = (args: string[], input = ''): string[] => {
      fs.rmSync(record, { force: true });
      const res = spawnSync(process.execPath, ['--require', plain, cliPath, ...args], { env: box.env, input, encoding: 'utf8' });
      expect(res.status, res.stderr).toBe(0);
      return fs.readFileSync(record, 'utf8').split('\n');
    };
    modules(scan);
    modules(['policy'], request);
    // The gateway check with nothing installed parses no JSON5 (src/core/json5.ts loads the package on first use).
    const gateway = modules(['gateway', 'check', '--json', '--openclaw-dir', path.join(box.root, 'none')]);
    expect(gateway.some((f) => f.includes(`${path.sep}json5${path.sep}`))).toBe(false);
    // Nor the performance timeline, which the global `performance` loads on first read (src/core/clock.ts).
    expect(gateway).not.toContain('NativeModule perf_hooks');
    for (const files of [modules(scan), modules(['policy'], request)]) {
      expect(files).not.toContain('NativeModule perf_hooks');
      expect(files).toContain('NativeModule fs'); // builtins are recorded
      expect(files).not.toContain('NativeModule worker_threads');
      // The directory's stat record (src/engine/jobs.ts) answers: nothing of it is hashed.
      expect(files).not.toContain('NativeModule crypto');
      // Nor is a stream made for stdout or stderr (src/core/write.ts).
      expect(files).not.toContain('NativeModule net');
      expect(files.some((f) => f.includes(`${path.sep}json5${path.sep}`))).toBe(false);
    }
  });

  it('a repeat plugins inspect of an unchanged directory answers from its bundle: no commander, no engine, no ES module of ours', () => {
    const args = ['plugins', 'inspect', '--json', path.join(repoRoot, 'fixtures/packages/clean-plugin')];
    loaded(args); // fills the result cache
    const files = loaded(args);
    expect(files.some((f) => f.endsWith(`${path.sep}plugins.cjs`))).toBe(true);
    // Where no npm setting the answer reads can be set (the sandbox names its own npmrc files: without them).
    const { npm_config_userconfig: _u, npm_config_globalconfig: _g, ...unconfigured } = box.env;
    loaded(args, '', { env: unconfigured });
    expect(loaded(args, '', { env: unconfigured }).some((f) => f.endsWith(`${path.sep}npm.cjs`))).toBe(false);
    expect(commander(files)).toBe(false);
    expect(engine(files)).toBe(false);
    expect(files.filter((f) => /[/\\]dist[/\\].*\.js$/.test(f))).toEqual([]);
    // npm's config loader and spec parser come from their bundle when the sandbox's npmrc files are read, not from node_modules.
    expect(files.filter((f) => /[/\\]node_modules[/\\](semver|@npmcli[/\\]config|npm-package-arg)[/\\]/.test(f))).toEqual([]);
    // The directory's stat record answers (src/install/inspect-plugin.ts): no copy is hashed, no plan resolved.
    // Builtins without the ES-module hook of `loaded` (module.register starts a thread of its own).
    const plain = path.join(box.root, 'plugins-builtins.cjs');
    fs.writeFileSync(plain, `process.on('exit', () => { require('node:fs').writeFileSync(${JSON.stringify(record)}, process.moduleLoadList.join('\\n')); });`);
    fs.rmSync(record, { force: true });
    const res = spawnSync(process.execPath, ['--require', plain, cliPath, ...args], { env: box.env, encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const builtins = fs.readFileSync(record, 'utf8').split('\n');
    expect(builtins).toContain('NativeModule fs'); // builtins are recorded
    expect(builtins).not.toContain('NativeModule crypto');
    expect(builtins).not.toContain('NativeModule child_process');
  });

  it("a plugins inspect that takes the stages, or reads a user npmrc, loads npm's packages from their bundle", () => {
    const dir = path.join(box.root, 'fresh-plugin');
    fs.cpSync(path.join(repoRoot, 'fixtures/packages/clean-plugin'), dir, { recursive: true });
    const args = ['plugins', 'inspect', '--json', dir];
    const fromBundle = (files: string[]) => {
      expect(files.some((f) => f.endsWith(`${path.sep}npm.cjs`))).toBe(true);
      expect(files.filter((f) => /[/\\]node_modules[/\\](semver|@npmcli[/\\]config|npm-package-arg)[/\\]/.test(f))).toEqual([]);
    };
    const { npm_config_userconfig: _u, npm_config_globalconfig: _g, ...unconfigured } = box.env;
    fromBundle(loaded(args, '', { env: unconfigured })); // a first sight: the stages parse the spec and read npm's configuration
    // A repeat reads npm's configuration too when an npmrc could change the answer (inspect-plugin.ts npmLeavesPlanAlone).
    const project = path.join(box.root, 'project-with-npmrc');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, '.npmrc'), 'lockfile-version=3\n');
    fromBundle(loaded(args, '', { env: unconfigured, cwd: project }));
    fromBundle(loaded(args, '', { env: unconfigured, cwd: project }));
  });

  it('a skills scan that misses the cache loads the engine', () => {
    const files = loaded(['skills', 'scan', '--json', skill('benign-github-cli')]);
    expect(engine(files)).toBe(true);
    // From its bundle on every Node, not as the ES modules under dist/inspect/ (src/cli/launcher.ts BUNDLED_MODULES).
    expect(files.some((f) => f.endsWith(`${path.sep}engine.cjs`))).toBe(true);
    expect(files.some((f) => /[/\\]dist[/\\]inspect[/\\]index\.js$/.test(f))).toBe(false);
    // The bundle carries the build's regex gates (scripts/build-launcher.mjs withGates): esbuild reprints the reader
    // that wrote them, so read from the file they would be refused and every pattern read again.
    const gates = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist/inspect/analyzers/regex-gates.json'), 'utf8')) as { gates: Record<string, unknown> };
    const bundle = fs.readFileSync(path.join(repoRoot, 'dist/cli/fast/engine.cjs'), 'utf8');
    const embedded = /\bbuilt\s*=\s*(?:\/\*[^*]*\*\/\s*)?new Map\(\[\[/.exec(bundle);
    expect(embedded).not.toBeNull();
    // one entry per pattern the build read (each entry opens with `[` and its key)
    expect(bundle.slice(embedded!.index).split('\n', 1)[0].split(/\]\],\s*\[/).length).toBe(Object.keys(gates.gates).length);
    expect(commander(files)).toBe(false);
  });

  it('every bundle is written in ASCII: the launcher reads bundles one byte per character (src/cli/code-cache.ts)', () => {
    const fast = path.join(repoRoot, 'dist/cli/fast');
    const bundles = fs.readdirSync(fast).filter((f) => f.endsWith('.cjs'));
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    for (const f of bundles) expect(/[^\0-\x7f]/.exec(fs.readFileSync(path.join(fast, f), 'latin1'))?.index, f).toBeUndefined();
  });

  it('any other command line goes to the full CLI (commander parses it)', () => {
    expect(commander(loaded(['plugins', 'list', '--json']))).toBe(true);
    expect(commander(loaded(['gateway', 'check', '--help']))).toBe(true);
    expect(commander(loaded(['policy', '--print-config', '--json']))).toBe(true);
  });
});

describe('one flag table for both doors', () => {
  it('commander registers exactly the flags the launcher reads for each fast command, and the launcher accepts each that is not slow', async () => {
    const { Command } = await import('commander');
    const { FAST_COMMAND_FLAGS, fastSpecOf } = await import('../../src/cli/flags.js');
    const { parseFastArgs } = await import('../../src/cli/fast-args.js');
    const program = new Command('clawguard');
    (await import('../../src/cli/commands/gateway.js')).registerGateway(program);
    (await import('../../src/cli/commands/policy.js')).registerPolicy(program);
    (await import('../../src/cli/commands/skills.js')).registerSkills(program);
    (await import('../../src/cli/commands/plugins.js')).registerPlugins(program);
    const commandOf = (name: string) => name.split(' ').reduce<InstanceType<typeof Command>>((cmd, word) => cmd.commands.find((c) => c.name() === word)!, program);
    for (const [name, defs] of Object.entries(FAST_COMMAND_FLAGS)) {
      const registered = commandOf(name).options.map((o) => o.long);
      expect(registered, name).toEqual(defs.map((d) => /^--[a-z-]+/.exec(d.flags)![0]));
      const spec = fastSpecOf(name as keyof typeof FAST_COMMAND_FLAGS);
      const operands = spec.positionals === 'none' ? [] : ['dir'];
      for (const def of defs) {
        const flag = /^--[a-z-]+/.exec(def.flags)![0];
        const words = def.flags.includes('<') ? [flag, def.choices?.[0] ?? 'value'] : [flag];
        expect(parseFastArgs([...words, ...operands], spec) !== undefined, `${name} ${flag}`).toBe(!('slow' in def && def.slow));
      }
    }
  });
});
