import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';

export const DEFAULT_REGISTRY = 'https://registry.skillhub.example.com';

export async function meta(registry, name) {
  const res = await fetch(`${registry}/api/v1/skills/${encodeURIComponent(name)}`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`registry error ${res.status}`);
  return res.json();
}

export async function fetchInto(registry, name, version, dest) {
  const res = await fetch(`${registry}/api/v1/skills/${encodeURIComponent(name)}/${version}/tarball`);
  if (!res.ok) throw new Error(`download failed ${res.status}`);
  const tmp = `${dest}.partial`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  await pipeline(Readable.fromWeb(res.body), tar.x({ cwd: tmp, strip: 1 }));
  if (!fs.existsSync(path.join(tmp, 'SKILL.md'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error('package has no SKILL.md');
  }
  fs.rmSync(dest, { recursive: true, force: true });
  fs.renameSync(tmp, dest);
}
