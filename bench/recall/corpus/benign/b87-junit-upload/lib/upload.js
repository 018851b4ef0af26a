'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const fg = require('fast-glob');
const { detect } = require('./ci');

async function upload({ patterns, url, token, dryRun = false, log = console.log }) {
  const files = await fg(patterns, { onlyFiles: true, absolute: true });
  if (!files.length) {
    log('junit-upload: no files matched');
    return null;
  }
  const meta = detect();
  if (dryRun) {
    log(JSON.stringify({ endpoint: url, meta, files: files.map((f) => path.relative(process.cwd(), f)) }, null, 2));
    return null;
  }
  if (!url || !token) throw new Error('TESTBOARD_URL and TESTBOARD_TOKEN are required');
  const endpoint = new URL('/api/v1/uploads', url);
  if (endpoint.protocol !== 'https:' && endpoint.hostname !== 'localhost') throw new Error('TESTBOARD_URL must use https');

  const form = new FormData();
  form.append('meta', JSON.stringify(meta));
  for (const f of files) {
    const gz = zlib.gzipSync(fs.readFileSync(f));
    form.append('reports', new Blob([gz], { type: 'application/gzip' }), path.basename(f) + '.gz');
  }
  const res = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!res.ok) throw new Error(`upload failed: HTTP ${res.status} ${await res.text()}`);
  const body = await res.json();
  log(`junit-upload: uploaded ${files.length} file(s) → ${body.url || endpoint.origin}`);
  return body;
}

module.exports = { upload };
