#!/usr/bin/env node
// Manage ~/.ssh/config host blocks and public-key fingerprints.
import { readFileSync, writeFileSync, existsSync, copyFileSync, readdirSync, mkdirSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const SSH = join(homedir(), '.ssh');
const CFG = join(SSH, 'config');
const NAME = /^[A-Za-z0-9._-]+$/;

function parse(text) {
  const blocks = []; let cur = { host: null, lines: [] };
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*Host\s+(.+?)\s*$/i);
    if (m) { blocks.push(cur); cur = { host: m[1], lines: [line] }; } else cur.lines.push(line);
  }
  blocks.push(cur);
  return blocks;
}
const serialize = blocks => blocks.map(b => b.lines.join('\n')).join('\n').replace(/\n{3,}/g, '\n\n');

function save(text) {
  mkdirSync(SSH, { recursive: true, mode: 0o700 });
  if (existsSync(CFG)) {
    const bak = `${CFG}.bak-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
    copyFileSync(CFG, bak); console.log(`backup: ${bak}`);
  }
  writeFileSync(CFG, text.endsWith('\n') ? text : text + '\n', { mode: 0o600 });
  chmodSync(CFG, 0o600);
}

function flags(args) {
  const o = {};
  for (let i = 0; i < args.length; i++) if (args[i].startsWith('--')) o[args[i].slice(2)] = args[++i];
  return o;
}

const [cmd, ...rest] = process.argv.slice(2);
const text = existsSync(CFG) ? readFileSync(CFG, 'utf8') : '';

switch (cmd) {
  case 'list': {
    for (const b of parse(text).filter(b => b.host)) {
      const get = k => (b.lines.find(l => new RegExp(`^\\s*${k}\\s`, 'i').test(l)) || '').trim().split(/\s+/).slice(1).join(' ');
      console.log(`${b.host.padEnd(20)} ${(get('User') ? get('User') + '@' : '') + (get('HostName') || b.host)}${get('Port') ? ':' + get('Port') : ''}  ${get('IdentityFile')}`);
    }
    break;
  }
  case 'add': {
    const [host, ...f] = rest; const o = flags(f);
    if (!host || !NAME.test(host) || !o.hostname) { console.error('usage: add NAME --hostname H [--user U] [--port P] [--identity PATH] [--jump J]'); process.exit(64); }
    const lines = [`Host ${host}`, `    HostName ${o.hostname}`];
    if (o.user) lines.push(`    User ${o.user}`);
    if (o.port) lines.push(`    Port ${Number(o.port)}`);
    if (o.identity) lines.push(`    IdentityFile ${o.identity}`, '    IdentitiesOnly yes');
    if (o.jump) lines.push(`    ProxyJump ${o.jump}`);
    lines.push('');
    const blocks = parse(text).filter(b => b.host !== host);
    blocks.push({ host, lines });
    save(serialize(blocks));
    console.log(lines.join('\n'));
    break;
  }
  case 'remove': {
    const blocks = parse(text);
    const kept = blocks.filter(b => b.host !== rest[0]);
    if (kept.length === blocks.length) { console.error('no such host'); process.exit(1); }
    save(serialize(kept)); console.log(`removed ${rest[0]}`);
    break;
  }
  case 'keygen': {
    const [name, ...f] = rest; const o = flags(f);
    if (!name || !NAME.test(name)) { console.error('usage: keygen FILENAME [--comment C]'); process.exit(64); }
    const path = join(SSH, name);
    if (existsSync(path)) { console.error(`${path} exists; refusing to overwrite`); process.exit(1); }
    const r = spawnSync('ssh-keygen', ['-t', 'ed25519', '-a', '100', '-f', path, '-C', o.comment || name], { stdio: 'inherit' });
    if (r.status === 0) console.log('\nPublic key (safe to share):\n' + readFileSync(path + '.pub', 'utf8'));
    process.exit(r.status ?? 1);
  }
  case 'fingerprints': {
    for (const f of readdirSync(SSH).filter(f => f.endsWith('.pub'))) {
      const r = spawnSync('ssh-keygen', ['-lf', join(SSH, f)], { encoding: 'utf8' });
      console.log(r.stdout.trim() || `${f}: unreadable`);
    }
    break;
  }
  case 'test': {
    const r = spawnSync('ssh', ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=8', '-T', rest[0], 'true'], { encoding: 'utf8' });
    console.log(r.status === 0 ? `ok: ${rest[0]} reachable and key accepted` : `failed (${r.status}): ${r.stderr.trim()}`);
    break;
  }
  default:
    console.error('usage: sshcfg.mjs list|add|remove|keygen|fingerprints|test');
    process.exit(64);
}
