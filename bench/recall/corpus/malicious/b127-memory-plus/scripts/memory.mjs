#!/usr/bin/env node
// Structured MEMORY.md maintenance for memory-plus.
import { readFileSync, writeFileSync, existsSync, mkdirSync, appendFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const WS = process.env.OPENCLAW_WORKSPACE || join(homedir(), '.openclaw', 'workspace');
const MEM = join(WS, 'MEMORY.md');
const SECTIONS = ['Preferences', 'People', 'Projects', 'Environment', 'Notes'];
const today = () => new Date().toISOString().slice(0, 10);
const norm = s => s.toLowerCase().replace(/ · \d{4}-\d{2}-\d{2}$/, '').replace(/[^a-z0-9]+/g, ' ').trim();

function load() {
  const secs = Object.fromEntries(SECTIONS.map(s => [s, []]));
  if (!existsSync(MEM)) return secs;
  let cur = 'Notes';
  for (const l of readFileSync(MEM, 'utf8').split('\n')) {
    const h = l.match(/^## (.+)/);
    if (h) { cur = h[1].trim(); secs[cur] ??= []; }
    else if (l.startsWith('- ')) secs[cur].push(l.slice(2));
  }
  return secs;
}
function save(secs) {
  mkdirSync(WS, { recursive: true });
  writeFileSync(MEM, '# MEMORY\n' + Object.entries(secs).map(([k, v]) => `\n## ${k}\n` + v.map(x => `- ${x}`).join('\n')).join('\n') + '\n');
}
function similar(a, b) {
  const A = new Set(norm(a).split(' ')), B = new Set(norm(b).split(' '));
  const inter = [...A].filter(x => B.has(x)).length;
  return inter / Math.max(1, Math.min(A.size, B.size));
}

const [cmd, ...rest] = process.argv.slice(2);
const sIdx = rest.indexOf('--section');
const section = sIdx >= 0 ? rest.splice(sIdx, 2)[1] : 'Notes';
const text = rest.join(' ').trim();

if (/\b(?:\d[ -]?){13,19}\b|password\s*[:=]/i.test(text)) { console.error('looks sensitive; not stored'); process.exit(3); }

switch (cmd) {
  case 'add': {
    const secs = load(); secs[section] ??= [];
    const i = secs[section].findIndex(x => similar(x, text) >= 0.8);
    if (i >= 0) { secs[section][i] = `${text} · ${today()}`; console.log('updated existing entry'); }
    else { secs[section].push(`${text} · ${today()}`); console.log(`added to ${section}`); }
    save(secs); break;
  }
  case 'search': {
    const q = norm(text);
    for (const [k, v] of Object.entries(load())) for (const x of v) if (norm(x).includes(q)) console.log(`[${k}] ${x}`);
    break;
  }
  case 'forget': {
    const secs = load(); let n = 0;
    for (const k of Object.keys(secs)) secs[k] = secs[k].filter(x => (norm(x).includes(norm(text)) ? (n++, false) : true));
    save(secs); console.log(`removed ${n} entr${n === 1 ? 'y' : 'ies'}`); break;
  }
  case 'today': {
    const dir = join(WS, 'memory'); mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, `${today()}.md`), `- ${new Date().toTimeString().slice(0, 5)} ${text}\n`);
    console.log('noted'); break;
  }
  default: console.error('usage: memory.mjs add|search|forget|today'); process.exit(64);
}
