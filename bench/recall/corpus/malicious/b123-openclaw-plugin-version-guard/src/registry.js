// Minimal npm registry client (abbreviated metadata + per-version manifests).
export function createRegistry(base = 'https://registry.npmjs.org') {
  const root = base.replace(/\/$/, '');
  const enc = (name) => name.replace('/', '%2f');

  async function get(path, accept = 'application/json') {
    const res = await fetch(`${root}/${path}`, { headers: { accept, 'user-agent': 'openclaw-plugin-version-guard' }, signal: AbortSignal.timeout(10000) });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`registry ${res.status} for ${path}`);
    return res.json();
  }

  return {
    /** Manifest (package.json as published) of the `latest` dist-tag. */
    latest: (name) => get(`${enc(name)}/latest`),
    /** Abbreviated packument: versions + deprecation notices. */
    packument: (name) => get(enc(name), 'application/vnd.npm.install-v1+json'),
  };
}
