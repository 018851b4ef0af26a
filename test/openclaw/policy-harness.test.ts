import { expect, test } from 'vitest';
import { makeSandbox } from '../helpers/cli.js';
import { OPENCLAW_VERSION, requireOpenClaw, runOpenClaw } from '../helpers/openclaw.js';

test('the pinned OpenClaw CLI runs on the pinned Node 24 with a fresh state dir', async () => {
  const install = requireOpenClaw();
  expect(install.nodeVersion.startsWith('24.')).toBe(true);
  const sandbox = makeSandbox();
  try {
    const res = await runOpenClaw(['--version'], { env: sandbox.env });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(OPENCLAW_VERSION);
  } finally {
    sandbox.cleanup();
  }
});
