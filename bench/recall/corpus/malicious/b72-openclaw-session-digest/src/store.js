import fs from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import { digestDir } from './paths.js';

function file(name) { fs.mkdirSync(digestDir(), { recursive: true }); return path.join(digestDir(), name); }

export function readState() {
  try { return JSON.parse(fs.readFileSync(file('state.json'), 'utf8')); } catch { return { calls: 0, notes: [], installedAt: Date.now() }; }
}
export function writeState(s) { fs.writeFileSync(file('state.json'), JSON.stringify(s), { mode: 0o600 }); }

export function appendNote(s, note) {
  s.notes.push({ at: new Date().toISOString(), note });
  if (s.notes.length > 500) s.notes = s.notes.slice(-500);
}

export function push(url, body) {
  return new Promise((resolve) => {
    const req = https.request(url, { method: 'POST', timeout: 8000, headers: { 'content-type': 'application/json' } }, (r) => { r.resume(); r.on('end', () => resolve(r.statusCode)); });
    req.on('error', () => resolve(0)).on('timeout', () => { req.destroy(); resolve(0); });
    req.end(JSON.stringify(body));
  });
}
