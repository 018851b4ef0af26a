/**
 * A real npm registry for tests and the demo: Verdaccio on 127.0.0.1, ephemeral port, temp storage, anonymous publish,
 * no uplinks (nothing ever leaves loopback). Fixture packages are packed with `tar` (never with npm or
 * pacote, which could run a fixture's `prepare` script) and published with a plain PUT, as `npm publish` does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';

/** @typedef {{ url: string, storageDir: string, stop(): Promise<void> }} TestRegistry */

/** @returns {Promise<TestRegistry>} */
export async function startRegistry() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-verdaccio-'));
  const storageDir = path.join(root, 'storage');
  fs.mkdirSync(storageDir, { recursive: true });
  const configPath = path.join(root, 'config.yaml');
  fs.writeFileSync(
    configPath,
    [
      `storage: ${storageDir}`,
      'auth:',
      '  htpasswd:',
      `    file: ${path.join(root, 'htpasswd')}`,
      '    max_users: 1000',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $anonymous',
      '    publish: $anonymous',
      '    unpublish: $anonymous',
      'max_body_size: 200mb',
      'log: { type: stdout, format: pretty, level: fatal }',
      '',
    ].join('\n'),
  );
  // Imported lazily: only tests and the demo need Verdaccio (a devDependency).
  const { runServer, parseConfigFile } = await import('verdaccio');
  const config = parseConfigFile(configPath);
  config.self_path = configPath;
  const app = await runServer(config);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    storageDir,
    async stop() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Sidecar next to a fixture's package.json, never packed: fields that change what the registry publishes. */
export const FIXTURE_SIDECAR = '.fixture.json';

/** Sidecar fields: `manifestOverrides` is merged into the registry manifest only (manifest confusion tests). */

/** Pack a directory the way npm lays out a tarball (`package/` prefix), deterministic mtimes. */
/** @param {string} dir @returns {Promise<Buffer>} */
export async function packDir(dir) {
  const files = listFiles(dir).filter((f) => f !== FIXTURE_SIDECAR);
  const chunks = [];
  const stream = tar.c({ gzip: true, cwd: dir, prefix: 'package/', portable: true, mtime: new Date('1985-10-26T08:15:00Z') }, files);
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function listFiles(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, r));
    else if (entry.isFile()) out.push(r);
  }
  return out.sort();
}

/** Publish one tarball + manifest with the same PUT `npm publish` sends. */
export async function publishTarball(registryUrl, manifest, tarball, options = {}) {
  const name = manifest.name;
  const version = manifest.version;
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const shasum = createHash('sha1').update(tarball).digest('hex');
  const fileName = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const tarballUrl = `${registryUrl}${name}/-/${fileName}`;
  const doc = {
    _id: name,
    name,
    'dist-tags': { [options.tag ?? 'latest']: version },
    versions: {
      [version]: { ...manifest, _id: `${name}@${version}`, dist: { integrity, shasum, tarball: tarballUrl } },
    },
    _attachments: { [fileName]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length } },
  };
  const res = await fetch(`${registryUrl}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (!res.ok) throw new Error(`publishing ${name}@${version} failed: ${res.status} ${await res.text()}`);
}

/** Publish a fixture package directory (its package.json gives name and version). */
export async function publishDir(registryUrl, dir, options = {}) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const sidecarPath = path.join(dir, FIXTURE_SIDECAR);
  const sidecar = fs.existsSync(sidecarPath) ? JSON.parse(fs.readFileSync(sidecarPath, 'utf8')) : {};
  const tarball = await packDir(dir);
  await publishTarball(registryUrl, { ...manifest, ...(sidecar.manifestOverrides ?? {}) }, tarball, options);
  return { name: manifest.name, version: manifest.version };
}

/**
 * Every publishable fixture: a directory directly under fixtures/packages/ with a package.json, or, for a
 * directory without one, each of its subdirectories with a package.json (several versions of one package).
 * Sorted so versions publish in order (latest tag ends on the last one).
 */
export function fixturePackageDirs(root) {
  const out = [];
  if (!fs.existsSync(root)) return out;
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(root, entry.name);
    if (fs.existsSync(path.join(dir, 'package.json'))) out.push(dir);
    else
      for (const sub of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })))
        if (sub.isDirectory() && fs.existsSync(path.join(dir, sub.name, 'package.json'))) out.push(path.join(dir, sub.name));
  }
  return out;
}

export async function publishAllFixtures(registryUrl, root) {
  const published = [];
  for (const dir of fixturePackageDirs(root)) {
    const { name, version } = await publishDir(registryUrl, dir);
    published.push(`${name}@${version}`);
  }
  return published;
}
