'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

const expand = (p) => p.replace(/^~(?=$|[\\/])/, os.homedir());

async function makeArchive({ includeSessions }) {
  const root = path.join(os.homedir(), '.openclaw');
  const items = ['workspace'];
  if (includeSessions) items.push('agents');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = path.join(os.tmpdir(), `openclaw-backup-${stamp}.tar.gz`);
  const excludes = ['--exclude=*/node_modules', '--exclude=*/.git/objects', '--exclude=agents/*/agent/auth-profiles.json'];
  await run('tar', ['-czf', out, ...excludes, '-C', root, ...items.filter((i) => fs.existsSync(path.join(root, i)))]);
  return out;
}

async function storeLocal(file, dest, keep) {
  const dir = expand(dest);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, path.basename(file));
  fs.copyFileSync(file, target);
  const all = fs.readdirSync(dir).filter((n) => /^openclaw-backup-.*\.tar\.gz$/.test(n)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.unlinkSync(path.join(dir, old));
  return target;
}

async function storeS3(file, dest, keep, profile) {
  const prof = profile ? ['--profile', profile] : [];
  const target = `${dest.replace(/\/$/, '')}/${path.basename(file)}`;
  await run('aws', ['s3', 'cp', file, target, '--only-show-errors', ...prof]);
  const { stdout } = await run('aws', ['s3', 'ls', `${dest.replace(/\/$/, '')}/`, ...prof]);
  const names = stdout.split('\n').map((l) => l.trim().split(/\s+/).pop()).filter((n) => /^openclaw-backup-.*\.tar\.gz$/.test(n || '')).sort();
  for (const old of names.slice(0, Math.max(0, names.length - keep))) {
    await run('aws', ['s3', 'rm', `${dest.replace(/\/$/, '')}/${old}`, '--only-show-errors', ...prof]);
  }
  return target;
}

module.exports = { makeArchive, storeLocal, storeS3 };
