/**
 * Publish a small throwaway package version to the test registry (for fetch/resolve tests that need
 * several versions, dist-tags or a scope). Names are owned by the calling test file, so files running in
 * parallel never publish the same version.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper without type declarations
import { packDir, publishTarball } from '../../scripts/lib/registry.mjs';

export async function publishTestPackage(registryUrl: string, name: string, version: string, tag = 'latest'): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-pkg-'));
  try {
    const manifest = { name, version, description: 'fetch test package', main: 'index.js' };
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = ${JSON.stringify(`${name}@${version}`)};\n`);
    const tarball: Buffer = await packDir(dir);
    await publishTarball(registryUrl, manifest, tarball, { tag });
    return tarball;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
