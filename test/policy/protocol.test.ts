/**
 * `clawguard policy` speaks OpenClaw's protocol 1 exactly: one JSON object on stdout, logs on stderr, exit 0 for
 * every decision, the doctor probe allowed, and everything it cannot read answered with `block` + reason.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cliPath, makeSandbox } from '../helpers/cli.js';
import { askPolicy, doctorProbe, fixturesDir, pluginPackage, skillInstall } from './requests.js';

const sandbox = makeSandbox();
afterAll(() => sandbox.cleanup());

function expectOneJsonLine(stdout: string) {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
}

describe('protocol', () => {
  test('the doctor probe is allowed at once, with exactly one JSON object on stdout and exit 0', async () => {
    const { result, response } = await askPolicy(doctorProbe(), sandbox.env);
    expect(result.code).toBe(0);
    expectOneJsonLine(result.stdout);
    expect(response).toEqual({ protocolVersion: 1, decision: 'allow', reason: 'clawguard install policy is reachable' });
  });

  test.each([
    ['garbage', 'this is not json', /not valid JSON/],
    ['an empty request', '', /empty/],
    ['a JSON array', '[1,2]', /must be a JSON object/],
    ['another protocol version', JSON.stringify({ ...doctorProbe(), protocolVersion: 2 }), /unsupported protocolVersion 2/],
    ['a relative sourcePath', JSON.stringify({ ...skillInstall('skills/x', 'x') }), /sourcePath must be an absolute path/],
    ['an unknown targetType', JSON.stringify({ ...skillInstall('/tmp', 'x'), targetType: 'hook' }), /unknown targetType/],
    ['a request without origin', JSON.stringify({ ...skillInstall('/tmp', 'x'), origin: undefined }), /origin\.type/],
  ])('%s is blocked with a reason, never a crash', async (_name, input, reason) => {
    const { result, response } = await askPolicy(input, sandbox.env);
    expect(result.code).toBe(0);
    expectOneJsonLine(result.stdout);
    expect(response.protocolVersion).toBe(1);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(reason);
  });

  test('an oversized request is read to EOF (no EPIPE for OpenClaw) and blocked', async () => {
    const big = JSON.stringify({ ...doctorProbe(), padding: 'x'.repeat(400_000) });
    const { result, response } = await askPolicy(big, sandbox.env);
    expect(result.code).toBe(0);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/over the \d+-byte limit/);
  });

  test('a request written in pieces by a slow writer is read whole, to EOF (stdin is read with read(2))', async () => {
    const text = JSON.stringify(doctorProbe());
    const child = spawn(process.execPath, [cliPath, 'policy'], { env: sandbox.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(text.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.write(text.slice(20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end();
    expect(await exited).toBe(0);
    expectOneJsonLine(stdout);
    expect(JSON.parse(stdout)).toEqual({ protocolVersion: 1, decision: 'allow', reason: 'clawguard install policy is reachable' });
  });

  test('a request at OpenClaw\'s 262144-byte maximum is still evaluated', async () => {
    const req = { ...doctorProbe(), padding: '' };
    req.padding = 'x'.repeat(262_144 - JSON.stringify(req).length);
    expect(Buffer.byteLength(JSON.stringify(req))).toBe(262_144);
    const { response } = await askPolicy(req, sandbox.env);
    expect(response.decision).toBe('allow');
  });

  test('a source path that does not exist is blocked and named', async () => {
    const missing = path.join(sandbox.root, 'does-not-exist');
    const { result, response } = await askPolicy(pluginPackage(missing, 'ghost'), sandbox.env);
    expect(result.code).toBe(0);
    expect(response.decision).toBe('block');
    expect(response.reason).toContain(missing);
  });

  // root reads through mode 000, so only an unprivileged run can see the directory as unreadable.
  test.skipIf(process.getuid?.() === 0)('an unreadable source directory is blocked, not allowed', async () => {
    const dir = path.join(sandbox.root, 'locked-skill');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'SKILL.md'), '---\nname: locked\ndescription: x\n---\nhello\n');
    fs.chmodSync(dir, 0o000);
    try {
      const { result, response } = await askPolicy(skillInstall(dir, 'locked'), sandbox.env);
      expect(result.code).toBe(0);
      expect(response.decision).toBe('block');
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  test('a path whose kind differs from sourcePathKind is blocked', async () => {
    const req = { ...pluginPackage(path.join(fixturesDir, 'plugin-clean/package.json'), 'x') };
    const { response } = await askPolicy(req, sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/not a directory/);
  });

  test('legacy plain-file plugin requests are blocked with an explanation', async () => {
    const file = path.join(fixturesDir, 'plugin-clean/dist/index.js');
    const req = { ...pluginPackage(file, 'x', 'plugin-file'), sourcePathKind: 'file' as const, origin: { type: 'plugin-file' } };
    const { response } = await askPolicy(req, sandbox.env);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/plain-file plugin installs/);
  });

  test('logs go to stderr only', async () => {
    const { result } = await askPolicy(pluginPackage(path.join(fixturesDir, 'plugin-clean'), 'policy-clean-plugin'), sandbox.env);
    expectOneJsonLine(result.stdout);
    expect(result.stderr).toMatch(/clawguard policy: plugin-dir\/plugin-package policy-clean-plugin: allow/);
  });
});
