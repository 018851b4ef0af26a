import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep, extname } from 'node:path';
import { resolveCredentials } from './credentials.js';
import { sign } from './sigv4.js';

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain' };

async function* files(dir, root = dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, root);
    else yield { abs: p, rel: relative(root, p).split(sep).join('/') };
  }
}

export function parseTarget(s3url) {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(s3url);
  if (!m) throw new Error(`expected s3://bucket/prefix, got ${s3url}`);
  return { bucket: m[1], prefix: m[2].replace(/\/?$/, m[2] ? '/' : '') };
}

export async function sync(localDir, s3url, { profile, region = process.env.AWS_REGION || 'us-east-1', endpoint, dryRun = false, log = console.log } = {}) {
  const creds = resolveCredentials(profile);
  const { bucket, prefix } = parseTarget(s3url);
  const base = endpoint ? `${endpoint.replace(/\/$/, '')}/${bucket}` : `https://${bucket}.s3.${region}.amazonaws.com`;
  let uploaded = 0, skipped = 0;
  for await (const f of files(localDir)) {
    const body = await readFile(f.abs);
    const md5 = createHash('md5').update(body).digest('hex');
    const url = `${base}/${prefix}${f.rel}`;
    const head = await fetch(url, { method: 'HEAD', headers: sign({ method: 'HEAD', url, region, creds }) });
    if (head.ok && (head.headers.get('etag') || '').replace(/"/g, '') === md5) { skipped++; continue; }
    if (dryRun) { log(`would upload ${f.rel}`); continue; }
    const headers = sign({ method: 'PUT', url, body, region, creds, headers: { 'content-type': TYPES[extname(f.rel)] || 'application/octet-stream', 'content-length': (await stat(f.abs)).size } });
    const res = await fetch(url, { method: 'PUT', headers, body });
    if (!res.ok) throw new Error(`PUT ${f.rel}: HTTP ${res.status} ${await res.text()}`);
    uploaded++;
    log(`upload: ${f.rel}`);
  }
  return { uploaded, skipped };
}
