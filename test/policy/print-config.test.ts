/**
 * `clawguard policy --print-config` prints a block OpenClaw accepts: the real node binary and the real entry
 * script (absolute, no symlink, not group/world-writable, trusted owners up to `/`), no other argument that
 * OpenClaw would mistake for a script path, and the state dir passed through the environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSecureCommandPath } from '../../src/openclaw/secure-path.js';
import { makeSandbox, runCli } from '../helpers/cli.js';

const sandbox = makeSandbox();
afterAll(() => sandbox.cleanup());

/** OpenClaw's POLICY_SCRIPT_ARG_PATTERN rule (§1.4): which args of an interpreter it checks as script files. */
function looksLikeScript(arg: string): boolean {
  const value = arg.startsWith('-') ? (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : '') : arg;
  if (!value) return false;
  return path.isAbsolute(value) || value.startsWith('.') || /[\\/]/.test(value) || /\.(bash|cjs|cts|js|mjs|mts|pl|ps1|py|rb|sh|ts|zsh)$/i.test(value);
}

describe('policy --print-config', () => {
  test('prints a JSON5 block with the real node and script that passes OpenClaw\'s checks', async () => {
    const res = await runCli(['policy', '--print-config'], { env: sandbox.env });
    expect(res.code).toBe(0);
    const parsed = JSON5.parse(res.stdout) as { security: { installPolicy: { enabled: boolean; targets: string[]; exec: { source: string; command: string; args: string[]; timeoutMs: number; passEnv: string[] } } } };
    const policy = parsed.security.installPolicy;
    expect(policy.enabled).toBe(true);
    expect(policy.exec.source).toBe('exec');
    const { command, args } = policy.exec;
    expect(path.isAbsolute(command)).toBe(true);
    expect(fs.lstatSync(command).isSymbolicLink()).toBe(false);
    expect(fs.realpathSync(command)).toBe(fs.realpathSync(process.execPath));
    expect(fs.lstatSync(args[0]).isSymbolicLink()).toBe(false);
    expect(args[0]).toBe(fs.realpathSync(path.resolve(import.meta.dirname, '../../dist/cli/clawguard.cjs')));
    expect(args[1]).toBe('policy');
    // Every other arg is one OpenClaw will not try to check as a script file (a directory there fails closed).
    for (const arg of args.slice(1)) expect(looksLikeScript(arg)).toBe(false);
    expect(checkSecureCommandPath(command, 'command')).toEqual([]);
    expect(checkSecureCommandPath(args[0], 'script')).toEqual([]);
    // The policy runs with an empty environment: the state dir must reach it through passEnv.
    expect(policy.exec.passEnv).toEqual(expect.arrayContaining(['OPENCLAW_STATE_DIR', 'HOME']));
    expect(policy.exec.timeoutMs).toBeGreaterThan(10_000);
  });

  test('--json prints the same block with the check results; an explicit --state-dir becomes a literal env entry', async () => {
    const res = await runCli(['policy', '--print-config', '--json', '--state-dir', sandbox.stateDir], { env: sandbox.env });
    expect(res.code).toBe(0);
    const out = res.json();
    expect(out.problems).toEqual([]);
    expect(out.installPolicy.exec.env).toEqual({ OPENCLAW_STATE_DIR: sandbox.stateDir });
    expect(out.configPath).toBe(path.join(sandbox.stateDir, 'openclaw.json'));
  });
});

describe('OpenClaw path checks (§1.3), and the fix for each', () => {
  const dir = fs.mkdtempSync(path.join(sandbox.root, 'paths-'));
  fs.chmodSync(dir, 0o755);
  const file = path.join(dir, 'policy.mjs');
  fs.writeFileSync(file, '');
  fs.chmodSync(file, 0o755);

  test('a private file under private directories passes', () => {
    expect(checkSecureCommandPath(file, 'x')).toEqual([]);
  });

  test('a relative path is refused with the absolute one to use', () => {
    const problems = checkSecureCommandPath('dist/cli/main.js', 'x');
    expect(problems[0].problem).toMatch(/must be an absolute path/);
    expect(problems[0].fix).toMatch(/^use \//);
  });

  test('a symlink is refused with its real path as the fix', () => {
    const link = path.join(dir, 'link.mjs');
    fs.symlinkSync(file, link);
    const problems = checkSecureCommandPath(link, 'x');
    expect(problems[0].problem).toMatch(/must not be a symlink/);
    expect(problems[0].fix).toBe(`use the real path ${file}`);
  });

  test('a directory is refused', () => {
    expect(checkSecureCommandPath(dir, 'x')[0].problem).toMatch(/must be a file/);
  });

  test('a group-writable file (umask 002) is refused with the chmod that fixes it', () => {
    const loose = path.join(dir, 'loose.mjs');
    fs.writeFileSync(loose, '');
    fs.chmodSync(loose, 0o775);
    const problems = checkSecureCommandPath(loose, 'x');
    expect(problems.map((p) => p.problem)).toContain(`x permissions are too open: ${loose}`);
    expect(problems.map((p) => p.fix)).toContain(`chmod go-w ${loose}`);
  });

  test('a world-writable parent is refused unless it is sticky (like /tmp)', () => {
    const open = path.join(dir, 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    const inner = path.join(open, 'p.mjs');
    fs.writeFileSync(inner, '');
    fs.chmodSync(inner, 0o755);
    expect(checkSecureCommandPath(inner, 'x').map((p) => p.problem)).toContain(`x parent directory permissions are too open: ${open}`);
    fs.chmodSync(open, 0o1777);
    expect(checkSecureCommandPath(inner, 'x')).toEqual([]);
  });

  // Only root can hand a directory to a foreign uid.
  test.skipIf(process.getuid?.() !== 0)('a parent or file owned by another user is refused', () => {
    const foreign = path.join(dir, 'foreign');
    fs.mkdirSync(foreign);
    fs.chmodSync(foreign, 0o755);
    const inner = path.join(foreign, 'p.mjs');
    fs.writeFileSync(inner, '');
    fs.chmodSync(inner, 0o755);
    fs.chownSync(foreign, 4242, 4242);
    const problems = checkSecureCommandPath(inner, 'x');
    expect(problems.map((p) => p.problem)).toContain(`x parent directory owner is not trusted: ${foreign}`);
    fs.chownSync(inner, 4242, 4242);
    expect(checkSecureCommandPath(inner, 'x').map((p) => p.problem)).toContain(`x must be owned by the current user (uid=0) or root: ${inner}`);
  });
});
