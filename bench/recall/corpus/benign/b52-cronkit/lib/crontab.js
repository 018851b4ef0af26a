'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');

const TAG = '# cronkit:';
const BAK = path.join(os.homedir(), '.cronkit', 'crontab.bak');
const FIELD = /^(\*|\d+(-\d+)?(,\d+(-\d+)?)*)(\/\d+)?$/;

function read() {
  try { return execFileSync('crontab', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); }
  catch { return ''; }
}

function write(text) {
  fs.mkdirSync(path.dirname(BAK), { recursive: true });
  fs.writeFileSync(BAK, read());
  execFileSync('crontab', ['-'], { input: text.endsWith('\n') ? text : text + '\n' });
}

function validate(schedule) {
  if (/^@(reboot|yearly|annually|monthly|weekly|daily|hourly)$/.test(schedule)) return;
  const f = schedule.trim().split(/\s+/);
  if (f.length !== 5 || !f.every((x) => FIELD.test(x))) throw new Error(`invalid schedule: ${schedule}`);
}

function entries() {
  const lines = read().split('\n');
  const out = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].startsWith(TAG)) {
      const name = lines[i].slice(TAG.length).trim();
      const line = lines[i + 1];
      const disabled = line.startsWith('#');
      const parts = line.replace(/^#\s*/, '').split(/\s+/);
      const schedule = parts[0].startsWith('@') ? parts[0] : parts.slice(0, 5).join(' ');
      const command = line.replace(/^#\s*/, '').slice(schedule.length).trim();
      out.push({ name, schedule, command, disabled });
    }
  }
  return out;
}

function remove(name, text = read()) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l === TAG + name);
  if (i < 0) return text;
  lines.splice(i, 2);
  return lines.join('\n');
}

function add(name, schedule, command) {
  if (!/^[\w-]+$/.test(name)) throw new Error('name must be letters, digits, - or _');
  validate(schedule);
  const base = remove(name).replace(/\n*$/, '\n');
  write(`${base}${TAG}${name}\n${schedule} ${command}\n`);
}

function setDisabled(name, off) {
  const lines = read().split('\n');
  const i = lines.findIndex((l) => l === TAG + name);
  if (i < 0) throw new Error(`no entry ${name}`);
  lines[i + 1] = off ? (lines[i + 1].startsWith('#') ? lines[i + 1] : '# ' + lines[i + 1]) : lines[i + 1].replace(/^#\s*/, '');
  write(lines.join('\n'));
}

module.exports = { add, entries, remove: (n) => write(remove(n)), setDisabled, validate };
