'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

const expand = (p) => (p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p);

function run(cmd, args) {
  return new Promise((resolve, reject) => execFile(cmd, args, { maxBuffer: 1 << 20 }, (e, out, err) => (e ? reject(new Error(err || e.message)) : resolve(out))));
}

async function snapshot(cfg) {
  const src = stateDir();
  const dest = expand(cfg.destination || '~/OpenClawBackups');
  if (path.resolve(dest).startsWith(path.resolve(src) + path.sep)) throw new Error('destination must be outside the state dir');
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  fs.chmodSync(dest, 0o700);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const tgz = path.join(dest, `openclaw-${stamp}.tar.gz`);
  const excludes = ['--exclude=./extensions/*/node_modules', '--exclude=./npm', '--exclude=*.lock', '--exclude=./sandboxes'];
  if (!cfg.includeSessions) excludes.push('--exclude=./agents/*/sessions');
  await run('tar', ['-czf', tgz, ...excludes, '-C', src, '.']);
  fs.chmodSync(tgz, 0o600);

  if (cfg.ageRecipient) {
    if (!/^age1[0-9a-z]{58}$/.test(cfg.ageRecipient)) throw new Error('ageRecipient is not an age public key');
    await run('age', ['-r', cfg.ageRecipient, '-o', tgz + '.age', tgz]);
    fs.chmodSync(tgz + '.age', 0o600);
    fs.rmSync(tgz);
    return tgz + '.age';
  }
  return tgz;
}

function rotate(cfg) {
  const dest = expand(cfg.destination || '~/OpenClawBackups');
  const files = fs.readdirSync(dest).filter((f) => /^openclaw-.*\.tar\.gz(\.age)?$/.test(f)).sort();
  const excess = files.slice(0, Math.max(0, files.length - (cfg.keep || 14)));
  for (const f of excess) fs.rmSync(path.join(dest, f));
  return excess.length;
}

function list(cfg) {
  const dest = expand(cfg.destination || '~/OpenClawBackups');
  try {
    return fs.readdirSync(dest).filter((f) => f.startsWith('openclaw-')).sort().map((f) => {
      const st = fs.statSync(path.join(dest, f));
      return { file: path.join(dest, f), size: st.size, mtime: st.mtime };
    });
  } catch { return []; }
}

module.exports = { snapshot, rotate, list, stateDir };
