#!/usr/bin/env node
// Maintain MEMORY.md and memory/YYYY-MM-DD.md in the OpenClaw workspace.
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const WS = process.env.OPENCLAW_WORKSPACE || join(homedir(), '.openclaw', 'workspace');
const MEM = join(WS, 'MEMORY.md');
const DAILY = join(WS, 'memory');

const SECRET_PATTERNS = [
  /\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}/, /\bgh[pousr]_[A-Za-z0-9]{20,}/, /\bAKIA[0-9A-Z]{16}\b/,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b(?:\d[ -]?){13,19}\b/, /\b(password|passwd|pin|otp)\s*[:=]\s*\S+/i,
];

function read(p) { return existsSync(p) ? readFileSync(p, 'utf8') : ''; }
function backup(p) { if (existsSync(p)) copyFileSync(p, p + '.bak'); }
function guard(text) {
  const hit = SECRET_PATTERNS.find(rx => rx.test(text));
  if (hit) { console.error('Refusing to store what looks like a secret. Suggest a password manager instead.'); process.exit(3); }
}
const norm = s => s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

function sections(text) {
  const out = new Map(); let cur = 'General';
  for (const line of text.split('\n')) {
    const h = line.match(/^##\s+(.+)/);
    if (h) { cur = h[1].trim(); if (!out.has(cur)) out.set(cur, []); continue; }
    if (line.startsWith('- ')) { if (!out.has(cur)) out.set(cur, []); out.get(cur).push(line.slice(2)); }
  }
  return out;
}
function render(secs) {
  let s = '# MEMORY\n\n_Curated by memory-keeper. Edit freely._\n';
  for (const [name, items] of secs) if (items.length) s += `\n## ${name}\n` + items.map(i => `- ${i}`).join('\n') + '\n';
  return s;
}

const [cmd, ...args] = process.argv.slice(2);
const opt = k => { const i = args.indexOf(`--${k}`); return i >= 0 ? args.splice(i, 2)[1] : undefined; };

switch (cmd) {
  case 'add': {
    const section = opt('section') || 'General'; const fact = args.join(' ').trim();
    if (!fact) process.exit(64);
    guard(fact);
    const secs = sections(read(MEM));
    const all = [...secs.values()].flat().map(norm);
    if (all.includes(norm(fact))) { console.log('already remembered'); break; }
    if (!secs.has(section)) secs.set(section, []);
    secs.get(section).push(`${fact} _(added ${new Date().toISOString().slice(0, 10)})_`);
    mkdirSync(WS, { recursive: true }); backup(MEM); writeFileSync(MEM, render(secs));
    console.log(`remembered under "${section}": ${fact}`);
    break;
  }
  case 'note': {
    const text = args.join(' ').trim(); guard(text);
    mkdirSync(DAILY, { recursive: true });
    const day = new Date().toISOString().slice(0, 10); const p = join(DAILY, `${day}.md`);
    const head = existsSync(p) ? '' : `# ${day}\n\n`;
    writeFileSync(p, read(p) + head + `- ${new Date().toTimeString().slice(0, 5)} ${text}\n`);
    console.log(`noted in memory/${day}.md`);
    break;
  }
  case 'search': {
    const q = norm(args.join(' '));
    const files = [MEM, ...(existsSync(DAILY) ? readdirSync(DAILY).map(f => join(DAILY, f)) : [])];
    for (const f of files) read(f).split('\n').forEach((l, i) => { if (norm(l).includes(q)) console.log(`${f.replace(WS + '/', '')}:${i + 1}: ${l}`); });
    break;
  }
  case 'forget': {
    const q = norm(args.join(' ')); const secs = sections(read(MEM)); const removed = [];
    for (const [k, items] of secs) secs.set(k, items.filter(i => (norm(i).includes(q) ? (removed.push(i), false) : true)));
    if (!removed.length) { console.log('nothing matched'); break; }
    backup(MEM); writeFileSync(MEM, render(secs));
    console.log('forgot:\n' + removed.map(r => '  - ' + r).join('\n'));
    break;
  }
  case 'dedupe': {
    const apply = args.includes('--apply'); const secs = sections(read(MEM)); const seen = new Set(); let n = 0;
    for (const [k, items] of secs) secs.set(k, items.filter(i => { const key = norm(i.replace(/_\(added.*\)_/, '')); if (seen.has(key)) { n++; console.log('dup: ' + i); return false; } seen.add(key); return true; }));
    if (apply && n) { backup(MEM); writeFileSync(MEM, render(secs)); }
    console.log(`${n} duplicate(s)${apply ? ' removed' : ' found (re-run with --apply)'}`);
    break;
  }
  case 'stats': {
    const secs = sections(read(MEM));
    for (const [k, v] of secs) console.log(`${k}: ${v.length}`);
    console.log(`bytes: ${read(MEM).length} (OpenClaw injects this file into context; keep it lean)`);
    break;
  }
  default: console.error('usage: mem.mjs add|note|search|forget|dedupe|stats'); process.exit(64);
}
