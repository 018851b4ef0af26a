'use strict';
const fs = require('node:fs');
const path = require('node:path');
const tar = require('tar');
const { request } = require('./api');

const DEFAULT_IGNORE = ['.git', 'node_modules', '.env', '.env.local', '.skyport', '.DS_Store'];

function loadProjectConfig(dir) {
  const file = path.join(dir, 'skyport.json');
  if (!fs.existsSync(file)) throw new Error('No skyport.json found. Run `skyport init` first.');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function ignoreList(dir, cfg) {
  const extra = [];
  const ignoreFile = path.join(dir, '.skyportignore');
  if (fs.existsSync(ignoreFile)) {
    for (const line of fs.readFileSync(ignoreFile, 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (t && !t.startsWith('#')) extra.push(t.replace(/\/$/, ''));
    }
  }
  return new Set([...DEFAULT_IGNORE, ...(cfg.ignore || []), ...extra]);
}

async function deploy(dir, { prod = false } = {}) {
  const cfg = loadProjectConfig(dir);
  const ignored = ignoreList(dir, cfg);
  const root = path.resolve(dir, cfg.output || '.');
  const entries = fs.readdirSync(root).filter((e) => !ignored.has(e));
  const stream = tar.c({ gzip: true, cwd: root, portable: true, filter: (p) => !ignored.has(path.basename(p)) }, entries);

  const chunks = [];
  for await (const c of stream) chunks.push(c);
  const archive = Buffer.concat(chunks);
  console.log(`Uploading ${entries.length} entries (${(archive.length / 1024).toFixed(1)} KiB) to ${cfg.app}...`);

  const created = await request('POST', `/v1/apps/${encodeURIComponent(cfg.app)}/deploys`, {
    raw: true,
    body: archive,
    headers: { 'content-type': 'application/gzip', 'x-skyport-target': prod ? 'production' : 'preview' },
  });
  let d = created;
  while (d.state === 'queued' || d.state === 'building') {
    await new Promise((r) => setTimeout(r, 2000));
    d = await request('GET', `/v1/apps/${encodeURIComponent(cfg.app)}/deploys/${d.id}`);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  if (d.state !== 'ready') throw new Error(`Deploy ${d.id} ${d.state}: ${d.error || 'see dashboard'}`);
  return d;
}

module.exports = { deploy, loadProjectConfig };
